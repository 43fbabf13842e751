"""pytest fixtures giving tests a real BEMServer API server.

Registered for every pytest run through the ``pytest11`` entry point of
bemserver-api-client, so importing it must stay cheap: nothing is imported
or started until a test asks for one of these fixtures.

- ``bemserver_sandbox`` (session): SandboxInfo of a server shared by the
  whole test session (URL, host, admin and user credentials).
- ``bemserver_sandbox_server`` (session): the BEMServerSandbox object itself
  (``new_campaign()``, ``reset()``, ``admin_request()``...).
- ``bemserver_campaign`` (function): id of a fresh campaign for the test.
- ``bemserver_clean_db`` (function): empties the database before the test
  (initial data and the two users are kept); gives the SandboxInfo.

The release comes from ``--bemserver-api-version``, else
``$BEMSERVER_SANDBOX_API_VERSION``, else the sandbox's default. A sandbox
that cannot start makes the tests using it ERROR (never skip).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from ._environment import API_VERSION_ENV

if TYPE_CHECKING:
    from ._sandbox import BEMServerSandbox, SandboxInfo


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("bemserver", "BEMServer API sandbox")
    group.addoption(
        "--bemserver-api-version",
        dest="bemserver_api_version",
        default=None,
        metavar="VERSION",
        help=(
            "bemserver-api release the bemserver_sandbox fixture runs "
            f"(default: ${API_VERSION_ENV}, else the sandbox's default)"
        ),
    )


def requested_api_version(config: pytest.Config) -> str:
    """The release asked for on the command line or in the environment."""
    from ._sandbox import DEFAULT_API_VERSION

    option: str | None = config.getoption("bemserver_api_version")
    return option or os.environ.get(API_VERSION_ENV) or DEFAULT_API_VERSION


@pytest.fixture(scope="session")
def bemserver_sandbox_server(
    request: pytest.FixtureRequest,
) -> Iterator[BEMServerSandbox]:
    """A running BEMServerSandbox shared by the test session."""
    from ._sandbox import BEMServerSandbox

    sandbox = BEMServerSandbox(api_version=requested_api_version(request.config))
    sandbox.start()
    try:
        yield sandbox
    finally:
        sandbox.stop()


@pytest.fixture(scope="session")
def bemserver_sandbox(bemserver_sandbox_server: BEMServerSandbox) -> SandboxInfo:
    """How to reach the session's BEMServer API server."""
    return bemserver_sandbox_server.info


@pytest.fixture
def bemserver_campaign(bemserver_sandbox_server: BEMServerSandbox) -> int:
    """Id of a new, uniquely named campaign on the session's server."""
    return bemserver_sandbox_server.new_campaign()


@pytest.fixture
def bemserver_clean_db(bemserver_sandbox_server: BEMServerSandbox) -> SandboxInfo:
    """The session's server, its database emptied before this test."""
    bemserver_sandbox_server.reset()
    return bemserver_sandbox_server.info
