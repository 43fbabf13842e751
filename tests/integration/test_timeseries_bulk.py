"""Timeseries data at scale against a real server: chunked uploads, windowed
downloads, retried and failed chunks, DataFrames."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pandas as pd
import pytest

from bemserver_api_client import AsyncBEMServerAPIClient, BEMServerAPIClient
from bemserver_api_client._retry import Retry
from bemserver_api_client.enums import DataFormat
from bemserver_api_client.exceptions import (
    BEMServerAPIChunkError,
    BEMServerAPIClientValueError,
)
from bemserver_api_client.testing import SandboxInfo
from tests.conftest import call, make_async_client, make_client
from tests.support.scenario import (
    Client,
    build_tree,
    create_timeseries,
    data_state_id,
    utc,
)

pytestmark = [pytest.mark.integration, pytest.mark.anyio]

START = utc(2020, 1, 1)


async def new_series(client: Client, campaign_id: int, count: int) -> list[Any]:
    tree = await build_tree(client, campaign_id)
    return [await create_timeseries(tree, client) for _ in range(count)]


def series_and_state(
    client: BEMServerAPIClient, campaign_id: int, count: int
) -> tuple[list[int], int]:
    """For the blocking client: ids of `count` new timeseries, and the id of
    the "Clean" data state."""
    series = anyio.run(new_series, client, campaign_id, count)
    return [ts.id for ts in series], anyio.run(data_state_id, client)


def stamps(count: int, start: dt.datetime = START) -> list[str]:
    return [(start + dt.timedelta(minutes=i)).isoformat() for i in range(count)]


def json_payload(ids: list[int], count: int) -> dict[str, dict[str, float]]:
    keys = stamps(count)
    return {str(ts): {k: float(i + ts) for i, k in enumerate(keys)} for ts in ids}


def csv_payload(ids: list[int], count: int) -> bytes:
    lines = ["Datetime," + ",".join(map(str, ids))]
    for i in range(count):
        stamp = (START + dt.timedelta(minutes=i)).strftime("%Y-%m-%dT%H:%M:%S+0000")
        lines.append(stamp + "," + ",".join(str(float(i + ts)) for ts in ids))
    return ("\n".join(lines) + "\n").encode()


def end_of(count: int) -> dt.datetime:
    return START + dt.timedelta(minutes=count)


def sent_paths(client: Client) -> list[str]:
    """The paths of the requests the client sends from now on, in order
    (token requests included): the client is given an httpx client of its
    own that records them, the process's shared pool is left alone."""
    paths: list[str] = []
    if isinstance(client, BEMServerAPIClient):
        client._http_client = httpx.Client(
            event_hooks={"request": [lambda request: paths.append(request.url.path)]}
        )
    else:

        async def record(request: httpx.Request) -> None:
            paths.append(request.url.path)

        client._http_client = httpx.AsyncClient(event_hooks={"request": [record]})
    return paths


@pytest.mark.slow
def test_one_million_points_json(
    api_client: BEMServerAPIClient, bemserver_campaign: int
) -> None:
    ids, state = series_and_state(api_client, bemserver_campaign, 10)
    data = json_payload(ids, 100_000)
    seen: list[tuple[int, int | None]] = []
    response = api_client.timeseries_data.upload(
        state, data, progress=lambda done, total: seen.append((done, total))
    )
    assert response.status_code == 201
    assert response.data is None
    assert seen[-1][0] == seen[-1][1] and seen[-1][0] > 10

    back = api_client.timeseries_data.download(START, end_of(100_000), state, ids)
    assert back.status_code == 200 and back.is_json
    assert back.data == data
    assert sorted(back.parsed.to_dict()) == sorted(data)


@pytest.mark.slow
def test_one_million_points_csv(
    api_client: BEMServerAPIClient, bemserver_campaign: int
) -> None:
    ids, state = series_and_state(api_client, bemserver_campaign, 10)
    content = csv_payload(ids, 100_000)
    response = api_client.timeseries_data.upload(
        state, io.BytesIO(content), format=DataFormat.csv
    )
    assert response.status_code == 201

    back = api_client.timeseries_data.download(
        START, end_of(100_000), state, ids, format=DataFormat.csv
    )
    assert back.is_csv and back.data.count(b"Datetime") == 1
    assert back.data == content
    stats = api_client.timeseries_data.get_stats(state, ids).data["stats"]
    assert {item["count"] for item in stats.values()} == {100_000}


