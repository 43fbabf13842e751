"""Chunk planning and merging of timeseries data, without a server."""

from __future__ import annotations

import datetime as dt
import gc
import io
import json
import weakref
from typing import Any

import httpx
import pytest

from bemserver_api_client import BEMServerAPIClient
from bemserver_api_client._bulk import (
    _Merger,
    aggregate_windows,
    prime_csv,
    raw_windows,
    split_csv_bytes,
    split_csv_file,
    split_json,
    time_range,
)
from bemserver_api_client._retry import Retry
from bemserver_api_client.exceptions import (
    BEMServerAPIChunkError,
    BEMServerAPIClientValueError,
)
from bemserver_api_client.response import BEMServerApiClientResponse
from tests.unit.conftest import MockClients

UTC = dt.timezone.utc
START = dt.datetime(2024, 1, 1, tzinfo=UTC)


def keys(count: int) -> list[str]:
    return [(START + dt.timedelta(minutes=i)).isoformat() for i in range(count)]


def test_small_json_is_sent_as_given() -> None:
    data = {"1": dict.fromkeys(keys(10), 1.0)}
    split = split_json(data, 10)
    assert split.whole is data and split.total == 1


def merged_bodies(chunks: list[Any]) -> dict[str, dict[str, Any]]:
    merged: dict[str, dict[str, Any]] = {}
    for chunk in chunks:
        for ts, values in chunk.body.items():
            assert not set(values) & set(merged.get(ts, {})), "a point sent twice"
            merged.setdefault(ts, {}).update(values)
    return merged


def test_json_chunks_hold_every_point_once() -> None:
    data = {"1": dict.fromkeys(keys(25), 1.0), "2": dict.fromkeys(keys(7), 2.0)}
    split = split_json(data, 10)
    chunks = list(split.chunks)
    assert split.total == len(chunks) == 4
    assert [sum(map(len, c.body.values())) for c in chunks] == [10, 10, 10, 2]
    assert merged_bodies(chunks) == data
    assert split.timeseries == ["1", "2"]


def test_json_chunks_cover_one_time_span_across_timeseries() -> None:
    # The server parses each timestamp of a request once for all timeseries:
    # a chunk takes the same stretch of time from each one.
    data = {str(ts): dict.fromkeys(keys(100), float(ts)) for ts in range(10)}
    chunks = list(split_json(data, 50).chunks)
    assert len(chunks) == 20
    for number, chunk in enumerate(chunks):
        stamps = keys(100)[number * 5 : number * 5 + 5]
        assert {ts: list(values) for ts, values in chunk.body.items()} == {
            ts: stamps for ts in data
        }
        assert set(chunk.info.ranges.values()) == {(stamps[0], stamps[-1], 5)}
    # Shorter timeseries leave their room to the others.
    data = {"short": dict.fromkeys(keys(2), 1.0), "long": dict.fromkeys(keys(30), 2.0)}
    chunks = list(split_json(data, 10).chunks)
    assert [{ts: len(v) for ts, v in c.body.items()} for c in chunks] == [
        {"short": 2, "long": 8},
        {"long": 10},
        {"long": 10},
        {"long": 2},
    ]
    assert chunks[0].info.ranges["long"] == (keys(1)[0], keys(8)[-1], 8)


def test_json_chunks_with_more_timeseries_than_room() -> None:
    data = {str(ts): {keys(1)[0]: float(ts)} for ts in range(25)}
    split = split_json(data, 10)
    chunks = list(split.chunks)
    assert split.total == len(chunks) == 3
    assert [len(c.body) for c in chunks] == [10, 10, 5]
    assert merged_bodies(chunks) == data
    # Several points each: the timeseries take turns, a point each per chunk.
    data = {str(ts): dict.fromkeys(keys(3), float(ts)) for ts in range(1000)}
    chunks = list(split_json(data, 7).chunks)
    assert [len(c.body) for c in chunks[:-1]] == [7] * (len(chunks) - 1)
    assert all(len(v) == 1 for c in chunks for v in c.body.values())
    assert merged_bodies(chunks) == data
    assert [list(c.body["0"]) for c in chunks if "0" in c.body] == [
        [stamp] for stamp in keys(3)
    ]


