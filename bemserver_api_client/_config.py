"""A client's server and authentication, from the existing client's arguments."""

from __future__ import annotations

import httpx

from ._token_auth import _TokenAuth
from .exceptions import BEMServerAPIClientValueError


def base_url(host: str, use_ssl: bool, uri_prefix: str | None) -> str:
    """The API's base URL, ending with "/", from the existing client's arguments."""
    if "://" in host:
        url = host
    else:
        scheme = (uri_prefix or "http").rstrip(":/")
        if use_ssl and scheme == "http":
            scheme = "https"
        url = f"{scheme}://{host}"
    return url.rstrip("/") + "/"


def auth_for(
    authentication_method: httpx.Auth | None, api_url: str
) -> httpx.Auth | None:
    """The authentication of a client of `api_url`, bound to that server."""
    if isinstance(authentication_method, _TokenAuth):
        authentication_method._bind(api_url)
    elif authentication_method is not None and not isinstance(
        authentication_method, httpx.Auth
    ):
        raise BEMServerAPIClientValueError(
            f"authentication_method must be made by make_http_basic_auth() or "
            f"make_bearer_token_auth(), not {type(authentication_method).__name__}"
        )
    return authentication_method
