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
from bemserver_api_client.testing import SandboxInfo


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
