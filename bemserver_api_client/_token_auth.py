"""The renewal flow that both authentications share: a bearer token renewed
when the server says it expired, then the request replayed once.

Renewal is single-flight: when many threads or tasks (of any event loops) meet
an expired token at once, one renewal request is sent, under the timeout of the
request it renews for, and all of them replay with the new token; the others
wait for it at most what that request may take.
Subclasses (`_auth`) say how to renew and what to send while they have no token.
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import AsyncGenerator, Generator
from typing import TYPE_CHECKING, Any

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
    # Imported where a renewal is in flight: most clients never renew.
    from concurrent.futures import Future

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


#: The outcome of a renewal abandoned by the caller that sent it (its request
#: failed, or it was cancelled): those waiting on it try again themselves.
_ABANDONED = object()


def _new_flight() -> Future[Any]:
    """A renewal in flight: its outcome (None: renewed, an exception: failed,
    `_ABANDONED`), for the callers waiting on it in any thread or event loop.
    Running at once, so that no waiter can cancel it."""
    from concurrent.futures import Future

    flight: Future[Any] = Future()
    flight.set_running_or_notify_cancel()
    return flight


def _wait_budget(request: httpx.Request) -> float | None:
    """How long a caller waits for a renewal another caller sends: what that
    token request may take under the request's timeout (to connect, then to
    read), None without a read timeout."""
    timeout = request.extensions.get("timeout") or {}
    read, connect = timeout.get("read"), timeout.get("connect")
    if read is None:
        return None
    return float(read) + float(connect or 0.0)


def _renewal_timeout(request: httpx.Request, budget: float | None) -> httpx.PoolTimeout:
    """The failure of a caller whose wait for a renewal ran out: a timeout of a
    request not sent (the retry policy may send it again)."""
    return httpx.PoolTimeout(
        f"no token renewal within {budget} s (sent by another caller)",
        request=request,
    )


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
        #: Guards `_flight` (held for no I/O): one renewal at a time across
        #: threads and event loops, which wait on the flight, not on a lock.
        self._guard = threading.Lock()
        #: The renewal in flight, if any (see `_new_flight`).
        self._flight: Future[Any] | None = None
        self.renewals = 0  # renewal requests sent: tells that renewal is single-flight
        #: The last access token found fit for a header (see `_authorize`).
        self._sendable_token: str | None = None

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
            if token is not self._sendable_token:  # checked once per token
                check_header_value("Authorization", value)
                self._sendable_token = token
            request.headers["Authorization"] = value
        return token

    def _needs_renewal(self, response: httpx.Response) -> bool:
        return (
            response.status_code == 401
            and authentication_code(decoded_body(response)) in _RENEWABLE
            and self._can_renew()
        )

    def _must_renew(self, token_sent: str | None) -> bool:
        """Renew unless another caller already did."""
        return self._access_token == token_sent

    def _needs_first_token(self) -> bool:
        return False

    def _join(
        self, token_sent: str | None, first: bool
    ) -> tuple[Future[Any] | None, bool]:
        """The renewal this caller needs and whether it sends it: (None, False)
        if none is needed any more, (flight, False) to wait on the one in
        flight, (flight, True) to send a new one."""
        with self._guard:
            needed = (
                self._needs_first_token() if first else self._must_renew(token_sent)
            )
            if not needed:
                return None, False
            if self._flight is not None:
                return self._flight, False
            self._flight = flight = _new_flight()
            self.renewals += 1
            return flight, True

    def _land(self, flight: Future[Any], outcome: Any) -> None:
        """End a renewal: its outcome to those waiting on it."""
        with self._guard:
            if self._flight is flight:
                self._flight = None
        flight.set_result(outcome)

    def _start_renewal(self, request: httpx.Request) -> httpx.Request:
        """The renewal request, under the timeout of the request it renews for,
        carrying its headers (User-Agent, a proxy's headers), but those of that
        request alone."""
        renewal = self._renewal_request()
        timeout = request.extensions.get("timeout")
        if timeout is not None:
            renewal.extensions["timeout"] = timeout
        for name, value in request.headers.multi_items():
            if name.lower() not in _NOT_FOR_RENEWAL and name not in renewal.headers:
                renewal.headers[name] = value
        logger.info("%s: token request %s", type(self).__name__, renewal.url.path)
        return renewal

    def _settle(self, renewal: httpx.Response) -> Exception | None:
        """Apply a renewal answer: None when it gave a token, else the error
        it came to, for the callers waiting on it."""
        if _is_transient(renewal):
            return BEMServerAPIInternalError(
                renewal.status_code,
                f"the token renewal answered {renewal.status_code}",
            )
        try:
            self._apply_renewal(renewal)
        except BEMServerAPIAuthenticationError as exc:
            return exc
        return None

    @staticmethod
    def _after_wait(outcome: Any) -> bool:
        """What a waiter does after a renewal landed: False to try again (it
        was abandoned), True to go on with the new token; raises its error."""
        if outcome is _ABANDONED:
            return False
        if isinstance(outcome, Exception):
            raise outcome
        return True

    # The two flows: a renewal may be needed first (no token yet) and after a
    # 401 saying the token expired. The caller whose turn it is sends it (it
    # yields its request, then lands its outcome); the others wait for that
    # outcome, within what the request may take (`_wait_budget`), a thread
    # blocking, a task awaiting without blocking its loop. A renewal answer
    # that is transient (a proxy's 503) ends the sender's flow with it (its
    # retry policy decides); the waiters raise its error.

    def _turn(
        self, request: httpx.Request, token_sent: str | None, first: bool
    ) -> Future[Any] | None:
        """Block until this caller must send a renewal (its flight) or needs
        none any more (None)."""
        from concurrent.futures import wait

        budget = _wait_budget(request)
        deadline = None if budget is None else time.monotonic() + budget
        while True:
            flight, sending = self._join(token_sent, first)
            if flight is None or sending:
                return flight
            remaining = None if deadline is None else deadline - time.monotonic()
            wait([flight], timeout=remaining)
            if not flight.done():
                raise _renewal_timeout(request, budget)
            if self._after_wait(flight.result()):
                return None

    async def _async_turn(
        self, request: httpx.Request, token_sent: str | None, first: bool
    ) -> Future[Any] | None:
        """`_turn` in a task: awaits the flight, sent by any thread or loop."""
        import asyncio  # the blocking client never needs it

        budget = _wait_budget(request)
        deadline = None if budget is None else time.monotonic() + budget
        while True:
            flight, sending = self._join(token_sent, first)
            if flight is None or sending:
                return flight
            remaining = None if deadline is None else deadline - time.monotonic()
            landed = asyncio.wrap_future(flight)
            try:
                await asyncio.wait({landed}, timeout=remaining)
            finally:
                landed.cancel()  # this task's copy only: the flight runs on
            if not flight.done():
                raise _renewal_timeout(request, budget)
            if self._after_wait(flight.result()):
                return None

    @staticmethod
    def _go_on(outcome: Any) -> bool:
        """After sending a renewal: True to go on with the new token, False
        to end the flow with a transient answer; raises a failure."""
        if isinstance(outcome, BEMServerAPIAuthenticationError):
            raise outcome
        return outcome is None

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        self._check_destination(request)
        if self.requires_request_body:
            request.read()
        if self._needs_first_token():
            flight = self._turn(request, None, first=True)
            if flight is not None:
                outcome: Any = _ABANDONED
                try:
                    answer = yield self._start_renewal(request)
                    answer.read()
                    outcome = self._settle(answer)
                finally:
                    self._land(flight, outcome)
                if not self._go_on(outcome):
                    return
        token = self._authorize(request)
        response = yield request
        if response.status_code == 401:  # only then is the body needed
            response.read()
        if not self._needs_renewal(response):
            return
        flight = self._turn(request, token, first=False)
        if flight is not None:
            outcome = _ABANDONED
            try:
                answer = yield self._start_renewal(request)
                answer.read()
                outcome = self._settle(answer)
            finally:
                self._land(flight, outcome)
            if not self._go_on(outcome):
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
            flight = await self._async_turn(request, None, first=True)
            if flight is not None:
                outcome: Any = _ABANDONED
                try:
                    answer = yield self._start_renewal(request)
                    await answer.aread()
                    outcome = self._settle(answer)
                finally:
                    self._land(flight, outcome)
                if not self._go_on(outcome):
                    return
        token = self._authorize(request)
        response = yield request
        if response.status_code == 401:  # only then is the body needed
            await response.aread()
        if not self._needs_renewal(response):
            return
        flight = await self._async_turn(request, token, first=False)
        if flight is not None:
            outcome = _ABANDONED
            try:
                answer = yield self._start_renewal(request)
                await answer.aread()
                outcome = self._settle(answer)
            finally:
                self._land(flight, outcome)
            if not self._go_on(outcome):
                return
        self._authorize(request)
        yield request
