"""DataFrame uploads without a server: what each chunk holds, what is refused."""

from __future__ import annotations

import csv
import io

import httpx
import pandas as pd
import pytest

from bemserver_api_client import BEMServerAPIClient
from bemserver_api_client.exceptions import BEMServerAPIClientValueError


class RequestRecorder:
    """Records the rows (timestamp, values) of each CSV upload request."""

    def __init__(self) -> None:
        self.requests: list[list[list[str]]] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        rows = list(csv.reader(io.StringIO(request.read().decode(), newline="")))
        self.requests.append(rows[1:])
        return httpx.Response(201)

    def client(self) -> BEMServerAPIClient:
        transport = httpx.MockTransport(self.handle)
        return BEMServerAPIClient(
            "api.test", http_client=httpx.Client(transport=transport)
        )


def test_a_duplicated_timestamp_stays_in_one_chunk_in_order() -> None:
    # One request keeps the first value of a timestamp the server gets twice:
    # concurrent chunks holding one each made the kept value a matter of timing.
    index = pd.date_range("2024-01-01", periods=40, freq="h", tz="UTC")
    index = index.append(index[[5, 5, 17]])  # t5 three times, t17 twice, apart
    frame = pd.DataFrame({"1": range(len(index))}, index=index, dtype=float)
    server = RequestRecorder()
    server.client().timeseries_data.upload(1, frame, chunk_size=4, concurrency=3)
    sent = [row for rows in server.requests for row in rows]
    assert len(sent) == len(frame)  # every row once
    for position in (5, 17):
        stamp = index[position].strftime("%Y-%m-%dT%H:%M:%S%z")
        holding = [rows for rows in server.requests if any(r[0] == stamp for r in rows)]
        assert len(holding) == 1, f"{stamp} split across chunks"
        values = [float(r[1]) for r in holding[0] if r[0] == stamp]
        expected = [float(i) for i, t in enumerate(index) if t == index[position]]
        assert values == expected  # in the frame's order: the first one wins


def test_sub_microsecond_timestamps_are_refused() -> None:
    index = pd.DatetimeIndex(
        ["2024-01-01T00:00:00.000000001", "2024-01-01T00:00:00.000000002"], tz="UTC"
    )
    frame = pd.DataFrame({"1": [1.0, 2.0]}, index=index)
    server = RequestRecorder()
    with pytest.raises(BEMServerAPIClientValueError, match=r"00\.000000001"):
        server.client().timeseries_data.upload(1, frame)
    with pytest.raises(BEMServerAPIClientValueError, match="nanosecond"):
        server.client().timeseries_data.upload(1, frame, chunk_size=1)
    assert server.requests == []


def test_columns_that_read_the_same_are_refused() -> None:
    index = pd.date_range("2024-01-01", periods=3, freq="h", tz="UTC")
    frame = pd.DataFrame([[1.0, 2.0]] * 3, index=index, columns=pd.Index([1, "1"]))
    server = RequestRecorder()
    with pytest.raises(BEMServerAPIClientValueError, match="columns 1 and '1'"):
        server.client().timeseries_data.upload(1, frame)
    with pytest.raises(BEMServerAPIClientValueError, match="columns 1 and '1'"):
        server.client().timeseries_data.upload(1, frame, chunk_size=2)
    assert server.requests == []
