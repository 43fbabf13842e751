"""The client against a real sandbox behind a proxy that injects faults
(tests/support/faultproxy.py): connection resets before and after the server did the
work, 503 answers with and without Retry-After, delays, truncated answers.

What is asserted, exactly:
- idempotent calls (GET, PUT with ETag) all succeed: each call ends with exactly
  one clean answer from the server, every fault having been retried;
- creates (POST) are never sent twice; each either returns (the row exists) or
  raises; the rows on the server are the creates that returned plus those whose
  answer the proxy broke after the server had received them (counted on the
  server directly, not through the proxy);
- an expired token met by 20 threads and 20 tasks is refreshed once per token
  pair at the server;
- `iter_all` gives every item of a 2,500-item collection exactly once;
- a delay longer than the per-call timeout raises BEMServerAPITimeoutError.
"""

from __future__ import annotations

import asyncio
import io
import json
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from bemserver_api_client import AsyncBEMServerAPIClient, BEMServerAPIClient
from bemserver_api_client._retry import Retry
from bemserver_api_client.exceptions import (
    BEMServerAPIConnectionError,
    BEMServerAPIInternalError,
    BEMServerAPIPreconditionError,
    BEMServerAPITimeoutError,
)
from bemserver_api_client.testing import BEMServerSandbox, SandboxInfo
from tests.integration.conftest import threads_at_once, tokens, wait_until_expired
from tests.support.faultproxy import (
    AFTER_SERVER,
    ALL_FAULTS,
    DELAY,
    RESET_BEFORE,
    UNAVAILABLE,
    UNAVAILABLE_RETRY_AFTER,
    FaultProxy,
    wait_until,
)

pytestmark = pytest.mark.integration

RATE = 0.2
#: Enough attempts that a call meeting faults 7 times in a row is improbable
#: (0.2**7 ~ 1e-5 a call), with short waits; the proxy asks Retry-After: 1,
#: which the client caps at max_retry_after.
RETRY = Retry(attempts=8, backoff=0.05, max_backoff=0.5, max_retry_after=0.5)
THREADS = 4


def spare_token_requests(method: str, path: str) -> Sequence[str]:
    """The faults a request may meet: all, but no 503 for token requests, so that
    the faults counted by the tests below are those of the calls themselves (a
    503 on a token request is tested in test_503_on_token_exchange_is_retried and
    test_503_on_token_refresh_is_retried)."""
    if path.startswith("/auth/token"):
        return [
            f for f in ALL_FAULTS if f not in (UNAVAILABLE, UNAVAILABLE_RETRY_AFTER)
        ]
    return ALL_FAULTS


@pytest.fixture
def proxy(bemserver_sandbox: SandboxInfo) -> Iterator[FaultProxy]:
    """The session's sandbox behind a proxy with a 20% fault rate."""
    with FaultProxy(
        bemserver_sandbox.port,
        rate=RATE,
        seed=20240601,
        faults_for=spare_token_requests,
        record_bodies=True,
    ) as fault_proxy:
        yield fault_proxy


def basic_auth(info: SandboxInfo) -> Any:
    return BEMServerAPIClient.make_http_basic_auth(
        info.admin.email, info.admin.password
    )


def proxied_client(
    info: SandboxInfo, proxy: FaultProxy, **kwargs: Any
) -> BEMServerAPIClient:
    kwargs.setdefault("authentication_method", basic_auth(info))
    return BEMServerAPIClient(proxy.host, use_ssl=False, retry=RETRY, **kwargs)


def proxied_async_client(
    info: SandboxInfo, proxy: FaultProxy, **kwargs: Any
) -> AsyncBEMServerAPIClient:
    kwargs.setdefault("authentication_method", basic_auth(info))
    return AsyncBEMServerAPIClient(proxy.host, use_ssl=False, retry=RETRY, **kwargs)


