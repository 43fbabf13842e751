"""What a bulk transfer keeps in memory: each answer and each chunk sent is
freed as soon as nothing uses it, without waiting for a cyclic garbage
collection (httpx binds a response and its stream both ways), a CSV held
in memory is cut into the same chunks by offsets as by records, and a
plain-HTTP client loads no CA certificates."""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import io
import weakref
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bemserver_api_client import AsyncBEMServerAPIClient, BEMServerAPIClient
from bemserver_api_client._bulk.csv import (
    _split_plain,
    split_csv_bytes,
    split_csv_file,
)
from bemserver_api_client._transport import _http_proxied, pool_verify
from bemserver_api_client.enums import DataFormat
from tests.unit.bulk.test_bulk_properties import SETTINGS, csv_inputs

START = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)


def stamp(minute: int) -> str:
    return (START + dt.timedelta(minutes=minute)).isoformat()


@pytest.fixture
def no_cyclic_gc() -> Iterator[None]:
    """Only reference counting frees objects meanwhile."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class Tracking:
    """A mock server that answers uploads (201), downloads (a point a minute
    in the window asked, JSON; their stats) and lists ([]), and keeps a weak
    reference to each request and response; at each request, it records how
    many of the earlier ones are still alive."""

    def __init__(self) -> None:
        self.requests: list[weakref.ref[httpx.Request]] = []
        self.responses: list[weakref.ref[httpx.Response]] = []
        self.alive_before: list[int] = []
        self.paths: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.alive_before.append(
            sum(ref() is not None for ref in self.requests)
            + sum(ref() is not None for ref in self.responses)
        )
        self.requests.append(weakref.ref(request))
        path = request.url.path
        self.paths.append(f"{request.method} {path}")
        if request.method == "POST":
            response = httpx.Response(201)
        elif path == "/timeseries_data/stats":
            stats = {
                "count": 100,
                "first_timestamp": stamp(0),
                "last_timestamp": stamp(99),
            }
            ids = request.url.params.get_list("timeseries")
            response = httpx.Response(200, json={"stats": dict.fromkeys(ids, stats)})
        elif path != "/timeseries_data/":
            response = httpx.Response(200, json=[])
        else:
            params = request.url.params
            start = dt.datetime.fromisoformat(params["start_time"])
            end = dt.datetime.fromisoformat(params["end_time"])
            minutes = range(
                int((start - START).total_seconds() // 60),
                int((end - START).total_seconds() // 60),
            )
            body = {
                ts: {stamp(m): float(m) for m in minutes}
                for ts in params.get_list("timeseries")
            }
            response = httpx.Response(200, json=body)
        self.responses.append(weakref.ref(response))
        return response


def tracked_client(server: Tracking) -> BEMServerAPIClient:
    return BEMServerAPIClient(
        "api.test",
        http_client=httpx.Client(transport=httpx.MockTransport(server)),
        api_version="0.27.0",
    )


def test_a_dropped_answer_is_freed_at_once(no_cyclic_gc: None) -> None:
    server = Tracking()
    client = tracked_client(server)
    response = client.sites.getall()
    assert server.responses[0]() is response.raw
    del response
    assert server.responses[0]() is None
    assert server.requests[0]() is None


def test_an_async_dropped_answer_is_freed_at_once(no_cyclic_gc: None) -> None:
    server = Tracking()

    async def call() -> None:
        client = AsyncBEMServerAPIClient(
            "api.test",
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(server)),
            api_version="0.27.0",
            auto_check=False,
        )
        response = await client.sites.getall()
        assert server.responses[0]() is response.raw
        del response
        assert server.responses[0]() is None
        await client.aclose()

    asyncio.run(call())


def test_chunks_sent_are_freed_as_the_upload_goes(no_cyclic_gc: None) -> None:
    server = Tracking()
    client = tracked_client(server)
    data = {"1": {stamp(m): float(m) for m in range(100)}}
    client.timeseries_data.upload(1, data, chunk_size=10, concurrency=1)
    # A first request of the timeseries alone (see _ChunkedUpload), then 10.
    assert server.paths.count("POST /timeseries_data/") == 11, server.paths
    # The chunk in flight is the only one alive, with the answer before it
    # (request and response: the upload gives the last answer back).
    assert max(server.alive_before) <= 2, server.alive_before


def test_windows_are_freed_once_merged(no_cyclic_gc: None) -> None:
    server = Tracking()
    client = tracked_client(server)
    end = START + dt.timedelta(minutes=100)
    merged = client.timeseries_data.download(
        START, end, 1, [1], format=DataFormat.json, chunk_size=10, concurrency=1
    )
    assert len(merged.data["1"]) == 100
    windows = [ref for ref in server.responses if ref() is not None]
    assert len(server.responses) >= 10 and windows == []


def chunks(split: Any) -> list[tuple[bytes, dict[str, Any]]]:
    return [(chunk.body, chunk.info.ranges) for chunk in split.chunks]


@SETTINGS
@given(given_csv=csv_inputs(), chunk_size=st.integers(1, 12))
def test_csv_bytes_are_cut_as_a_file_of_them_is(
    given_csv: Any, chunk_size: int
) -> None:
    """Cut by offsets or by records, the same chunks (an input the offsets
    cannot cut goes by records)."""
    content, _, odd = given_csv
    if odd:
        return  # not UTF-8: refused either way (test_bulk_properties)
    by_bytes = split_csv_bytes(content, chunk_size)
    by_file = split_csv_file(io.BytesIO(content), chunk_size)
    assert by_bytes.total == by_file.total
    assert by_bytes.whole == by_file.whole
    assert by_bytes.timeseries == by_file.timeseries
    assert chunks(by_bytes) == chunks(by_file)


plain_fields = st.sampled_from(["", "1", "-2.5", " 3 ", "x"])


@SETTINGS
@given(
    columns=st.integers(1, 4),
    minutes=st.lists(st.integers(0, 500), max_size=40),
    offset=st.sampled_from(["+00:00", "Z", "+02:00"]),
    ended=st.booleans(),
    chunk_size=st.integers(1, 12),
    data=st.data(),
)
def test_plain_csv_is_cut_by_offsets_into_the_same_chunks(
    columns: int,
    minutes: list[int],
    offset: str,
    ended: bool,
    chunk_size: int,
    data: Any,
) -> None:
    """The common CSV (ASCII, \\n, no quote nor blank line) takes the offsets'
    way, and its chunks are those of the records' way, timestamps unsorted
    and of mixed offsets included."""
    lines = ["Datetime," + ",".join(f"ts{i}" for i in range(columns))]
    for minute in minutes:
        moment = stamp(minute).replace(
            "+00:00", data.draw(st.sampled_from([offset, "+00:00"]))
        )
        row = [moment] + [data.draw(plain_fields) for _ in range(columns)]
        lines.append(",".join(row[: data.draw(st.integers(1, columns + 1))]))
    content = "\n".join(lines).encode() + (b"\n" if ended else b"")
    if minutes or ended:  # not a header alone without its line end
        assert _split_plain(content, chunk_size) is not None
    by_bytes = split_csv_bytes(content, chunk_size)
    by_file = split_csv_file(io.BytesIO(content), chunk_size)
    assert (by_bytes.total, by_bytes.whole) == (by_file.total, by_file.whole)
    assert chunks(by_bytes) == chunks(by_file)
    if by_bytes.whole is None:
        assert by_bytes.total == len(chunks(split_csv_bytes(content, chunk_size)))
    else:
        assert by_bytes.whole is content  # sent as given, no copy


@pytest.mark.parametrize(
    "content",
    [
        b'Datetime,1\n"2024-01-01T00:00:00+00:00",1\n',  # a quote
        b"Datetime,1\r\n2024-01-01T00:00:00+00:00,1\r\n",  # \r\n
        b"Datetime,1\n\n2024-01-01T00:00:00+00:00,1\n",  # a blank line
        b"Datetime,1\n2024-01-01T00:00:00+00:00,1\n \t",  # a blank last line
        "Datetime,é\n2024-01-01T00:00:00+00:00,1\n".encode(),  # not ASCII
        b"Datetime,1",  # a header alone
    ],
)
def test_other_csv_is_cut_by_records(content: bytes) -> None:
    assert _split_plain(content, 1) is None


@pytest.fixture
def proxies(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """The environment's proxies, read again for each test."""
    for name in ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    _http_proxied.cache_clear()
    yield monkeypatch
    _http_proxied.cache_clear()


def test_a_plain_http_client_goes_through_a_pool_without_ca(
    proxies: pytest.MonkeyPatch,
) -> None:
    assert pool_verify(BEMServerAPIClient("api.test", use_ssl=False)) is False
    assert pool_verify(BEMServerAPIClient("api.test")) is True
    assert pool_verify(BEMServerAPIClient("api.test", verify="ca.pem")) == "ca.pem"


def test_a_proxied_plain_http_client_keeps_its_verification(
    proxies: pytest.MonkeyPatch,
) -> None:
    # The proxy may be reached over TLS: verified as the client says.
    proxies.setenv("HTTP_PROXY", "https://proxy.test:3128")
    assert pool_verify(BEMServerAPIClient("api.test", use_ssl=False)) is True
