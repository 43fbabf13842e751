"""Many clients, many users, one shared pool, against the real server: every
request carries its own client's credentials (issue: cheap, safe clients)."""

from __future__ import annotations

import asyncio
import threading
import warnings
from collections import Counter
from typing import Any

import httpx
import pytest

from bemserver_api_client import AsyncBEMServerAPIClient, BEMServerAPIClient
from bemserver_api_client._pool import shared_client
from bemserver_api_client._transport import pool_verify
from bemserver_api_client.exceptions import (
    BEMServerAPIArgumentWarning,
    BEMServerAPIAuthorizationError,
    BEMServerAPIClientValueError,
    BEMServerAPIValidationError,
)
from bemserver_api_client.testing import SandboxInfo

pytestmark = pytest.mark.integration

WORKERS = 20
ROUNDS = 3


def tokens_of(info: SandboxInfo, who: str) -> tuple[str, str]:
    credentials = getattr(info, who)
    client = BEMServerAPIClient(info.host, use_ssl=False)
    body = client.auth.get_tokens(credentials.email, credentials.password).data
    assert body["status"] == "success"
    return body["access_token"], body["refresh_token"]


def test_two_users_on_one_pool_from_threads_and_tasks_send_their_own_tokens(
    bemserver_sandbox: SandboxInfo,
) -> None:
    """20 threads and 20 tasks at once, each building a client per "page" as
    a web app does, alternating the admin and the plain user. Reading the
    admin's account is refused to the user (403) and allowed to the admin:
    any request sent with the other user's token shows up as a wrong outcome."""
    info = bemserver_sandbox
    tokens = {who: tokens_of(info, who) for who in ("admin", "user")}
    admin_id = next(
        user["id"]
        for user in BEMServerAPIClient(
            info.host,
            use_ssl=False,
            authentication_method=BEMServerAPIClient.make_bearer_token_auth(
                *tokens["admin"]
            ),
        )
        .users.getall()
        .data
        if user["email"] == info.admin.email
    )
    outcomes: list[tuple[str, str]] = []
    lock = threading.Lock()
    start = threading.Barrier(WORKERS + 1)

    def who_of(worker: int, round_: int) -> str:
        return "admin" if (worker + round_) % 2 == 0 else "user"

    def outcome_of(call: Any) -> str:
        try:
            call()
        except BEMServerAPIAuthorizationError:
            return "refused"
        return "allowed"

    def thread_worker(worker: int) -> None:
        start.wait()
        for round_ in range(ROUNDS):
            who = who_of(worker, round_)
            client = BEMServerAPIClient(
                info.host,
                use_ssl=False,
                authentication_method=BEMServerAPIClient.make_bearer_token_auth(
                    *tokens[who]
                ),
            )
            result = outcome_of(lambda c=client: c.users.getone(admin_id))
            with lock:
                outcomes.append((who, result))

    async def task_worker(worker: int) -> None:
        for round_ in range(ROUNDS):
            who = who_of(worker, round_ + 1)
            client = AsyncBEMServerAPIClient(
                info.host,
                use_ssl=False,
                authentication_method=AsyncBEMServerAPIClient.make_bearer_token_auth(
                    *tokens[who]
                ),
            )
            try:
                await client.users.getone(admin_id)
            except BEMServerAPIAuthorizationError:
                result = "refused"
            else:
                result = "allowed"
            with lock:
                outcomes.append((who, result))

    async def all_tasks() -> None:
        start.wait()
        await asyncio.gather(*(task_worker(n) for n in range(WORKERS)))

    threads = [
        threading.Thread(target=thread_worker, args=(n,)) for n in range(WORKERS)
    ]
    for thread in threads:
        thread.start()
    asyncio.run(all_tasks())
    for thread in threads:
        thread.join()

    counts = Counter(outcomes)
    total = 2 * WORKERS * ROUNDS
    assert sum(counts.values()) == total
    assert counts[("admin", "refused")] == 0
    assert counts[("user", "allowed")] == 0
    assert counts[("admin", "allowed")] > 0 and counts[("user", "refused")] > 0


