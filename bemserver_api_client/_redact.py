"""Secrets out of what is shown: URLs as they may appear in repr(), messages,
logs; httpx failures as errors keep them; header values checked before they
are sent (an illegal one would be quoted whole by the error refusing it)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

#: What a hidden secret is shown as.
REDACTED = "***"

#: Headers whose values are credentials.
SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})

# What HTTP/1.1 can send as a header value (RFC 9110 field-value, as h11
# checks it): visible ASCII, spaces and tabs inside, none at either end.
_SENDABLE_VALUE = re.compile(r"[\x21-\x7e]([\x20-\x7e\t]*[\x21-\x7e])?")


def check_header_value(name: str, value: str) -> None:
    """Refuse, before sending, a header value HTTP cannot carry (a token read
    from a file with its newline, a non-ASCII character).

    The error names the header and the reason, never the value: a token in it
    would end in messages and logs. Sending it cannot succeed, so it is raised
    at once, not retried.
    """
    if value == "" or _SENDABLE_VALUE.fullmatch(value):
        return
    if value != value.strip():
        reason = "it begins or ends with whitespace (a newline read from a file?)"
    elif any(char in value for char in "\r\n\0"):
        reason = "it holds a line break or a NUL character"
    elif not value.isascii():
        reason = "it holds a non-ASCII character"
    else:
        reason = "it holds a control character"
    from .exceptions import BEMServerAPIClientValueError  # exceptions imports this

    raise BEMServerAPIClientValueError(
        f"the {name} header cannot be sent: {reason} (value not shown)"
    )


def check_header_values(headers: Mapping[str, Any] | None) -> None:
    """`check_header_value` on each str value of a mapping of headers."""
    for name, value in (headers or {}).items():
        if isinstance(value, str):
            check_header_value(name, value)


def _userinfo_end(text: str, start: int) -> int:
    """Where the user information of a URL ends (its "@"), or -1.

    The authority ends at the first /, ? or # after the scheme; a password
    with one of those unencoded (`http://u:p?w@host`, which no client can
    send) ends it early: a user and a port that is no number, then an "@"
    further on. The last "@" is taken: over-hiding a broken URL is safe.
    """
    end = len(text)
    for delimiter in "/?#":
        found = text.find(delimiter, start)
        if 0 <= found < end:
            end = found
    at = text.rfind("@", start, end)
    if at >= 0:
        return at
    authority = text[start:end]
    port = authority.rpartition(":")[2]
    if ":" in authority and not authority.startswith("[") and not port.isdigit():
        return text.rfind("@", start)
    return -1


def redact_url(url: str | httpx.URL) -> str:
    """The URL as text, its password (`https://user:pw@host`) replaced by ***.

    The user name stays (it tells which account is used); a URL without a
    password is given back as it is. Only the shown text changes: requests
    still go to the URL with its credentials.
    """
    text = str(url)
    scheme_end = text.find("://")
    if scheme_end < 0:
        return text
    start = scheme_end + 3
    at = _userinfo_end(text, start)
    if at < 0:
        return text
    userinfo = text[start:at]
    if ":" not in userinfo:
        return text
    user = userinfo.split(":", 1)[0]
    return f"{text[:start]}{user}:{REDACTED}{text[at:]}"


def _secrets_of(request: httpx.Request) -> list[str]:
    """The credentials a request carries, as they may be quoted in a message."""
    secrets = []
    for name, value in request.headers.items():
        if name.lower() in SECRET_HEADERS:
            secrets += [value, value.partition(" ")[2]]
    password = request.url.password
    if password:
        secrets += [password, request.url.userinfo.decode("ascii", "replace")]
    return sorted((s for s in secrets if len(s) >= 3), key=len, reverse=True)


def _scrubbed(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, REDACTED)
    return text


def redacted_httpx_error(error: httpx.HTTPError) -> httpx.HTTPError:
    """A copy of an httpx failure that holds no secret, for an error to keep
    (`httpx_error`, `__cause__`, pickled): same class and message, the
    credentials it quotes hidden; its `request` has method and URL (without
    user information) and headers but the credentials, and no body (a token
    exchange's body is the password)."""
    import httpx  # the clients import it anyway; this module stays light

    try:
        request: httpx.Request | None = error.request
    except RuntimeError:  # made by hand, never sent
        request = None
    secrets = _secrets_of(request) if request is not None else []
    message = _scrubbed(str(error), secrets)
    try:
        copy = type(error)(message)
    except TypeError:  # a class of other arguments: its nearest kind
        copy = (
            httpx.TransportError(message)
            if isinstance(error, httpx.TransportError)
            else httpx.HTTPError(message)
        )
    if request is not None:
        headers = [
            (name, value)
            for name, value in request.headers.multi_items()
            if name.lower() not in SECRET_HEADERS
        ]
        url = request.url.copy_with(username=None, password=None)
        copy.request = httpx.Request(request.method, url, headers=headers)
    return copy
