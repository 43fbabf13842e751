"""Arrow data cut into CSV chunks (`_bulk.arrow.split_arrow`) and CSV windows
written to Parquet (`ParquetEncoder`), without a server (the round trips
against one: tests/integration/test_timeseries_parquet.py)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from bemserver_api_client._bulk.arrow import ParquetEncoder, split_arrow
from bemserver_api_client.exceptions import BEMServerAPIClientValueError

T0 = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)


def stamps(*minutes: int) -> pa.Array:
    return pa.array(
        [T0 + dt.timedelta(minutes=m) for m in minutes], pa.timestamp("us", tz="UTC")
    )


def bodies(data: object, chunk_size: int) -> list[bytes]:
    split = split_arrow(data, chunk_size)
    if split.whole is not None:
        return [split.whole]
    return [chunk.body for chunk in split.chunks]


def test_chunks_are_csv_of_the_rows_in_order() -> None:
    table = pa.table({"Datetime": stamps(0, 1, 2), "7": [1.5, None, 3.0]})
    assert bodies(table, 2) == [
        b"Datetime,7\n"
        b"2024-01-01T00:00:00.000000+0000,1.5\n"
        b"2024-01-01T00:01:00.000000+0000,\n",
        b"Datetime,7\n2024-01-01T00:02:00.000000+0000,3\n",
    ]


def test_a_timestamp_given_twice_in_a_row_stays_in_one_chunk() -> None:
    table = pa.table({"Datetime": stamps(0, 1, 1, 1, 2), "7": [1.0, 2, 3, 4, 5]})
    chunks = [body.count(b"\n") - 1 for body in bodies(table, 2)]
    assert chunks == [4, 1]


def test_a_parquet_file_a_polars_frame_and_a_table_give_the_same_chunks(
    tmp_path: Path,
) -> None:
    index = pd.date_range("2024-03-30", periods=50, freq="min", tz="Europe/Paris")
    frame = pd.DataFrame({"a": range(50), "b": [i / 3 for i in range(50)]}, index=index)
    frame.index.name = "Datetime"
    table = pa.Table.from_pandas(frame.reset_index(), preserve_index=False)
    path = tmp_path / "in.parquet"
    pq.write_table(table, path, row_group_size=7)
    polars_frame = pl.from_arrow(table)
    expected = bodies(table, 20)
    assert len(expected) == 5
    assert bodies(path, 20) == expected
    assert bodies(str(path), 20) == expected
    assert bodies(polars_frame, 20) == expected


def test_the_only_timestamp_column_is_the_timestamps() -> None:
    table = pa.table({"7": [1.0], "when": stamps(0)})
    assert bodies(table, 10) == [b"Datetime,7\n2024-01-01T00:00:00.000000+0000,1\n"]


@pytest.mark.parametrize(
    ("table", "message"),
    [
        (
            pa.table({"Datetime": pa.array([0], pa.timestamp("us")), "1": [1.0]}),
            "without a timezone",
        ),
        (pa.table({"Datetime": ["2024-01-01"], "1": [1.0]}), "not timestamps"),
        (pa.table({"a": stamps(0), "b": stamps(1), "1": [1.0]}), "named 'Datetime'"),
        (
            pa.table(
                {"Datetime": pa.array([1], pa.timestamp("ns", tz="UTC")), "1": [1.0]}
            ),
            "nanoseconds",
        ),
        (pa.table({"Datetime": stamps(0), "1": ["x"]}), "not numbers"),
    ],
)
def test_data_the_server_could_not_read_is_refused(
    table: pa.Table, message: str
) -> None:
    with pytest.raises(BEMServerAPIClientValueError, match=message):
        bodies(table, 10)


def test_csv_windows_become_row_groups_in_the_timezone() -> None:
    out = io.BytesIO()
    encoder = ParquetEncoder(out, "Europe/Paris")
    encoder.write(b"Datetime,1,2\n2024-01-01T01:00:00+01:00,1.5,\n")
    encoder.write(b"Datetime,1,2\n")  # an empty window: no row group
    encoder.write(b"Datetime,1,2\n2024-01-01T02:00:00+01:00,2,3\n")
    encoder.close()
    parquet = pq.ParquetFile(io.BytesIO(out.getvalue()))
    assert parquet.metadata.num_row_groups == 2
    table = parquet.read()
    assert table.schema.field("Datetime").type == pa.timestamp("us", tz="Europe/Paris")
    assert table.column("1").to_pylist() == [1.5, 2.0]
    assert table.column("2").to_pylist() == [None, 3.0]
    assert table.column("Datetime")[0].as_py() == T0
