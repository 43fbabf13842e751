"""Property-based tests of the bulk uploads: whatever the input (JSON, CSV as
bytes, str, files or streams, DataFrames), chunk size and concurrency, on the
blocking and the asyncio client (JSON, CSV), every point reaches the server
exactly once, or a documented error is raised and what it says is stored is
what the server stored.

The server is a mock (httpx.MockTransport) that reads uploads as BEMServer
does (UTF-8 only, blank lines skipped, quoted fields) and fails the chunks
holding chosen timestamps (500, not retried), whichever thread sends them.
"""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import io
import json
import threading
from collections import Counter
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from bemserver_api_client import AsyncBEMServerAPIClient, BEMServerAPIClient
from bemserver_api_client.exceptions import (
    BEMServerAPIChunkError,
    BEMServerAPIClientValueError,
    BEMServerAPIError,
    ChunkInfo,
)
from tests.support.streams import OneWayStream

START = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
SETTINGS = settings(
    max_examples=60,
    deadline=None,  # a shared, noisy machine
    database=None,  # nothing written in the worktree
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def stamp(minute: int) -> str:
    return (START + dt.timedelta(minutes=minute)).isoformat()


class MockServer:
    """Reads uploads as the server does and records every point it stores;
    a request holding one of `failing` timestamps fails (500)."""

    def __init__(self, failing: set[str]) -> None:
        self.failing = failing
        self.lock = threading.Lock()
        self.requests = 0
        #: (timeseries, timestamp, value) of each point stored, in order.
        self.stored: list[tuple[str, str, str]] = []
        #: The points of each request stored.
        self.batches: list[list[tuple[str, str, str]]] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        with self.lock:
            self.requests += 1
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return httpx.Response(422, json={"message": "not UTF-8"})
        if request.headers["Content-Type"] == "text/csv":
            points = self.read_csv(text)
            if points is None:
                return httpx.Response(422, json={"message": "Invalid file"})
        else:
            points = [
                (ts, when, repr(value))
                for ts, values in json.loads(text).items()
                for when, value in values.items()
            ]
        if any(when in self.failing for _, when, _ in points):
            return httpx.Response(500, json={"message": "injected failure"})
        with self.lock:
            self.stored.extend(points)
            self.batches.append(points)
        return httpx.Response(201)

    @staticmethod
    def read_csv(text: str) -> list[tuple[str, str, str]] | None:
        rows = [
            row
            for row in csv.reader(io.StringIO(text, newline=""))
            if any(cell.strip(" \t") for cell in row)
        ]
        if not rows or rows[0][0] != "Datetime":
            return None
        header, *body = rows
        return [
            (name, row[0], value)
            for row in body
            for name, value in zip(header[1:], row[1:], strict=False)
            if value != ""
        ]

    def client(self) -> BEMServerAPIClient:
        transport = httpx.MockTransport(self.handle)
        return BEMServerAPIClient(
            "api.test", http_client=httpx.Client(transport=transport), retry=None
        )

    def upload(self, asynchronous: bool, *args: Any, **kwargs: Any) -> Any:
        """upload(*args, **kwargs) on the blocking or the asyncio client."""
        if not asynchronous:
            return self.client().timeseries_data.upload(*args, **kwargs)

        async def run() -> Any:
            transport = httpx.MockTransport(self.handle)
            async with AsyncBEMServerAPIClient(
                "api.test",
                http_client=httpx.AsyncClient(transport=transport),
                retry=None,
            ) as client:
                return await client.timeseries_data.upload(*args, **kwargs)

        return asyncio.run(run())


def covered(infos: list[ChunkInfo], points: list[tuple[str, str, str]]) -> Counter:
    """The points falling in the chunks' ranges (timestamps sorted, unique,
    all in one format: a chunk's range holds exactly its points)."""
    return Counter(
        point
        for point in points
        if any(
            point[0] in info.ranges
            and info.ranges[point[0]][0] <= point[1] <= info.ranges[point[0]][1]
            for info in infos
        )
    )


def check_outcome(
    server: MockServer, points: list[tuple[str, str, str]], upload: Any
) -> None:
    """Every point stored once, or a documented error matching the mock."""
    try:
        upload()
    except BEMServerAPIChunkError as error:
        assert error.failed
        stored = Counter(server.stored)
        assert max(stored.values(), default=1) == 1, "a point sent twice"
        assert stored == covered(error.stored, points)
        assert not covered(
            error.not_sent + [info for info, _ in error.failed], list(stored)
        ), "a chunk said not stored is stored"
    except BEMServerAPIError:
        # One request (the data fits in one chunk) that failed: nothing stored.
        assert server.stored == []
    else:
        assert Counter(server.stored) == Counter(points)


failures = st.sets(st.integers(0, 120), max_size=3)
chunking = st.tuples(st.integers(1, 40), st.integers(1, 4))


@SETTINGS
@given(
    series=st.lists(st.sets(st.integers(0, 120), max_size=60), min_size=1, max_size=5),
    fail=failures,
    sizes=chunking,
    asynchronous=st.booleans(),
)
def test_json_uploads(
    series: list[set[int]], fail: set[int], sizes: Any, asynchronous: bool
) -> None:
    chunk_size, concurrency = sizes
    data = {
        str(number): {stamp(m): float(m * 10 + number) for m in sorted(minutes)}
        for number, minutes in enumerate(series, 1)
    }
    points = [(ts, when, repr(v)) for ts, vs in data.items() for when, v in vs.items()]
    server = MockServer({stamp(m) for m in fail})
    check_outcome(
        server,
        points,
        lambda: server.upload(
            asynchronous, 1, data, chunk_size=chunk_size, concurrency=concurrency
        ),
    )


names = st.text(st.sampled_from('abc1 ,"\n\r\t;'), min_size=1, max_size=6).filter(
    lambda name: name.strip(" \t\r\n") == name and name != "Datetime"
)
cells = st.one_of(
    st.just(""),
    st.integers(-99, 99).map(str),
    st.sampled_from(["1.5", "a,b", 'q"q', "x\ny"]),
)


def csv_line(fields: list[str], quote_all: bool, newline: str) -> str:
    def quoted(field: str) -> str:
        if quote_all or any(c in field for c in ',"\r\n') or field != field.strip():
            return '"' + field.replace('"', '""') + '"'
        return field

    return ",".join(map(quoted, fields)) + newline


@st.composite
def csv_inputs(draw: Any) -> tuple[bytes, list[tuple[str, str, str]], bool]:
    """CSV content, its points, and whether it holds bytes that are not UTF-8."""
    columns = draw(st.lists(names, min_size=1, max_size=6, unique=True))
    minutes = sorted(draw(st.sets(st.integers(0, 120), max_size=50)))
    rows = [[stamp(m), *(draw(cells) for _ in columns)] for m in minutes]
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    quote_all = draw(st.booleans())
    lines = [csv_line(["Datetime", *columns], quote_all, newline)]
    for row in rows:
        lines.append(csv_line(row, quote_all, newline))
        blanks = draw(st.lists(st.sampled_from(["", " ", "\t", " \t "]), max_size=3))
        lines.extend(blank + newline for blank in blanks)
    text = "".join(lines)
    if draw(st.booleans()):
        text = text.rstrip("\r\n")  # no line end at the end
    encoding = draw(
        st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "latin-1", "utf-16"])
    )
    odd = encoding in ("latin-1", "utf-16")
    if encoding == "latin-1":
        # A non-ASCII character somewhere: not UTF-8 once encoded.
        at = draw(st.integers(0, len(text)))
        text = text[:at] + "é" + text[at:]
    content = text.encode(encoding)
    points = [
        (name, row[0], value)
        for row in rows
        for name, value in zip(columns, row[1:], strict=True)
        if value != ""
    ]
    return content, points, odd


