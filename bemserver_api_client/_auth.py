"""Authentication as httpx `Auth` flows.

- `BearerTokenAuth`: a JWT access token, refreshed with the refresh token when the
  server says it expired, then the request is replayed once.
- `HTTPBasicAuth`: email and password. The server checks a Basic password with
  argon2 on every request (~140 ms), so the flow exchanges the credentials once for
  a token (~6.5 ms a request) and renews it the same way when it expires; where the
  server has no token endpoint it sends Basic credentials on every request.

Renewal is single-flight: when many threads (or tasks) meet an expired token at
once, one renewal request is sent and all of them replay with the new token.
"""

from __future__ import annotations

import base64
import functools
import threading
import weakref
from collections.abc import AsyncGenerator, Callable, Generator
from typing import TYPE_CHECKING

import httpx

from ._error_body import authentication_code, decoded_body
from ._logging import logger
from ._retry import RETRY_STATUSES
from .exceptions import (
    BEMServerAPIAuthenticationError,
    BEMServerAPIClientValueError,
    BEMServerAPIInternalError,
)

if TYPE_CHECKING:
    import asyncio

AfterRefreshCallback = Callable[[str, str | None], None]

TOKEN_PATH = "auth/token"
REFRESH_PATH = "auth/token/refresh"
#: The ends of the token requests' paths (under the API's base URL).
TOKEN_PATHS = ("/" + TOKEN_PATH, "/" + REFRESH_PATH)
# Headers of a request that say nothing of a token request it triggers.
_NOT_FOR_RENEWAL = frozenset(
    {
        "accept",
        "authorization",
        "content-length",
        "content-type",
        "cookie",
        "host",
        "if-match",
        "if-none-match",
        "transfer-encoding",
    }
)
# 401 reasons after which a new token may succeed.
_RENEWABLE = {"expired_token"}


def _is_transient(response: httpx.Response) -> bool:
    """A renewal answer that says nothing of the credentials (a proxy's 503):
    the flow ends with it, so the client retries the call or reports it."""
    return response.status_code in RETRY_STATUSES


@functools.lru_cache(maxsize=64)
def _origin_of(api_root: str) -> tuple[str, str, int | None]:
    """(scheme, host, port) of an API base URL, as httpx normalises them; cached:
    a web app makes an auth object per request, for the same few servers."""
    url = httpx.URL(api_root)
    return url.scheme, url.host, url.port


class _LoopLocks:
    """One asyncio.Lock per event loop: an asyncio lock belongs to one loop."""

    def __init__(self) -> None:
        self._locks: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, asyncio.Lock
        ] = weakref.WeakKeyDictionary()
        self._guard = threading.Lock()

    def get(self) -> asyncio.Lock:
        import asyncio  # the blocking client never needs it: imported on first use

        loop = asyncio.get_running_loop()
        with self._guard:
            lock = self._locks.get(loop)
            if lock is None:
                lock = self._locks[loop] = asyncio.Lock()
            return lock


