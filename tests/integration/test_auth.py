"""Authentication against a real server: Basic exchanged for a token, bearer
tokens refreshed on expiry, single-flight across threads and tasks.

The `short_lived` sandbox (tests/integration/conftest.py) issues access tokens
that live a few seconds, so that real expiries happen within the test run; each
test waits for them from the token's own expiry time.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
from typing import Any

import httpx
import pytest

from bemserver_api_client import AsyncBEMServerAPIClient, BEMServerAPIClient
from bemserver_api_client.exceptions import (
    BEMServerAPIAuthenticationError,
    BEMServerAPITimeoutError,
)
from bemserver_api_client.testing import SandboxInfo
from tests.integration.conftest import threads_at_once, tokens, wait_until_expired
from tests.support.faultproxy import DELAY, HANG, FaultProxy, wait_until

pytestmark = pytest.mark.integration


class RequestLog:
    """Counts the requests that leave the client, by method and path."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str, str]] = []
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> None:
        with self._lock:
            authorization = request.headers.get("Authorization", "").split(" ")[0]
            self.requests.append((request.method, request.url.path, authorization))

    async def async_hook(self, request: httpx.Request) -> None:
        self(request)

    def count(self, path: str) -> int:
        return sum(1 for _, p, _ in self.requests if p == path)

    def sequence(self) -> list[tuple[str, str]]:
        """(method, path) of every request, in the order they were sent."""
        return [(method, path) for method, path, _ in self.requests]


def logged_client(info: SandboxInfo, auth: Any, log: RequestLog) -> BEMServerAPIClient:
    return BEMServerAPIClient(
        info.host,
        use_ssl=False,
        authentication_method=auth,
        http_client=httpx.Client(event_hooks={"request": [log]}),
    )


def test_token_flow_of_the_usage_contract(bemserver_sandbox: SandboxInfo) -> None:
    api_client = BEMServerAPIClient(bemserver_sandbox.host, use_ssl=False)
    auth_resp = api_client.auth.get_tokens(
        bemserver_sandbox.admin.email, bemserver_sandbox.admin.password
    )
    assert auth_resp.data["status"] == "success"
    assert set(auth_resp.data) == {"status", "access_token", "refresh_token"}
    api_client.set_authentication_method(
        BEMServerAPIClient.make_bearer_token_auth(
            auth_resp.data["access_token"], auth_resp.data["refresh_token"]
        )
    )
    assert api_client.campaigns.getall().status_code == 200
    failure = api_client.auth.get_tokens(bemserver_sandbox.admin.email, "wrong")
    assert failure.data == {"status": "failure"}


def test_basic_credentials_are_exchanged_once_for_a_token(
    bemserver_sandbox: SandboxInfo,
) -> None:
    log = RequestLog()
    auth = BEMServerAPIClient.make_http_basic_auth(
        bemserver_sandbox.admin.email, bemserver_sandbox.admin.password
    )
    with logged_client(bemserver_sandbox, auth, log) as client:
        for _ in range(5):
            client.campaigns.getall()
    assert log.count("/auth/token") == 1
    api_requests = [r for r in log.requests if r[1] == "/campaigns/"]
    assert [scheme for _, _, scheme in api_requests] == ["Bearer"] * 5


def test_wrong_basic_credentials_raise_invalid_credentials(
    bemserver_sandbox: SandboxInfo,
) -> None:
    auth = BEMServerAPIClient.make_http_basic_auth(bemserver_sandbox.admin.email, "no")
    with (
        BEMServerAPIClient(
            bemserver_sandbox.host, use_ssl=False, authentication_method=auth
        ) as client,
        pytest.raises(BEMServerAPIAuthenticationError) as raised,
    ):
        client.campaigns.getall()
    assert raised.value.code == "invalid_credentials"


def test_plain_basic_is_still_available(bemserver_sandbox: SandboxInfo) -> None:
    log = RequestLog()
    from bemserver_api_client import HTTPBasicAuth

    auth = HTTPBasicAuth(
        bemserver_sandbox.admin.email,
        bemserver_sandbox.admin.password,
        exchange_for_token=False,
    )
    with logged_client(bemserver_sandbox, auth, log) as client:
        client.campaigns.getall()
    assert log.requests == [("GET", "/campaigns/", "Basic")]


