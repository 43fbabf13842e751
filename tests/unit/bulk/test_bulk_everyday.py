"""What a download asks before its data, and data states by name, where a real
server cannot be made to answer so (a failing stats request, a malformed list
of data states)."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import httpx
import pytest

from bemserver_api_client import BEMServerAPIClient
from bemserver_api_client._bulk.windows import Densities, surely_small
from bemserver_api_client.exceptions import (
    BEMServerAPIClientValueError,
    BEMServerAPIInternalError,
    BEMServerAPIMalformedAnswerError,
)

UTC = dt.timezone.utc
START = dt.datetime(2024, 1, 1, tzinfo=UTC)
YEAR = START + dt.timedelta(days=365)


class Server:
    """Answers the stats with `stats` (status, body), the data states with
    `states`, a download with one point; records the paths asked."""

    def __init__(
        self, stats: tuple[int, Any] = (200, {"stats": {}}), states: Any = None
    ):
        self.stats = stats
        self.states = states
        self.paths: list[str] = []
        self.data_states: list[str] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        if request.url.path.endswith("/stats"):
            return httpx.Response(self.stats[0], json=self.stats[1])
        if request.url.path == "/timeseries_data_states/":
            return httpx.Response(200, json=self.states)
        self.data_states.append(request.url.params["data_state"])
        return httpx.Response(200, json={"1": {START.isoformat(): 1.0}})

    def client(self) -> BEMServerAPIClient:
        transport = httpx.MockTransport(self.handle)
        return BEMServerAPIClient(
            "api.test", http_client=httpx.Client(transport=transport), retry=None
        )


def test_stats_that_fail_to_answer_are_raised_not_worked_around() -> None:
    # A 5xx is no judgement of the arguments: the download does not go on
    # as one request of the whole year (it would be as big as the year).
    server = Server(stats=(500, {"message": "boom"}))
    with pytest.raises(BEMServerAPIInternalError) as caught:
        server.client().timeseries_data.download(START, YEAR, 1, [1])
    assert str(caught.value).startswith("GET /timeseries_data/stats -> 500")
    assert server.paths == ["/timeseries_data/stats"]


def test_stats_refusing_the_arguments_give_way_to_the_download() -> None:
    server = Server(stats=(422, {"errors": {"query": {"timeseries": ["bad"]}}}))
    back = server.client().timeseries_data.download(START, YEAR, 1, [1])
    assert back.data == {"1": {START.isoformat(): 1.0}}
    assert server.paths == ["/timeseries_data/stats", "/timeseries_data/"]


@pytest.mark.parametrize(
    "states",
    [None, {"Raw": 1}, [{"id": "1", "name": "Raw"}], [{"id": 1}], ["Raw"]],
)
def test_a_malformed_list_of_data_states_raises_a_documented_error(
    states: Any,
) -> None:
    server = Server(states=states)
    with pytest.raises(BEMServerAPIMalformedAnswerError, match="data states"):
        server.client().timeseries_data.download(START, START, "Raw", [1])
    assert server.paths == ["/timeseries_data_states/"]


def test_an_id_is_sent_as_given_without_a_lookup() -> None:
    server = Server(states=[{"id": 7, "name": "Raw"}])
    client = server.client()
    week = START + dt.timedelta(days=7)
    for state in (3, "3", " 3"):
        client.timeseries_data.download(START, week, state, [1])
    client.timeseries_data.download(START, week, "Raw", [1])
    client.timeseries_data.download(START, week, "Raw", [1])
    assert server.paths.count("/timeseries_data_states/") == 1
    assert server.data_states == ["3", "3", "3", "7", "7"]


def test_surely_small_is_a_point_a_minute_unless_seen_denser() -> None:
    seen = Densities()
    day = START + dt.timedelta(days=1)
    # 3 timeseries x 1,440 minutes = 4,320 points at most.
    assert surely_small(START, day, ["a", "b", "c"], 4_320, seen)
    assert not surely_small(START, day, ["a", "b", "c"], 4_319, seen)
    seen.saw("a", 86_400, 86_400)  # a point a second
    assert not surely_small(START, day, ["a", "b", "c"], 80_000, seen)
    assert surely_small(START, day, ["a", "b", "c"], 86_400 + 2 * 1_440, seen)
    # Sparser than assumed changes nothing: only ever more careful.
    seen.saw("b", 1, 86_400)
    assert not surely_small(START, day, ["b"], 1_439, seen)


def test_a_name_is_looked_up_after_the_checks_made_before_any_request() -> None:
    server = Server(states=[{"id": 7, "name": "Raw"}])
    week = START + dt.timedelta(days=7)
    with pytest.raises(BEMServerAPIClientValueError, match="to_file needs"):
        server.client().timeseries_data.download(
            START, week, "Raw", [1], to_file=io.BytesIO()
        )
    with pytest.raises(BEMServerAPIClientValueError, match="chunk_size"):
        server.client().timeseries_data.upload("Raw", {"1": {}}, chunk_size=0)
    assert server.paths == []
