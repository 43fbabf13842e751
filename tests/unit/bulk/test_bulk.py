"""Chunk planning and merging of timeseries data, without a server."""

from __future__ import annotations

import datetime as dt
import gc
import io
import json
import math
import weakref
from typing import Any

import httpx
import pytest

from bemserver_api_client import BEMServerAPIClient
from bemserver_api_client._bulk.chunks import time_range
from bemserver_api_client._bulk.csv import prime_csv, split_csv_bytes, split_csv_file
from bemserver_api_client._bulk.merge import Merger
from bemserver_api_client._bulk.upload import split_json
from bemserver_api_client._bulk.windows import (
    MAX_DOWNLOAD_WINDOWS,
    aggregate_windows,
    raw_windows,
)
from bemserver_api_client._retry import Retry
from bemserver_api_client.exceptions import (
    BEMServerAPIChunkError,
    BEMServerAPIClientValueError,
    BEMServerAPIError,
    BEMServerAPIInterruptedError,
    BEMServerAPIMalformedAnswerError,
)
from bemserver_api_client.response import BEMServerApiClientResponse
from tests.support.streams import OneWayStream
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
    merger = Merger(is_csv=False, sink=None)
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
    merger = Merger(is_csv=True, sink=None)
    for part in (rows[0:2], rows[2:5], rows[5:6]):
        merger.add(window((header + "".join(part)).encode(), "text/csv"))
    merged = merger.result()
    assert merged.data == content and merged.is_csv
    assert merged.raw.content == b""


class CsvRecorder:
    """A mock server that reads CSV uploads as the server does (UTF-8, blank
    lines skipped, quoted fields) and records each (column, timestamp) cell."""

    def __init__(self) -> None:
        self.cells: list[tuple[str, str, str]] = []
        self.requests = 0

    def handle(self, request: httpx.Request) -> httpx.Response:
        import csv

        if request.method != "POST":
            return httpx.Response(404)
        self.requests += 1
        try:
            text = request.read().decode("utf-8")
        except UnicodeDecodeError:
            return httpx.Response(422, json={"message": "not UTF-8"})
        rows = [
            row
            for row in csv.reader(io.StringIO(text, newline=""))
            if row and any(cell.strip() for cell in row)
        ]
        if not rows or rows[0][0] != "Datetime":
            return httpx.Response(422, json={"message": "Invalid file"})
        header, *body = rows
        for row in body:
            for name, value in zip(header[1:], row[1:], strict=True):
                self.cells.append((name, row[0], value))
        return httpx.Response(201)

    def client(self, **kwargs: Any) -> BEMServerAPIClient:
        transport = httpx.MockTransport(self.handle)
        return BEMServerAPIClient(
            "api.test", http_client=httpx.Client(transport=transport), **kwargs
        )


def csv_with_blank_run(rows: int, after: int, blanks: int, newline: str) -> str:
    lines = ["Datetime,1,2"] + [f"{k},{i},{-i}" for i, k in enumerate(keys(rows))]
    lines[after + 1 : after + 1] = [""] * blanks
    return newline.join(lines) + newline


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("kind", ["bytes", "str", "file"])
def test_blank_lines_do_not_stop_a_csv_upload(kind: str, newline: str) -> None:
    # Issue 12: a run of blank lines as long as a chunk stopped the chunker,
    # and the upload answered 201 with the rest of the data never sent.
    text = csv_with_blank_run(1_440, after=100, blanks=3, newline=newline)
    data: Any = {
        "bytes": text.encode(),
        "str": text,
        "file": io.BytesIO(text.encode()),
    }[kind]
    server = CsvRecorder()
    response = server.client().timeseries_data.upload(
        1, data, format="text/csv", chunk_size=4
    )
    assert response.status_code == 201
    expected = [
        (name, k, str(sign * i))
        for i, k in enumerate(keys(1_440))
        for name, sign in (("1", 1), ("2", -1))
    ]
    assert sorted(server.cells) == sorted(expected)  # each cell exactly once