def test_expired_token_is_refreshed_and_the_request_replayed(
    short_lived: SandboxInfo,
) -> None:
    access, refresh = tokens(short_lived)
    refreshed: list[tuple[str, str | None]] = []
    auth = BEMServerAPIClient.make_bearer_token_auth(
        access, refresh, lambda a, r: refreshed.append((a, r))
    )
    log = RequestLog()
    with logged_client(short_lived, auth, log) as client:
        assert client.campaigns.getall().status_code == 200
        wait_until_expired(access)
        response = client.campaigns.getall()
    assert response.status_code == 200
    assert log.sequence() == [
        ("GET", "/campaigns/"),  # the token is valid
        ("GET", "/campaigns/"),  # expired: 401
        ("POST", "/auth/token/refresh"),
        ("GET", "/campaigns/"),  # replayed with the new token
    ]
    assert len(refreshed) == 1
    assert refreshed[0][0] == auth.access_token != access


def test_failed_refresh_raises_authentication_error(short_lived: SandboxInfo) -> None:
    access, _ = tokens(short_lived)
    auth = BEMServerAPIClient.make_bearer_token_auth(access, "not-a-refresh-token")
    with BEMServerAPIClient(
        short_lived.host, use_ssl=False, authentication_method=auth
    ) as client:
        wait_until_expired(access)
        with pytest.raises(BEMServerAPIAuthenticationError) as raised:
            client.campaigns.getall()
    assert raised.value.code == "invalid_token"


def test_expired_exchanged_token_is_renewed_from_the_credentials(
    short_lived: SandboxInfo,
) -> None:
    log = RequestLog()
    auth = BEMServerAPIClient.make_http_basic_auth(
        short_lived.admin.email, short_lived.admin.password
    )
    with logged_client(short_lived, auth, log) as client:
        client.campaigns.getall()
        first = auth.access_token
        wait_until_expired(first)
        assert client.campaigns.getall().status_code == 200
    assert auth.access_token != first
    assert log.sequence() == [
        ("POST", "/auth/token"),
        ("GET", "/campaigns/"),
        ("GET", "/campaigns/"),  # expired: 401
        ("POST", "/auth/token"),
        ("GET", "/campaigns/"),
    ]


def test_refresh_is_single_flight_across_threads(short_lived: SandboxInfo) -> None:
    access, refresh = tokens(short_lived)
    refreshed: list[str] = []
    auth = BEMServerAPIClient.make_bearer_token_auth(
        access, refresh, lambda a, r: refreshed.append(a)
    )
    log = RequestLog()
    with logged_client(short_lived, auth, log) as client:
        wait_until_expired(access)
        outcome = threads_at_once(20, lambda: client.campaigns.getall().status_code)
    assert outcome.errors == []
    assert outcome.results == [200] * 20
    assert log.count("/auth/token/refresh") == 1
    assert len(refreshed) == 1


@pytest.mark.anyio
async def test_refresh_is_single_flight_across_tasks(short_lived: SandboxInfo) -> None:
    access, refresh = tokens(short_lived)
    auth = AsyncBEMServerAPIClient.make_bearer_token_auth(access, refresh)
    log = RequestLog()
    client = AsyncBEMServerAPIClient(
        short_lived.host,
        use_ssl=False,
        authentication_method=auth,
        http_client=httpx.AsyncClient(event_hooks={"request": [log.async_hook]}),
    )
    async with client:
        await asyncio.to_thread(wait_until_expired, access)
        responses = await asyncio.gather(
            *(client.campaigns.getall() for _ in range(20))
        )
    assert [r.status_code for r in responses] == [200] * 20
    assert log.count("/auth/token/refresh") == 1
    assert auth.renewals == 1


# -- issue 21: token requests under the client's timeout, one renewal whatever
# the threads and event loops ------------------------------------------------------


def hang_token_requests(method: str, path: str) -> list[str]:
    return [HANG] if path.startswith("/auth/token") else []


#: How long the proxy holds a token request before forwarding it: a client
#: without a timeout on it gets its token that late, and its call succeeds.
HANG_SECONDS = 15.0


def test_a_hanging_token_endpoint_is_a_timeout_for_every_waiting_thread(
    bemserver_sandbox: SandboxInfo,
) -> None:
    admin = bemserver_sandbox.admin
    auth = BEMServerAPIClient.make_http_basic_auth(admin.email, admin.password)
    with FaultProxy(
        bemserver_sandbox.port,
        rate=1.0,
        faults_for=hang_token_requests,
        delay=HANG_SECONDS,
    ) as proxy:
        client = BEMServerAPIClient(
            proxy.host, use_ssl=False, authentication_method=auth, timeout=1, retry=None
        )
        outcome = threads_at_once(6, lambda: client.campaigns.getall())
        assert outcome.results == []
        assert len(outcome.errors) == 6
        assert all(isinstance(e, BEMServerAPITimeoutError) for e in outcome.errors)
        token_requests = proxy.select(path="/auth/token")
        assert token_requests, "no token request reached the proxy"
        # The proxy saw each token request given up by the client, unanswered.
        assert wait_until(lambda: all(r.abandoned for r in token_requests))
        assert proxy.select(path="/campaigns/") == []


