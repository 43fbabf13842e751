"""Uploads of any size: the data split in chunks (JSON here, CSV and
DataFrames in their modules) and the plan that sends them."""

from __future__ import annotations

import collections
import itertools
from collections.abc import Callable, Iterator, Mapping
from typing import Any, BinaryIO, cast

from .._call import Call
from .._convert import enum_value, json_key
from ..enums import DataFormat
from ..exceptions import (
    BEMServerAPIChunkError,
    BEMServerAPIClientValueError,
    BEMServerAPIInterruptedError,
    ChunkInfo,
)
from ..response import BEMServerApiClientResponse
from .arrow import is_arrow_data, split_arrow
from .chunks import UploadChunk, UploadSplit, check_chunk_size, time_range
from .csv import (
    UnreadableChunk,
    prime_csv,
    split_csv_bytes,
    split_csv_file,
    split_csv_text,
)
from .dataframe import is_dataframe, split_frame
from .plan import Batch, One, Plan
from .progress import Progress, Tracker

#: Points per upload request: ~1-2 s of work for one server worker (21 us of
#: Python and ~10 us of PostgreSQL per point, ~15 ms per request), far inside
#: gunicorn's default 30 s timeout; 20k- and 100k-point chunks measured no
#: faster (README, "Measured defaults").
DEFAULT_UPLOAD_CHUNK_SIZE = 50_000

#: make_call(body, format): the call that uploads one body (a chunk, or the
#: data whole) in that format.
MakeCall = Callable[[Any, DataFormat | str], Call[Any]]
Uploaded = BEMServerApiClientResponse[None]


def split_upload(data: Any, format: DataFormat | str, chunk_size: int) -> UploadSplit:
    """Split data of any size (JSON mapping, CSV bytes/str/file, DataFrame,
    Parquet file, pyarrow Table, polars DataFrame)."""
    if is_dataframe(data):
        return split_frame(data, chunk_size)
    if is_arrow_data(data):
        return split_arrow(data, chunk_size)
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
            piece = {
                # a datetime key in ISO 8601, as one request sends it
                stamp if stamp.__class__ is str else json_key(stamp): value
                for stamp, value in itertools.islice(items, take)
            }
            body[timeseries] = piece
            ranges[timeseries] = (*time_range(list(piece)), take)
        yield UploadChunk(body, ChunkInfo(ranges))


def upload_plan(
    make_call: MakeCall,
    data: Any,
    format: DataFormat | str,
    chunk_size: int,
    concurrency: int,
    progress: Progress,
) -> Plan[Uploaded]:
    """Upload data of any size; a chunk that fails (after the client's retries)
    stops the upload with a BEMServerAPIChunkError saying what is stored."""
    check_chunk_size(chunk_size, concurrency)
    split = split_upload(data, format, chunk_size)
    # A DataFrame or Arrow data goes as CSV, whatever `format` says.
    as_csv = is_dataframe(data) or is_arrow_data(data)
    chunk_format = DataFormat.csv if as_csv else format
    tracker = Tracker(progress, split.total, "upload")
    try:
        if split.whole is not None:
            return (
                yield from _upload_whole(make_call, split.whole, chunk_format, tracker)
            )
        upload = _ChunkedUpload(make_call, split, chunk_format, tracker)
        return (yield from upload.plan(concurrency))
    finally:
        tracker.close()


def _upload_whole(
    make_call: MakeCall, data: Any, format: DataFormat | str, tracker: Tracker
) -> Plan[Uploaded]:
    """Data that fits in one chunk: one request, as a plain upload."""
    tracker.start()
    try:
        response: Uploaded = yield One(make_call(data, format))
    except KeyboardInterrupt as interrupt:
        raise BEMServerAPIInterruptedError(
            "upload interrupted during its one request: the data may or "
            "may not be stored (sending it again is safe)"
        ) from interrupt
    tracker.advance()
    return response


class _ChunkedUpload:
    """An upload sent in chunks, and what became of each: stored, failed, in
    flight, not sent, or unreadable (a stream's bytes that are not UTF-8)."""

    def __init__(
        self,
        make_call: MakeCall,
        split: UploadSplit,
        format: DataFormat | str,
        tracker: Tracker,
    ) -> None:
        self.make_call = make_call
        self.split = split
        self.format = format
        self.tracker = tracker
        self.infos: list[ChunkInfo] = []
        self.stored: dict[int, ChunkInfo] = {}
        self.failed: dict[int, tuple[ChunkInfo, Exception]] = {}
        self.unreadable: list[tuple[ChunkInfo, Exception]] = []
        self.last: Uploaded | None = None

    def plan(self, concurrency: int) -> Plan[Uploaded]:
        self.tracker.start()
        try:
            if self.split.timeseries:
                # The server makes the (timeseries, data state) link on a first
                # upload: concurrent first uploads would race on it (500).
                self.last = yield One(self._prime_call())
            yield Batch(self._calls(), concurrency, self._on_done)
            if self.last is None:  # a stream of a header alone: sent as it is
                self.last = yield One(self._prime_call())
        except KeyboardInterrupt as interrupt:
            raise self._interrupted() from interrupt
        if self.failed or self.unreadable:
            raise self._chunk_error()
        return self.last

    def _prime_call(self) -> Call[Any]:
        return self.make_call(prime_csv(self.split.timeseries), DataFormat.csv)

    def _calls(self) -> Iterator[Call[Any]]:
        try:
            for chunk in self.split.chunks:
                self.infos.append(chunk.info)
                yield self.make_call(chunk.body, self.format)
        except UnreadableChunk as exc:  # a stream: bytes that are not UTF-8
            self.unreadable.append((exc.info, exc.error))
        except Exception as exc:  # e.g. the caller's dicts changed meanwhile
            self.unreadable.append((ChunkInfo({}), exc))

    def _on_done(self, index: int, response: Any, error: BaseException | None) -> bool:
        if error is not None:
            if not isinstance(error, Exception):
                raise error
            self.failed[index] = (self.infos[index], error)
            return False
        self.stored[index] = self.infos[index]
        self.last = response
        self.tracker.advance()
        return True

    def _unanswered(self) -> list[ChunkInfo]:
        """The chunks sent with no answer yet (or never sent, once stopped)."""
        return [
            info
            for i, info in enumerate(self.infos)
            if i not in self.stored and i not in self.failed
        ]

    def _interrupted(self) -> BEMServerAPIInterruptedError:
        in_flight = self._unanswered()
        total = "?" if self.split.total is None else self.split.total
        return BEMServerAPIInterruptedError(
            f"upload interrupted: {len(self.stored)} chunk(s) of {total} stored, "
            f"{len(in_flight)} in flight (stored or not), the rest not sent "
            "(sending the data again is safe)",
            stored=[self.stored[i] for i in sorted(self.stored)],
            in_flight=in_flight,
            failed=[self.failed[i] for i in sorted(self.failed)],
        )

    def _chunk_error(self) -> BEMServerAPIChunkError:
        not_sent = self._unanswered()
        not_sent.extend(_readable_infos(self.split.chunks))
        return BEMServerAPIChunkError(
            stored=[self.stored[i] for i in sorted(self.stored)],
            failed=[self.failed[i] for i in sorted(self.failed)] + self.unreadable,
            not_sent=not_sent,
        )


def _readable_infos(chunks: Iterator[UploadChunk]) -> Iterator[ChunkInfo]:
    """What the chunks left hold, up to the first unreadable one."""
    try:
        for chunk in chunks:
            yield chunk.info
    except UnreadableChunk as exc:
        if exc.info.ranges:  # the rows read before the unreadable line
            yield exc.info