@SETTINGS
@given(
    given_csv=csv_inputs(),
    kind=st.sampled_from(["bytes", "str", "file", "stream"]),
    fail=failures,
    sizes=chunking,
    asynchronous=st.booleans(),
)
def test_csv_uploads(
    given_csv: Any, kind: str, fail: set[int], sizes: Any, asynchronous: bool
) -> None:
    content, points, odd = given_csv
    chunk_size, concurrency = sizes
    data: Any
    if kind == "str":
        data = content.decode("latin-1" if odd else "utf-8")
    elif kind == "bytes":
        data = content
    elif kind == "file":
        data = io.BytesIO(content)
    else:
        data = OneWayStream(content)
    server = MockServer({stamp(m) for m in fail})

    def upload() -> Any:
        return server.upload(
            asynchronous,
            1,
            data,
            "text/csv",
            chunk_size=chunk_size,
            concurrency=concurrency,
        )

    assume(not (odd and kind == "str"))  # re-decoded, it is another input
    if not odd:
        check_outcome(server, points, upload)
        return
    # Bytes the server cannot read: refused before anything is sent, or, in
    # a stream read once, stopped at the chunk that holds them.
    try:
        upload()
    except BEMServerAPIClientValueError as error:
        assert "not UTF-8" in str(error) and server.requests == 0
    except BEMServerAPIChunkError as error:
        # The unreadable chunk, or an injected failure before it was read.
        assert kind == "stream" and error.failed
        assert Counter(server.stored) == covered(error.stored, points)
    else:
        pytest.fail("bytes that are not UTF-8 went through")


