"""Clients are light views over a shared pool: constructing one opens nothing,
and nothing one client does changes what another sends (issue: cheap, safe
clients). Mock transports stand for the server; the real server's side is in
tests/integration/test_shared_pool.py."""

from __future__ import annotations

import asyncio
import os
from typing import Any

import httpx
import pytest

from bemserver_api_client import AsyncBEMServerAPIClient, BEMServerAPIClient
from bemserver_api_client._pool import (
    close_shared_pools,
    shared_async_client,
    shared_client,
)
from bemserver_api_client.exceptions import (
    BEMServerAPIAuthenticationError,
    BEMServerAPIClientValueError,
    BEMServerAPIInvalidArgumentError,
    BEMServerAPIValidationError,
)


class Recorder:
    """A transport answering `answer(request)` and keeping every request."""

    def __init__(self, answer: Any = None) -> None:
        self.requests: list[httpx.Request] = []
        self.answer = answer or (lambda request: httpx.Response(200, json=[]))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        response: httpx.Response = self.answer(request)
        return response


def test_constructing_clients_makes_no_httpx_client(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[object] = []
    for cls in (httpx.Client, httpx.AsyncClient):
        original = cls.__init__

        def counting(
            self: Any, *args: Any, __original: Any = original, **kw: Any
        ) -> None:
            made.append(self)
            __original(self, *args, **kw)

        monkeypatch.setattr(cls, "__init__", counting)
    for index in range(50):
        auth = BEMServerAPIClient.make_bearer_token_auth(f"token-{index}", "refresh")
        BEMServerAPIClient("bemserver.test", authentication_method=auth)
        AsyncBEMServerAPIClient("bemserver.test", use_ssl=False)
    assert made == []


def test_clients_of_one_process_share_one_pool_per_transport_setting() -> None:
    close_shared_pools()
    assert shared_client() is shared_client(True)
    assert shared_client(False) is not shared_client(True)
    pool = shared_client()
    close_shared_pools()
    assert pool.is_closed
    assert shared_client() is not pool  # made again on the next use


def test_an_asyncio_pool_belongs_to_one_event_loop() -> None:
    async def pools() -> tuple[httpx.AsyncClient, httpx.AsyncClient]:
        return shared_async_client(), shared_async_client()

    first, again = asyncio.run(pools())
    other, _ = asyncio.run(pools())
    assert first is again
    assert other is not first


def test_a_forked_child_never_uses_its_parents_pool() -> None:
    parent_pool = shared_client()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report, then leave without running pytest's exit
        try:
            child_pool = shared_client()
            same = child_pool is parent_pool
            os.write(write_end, b"same" if same else b"own")
        finally:
            os._exit(0)
    os.close(write_end)
    answer = os.read(read_end, 16)
    os.close(read_end)
    os.waitpid(pid, 0)
    assert answer == b"own"
    assert shared_client() is parent_pool  # the parent's own is untouched


def test_a_users_http_client_is_used_as_given_and_never_changed() -> None:
    recorder = Recorder()
    pool = httpx.Client(transport=httpx.MockTransport(recorder))
    before = (pool.base_url, pool.auth, pool.headers.copy())
    user_a = BEMServerAPIClient(
        "a.test",
        http_client=pool,
        authentication_method=BEMServerAPIClient.make_bearer_token_auth("token-A"),
    )
    user_b = BEMServerAPIClient(
        "b.test",
        http_client=pool,
        authentication_method=BEMServerAPIClient.make_bearer_token_auth("token-B"),
    )
    user_a.sites.getall()
    user_b.sites.getall()
    user_a.sites.getall()
    assert [(str(r.url), r.headers["Authorization"]) for r in recorder.requests] == [
        ("https://a.test/sites/", "Bearer token-A"),
        ("https://b.test/sites/", "Bearer token-B"),
        ("https://a.test/sites/", "Bearer token-A"),
    ]
    assert (pool.base_url, pool.auth, pool.headers) == before
    user_a.close()
    assert not pool.is_closed  # the user's to close


def test_one_auth_for_clients_of_two_hosts_is_refused() -> None:
    recorder = Recorder()
    pool = httpx.Client(transport=httpx.MockTransport(recorder))
    auth = BEMServerAPIClient.make_bearer_token_auth("token-A", "refresh-A")
    BEMServerAPIClient("a.test", authentication_method=auth, http_client=pool)
    with pytest.raises(
        BEMServerAPIClientValueError, match=r"bound to https://a\.test/"
    ):
        BEMServerAPIClient("b.test", authentication_method=auth, http_client=pool)
    other = BEMServerAPIClient("b.test", http_client=pool)
    with pytest.raises(BEMServerAPIClientValueError):
        other.set_authentication_method(auth)
    # The same host, another client (a request's client in a web app): fine.
    same = BEMServerAPIClient("a.test", authentication_method=auth, http_client=pool)
    same.sites.getall()
    assert [r.url.host for r in recorder.requests] == ["a.test"]


def test_the_token_exchange_never_follows_a_redirect() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.host == "a.test" and request.url.path == "/auth/token":
            location = "https://elsewhere.test/steal"
            return httpx.Response(307, headers={"Location": location})
        return httpx.Response(200, json=[])

    recorder = Recorder(answer)
    pool = httpx.Client(transport=httpx.MockTransport(recorder), follow_redirects=True)
    client = BEMServerAPIClient(
        "a.test",
        http_client=pool,
        authentication_method=BEMServerAPIClient.make_http_basic_auth("me", "secret"),
    )
    with pytest.raises(BEMServerAPIAuthenticationError):
        client.sites.getall()
    assert [r.url.host for r in recorder.requests] == ["a.test"]


def test_a_value_refused_before_sending_is_the_servers_validation_error() -> None:
    recorder = Recorder()
    client = BEMServerAPIClient(
        "a.test", http_client=httpx.Client(transport=httpx.MockTransport(recorder))
    )
    with pytest.raises(BEMServerAPIValidationError) as raised:
        client.campaigns.getall(sort="bad")
    assert isinstance(raised.value, BEMServerAPIClientValueError)
    assert raised.value.status_code == 422
    errors = raised.value.errors
    assert errors is not None and list(errors) == ["sort"]
    assert list(errors["sort"]) == ["0"]
    assert errors["sort"]["0"][0].startswith("Must be one of: ")
    with pytest.raises(BEMServerAPIInvalidArgumentError) as raised_int:
        client.sites.getall(campaign_id="one")
    assert raised_int.value.errors == {"campaign_id": ["Not a valid integer."]}
    assert recorder.requests == []


def test_a_bool_or_float_integer_is_refused_before_sending() -> None:
    """The server answers "Not a valid integer." to true or 1.0
    (tests/integration/test_hostile_values.py): nothing is sent."""
    recorder = Recorder()
    client = BEMServerAPIClient(
        "a.test", http_client=httpx.Client(transport=httpx.MockTransport(recorder))
    )
    for value in (True, False, 1.0, b"1", {"id": 1}):
        with pytest.raises(BEMServerAPIInvalidArgumentError):
            client.sites.getall(campaign_id=value)
        with pytest.raises(BEMServerAPIInvalidArgumentError):
            client.timeseries_data.download(
                "2024-01-01T00:00Z", "2024-01-02T00:00Z", 1, [1, value]
            )
    assert recorder.requests == []


@pytest.mark.parametrize(
    "settings",
    [
        {"retry": 5},
        {"retry": True},
        {"timeout": "10"},
        {"timeout": -1},
        {"timeout": float("nan")},
        {"timeout": True},
    ],
)
def test_a_setting_of_the_wrong_kind_is_refused_when_the_client_is_made(
    settings: dict[str, Any],
) -> None:
    """Not at the first call (a bare TypeError from the socket), nor at the
    first retry (an AttributeError, when the server is already failing)."""
    recorder = Recorder()
    transport = httpx.MockTransport(recorder)
    with pytest.raises(BEMServerAPIClientValueError, match=next(iter(settings))):
        BEMServerAPIClient(
            "a.test", http_client=httpx.Client(transport=transport), **settings
        )
    with pytest.raises(BEMServerAPIClientValueError, match=next(iter(settings))):
        AsyncBEMServerAPIClient("a.test", **settings)
    client = BEMServerAPIClient("a.test", http_client=httpx.Client(transport=transport))
    with pytest.raises(BEMServerAPIClientValueError, match=next(iter(settings))):
        client.with_options(**settings)
    assert recorder.requests == []


def test_settings_of_the_right_kind_are_kept() -> None:
    for timeout in (0, 2, 2.5, None, httpx.Timeout(3.0)):
        assert BEMServerAPIClient("a.test", timeout=timeout)._timeout == timeout
    for no_retry in (None, False):
        client = BEMServerAPIClient("a.test", retry=no_retry)  # type: ignore[arg-type]
        assert client._retry.delay_after_error(1, httpx.ConnectError("x"), True) is None
