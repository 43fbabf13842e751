"""Timeseries data at scale: chunk planning and merging, once for both clients.

A bulk operation is described by a *plan*: a generator that yields the
requests to make and gets their answers back, without doing any I/O itself.
`One(call)` sends one call and gives its response back; `Batch(calls, ...)`
sends many calls with bounded concurrency and reports each answer to the
plan's `on_done` as it arrives. The blocking client runs a plan with threads
(`drive_sync`), the asyncio client with tasks (`drive_async`): only the
execution differs, the splitting, merging and error reporting are the same.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import functools
import io
import itertools
import math
import os
import threading
from collections.abc import Awaitable, Callable, Generator, Iterable, Iterator, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    BinaryIO,
    Concatenate,
    Generic,
    ParamSpec,
    TypeVar,
    cast,
    overload,
)

import httpx

from ._convert import iso_datetime
from ._csv_split import (
    UnreadableChunk,
    split_csv_bytes,
    split_csv_file,
    split_csv_text,
)
from .enums import DataFormat
from .exceptions import (
    BEMServerAPIChunkError,
    BEMServerAPIClientValueError,
    BEMServerAPIInterruptedError,
    BEMServerAPIMalformedAnswerError,
    ChunkInfo,
)
from .resources._base import Async, Call, Operation, Resource, Sync, enum_value
from .response import _NOT_PARSED, BEMServerApiClientResponse

if TYPE_CHECKING:
    from ._base_client import BaseClient
    from ._generated.operations import OperationRef

P = ParamSpec("P")
R = TypeVar("R")

#: Points per upload request: ~1-2 s of work for one server worker (21 us of
#: Python and ~10 us of PostgreSQL per point, ~15 ms per request), far inside
#: gunicorn's default 30 s timeout; 20k- and 100k-point chunks measured no
#: faster (README, "Measured defaults").
DEFAULT_UPLOAD_CHUNK_SIZE = 50_000
#: Points per download window: as fast as 100k-point windows (reading is
#: ~5x faster than writing) and ~15 MB less peak memory for 400k points.
DEFAULT_DOWNLOAD_CHUNK_SIZE = 50_000
#: Most windows a download is split into, whatever the stats answer says
#: (its `count` sets their number) or the period and buckets asked for:
#: beyond it windows grow instead (500M points at the default chunk size).
MAX_DOWNLOAD_WINDOWS = 10_000
#: Requests in flight at once: two keep a 2-core server (workers and
#: PostgreSQL) fully busy; more only queue there.
DEFAULT_CONCURRENCY = 2

#: `progress=`: a callable(done, total) counting chunks (total None when
#: unknown), True for a tqdm progress bar, None or False for nothing.
ProgressCallback = Callable[[int, "int | None"], object]
Progress = ProgressCallback | bool | None

#: A file to write a download to: a path or a binary file open for writing.
FileTarget = str | os.PathLike[str] | BinaryIO


# -- the steps of a plan -------------------------------------------------------


class One:
    """Send one call; the plan gets its response back."""

    __slots__ = ("call",)

    def __init__(self, call: Call[Any]) -> None:
        self.call = call


#: on_done(index, response, error) -> whether to go on sending calls.
OnDone = Callable[[int, Any, "BaseException | None"], bool]


class Batch:
    """Send calls, at most `concurrency` at a time, pulled lazily from `calls`.

    `on_done` is called once per call as its answer arrives (in the caller's
    thread or task, never concurrently); when it returns False no further call
    is started (those in flight are waited for). The plan gets None back.
    """

    __slots__ = ("calls", "concurrency", "on_done")

    def __init__(self, calls: Iterable[Call[Any]], concurrency: int, on_done: OnDone):
        self.calls = calls
        self.concurrency = max(1, concurrency)
        self.on_done = on_done


Step = One | Batch
Plan = Generator[Step, Any, R]


class Cancelled(Exception):
    """A call of an interrupted transfer, stopped before an attempt or during
    a retry wait."""


class Cancel:
    """Set when a blocking transfer is interrupted: the calls in flight on
    other threads stop at their next attempt or retry wait."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled

    def sleep(self, delay: float) -> None:
        """time.sleep(delay), cut short (Cancelled) when the transfer stops."""
        if self._event.wait(delay):
            raise Cancelled


def _named(step: Step, caller: str) -> Step:
    """The step, with each call it sends named after the user's operation."""
    if isinstance(step, One):
        step.call = step.call.targeting(step.call.operation, caller)
    else:
        step.calls = _name_calls(step.calls, caller)
    return step


