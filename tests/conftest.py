"""Fixtures shared by the test suite.

The real server comes from the sandbox's pytest plugin (bemserver_sandbox,
bemserver_campaign, ...), registered by the package's pytest11 entry point.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from bemserver_api_client import AsyncBEMServerAPIClient, BEMServerAPIClient
from bemserver_api_client._versions import version_tuple
from bemserver_api_client.testing import BEMServerSandbox, SandboxInfo
from bemserver_api_client.testing.pytest_plugin import requested_api_version


def pytest_collection_modifyitems(
    config: pytest.Config, items: list[pytest.Item]
) -> None:
    """Deselect, visibly, the tests of entry points the sandbox's API version
    lacks: `@pytest.mark.api_versions(min="0.26.0")` or `(below="0.26.0")`."""
    version = version_tuple(requested_api_version(config))
    kept: list[pytest.Item] = []
    deselected: list[pytest.Item] = []
    for item in items:
        marker = item.get_closest_marker("api_versions")
        low = marker.kwargs.get("min") if marker else None
        below = marker.kwargs.get("below") if marker else None
        if (low and version < version_tuple(low)) or (
            below and version >= version_tuple(below)
        ):
            deselected.append(item)
        else:
            kept.append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = kept


@pytest.fixture(scope="session")
def sandbox_0_24_3(request: pytest.FixtureRequest) -> Iterator[SandboxInfo]:
    """The run's one 0.24.3 server: the session's when it is 0.24.3, else one
    more, started once for every test that asks (st_* services, 0.24.3 starts)."""
    if requested_api_version(request.config) == "0.24.3":
        yield request.getfixturevalue("bemserver_sandbox")
        return
    with BEMServerSandbox(api_version="0.24.3") as info:
        yield info


@pytest.fixture
def anyio_backend() -> str:
    """Async tests run on asyncio (anyio's pytest plugin, shipped with httpx)."""
    return "asyncio"


def make_client(info: SandboxInfo, **kwargs: Any) -> BEMServerAPIClient:
    return BEMServerAPIClient(
        info.host,
        use_ssl=False,
        authentication_method=BEMServerAPIClient.make_http_basic_auth(
            info.admin.email, info.admin.password
        ),
        **kwargs,
    )


def make_async_client(info: SandboxInfo, **kwargs: Any) -> AsyncBEMServerAPIClient:
    return AsyncBEMServerAPIClient(
        info.host,
        use_ssl=False,
        authentication_method=AsyncBEMServerAPIClient.make_http_basic_auth(
            info.admin.email, info.admin.password
        ),
        **kwargs,
    )


@pytest.fixture
def api_client(bemserver_sandbox: SandboxInfo) -> Iterator[BEMServerAPIClient]:
    """A blocking client authenticated as the sandbox's admin."""
    with make_client(bemserver_sandbox) as client:
        yield client


@pytest.fixture
async def async_api_client(
    bemserver_sandbox: SandboxInfo,
) -> AsyncIterator[AsyncBEMServerAPIClient]:
    """An asyncio client authenticated as the sandbox's admin."""
    async with make_async_client(bemserver_sandbox) as client:
        yield client


@pytest.fixture(params=["sync", "async"])
async def any_client(
    request: pytest.FixtureRequest, bemserver_sandbox: SandboxInfo
) -> AsyncIterator[BEMServerAPIClient | AsyncBEMServerAPIClient]:
    """Each client in turn: a scenario written once runs on both (see `call`)."""
    if request.param == "sync":
        with make_client(bemserver_sandbox) as client:
            yield client
    else:
        async with make_async_client(bemserver_sandbox) as async_client:
            yield async_client


async def call(result: Any) -> Any:
    """The response of an operation of either client: awaits the async ones."""
    if inspect.isawaitable(result):
        return await result
    return result