def test_quoted_fields_blank_lines_bom_and_bare_cr_are_sent_once() -> None:
    text = (
        '\ufeffDatetime,"a,b","c\nd"\r\n'
        + "".join(
            f'{k},{i},"{i}\n\n{i}"\r\n' if i % 3 else f"{k},{i},{i}\r\r\n \t\n"
            for i, k in enumerate(keys(50))
        )
        + f"{keys(51)[-1]},x,y"  # no line end
    )
    for data in (text, text.encode(), OneWayStream(text.encode())):
        server = CsvRecorder()
        server.client().timeseries_data.upload_by_names(
            1, 1, data, format="text/csv", chunk_size=8
        )
        expected = sorted(
            [
                (n, k, f"{i}" if n == "a,b" or not i % 3 else f"{i}\n\n{i}")
                for i, k in enumerate(keys(50))
                for n in ("a,b", "c\nd")
            ]
            + [("a,b", keys(51)[-1], "x"), ("c\nd", keys(51)[-1], "y")]
        )
        assert sorted(server.cells) == expected
        assert server.requests == 1 + math.ceil(51 / 4)  # the header, then chunks


def latin1_csv(rows: int, bad_row: int) -> bytes:
    lines = ["Datetime,1"] + [f"{k},{i}" for i, k in enumerate(keys(rows))]
    lines[bad_row + 1] += ",é"
    return ("\n".join(lines) + "\n").encode("latin-1")


@pytest.mark.parametrize("kind", ["bytes", "file"])
def test_non_utf8_csv_is_refused_before_anything_is_sent(kind: str) -> None:
    content = latin1_csv(100, bad_row=60)
    data = content if kind == "bytes" else io.BytesIO(content)
    server = CsvRecorder()
    with pytest.raises(BEMServerAPIClientValueError, match="line 62 is not UTF-8"):
        server.client().timeseries_data.upload(1, data, "text/csv", chunk_size=10)
    assert server.requests == 0
    text = "Datetime,1\n" + "".join(f"{k},\udce9\n" for k in keys(30))
    with pytest.raises(BEMServerAPIClientValueError, match="line 2 is not UTF-8"):
        server.client().timeseries_data.upload(1, text, "text/csv", chunk_size=10)
    assert server.requests == 0


def test_non_utf8_in_a_stream_says_what_is_stored() -> None:
    content = latin1_csv(100, bad_row=63)  # chunk 7 of 10 (rows 60-69)
    server = CsvRecorder()
    with pytest.raises(BEMServerAPIChunkError) as caught:
        server.client().timeseries_data.upload(
            1, OneWayStream(content), "text/csv", chunk_size=10, concurrency=3
        )
    error = caught.value
    assert [info.ranges["1"] for info in error.stored] == [
        (keys(100)[i], keys(100)[i + 9], 10) for i in range(0, 60, 10)
    ]
    ((info, exc),) = error.failed
    assert isinstance(exc, BEMServerAPIClientValueError)
    assert "line 65 is not UTF-8" in str(exc) and "line 65" in str(error)
    assert info.ranges["1"] == (keys(100)[60], keys(100)[62], 3)  # not sent
    assert sorted(k for _, k, _ in server.cells) == keys(60)


class WindowServer:
    """A mock server for downloads: stats saying `count` points over the
    period, CSV (or JSON) windows of one row each, failing windows that
    start at or after `fail_from`."""

    def __init__(
        self,
        count: int = 10_000,
        fail_from: dt.datetime | None = None,
        stats: Any = None,
        window_json: Any = None,
    ) -> None:
        self.count = count
        self.fail_from = fail_from
        self.stats = stats
        self.window_json = window_json
        self.windows: list[str] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/stats"):
            if self.stats == "null":
                headers = {"Content-Type": "application/json"}
                return httpx.Response(200, content=b"null", headers=headers)
            if self.stats is not None:
                return httpx.Response(200, json=self.stats)
            stats = {
                "count": self.count,
                "first_timestamp": START.isoformat(),
                "last_timestamp": (START + dt.timedelta(days=10)).isoformat(),
            }
            return httpx.Response(200, json={"stats": {"1": stats}})
        start = request.url.params["start_time"]
        self.windows.append(start)
        if (
            self.fail_from is not None
            and dt.datetime.fromisoformat(start) >= self.fail_from
        ):
            return httpx.Response(500, json={"message": "boom"})
        if self.window_json is not None:
            return httpx.Response(200, json=self.window_json)
        if request.headers.get("Accept") == "text/csv":
            return httpx.Response(
                200,
                content=f"Datetime,1\n{start},1.0\n".encode(),
                headers={"Content-Type": "text/csv"},
            )
        return httpx.Response(200, json={"1": {start: 1.0}})

    def client(self) -> BEMServerAPIClient:
        transport = httpx.MockTransport(self.handle)
        return BEMServerAPIClient(
            "api.test", http_client=httpx.Client(transport=transport), retry=None
        )