def _interrupt(plan: Plan[Any], interrupt: KeyboardInterrupt) -> None:
    """Let the plan say what an interruption leaves (it raises
    BEMServerAPIInterruptedError from it); then the interruption goes on."""
    try:
        plan.throw(interrupt)
    except StopIteration:
        pass
    finally:
        plan.close()


def drive_sync(client: Any, plan: Plan[R], caller: str = "") -> R:
    """Run a plan on the blocking client (a Batch runs on threads)."""
    value: Any = None
    cancel = Cancel()
    while True:
        try:
            step = _named(plan.send(value), caller)
        except StopIteration as stop:
            result: R = stop.value
            return result
        try:
            if isinstance(step, One):
                value = client._execute(step.call)
            else:
                client._execute_many(step.calls, step.concurrency, step.on_done, cancel)
                value = None
        except KeyboardInterrupt as interrupt:
            _interrupt(plan, interrupt)
            raise
        except BaseException:
            plan.close()
            raise


async def drive_async(client: Any, plan: Plan[R], caller: str = "") -> R:
    """Run a plan on the asyncio client (a Batch runs as tasks; cancelling
    the task cancels them at once)."""
    value: Any = None
    while True:
        try:
            step = _named(plan.send(value), caller)
        except StopIteration as stop:
            result: R = stop.value
            return result
        try:
            if isinstance(step, One):
                value = await client._execute(step.call)
            else:
                await client._execute_many(step.calls, step.concurrency, step.on_done)
                value = None
        except BaseException:
            plan.close()
            raise


class PlanOperation(Operation[P, Any], Generic[P, R]):
    """An operation that may send several requests: its method returns a plan.

    Typed like `Operation`: a method returning R on the blocking client and an
    awaitable of R on the asyncio client.
    """

    def __init__(
        self,
        describe: Callable[Concatenate[Any, P], Plan[R]],
        uses: tuple[OperationRef[Any], ...],
    ) -> None:
        super().__init__(cast(Any, describe), uses, None)
        self._plan = describe

    @overload  # type: ignore[override]
    def __get__(self, resource: Resource[Sync], owner: type[Any]) -> Callable[P, R]: ...

    @overload
    def __get__(
        self, resource: Resource[Async], owner: type[Any]
    ) -> Callable[P, Awaitable[R]]: ...

    @overload
    def __get__(self, resource: None, owner: type[Any]) -> PlanOperation[P, R]: ...

    def __get__(self, resource: Resource[Any] | None, owner: type[Any]) -> Any:
        if resource is None:
            return self
        describe = self._plan
        client: BaseClient[Any, Any] = resource._client
        drive: Callable[[Any, Plan[R], str], Any] = (
            drive_async if _is_async(client) else drive_sync
        )
        caller = f"{resource.entry_point_name or type(resource).__name__}.{self.name}"

        @functools.wraps(describe)
        def run(*args: Any, **kwargs: Any) -> Any:
            return drive(client, describe(resource, *args, **kwargs), caller)

        return run


def plan_operation(
    *uses: OperationRef[Any],
) -> Callable[[Callable[Concatenate[Any, P], Plan[R]]], PlanOperation[P, R]]:
    """Declare an operation whose method returns a plan (see `PlanOperation`)."""

    def declare(
        describe: Callable[Concatenate[Any, P], Plan[R]],
    ) -> PlanOperation[P, R]:
        return PlanOperation(describe, uses)

    return declare


def _is_async(client: Any) -> bool:
    return getattr(client, "_http_client_class", None) is httpx.AsyncClient


def _name_calls(calls: Iterable[Call[Any]], caller: str) -> Iterator[Call[Any]]:
    for call in calls:
        yield call.targeting(call.operation, caller)


# -- progress ------------------------------------------------------------------


def progress_bars(progress: Progress) -> Any:
    """tqdm's module for progress=True, else None; an invalid `progress`, or
    True without tqdm, raises: checked before any request is sent."""
    if progress is True:
        try:
            from tqdm import auto  # an optional dependency: imported when asked for
        except ImportError:
            raise BEMServerAPIClientValueError(
                "progress=True needs tqdm: pip install 'bemserver-api-client"
                "[progress]' (or give a callable(done, total))"
            ) from None
        return auto
    if not callable(progress) and progress not in (None, False):
        raise BEMServerAPIClientValueError(
            f"invalid progress: {progress!r} (expected a callable(done, total), "
            "True or None)"
        )
    return None