async def test_windows_merge_like_one_request(
    any_client: Client, bemserver_campaign: int
) -> None:
    series = await new_series(any_client, bemserver_campaign, 3)
    ids = [ts.id for ts in series]
    names = [ts.name for ts in series]
    state = await data_state_id(any_client)
    data = json_payload(ids, 6_000)
    await call(any_client.timeseries_data.upload(state, data, chunk_size=2_500))
    end = end_of(6_000)
    sent = sent_paths(any_client)
    raw = "/timeseries_data/"
    for fmt in (DataFormat.json, DataFormat.csv):
        sent.clear()
        one = await call(
            any_client.timeseries_data.download(
                START, end, state, ids, "Europe/Paris", fmt, chunk_size=None
            )
        )
        assert sent == [raw]
        sent.clear()
        many = await call(
            any_client.timeseries_data.download(
                START, end, state, ids, "Europe/Paris", fmt, chunk_size=1_000
            )
        )
        # The stats, then windows of ~1,000 of the 18,000 points.
        assert sent == ["/timeseries_data/stats"] + [raw] * 18
        assert many.data == one.data and many.is_json == one.is_json
        sent.clear()
        by_names = await call(
            any_client.timeseries_data.download_by_names(
                bemserver_campaign, START, end, state, names, format=fmt, chunk_size=999
            )
        )
        by_campaign = f"/timeseries_data/campaign/{bemserver_campaign}/"
        # The stats, then 19 windows of ~999 of the 18,000 points.
        assert sent == [by_campaign + "stats"] + [by_campaign] * 19
        plain = await call(
            any_client.timeseries_data.download_by_names(
                bemserver_campaign, START, end, state, names, format=fmt
            )
        )
        assert by_names.data == plain.data
        for unit in ("hour", "day"):
            sent.clear()
            whole = await call(
                any_client.timeseries_data.download_aggregate(
                    START,
                    end,
                    state,
                    ids,
                    "Europe/Paris",
                    bucket_width_unit=unit,
                    format=fmt,
                    chunk_size=None,
                )
            )
            assert sent == ["/timeseries_data/aggregate"]
            sent.clear()
            split = await call(
                any_client.timeseries_data.download_aggregate(
                    START,
                    end,
                    state,
                    ids,
                    "Europe/Paris",
                    bucket_width_unit=unit,
                    format=fmt,
                    chunk_size=6,
                )
            )
            # Split on Paris midnights: the 100 hours span 5 days there.
            assert sent == ["/timeseries_data/aggregate"] * 5
            assert split.data == whole.data


