"""A download's windows, merged into one answer or written to a file."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import stat
from collections.abc import Callable
from typing import Any, BinaryIO

import httpx

from ..exceptions import BEMServerAPIMalformedAnswerError
from ..response import _NOT_PARSED, BEMServerApiClientResponse
from .arrow import ParquetEncoder

#: A file to write a download to: a path or a binary file open for writing.
FileTarget = str | os.PathLike[str] | BinaryIO


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
    # The generated models are loaded on first use (import time), not a cycle.
    from .._generated.models.timeseries_data import TimeseriesData

    return TimeseriesData.from_dict(data)


def brief(value: Any) -> str:
    """A value's repr for a message, cut to 80 characters."""
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


class FileSink:
    """Where a CSV download is written as its windows arrive (or, with
    `parquet`, the timezone of its timestamps, a Parquet file: a row group
    per window).

    A path: a temporary file next to it (same folder, so the rename is
    atomic), renamed over it once the download is complete; a failure leaves
    the path as it was. A file object given by the user: written to as
    windows arrive; on failure a seekable one is truncated back to where it
    was, another one keeps what was written (whole windows, in order).
    """

    def __init__(self, target: FileTarget, parquet: str | None = None) -> None:
        self.path: str | None = None
        self.start: int | None = None
        if isinstance(target, str | os.PathLike):
            given = os.fspath(target)
            if os.path.isdir(given):  # else known only at the final rename
                raise IsADirectoryError(errno.EISDIR, "Is a directory", given)
            # A symlink's target is replaced, not the link, as opening it would.
            self.path = os.path.realpath(given)
            folder, name = os.path.split(self.path)
            self.temporary = os.path.join(folder, f".{name}.{os.urandom(4).hex()}.part")
            try:
                self.file: BinaryIO = open(self.temporary, "xb")  # noqa: SIM115
            except OSError as exc:  # named as the user's path, not ours
                raise type(exc)(exc.errno, exc.strerror, given) from None
            with contextlib.suppress(OSError):  # a file replaced keeps its mode
                os.chmod(self.temporary, stat.S_IMODE(os.stat(self.path).st_mode))
        else:
            self.file = target
            try:
                self.start = target.tell()
            except (OSError, AttributeError, ValueError):
                self.start = None
        self.encoder: ParquetEncoder | None = None
        if parquet is not None:
            try:
                self.encoder = ParquetEncoder(self.file, parquet)
            except BaseException:
                self.abort()
                raise

    def write(self, content: bytes, *, first: bool) -> None:
        if self.encoder is not None:
            self.encoder.write(content)
        else:
            self.file.write(content if first else _without_header(content))

    def commit(self) -> None:
        if self.encoder is not None:
            self.encoder.close()
        if self.path is not None:
            self.file.close()
            os.replace(self.temporary, self.path)

    def abort(self) -> None:
        if self.encoder is not None:
            self.encoder.abandon()
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


class Merger:
    """Windows' answers, added in order, into one answer. A window's body is
    dropped once added: only the first window's status and headers are kept."""

    def __init__(self, is_csv: bool, sink: FileSink | None) -> None:
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
            data = response.data  # None (no body) is malformed: never no data
            if not isinstance(data, dict) or not all(
                isinstance(values, dict) for values in data.values()
            ):
                raise BEMServerAPIMalformedAnswerError(
                    response.status_code,
                    f"malformed answer for window {self.next_index + 1} of the "
                    "download: expected {timeseries: {timestamp: value}}, got "
                    + brief(data),
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
                f"{brief(header)}, the first one {brief(self.header)}",
            )

    def result(self) -> BEMServerApiClientResponse[Any]:
        assert self.head is not None
        if self.sink is not None:
            return MergedResponse(self.head, None, None)
        if not self.as_json:
            return MergedResponse(self.head, self.csv.getvalue(), None)
        return MergedResponse(self.head, self.data, _parse_timeseries_data)