class Tracker:
    """Reports chunks done to a progress callback or a tqdm bar."""

    def __init__(self, progress: Progress, total: int | None, description: str):
        self.done = 0
        self.total = total
        self._callback: ProgressCallback | None = None
        self._bar: Any = None
        tqdm = progress_bars(progress)
        if tqdm is not None:
            self._bar = tqdm.tqdm(total=total, desc=description, unit="chunk")
        elif callable(progress):
            self._callback = progress

    def start(self) -> None:
        if self._callback is not None:
            self._callback(0, self.total)

    def advance(self) -> None:
        self.done += 1
        if self._callback is not None:
            self._callback(self.done, self.total)
        if self._bar is not None:
            self._bar.update(1)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


# -- uploads -------------------------------------------------------------------


class UploadChunk:
    """One piece of an upload: its request body and what it holds."""

    __slots__ = ("body", "info")

    def __init__(self, body: Any, info: ChunkInfo) -> None:
        self.body = body
        self.info = info


class UploadSplit:
    """The chunks of an upload, made lazily (`chunks`), and their number if
    known beforehand (`total`); `whole` is the data as given when it fits in
    one chunk (sent as is, exactly as a plain upload)."""

    def __init__(
        self,
        chunks: Iterator[UploadChunk],
        total: int | None,
        whole: Any = None,
        timeseries: Iterable[str] = (),
    ) -> None:
        self.chunks = chunks
        self.total = total
        self.whole = whole
        #: The timeseries of the data (ids or names), when split.
        self.timeseries = [str(name) for name in timeseries]


def _check_chunk_size(chunk_size: int, concurrency: int) -> None:
    if not isinstance(chunk_size, int) or chunk_size < 1:
        raise BEMServerAPIClientValueError(
            f"invalid chunk_size: {chunk_size!r} (expected a positive integer)"
        )
    if not isinstance(concurrency, int) or concurrency < 1:
        raise BEMServerAPIClientValueError(
            f"invalid concurrency: {concurrency!r} (expected a positive integer)"
        )


def split_upload(data: Any, format: DataFormat | str, chunk_size: int) -> UploadSplit:
    """Split data of any size (JSON mapping, CSV bytes/str/file, DataFrame)."""
    from . import _dataframe

    if _dataframe.is_dataframe(data):
        return _dataframe.split_frame(data, chunk_size)
    if enum_value(format, DataFormat, "format") == DataFormat.json.value:
        if not isinstance(data, Mapping):
            raise BEMServerAPIClientValueError(
                "JSON data must be a dict {timeseries: {timestamp: value}}, "
                f"not {type(data).__name__}"
            )
        return split_json(data, chunk_size)
    if isinstance(data, str):
        return split_csv_text(data, chunk_size)
    if isinstance(data, bytes | bytearray | memoryview):
        return split_csv_bytes(bytes(data), chunk_size)
    if not isinstance(data, Mapping) and hasattr(data, "read"):
        return split_csv_file(cast(BinaryIO, data), chunk_size)
    raise BEMServerAPIClientValueError(
        f"CSV data must be bytes, str or a binary file, not {type(data).__name__}"
    )


def split_json(data: Mapping[str, Mapping[str, Any]], chunk_size: int) -> UploadSplit:
    """{ts: {timestamp: value}} in chunks of at most chunk_size points, each
    covering a span of time across all timeseries (see `_json_shares`)."""
    lengths = []
    as_sent: dict[str, Any] = {}
    for timeseries, values in data.items():
        other = as_sent.setdefault(str(timeseries), timeseries)
        if other is not timeseries:  # one key once sent: one would replace the other
            raise BEMServerAPIClientValueError(
                f"JSON data has the timeseries {other!r} and {timeseries!r}, sent "
                f"as the same key {str(timeseries)!r}: give each timeseries once"
            )
        if not isinstance(values, Mapping):
            raise BEMServerAPIClientValueError(
                f"JSON data of timeseries {timeseries!r} must be a dict "
                f"{{timestamp: value}}, not {type(values).__name__}"
            )
        lengths.append(len(values))
    if sum(lengths) <= chunk_size:
        return UploadSplit(iter(()), 1, whole=data)
    total = sum(1 for _ in _json_shares(lengths, chunk_size))
    return UploadSplit(_json_chunks(data, lengths, chunk_size), total, None, data)


