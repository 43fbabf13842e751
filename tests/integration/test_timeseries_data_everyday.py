"""The everyday download against a real server: a small one is one request,
chunking starts only where the data is big, errors name the endpoint the
user's call maps to; DataFrames of empty periods; data states by name."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bemserver_api_client import BEMServerAPIClient
from bemserver_api_client.enums import DataFormat
from bemserver_api_client.exceptions import (
    BEMServerAPIInvalidArgumentError,
    BEMServerAPIValidationError,
)
from bemserver_api_client.testing import SandboxInfo
from tests.conftest import call, make_async_client, make_client
from tests.integration.test_timeseries_bulk import new_series, sent_paths
from tests.support.scenario import Client, data_state_id, utc

pytestmark = [pytest.mark.integration, pytest.mark.anyio]

WEEK_START = utc(2021, 3, 1)
WEEK_END = WEEK_START + dt.timedelta(days=7)
#: 10-minute data over the week: 1,008 points per timeseries.
WEEK_POINTS = 7 * 24 * 6
RAW = "/timeseries_data/"


def week_of(keys: list[Any]) -> dict[str, dict[str, float]]:
    """10-minute values of a week for each timeseries (ids or names)."""
    stamps = [
        (WEEK_START + dt.timedelta(minutes=10 * i)).isoformat()
        for i in range(WEEK_POINTS)
    ]
    return {
        str(key): {stamp: float(i * (n + 1)) for i, stamp in enumerate(stamps)}
        for n, key in enumerate(keys)
    }


async def a_week(client: Client, campaign_id: int) -> tuple[list[Any], int, Any]:
    """3 new timeseries holding the week's 10-minute data (3,024 points):
    (the timeseries, the "Clean" state's id, the data by id)."""
    series = await new_series(client, campaign_id, 3)
    state = await data_state_id(client)
    data = week_of([ts.id for ts in series])
    await call(client.timeseries_data.upload(state, data))
    return series, state, data


async def test_a_week_of_data_is_one_request(
    any_client: Client, bemserver_campaign: int
) -> None:
    series, state, data = await a_week(any_client, bemserver_campaign)
    ids, names = [ts.id for ts in series], [ts.name for ts in series]
    by_campaign = f"/timeseries_data/campaign/{bemserver_campaign}/"
    data_api = any_client.timeseries_data
    sent = sent_paths(any_client)
    for fmt in (DataFormat.json, DataFormat.csv):
        sent.clear()
        back = await call(
            data_api.download(WEEK_START, WEEK_END, state, ids, format=fmt)
        )
        assert sent == [RAW]  # no stats asked first
        if fmt is DataFormat.json:
            assert back.data == data
        else:
            assert back.data.count(b"\n") == WEEK_POINTS + 1
        sent.clear()
        await call(
            data_api.download_by_names(
                bemserver_campaign, WEEK_START, WEEK_END, state, names, format=fmt
            )
        )
        assert sent == [by_campaign]
    sent.clear()
    frame = await call(data_api.download_dataframe(WEEK_START, WEEK_END, state, ids))
    assert sent == [RAW] and frame.shape == (WEEK_POINTS, 3)
    sent.clear()
    await call(
        data_api.download_by_names_dataframe(
            bemserver_campaign, WEEK_START, WEEK_END, state, names
        )
    )
    assert sent == [by_campaign]
    # Aggregates never ask the stats: sized from their buckets (504 here).
    sent.clear()
    hourly = await call(data_api.download_aggregate(WEEK_START, WEEK_END, state, ids))
    assert sent == [RAW + "aggregate"] and len(hourly.data[str(ids[0])]) == 7 * 24


async def test_chunking_starts_only_where_the_data_is_big(
    any_client: Client, bemserver_campaign: int
) -> None:
    series, state, data = await a_week(any_client, bemserver_campaign)
    ids = [ts.id for ts in series]
    data_api = any_client.timeseries_data
    sent = sent_paths(any_client)
    whole = await call(data_api.download(WEEK_START, WEEK_END, state, ids))
    assert sent == [RAW]
    # A smaller chunk_size: the week could hold more than a chunk (at a point
    # a minute), so the stats are asked and size the windows: 3,024 points in
    # windows of about 1,000, then of about 500.
    for chunk_size, windows in ((1_000, 4), (500, 7)):
        sent.clear()
        chunked = await call(
            data_api.download(WEEK_START, WEEK_END, state, ids, chunk_size=chunk_size)
        )
        assert sent == [RAW + "stats"] + [RAW] * windows
        assert chunked.data == whole.data == data
    # The same for a longer period the server has the same points of: the
    # windows are sized from the stats (the points), not the period.
    sent.clear()
    year = await call(
        data_api.download(
            WEEK_START - dt.timedelta(days=180),
            WEEK_END + dt.timedelta(days=180),
            state,
            ids,
            chunk_size=1_000,
        )
    )
    assert sent == [RAW + "stats"] + [RAW] * 4
    assert year.data == data


async def test_a_client_that_saw_dense_data_asks_the_stats_first(
    any_client: Client, bemserver_campaign: int, bemserver_sandbox: SandboxInfo
) -> None:
    # 2 hours of 1-second data, 2 timeseries: 14,400 points, though at a point
    # a minute (the density assumed) the 2 hours would hold 240.
    series = await new_series(any_client, bemserver_campaign, 2)
    ids = [ts.id for ts in series]
    state = await data_state_id(any_client)
    start, end = utc(2022, 5, 1), utc(2022, 5, 1, 2)
    data = {
        str(ts): {
            (start + dt.timedelta(seconds=i)).isoformat(): float(i)
            for i in range(7_200)
        }
        for ts in ids
    }
    await call(any_client.timeseries_data.upload(state, data))
    sent = sent_paths(any_client)
    first = await call(
        any_client.timeseries_data.download(start, end, state, ids, chunk_size=5_000)
    )
    assert sent == [RAW] and first.data == data
    # The answer told the client: its next download asks the stats first and
    # comes in windows of about 5,000 points.
    sent.clear()
    again = await call(
        any_client.timeseries_data.download(start, end, state, ids, chunk_size=5_000)
    )
    assert sent == [RAW + "stats"] + [RAW] * 3 and again.data == data
    # Another client has seen nothing (clients share nothing): one request, as
    # a DataFrame (CSV) that tells it in turn.
    if isinstance(any_client, BEMServerAPIClient):
        other: Client = make_client(bemserver_sandbox)
    else:
        other = make_async_client(bemserver_sandbox)
    other_sent = sent_paths(other)
    for expected in ([RAW], [RAW + "stats"] + [RAW] * 3):
        other_sent.clear()
        frame = await call(
            other.timeseries_data.download_dataframe(
                start, end, state, ids, chunk_size=5_000
            )
        )
        assert [p for p in other_sent if p.startswith(RAW)] == expected
        assert frame.shape == (7_200, 2)


async def test_a_wrong_timeseries_names_the_data_endpoint(
    any_client: Client, bemserver_campaign: int
) -> None:
    state = await data_state_id(any_client)
    data_api = any_client.timeseries_data
    sent = sent_paths(any_client)
    unknown = 2_000_000_000
    # A week (one request), and ten years (the stats asked first refuse the
    # timeseries: the download itself is then sent, whose answer is the
    # error): both name the download's endpoint.
    for end, paths in ((WEEK_END, [RAW]), (utc(2031, 3, 1), [RAW + "stats", RAW])):
        sent.clear()
        with pytest.raises(BEMServerAPIValidationError) as caught:
            await call(data_api.download(WEEK_START, end, state, [unknown]))
        assert str(caught.value).startswith("GET /timeseries_data/ -> 422")
        assert sent == paths
    by_campaign = f"/timeseries_data/campaign/{bemserver_campaign}/"
    with pytest.raises(BEMServerAPIValidationError) as caught:
        await call(
            data_api.download_by_names_dataframe(
                bemserver_campaign, WEEK_START, utc(2031, 3, 1), state, ["no such"]
            )
        )
    assert str(caught.value).startswith(f"GET {by_campaign} -> 422")


async def test_a_dataframe_of_an_empty_period_is_typed_as_a_full_one(
    any_client: Client, bemserver_campaign: int
) -> None:
    series, state, _data = await a_week(any_client, bemserver_campaign)
    ids, names = [ts.id for ts in series], [ts.name for ts in series]
    data_api = any_client.timeseries_data
    empty_start, empty_end = utc(2010, 1, 1), utc(2010, 1, 8)
    for timezone in ("UTC", "Europe/Paris"):
        frames = {}
        for which, (start, end) in (
            ("full", (WEEK_START, WEEK_END)),
            ("empty", (empty_start, empty_end)),
        ):
            frames[which] = [
                await call(
                    data_api.download_dataframe(start, end, state, ids, timezone)
                ),
                await call(
                    data_api.download_by_names_dataframe(
                        bemserver_campaign, start, end, state, names, timezone
                    )
                ),
                await call(
                    data_api.download_aggregate_dataframe(
                        start, end, state, ids, timezone
                    )
                ),
                await call(
                    data_api.download_aggregate_by_names_dataframe(
                        bemserver_campaign, start, end, state, names, timezone
                    )
                ),
            ]
        assert [len(frame) for frame in frames["empty"][:2]] == [0, 0]
        for full, empty in zip(frames["full"], frames["empty"], strict=True):
            # No values (aggregates: empty buckets, NaN).
            assert full.notna().all().all() and empty.isna().all().all()
            assert list(empty.columns) == list(full.columns)
            assert empty.index.dtype == full.index.dtype
            assert str(full.index.dtype) == f"datetime64[us, {timezone}]"
            assert list(empty.dtypes) == list(full.dtypes)
            assert {str(dtype) for dtype in full.dtypes} == {"float64"}
            assert empty.index.name == full.index.name == "Datetime"


async def test_data_state_by_name(any_client: Client, bemserver_campaign: int) -> None:
    series, clean, data = await a_week(any_client, bemserver_campaign)
    ids, names = [ts.id for ts in series], [ts.name for ts in series]
    data_api = any_client.timeseries_data
    sent = sent_paths(any_client)
    back = await call(data_api.download(WEEK_START, WEEK_END, "Clean", ids))
    assert back.data == data
    # The name is looked up once, then the client knows it.
    assert sent == ["/timeseries_data_states/", RAW]
    sent.clear()
    by_id = await call(data_api.download(WEEK_START, WEEK_END, clean, ids))
    assert sent == [RAW] and by_id.data == data
    stats = await call(data_api.get_stats("Clean", ids))
    assert {item["count"] for item in stats.data["stats"].values()} == {WEEK_POINTS}
    stats = await call(data_api.get_stats_by_names(bemserver_campaign, "Clean", names))
    assert {item["count"] for item in stats.data["stats"].values()} == {WEEK_POINTS}
    # "Raw" is another state: none of the week's points are there.
    raw = await call(data_api.download(WEEK_START, WEEK_END, "Raw", ids))
    assert all(not values for values in raw.data.values())
    await call(data_api.upload("Raw", week_of(ids)))
    await call(
        data_api.upload_by_names(
            bemserver_campaign, "Raw", week_of(names), chunk_size=1_000
        )
    )
    frame = await call(data_api.download_dataframe(WEEK_START, WEEK_END, "Raw", ids))
    assert frame.shape == (WEEK_POINTS, 3)
    hourly = await call(
        data_api.download_aggregate_by_names(
            bemserver_campaign, WEEK_START, WEEK_END, "Raw", names
        )
    )
    assert len(hourly.data[names[0]]) == 7 * 24
    await call(data_api.delete(WEEK_START, WEEK_END, "Raw", ids[:1]))
    await call(
        data_api.delete_by_names(
            bemserver_campaign, WEEK_START, WEEK_END, "Raw", names[1:2]
        )
    )
    left = await call(data_api.get_stats("Raw", ids))
    counts = [left.data["stats"][str(ts)]["count"] for ts in ids]
    assert counts == [0, 0, WEEK_POINTS]
    # A name the server does not know: refused as the server refuses an
    # unknown state, naming those it knows, before any data request.
    sent.clear()
    with pytest.raises(BEMServerAPIInvalidArgumentError) as caught:
        await call(data_api.download(WEEK_START, WEEK_END, "clean", ids))
    message = str(caught.value)
    assert "'clean'" in message and "'Clean'" in message and "'Raw'" in message
    assert caught.value.errors and "data_state" in caught.value.errors
    assert RAW not in sent