def download_csv(client: BEMServerAPIClient, **kwargs: Any) -> Any:
    return client.timeseries_data.download(
        START,
        START + dt.timedelta(days=10),
        1,
        [1],
        format="text/csv",
        chunk_size=1_000,
        concurrency=2,
        **kwargs,
    )


def test_download_to_a_path_appears_only_when_complete(tmp_path: Any) -> None:
    target = tmp_path / "out.csv"
    failing = WindowServer(fail_from=START + dt.timedelta(days=6))
    with pytest.raises(BEMServerAPIError):
        download_csv(failing.client(), to_file=target)
    assert list(tmp_path.iterdir()) == []  # neither a truncated file nor a temporary
    target.write_bytes(b"an older download\n")
    with pytest.raises(BEMServerAPIError):
        download_csv(failing.client(), to_file=str(target))
    assert target.read_bytes() == b"an older download\n"  # left as it was
    server = WindowServer()
    download_csv(server.client(), to_file=target)
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
    content = target.read_bytes()
    assert content.count(b"Datetime") == 1 and content.count(b"\n") == 11


class CountingWindowServer(WindowServer):
    """A WindowServer that counts every request, the stats one included."""

    def __init__(self) -> None:
        super().__init__()
        self.requests = 0

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        return super().handle(request)


def test_a_download_into_a_missing_folder_sends_no_request(tmp_path: Any) -> None:
    """The file is opened before the stats request: a path that cannot be
    written is refused without a request to the server."""
    server = CountingWindowServer()
    missing = tmp_path / "missing" / "out.csv"
    with pytest.raises(FileNotFoundError) as raised:
        download_csv(server.client(), to_file=missing)
    assert raised.value.filename == str(missing)
    assert server.requests == 0
    assert list(tmp_path.iterdir()) == []


def test_download_to_a_file_object_is_truncated_back_on_failure() -> None:
    out = io.BytesIO()
    out.write(b"kept\n")
    failing = WindowServer(fail_from=START + dt.timedelta(days=6))
    with pytest.raises(BEMServerAPIError):
        download_csv(failing.client(), to_file=out)
    assert out.getvalue() == b"kept\n" and out.tell() == 5


@pytest.mark.parametrize(
    "stats",
    [
        None,
        [],
        {"stats": []},
        {"stats": {"1": "x"}},
        {"stats": {"1": {"count": "many"}}},
        {"stats": {"1": {"count": 1.5}}},
        {"stats": {"1": {"count": -5}}},
        {"stats": {"1": {"count": 10, "first_timestamp": 3}}},
    ],
)
def test_malformed_stats_raise_a_documented_error(stats: Any) -> None:
    server = WindowServer(stats=stats if stats is not None else "null")
    with pytest.raises(BEMServerAPIMalformedAnswerError, match="stats"):
        download_csv(server.client())
    assert server.windows == []


@pytest.mark.parametrize(
    "body", [[1, 2], {"1": [1, 2]}, {"1": "x"}, "text", 3, {"1": None}]
)
def test_malformed_windows_raise_a_documented_error(body: Any) -> None:
    server = WindowServer(window_json=body)
    with pytest.raises(BEMServerAPIMalformedAnswerError, match="window"):
        server.client().timeseries_data.download(
            START, START + dt.timedelta(days=10), 1, [1], chunk_size=1_000
        )


