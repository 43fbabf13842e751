"""The server's API version, read from its `/about/` answer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .exceptions import BEMServerAPIInternalError

if TYPE_CHECKING:
    from .response import BEMServerApiClientResponse


def api_version_from_about(response: BEMServerApiClientResponse[Any]) -> str:
    """`versions.bemserver_api` of an `/about/` answer.

    An answer without it (not JSON, not an object, no such string: a proxy's
    page, a server that is not BEMServer) raises BEMServerAPIInternalError
    naming what came; whether the string is a version is for
    check_api_version to say.
    """
    data = response.data
    versions = data.get("versions") if isinstance(data, dict) else None
    version = versions.get("bemserver_api") if isinstance(versions, dict) else None
    if not isinstance(version, str):
        raise BEMServerAPIInternalError(
            response.status_code,
            "the /about/ answer gives no API version (versions.bemserver_api): "
            f"{str(data)[:200]!r}",
        )
    return version
