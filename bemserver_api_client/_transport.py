"""Sending calls: each blocking function beside its asyncio twin.

The two differ only where they must (a thread sleeps, a task awaits). What
they decide is decided once: whether the server's version has the operation
(`_refuse_unavailable`), after each try whether to try again and after how
long, and what the answer means (`_Tries`). What travels with a request is
the client's (`_send_arguments`).

`send` is the generated resource classes' road: one call of a generated
operation with its arguments already sorted and converted; `execute` sends a
described call (`_call.Call`: the bulk plans of timeseries data, raw requests).
"""

from __future__ import annotations

import functools
import logging
import os
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._auth import TOKEN_PATHS
from ._generated.api_versions import OPERATION_GENERATIONS
from ._generated.errors import InvalidPathArgument
from ._logging import logger
from ._outcome import finish, transport_error
from ._pool import shared_async_client, shared_client
from ._prepare import json_content, make_replayable, prepare
from ._redact import check_header_values
from ._retry import is_idempotent
from ._versions import unavailable_error
from .exceptions import BEMServerAPIClientValueError
from .response import BEMServerApiClientResponse

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Protocol

    from ._call import Call
    from ._generated.operations import OperationRef
    from ._pool import Verify
    from ._retry import Retry

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
        _api_root: str
        _headers: dict[str, str]
        _extra_headers: Mapping[str, str]
        _extra_query: Mapping[str, Any]
        _auth: httpx.Auth | None
        _timeout: Any
        _verify: Verify
        _strict_filters: bool

    class BlockingSender(_Sender, Protocol):
        _http_client: httpx.Client | None

        def get_api_version(self) -> str: ...

    class AsyncSender(_Sender, Protocol):
        _version_unchecked: bool
        _http_client: httpx.AsyncClient | None

        def get_api_version(self) -> Awaitable[str]: ...

        @classmethod
        def check_api_version(cls, api_version: str) -> None: ...


T = TypeVar("T")

#: on_done(index, response, error) -> whether to go on sending calls.
OnDone = Callable[[int, Any, "BaseException | None"], bool]


# -- one call -------------------------------------------------------------------


def _refuse_unavailable(
    operation: OperationRef[Any] | None, caller: str, api_version: str
) -> None:
    """Raise before any request if the server's API version lacks the operation."""
    error = unavailable_error(operation, caller, api_version)
    if error is not None:
        raise error


def _send_arguments(
    client: _Sender, request: dict[str, Any], auth: httpx.Auth | bool | None
) -> dict[str, Any]:
    """`httpx.Client.request` keyword arguments: everything of the client
    travels with the request (nothing of it is stored in the shared pool).
    `auth`, when not True, replaces the client's authentication (None: none).
    Redirects are never followed: a token request carries credentials, and the
    API's own paths never redirect."""
    params = request.get("params")
    if client._extra_query:
        params = {**(params or {}), **client._extra_query}
    if auth is True:
        auth = httpx.USE_CLIENT_DEFAULT if client._auth is None else client._auth  # type: ignore[assignment]
    arguments = {
        **request,
        "url": client._api_root + request["url"].lstrip("/"),
        "headers": {
            **client._headers,
            **request.get("headers", {}),
            **client._extra_headers,
        },
        "auth": auth,
        "timeout": client._timeout,
        "follow_redirects": False,
    }
    if params:
        arguments["params"] = params
    else:  # merging empty params costs a URL copy
        arguments.pop("params", None)
    return arguments


def _for_token(outcome: httpx.Response | httpx.HTTPError) -> bool:
    """Whether an answer or a failure is that of a token request (sent by the
    authentication before the call's own request, or instead of it)."""
    try:
        request = outcome.request
    except RuntimeError:  # an httpx error made by hand, of no request
        return False
    return request.url.path.endswith(TOKEN_PATHS)


def pool_verify(client: _Sender) -> Verify:
    """The TLS verification of the shared pool a client's requests go
    through: its own, but for a plain-HTTP server reached without a proxy,
    which makes no TLS connection (the API root is http:// and redirects are
    never followed): its pool loads no CA certificates (~3 MB of memory)."""
    if client._api_root.startswith("http://") and not _http_proxied():
        return False
    return client._verify


@functools.cache
def _http_proxied() -> bool:
    """Whether a proxy may carry http:// URLs (it may be reached over TLS):
    one set in the environment, as httpx reads it (once per pool), or any on
    macOS and Windows, whose system settings are not read here (importing
    urllib.request would cost a new user's first call ~30 ms)."""
    if sys.platform in ("darwin", "win32"):
        return True
    return any(
        value and name.lower() in ("http_proxy", "all_proxy")
        for name, value in os.environ.items()
    )