def _json_shares(
    lengths: list[int], chunk_size: int
) -> Iterator[list[tuple[int, int]]]:
    """The (timeseries index, number of points) each chunk takes, in order.

    Every timeseries with points left gives the same number, so that a chunk
    covers one span of time across all of them: the server parses each
    timestamp of a request once, whatever the number of timeseries sharing it
    (measured: chunks cut timeseries by timeseries cost it ~25% more CPU). The
    room that shorter timeseries leave goes to the others. With more
    timeseries than room, they give one point each, in turn.
    """
    left = list(lengths)
    active = collections.deque(i for i, count in enumerate(left) if count)
    while active:
        takes: dict[int, int] = {}
        if len(active) > chunk_size:
            for _ in range(chunk_size):
                i = active.popleft()
                takes[i] = 1
                left[i] -= 1
                if left[i]:
                    active.append(i)
        else:
            room = chunk_size
            while active and room >= len(active):
                share = room // len(active)
                for i in active:
                    take = min(share, left[i])
                    takes[i] = takes.get(i, 0) + take
                    left[i] -= take
                    room -= take
                active = collections.deque(i for i in active if left[i])
        yield sorted(takes.items())


def _json_chunks(
    data: Mapping[str, Mapping[str, Any]], lengths: list[int], chunk_size: int
) -> Iterator[UploadChunk]:
    # Read from the caller's dicts as chunks are sent: no copy of the data.
    series = [(str(ts), iter(values.items())) for ts, values in data.items()]
    for shares in _json_shares(lengths, chunk_size):
        body: dict[str, dict[str, Any]] = {}
        ranges: dict[str, tuple[str, str, int]] = {}
        for i, take in shares:
            timeseries, items = series[i]
            piece = dict(itertools.islice(items, take))
            body[timeseries] = piece
            ranges[timeseries] = (*time_range(list(piece)), take)
        yield UploadChunk(body, ChunkInfo(ranges))


def time_range(stamps: list[str]) -> tuple[str, str]:
    """The first and last of ISO 8601 timestamps, compared as instants."""
    if not stamps:
        return ("", "")
    first = stamps[0]
    if all(len(s) == len(first) and s[-6:] == first[-6:] for s in stamps):
        return (min(stamps), max(stamps))  # same format and offset: as text
    parsed = sorted(stamps, key=_instant)
    return (parsed[0], parsed[-1])


def _instant(stamp: str) -> dt.datetime:
    value = iso_datetime(stamp)
    if value is None:
        return dt.datetime.min.replace(tzinfo=dt.timezone.utc)
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value


def prime_csv(timeseries: list[str]) -> bytes:
    """A CSV of the timeseries with no values (its header only)."""

    # Quoted as the server's parsers need: csv.writer leaves a line break
    # that is not its line terminator unquoted.
    def quoted(name: str) -> str:
        if any(c in name for c in ',"\r\n') or name != name.strip(" \t"):
            return '"' + name.replace('"', '""') + '"'
        return name

    return (",".join(map(quoted, ["Datetime", *timeseries])) + "\n").encode()


