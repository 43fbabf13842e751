"""Parquet files and Arrow data in and out of timeseries data, against a real
server: downloads written to Parquet a row group per window, uploads of a
Parquet path, a pyarrow Table and a polars DataFrame, read back point for
point with pandas."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from bemserver_api_client import BEMServerAPIClient
from bemserver_api_client.exceptions import BEMServerAPIClientValueError
from tests.conftest import call
from tests.integration.test_timeseries_bulk import new_series, sent_paths
from tests.support.scenario import Client, data_state_id

pytestmark = [pytest.mark.integration, pytest.mark.anyio]

POINTS = 3_000


def frame_of(columns: list[str] | list[int], tz: str = "Europe/Paris") -> pd.DataFrame:
    """A minute of values per column over POINTS minutes, one gap."""
    index = pd.date_range("2024-03-30", periods=POINTS, freq="min", tz=tz)
    frame = pd.DataFrame(
        {
            column: [i / (k + 3) for i in range(POINTS)]
            for k, column in enumerate(columns)
        },
        index=index,
        dtype=float,
    )
    frame.iloc[5, len(columns) - 1] = float("nan")  # a gap
    frame.index.name = "Datetime"
    return frame


def read_parquet(path: Path | io.BytesIO, by_ids: bool) -> pd.DataFrame:
    back = pd.read_parquet(path).set_index("Datetime")
    if by_ids:
        back.columns = back.columns.astype(int)
    return back


async def test_parquet_out_and_in_point_for_point(
    any_client: Client, bemserver_campaign: int, tmp_path: Path
) -> None:
    series = await new_series(any_client, bemserver_campaign, 4)
    ids = [ts.id for ts in series]
    state = await data_state_id(any_client)
    frame = frame_of(ids[:2])
    await call(any_client.timeseries_data.upload(state, frame, chunk_size=1_000))
    start, end = frame.index[0], frame.index[-1] + pd.Timedelta("1min")

    # Out: a row group per window (2,000 points: 1,000 minutes of 2
    # timeseries, so 3 windows), what the DataFrame method gives.
    target = tmp_path / "out.parquet"
    paths = sent_paths(any_client)
    response = await call(
        any_client.timeseries_data.download(
            start,
            end,
            state,
            ids[:2],
            timezone="Europe/Paris",
            chunk_size=2_000,
            to_file=target,
        )
    )
    assert response.status_code == 200
    assert paths.count("/timeseries_data/") == 3
    parquet = pq.ParquetFile(target)
    assert parquet.metadata.num_row_groups == 3
    assert parquet.schema_arrow.field("Datetime").type == pa.timestamp(
        "us", tz="Europe/Paris"
    )
    assert [str(f.type) for f in parquet.schema_arrow][1:] == ["double", "double"]
    back = read_parquet(target, by_ids=True)
    pd.testing.assert_frame_equal(back, frame, check_freq=False)
    assert [p.name for p in tmp_path.iterdir()] == ["out.parquet"]  # no .part left
    as_frame = await call(
        any_client.timeseries_data.download_dataframe(
            start, end, state, ids[:2], timezone="Europe/Paris"
        )
    )
    pd.testing.assert_frame_equal(back, as_frame, check_freq=False)

    # In: the Parquet file, to two other timeseries (renamed columns).
    renamed = pq.read_table(target).rename_columns(["Datetime", *map(str, ids[2:])])
    again = tmp_path / "in.parquet"
    pq.write_table(renamed, again, row_group_size=500)
    await call(any_client.timeseries_data.upload(state, again, chunk_size=1_000))
    stored = await call(
        any_client.timeseries_data.download_dataframe(
            start, end, state, ids[2:], timezone="Europe/Paris"
        )
    )
    expected = frame.set_axis(ids[2:], axis=1)
    pd.testing.assert_frame_equal(stored, expected, check_freq=False)

    # A str path and an explicit file_format to a binary file, by names.
    names = [ts.name for ts in series[:2]]
    buffer = io.BytesIO()
    await call(
        any_client.timeseries_data.download_by_names(
            bemserver_campaign,
            start,
            end,
            state,
            names,
            timezone="Europe/Paris",
            to_file=buffer,
            file_format="parquet",
        )
    )
    buffer.seek(0)
    by_names = read_parquet(buffer, by_ids=False)
    pd.testing.assert_frame_equal(
        by_names, frame.set_axis(names, axis=1), check_freq=False
    )


async def test_parquet_of_an_empty_period_has_the_columns(
    any_client: Client, bemserver_campaign: int, tmp_path: Path
) -> None:
    series = await new_series(any_client, bemserver_campaign, 2)
    state = await data_state_id(any_client)
    target = str(tmp_path / "empty.parquet")
    await call(
        any_client.timeseries_data.download(
            pd.Timestamp("2001-01-01", tz="UTC"),
            pd.Timestamp("2001-01-02", tz="UTC"),
            state,
            [ts.id for ts in series],
            to_file=target,
        )
    )
    back = pd.read_parquet(target)
    assert list(back.columns) == ["Datetime", *(str(ts.id) for ts in series)]
    assert len(back) == 0


async def test_arrow_and_polars_uploads(
    any_client: Client, bemserver_campaign: int
) -> None:
    series = await new_series(any_client, bemserver_campaign, 4)
    names = [ts.name for ts in series]
    state = await data_state_id(any_client)
    frame = frame_of(names[:2], tz="UTC")
    table = pa.Table.from_pandas(frame.reset_index(), preserve_index=False)
    await call(
        any_client.timeseries_data.upload_by_names(
            bemserver_campaign, state, table, chunk_size=700
        )
    )
    polars_frame = pl.from_pandas(frame.set_axis(names[2:], axis=1).reset_index())
    assert isinstance(polars_frame, pl.DataFrame)
    await call(
        any_client.timeseries_data.upload_by_names(
            bemserver_campaign, state, polars_frame, chunk_size=700
        )
    )
    start, end = frame.index[0], frame.index[-1] + pd.Timedelta("1min")
    back = await call(
        any_client.timeseries_data.download_by_names_dataframe(
            bemserver_campaign, start, end, state, names, timezone="UTC"
        )
    )
    expected = pd.concat([frame, frame.set_axis(names[2:], axis=1)], axis=1)
    pd.testing.assert_frame_equal(back, expected, check_freq=False)


def test_arrow_without_timezone_is_refused_before_any_request(
    api_client: BEMServerAPIClient,
) -> None:
    table = pa.table(
        {"Datetime": pa.array([0, 60_000_000], pa.timestamp("us")), "1": [1.0, 2.0]}
    )
    paths = sent_paths(api_client)
    with pytest.raises(BEMServerAPIClientValueError, match="without a timezone"):
        api_client.timeseries_data.upload(1, table)
    assert paths == []


def test_no_pyarrow_names_the_extra_before_any_request(
    api_client: BEMServerAPIClient,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow fails
    paths = sent_paths(api_client)
    with pytest.raises(ImportError, match=r"bemserver-api-client\[parquet\]"):
        api_client.timeseries_data.download(
            pd.Timestamp("2001-01-01", tz="UTC"),
            pd.Timestamp("2001-01-02", tz="UTC"),
            1,
            [1],
            to_file=tmp_path / "x.parquet",
        )
    with pytest.raises(ImportError, match=r"bemserver-api-client\[parquet\]"):
        api_client.timeseries_data.upload(1, tmp_path / "x.parquet")
    assert paths == []
    assert list(tmp_path.iterdir()) == []


async def test_a_file_of_dense_data_is_written_window_by_window(
    any_client: Client, bemserver_campaign: int, tmp_path: Path
) -> None:
    """A period that would be one request at a point a minute: written to a
    file, its windows are sized from the stats (memory bounded whatever the
    data's density)."""
    series = await new_series(any_client, bemserver_campaign, 2)
    ids = [ts.id for ts in series]
    state = await data_state_id(any_client)
    index = pd.date_range("2024-05-01", periods=3_000, freq="s", tz="UTC", unit="us")
    frame = pd.DataFrame(
        {ts: [float(i) for i in range(3_000)] for ts in ids}, index=index
    ).rename_axis("Datetime")
    await call(any_client.timeseries_data.upload(state, frame))
    start, end = index[0], index[-1] + pd.Timedelta("1s")
    paths = sent_paths(any_client)
    target = tmp_path / "dense.parquet"
    await call(
        any_client.timeseries_data.download(
            start, end, state, ids, chunk_size=2_000, to_file=target
        )
    )
    assert paths[0] == "/timeseries_data/stats"
    assert pq.ParquetFile(target).metadata.num_row_groups == 3
    back = read_parquet(target, by_ids=True)
    pd.testing.assert_frame_equal(back, frame, check_freq=False)
