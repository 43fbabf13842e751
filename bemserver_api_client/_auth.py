"""Authentication as httpx `Auth` flows.

- `BearerTokenAuth`: a JWT access token, refreshed with the refresh token when the
  server says it expired, then the request is replayed once.
- `HTTPBasicAuth`: email and password. The server checks a Basic password with
  argon2 on every request (~140 ms), so the flow exchanges the credentials once for
  a token (~6.5 ms a request) and renews it the same way when it expires; where the
  server has no token endpoint it sends Basic credentials on every request.

Renewal is single-flight: when many threads, tasks of any event loops, blocking
and asyncio clients sharing one authentication meet an expired token at once,
one renewal request is sent and all of them replay with the new token (the flow
of both, `_token_auth._TokenAuth`). Token values are checked before they are
sent (`_redact.check_header_value`).
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Generator
from typing import Any

import httpx

from ._error_body import authentication_code, decoded_body
from ._generated import operations
from ._redact import check_header_value
from ._token_auth import _TokenAuth
from .exceptions import (
    BEMServerAPIAuthenticationError,
    _exchange_response,
    exchange_request,
)

AfterRefreshCallback = Callable[[str, str | None], None]

# The token requests are the API's own operations, sent by the flows themselves
# (an httpx.Auth flow yields httpx requests): their method and path come from
# the operation index.
TOKEN = operations.get_tokens
REFRESH = operations.refresh_tokens
#: The ends of the token requests' paths (under the API's base URL).
TOKEN_PATHS = (TOKEN.path, REFRESH.path)


def _sign_in_error(
    response: httpx.Response, code: str
) -> BEMServerAPIAuthenticationError:
    """The error of a failed token request, keeping its exchange as every error
    of an answer does: `str()` names the method and path, `request.url` the
    host."""
    error = BEMServerAPIAuthenticationError(code=code)
    error.request = exchange_request(response)
    error.response = _exchange_response(response, decoded_body(response))
    return error


def _token_pair(response: httpx.Response) -> tuple[str, str] | None:
    """(access, refresh) from a successful token answer, else None."""
    if response.status_code != 200:
        return None
    body = decoded_body(response)
    if not isinstance(body, dict) or body.get("status") != "success":
        return None
    access, refresh = body.get("access_token"), body.get("refresh_token")
    if not isinstance(access, str) or not isinstance(refresh, str):
        return None
    return access, refresh


class BearerTokenAuth(_TokenAuth):
    """JWT bearer authentication, refreshed automatically when it expires.

    After a refresh, `after_refresh_tokens_callback(access_token, refresh_token)`
    is called (e.g. to store the new tokens). A failed refresh raises
    `BEMServerAPIAuthenticationError`: authenticate again.
    """

    def __init__(
        self,
        access_token: str,
        refresh_token: str | None = None,
        after_refresh_tokens_callback: AfterRefreshCallback | None = None,
    ) -> None:
        super().__init__(access_token)
        self._refresh_token = refresh_token
        self._after_refresh = after_refresh_tokens_callback

    def __repr__(self) -> str:
        refresh = "with" if self._refresh_token else "without"
        return f"<BearerTokenAuth {refresh} refresh token>"

    @property
    def refresh_token(self) -> str | None:
        return self._refresh_token

    def set_tokens(self, access_token: str, refresh_token: str | None = None) -> None:
        """Use new tokens, and tell the after-refresh callback."""
        self._access_token = access_token
        self._refresh_token = refresh_token
        if self._after_refresh is not None:
            self._after_refresh(access_token, refresh_token)

    def _can_renew(self) -> bool:
        return self._refresh_token is not None

    def _renewal_request(self) -> httpx.Request:
        value = f"Bearer {self._refresh_token}"
        check_header_value("Authorization", value)
        return httpx.Request(
            REFRESH.method,
            self._endpoint(REFRESH.path),
            headers={"Authorization": value},
        )

    def _apply_renewal(self, response: httpx.Response) -> None:
        tokens = _token_pair(response)
        if tokens is None:
            code = authentication_code(decoded_body(response))
            raise _sign_in_error(response, code or "refresh_failed")
        self.set_tokens(*tokens)

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled (a client sent to Dask workers): the token pair alone; the
        # after-refresh callback stays where it was set.
        return (BearerTokenAuth, (self._access_token, self._refresh_token))


class HTTPBasicAuth(_TokenAuth):
    """Email and password, exchanged for a bearer token where the server allows.

    Wrong credentials raise `BEMServerAPIAuthenticationError` with code
    "invalid_credentials", as plain Basic authentication does.
    `exchange_for_token=False` sends Basic credentials on every request.
    """

    def __init__(
        self,
        email: str | bytes,
        password: str | bytes,
        *,
        exchange_for_token: bool = True,
    ) -> None:
        super().__init__(None)
        self._email = email.decode() if isinstance(email, bytes) else email
        self._password = password.decode() if isinstance(password, bytes) else password
        # None: not tried yet; False: the server has no token endpoint.
        self._tokens_available: bool | None = None if exchange_for_token else False
        #: The token pair a pickled client carries (`exchange_for_pickling`).
        self._pickled_tokens: tuple[str, str] | None = None

    def __repr__(self) -> str:
        return f"<HTTPBasicAuth {self._email}>"

    @property
    def email(self) -> str:
        return self._email

    def _basic_header(self) -> str:
        raw = f"{self._email}:{self._password}".encode()
        return "Basic " + base64.b64encode(raw).decode("ascii")

    def _authorize_without_token(self, request: httpx.Request) -> None:
        request.headers["Authorization"] = self._basic_header()

    def _needs_first_token(self) -> bool:
        return self._tokens_available is None and self._access_token is None

    def _can_renew(self) -> bool:
        return bool(self._tokens_available)

    def _renewal_request(self) -> httpx.Request:
        return httpx.Request(
            TOKEN.method,
            self._endpoint(TOKEN.path),
            json={"email": self._email, "password": self._password},
        )

    def _apply_renewal(self, response: httpx.Response) -> None:
        if response.status_code in (404, 405, 501):
            # No token endpoint on this server: Basic on every request.
            self._tokens_available = False
            return
        tokens = _token_pair(response)
        if tokens is None:
            if response.status_code == 200:
                raise _sign_in_error(response, "invalid_credentials")
            code = authentication_code(decoded_body(response))
            raise _sign_in_error(response, code or "token_exchange_failed")
        self._tokens_available = True
        self._access_token = tokens[0]

    def exchange_for_pickling(self, http: httpx.Client) -> tuple[str, str]:
        """A token pair of these credentials, asked once and kept: what a
        pickled client carries instead of the password (see `__reduce__`)."""
        if self._pickled_tokens is None:
            response = http.send(self._renewal_request())
            tokens = _token_pair(response)
            if tokens is None:
                code = authentication_code(decoded_body(response))
                raise _sign_in_error(response, code or "token_exchange_failed")
            self._pickled_tokens = tokens
        return self._pickled_tokens

    def __reduce__(self) -> tuple[Any, ...]:
        # Never the password: the token pair a client's pickling asked for.
        if self._pickled_tokens is None:
            raise TypeError(
                "an HTTPBasicAuth is not pickled alone (it would carry the "
                "password): pickle the client, which ships a token pair instead"
            )
        return (BearerTokenAuth, self._pickled_tokens)


class _StaticBearerAuth(httpx.Auth):
    """One given token for one request (the refresh token, to refresh)."""

    def __init__(self, token: str) -> None:
        self._token = token

    def __repr__(self) -> str:
        return "<_StaticBearerAuth>"

    def auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        value = f"Bearer {self._token}"
        check_header_value("Authorization", value)
        request.headers["Authorization"] = value
        yield request
