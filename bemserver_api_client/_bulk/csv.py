"""CSV uploads cut into chunks of whole records, read as they are sent.

The server decodes an upload as UTF-8 and reads it with pandas: lines end
with \\n, \\r\\n or \\r, lines of spaces and tabs are skipped, a quoted field may
hold line breaks. So a chunk here is the header and whole records, never a
blank one: every record of the input is sent once, in order. Bytes the server
could not decode are refused before anything is sent when the input can be
read twice (bytes, str, seekable files); in other streams they stop the upload
at that chunk (`UnreadableChunk`), and the caller reports what is stored.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterator
from typing import Any, BinaryIO, cast

from ..exceptions import BEMServerAPIClientValueError, ChunkInfo
from .chunks import UploadChunk, UploadSplit, time_range

#: The UTF-8 byte order mark some tools (Excel) write first: not data, and
#: the server would read it as part of the "Datetime" header; removed.
BOM = b"\xef\xbb\xbf"
_BLOCK = 1 << 20
_BLANK = b" \t\r\n"
#: Something else than blanks (content that is not blank).
_NOT_BLANK = re.compile(rb"[^ \t\r\n]")
#: A blank line: empty or spaces and tabs, ended by \n or last.
_BLANK_LINE = re.compile(rb"(?:^|\n)[ \t]*\n|\n[ \t]+\Z")


class UnreadableChunk(Exception):
    """A chunk of a stream holds bytes that are not UTF-8 (found as it is
    read): `error` names the line, `info` what the chunk held before it."""

    def __init__(self, error: BEMServerAPIClientValueError, info: ChunkInfo) -> None:
        super().__init__(str(error))
        self.error = error
        self.info = info

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (self.error, self.info)


def _lines(stream: BinaryIO) -> Iterator[bytes]:
    """The lines of a stream with their ends (\\n, \\r\\n or \\r), read by blocks."""
    carry = b""
    while True:
        block: bytes | str = stream.read(_BLOCK)
        if not block:
            break
        if isinstance(block, str):  # a file opened in text mode
            block = block.encode("utf-8", "surrogatepass")
        lines = (carry + block).splitlines(keepends=True)
        # The last line may go on in the next block (a "\r" may be half of "\r\n").
        carry = lines.pop() if not lines[-1].endswith(b"\n") else b""
        yield from lines
    if carry:
        yield carry


def _still_quoted(line: bytes, quoted: bool) -> bool:
    """Whether a quoted field is still open at the end of this line, given
    whether one was open at its start. As the server's parsers read CSV, a
    quote opens a field only at its start and "" inside one is a quote."""
    at = 0
    while True:
        if quoted:
            end = line.find(b'"', at)
            if end < 0:
                return True
            if line.startswith(b'"', end + 1):
                at = end + 2
                continue
            quoted = False
            at = end + 1
        elif line.startswith(b'"', at):
            quoted = True
            at += 1
            continue
        comma = line.find(b",", at)
        if comma < 0:
            return False
        at = comma + 1


def _check_utf8(record: bytes, line: int) -> None:
    if record.isascii():
        return
    try:
        record.decode("utf-8")
    except UnicodeDecodeError as exc:
        line += record.count(b"\n", 0, exc.start) + record.count(b"\r", 0, exc.start)
        line -= record.count(b"\r\n", 0, exc.start)
        bad = record[exc.start : exc.end].hex(" ")
        raise BEMServerAPIClientValueError(
            f"CSV line {line} is not UTF-8 (byte(s) {bad}); the server reads "
            "UTF-8 only: convert the file first (e.g. from latin-1)"
        ) from None


def records(stream: BinaryIO) -> Iterator[tuple[int, bytes]]:
    """(number of its first line, bytes) of each record: the header first,
    then every record but blank ones. A record holds several lines when a
    quoted field holds line breaks; a quoted field never closed is refused
    (the server refuses such a file). A leading BOM is dropped."""
    number = 0
    start = 0
    parts: list[bytes] = []
    quoted = False
    for line in _lines(stream):
        number += 1
        if number == 1 and line.startswith(BOM):
            line = line[len(BOM) :]
        if not parts:
            start = number
            if b'"' not in line:
                if number == 1 or line.strip(_BLANK):
                    _check_utf8(line, number)
                    yield start, line
                continue
        parts.append(line)
        quoted = _still_quoted(line, quoted)
        if not quoted:
            record = b"".join(parts)
            parts = []
            _check_utf8(record, start)
            yield start, record
    if parts:
        raise BEMServerAPIClientValueError(
            f"CSV line {start} opens a quoted field that is never closed"
        )


def prime_csv(timeseries: list[str]) -> bytes:
    """A CSV of the timeseries with no values (its header only)."""

    # Quoted as the server's parsers need: csv.writer leaves a line break
    # that is not its line terminator unquoted.
    def quoted(name: str) -> str:
        if any(c in name for c in ',"\r\n') or name != name.strip(" \t"):
            return '"' + name.replace('"', '""') + '"'
        return name

    return (",".join(map(quoted, ["Datetime", *timeseries])) + "\n").encode()


def _fields(record: bytes) -> list[str]:
    try:
        reader = csv.reader(io.StringIO(record.decode("utf-8"), newline=""))
        return next(reader, [])
    except csv.Error:  # the server will say what it thinks of it
        return record.decode("utf-8").rstrip("\r\n").split(",")


def _timestamp(record: bytes) -> str:
    first = record.split(b",", 1)[0]
    if first.startswith(b'"'):
        fields = _fields(record)
        return fields[0].strip() if fields else ""
    return first.decode("utf-8").strip()


def _ended(record: bytes) -> bytes:
    return record if record.endswith((b"\n", b"\r")) else record + b"\n"


def _info(names: list[str], stamps: list[str]) -> ChunkInfo:
    if not stamps:
        return ChunkInfo({})
    first, last = time_range(stamps)
    return ChunkInfo({name: (first, last, len(stamps)) for name in names})


def _rows_per_chunk(names: list[str], chunk_size: int) -> int:
    return max(1, chunk_size // max(1, len(names)))


def _header(first: tuple[int, bytes] | None) -> list[str]:
    """The timeseries named in the header record (refused when blank)."""
    if first is None or not first[1].strip(_BLANK):
        raise BEMServerAPIClientValueError(
            "CSV data must start with its header line (Datetime,<timeseries>,...)"
        )
    return _fields(first[1])[1:]


def _chunks(
    rest: Iterator[tuple[int, bytes]], header: bytes, names: list[str], rows: int
) -> Iterator[UploadChunk]:
    header = _ended(header)
    while True:
        body = [header]
        stamps: list[str] = []
        try:
            for _, record in rest:
                body.append(_ended(record))
                stamps.append(_timestamp(record))
                if len(stamps) == rows:
                    break
        except BEMServerAPIClientValueError as exc:
            raise UnreadableChunk(exc, _info(names, stamps)) from None
        if not stamps:
            return
        yield UploadChunk(b"".join(body), _info(names, stamps))


def _count(stream: BinaryIO) -> tuple[list[str], bytes, int]:
    """Header names, header record and number of records after it, reading
    the whole stream (and checking it is UTF-8)."""
    all_records = records(stream)
    first = next(all_records, None)
    names = _header(first)
    return names, cast("tuple[int, bytes]", first)[1], sum(1 for _ in all_records)


def split_csv_bytes(content: bytes, chunk_size: int) -> UploadSplit:
    """CSV (a Datetime column, a column per timeseries) in chunks of whole
    records, each with the header; chunk_size counts cells (rows x
    timeseries). Checked whole (UTF-8) before anything is sent."""
    if content.startswith(BOM):
        content = content[len(BOM) :]
    if _NOT_BLANK.search(content) is None:
        return UploadSplit(iter(()), 1, whole=content)  # the server will say
    plain = _split_plain(content, chunk_size)
    if plain is not None:
        return plain
    names, header, count = _count(io.BytesIO(content))
    rows = _rows_per_chunk(names, chunk_size)
    if count <= rows:
        return UploadSplit(iter(()), 1, whole=content)
    rest = records(io.BytesIO(content))
    next(rest)
    return UploadSplit(
        _chunks(rest, header, names, rows), math.ceil(count / rows), None, names
    )


def _split_plain(content: bytes, chunk_size: int) -> UploadSplit | None:
    """`split_csv_bytes` of the common CSV, where each line is a record:
    ASCII, lines ended by \\n, no quote, no blank line; None for any other
    (read by `records`). The same chunks, cut by offsets in the content: no
    object per line, no copy of it but the chunks' bodies."""
    if (
        not content.isascii()
        or b'"' in content
        or b"\r" in content
        or _BLANK_LINE.search(content) is not None
    ):
        return None
    start = content.find(b"\n") + 1
    if start == 0:
        return None  # a header alone, without line end
    names = _header((1, content[:start]))
    count = content.count(b"\n", start) + (not content.endswith(b"\n"))
    rows = _rows_per_chunk(names, chunk_size)
    if count <= rows:
        return UploadSplit(iter(()), 1, whole=content)
    return UploadSplit(
        _plain_chunks(content, start, names, rows),
        math.ceil(count / rows),
        None,
        names,
    )


