"""Sending calls: each blocking function beside its asyncio twin.

The two differ only where they must (a thread sleeps, a task awaits); what to
send, when to retry, how long to wait and what an answer means are decided
once, by the client's shared helpers (`BaseClient._send_arguments`,
`_delay_after_error`, `_delay_after_response`, `prepare`, `finish`).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import httpx

from ._base_client import finish, first_page, next_page, page_items
from ._prepare import prepare
from ._versions import is_version_limited, unavailable_error

if TYPE_CHECKING:
    from typing import Protocol

    from ._call import Call
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

        def _send_arguments(self, call: Call[Any], request: dict[str, Any]) -> Any: ...

        def _log_exchange(
            self,
            request: dict[str, Any],
            attempt: int,
            started: float,
            outcome: httpx.Response | httpx.HTTPError,
        ) -> None: ...

        def _delay_after_error(
            self,
            call: Call[Any],
            request: dict[str, Any],
            attempt: int,
            error: httpx.HTTPError,
        ) -> float: ...

        def _delay_after_response(
            self,
            call: Call[Any],
            request: dict[str, Any],
            attempt: int,
            response: httpx.Response,
        ) -> float | None: ...

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


def execute(
    client: BlockingSender, call: Call[Any], cancel: Cancel | None = None
) -> Any:
    """Send a call, retrying as the client's policy says; its response."""
    if is_version_limited(call.operation):
        error = unavailable_error(call.operation, call.caller, client.get_api_version())
        if error is not None:
            raise error
    request, parser = prepare(call)
    attempt = 1
    while True:
        if cancel is not None:
            cancel.check()
        started = time.perf_counter()
        try:
            response = client._pool().request(**client._send_arguments(call, request))
        except httpx.HTTPError as exc:
            client._log_exchange(request, attempt, started, exc)
            delay = client._delay_after_error(call, request, attempt, exc)
        else:
            client._log_exchange(request, attempt, started, response)
            after = client._delay_after_response(call, request, attempt, response)
            if after is None:
                return finish(call, response, parser)
            response.close()
            delay = after
        (time.sleep if cancel is None else cancel.sleep)(delay)
        attempt += 1


async def execute_async(client: AsyncSender, call: Call[Any]) -> Any:
    """`execute` on the asyncio client; the version is checked before the
    first request (auto_check=True), as the blocking client does at once."""
    import asyncio  # the blocking client never needs it

    if client._version_unchecked:
        client._version_unchecked = False
        client.check_api_version(await client.get_api_version())
    if is_version_limited(call.operation):
        version = await client.get_api_version()
        error = unavailable_error(call.operation, call.caller, version)
        if error is not None:
            raise error
    request, parser = prepare(call)
    attempt = 1
    while True:
        started = time.perf_counter()
        try:
            response = await client._pool().request(
                **client._send_arguments(call, request)
            )
        except httpx.HTTPError as exc:
            client._log_exchange(request, attempt, started, exc)
            delay = client._delay_after_error(call, request, attempt, exc)
        else:
            client._log_exchange(request, attempt, started, response)
            after = client._delay_after_response(call, request, attempt, response)
            if after is None:
                return finish(call, response, parser)
            await response.aclose()
            delay = after
        await asyncio.sleep(delay)
        attempt += 1


# -- every page of a list ------------------------------------------------------


def iterate(client: BlockingSender, call: Call[Any]) -> Iterator[Any]:
    """The items of every page of a paginated list call, page after page."""
    page: int | None = first_page(call)
    while page is not None:
        response: BEMServerApiClientResponse[Any] = execute(
            client, call.with_query(page=page)
        )
        items = page_items(response)
        yield from items
        page = next_page(response, page, len(items))


async def iterate_async(client: AsyncSender, call: Call[Any]) -> AsyncIterator[Any]:
    """`iterate` on the asyncio client."""
    page: int | None = first_page(call)
    while page is not None:
        response = await execute_async(client, call.with_query(page=page))
        items = page_items(response)
        for item in items:
            yield item
        page = next_page(response, page, len(items))


# -- many calls at once --------------------------------------------------------


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
    try:
        while True:
            while going and len(pending) < concurrency:
                item = next(numbered, None)
                if item is None:
                    going = False
                    break
                future = pool.submit(execute, client, item[1], cancel)
                pending[future] = item[0]
            if not pending:
                return
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for done in finished:
                index = pending.pop(done)
                error = done.exception()
                result = None if error is not None else done.result()
                if not on_done(index, result, error):
                    going = False
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
    try:
        while True:
            while going and len(pending) < concurrency:
                item = next(numbered, None)
                if item is None:
                    going = False
                    break
                task = asyncio.ensure_future(execute_async(client, item[1]))
                pending[task] = item[0]
            if not pending:
                return
            finished, _ = await asyncio.wait(
                pending, return_when=asyncio.FIRST_COMPLETED
            )
            for done in finished:
                index = pending.pop(done)
                error = done.exception()
                result = None if error is not None else done.result()
                if not on_done(index, result, error):
                    going = False
    finally:
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