def upload_plan(
    make_call: Callable[[Any, DataFormat | str], Call[Any]],
    data: Any,
    format: DataFormat | str,
    chunk_size: int,
    concurrency: int,
    progress: Progress,
) -> Plan[BEMServerApiClientResponse[None]]:
    """Upload data of any size; a chunk that fails (after the client's retries)
    stops the upload with a BEMServerAPIChunkError saying what is stored."""
    _check_chunk_size(chunk_size, concurrency)
    split = split_upload(data, format, chunk_size)
    from . import _dataframe

    chunk_format = DataFormat.csv if _dataframe.is_dataframe(data) else format
    tracker = Tracker(progress, split.total, "upload")
    try:
        if split.whole is not None:
            tracker.start()
            try:
                response: BEMServerApiClientResponse[None] = yield One(
                    make_call(split.whole, chunk_format)
                )
            except KeyboardInterrupt as interrupt:
                raise BEMServerAPIInterruptedError(
                    "upload interrupted during its one request: the data may or "
                    "may not be stored (sending it again is safe)"
                ) from interrupt
            tracker.advance()
            return response
        infos: list[ChunkInfo] = []
        stored: dict[int, ChunkInfo] = {}
        failed: dict[int, tuple[ChunkInfo, Exception]] = {}
        last: list[BEMServerApiClientResponse[None]] = []

        unreadable: list[tuple[ChunkInfo, Exception]] = []

        def calls() -> Iterator[Call[Any]]:
            try:
                for chunk in split.chunks:
                    infos.append(chunk.info)
                    yield make_call(chunk.body, chunk_format)
            except UnreadableChunk as exc:  # a stream: bytes that are not UTF-8
                unreadable.append((exc.info, exc.error))
            except Exception as exc:  # e.g. the caller's dicts changed meanwhile
                unreadable.append((ChunkInfo({}), exc))

        def on_done(index: int, response: Any, error: BaseException | None) -> bool:
            if error is not None:
                if not isinstance(error, Exception):
                    raise error
                failed[index] = (infos[index], error)
                return False
            stored[index] = infos[index]
            last[:] = [response]
            tracker.advance()
            return True

        tracker.start()
        try:
            if split.timeseries:
                # The server makes the (timeseries, data state) link on a first
                # upload: concurrent first uploads would race on it (500).
                last.append(
                    (yield One(make_call(prime_csv(split.timeseries), DataFormat.csv)))
                )
            yield Batch(calls(), concurrency, on_done)
            if not last:  # a stream of a header alone: sent as it is
                last.append(
                    (yield One(make_call(prime_csv(split.timeseries), DataFormat.csv)))
                )
        except KeyboardInterrupt as interrupt:
            in_flight = [
                info
                for i, info in enumerate(infos)
                if i not in stored and i not in failed
            ]
            total = "?" if split.total is None else split.total
            raise BEMServerAPIInterruptedError(
                f"upload interrupted: {len(stored)} chunk(s) of {total} stored, "
                f"{len(in_flight)} in flight (stored or not), the rest not sent "
                "(sending the data again is safe)",
                stored=[stored[i] for i in sorted(stored)],
                in_flight=in_flight,
                failed=[failed[i] for i in sorted(failed)],
            ) from interrupt
        if failed or unreadable:
            not_sent = [
                info
                for i, info in enumerate(infos)
                if i not in stored and i not in failed
            ]
            not_sent.extend(_readable_infos(split.chunks))
            raise BEMServerAPIChunkError(
                stored=[stored[i] for i in sorted(stored)],
                failed=[failed[i] for i in sorted(failed)] + unreadable,
                not_sent=not_sent,
            )
        return last[0]
    finally:
        tracker.close()


def _readable_infos(chunks: Iterator[UploadChunk]) -> Iterator[ChunkInfo]:
    """What the chunks left hold, up to the first unreadable one."""
    try:
        for chunk in chunks:
            yield chunk.info
    except UnreadableChunk as exc:
        if exc.info.ranges:  # the rows read before the unreadable line
            yield exc.info


# -- downloads -----------------------------------------------------------------


class MergedResponse(BEMServerApiClientResponse[Any]):
    """The answer of a download made of several windows, merged: what one
    request would have answered (status 200, JSON data or CSV bytes).

    Its `raw` has the first window's status, headers and request but no body
    (see `_without_body`): the merged body is `data`.
    """

    def __init__(
        self,
        head: httpx.Response,
        data: Any,
        parse: Callable[[Any], Any] | None,
    ) -> None:
        super().__init__(head, None)
        self._data = data
        self._parse = parse

    @property
    def etag(self) -> str:
        return ""  # no single resource version for a merged answer

    @property
    def parsed(self) -> Any:
        if self._parsed is _NOT_PARSED:
            self._parsed = self.data if self._parse is None else self._parse(self.data)
        return self._parsed


def _without_body(response: httpx.Response) -> httpx.Response:
    """A response's status, headers and request, without its body (nor the
    headers describing that body): a merged answer must not keep one window's
    body alive beside the whole."""
    headers = [
        (name, value)
        for name, value in response.headers.multi_items()
        if name.lower() not in ("content-length", "content-encoding", "etag")
    ]
    return httpx.Response(
        response.status_code, headers=headers, request=response.request
    )


def _parse_timeseries_data(data: Any) -> Any:
    from ._generated.models.timeseries_data import TimeseriesData

    return TimeseriesData.from_dict(data)


def aware(value: Any, argument: str) -> dt.datetime | None:
    """A timezone-aware datetime from a datetime or an ISO 8601 string, None
    when it has no timezone (or cannot be read: the server will say)."""
    if isinstance(value, dt.datetime):
        parsed = value
    elif isinstance(value, str):
        read = iso_datetime(value)
        if read is None:
            return None
        parsed = read
    else:
        return None
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        return None
    return parsed


def require_aware(value: Any, argument: str) -> dt.datetime:
    """A timezone-aware datetime, or BEMServerAPIClientValueError."""
    parsed = aware(value, argument)
    if parsed is None:
        raise BEMServerAPIClientValueError(
            f"invalid {argument}: {value!r} (expected a timezone-aware datetime or "
            "ISO 8601 string with an offset, e.g. 2024-01-01T00:00:00+00:00)"
        )
    return parsed


