"""Sending calls: each blocking function beside its asyncio twin.

The two differ only where they must (a thread sleeps, a task awaits). What
they decide is decided once: whether the server's version has the operation
(`_refuse_unavailable`), after each try whether to try again and after how
long, and what the answer means (`_Tries`). What travels with a request is
the client's (`BaseClient._send_arguments`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import httpx

from ._auth import TOKEN_PATHS
from ._logging import logger
from ._outcome import finish, transport_error
from ._pages import PageWalk, page_items
from ._prepare import prepare
from ._redact import check_header_values
from ._retry import is_idempotent
from ._versions import is_version_limited, unavailable_error

if TYPE_CHECKING:
    from typing import Protocol

    from ._call import Call
    from ._retry import Retry
    from .response import BEMServerApiClientResponse

    # What the transport needs of a client and of a bulk transfer's stop; for
    # type checkers only (nothing to build at import).
    class Cancel(Protocol):
        """Stops a bulk transfer's calls at their next attempt or retry wait."""

        def check(self) -> None: ...

        def sleep(self, delay: float) -> None: ...

        def set(self) -> None: ...

    class _Sender(Protocol):
        """What the send loop asks of a client (BaseClient provides it)."""

        _retry: Retry

        def _send_arguments(self, call: Call[Any], request: dict[str, Any]) -> Any: ...

    class BlockingSender(_Sender, Protocol):
        def _pool(self) -> httpx.Client: ...

        def get_api_version(self) -> str: ...

    class AsyncSender(_Sender, Protocol):
        _version_unchecked: bool

        def _pool(self) -> httpx.AsyncClient: ...

        def get_api_version(self) -> Awaitable[str]: ...

        @classmethod
        def check_api_version(cls, api_version: str) -> None: ...


#: on_done(index, response, error) -> whether to go on sending calls.
OnDone = Callable[[int, Any, "BaseException | None"], bool]


# -- one call -------------------------------------------------------------------


def _refuse_unavailable(call: Call[Any], api_version: str) -> None:
    """Raise before any request if the server's API version lacks the operation."""
    error = unavailable_error(call.operation, call.caller, api_version)
    if error is not None:
        raise error


def _for_token(outcome: httpx.Response | httpx.HTTPError) -> bool:
    """Whether an answer or a failure is that of a token request (sent by the
    authentication before the call's own request, or instead of it)."""
    try:
        request = outcome.request
    except RuntimeError:  # an httpx error made by hand, of no request
        return False
    return request.url.path.endswith(TOKEN_PATHS)


class _Tries:
    """The tries of one call: what each sends and, after each, whether to try
    again and after how long (the client's retry policy), or what the answer
    means. Each try is logged at DEBUG level (path only: no secret)."""

    def __init__(self, client: _Sender, call: Call[Any]) -> None:
        self._client = client
        self._call = call
        self._request, self._parser = prepare(call)
        self._check_headers()
        self._attempt = 0
        self._started = 0.0

    def _check_headers(self) -> None:
        """Refuse a header value HTTP cannot carry before sending anything
        (h11 would refuse it quoting it whole, and every retry with it): the
        call's own (an ETag); the client's are checked when it is made."""
        headers = self._request.get("headers")
        if headers:
            check_header_values(headers)

    def next_arguments(self) -> Any:
        """`request()` keyword arguments of the next try."""
        self._attempt += 1
        self._started = time.perf_counter()
        return self._client._send_arguments(self._call, self._request)

    def delay_after_error(self, error: httpx.HTTPError) -> float:
        """How long to wait before trying again, or the client exception to raise."""
        self._log(error)
        # A failed token request (a renewal that timed out): the call itself
        # was not sent, so repeating it is safe.
        idempotent = _for_token(error) or is_idempotent(
            self._request["method"], self._call.idempotent
        )
        retry = self._client._retry
        delay = retry.delay_after_error(self._attempt, error, idempotent)
        if delay is None:
            # Raised outside the `except` of the failure: its __context__ would
            # be the httpx exception, credentials and all (its __cause__ is a
            # copy without them).
            raise transport_error(error, self._request["url"])
        self._log_retry(f"failed ({type(error).__name__})", delay)
        return delay

    def delay_after_response(self, response: httpx.Response) -> float | None:
        """How long to wait before trying again, or None to keep this answer."""
        self._log(response)
        if response.status_code < 400:
            return None
        # An answer to a token request, not to the call: the call was not
        # applied (never sent, or refused 401), so repeating it is safe.
        unapplied = _for_token(response)
        idempotent = unapplied or is_idempotent(
            self._request["method"], self._call.idempotent
        )
        retry = self._client._retry
        delay = retry.delay_after_response(self._attempt, response, idempotent)
        if delay is not None:
            self._log_retry(f"answered {response.status_code}", delay)
        return delay

    def finish(self, response: httpx.Response) -> Any:
        """The response object of the answer kept, or the exception of an error."""
        return finish(self._call, response, self._parser)

    def _log(self, outcome: httpx.Response | httpx.HTTPError) -> None:
        if not logger.isEnabledFor(logging.DEBUG):
            return
        result = (
            str(outcome.status_code)
            if isinstance(outcome, httpx.Response)
            else type(outcome).__name__
        )
        logger.debug(
            "%s %s -> %s in %.1f ms (attempt %d)",
            self._request["method"],
            self._request["url"],
            result,
            (time.perf_counter() - self._started) * 1000,
            self._attempt,
        )

    def _log_retry(self, what: str, delay: float) -> None:
        logger.info(
            "%s %s %s: retry %d in %.2f s",
            self._request["method"],
            self._request["url"],
            what,
            self._attempt,
            delay,
        )