def _plain_chunks(
    content: bytes, start: int, names: list[str], rows: int
) -> Iterator[UploadChunk]:
    """The chunks of `_split_plain`: the header, then `rows` lines from
    `start` at a time (the last one ended by \\n if it is not)."""
    view = memoryview(content)
    header = view[:start]
    size = len(content)
    while start < size:
        stamps: list[str] = []
        end = start
        while end < size and len(stamps) < rows:
            line_end = content.find(b"\n", end) + 1 or size
            comma = content.find(b",", end, line_end)
            stamp = content[end : line_end if comma < 0 else comma]
            stamps.append(stamp.decode("ascii").strip())
            end = line_end
        ended = b"" if content.endswith(b"\n") or end < size else b"\n"
        yield UploadChunk(
            b"".join((header, view[start:end], ended)), _info(names, stamps)
        )
        start = end


def split_csv_text(text: str, chunk_size: int) -> UploadSplit:
    """CSV given as str: sent as UTF-8 (see `split_csv_bytes`)."""
    # Lone surrogates cannot be UTF-8: kept as bytes the check then names.
    return split_csv_bytes(text.encode("utf-8", "surrogatepass"), chunk_size)


def split_csv_file(stream: BinaryIO, chunk_size: int) -> UploadSplit:
    """A binary CSV file in chunks, read as they are sent (bounded memory).

    A seekable file is read once first, to count its chunks and check it is
    UTF-8 before anything is sent; other streams are checked as they are read.
    """
    total: int | None = None
    try:
        position = stream.tell()
        stream.seek(position)
    except (OSError, AttributeError, io.UnsupportedOperation):
        pass
    else:
        names, header, count = _count(stream)
        stream.seek(position)
        rows = _rows_per_chunk(names, chunk_size)
        if count <= rows:
            whole: bytes | str = stream.read()
            if isinstance(whole, str):
                whole = whole.encode("utf-8", "surrogatepass")
            return UploadSplit(iter(()), 1, whole=whole.removeprefix(BOM))
        total = math.ceil(count / rows)
    rest = records(stream)
    first = next(rest, None)
    names = _header(first)
    header = cast("tuple[int, bytes]", first)[1]
    rows = _rows_per_chunk(names, chunk_size)
    return UploadSplit(_chunks(rest, header, names, rows), total, None, names)
