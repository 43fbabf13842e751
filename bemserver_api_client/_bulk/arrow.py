"""Arrow and Parquet in and out of timeseries data (the `parquet` extra).

Out: each CSV window of a download becomes one row group of a Parquet file
(`ParquetEncoder`), a "Datetime" column (timestamps of microseconds in the
download's timezone) and a float64 column per timeseries, as the DataFrame
methods give them. In: a Parquet file, a pyarrow Table or a polars DataFrame
(through Arrow) is sent as CSV chunks made when they are sent
(`split_arrow`), never the whole data as CSV at once.

pyarrow is imported only when Arrow data or a Parquet file is used.
"""

from __future__ import annotations

import contextlib
import csv
import io
import math
import os
import sys
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..exceptions import BEMServerAPIClientValueError, ChunkInfo
from .chunks import UploadChunk, UploadSplit

#: The name of the timestamp column in files written, and looked for first in
#: data uploaded.
TIMESTAMP_COLUMN = "Datetime"

_INSTALL = "pip install 'bemserver-api-client[parquet]'"


def arrow() -> Any:
    """The pyarrow module (with its csv, compute and parquet modules loaded),
    or an error saying how to install it."""
    try:
        import pyarrow  # an optional dependency: imported when used
        import pyarrow.compute
        import pyarrow.csv
        import pyarrow.parquet
    except ImportError:
        raise ImportError(f"Parquet and Arrow data need pyarrow: {_INSTALL}") from None
    return pyarrow


def is_parquet_path(target: Any) -> bool:
    """A path (str or os.PathLike) ending in .parquet; a str holding a line
    break or a comma is CSV text, whatever its end."""
    if isinstance(target, str):
        return target.lower().endswith(".parquet") and not any(
            c in target for c in ",\r\n"
        )
    if isinstance(target, os.PathLike):
        path: str | bytes = os.fspath(target)
        return isinstance(path, str) and path.lower().endswith(".parquet")
    return False


def is_arrow_data(data: Any) -> bool:
    """A pyarrow Table, a polars DataFrame or a Parquet path (the modules are
    looked for among those already imported: other uploads import none)."""
    if is_parquet_path(data):
        return True
    pa = sys.modules.get("pyarrow")
    if pa is not None and isinstance(data, pa.Table):
        return True
    pl = sys.modules.get("polars")
    return pl is not None and isinstance(data, pl.DataFrame) is True


# -- out: CSV windows written to Parquet as they arrive


class ParquetEncoder:
    """Writes the CSV windows of a download into an open binary file, one row
    group each. The file is a valid Parquet file only once `close` is called."""

    def __init__(self, file: BinaryIO, timezone: str) -> None:
        self.pa = arrow()
        self.file = file
        self.timezone = timezone
        self.writer: Any = None
        self.names: list[str] | None = None

    def _schema(self, names: list[str]) -> Any:
        pa = self.pa
        return pa.schema(
            [(TIMESTAMP_COLUMN, pa.timestamp("us", tz=self.timezone))]
            + [(name, pa.float64()) for name in names]
        )

    def write(self, content: bytes) -> None:
        """One window: CSV with its header line (checked by the merger)."""
        pa = self.pa
        end = content.find(b"\n")
        header = content if end < 0 else content[: end + 1]
        fields = next(csv.reader(io.StringIO(header.decode("utf-8"))), [])
        names = fields[1:]
        if self.writer is None:
            self.names = names
            self.writer = pa.parquet.ParquetWriter(self.file, self._schema(names))
        if end < 0 or not content[end + 1 :].strip():
            return  # no values in this window: no row group
        column_names = ["__timestamp__", *(f"__{i}__" for i in range(len(names)))]
        types = {"__timestamp__": pa.timestamp("us", tz="UTC")}
        types.update({name: pa.float64() for name in column_names[1:]})
        table = pa.csv.read_csv(
            io.BytesIO(content),
            read_options=pa.csv.ReadOptions(
                column_names=column_names, skip_rows=1, block_size=1 << 24
            ),
            convert_options=pa.csv.ConvertOptions(column_types=types),
        )
        table = table.rename_columns([TIMESTAMP_COLUMN, *names]).cast(
            self._schema(names)
        )
        self.writer.write_table(table, row_group_size=max(1, table.num_rows))

    def abandon(self) -> None:
        """Stop writing (the file is removed or truncated after it)."""
        if self.writer is not None:
            with contextlib.suppress(Exception):
                self.writer.close()
            self.writer = None

    def close(self) -> None:
        """Write the file's footer (a file of no window: its schema alone)."""
        if self.writer is None:
            self.writer = self.pa.parquet.ParquetWriter(self.file, self._schema([]))
        self.writer.close()