def test_a_hanging_token_refresh_is_a_timeout_for_every_waiting_task(
    short_lived: SandboxInfo,
) -> None:
    access, refresh = tokens(short_lived)
    auth = AsyncBEMServerAPIClient.make_bearer_token_auth(access, refresh)
    wait_until_expired(access)

    async def calls(host: str) -> list[BaseException | Any]:
        client = AsyncBEMServerAPIClient(
            host, use_ssl=False, authentication_method=auth, timeout=1, retry=None
        )
        async with client:
            return await asyncio.gather(
                *(client.campaigns.getall() for _ in range(6)), return_exceptions=True
            )

    with FaultProxy(
        short_lived.port, rate=1.0, faults_for=hang_token_requests, delay=HANG_SECONDS
    ) as proxy:
        outcomes = asyncio.run(calls(proxy.host))
        assert all(isinstance(o, BEMServerAPITimeoutError) for o in outcomes), outcomes
        refreshes = proxy.select(path="/auth/token/refresh")
        assert refreshes, "no refresh reached the proxy"
        assert wait_until(lambda: all(r.abandoned for r in refreshes))
    assert auth.access_token == access  # nothing renewed


def delay_refreshes(method: str, path: str) -> list[str]:
    return [DELAY] if path == "/auth/token/refresh" else []


def test_refresh_is_single_flight_across_event_loops_threads_and_clients(
    short_lived: SandboxInfo,
) -> None:
    """8 threads each running its own event loop (asyncio.run) and 4 threads of
    blocking calls share one auth: one refresh request in all. The proxy holds
    the refresh for a while, so that every caller meets the expired token
    while it is in flight."""
    access, refresh = tokens(short_lived)
    auth = BEMServerAPIClient.make_bearer_token_auth(access, refresh)
    turns = itertools.count()

    with FaultProxy(
        short_lived.port, rate=1.0, faults_for=delay_refreshes, delay=2.0
    ) as proxy:

        async def async_calls() -> list[int]:
            client = AsyncBEMServerAPIClient(
                proxy.host, use_ssl=False, authentication_method=auth
            )
            async with client:
                responses = await asyncio.gather(
                    *(client.campaigns.getall() for _ in range(3))
                )
            return [response.status_code for response in responses]

        def work() -> list[int]:
            if next(turns) < 8:
                return asyncio.run(async_calls())
            return [sync_client.campaigns.getall().status_code]

        with BEMServerAPIClient(
            proxy.host, use_ssl=False, authentication_method=auth
        ) as sync_client:
            wait_until_expired(access)
            outcome = threads_at_once(12, work)
        refreshes = proxy.select(path="/auth/token/refresh")
    assert outcome.errors == []
    assert sorted(len(r) for r in outcome.results) == [1] * 4 + [3] * 8
    assert all(status == 200 for r in outcome.results for status in r)
    assert len(refreshes) == 1
    assert auth.renewals == 1


def test_bearer_token_auth_made_as_0_22_0_made_it_is_refreshed(
    short_lived: SandboxInfo,
) -> None:
    """Code of bemserver-api-client 0.22.0 that built its own authentication
    (`authentication.BearerTokenAuth` with 0.22.0's arguments) gets its expired
    token refreshed and its external callback called."""
    from bemserver_api_client.authentication import BearerTokenAuth

    access, refresh = tokens(short_lived)
    told: list[tuple[str, str | None]] = []
    auth = BearerTokenAuth(
        access,
        refresh_token=refresh,
        after_refresh_tokens_external_callback=lambda a, r: told.append((a, r)),
    )
    log = RequestLog()
    with logged_client(short_lived, auth, log) as client:
        wait_until_expired(access)
        assert client.campaigns.getall().status_code == 200
    assert log.sequence() == [
        ("GET", "/campaigns/"),
        ("POST", "/auth/token/refresh"),
        ("GET", "/campaigns/"),
    ]
    assert told == [(auth.access_token, auth.refresh_token)]
    assert auth.access_token != access
