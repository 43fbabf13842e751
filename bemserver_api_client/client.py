"""Kept for existing code: the names of bemserver-api-client 0.22.0's `client`
module (`from bemserver_api_client.client import BEMServerApiClient`).

New code imports the clients from the package: `from bemserver_api_client import
BEMServerAPIClient`.
"""

from __future__ import annotations

import logging

from . import resources
from ._client import BEMServerApiClient
from ._generated.resources import Resource
from ._logging import logger
from ._versions import SUPPORTED_API_VERSIONS, Version

# Names of bemserver-api-client 0.22.0, kept for existing code.

#: The logger the client's records go through ("bemserver_api_client": 0.22.0's
#: was "bemserver_api_client.client"). Its handlers and level apply to every
#: request record (see the retries guide).
APICLI_LOGGER: logging.Logger = logger

#: The API versions the client supports: {"min": oldest, "max": first newer
#: version not tested}, as `check_api_version` applies them (a newer version
#: than "max" only warns). `str()` of each gives the version.
REQUIRED_API_VERSION: dict[str, Version] = {
    "min": Version(SUPPORTED_API_VERSIONS[0]),
    "max": Version(SUPPORTED_API_VERSIONS[1]),
}

#: {entry point name: its resource class}, as `resources.RESOURCES_MAP`.
RESOURCES_MAP: dict[str, type[Resource]] = resources.RESOURCES_MAP


__all__ = [
    "APICLI_LOGGER",
    "REQUIRED_API_VERSION",
    "RESOURCES_MAP",
    "BEMServerApiClient",
]