# -- in: Arrow data sent as CSV chunks


def _table_source(data: Any) -> tuple[Any, Any, int]:
    """(schema, pyarrow Table or ParquetFile, number of rows) of the data."""
    pa = arrow()
    if is_parquet_path(data):
        try:
            parquet = pa.parquet.ParquetFile(os.fspath(data))
        except (OSError, pa.ArrowInvalid) as exc:
            raise BEMServerAPIClientValueError(
                f"cannot read the Parquet file {os.fspath(data)!r}: {exc}"
            ) from None
        return parquet.schema_arrow, parquet, parquet.metadata.num_rows
    if not isinstance(data, pa.Table):  # a polars DataFrame
        data = data.to_arrow()
    return data.schema, data, data.num_rows


def _timestamp_column(schema: Any) -> str:
    """The name of the timestamps' column: "Datetime", else the only column
    of timestamps; timezone-aware."""
    pa = arrow()
    stamps = [f.name for f in schema if pa.types.is_timestamp(f.type)]
    if TIMESTAMP_COLUMN in schema.names:
        name = TIMESTAMP_COLUMN
    elif len(stamps) == 1:
        name = stamps[0]
    else:
        raise BEMServerAPIClientValueError(
            "Arrow data to upload needs its timestamps in a column named "
            f"{TIMESTAMP_COLUMN!r} (or in its only column of timestamps); "
            f"columns: {schema.names}"
        )
    field = schema.field(name)
    if not pa.types.is_timestamp(field.type):
        raise BEMServerAPIClientValueError(
            f"column {name!r} of the data to upload holds {field.type}, not timestamps"
        )
    if field.type.tz is None:
        raise BEMServerAPIClientValueError(
            f"column {name!r} of the data to upload has timestamps without a "
            "timezone: give them one first (e.g. pyarrow.compute.assume_timezone, "
            "polars' dt.replace_time_zone)"
        )
    return name