def admin(sandbox: BEMServerSandbox, method: str, path: str, **kwargs: Any) -> Any:
    """A request straight to the server (not through the proxy)."""
    response = sandbox.admin_request(method, path, **kwargs)
    assert response.status_code < 300, response.text
    return response.json() if response.content else None


def new_scope(sandbox: BEMServerSandbox, campaign: int) -> int:
    scope = admin(
        sandbox,
        "POST",
        "/campaign_scopes/",
        json={"name": f"scope-{uuid.uuid4().hex[:8]}", "campaign_id": campaign},
    )
    return int(scope["id"])


def server_timeseries(sandbox: BEMServerSandbox, campaign: int) -> list[dict[str, Any]]:
    """Every timeseries of a campaign, read from the server directly."""
    items: list[dict[str, Any]] = []
    page: int | None = 1
    while page is not None:
        response = sandbox.admin_request(
            "GET",
            "/timeseries/",
            params={"campaign_id": campaign, "page": page, "page_size": 100},
        )
        assert response.status_code == 200, response.text
        items += response.json()
        page = json.loads(response.headers["X-Pagination"]).get("next_page")
    return items


def api_records(proxy: FaultProxy) -> list[Any]:
    return [r for r in proxy.snapshot() if not r.path.startswith("/auth/")]


def test_a_thousand_idempotent_calls_all_succeed(
    bemserver_sandbox: SandboxInfo,
    bemserver_sandbox_server: BEMServerSandbox,
    bemserver_campaign: int,
    proxy: FaultProxy,
) -> None:
    sandbox, campaign = bemserver_sandbox_server, bemserver_campaign
    scope = new_scope(sandbox, campaign)
    timeseries = admin(
        sandbox,
        "POST",
        "/timeseries/",
        json={"name": "ts", "campaign_id": campaign, "campaign_scope_id": scope},
    )
    sites = {
        admin(
            sandbox,
            "POST",
            "/sites/",
            json={"name": f"site-{n}", "campaign_id": campaign, "description": "x"},
        )["id"]: f"site-{n}"
        for n in range(2 * THREADS)
    }
    site_ids = list(sites)
    sync_calls = 500
    async_calls = 1000 - sync_calls

    def sync_worker(site_id: int, client: BEMServerAPIClient, count: int) -> int:
        """GETs of several kinds, and PUTs with the ETag of the last answer.

        Each PUT writes the same state: a replay after the server applied it
        matches the ETag (test_conditional_update_replayed_after_it_was_applied
        shows what happens when it does not)."""
        etag = client.sites.getone(site_id).etag
        done = 1
        while done < count:
            kind = done % 5
            if kind == 0:
                response = client.sites.update(
                    site_id, {"name": sites[site_id], "description": "x"}, etag=etag
                )
                etag = response.etag
            elif kind == 1:
                response = client.campaigns.getone(campaign)
            elif kind == 2:
                response = client.sites.getall(campaign_id=campaign)
            elif kind == 3:
                response = client.timeseries.getone(timeseries["id"])
            else:
                response = client.timeseries.getall(campaign_id=campaign)
            assert response.status_code == 200
            done += 1
        return done

    async def async_worker(
        site_id: int, client: AsyncBEMServerAPIClient, count: int
    ) -> int:
        etag = (await client.sites.getone(site_id)).etag
        done = 1
        while done < count:
            kind = done % 3
            if kind == 0:
                put = await client.sites.update(
                    site_id, {"name": sites[site_id], "description": "x"}, etag=etag
                )
                etag = put.etag
                assert put.status_code == 200
            elif kind == 1:
                get = await client.sites.getall(campaign_id=campaign)
                assert get.status_code == 200
            else:
                one = await client.timeseries.getone(timeseries["id"])
                assert one.parsed.name == "ts"
            done += 1
        return done

    with (
        proxied_client(bemserver_sandbox, proxy) as client,
        ThreadPoolExecutor(THREADS) as pool,
    ):
        per_thread = sync_calls // THREADS
        done = list(
            pool.map(
                lambda site_id: sync_worker(site_id, client, per_thread),
                site_ids[:THREADS],
            )
        )
    assert done == [per_thread] * THREADS

    async def run_async() -> list[int]:
        async with proxied_async_client(bemserver_sandbox, proxy) as client:
            per_task = async_calls // THREADS
            return await asyncio.gather(
                *(
                    async_worker(site_id, client, per_task)
                    for site_id in site_ids[THREADS:]
                )
            )

    assert sum(asyncio.run(run_async())) == async_calls

    records = api_records(proxy)
    counts = proxy.counts()
    # Every kind of fault happened; each call ended with one clean answer.
    assert all(counts[fault] > 0 for fault in ALL_FAULTS), counts
    clean = [r for r in records if r.fault in (None, DELAY)]
    assert len(clean) == 1000
    assert all(r.forwarded and r.status == 200 for r in clean)
    # Every other request was a fault, and was retried.
    assert len(records) == 1000 + sum(
        1 for r in records if r.fault not in (None, DELAY)
    )
    print(
        f"\nidempotent: {len(proxy.snapshot())} requests for 1000 calls, {dict(counts)}"
    )


