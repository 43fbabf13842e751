"""A real BEMServer API server on demand, for tests and experiments.

    from bemserver_api_client.testing import BEMServerSandbox

    with BEMServerSandbox(api_version="0.27.0") as info:
        print(info.base_url, info.admin.email, info.admin.password)

The server release is installed into a cached venv of its own (never into
the client's environment) and runs under gunicorn with its own PostgreSQL
database. pytest fixtures (``bemserver_sandbox``, ``bemserver_campaign``...)
come with the ``pytest_plugin`` module, and ``python -m
bemserver_api_client.testing serve`` runs one from the command line.

The names below are imported on first use: pytest imports this package for
its plugin in every test run, and that must stay cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._errors import SandboxError

if TYPE_CHECKING:
    from ._sandbox import (
        DEFAULT_API_VERSION,
        BEMServerSandbox,
        Credentials,
        SandboxInfo,
    )

__all__ = [
    "DEFAULT_API_VERSION",
    "BEMServerSandbox",
    "Credentials",
    "SandboxError",
    "SandboxInfo",
]

_LAZY_FROM_SANDBOX = {
    "DEFAULT_API_VERSION",
    "BEMServerSandbox",
    "Credentials",
    "SandboxInfo",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY_FROM_SANDBOX:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from . import _sandbox  # the sandbox's modules load on first use

    value = getattr(_sandbox, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