def test_json_chunks_are_read_from_the_data_as_sent() -> None:
    data = {"1": dict.fromkeys(keys(30), 1.0)}
    chunks = split_json(data, 10).chunks
    first = next(chunks)
    assert list(first.body["1"]) == keys(10)
    data["1"][keys(31)[-1]] = 2.0  # the caller's dict itself is being read
    with pytest.raises(RuntimeError, match="changed size"):
        next(chunks)


def test_time_range_compares_instants() -> None:
    assert time_range(["2024-01-01T01:00:00+01:00", "2024-01-01T00:30:00+00:00"]) == (
        "2024-01-01T01:00:00+01:00",
        "2024-01-01T00:30:00+00:00",
    )


def csv_content(rows: int) -> bytes:
    lines = ["Datetime,1,2"] + [f"{k},{i},{i}" for i, k in enumerate(keys(rows))]
    return ("\n".join(lines) + "\n").encode()


def test_csv_chunks_keep_the_header() -> None:
    content = csv_content(25)
    split = split_csv_bytes(content, 20)  # 10 rows of 2 timeseries
    chunks = list(split.chunks)
    assert split.total == len(chunks) == 3
    assert all(c.body.startswith(b"Datetime,1,2\n") for c in chunks)
    body = b"".join(c.body.split(b"\n", 1)[1] for c in chunks)
    assert b"Datetime,1,2\n" + body == content
    assert chunks[0].info.ranges["2"] == (keys(1)[0], keys(10)[-1], 10)
    assert split_csv_bytes(content, 50).whole == content


def test_csv_file_is_read_in_chunks() -> None:
    split = split_csv_file(io.BytesIO(csv_content(25)), 20)
    assert split.total == 3 and len(list(split.chunks)) == 3
    assert split_csv_file(io.BytesIO(csv_content(5)), 20).whole == csv_content(5)


def test_prime_csv_quotes_names() -> None:
    assert prime_csv(["a,b", "c"]) == b'Datetime,"a,b",c\n'


def test_raw_windows_follow_the_stats() -> None:
    stats = {
        "1": {
            "count": 1000,
            "first_timestamp": "2024-01-01T00:00:00+00:00",
            "last_timestamp": "2024-01-11T00:00:00+00:00",
        }
    }
    windows = raw_windows(START, START + dt.timedelta(days=365), stats, 300)
    assert len(windows) == 4
    assert windows.bounds[0] == START and windows.bounds[-1].month == 12
    assert raw_windows(START, START + dt.timedelta(days=1), stats, 300).bounds == [
        START,
        START + dt.timedelta(days=1),
    ]


@pytest.mark.parametrize(
    ("value", "unit", "tz", "size"),
    [
        (1, "hour", "Europe/Paris", 2000),
        (15, "minute", "UTC", 2000),
        (1, "month", "Europe/Paris", 10),
    ],
)
def test_aggregate_windows_are_bucket_aligned(
    value: int, unit: str, tz: str, size: int
) -> None:
    from zoneinfo import ZoneInfo

    start = dt.datetime(2024, 1, 3, 5, tzinfo=UTC)
    windows = aggregate_windows(
        start, start + dt.timedelta(days=700), tz, value, unit, 3, size
    )
    assert len(windows) > 1
    for bound in windows.bounds[1:-1]:
        local = bound.astimezone(ZoneInfo(tz))
        assert (local.hour, local.minute) == (0, 0)
        if unit == "month":
            assert local.day == 1


def test_aggregate_windows_not_dividing_a_day_are_one_request() -> None:
    end = START + dt.timedelta(days=700)
    assert len(aggregate_windows(START, end, "UTC", 5, "hour", 3, 10)) == 1


def handler_for(points: dict[str, Any], fail: str | None = None) -> Any:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            body = request.read()
            if fail is not None and fail.encode() in body:
                return httpx.Response(503)
            if request.headers["Content-Type"] == "application/json":
                for ts, values in json.loads(body).items():
                    points.setdefault(ts, {}).update(values)
            return httpx.Response(201)
        return httpx.Response(404)

    return handle


