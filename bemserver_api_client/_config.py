"""A client's server and authentication, from the existing client's arguments."""

from __future__ import annotations

import functools

import httpx

from ._redact import redact_url
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
    url = url.rstrip("/") + "/"
    _check_url(url)
    return url


@functools.lru_cache(maxsize=64)
def _check_url(url: str) -> None:
    """Refuse now, not at the first request, a base URL httpx cannot send to
    (`host:abc`, a line break in it, no host). The message shows the URL
    without its password, and httpx's reason only where it cannot quote one
    (a password with an unencoded "?" makes httpx read a port of it).
    Cached: a web app makes a client per request, for the same few servers."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        reason = f": {exc}" if "@" not in url else ""
    else:
        # httpx percent-encodes what a host name cannot hold ("bad host" is
        # "bad%20host"): no name resolves to it (an IPv6 zone keeps its "%").
        encoded = "%" in parsed.host and ":" not in parsed.host
        if parsed.host and parsed.scheme in ("http", "https") and not encoded:
            return
        if encoded:
            reason = ": not a host name (it holds a space or a character no name holds)"
        elif not parsed.host:
            reason = ": no host"
        else:
            reason = ": the scheme is not http(s)"
    if "@" in url:
        reason += " (a password with /, ? or # in it must be percent-encoded)"
    raise BEMServerAPIClientValueError(
        f"host {redact_url(url)!r} is not a URL the client can send to{reason}"
    )


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