def _unbind(response: httpx.Response) -> httpx.Response:
    """A read response, cut from its stream: httpx binds the two both ways
    (response -> stream -> response), so a response dropped by its last
    user lives on, body and request body (an upload chunk) included, until
    the next cyclic garbage collection; windows and chunks of a bulk transfer
    would pile up meanwhile. The body stays what `content` gives."""
    for earlier in response.history:  # token exchanges of its authentication
        earlier.stream = httpx.ByteStream(earlier.content)
    response.stream = httpx.ByteStream(response.content)
    return response


class _Tries:
    """The tries of one request: what each sends and, after each, whether to
    try again and after how long (the client's retry policy), or what the
    answer means. Each try is logged at DEBUG level (path only: no secret)."""

    def __init__(
        self,
        client: _Sender,
        request: dict[str, Any],
        parser: Callable[[httpx.Response], Any] | None,
        idempotent: bool,
        auth: httpx.Auth | bool | None,
    ) -> None:
        if request.get("json") is not None:
            request = json_content(request)
        self._client = client
        self._request = request
        self._parser = parser
        self._idempotent = idempotent
        self._auth = auth
        self._attempt = 0
        self._started = 0.0
        headers = request.get("headers")
        if headers:
            # A value HTTP cannot carry (an ETag with a newline), before sending
            # (h11 would quote it whole, at each retry); the client's own are
            # checked when it is made.
            check_header_values(headers)

    def next_arguments(self) -> Any:
        """`request()` keyword arguments of the next try."""
        self._attempt += 1
        self._started = time.perf_counter()
        return _send_arguments(self._client, self._request, self._auth)

    def delay_after_error(self, error: httpx.HTTPError) -> float:
        """How long to wait before trying again, or the client exception to raise."""
        self._log(error)
        # A failed token request (a renewal that timed out): the call itself
        # was not sent, so repeating it is safe.
        idempotent = _for_token(error) or is_idempotent(
            self._request["method"], self._idempotent
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
            self._request["method"], self._idempotent
        )
        retry = self._client._retry
        delay = retry.delay_after_response(self._attempt, response, idempotent)
        if delay is not None:
            self._log_retry(f"answered {response.status_code}", delay)
        return delay

    def finish(self, response: httpx.Response) -> Any:
        """The response object of the answer kept, or the exception of an error."""
        if response.status_code < 300 and not response.headers.get(
            "Content-Type", ""
        ).startswith("text/csv"):
            return BEMServerApiClientResponse(response, self._parser)
        return finish(response, self._parser)

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


def _request_of(
    operation: OperationRef[Any],
    caller: str,
    args: tuple[Any, ...],
    kwargs: Mapping[str, Any],
    query: Mapping[str, Any] | None,
) -> tuple[dict[str, Any], Callable[[httpx.Response], Any]]:
    """The request of one call of a generated operation, and its parser:
    `args` and `kwargs` are the request builder's, already sorted and
    converted by the caller (the generated resources); `query` are more query
    parameters (filters the API document does not list)."""
    module = operation._module or operation.module
    try:
        request = module.build_request(*args, **kwargs)
    except InvalidPathArgument as exc:  # no id, or another path: nothing sent
        raise BEMServerAPIClientValueError(f"{caller}: {exc}") from None
    if query:
        request["params"] = {**request.get("params", {}), **query}
    if "files" in request:  # a multipart upload (`io`): sent again on a retry
        make_replayable(request)
    return request, module.parse_response


def send(
    client: BlockingSender,
    operation: OperationRef[T],
    caller: str,
    args: tuple[Any, ...] = (),
    kwargs: Mapping[str, Any] = {},
    query: Mapping[str, Any] | None = None,
    *,
    idempotent: bool = False,
    auth: httpx.Auth | bool | None = True,
) -> BEMServerApiClientResponse[T]:
    """Send one call of a generated operation (see `_request_of`); its
    response, or the client exception of what went wrong."""
    if operation.name in OPERATION_GENERATIONS:
        _refuse_unavailable(operation, caller, client.get_api_version())
    request, parser = _request_of(operation, caller, args, kwargs, query)
    response: BEMServerApiClientResponse[T] = _send_request(
        client, request, parser, idempotent, auth, None
    )
    return response


