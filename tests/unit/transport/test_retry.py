"""One retry policy for every call: what is repeated, after how long.

Mock transports play the failures a real BEMServer cannot be made to produce
(a proxy's 503, a connection dropped after the request was sent); the waits are
recorded instead of slept.
"""

from __future__ import annotations

import email.utils
import logging
from collections.abc import Callable, Iterator

import httpx
import pytest

from bemserver_api_client._retry import Retry
from bemserver_api_client.exceptions import (
    BEMServerAPIConnectionError,
    BEMServerAPIInternalError,
)
from tests.unit.conftest import MockClients

Answer = Callable[[httpx.Request], httpx.Response]


class Script:
    """Answers requests from a list of outcomes, then 200; counts them."""

    def __init__(self, *outcomes: int | type[Exception] | httpx.Response) -> None:
        self.outcomes = list(outcomes)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        outcome = self.outcomes.pop(0) if self.outcomes else 200
        if isinstance(outcome, httpx.Response):
            return outcome
        if isinstance(outcome, type):
            raise outcome("scripted failure", request=request)
        body = (
            [] if request.method == "GET" else {"id": 1, "name": "x", "campaign_id": 1}
        )
        return httpx.Response(
            outcome, json=body if outcome < 300 else {"code": outcome}
        )


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    """The delays the client waited, instead of waiting them."""
    recorded: list[float] = []
    monkeypatch.setattr("bemserver_api_client._transport.time.sleep", recorded.append)
    yield recorded


@pytest.mark.parametrize("status", [408, 429, 502, 503, 504])
def test_idempotent_requests_are_retried_on_transient_statuses(
    status: int, waits: list[float], mock_client: MockClients
) -> None:
    script = Script(status, status)
    assert mock_client(script).sites.getall().status_code == 200
    assert len(script.requests) == 3
    assert len(waits) == 2
    assert 0 <= waits[0] <= 0.5 and 0 <= waits[1] <= 1.0  # jittered, doubling


def test_retries_stop_after_the_last_attempt(
    waits: list[float], mock_client: MockClients
) -> None:
    script = Script(503, 503, 503, 503, 503)
    with pytest.raises(BEMServerAPIInternalError) as raised:
        mock_client(script).sites.getall()
    assert raised.value.status_code == 503
    assert len(script.requests) == 4
    assert len(waits) == 3


def test_retry_after_is_honoured(waits: list[float], mock_client: MockClients) -> None:
    script = Script(httpx.Response(503, headers={"Retry-After": "7"}))
    mock_client(script).sites.getall()
    assert waits == [7.0]


def test_other_errors_are_not_retried(
    waits: list[float], mock_client: MockClients
) -> None:
    script = Script(500, 404)
    with pytest.raises(BEMServerAPIInternalError):
        mock_client(script).sites.getall()
    assert len(script.requests) == 1 and waits == []


def test_a_create_is_never_repeated_once_it_may_have_reached_the_server(
    waits: list[float], mock_client: MockClients
) -> None:
    for outcome in (503, httpx.ReadError, httpx.RemoteProtocolError, httpx.ReadTimeout):
        script = Script(outcome)
        with pytest.raises(BEMServerAPIInternalError):
            mock_client(script).sites.create({"name": "x", "campaign_id": 1})
        assert len(script.requests) == 1, outcome
    assert waits == []


def test_a_create_is_retried_when_the_connection_failed_before_sending(
    waits: list[float], mock_client: MockClients
) -> None:
    script = Script(httpx.ConnectError, httpx.ConnectTimeout)
    response = mock_client(script).sites.create({"name": "x", "campaign_id": 1})
    assert response.status_code == 200
    assert len(script.requests) == 3 and len(waits) == 2


def test_data_uploads_are_retried_although_posts(
    waits: list[float], mock_client: MockClients
) -> None:
    script = Script(503, httpx.ReadError)
    response = mock_client(script).timeseries_data.upload(1, {"1": {"2020-01-01": 1.0}})
    assert response.status_code == 200
    assert len(script.requests) == 3
    assert [r.content for r in script.requests] == [script.requests[0].content] * 3