def test_an_empty_json_window_is_malformed_not_no_data() -> None:
    """A 200 without a body (a proxy cutting the answer) loses nothing
    silently: the server sends at least {} for a window without points."""
    merger = Merger(is_csv=False, sink=None)
    merger.add(window(b'{"1": {"x": 1}}', "application/json"))
    with pytest.raises(BEMServerAPIMalformedAnswerError, match="window 2"):
        merger.add(window(b"", "application/json"))


def test_csv_windows_with_another_header_raise_a_documented_error() -> None:
    merger = Merger(is_csv=True, sink=None)
    merger.add(window(b"Datetime,1\nx,1\n", "text/csv"))
    with pytest.raises(BEMServerAPIMalformedAnswerError, match="header"):
        merger.add(window(b"Datetime,2\nx,1\n", "text/csv"))


def test_the_stats_count_cannot_make_unbounded_windows() -> None:
    stats = {
        "1": {
            "count": 10**6,
            "first_timestamp": "2024-01-01T00:00:00+00:00",
            "last_timestamp": "2025-01-01T00:00:00+00:00",
        }
    }
    end = START + dt.timedelta(days=366)
    assert len(raw_windows(START, end, stats, 1)) == MAX_DOWNLOAD_WINDOWS
    end = START + dt.timedelta(days=365 * 30)
    windows = aggregate_windows(START, end, "UTC", 1, "second", 100, 1)
    assert len(windows) <= MAX_DOWNLOAD_WINDOWS


@pytest.mark.timeout(120)  # without a prompt stop: a 600 s retry wait
def test_interrupted_upload_stops_at_once_and_says_what_is_stored() -> None:
    stalled = keys(100)[45]  # chunk 5 of 10: answered 503, retry in 600 s
    points: dict[str, Any] = {}
    stalls: list[str] = []
    seen_after: list[str] = []
    interrupted: list[bool] = []

    def handle(request: httpx.Request) -> httpx.Response:
        body = request.read()
        if interrupted:
            seen_after.append(body.decode()[:40])
        if stalled.encode() in body:
            stalls.append(stalled)
            return httpx.Response(503, headers={"Retry-After": "600"})
        if request.headers["Content-Type"] == "text/csv":
            return httpx.Response(201)  # the header-only first upload
        for ts, values in json.loads(body).items():
            points.setdefault(ts, {}).update(values)
        return httpx.Response(201)

    def progress(done: int, total: int | None) -> None:
        if done >= 6 and stalls and not interrupted:  # Ctrl-C, a chunk waiting
            interrupted.append(True)
            raise KeyboardInterrupt

    client = BEMServerAPIClient(
        "api.test",
        http_client=httpx.Client(transport=httpx.MockTransport(handle)),
        retry=Retry(attempts=3, max_retry_after=600),
    )
    data = {"1": dict.fromkeys(keys(100), 1.0)}
    with pytest.raises(BEMServerAPIInterruptedError) as caught:
        client.timeseries_data.upload(
            1, data, chunk_size=10, concurrency=2, progress=progress
        )
    error = caught.value
    assert isinstance(error, KeyboardInterrupt)
    assert isinstance(error.__cause__, KeyboardInterrupt)
    assert len(stalls) == 1  # no retry of the chunk in flight
    assert len(seen_after) <= 1  # no new request: at most the one in flight
    assert len(error.stored) >= 6
    assert f"{len(error.stored)} chunk(s) of 10 stored" in str(error)
    in_flight = [info.ranges["1"][:2] for info in error.in_flight]
    assert (keys(100)[40], keys(100)[49]) in in_flight
    # What the error says is stored is exactly what the mock holds, and
    # what it holds was stored or in flight.
    stored = {
        k
        for info in error.stored
        for k in keys(100)
        if info.ranges["1"][0] <= k <= info.ranges["1"][1]
    }
    possible = stored | {
        k for first, last in in_flight for k in keys(100) if first <= k <= last
    }
    assert stored <= set(points["1"]) <= possible
    assert stalled not in points["1"]