def _send_request(
    client: BlockingSender,
    request: dict[str, Any],
    parser: Callable[[httpx.Response], Any] | None,
    idempotent: bool,
    auth: httpx.Auth | bool | None,
    cancel: Cancel | None,
) -> Any:
    """Send a request, retrying as the client's policy says; its response."""
    tries = _Tries(client, request, parser, idempotent, auth)
    pool = client._http_client or shared_client(pool_verify(client))
    while True:
        if cancel is not None:
            cancel.check()
        failure: httpx.HTTPError | None = None
        try:
            response = _unbind(pool.request(**tries.next_arguments()))
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


async def _check_version_first(client: AsyncSender) -> None:
    """The asyncio client checks the version before its first request
    (auto_check=True), as the blocking client does at once."""
    client._version_unchecked = False
    client.check_api_version(await client.get_api_version())


async def send_async(
    client: AsyncSender,
    operation: OperationRef[T],
    caller: str,
    args: tuple[Any, ...] = (),
    kwargs: Mapping[str, Any] = {},
    query: Mapping[str, Any] | None = None,
    *,
    idempotent: bool = False,
    auth: httpx.Auth | bool | None = True,
) -> BEMServerApiClientResponse[T]:
    """`send` on the asyncio client."""
    if client._version_unchecked:
        await _check_version_first(client)
    if operation.name in OPERATION_GENERATIONS:
        _refuse_unavailable(operation, caller, await client.get_api_version())
    request, parser = _request_of(operation, caller, args, kwargs, query)
    response: BEMServerApiClientResponse[T] = await _send_request_async(
        client, request, parser, idempotent, auth
    )
    return response


async def _send_request_async(
    client: AsyncSender,
    request: dict[str, Any],
    parser: Callable[[httpx.Response], Any] | None,
    idempotent: bool,
    auth: httpx.Auth | bool | None,
) -> Any:
    """`_send_request` on the asyncio client."""
    import asyncio  # the blocking client never needs it

    tries = _Tries(client, request, parser, idempotent, auth)
    pool = client._http_client or shared_async_client(pool_verify(client))
    while True:
        failure: httpx.HTTPError | None = None
        try:
            response = _unbind(await pool.request(**tries.next_arguments()))
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


# -- a described call (timeseries data, raw requests) ---------------------------


def execute(
    client: BlockingSender, call: Call[T], cancel: Cancel | None = None
) -> BEMServerApiClientResponse[T]:
    """Send a described call (`_call.Call`), retrying as the client's policy
    says; its response."""
    if call.operation is not None and call.operation.name in OPERATION_GENERATIONS:
        _refuse_unavailable(call.operation, call.caller, client.get_api_version())
    request, parser = prepare(call)
    response: BEMServerApiClientResponse[T] = _send_request(
        client, request, parser, call.idempotent, call.auth, cancel
    )
    return response


async def execute_async(
    client: AsyncSender, call: Call[T]
) -> BEMServerApiClientResponse[T]:
    """`execute` on the asyncio client."""
    if client._version_unchecked:
        await _check_version_first(client)
    if call.operation is not None and call.operation.name in OPERATION_GENERATIONS:
        _refuse_unavailable(call.operation, call.caller, await client.get_api_version())
    request, parser = prepare(call)
    response: BEMServerApiClientResponse[T] = await _send_request_async(
        client, request, parser, call.idempotent, call.auth
    )
    return response


# -- every page of a list ------------------------------------------------------


def iterate(
    client: BlockingSender,
    operation: OperationRef[list[T]],
    caller: str,
    kwargs: Mapping[str, Any],
    query: Mapping[str, Any] | None = None,
) -> Iterator[T]:
    """The items of every page of a paginated list, page after page (from
    `kwargs["page"]`, else 1; see `PageWalk`: paging arguments checked before
    the first request, no page asked twice, none past what the first answer
    announced and a margin)."""
    from ._pages import PageWalk, page_items  # the list methods that walk pages

    walk = PageWalk(kwargs)
    while True:
        response = send(client, operation, caller, (), walk.kwargs(), query)
        items = page_items(response)
        yield from items
        if not walk.advance(response, len(items)):
            return


async def iterate_async(
    client: AsyncSender,
    operation: OperationRef[list[T]],
    caller: str,
    kwargs: Mapping[str, Any],
    query: Mapping[str, Any] | None = None,
) -> AsyncIterator[T]:
    """`iterate` on the asyncio client."""
    from ._pages import PageWalk, page_items

    walk = PageWalk(kwargs)
    while True:
        response = await send_async(client, operation, caller, (), walk.kwargs(), query)
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
            # A done call holds its answer (a window's body, a chunk's
            # request): not kept while the next calls are made.
            del finished
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
            del finished  # as in execute_many
    finally:
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