def test_upload_in_chunks_and_progress(mock_client: MockClients) -> None:
    points: dict[str, Any] = {}
    client = mock_client(handler_for(points))
    data = {"1": dict.fromkeys(keys(95), 1.0)}
    seen: list[tuple[int, int | None]] = []
    response = client.timeseries_data.upload(
        1, data, chunk_size=10, progress=lambda d, t: seen.append((d, t))
    )
    assert response.status_code == 201 and response.data is None
    assert points == data
    assert seen[0] == (0, 10) and seen[-1] == (10, 10)


def test_failed_chunk_says_what_is_stored(mock_client: MockClients) -> None:
    points: dict[str, Any] = {}
    client = mock_client(
        handler_for(points, fail=keys(95)[45]), retry=Retry(attempts=2, backoff=0.001)
    )
    data = {"1": dict.fromkeys(keys(95), 1.0)}
    with pytest.raises(BEMServerAPIChunkError) as caught:
        client.timeseries_data.upload(1, data, chunk_size=10, concurrency=1)
    error = caught.value
    assert error.status_code == 503
    assert [i.ranges["1"][0] for i in error.stored] == keys(95)[0:40:10]
    assert error.failed[0][0].ranges["1"][:2] == (keys(95)[40], keys(95)[49])
    assert len(error.not_sent) == 5
    assert set(points["1"]) == set(keys(40))


@pytest.mark.anyio
async def test_async_upload_in_chunks(mock_client: MockClients) -> None:
    points: dict[str, Any] = {}
    async with mock_client.async_(handler_for(points)) as client:
        data = {"1": dict.fromkeys(keys(95), 1.0), "2": dict.fromkeys(keys(5), 2.0)}
        await client.timeseries_data.upload(1, data, chunk_size=10, concurrency=3)
    assert points == data


def test_bad_arguments_before_any_request() -> None:
    client = BEMServerAPIClient("api.test", http_client=httpx.Client())
    with pytest.raises(BEMServerAPIClientValueError, match="chunk_size"):
        client.timeseries_data.upload(1, {}, chunk_size=0)
    with pytest.raises(BEMServerAPIClientValueError, match="to_file"):
        client.timeseries_data.download(START, START, 1, [1], to_file="x.csv")


def window(body: bytes, content_type: str) -> BEMServerApiClientResponse[Any]:
    request = httpx.Request("GET", "http://api.test/timeseries_data/")
    headers = {"Content-Type": content_type, "ETag": '"w"', "X-Window": "1"}
    return BEMServerApiClientResponse(
        httpx.Response(200, headers=headers, content=body, request=request)
    )


def test_merged_json_windows_keep_no_window_alive() -> None:
    merger = _Merger(is_csv=False, sink=None)
    windows = [
        {"1": {keys(2)[0]: 1.0}, "2": {keys(2)[0]: 2.0}},
        {"1": {keys(2)[1]: 3.0}},
        {"2": {keys(2)[1]: 4.0}},
    ]
    alive = []
    for data in windows:
        response = window(json.dumps(data).encode(), "application/json")
        alive.append(weakref.ref(response))
        merger.add(response)
        del response
    merged = merger.result()
    gc.collect()
    assert [ref() for ref in alive] == [None, None, None]
    assert merged.data == {
        "1": {keys(2)[0]: 1.0, keys(2)[1]: 3.0},
        "2": {keys(2)[0]: 2.0, keys(2)[1]: 4.0},
    }
    assert merged.status_code == 200 and merged.is_json and merged.etag == ""
    assert merged.raw.content == b"" and merged.raw.headers["X-Window"] == "1"
    assert "Content-Length" not in merged.raw.headers


def test_merged_csv_windows_have_one_header() -> None:
    content = csv_content(6)
    header, *rows = content.decode().splitlines(keepends=True)
    merger = _Merger(is_csv=True, sink=None)
    for part in (rows[0:2], rows[2:5], rows[5:6]):
        merger.add(window((header + "".join(part)).encode(), "text/csv"))
    merged = merger.result()
    assert merged.data == content and merged.is_csv
    assert merged.raw.content == b""