def test_creates_are_reported_as_they_happened(
    bemserver_sandbox: SandboxInfo,
    bemserver_sandbox_server: BEMServerSandbox,
    bemserver_campaign: int,
    proxy: FaultProxy,
) -> None:
    sandbox, campaign = bemserver_sandbox_server, bemserver_campaign
    scope = new_scope(sandbox, campaign)
    created: dict[str, int] = {}
    failed: dict[str, BaseException] = {}
    lock = threading.Lock()

    def create(n: int) -> None:
        name = f"created-{n}"
        try:
            response = client.timeseries.create(
                {"name": name, "campaign_id": campaign, "campaign_scope_id": scope}
            )
        except BEMServerAPIInternalError as error:
            with lock:
                failed[name] = error
        else:
            assert response.status_code == 201
            with lock:
                created[name] = response.parsed.id

    with proxied_client(bemserver_sandbox, proxy) as client:
        # The token exchange first (retried if faulted): creates then send one
        # request each.
        client.campaigns.getone(campaign)
        before = len(proxy.snapshot())
        with ThreadPoolExecutor(THREADS) as pool:
            list(pool.map(create, range(200)))

    assert len(created) + len(failed) == 200
    posts = [r for r in proxy.snapshot()[before:] if r.method == "POST"]
    # No create was sent twice: the client never retries a POST that may have
    # reached the server.
    assert len(posts) == 200
    by_name = {json.loads(r.body)["name"]: r for r in posts}
    assert len(by_name) == 200
    reached_unanswered = {
        name for name, r in by_name.items() if r.fault in AFTER_SERVER and r.forwarded
    }
    not_forwarded = {
        name
        for name, r in by_name.items()
        if r.fault in (RESET_BEFORE, UNAVAILABLE, UNAVAILABLE_RETRY_AFTER)
    }
    # Every faulted create was reported as failed, every other one as created.
    assert set(failed) == reached_unanswered | not_forwarded
    assert reached_unanswered and not_forwarded
    assert all(
        isinstance(failed[name], BEMServerAPIConnectionError)
        for name in reached_unanswered
    )
    for name in not_forwarded:
        if by_name[name].fault == RESET_BEFORE:
            assert isinstance(failed[name], BEMServerAPIConnectionError)
        else:
            assert failed[name].status_code == 503  # type: ignore[attr-defined]
    # On the server: what returned, plus what reached it but whose answer broke.
    rows = {ts["name"]: ts["id"] for ts in server_timeseries(sandbox, campaign)}
    assert len(rows) == len(created) + len(reached_unanswered)
    assert set(rows) == set(created) | reached_unanswered
    assert all(rows[name] == created[name] for name in created)
    print(
        f"\ncreates: {len(created)} returned, {len(reached_unanswered)} failed after "
        f"reaching the server, {len(not_forwarded)} failed before; "
        f"{len(rows)} rows on the server"
    )