class Windows:
    """The time windows [start, end) a download is split into."""

    def __init__(self, bounds: list[dt.datetime]) -> None:
        self.bounds = bounds

    def __len__(self) -> int:
        return len(self.bounds) - 1

    def __iter__(self) -> Iterator[tuple[dt.datetime, dt.datetime]]:
        return iter(zip(self.bounds[:-1], self.bounds[1:], strict=False))


def raw_windows(
    start: dt.datetime,
    end: dt.datetime,
    stats: Mapping[str, Any],
    chunk_size: int,
) -> Windows:
    """Windows holding about chunk_size points each, from the timeseries'
    stats (count, first and last timestamps), assuming an even spread."""
    utc = dt.timezone.utc
    start, end = start.astimezone(utc), end.astimezone(utc)
    if end <= start:
        return Windows([start, end])
    expected = 0.0
    low, high = end, start
    for item in stats.values():
        count = item.get("count") or 0
        first = aware(item.get("first_timestamp"), "")
        last = aware(item.get("last_timestamp"), "")
        if not count or first is None or last is None:
            continue
        first, last = first.astimezone(utc), last.astimezone(utc)
        span = (last - first).total_seconds()
        overlap_start, overlap_end = max(first, start), min(last, end)
        if overlap_end < overlap_start:
            continue
        share = (
            1.0 if span <= 0 else (overlap_end - overlap_start).total_seconds() / span
        )
        expected += count * min(1.0, share)
        low, high = min(low, overlap_start), max(high, overlap_end)
    windows = min(math.ceil(expected / chunk_size), MAX_DOWNLOAD_WINDOWS)
    if windows <= 1 or high <= low:
        return Windows([start, end])
    step = (high - low) / windows
    bounds = [start] + [low + step * i for i in range(1, windows)] + [end]
    return Windows(bounds)


_FIXED_SECONDS = {"second": 1, "minute": 60, "hour": 3600}
_APPROX_SECONDS = {
    "day": 86_400,
    "week": 604_800,
    "month": 2_629_746,
    "year": 31_556_952,
}


def aggregate_windows(
    start: dt.datetime,
    end: dt.datetime,
    timezone: str,
    width_value: int,
    width_unit: str,
    series: int,
    chunk_size: int,
) -> Windows:
    """Windows whose inner bounds are bucket bounds in the requested timezone
    (the server floors start and ceils end to whole buckets): local midnights
    for buckets dividing a day, Mondays for weeks, month or year starts."""
    single = Windows([start, end])
    try:
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(timezone)
    except Exception:
        return single
    if width_unit in _FIXED_SECONDS:
        bucket = width_value * _FIXED_SECONDS[width_unit]
        if bucket <= 0 or 86_400 % bucket:
            return single  # buckets not aligned on days: one request
        window_unit = "day"
    elif width_value == 1 and width_unit in _APPROX_SECONDS:
        bucket = _APPROX_SECONDS[width_unit]
        window_unit = width_unit
    else:
        return single
    seconds = (end - start).total_seconds()
    buckets = seconds / bucket
    windows = min(
        math.ceil(buckets * max(1, series) / chunk_size), MAX_DOWNLOAD_WINDOWS
    )
    if windows <= 1:
        return single
    units = seconds / _APPROX_SECONDS[window_unit]
    per_window = max(1, math.floor(units / windows))
    if units / per_window + 2 > MAX_DOWNLOAD_WINDOWS:  # windows are whole units
        per_window = math.ceil(units / (MAX_DOWNLOAD_WINDOWS - 2))
    local = start.astimezone(zone)
    origin = _floor_local(local, window_unit)
    bounds = [start]
    index = 1
    while True:
        bound = _add_local(origin, window_unit, per_window * index)
        if bound >= end:
            break
        if bound > start:
            bounds.append(bound)
        index += 1
    bounds.append(end)
    return Windows(bounds)


def _floor_local(value: dt.datetime, unit: str) -> dt.datetime:
    day = value.replace(hour=0, minute=0, second=0, microsecond=0, fold=0)
    if unit == "week":
        return day - dt.timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    if unit == "year":
        return day.replace(month=1, day=1)
    return day