class FlakyTransport(httpx.BaseTransport):
    """Fails uploads whose body holds `marker`: the first `times` of them."""

    def __init__(self, marker: bytes, times: int) -> None:
        self.inner = httpx.HTTPTransport()
        self.marker = marker
        self.times = times
        self.failed = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and "timeseries_data" in request.url.path:
            body = request.read()
            if self.marker in body and self.failed < self.times:
                self.failed += 1
                raise httpx.ReadError("injected failure", request=request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


@pytest.fixture
def flaky(bemserver_sandbox: SandboxInfo) -> Iterator[Any]:
    clients: list[BEMServerAPIClient] = []

    def make(marker: bytes, times: int) -> tuple[BEMServerAPIClient, FlakyTransport]:
        transport = FlakyTransport(marker, times)
        client = make_client(
            bemserver_sandbox,
            http_client=httpx.Client(transport=transport),
            retry=Retry(attempts=3, backoff=0.05),
        )
        clients.append(client)
        return client, transport

    yield make
    for client in clients:
        client.close()


def test_failed_chunk_is_retried(
    api_client: BEMServerAPIClient, bemserver_campaign: int, flaky: Any
) -> None:
    ids, state = series_and_state(api_client, bemserver_campaign, 2)
    data = json_payload(ids, 5_000)
    marker = stamps(5_000)[2_600].encode()  # chunk 3 of 4 (rows 2500-3749 of both)
    client, transport = flaky(marker, 1)
    client.timeseries_data.upload(state, data, chunk_size=2_500)
    assert transport.failed == 1
    back = api_client.timeseries_data.download(START, end_of(5_000), state, ids)
    assert back.data == data


def test_persistent_failure_reports_what_is_stored(
    api_client: BEMServerAPIClient, bemserver_campaign: int, flaky: Any
) -> None:
    ids, state = series_and_state(api_client, bemserver_campaign, 2)
    data = json_payload(ids, 10_000)
    marker = stamps(10_000)[4_100].encode()  # chunk 9 of 20 (rows 4000-4499 of both)
    client, transport = flaky(marker, 1_000)
    with pytest.raises(BEMServerAPIChunkError) as caught:
        client.timeseries_data.upload(state, data, chunk_size=1_000)
    error = caught.value
    assert transport.failed == 3  # every attempt of the retry policy
    assert len(error.failed) == 1 and error.not_sent
    assert len(error.stored) + 1 + len(error.not_sent) == 20
    ((failed, exc),) = error.failed
    assert isinstance(exc, Exception) and str(ids[0]) in str(error)
    first, last, _ = failed.ranges[str(ids[0])]
    assert first <= marker.decode() <= last and first in str(error)
    # What the error says is stored is exactly what the server has.
    expected: dict[str, set[str]] = {str(ts): set() for ts in ids}
    for info in error.stored:
        for ts, (first, last, _) in info.ranges.items():
            expected[ts] |= {k for k in data[ts] if first <= k <= last}
    back = api_client.timeseries_data.download(START, end_of(10_000), state, ids)
    got = {ts: set(values) for ts, values in back.data.items() if values}
    assert got == {ts: stamps for ts, stamps in expected.items() if stamps}
    # Sending it all again completes it.
    api_client.timeseries_data.upload(state, data, chunk_size=1_000)
    back = api_client.timeseries_data.download(START, end_of(10_000), state, ids)
    assert back.data == data


def test_small_upload_is_one_request_as_before(
    api_client: BEMServerAPIClient, bemserver_campaign: int, flaky: Any
) -> None:
    ids, state = series_and_state(api_client, bemserver_campaign, 1)
    client, _transport = flaky(b"never", 0)
    requests: list[httpx.Request] = []
    assert client._http_client is not None  # the flaky transport's own client
    client._http_client.event_hooks["request"].append(requests.append)
    response = client.timeseries_data.upload(state, json_payload(ids, 100))
    assert response.status_code == 201 and response.data is None
    uploads = [r for r in requests if r.url.path.startswith("/timeseries_data")]
    assert len(uploads) == 1


async def test_dataframe_round_trip(
    any_client: Client, bemserver_campaign: int
) -> None:
    series = await new_series(any_client, bemserver_campaign, 2)
    names = [ts.name for ts in series]
    state = await data_state_id(any_client)
    index = pd.date_range("2024-03-30", periods=3_000, freq="min", tz="Europe/Paris")
    frame = pd.DataFrame(
        {names[0]: range(3_000), names[1]: [i / 7 for i in range(3_000)]},
        index=index,
        dtype=float,
    )
    frame.iloc[5, 1] = float("nan")  # a gap
    await call(
        any_client.timeseries_data.upload_by_names(
            bemserver_campaign, state, frame, chunk_size=1_000
        )
    )
    back = await call(
        any_client.timeseries_data.download_by_names_dataframe(
            bemserver_campaign,
            index[0],
            index[-1] + pd.Timedelta("1min"),
            state,
            names,
            timezone="Europe/Paris",
            chunk_size=1_000,
        )
    )
    assert str(back.index.tz) == "Europe/Paris"
    pd.testing.assert_frame_equal(back, frame, check_names=False, check_freq=False)
    by_id = await call(
        any_client.timeseries_data.download_dataframe(
            index[0], index[-1], state, [ts.id for ts in series], timezone="UTC"
        )
    )
    assert list(by_id.columns) == [ts.id for ts in series]
    assert str(by_id.index.tz) == "UTC"
    hourly = await call(
        any_client.timeseries_data.download_aggregate_dataframe(
            index[0], index[-1], state, [series[0].id], timezone="Europe/Paris"
        )
    )
    assert hourly.iloc[0, 0] == pytest.approx(sum(range(60)) / 60)
    summed = await call(
        any_client.timeseries_data.download_aggregate_by_names_dataframe(
            bemserver_campaign,
            index[0],
            index[-1] + pd.Timedelta("1min"),
            state,
            names,
            timezone="Europe/Paris",
            aggregation="sum",
            chunk_size=20,
        )
    )
    # Hourly sums of each named column, on Paris hours.
    expected = frame.resample("1h").sum()
    assert list(summed.columns) == names
    assert str(summed.index.tz) == "Europe/Paris"
    assert list(summed.index) == list(expected.index)
    assert summed.to_numpy() == pytest.approx(expected.to_numpy())


def test_naive_datetimes_are_refused_before_any_request(
    api_client: BEMServerAPIClient,
) -> None:
    sent = sent_paths(api_client)
    naive = pd.DataFrame({"1": [1.0]}, index=pd.DatetimeIndex(["2024-01-01"]))
    with pytest.raises(BEMServerAPIClientValueError, match="timezone-aware"):
        api_client.timeseries_data.upload(1, naive)
    with pytest.raises(BEMServerAPIClientValueError, match="timezone-aware"):
        api_client.timeseries_data.download_dataframe(
            dt.datetime(2024, 1, 1), utc(2024, 2, 1), 1, [1]
        )
    assert sent == []  # not even the token exchange


INTERRUPTED_UPLOAD = """
import json, os, sys
import httpx
from bemserver_api_client import BEMServerAPIClient
from bemserver_api_client._retry import Retry
from bemserver_api_client.exceptions import BEMServerAPIInterruptedError

host, state, stalled, payload = sys.argv[1:]
email, password = os.environ["SANDBOX_EMAIL"], os.environ["SANDBOX_PASSWORD"]


class Stall(httpx.BaseTransport):
    # The chunk holding `stalled` is answered 503, retry in 600 s.
    def __init__(self):
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request):
        if request.method == "POST" and stalled.encode() in request.read():
            print("stalled", flush=True)
            return httpx.Response(503, headers={"Retry-After": "600"})
        return self.inner.handle_request(request)


client = BEMServerAPIClient(
    host,
    use_ssl=False,
    authentication_method=BEMServerAPIClient.make_http_basic_auth(email, password),
    http_client=httpx.Client(transport=Stall()),
    retry=Retry(attempts=3, max_retry_after=600),
)
with open(payload) as file:
    data = json.load(file)
try:
    client.timeseries_data.upload(int(state), data, chunk_size=2_000)
except BEMServerAPIInterruptedError as error:
    report = {
        "keyboard_interrupt": isinstance(error, KeyboardInterrupt),
        "stored": [info.ranges for info in error.stored],
        "in_flight": [info.ranges for info in error.in_flight],
        "message": str(error),
    }
    print("report " + json.dumps(report), flush=True)
    sys.exit(0)
print("finished", flush=True)
"""


def test_ctrl_c_stops_an_upload_and_says_what_is_stored(
    api_client: BEMServerAPIClient,
    bemserver_campaign: int,
    bemserver_sandbox: SandboxInfo,
    tmp_path: Any,
) -> None:
    import json
    import os
    import signal
    import subprocess
    import sys

    import anyio

    ids = [ts.id for ts in anyio.run(new_series, api_client, bemserver_campaign, 2)]
    state = anyio.run(data_state_id, api_client)
    data = json_payload(ids, 100_000)  # 100 chunks of 2,000 points
    stalled = stamps(100_000)[10_500]  # chunk 11
    payload = tmp_path / "data.json"
    payload.write_text(json.dumps(data))
    script = tmp_path / "upload.py"
    script.write_text(INTERRUPTED_UPLOAD)
    admin = bemserver_sandbox.admin
    host = bemserver_sandbox.host
    child = subprocess.Popen(
        [sys.executable, str(script), host, str(state), stalled, str(payload)],
        stdout=subprocess.PIPE,
        text=True,
        # Not in the command line: it shows in messages.
        env={
            **os.environ,
            "SANDBOX_EMAIL": admin.email,
            "SANDBOX_PASSWORD": admin.password,
        },
    )
    try:
        assert child.stdout is not None
        for line in child.stdout:  # until a chunk waits for its retry
            if line.strip() == "stalled":
                break
        child.send_signal(signal.SIGINT)  # Ctrl-C
        # Without a prompt stop the child would wait 600 s for the retry.
        out, _ = child.communicate(timeout=120)
    finally:
        child.kill()
    reports = [line for line in out.splitlines() if line.startswith("report ")]
    assert len(reports) == 1, out
    report = json.loads(reports[0].removeprefix("report "))
    assert report["keyboard_interrupt"] and "upload interrupted" in report["message"]

    # What the server holds: all the chunks said stored, maybe those in
    # flight, nothing else (the rest was not sent).
    def points(chunks: list[dict[str, list[Any]]]) -> set[tuple[str, str]]:
        return {
            (ts, stamp)
            for ranges in chunks
            for ts, (first, last, _) in ranges.items()
            for stamp in data[ts]
            if first <= stamp <= last
        }

    stored = points(report["stored"])
    possible = stored | points(report["in_flight"])
    back = api_client.timeseries_data.download(
        START, end_of(100_000), state, ids, chunk_size=None
    ).data
    held = {(ts, stamp) for ts, values in back.items() for stamp in values}
    assert stored <= held <= possible
    assert (str(ids[0]), stalled) not in held
    assert len(report["stored"]) + len(report["in_flight"]) < 100  # it stopped


async def test_awkward_csv_in_chunks_is_stored_whole(
    any_client: Client, bemserver_campaign: int
) -> None:
    # Blank-line runs longer than a chunk, CRLF, a byte order mark, quoted
    # names and values: every row is stored (a run of blank lines used to
    # stop the upload, silently).
    from tests.support.scenario import create_id, unique

    tree = await build_tree(any_client, bemserver_campaign)
    names = [unique("ts") + ', "quoted"', unique("ts")]
    for name in names:
        payload = {
            "name": name,
            "campaign_id": tree.campaign_id,
            "campaign_scope_id": tree.campaign_scope_id,
        }
        await create_id(any_client.timeseries, payload)
    state = await data_state_id(any_client)
    quoted = '"' + names[0].replace('"', '""') + '"'
    lines = [f"Datetime,{quoted},{names[1]}"]
    for i, stamp in enumerate(stamps(1_200)):
        lines.append(f'{stamp},"{i}.5",{-i}')
        if i in (100, 700):
            lines += ["", "  \t", "", "", ""] * 10  # 50 blank lines
    content = b"\xef\xbb\xbf" + ("\r\n".join(lines) + "\r\n").encode()
    for data in (content, io.BytesIO(content)):
        await call(
            any_client.timeseries_data.delete_by_names(
                bemserver_campaign, START, end_of(1_200), state, names
            )
        )
        await call(
            any_client.timeseries_data.upload_by_names(
                bemserver_campaign, state, data, DataFormat.csv, chunk_size=40
            )
        )
        back = await call(
            any_client.timeseries_data.download_by_names(
                bemserver_campaign, START, end_of(1_200), state, names
            )
        )
        assert back.data == {
            names[0]: {k: i + 0.5 for i, k in enumerate(stamps(1_200))},
            names[1]: {k: float(-i) for i, k in enumerate(stamps(1_200))},
        }


async def test_not_utf8_csv_is_refused_before_anything_is_stored(
    any_client: Client, bemserver_campaign: int
) -> None:
    series = await new_series(any_client, bemserver_campaign, 1)
    state = await data_state_id(any_client)
    lines = csv_payload([series[0].id], 1_000).split(b"\n")
    lines[800] += b"\xe9"  # row 800, line 801
    with pytest.raises(BEMServerAPIClientValueError, match="line 801 is not UTF-8"):
        await call(
            any_client.timeseries_data.upload(
                state, b"\n".join(lines), DataFormat.csv, chunk_size=100
            )
        )
    stats = await call(any_client.timeseries_data.get_stats(state, [series[0].id]))
    assert stats.data["stats"][str(series[0].id)]["count"] == 0


async def test_a_repeated_timestamp_keeps_what_one_request_keeps(
    any_client: Client, bemserver_campaign: int
) -> None:
    import pandas as pd

    series = await new_series(any_client, bemserver_campaign, 2)
    chunked, whole = (ts.name for ts in series)
    state = await data_state_id(any_client)
    index = pd.date_range("2024-01-01", periods=400, freq="min", tz="UTC")
    index = index.append(index[[150, 150, 250]])  # repeated, with other values
    values = [float(i) for i in range(len(index))]
    for name, chunk_size in ((chunked, 20), (whole, 10_000)):
        frame = pd.DataFrame({name: values}, index=index)
        await call(
            any_client.timeseries_data.upload_by_names(
                bemserver_campaign, state, frame, chunk_size=chunk_size, concurrency=3
            )
        )
    back = await call(
        any_client.timeseries_data.download_by_names(
            bemserver_campaign,
            index[0],
            index[399] + pd.Timedelta("1min"),
            state,
            [chunked, whole],
        )
    )
    assert len(back.data[whole]) == 400
    assert back.data[chunked] == back.data[whole]


async def test_to_file_writes_what_one_request_answers(
    any_client: Client, bemserver_campaign: int, tmp_path: Path
) -> None:
    series = await new_series(any_client, bemserver_campaign, 2)
    ids = [ts.id for ts in series]
    state = await data_state_id(any_client)
    await call(any_client.timeseries_data.upload(state, json_payload(ids, 3_000)))
    end = end_of(3_000)
    one = await call(
        any_client.timeseries_data.download(
            START, end, state, ids, format=DataFormat.csv, chunk_size=None
        )
    )
    assert one.data.count(b"\n") == 3_001  # the header and every row
    sent = sent_paths(any_client)
    path = tmp_path / "out.csv"
    await call(
        any_client.timeseries_data.download(
            START, end, state, ids, format=DataFormat.csv, chunk_size=500, to_file=path
        )
    )
    assert sent.count("/timeseries_data/") == 12  # 6,000 points in 500-point windows
    assert path.read_bytes() == one.data
    # A binary file object, written in one window.
    stream = io.BytesIO()
    await call(
        any_client.timeseries_data.download(
            START, end, state, ids, format=DataFormat.csv, to_file=stream
        )
    )
    assert stream.getvalue() == one.data


def test_progress_true_draws_a_tqdm_bar(
    api_client: BEMServerAPIClient,
    bemserver_campaign: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ids, state = series_and_state(api_client, bemserver_campaign, 1)
    capsys.readouterr()
    api_client.timeseries_data.upload(
        state, json_payload(ids, 4_000), chunk_size=1_000, progress=True
    )
    api_client.timeseries_data.download(
        START, end_of(4_000), state, ids, chunk_size=2_000, progress=True
    )
    bars = capsys.readouterr().err
    # tqdm redraws its bar: the last state of each says every chunk is done.
    assert "upload: 100%" in bars and "4/4" in bars
    assert "download: 100%" in bars and "2/2" in bars


def test_progress_true_without_tqdm_is_refused_before_any_request(
    api_client: BEMServerAPIClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)  # import tqdm fails
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)
    sent = sent_paths(api_client)
    data = {"1": {START.isoformat(): 1.0}}
    with pytest.raises(BEMServerAPIClientValueError, match=r"progress=True needs tqdm"):
        api_client.timeseries_data.upload(1, data, progress=True)
    with pytest.raises(BEMServerAPIClientValueError, match=r"progress=True needs tqdm"):
        api_client.timeseries_data.download(
            START, end_of(10), 1, [1], chunk_size=None, progress=True
        )
    assert sent == []


def test_progress_true_without_tqdm_refuses_a_windowed_download_before_any_request(
    api_client: BEMServerAPIClient,
    bemserver_campaign: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids, state = series_and_state(api_client, bemserver_campaign, 1)
    monkeypatch.setitem(sys.modules, "tqdm", None)
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)
    sent = sent_paths(api_client)
    with pytest.raises(BEMServerAPIClientValueError, match=r"progress=True needs tqdm"):
        api_client.timeseries_data.download(
            START, end_of(10), state, ids, progress=True
        )
    assert sent == []


def carries_data(request: httpx.Request) -> bool:
    """A JSON upload chunk or a download window (not the CSV header sent first
    to link the timeseries, nor the stats read to size the windows)."""
    if request.url.path != "/timeseries_data/":
        return False
    if request.method == "POST":
        return request.headers.get("Content-Type") == "application/json"
    return request.method == "GET"


class InFlight:
    """Counts the data requests in flight, and the most there were at once."""

    def __init__(self) -> None:
        self.now = 0
        self.most = 0
        self.gated = 0
        self.lock = threading.Lock()

    def enter(self) -> None:
        with self.lock:
            self.gated += 1
            self.now += 1
            self.most = max(self.most, self.now)

    def leave(self) -> None:
        with self.lock:
            self.now -= 1


class GateTransport(httpx.BaseTransport):
    """Lets data requests through to the server in groups of `size`, all of a
    group in flight at once (a barrier: with fewer in flight than the limit it
    breaks), counting them."""

    def __init__(self, size: int) -> None:
        self.inner = httpx.HTTPTransport()
        self.gate = threading.Barrier(size)
        self.count = InFlight()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not carries_data(request):
            return self.inner.handle_request(request)
        self.count.enter()
        try:
            self.gate.wait(timeout=60)
            return self.inner.handle_request(request)
        finally:
            self.count.leave()

    def close(self) -> None:
        self.inner.close()


class AsyncGateTransport(httpx.AsyncBaseTransport):
    """GateTransport for the asyncio client (tasks wait at an asyncio barrier)."""

    def __init__(self, size: int) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.gate = asyncio.Barrier(size)
        self.count = InFlight()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not carries_data(request):
            return await self.inner.handle_async_request(request)
        self.count.enter()
        try:
            async with asyncio.timeout(60):
                await self.gate.wait()
            return await self.inner.handle_async_request(request)
        finally:
            self.count.leave()

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.mark.parametrize("concurrency", [1, 3])
def test_concurrency_is_the_number_of_requests_in_flight(
    api_client: BEMServerAPIClient,
    bemserver_sandbox: SandboxInfo,
    bemserver_campaign: int,
    concurrency: int,
) -> None:
    ids, state = series_and_state(api_client, bemserver_campaign, 1)
    data = json_payload(ids, 6_000)
    gate = GateTransport(concurrency)
    with make_client(
        bemserver_sandbox, http_client=httpx.Client(transport=gate), retry=None
    ) as client:
        # 12 chunks, 12 windows: whole groups of `concurrency` requests.
        client.timeseries_data.upload(
            state, data, chunk_size=500, concurrency=concurrency
        )
        assert (gate.count.gated, gate.count.most) == (12, concurrency)
        back = client.timeseries_data.download(
            START, end_of(6_000), state, ids, chunk_size=500, concurrency=concurrency
        )
        assert (gate.count.gated, gate.count.most) == (24, concurrency)
    assert back.data == data


@pytest.mark.parametrize("concurrency", [1, 3])
async def test_async_concurrency_is_the_number_of_requests_in_flight(
    async_api_client: AsyncBEMServerAPIClient,
    bemserver_sandbox: SandboxInfo,
    bemserver_campaign: int,
    concurrency: int,
) -> None:
    ids = [ts.id for ts in await new_series(async_api_client, bemserver_campaign, 1)]
    state = await data_state_id(async_api_client)
    data = json_payload(ids, 6_000)
    gate = AsyncGateTransport(concurrency)
    async with make_async_client(
        bemserver_sandbox, http_client=httpx.AsyncClient(transport=gate), retry=None
    ) as client:
        await client.timeseries_data.upload(
            state, data, chunk_size=500, concurrency=concurrency
        )
        assert (gate.count.gated, gate.count.most) == (12, concurrency)
        back = await client.timeseries_data.download(
            START, end_of(6_000), state, ids, chunk_size=500, concurrency=concurrency
        )
        assert (gate.count.gated, gate.count.most) == (24, concurrency)
    assert back.data == data