def test_expired_token_is_refreshed_once_by_threads_and_tasks(
    short_lived: SandboxInfo,
) -> None:
    """20 threads (one client) and 20 tasks (another client, its own tokens)
    meet their expired access token at once, through the faulty proxy: each
    refresh token reaches the server once, and every call succeeds. A refresh
    request may be reset before it reaches the server (then sent again)."""

    def faults(method: str, path: str) -> Sequence[str]:
        return [RESET_BEFORE] if path == "/auth/token/refresh" else ALL_FAULTS

    sync_pair = tokens(short_lived)
    # JWTs are stamped to the second: the same pair until the next second.
    async_pair = tokens(short_lived)
    while async_pair == sync_pair:
        time.sleep(0.2)
        async_pair = tokens(short_lived)
    sync_auth = BEMServerAPIClient.make_bearer_token_auth(*sync_pair)
    async_auth = AsyncBEMServerAPIClient.make_bearer_token_auth(*async_pair)
    with FaultProxy(short_lived.port, rate=RATE, seed=7, faults_for=faults) as proxy:
        sync_client = proxied_client(
            short_lived, proxy, authentication_method=sync_auth
        )
        async_client = proxied_async_client(
            short_lived, proxy, authentication_method=async_auth
        )
        wait_until_expired(async_pair[0])  # the later of the two

        async def tasks() -> list[int]:
            async with async_client:
                responses = await asyncio.gather(
                    *(async_client.campaigns.getall() for _ in range(20))
                )
            return [r.status_code for r in responses]

        outcome = threads_at_once(
            20,
            lambda: sync_client.campaigns.getall().status_code,
            meanwhile=lambda: asyncio.run(tasks()),
        )
        sync_client.close()
        refreshes = proxy.select("POST", "/auth/token/refresh", forwarded=True)
    assert outcome.errors == []
    assert outcome.results + (outcome.meanwhile or []) == [200] * 40
    # One refresh per token pair reached the server.
    assert len(refreshes) == 2
    assert len({r.auth for r in refreshes}) == 2
    assert all(r.status == 200 for r in refreshes)


def upload_timeseries(
    info: SandboxInfo, sandbox: BEMServerSandbox, campaign: int, count: int
) -> set[str]:
    """`count` timeseries in a campaign, in one CSV upload (not through the proxy)."""
    scope = admin(sandbox, "GET", f"/campaign_scopes/?campaign_id={campaign}")[0][
        "name"
    ]
    names = [f"paged-{n:05d}" for n in range(count)]
    lines = ["Campaign scope,Name,Description,Unit,Site,Building,Storey,Space,Zone"]
    lines += [f"{scope},{name},,,,,,," for name in names]
    with BEMServerAPIClient(
        info.host, use_ssl=False, authentication_method=basic_auth(info)
    ) as client:
        client.io.upload_timeseries_csv(
            campaign, {"timeseries_csv": io.BytesIO("\n".join(lines).encode())}
        )
    return set(names)


@pytest.fixture(scope="module")
def paged_campaign(
    bemserver_sandbox: SandboxInfo, bemserver_sandbox_server: BEMServerSandbox
) -> tuple[int, set[str]]:
    """A campaign with 2,500 timeseries (and their names)."""
    sandbox = bemserver_sandbox_server
    campaign = sandbox.new_campaign()
    new_scope(sandbox, campaign)
    names = upload_timeseries(bemserver_sandbox, sandbox, campaign, 2500)
    assert len(server_timeseries(sandbox, campaign)) == 2500
    return campaign, names


def test_iter_all_gives_every_item_once(
    bemserver_sandbox: SandboxInfo,
    paged_campaign: tuple[int, set[str]],
    proxy: FaultProxy,
) -> None:
    campaign, names = paged_campaign
    with proxied_client(bemserver_sandbox, proxy) as client:
        items = list(client.timeseries.iter_all(campaign_id=campaign, page_size=500))
        assert (
            client.timeseries.getall(campaign_id=campaign).pagination["total"] == 2500
        )
    assert len(items) == 2500
    assert len({ts.id for ts in items}) == 2500
    assert {ts.name for ts in items} == names
    pages = [
        r for r in proxy.snapshot() if r.path == "/timeseries/" and r.status == 200
    ]
    assert len(pages) >= 26  # 25 pages of 100, and the getall


