"""What an upload is cut into: chunks, the split that makes them, and their
sizes; shared by the CSV, JSON and DataFrame splitters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from .._convert import iso_datetime
from ..exceptions import BEMServerAPIClientValueError, ChunkInfo


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


def check_chunk_size(chunk_size: int, concurrency: int) -> None:
    """Refuse a chunk size or a concurrency that is not a positive integer."""
    for name, value in (("chunk_size", chunk_size), ("concurrency", concurrency)):
        if not isinstance(value, int) or value < 1:
            raise BEMServerAPIClientValueError(
                f"invalid {name}: {value!r} (expected a positive integer)"
            )


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