def _add_local(origin: dt.datetime, unit: str, count: int) -> dt.datetime:
    """origin + count units of wall-clock time in origin's timezone, as UTC."""
    if unit == "day":
        value = origin + dt.timedelta(days=count)
    elif unit == "week":
        value = origin + dt.timedelta(weeks=count)
    else:
        months = count * (12 if unit == "year" else 1)
        month0 = origin.month - 1 + months
        value = origin.replace(year=origin.year + month0 // 12, month=month0 % 12 + 1)
    return value.astimezone(dt.timezone.utc)


class Download:
    """What a download plan needs from the facade: how to make the call of a
    window, the stats call (raw data), and the aggregation (aggregates)."""

    def __init__(
        self,
        window_call: Callable[[Any, Any], Call[Any]],
        start_time: Any,
        end_time: Any,
        *,
        series: int,
        timezone: str,
        csv: bool,
        stats_call: Callable[[], Call[Any]] | None = None,
        bucket: tuple[int, str] | None = None,
    ) -> None:
        self.window_call = window_call
        self.start_time = start_time
        self.end_time = end_time
        self.series = series
        self.timezone = timezone
        self.csv = csv
        self.stats_call = stats_call
        self.bucket = bucket


def download_plan(
    download: Download,
    chunk_size: int | None,
    concurrency: int,
    progress: Progress,
    to_file: FileTarget | None = None,
) -> Plan[BEMServerApiClientResponse[Any]]:
    """Download over a long period: windows fetched concurrently, merged in
    order (JSON merged per timeseries, CSV with one header), or written to
    `to_file` (CSV) as they come, at most `concurrency` windows in memory."""
    if to_file is not None and not download.csv:
        raise BEMServerAPIClientValueError("to_file needs format=DataFormat.csv")
    if chunk_size is not None:
        _check_chunk_size(chunk_size, concurrency)
    progress_bars(progress)  # refused now, not after the stats request
    start = aware(download.start_time, "start_time")
    end = aware(download.end_time, "end_time")
    windows: Windows | None = None
    if chunk_size is not None and start is not None and end is not None:
        if download.bucket is not None:
            windows = aggregate_windows(
                start,
                end,
                download.timezone,
                download.bucket[0],
                download.bucket[1],
                download.series,
                chunk_size,
            )
        elif download.stats_call is not None:
            try:
                stats = yield One(download.stats_call())
            except KeyboardInterrupt as interrupt:
                raise BEMServerAPIInterruptedError(
                    "download interrupted before its first window"
                ) from interrupt
            windows = raw_windows(start, end, stats_of(stats), chunk_size)
    tracker = Tracker(progress, len(windows) if windows else 1, "download")
    sink = _FileSink(to_file) if to_file is not None else None
    try:
        tracker.start()
        if windows is None or len(windows) <= 1:
            response: BEMServerApiClientResponse[Any] = yield One(
                download.window_call(download.start_time, download.end_time)
            )
            tracker.advance()
            if sink is not None:
                sink.write(response.raw.content, first=True)
                sink.commit()
            return response
        done: dict[int, BEMServerApiClientResponse[Any]] = {}
        merger = _Merger(download.csv, sink)

        def on_done(index: int, response: Any, error: BaseException | None) -> bool:
            if error is not None:
                raise error
            done[index] = response
            tracker.advance()
            while merger.next_index in done:  # in order, as soon as possible
                merger.add(done.pop(merger.next_index))
            return True

        calls = (download.window_call(low, high) for low, high in windows)
        yield Batch(calls, concurrency, on_done)
        result = merger.result()
        if sink is not None:
            sink.commit()
        return result
    except KeyboardInterrupt as interrupt:
        if sink is not None:
            sink.abort()
        where = f"; nothing written to {to_file!r}" if sink is not None else ""
        raise BEMServerAPIInterruptedError(
            f"download interrupted after {tracker.done} of {tracker.total} "
            f"window(s){where}"
        ) from interrupt
    except BaseException:
        if sink is not None:
            sink.abort()
        raise
    finally:
        tracker.close()


def stats_of(response: BEMServerApiClientResponse[Any]) -> dict[str, Any]:
    """The stats of a stats answer, {timeseries: {count, first_timestamp,
    last_timestamp, ...}}, checked: the windows are sized from them."""

    def malformed(what: str) -> BEMServerAPIMalformedAnswerError:
        return BEMServerAPIMalformedAnswerError(
            response.status_code,
            f"malformed timeseries data stats answer (sizing the download's "
            f"windows): {what}",
        )

    data = response.data
    stats = data.get("stats") if isinstance(data, dict) else None
    if not isinstance(stats, dict):
        raise malformed(f"expected {{'stats': {{...}}}}, got {_brief(data)}")
    for timeseries, item in stats.items():
        if not isinstance(item, dict):
            raise malformed(f"stats of {timeseries!r}: {_brief(item)}")
        count = item.get("count")
        if count is not None and (
            isinstance(count, bool) or not isinstance(count, int) or count < 0
        ):
            raise malformed(f"count of {timeseries!r}: {_brief(count)}")
        for key in ("first_timestamp", "last_timestamp"):
            if not isinstance(item.get(key), str | None):
                raise malformed(f"{key} of {timeseries!r}: {_brief(item[key])}")
    return stats


def _brief(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


class _FileSink:
    """Where a CSV download is written as its windows arrive.

    A path: a temporary file next to it (same folder, so the rename is
    atomic), renamed over it once the download is complete; a failure leaves
    the path as it was. A file object given by the user: written to as
    windows arrive; on failure a seekable one is truncated back to where it
    was, another one keeps what was written (whole windows, in order).
    """

    def __init__(self, target: FileTarget) -> None:
        self.path: str | None = None
        self.start: int | None = None
        if isinstance(target, str | os.PathLike):
            self.path = os.fspath(target)
            folder, name = os.path.split(os.path.abspath(self.path))
            self.temporary = os.path.join(folder, f".{name}.{os.urandom(4).hex()}.part")
            self.file: BinaryIO = open(self.temporary, "xb")  # noqa: SIM115
        else:
            self.file = target
            try:
                self.start = target.tell()
            except (OSError, AttributeError, ValueError):
                self.start = None

    def write(self, content: bytes, *, first: bool) -> None:
        self.file.write(content if first else _without_header(content))

    def commit(self) -> None:
        if self.path is not None:
            self.file.close()
            os.replace(self.temporary, self.path)

    def abort(self) -> None:
        if self.path is not None:
            self.file.close()
            with contextlib.suppress(OSError):
                os.unlink(self.temporary)
        elif self.start is not None:
            with contextlib.suppress(OSError, AttributeError, ValueError):
                self.file.seek(self.start)
                self.file.truncate()


def _without_header(content: bytes) -> memoryview:
    """CSV content past its header line, without copying it."""
    end = content.find(b"\n")
    return memoryview(content)[len(content) if end < 0 else end + 1 :]


class _Merger:
    """Windows' answers, added in order, into one answer. A window's body is
    dropped once added: only the first window's status and headers are kept."""

    def __init__(self, is_csv: bool, sink: _FileSink | None) -> None:
        self.is_csv = is_csv
        self.sink = sink
        self.next_index = 0
        self.head: httpx.Response | None = None
        self.as_json = False
        self.csv = io.BytesIO()
        self.header: bytes | None = None
        self.data: dict[str, dict[str, Any]] = {}

    def add(self, response: BEMServerApiClientResponse[Any]) -> None:
        first = self.head is None
        if first:
            self.head = _without_body(response.raw)
            self.as_json = not self.is_csv and response.is_json
        if not self.as_json:
            content = response.raw.content
            self._check_header(content, response.status_code)
            if self.sink is not None:
                self.sink.write(content, first=first)
            else:
                self.csv.write(content if first else _without_header(content))
        else:
            data = response.data or {}
            if not isinstance(data, dict) or not all(
                isinstance(values, dict) for values in data.values()
            ):
                raise BEMServerAPIMalformedAnswerError(
                    response.status_code,
                    f"malformed answer for window {self.next_index + 1} of the "
                    "download: expected {timeseries: {timestamp: value}}, got "
                    + _brief(data),
                )
            for timeseries, values in data.items():
                # The first window's dict of a timeseries becomes the merged
                # one: no copy of it.
                merged = self.data.setdefault(timeseries, values)
                if merged is not values:
                    merged.update(values)
        self.next_index += 1

    def _check_header(self, content: bytes, status: int) -> None:
        """Windows are merged under the first one's header: another header
        would put values under the wrong timeseries."""
        end = content.find(b"\n")
        header = content if end < 0 else content[: end + 1]
        if self.header is None:
            self.header = header
        elif header.rstrip(b"\r\n") != self.header.rstrip(b"\r\n"):
            raise BEMServerAPIMalformedAnswerError(
                status,
                f"window {self.next_index + 1} of the download has the CSV header "
                f"{_brief(header)}, the first one {_brief(self.header)}",
            )

    def result(self) -> BEMServerApiClientResponse[Any]:
        assert self.head is not None
        if self.sink is not None:
            return MergedResponse(self.head, None, None)
        if not self.as_json:
            return MergedResponse(self.head, self.csv.getvalue(), None)
        return MergedResponse(self.head, self.data, _parse_timeseries_data)