def execute(
    client: BlockingSender, call: Call[Any], cancel: Cancel | None = None
) -> Any:
    """Send a call, retrying as the client's policy says; its response."""
    if is_version_limited(call.operation):
        _refuse_unavailable(call, client.get_api_version())
    tries = _Tries(client, call)
    while True:
        if cancel is not None:
            cancel.check()
        failure: httpx.HTTPError | None = None
        try:
            response = client._pool().request(**tries.next_arguments())
        except httpx.HTTPError as exc:
            failure = exc
        if failure is not None:  # out of the `except`: see delay_after_error
            delay = tries.delay_after_error(failure)
        else:
            after = tries.delay_after_response(response)
            if after is None:
                return tries.finish(response)
            response.close()
            delay = after
        (time.sleep if cancel is None else cancel.sleep)(delay)


async def execute_async(client: AsyncSender, call: Call[Any]) -> Any:
    """`execute` on the asyncio client; the version is checked before the
    first request (auto_check=True), as the blocking client does at once."""
    import asyncio  # the blocking client never needs it

    if client._version_unchecked:
        client._version_unchecked = False
        client.check_api_version(await client.get_api_version())
    if is_version_limited(call.operation):
        _refuse_unavailable(call, await client.get_api_version())
    tries = _Tries(client, call)
    while True:
        failure: httpx.HTTPError | None = None
        try:
            response = await client._pool().request(**tries.next_arguments())
        except httpx.HTTPError as exc:
            failure = exc
        if failure is not None:  # out of the `except`: see delay_after_error
            delay = tries.delay_after_error(failure)
        else:
            after = tries.delay_after_response(response)
            if after is None:
                return tries.finish(response)
            await response.aclose()
            delay = after
        await asyncio.sleep(delay)


# -- every page of a list ------------------------------------------------------


def iterate(client: BlockingSender, call: Call[Any]) -> Iterator[Any]:
    """The items of every page of a paginated list call, page after page
    (`PageWalk`: paging arguments checked before the first request; no page
    asked twice, none past what the first answer announced and a margin)."""
    walk = PageWalk(call)
    while True:
        response: BEMServerApiClientResponse[Any] = execute(client, walk.call())
        items = page_items(response)
        yield from items
        if not walk.advance(response, len(items)):
            return


async def iterate_async(client: AsyncSender, call: Call[Any]) -> AsyncIterator[Any]:
    """`iterate` on the asyncio client."""
    walk = PageWalk(call)
    while True:
        response: BEMServerApiClientResponse[Any] = await execute_async(
            client, walk.call()
        )
        items = page_items(response)
        for item in items:
            yield item
        if not walk.advance(response, len(items)):
            return


# -- many calls at once --------------------------------------------------------


def _start_more(
    pending: dict[Any, int],
    numbered: Iterator[tuple[int, Call[Any]]],
    concurrency: int,
    start: Callable[[Call[Any]], Any],
) -> bool:
    """Start calls until `concurrency` are in flight (`pending`: their future
    or task, and their index); False once there are no more calls."""
    while len(pending) < concurrency:
        item = next(numbered, None)
        if item is None:
            return False
        pending[start(item[1])] = item[0]
    return True


def _report_done(
    finished: Iterable[Any], pending: dict[Any, int], on_done: OnDone
) -> bool:
    """Give each finished call to `on_done`; False if it said to stop."""
    going = True
    for done in finished:
        index = pending.pop(done)
        error = done.exception()
        result = None if error is not None else done.result()
        if not on_done(index, result, error):
            going = False
    return going


def execute_many(
    client: BlockingSender,
    calls: Iterable[Call[Any]],
    concurrency: int,
    on_done: OnDone,
    cancel: Cancel | None = None,
) -> None:
    """Send calls on up to `concurrency` threads, pulling them from `calls`
    as threads free up; `on_done(index, response, error)` runs in this
    thread as each finishes, and stops new calls by returning False.
    On an error, `cancel` stops the calls in flight at their next attempt
    or retry wait; on an interruption (KeyboardInterrupt) they are not
    waited for."""
    from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

    numbered = enumerate(calls)
    pending: dict[Future[Any], int] = {}
    going = True
    waited = True
    pool = ThreadPoolExecutor(concurrency, thread_name_prefix="bemserver")

    def start(call: Call[Any]) -> Future[Any]:
        return pool.submit(execute, client, call, cancel)

    try:
        while True:
            going = going and _start_more(pending, numbered, concurrency, start)
            if not pending:
                return
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            going = _report_done(finished, pending, on_done) and going
    except BaseException as exc:
        if cancel is not None:
            cancel.set()
            waited = isinstance(exc, Exception)
        raise
    finally:
        for future in pending:
            future.cancel()
        pool.shutdown(wait=waited)


async def execute_many_async(
    client: AsyncSender,
    calls: Iterable[Call[Any]],
    concurrency: int,
    on_done: OnDone,
) -> None:
    """`execute_many` on the asyncio client: tasks instead of threads; a
    cancelled transfer cancels its tasks at once."""
    import asyncio

    numbered = enumerate(calls)
    pending: dict[asyncio.Task[Any], int] = {}
    going = True

    def start(call: Call[Any]) -> asyncio.Task[Any]:
        return asyncio.ensure_future(execute_async(client, call))

    try:
        while True:
            going = going and _start_more(pending, numbered, concurrency, start)
            if not pending:
                return
            finished, _ = await asyncio.wait(
                pending, return_when=asyncio.FIRST_COMPLETED
            )
            going = _report_done(finished, pending, on_done) and going
    finally:
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