@pytest.mark.anyio
async def test_async_iter_all_gives_every_item_once(
    bemserver_sandbox: SandboxInfo,
    paged_campaign: tuple[int, set[str]],
    proxy: FaultProxy,
) -> None:
    campaign, names = paged_campaign
    async with proxied_async_client(bemserver_sandbox, proxy) as client:
        items = [ts async for ts in client.timeseries.iter_all(campaign_id=campaign)]
        sorted_names = [
            ts.name
            async for ts in client.timeseries.iter_all(
                campaign_id=campaign, sort=["-name"], page=20
            )
        ]
    assert len(items) == 2500
    assert len({ts.id for ts in items}) == 2500
    assert {ts.name for ts in items} == names
    # From page 20 of 100 on: the last 600 names, in the order asked for.
    assert sorted_names == sorted(names, reverse=True)[1900:]


def bearer_client(
    info: SandboxInfo, sandbox: BEMServerSandbox, proxy: FaultProxy, client_type: Any
) -> Any:
    """A client with a token got straight from the server: its first request
    through the proxy is the call of the test."""
    return client_type(
        proxy.host,
        use_ssl=False,
        authentication_method=client_type.make_bearer_token_auth(
            sandbox.access_token()
        ),
        retry=RETRY,
    )


def test_delay_longer_than_the_timeout_raises_timeout_error(
    bemserver_sandbox: SandboxInfo, bemserver_sandbox_server: BEMServerSandbox
) -> None:
    with FaultProxy(
        bemserver_sandbox.port, rate=1.0, faults=[DELAY], delay=1.5
    ) as proxy:
        with bearer_client(
            bemserver_sandbox, bemserver_sandbox_server, proxy, BEMServerAPIClient
        ) as client:
            with pytest.raises(BEMServerAPITimeoutError) as raised:
                client.with_options(timeout=0.3, retry=None).campaigns.getall()
            assert isinstance(raised.value, BEMServerAPIInternalError)
            # Retried (a GET) until the attempts run out: still a timeout.
            with pytest.raises(BEMServerAPITimeoutError):
                client.with_options(
                    timeout=0.3, retry=Retry(attempts=2, backoff=0.01)
                ).campaigns.getall()
            # A timeout longer than the delay: the answer comes.
            assert client.with_options(timeout=5).campaigns.getall().status_code == 200
        assert wait_until(lambda: len(proxy.select(forwarded=True)) == 4)
    assert len(proxy.snapshot()) == 4


@pytest.mark.anyio
async def test_async_delay_longer_than_the_timeout_raises_timeout_error(
    bemserver_sandbox: SandboxInfo, bemserver_sandbox_server: BEMServerSandbox
) -> None:
    with FaultProxy(
        bemserver_sandbox.port, rate=1.0, faults=[DELAY], delay=1.5
    ) as proxy:
        client = bearer_client(
            bemserver_sandbox, bemserver_sandbox_server, proxy, AsyncBEMServerAPIClient
        )
        async with client:
            with pytest.raises(BEMServerAPITimeoutError):
                await client.with_options(timeout=0.3, retry=None).campaigns.getall()


# Known limits of the retry and authentication code, shown on the real server.