@st.composite
def frames(draw: Any) -> Any:
    """DataFrames with timestamps unsorted and repeated, gaps (NaN), in a
    timezone, to the microsecond; columns ids or names."""
    import pandas as pd

    micros = draw(
        st.lists(st.integers(0, 3_600_000_000).map(lambda m: m - m % 997), max_size=40)
    )
    repeated = draw(st.lists(st.sampled_from(micros), max_size=4)) if micros else []
    positions = draw(st.permutations(micros + repeated))
    tz = draw(st.sampled_from(["UTC", "Europe/Paris", "America/New_York"]))
    start = pd.Timestamp(START)
    index = pd.DatetimeIndex(
        [start + pd.Timedelta(microseconds=m) for m in positions], tz="UTC"
    ).tz_convert(tz)
    columns = draw(st.lists(st.integers(1, 9), min_size=1, max_size=4, unique=True))
    values = st.one_of(st.just(float("nan")), st.integers(-50, 50).map(float))
    data = {column: [draw(values) for _ in range(len(index))] for column in columns}
    return pd.DataFrame(data, index=index)


@SETTINGS
@given(frame=frames(), sizes=chunking)
def test_dataframe_uploads(frame: Any, sizes: Any) -> None:
    import pandas as pd

    chunk_size, concurrency = sizes
    server = MockServer(set())
    server.client().timeseries_data.upload(
        1, frame, chunk_size=chunk_size, concurrency=concurrency
    )
    received = [
        (ts, pd.Timestamp(when).tz_convert("UTC"), value)
        for ts, when, value in server.stored
    ]
    sent = cells_in_frame_order(frame)
    # Every cell once (gaps are not sent)...
    assert Counter((c, w, float(v)) for c, w, v in received) == Counter(
        (c, w, float(v)) for c, w, v in sent if v != ""
    )
    # ...and, although chunks arrive in any order, the server keeps what it
    # would keep from one request: a repeated timestamp is in one chunk.
    assert kept_first(received) == kept_first(sent)
    requests_of: dict[Any, set[int]] = {}
    for number, batch in enumerate(server.batches):
        for _, when, _ in batch:
            requests_of.setdefault(pd.Timestamp(when), set()).add(number)
    assert all(len(numbers) == 1 for numbers in requests_of.values())


def cells_in_frame_order(frame: Any) -> list[tuple[str, Any, str]]:
    """The cells as one request sends them: row by row, in the frame's order."""
    return [
        (str(column), when.tz_convert("UTC"), "" if value != value else repr(value))
        for when, row in zip(frame.index, frame.itertuples(index=False), strict=True)
        for column, value in zip(frame.columns, row, strict=True)
    ]


def kept_first(cells: list[tuple[str, Any, str]]) -> dict[Any, float]:
    """What the server keeps of cells (column, instant, value) it reads in
    this order: the first value of a (timeseries, instant), gaps skipped."""
    kept: dict[Any, float] = {}
    for column, instant, value in cells:
        if value != "":
            kept.setdefault((column, instant), float(value))
    return kept
