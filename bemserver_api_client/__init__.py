"""Typed Python client for the BEMServer API.

from bemserver_api_client import BEMServerAPIClient

api_client = BEMServerAPIClient(
    "localhost:5000",
    authentication_method=BEMServerAPIClient.make_http_basic_auth(email, password),
)
sites = api_client.sites.getall().parsed
"""

from typing import TYPE_CHECKING, Any

from ._auth import BearerTokenAuth, HTTPBasicAuth
from ._logging import handler_from_environment
from ._pool import aclose_shared_pools, close_shared_pools
from ._retry import Retry
from ._version import __version__
from ._versions import SUPPORTED_API_VERSIONS
from .response import BEMServerApiClientResponse

if TYPE_CHECKING:
    from ._client import AsyncBEMServerAPIClient, BEMServerAPIClient, BEMServerApiClient

handler_from_environment()

#: The clients, imported on first use: importing the package (its pytest plugin,
#: the sandbox, the generator's pull step) loads no entry point and no resource
#: module until a client is asked for (the operation index, which the token
#: flows read, is loaded: it names operations without importing them).
_CLIENTS = frozenset(
    {"AsyncBEMServerAPIClient", "BEMServerAPIClient", "BEMServerApiClient"}
)


def __getattr__(name: str) -> Any:
    if name in _CLIENTS:
        from . import _client

        return getattr(_client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_CLIENTS})


__all__ = [
    "SUPPORTED_API_VERSIONS",
    "AsyncBEMServerAPIClient",
    "BEMServerAPIClient",
    "BEMServerApiClient",
    "BEMServerApiClientResponse",
    "BearerTokenAuth",
    "HTTPBasicAuth",
    "Retry",
    "__version__",
    "aclose_shared_pools",
    "close_shared_pools",
]