def test_csv_file_uploads_are_sent_whole_on_every_attempt(
    waits: list[float], mock_client: MockClients
) -> None:
    import io

    script = Script(502)
    csv = b"Datetime,1\n2020-01-01T00:00:00+00:00,1\n"
    mock_client(script).timeseries_data.upload(1, io.BytesIO(csv), format="text/csv")
    assert [r.content for r in script.requests] == [csv, csv]


def test_retry_can_be_switched_off_per_client_and_per_call(
    waits: list[float], mock_client: MockClients
) -> None:
    script = Script(503, 503)
    with pytest.raises(BEMServerAPIInternalError):
        mock_client(script, retry=None).sites.getall()
    assert len(script.requests) == 1
    script = Script(503, 503)
    retrying = mock_client(script)
    with pytest.raises(BEMServerAPIInternalError):
        retrying.with_options(retry=None).sites.getall()
    assert len(script.requests) == 1
    assert retrying.sites.getall().status_code == 200  # the original still retries
    assert len(script.requests) == 3


def test_a_custom_policy(waits: list[float], mock_client: MockClients) -> None:
    script = Script(httpx.ConnectError, httpx.ConnectError)
    with pytest.raises(BEMServerAPIConnectionError):
        mock_client(script, retry=Retry(attempts=2, backoff=0.1)).sites.getall()
    assert len(script.requests) == 2
    assert len(waits) == 1 and waits[0] <= 0.1


def test_per_call_timeout(mock_client: MockClients) -> None:
    seen: list[dict[str, float | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json=[])

    api = mock_client(handler)
    api.sites.getall()
    api.with_options(timeout=2.5).sites.getall()
    assert seen[0]["connect"] == 10.0 and seen[0]["read"] == 60.0
    assert seen[1] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}


@pytest.mark.anyio
async def test_async_client_retries_the_same_way(
    monkeypatch: pytest.MonkeyPatch, mock_client: MockClients
) -> None:
    slept: list[float] = []

    async def sleep(delay: float) -> None:
        slept.append(delay)

    monkeypatch.setattr("asyncio.sleep", sleep)
    script = Script(503, httpx.ConnectError)
    api = mock_client.async_(script)
    async with api:
        assert (await api.sites.getall()).status_code == 200
    assert len(script.requests) == 3 and len(slept) == 2


# -- what a server's Retry-After and the policy's settings can make the client do --


def test_retry_after_beyond_the_cap_waits_the_default_cap(
    waits: list[float], mock_client: MockClients
) -> None:
    # The default policy keeps its documented bound: 10 s per Retry-After.
    script = Script(httpx.Response(503, headers={"Retry-After": "3600"}))
    mock_client(script).sites.getall()
    assert waits == [10.0]
    assert Retry().max_retry_after == 10.0


@pytest.mark.parametrize(
    ("header", "expected_wait"),
    [
        # A date the platform cannot represent: unreadable, so a plain backoff.
        ("Fri, 31 Dec 999999999999999999999 23:59:59 GMT", None),
        ("Fri, 31 Dec 99999 23:59:59 GMT", None),
        # The far future the platform can represent: capped.
        ("Fri, 31 Dec 9999 23:59:59 GMT", 10.0),
        ("Fri, 31 Dec 9999 23:59:59 -0000", 10.0),
        ("1e400", 10.0),
        ("nan", None),
    ],
)
def test_retry_after_far_away_or_absurd_is_bounded(
    header: str,
    expected_wait: float | None,
    waits: list[float],
    mock_client: MockClients,
) -> None:
    script = Script(httpx.Response(503, headers={"Retry-After": header}))
    assert mock_client(script).sites.getall().status_code == 200
    assert len(waits) == 1
    if expected_wait is None:
        assert 0 <= waits[0] <= 0.5  # the first backoff
    else:
        assert waits == [expected_wait]