@pytest.mark.xfail(
    strict=True,
    raises=BEMServerAPIPreconditionError,
    reason="a PUT with If-Match is retried as idempotent, but its replay after "
    "the server applied it answers 412: the client reports a failure for an "
    "update that was made",
)
def test_conditional_update_replayed_after_it_was_applied(
    bemserver_sandbox: SandboxInfo,
    bemserver_sandbox_server: BEMServerSandbox,
    bemserver_campaign: int,
) -> None:
    sandbox = bemserver_sandbox_server
    site = admin(
        sandbox,
        "POST",
        "/sites/",
        json={"name": "site", "campaign_id": bemserver_campaign},
    )
    etag = sandbox.admin_request("GET", f"/sites/{site['id']}").headers["ETag"]
    with (
        FaultProxy(bemserver_sandbox.port, rate=0, script=["reset_after"]) as proxy,
        bearer_client(bemserver_sandbox, sandbox, proxy, BEMServerAPIClient) as client,
    ):
        try:
            client.sites.update(site["id"], {"name": "renamed"}, etag=etag)
        finally:
            assert admin(sandbox, "GET", f"/sites/{site['id']}")["name"] == "renamed"
            assert [r.fault for r in proxy.snapshot()] == ["reset_after", None]


def test_503_on_token_exchange_is_retried(bemserver_sandbox: SandboxInfo) -> None:
    """The token request met a 503: the call is retried, which sends the token
    request again; no authentication error."""
    with (
        FaultProxy(
            bemserver_sandbox.port, rate=0, script=[UNAVAILABLE_RETRY_AFTER]
        ) as proxy,
        proxied_client(bemserver_sandbox, proxy) as client,
    ):
        assert client.campaigns.getall().status_code == 200
    assert [(r.method, r.path, r.fault, r.status) for r in proxy.snapshot()] == [
        ("POST", "/auth/token", UNAVAILABLE_RETRY_AFTER, None),
        ("POST", "/auth/token", None, 200),
        ("GET", "/campaigns/", None, 200),
    ]


def test_503_on_token_refresh_is_retried(short_lived: SandboxInfo) -> None:
    """The refresh request met a 503: the call is retried, meets the expired
    token again, and the refresh is sent again."""
    access, refresh = tokens(short_lived)
    auth = BEMServerAPIClient.make_bearer_token_auth(access, refresh)
    wait_until_expired(access)
    script: list[str | None] = [None, UNAVAILABLE_RETRY_AFTER]  # the 401, the refresh
    with (
        FaultProxy(short_lived.port, rate=0, script=script) as proxy,
        proxied_client(short_lived, proxy, authentication_method=auth) as client,
    ):
        assert client.campaigns.getall().status_code == 200
    assert [(r.method, r.path, r.fault, r.status) for r in proxy.snapshot()] == [
        ("GET", "/campaigns/", None, 401),
        ("POST", "/auth/token/refresh", UNAVAILABLE_RETRY_AFTER, None),
        ("GET", "/campaigns/", None, 401),
        ("POST", "/auth/token/refresh", None, 200),
        ("GET", "/campaigns/", None, 200),
    ]
    assert auth.access_token != access


def test_503_on_token_exchange_before_a_create_is_retried(
    bemserver_sandbox: SandboxInfo,
    bemserver_sandbox_server: BEMServerSandbox,
    bemserver_campaign: int,
) -> None:
    scope = new_scope(bemserver_sandbox_server, bemserver_campaign)
    with (
        FaultProxy(
            bemserver_sandbox.port, rate=0, script=[UNAVAILABLE_RETRY_AFTER]
        ) as proxy,
        proxied_client(bemserver_sandbox, proxy) as client,
    ):
        created = client.timeseries.create(
            {
                "name": "after-503",
                "campaign_id": bemserver_campaign,
                "campaign_scope_id": scope,
            }
        )
    assert created.status_code == 201
    # The token exchange met the 503 and the create was not sent then: the
    # call was repeated, and the create reached the server once.
    # (the proxy answered the first token request itself: not forwarded)
    assert [(r.method, r.path, r.forwarded) for r in proxy.snapshot()] == [
        ("POST", "/auth/token", False),
        ("POST", "/auth/token", True),
        ("POST", "/timeseries/", True),
    ]
    assert [r.status for r in proxy.snapshot()][1:] == [200, 201]