def test_interrupted_download_leaves_no_file(tmp_path: Any) -> None:
    server = WindowServer()
    target = tmp_path / "out.csv"

    def progress(done: int, total: int | None) -> None:
        if done == 3:
            raise KeyboardInterrupt

    with pytest.raises(BEMServerAPIInterruptedError, match="nothing written"):
        download_csv(server.client(), to_file=target, progress=progress)
    assert list(tmp_path.iterdir()) == []


def test_found_by_the_property_tests() -> None:
    # A stream of a header alone: no chunk, one request, as before (it
    # raised IndexError).
    server = CsvRecorder()
    response = server.client().timeseries_data.upload(
        1, OneWayStream(b"Datetime,1\n"), "text/csv", chunk_size=1
    )
    assert response.status_code == 201 and server.requests == 1
    # A name holding a line break: the header-only first upload quotes it (a
    # bare \r went unquoted, and the server read a row of it).
    assert prime_csv(["1\r1", " x"]) == b'Datetime,"1\r1"," x"\n'
    # One line, not UTF-8 (UTF-16): refused too, before any request.
    with pytest.raises(BEMServerAPIClientValueError, match="line 1 is not UTF-8"):
        server.client().timeseries_data.upload(
            1, "Datetime,1".encode("utf-16"), "text/csv"
        )
    assert server.requests == 1


def test_json_timeseries_keys_that_read_the_same_are_refused() -> None:
    # 1 and "1" are one key once sent: in a chunk holding both, one
    # timeseries' points replaced the other's.
    data: Any = {1: dict.fromkeys(keys(30), 1.0), "1": dict.fromkeys(keys(31)[1:], 2.0)}
    points: dict[str, Any] = {}
    transport = httpx.MockTransport(handler_for(points))
    client = BEMServerAPIClient(
        "api.test", http_client=httpx.Client(transport=transport)
    )
    for chunk_size in (10, 100):
        with pytest.raises(BEMServerAPIClientValueError, match="1 and '1'"):
            client.timeseries_data.upload(1, data, chunk_size=chunk_size)
    assert points == {}


def test_interrupted_while_sizing_a_download() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        raise KeyboardInterrupt  # Ctrl-C during the stats request

    client = BEMServerAPIClient(
        "api.test", http_client=httpx.Client(transport=httpx.MockTransport(handle))
    )
    with pytest.raises(BEMServerAPIInterruptedError, match="before its first"):
        download_csv(client)


def test_data_changed_while_sent_says_what_is_stored() -> None:
    # The chunks are read from the caller's dicts as they are sent: a dict
    # changed meanwhile stops the upload, with what is stored (it raised a
    # bare RuntimeError).
    points: dict[str, Any] = {}
    client = BEMServerAPIClient(
        "api.test",
        http_client=httpx.Client(transport=httpx.MockTransport(handler_for(points))),
    )
    data = {"1": dict.fromkeys(keys(100), 1.0)}

    def progress(done: int, total: int | None) -> None:
        if done == 3:
            data["1"]["later"] = 2.0

    with pytest.raises(BEMServerAPIChunkError) as caught:
        client.timeseries_data.upload(
            1, data, chunk_size=10, concurrency=1, progress=progress
        )
    error = caught.value
    ((_, exc),) = error.failed
    assert isinstance(exc, RuntimeError) and "changed size" in str(exc)
    stored = [
        k
        for info in error.stored
        for k in keys(100)
        if info.ranges["1"][0] <= k <= info.ranges["1"][1]
    ]
    assert sorted(points["1"]) == sorted(stored) and len(stored) >= 30


def test_a_quote_never_closed_is_refused_before_anything_is_sent() -> None:
    # The server refuses such a file; in chunks, the rest of the file became
    # one record (one huge chunk) after the rows before it were stored.
    lines = ["Datetime,1"] + [f"{k},{i}" for i, k in enumerate(keys(100))]
    lines[51] += ',"open'
    server = CsvRecorder()
    with pytest.raises(BEMServerAPIClientValueError, match="line 52 opens a quoted"):
        server.client().timeseries_data.upload(
            1, "\n".join(lines), "text/csv", chunk_size=10
        )
    assert server.requests == 0