@pytest.mark.parametrize(
    ("settings", "named"),
    [
        ({"max_backoff": -1}, "max_backoff"),
        ({"backoff": -0.5}, "backoff"),
        ({"backoff": float("nan")}, "backoff"),
        ({"max_backoff": float("inf")}, "max_backoff"),
        ({"max_retry_after": float("inf")}, "max_retry_after"),
        ({"max_retry_after": -3}, "max_retry_after"),
        ({"max_retry_after": "60"}, "max_retry_after"),
        ({"attempts": 0}, "attempts"),
        ({"attempts": 2.5}, "attempts"),
        ({"attempts": float("inf")}, "attempts"),
    ],
)
def test_settings_out_of_range_are_refused(
    settings: dict[str, object], named: str
) -> None:
    with pytest.raises(ValueError, match=named):
        Retry(**settings)  # type: ignore[arg-type]


def test_many_attempts_keep_finite_delays() -> None:
    policy = Retry(attempts=100_000, backoff=0.5, max_backoff=8)
    for attempt in (1, 1_000, 2_000, 99_999):
        delay = policy.delay_after_error(attempt, httpx.ConnectError("down"), True)
        assert delay is not None and 0 <= delay <= 8
    huge_backoff = Retry(attempts=5_000, backoff=1e300, max_backoff=8)
    delay = huge_backoff.delay_after_error(4_999, httpx.ConnectError("down"), True)
    assert delay is not None and 0 <= delay <= 8


@pytest.fixture
def longest_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Full jitter always draws its upper bound: waits are exact."""
    monkeypatch.setattr("bemserver_api_client._retry.random.uniform", lambda a, b: b)


@pytest.mark.usefixtures("longest_backoff")
def test_backoff_doubles_up_to_max_backoff(
    waits: list[float], mock_client: MockClients
) -> None:
    script = Script(503, 503, 503, 503, 503)
    policy = Retry(attempts=6, backoff=1.0, max_backoff=3.0)
    assert mock_client(script, retry=policy).sites.getall().status_code == 200
    assert waits == [1.0, 2.0, 3.0, 3.0, 3.0]


def test_retry_after_is_capped_by_max_retry_after(
    waits: list[float], mock_client: MockClients
) -> None:
    script = Script(httpx.Response(503, headers={"Retry-After": "120"}))
    policy = Retry(max_retry_after=5.0)
    assert mock_client(script, retry=policy).sites.getall().status_code == 200
    assert waits == [5.0]


# Within the default cap (10 s): the date's own delay.
@pytest.mark.parametrize(("offset", "expected"), [(8, 8.0), (-30, 0.0)])
def test_retry_after_as_an_http_date(
    offset: int,
    expected: float,
    waits: list[float],
    mock_client: MockClients,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    now = 1_800_000_000.0
    monkeypatch.setattr("bemserver_api_client._retry.time.time", lambda: now)
    when = email.utils.formatdate(now + offset, usegmt=True)  # an IMF-fixdate
    script = Script(httpx.Response(503, headers={"Retry-After": when}))
    assert mock_client(script).sites.getall().status_code == 200
    assert waits == [expected]


def test_retries_are_logged_at_info_level(
    waits: list[float], mock_client: MockClients, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bemserver_api_client")
    script = Script(503, httpx.ConnectError)
    assert mock_client(script).sites.getall().status_code == 200
    retries = [
        (r.name, r.levelno, r.getMessage())
        for r in caplog.records
        if r.name == "bemserver_api_client" and "retry" in r.getMessage()
    ]
    assert [(name, level) for name, level, _ in retries] == [
        ("bemserver_api_client", logging.INFO)
    ] * 2
    first, second = (message for _, _, message in retries)
    assert "GET" in first and "/sites/" in first and "answered 503: retry 1" in first
    assert "ConnectError" in second and "retry 2" in second
