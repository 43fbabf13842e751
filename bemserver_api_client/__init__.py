"""Typed Python client for the BEMServer API.

from bemserver_api_client import BEMServerAPIClient

api_client = BEMServerAPIClient(
    "localhost:5000",
    authentication_method=BEMServerAPIClient.make_http_basic_auth(email, password),
)
sites = api_client.sites.getall().parsed
"""

from ._auth import BearerTokenAuth, HTTPBasicAuth
from ._client import AsyncBEMServerAPIClient, BEMServerAPIClient, BEMServerApiClient
from ._logging import handler_from_environment
from ._pool import aclose_shared_pools, close_shared_pools
from ._retry import Retry
from ._version import __version__
from ._versions import SUPPORTED_API_VERSIONS
from .response import BEMServerApiClientResponse

handler_from_environment()

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