def test_clients_of_two_users_share_one_pool_and_leave_it_unchanged(
    bemserver_sandbox: SandboxInfo,
) -> None:
    info = bemserver_sandbox
    # The pool the sandbox's clients go through (plain HTTP: no CA loaded).
    pool = shared_client(pool_verify(BEMServerAPIClient(info.host, use_ssl=False)))

    def state() -> tuple[Any, ...]:
        return (pool.auth, pool.base_url, dict(pool.headers), len(pool.cookies.jar))

    before = state()
    for who in ("admin", "user", "admin"):
        credentials = getattr(info, who)
        client = BEMServerAPIClient(
            info.host,
            use_ssl=False,
            authentication_method=BEMServerAPIClient.make_http_basic_auth(
                credentials.email, credentials.password
            ),
        )
        emails = {user["email"] for user in client.users.getall().data}
        # The admin sees every account, the user only their own.
        assert (info.user.email in emails) and (
            (info.admin.email in emails) == (who == "admin")
        )
    assert shared_client(pool_verify(client)) is pool
    assert (
        pool.auth,
        pool.base_url,
        dict(pool.headers),
        len(pool.cookies.jar),
    ) == before


def test_an_argument_the_api_document_lacks_is_sent_and_the_server_answers(
    bemserver_sandbox: SandboxInfo, api_client: BEMServerAPIClient
) -> None:
    # The BEMServer web UI calls this; the existing client sent `sort` as is.
    with pytest.warns(BEMServerAPIArgumentWarning, match="'sort'"):
        response = api_client.timeseries_datastates.getall(sort="+name")
    assert response.status_code == 200
    assert any(state["name"] == "Raw" for state in response.data)


def test_a_value_refused_before_sending_raises_what_the_server_would(
    bemserver_sandbox: SandboxInfo, api_client: BEMServerAPIClient
) -> None:
    info = bemserver_sandbox
    with pytest.raises(BEMServerAPIValidationError) as ours:
        api_client.campaigns.getall(sort="bad")
    assert isinstance(ours.value, BEMServerAPIClientValueError)
    # What the server answers to the same request, sent by hand.
    answer = httpx.get(
        f"{info.base_url}/campaigns/",
        params={"sort": "bad"},
        auth=(info.admin.email, info.admin.password),
        timeout=30,
    )
    assert answer.status_code == 422 == ours.value.status_code
    server_errors = answer.json()["errors"]["query"]
    assert ours.value.errors is not None
    assert ours.value.errors.keys() == server_errors.keys()
    assert ours.value.errors["sort"].keys() == server_errors["sort"].keys()
    ours_message = ours.value.errors["sort"]["0"][0]
    servers_message = server_errors["sort"]["0"][0]
    assert ours_message.split(":")[0] == servers_message.split(":")[0]
    choices = {c.strip(" .") for c in ours_message.split(":")[1].split(",")}
    assert choices == {c.strip(" .") for c in servers_message.split(":")[1].split(",")}


def test_a_server_version_with_a_suffix_passes_the_checks(
    bemserver_sandbox: SandboxInfo,
) -> None:
    def about_with_suffix(request: httpx.Request) -> httpx.Response:
        real = httpx.get(str(request.url), timeout=30)
        if request.url.path != "/about/":
            return real
        body = real.json()
        body["versions"]["bemserver_api"] += ".post1.dev3"
        return httpx.Response(200, json=body)

    info = bemserver_sandbox
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client = BEMServerAPIClient(
            info.host,
            use_ssl=False,
            auto_check=True,
            http_client=httpx.Client(transport=httpx.MockTransport(about_with_suffix)),
        )
    assert client.get_api_version().endswith(".post1.dev3")
    assert client.about.getall().status_code == 200