def split_arrow(data: Any, chunk_size: int) -> UploadSplit:
    """A Parquet file, pyarrow Table or polars DataFrame (a timestamp column,
    a column per timeseries) as CSV chunks of about chunk_size cells, each
    made when it is sent: a Parquet file is read batch by batch (a row group
    at a time). Their number is counted from the rows (a chunk holding a
    timestamp's rows given in a row may make one fewer)."""
    schema, source, count = _table_source(data)
    stamp = _timestamp_column(schema)
    names = [name for name in schema.names if name != stamp]
    if len(set(names)) != len(names):
        raise BEMServerAPIClientValueError(
            f"the data to upload has columns of the same name: {names}"
        )
    pa = arrow()
    for name in names:
        kind = schema.field(name).type
        if not (
            pa.types.is_integer(kind)
            or pa.types.is_floating(kind)
            or pa.types.is_decimal(kind)
            or pa.types.is_boolean(kind)
            or pa.types.is_null(kind)
        ):
            raise BEMServerAPIClientValueError(
                f"column {name!r} of the data to upload holds {kind}, not numbers"
            )
    if schema.field(stamp).type.unit == "ns":
        # Checked whole before anything is sent (a file is read twice).
        if isinstance(source, pa.Table):
            _refuse_nanoseconds(source.column(stamp))
        else:
            for batch in source.iter_batches(columns=[stamp]):
                _refuse_nanoseconds(batch.column(0))
    rows = max(1, chunk_size // max(1, len(names)))
    total = max(1, math.ceil(count / rows))
    columns = [stamp, *names]
    if isinstance(source, pa.Table):
        batches = iter(source.select(columns).to_batches(max_chunksize=rows))
    else:
        batches = source.iter_batches(batch_size=rows, columns=columns)
    chunks = _arrow_chunks(_rebatched(batches, rows), names)
    if count <= rows:
        whole = b"".join(chunk.body for chunk in chunks)
        return UploadSplit(iter(()), 1, whole=whole or _header_csv(names))
    return UploadSplit(chunks, total, None, names)


def _rebatched(batches: Iterator[Any], rows: int) -> Iterator[Any]:
    """Tables of about `rows` rows (a table's own batches may be smaller), cut
    past the rows of one timestamp: as one request would, the server then
    keeps the first value of a timestamp given twice in a row."""
    pa = arrow()
    pending: list[Any] = []
    held = 0
    for batch in batches:
        pending.append(batch)
        held += batch.num_rows
        while held > rows:  # a cut is known once the row after it is read
            table = pa.Table.from_batches(pending)
            cut = _cut(table.column(0), rows)
            if cut >= held:
                break  # one timestamp runs on: read more
            yield table.slice(0, cut)
            rest = table.slice(cut)
            pending = rest.to_batches()
            held = rest.num_rows
    if held:
        yield pa.Table.from_batches(pending)


def _cut(stamps: Any, rows: int) -> int:
    """`rows`, moved on past the rows of the timestamp before it."""
    cut = rows
    last = stamps[cut - 1]
    while cut < len(stamps) and stamps[cut] == last:
        cut += 1
    return cut


def _header_csv(names: list[str]) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow([TIMESTAMP_COLUMN, *names])
    return out.getvalue().encode()


def _arrow_chunks(tables: Iterator[Any], names: list[str]) -> Iterator[UploadChunk]:
    pa = arrow()
    pc = pa.compute
    header = _header_csv(names)
    for table in tables:
        stamps = table.column(0).cast(pa.timestamp("us", tz="UTC"), safe=False)
        texts = pc.strftime(stamps, format="%Y-%m-%dT%H:%M:%S%z")
        values = table.drop_columns([table.column_names[0]])
        values = values.cast(pa.schema([(name, pa.float64()) for name in names]))
        out = pa.table(
            [texts, *values.columns],
            names=["__timestamp__", *(f"__{i}__" for i in range(len(names)))],
        )
        body = io.BytesIO()
        body.write(header)
        # Timestamps and numbers: no field needs quotes.
        pa.csv.write_csv(
            out,
            body,
            write_options=pa.csv.WriteOptions(
                include_header=False, quoting_style="none"
            ),
        )
        minmax = pc.min_max(stamps)
        first = minmax["min"].as_py().isoformat() if table.num_rows else ""
        last = minmax["max"].as_py().isoformat() if table.num_rows else ""
        info = ChunkInfo(
            {
                name: (first, last, len(column) - column.null_count)
                for name, column in zip(names, values.columns, strict=True)
            }
        )
        yield UploadChunk(body.getvalue(), info)


def _refuse_nanoseconds(column: Any) -> None:
    """Timestamps finer than the server keeps (microseconds) are refused."""
    pa = arrow()
    pc = pa.compute
    ints = pc.cast(column, pa.int64())
    remainders = pc.subtract(ints, pc.multiply(pc.divide(ints, 1000), 1000))
    finer = pc.indices_nonzero(pc.not_equal(remainders, 0))
    if len(finer):
        at = column[finer[0].as_py()]
        raise BEMServerAPIClientValueError(
            f"timestamp {at} of the data has nanoseconds; the server keeps "
            "microseconds: round them first"
        )