class _TokenAuth(httpx.Auth):
    """A bearer token renewed on expiry, single-flight, with one replay.

    Subclasses say how to renew (`_renewal_request`, `_apply_renewal`) and what to
    send while they have no token (`_authorize_without_token`).
    """

    requires_request_body = True

    def __init__(self, access_token: str | None) -> None:
        self._access_token = access_token
        #: The API base URL ("http://host/") of the server the tokens are for.
        self._api_root: str | None = None
        self._thread_lock = threading.Lock()
        self._loop_locks = _LoopLocks()
        self.renewals = 0  # renewal requests sent: tells that renewal is single-flight
        # Renewals ended so far, and the error of the last one if it failed:
        # the callers that waited on a failed renewal share its error.
        self._renewals_ended = 0
        self._renewal_error: Exception | None = None

    @property
    def access_token(self) -> str | None:
        return self._access_token

    def _bind(self, api_root: str) -> None:
        """Bind to the server of a client (its base URL, ending with "/").

        Tokens and credentials belong to one server: an authentication used
        by a client of another server raises instead of sending them there.
        """
        if self._api_root is None:
            self._api_root = api_root
        elif self._api_root != api_root:
            raise BEMServerAPIClientValueError(
                f"this {type(self).__name__} is bound to {self._api_root}: a client "
                f"of {api_root} needs an authentication of its own (make one with "
                "make_http_basic_auth() or make_bearer_token_auth())"
            )

    def _endpoint(self, path: str) -> str:
        if self._api_root is None:
            raise BEMServerAPIClientValueError(
                f"{type(self).__name__} is not attached to a client: pass it to "
                "BEMServerAPIClient(authentication_method=...) or "
                "set_authentication_method()"
            )
        return self._api_root + path

    def _check_destination(self, request: httpx.Request) -> None:
        """Never authorize a request to another server than the bound one."""
        if self._api_root is None:
            return
        url = request.url
        origin = _origin_of(self._api_root)
        if (url.scheme, url.host, url.port) != origin:
            raise BEMServerAPIClientValueError(
                f"{type(self).__name__} bound to {self._api_root} will not "
                f"authenticate a request to {url.scheme}://{url.host}"
            )

    # What subclasses define.
    def _renewal_request(self) -> httpx.Request:
        raise NotImplementedError

    def _apply_renewal(self, response: httpx.Response) -> None:
        raise NotImplementedError

    def _can_renew(self) -> bool:
        raise NotImplementedError

    def _authorize_without_token(self, request: httpx.Request) -> None:
        """Where there is no token (yet, or at all)."""

    # Shared steps of the two flows.
    def _authorize(self, request: httpx.Request) -> str | None:
        token = self._access_token
        if token is None:
            self._authorize_without_token(request)
        else:
            request.headers["Authorization"] = f"Bearer {token}"
        return token

    def _needs_renewal(self, response: httpx.Response) -> bool:
        return (
            response.status_code == 401
            and authentication_code(decoded_body(response)) in _RENEWABLE
            and self._can_renew()
        )

    def _must_renew(self, token_sent: str | None) -> bool:
        """Under the lock: renew unless another caller already did."""
        return self._access_token == token_sent

    def _start_renewal(self, request: httpx.Request) -> httpx.Request:
        """The renewal request, carrying the headers of the request it renews
        for (User-Agent, a proxy's headers), but those of that request alone."""
        self.renewals += 1
        renewal = self._renewal_request()
        for name, value in request.headers.multi_items():
            if name.lower() not in _NOT_FOR_RENEWAL and name not in renewal.headers:
                renewal.headers[name] = value
        logger.info("%s: token request %s", type(self).__name__, renewal.url.path)
        return renewal

    def _needs_first_token(self) -> bool:
        return False

    def _end_renewal(self, renewal: httpx.Response) -> bool:
        """Apply a renewal answer; False when it was transient (a proxy's 503):
        the flow then ends with it, and the caller's retry policy decides.

        A failure is kept for the callers that waited on this renewal.
        """
        error: Exception | None = None
        try:
            if _is_transient(renewal):
                error = BEMServerAPIInternalError(
                    renewal.status_code,
                    f"the token renewal answered {renewal.status_code}",
                )
                return False
            self._apply_renewal(renewal)
        except BEMServerAPIAuthenticationError as exc:
            error = exc
            raise
        finally:
            self._renewal_error = error
            self._renewals_ended += 1
        return True

    def _shared_outcome(self, renewals_seen: int) -> bool:
        """Under the lock: True if a renewal ended while this caller waited
        (it replays with the new token), raising that renewal's error if it
        failed; False if this caller must renew itself."""
        if self._renewals_ended == renewals_seen:
            return False
        if self._renewal_error is not None:
            raise self._renewal_error
        return True

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        self._check_destination(request)
        if self.requires_request_body:
            request.read()
        if self._needs_first_token():
            seen = self._renewals_ended
            with self._thread_lock:
                if self._needs_first_token() and not self._shared_outcome(seen):
                    renewal = yield self._start_renewal(request)
                    renewal.read()
                    if not self._end_renewal(renewal):
                        return
        token = self._authorize(request)
        response = yield request
        if response.status_code == 401:  # only then is the body needed
            response.read()
        if not self._needs_renewal(response):
            return
        seen = self._renewals_ended
        with self._thread_lock:
            if self._must_renew(token) and not self._shared_outcome(seen):
                renewal = yield self._start_renewal(request)
                renewal.read()
                if not self._end_renewal(renewal):
                    return
        self._authorize(request)
        yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        self._check_destination(request)
        if self.requires_request_body:
            await request.aread()
        if self._needs_first_token():
            seen = self._renewals_ended
            async with self._loop_locks.get():
                if self._needs_first_token() and not self._shared_outcome(seen):
                    renewal = yield self._start_renewal(request)
                    await renewal.aread()
                    if not self._end_renewal(renewal):
                        return
        token = self._authorize(request)
        response = yield request
        if response.status_code == 401:  # only then is the body needed
            await response.aread()
        if not self._needs_renewal(response):
            return
        seen = self._renewals_ended
        async with self._loop_locks.get():
            if self._must_renew(token) and not self._shared_outcome(seen):
                renewal = yield self._start_renewal(request)
                await renewal.aread()
                if not self._end_renewal(renewal):
                    return
        self._authorize(request)
        yield request


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
        return httpx.Request(
            "POST",
            self._endpoint(REFRESH_PATH),
            headers={"Authorization": f"Bearer {self._refresh_token}"},
        )

    def _apply_renewal(self, response: httpx.Response) -> None:
        tokens = _token_pair(response)
        if tokens is None:
            code = authentication_code(decoded_body(response))
            raise BEMServerAPIAuthenticationError(code=code or "refresh_failed")
        self.set_tokens(*tokens)


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
            "POST",
            self._endpoint(TOKEN_PATH),
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
                raise BEMServerAPIAuthenticationError(code="invalid_credentials")
            code = authentication_code(decoded_body(response))
            raise BEMServerAPIAuthenticationError(code=code or "token_exchange_failed")
        self._tokens_available = True
        self._access_token = tokens[0]


class _StaticBearerAuth(httpx.Auth):
    """One given token for one request (the refresh token, to refresh)."""

    def __init__(self, token: str) -> None:
        self._token = token

    def __repr__(self) -> str:
        return "<_StaticBearerAuth>"

    def auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request
