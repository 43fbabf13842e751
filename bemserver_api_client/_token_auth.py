"""The renewal flow that both authentications share: a bearer token renewed
when the server says it expired, then the request replayed once.

Renewal is single-flight: when many threads (or tasks) meet an expired token at
once, one renewal request is sent and all of them replay with the new token.
Subclasses (`_auth`) say how to renew and what to send while they have no token.
"""

from __future__ import annotations

import functools
import threading
import weakref
from collections.abc import AsyncGenerator, Generator
from typing import TYPE_CHECKING

import httpx

from ._error_body import authentication_code, decoded_body
from ._logging import logger
from ._redact import check_header_value, redact_url
from ._retry import RETRY_STATUSES
from .exceptions import (
    BEMServerAPIAuthenticationError,
    BEMServerAPIClientValueError,
    BEMServerAPIInternalError,
)

if TYPE_CHECKING:
    import asyncio

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
                f"this {type(self).__name__} is bound to {redact_url(self._api_root)}"
                f": a client of {redact_url(api_root)} needs an authentication of "
                "its own (make one with make_http_basic_auth() or "
                "make_bearer_token_auth())"
            )

    def _endpoint(self, path: str) -> str:
        """The URL of an API path ("/auth/token") under the API root."""
        if self._api_root is None:
            raise BEMServerAPIClientValueError(
                f"{type(self).__name__} is not attached to a client: pass it to "
                "BEMServerAPIClient(authentication_method=...) or "
                "set_authentication_method()"
            )
        return self._api_root + path.lstrip("/")

    def _check_destination(self, request: httpx.Request) -> None:
        """Never authorize a request to another server than the bound one."""
        if self._api_root is None:
            return
        url = request.url
        origin = _origin_of(self._api_root)
        if (url.scheme, url.host, url.port) != origin:
            raise BEMServerAPIClientValueError(
                f"{type(self).__name__} bound to {redact_url(self._api_root)} will not "
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
            value = f"Bearer {token}"
            check_header_value("Authorization", value)
            request.headers["Authorization"] = value
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
