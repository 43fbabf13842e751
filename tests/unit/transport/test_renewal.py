"""A token renewal that fails is shared by the callers waiting on it: one
renewal request, one error for all (issue: nothing lost, nothing raw)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from bemserver_api_client import BEMServerAPIClient
from bemserver_api_client.exceptions import (
    BEMServerAPIAuthenticationError,
    BEMServerAPIError,
    BEMServerAPIInternalError,
)

CALLERS = 8


class CountingLock:
    """The auth's lock, counting the callers that reached it: the renewal is
    answered only once every caller waits on it (no timing involved)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._guard = threading.Condition()
        self.arrived = 0

    def __enter__(self) -> None:
        with self._guard:
            self.arrived += 1
            self._guard.notify_all()
        self._lock.acquire()

    def __exit__(self, *exc: object) -> None:
        self._lock.release()

    def wait_for(self, count: int) -> bool:
        with self._guard:
            return self._guard.wait_for(lambda: self.arrived >= count, timeout=30)


def expired_token_server(
    refresh_answer: httpx.Response, lock: CountingLock
) -> tuple[Any, list[str]]:
    paths: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.path)
        if request.url.path == "/auth/token/refresh":
            assert lock.wait_for(CALLERS), "the callers never all waited on the renewal"
            return refresh_answer
        body = {"code": 401, "errors": {"authentication": "expired_token"}}
        return httpx.Response(401, json=body)

    return handler, paths


def call_from_threads(client: BEMServerAPIClient) -> list[BaseException | None]:
    def one(_: int) -> BaseException | None:
        try:
            client.sites.getall()
        except BEMServerAPIError as exc:
            return exc
        return None

    with ThreadPoolExecutor(CALLERS) as pool:
        return list(pool.map(one, range(CALLERS)))


@pytest.mark.parametrize(
    ("answer", "error"),
    [
        (
            httpx.Response(
                401, json={"code": 401, "errors": {"authentication": "invalid_token"}}
            ),
            BEMServerAPIAuthenticationError,
        ),
        (httpx.Response(503, text="<html>busy</html>"), BEMServerAPIInternalError),
    ],
)
def test_a_failed_renewal_is_one_request_and_one_error_for_all_waiting(
    answer: httpx.Response, error: type[BEMServerAPIError]
) -> None:
    lock = CountingLock()
    handler, paths = expired_token_server(answer, lock)
    auth = BEMServerAPIClient.make_bearer_token_auth("expired", "refresh")
    auth._guard = lock  # type: ignore[assignment]
    client = BEMServerAPIClient(
        "api.test",
        authentication_method=auth,
        retry=None,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    errors = call_from_threads(client)
    assert paths.count("/auth/token/refresh") == 1
    assert paths.count("/sites/") == CALLERS
    assert all(isinstance(exc, error) for exc in errors), errors
    if error is BEMServerAPIAuthenticationError:
        assert {exc.code for exc in errors} == {"invalid_token"}  # type: ignore[union-attr]
    else:
        assert {exc.status_code for exc in errors} == {503}  # type: ignore[union-attr]


# -- issue 21: a renewal's wait is bounded, and a failed token request is retried
# as a request not sent ----------------------------------------------------------


def test_callers_waiting_on_a_renewal_that_hangs_time_out() -> None:
    """The refresh hangs (a mock transport has no timeout: it hangs until the
    test ends it): blocking callers and tasks of other event loops waiting on
    it give up within their own timeout, with BEMServerAPITimeoutError."""
    import asyncio

    from bemserver_api_client import AsyncBEMServerAPIClient
    from bemserver_api_client.exceptions import BEMServerAPITimeoutError

    release = threading.Event()
    refreshes: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/token/refresh":
            refreshes.append(request.url.path)
            release.wait(30)
            return httpx.Response(503)
        body = {"code": 401, "errors": {"authentication": "expired_token"}}
        return httpx.Response(401, json=body)

    auth = BEMServerAPIClient.make_bearer_token_auth("expired", "refresh")
    client = BEMServerAPIClient(
        "api.test",
        authentication_method=auth,
        retry=None,
        timeout=0.2,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )

    async def in_another_loop() -> BaseException | None:
        async_client = AsyncBEMServerAPIClient(
            "api.test",
            authentication_method=auth,
            retry=None,
            timeout=0.2,
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        )
        try:
            await async_client.sites.getall()
        except BEMServerAPIError as exc:
            return exc
        return None

    def one(index: int) -> BaseException | None:
        if index == 0:  # the caller whose refresh hangs
            try:
                client.sites.getall()
            except BEMServerAPIError as exc:
                return exc
            return None
        while not refreshes:  # the others meet the renewal in flight
            threading.Event().wait(0.01)
        if index % 2:
            return asyncio.run(in_another_loop())
        try:
            client.sites.getall()
        except BEMServerAPIError as exc:
            return exc
        return None

    with ThreadPoolExecutor(CALLERS) as pool:
        futures = [pool.submit(one, i) for i in range(CALLERS)]
        waiters = [f.result(timeout=10) if i else None for i, f in enumerate(futures)]
        release.set()
        futures[0].result(timeout=10)
    assert all(isinstance(e, BEMServerAPITimeoutError) for e in waiters[1:]), waiters
    assert len(refreshes) == 1


def test_a_token_request_that_times_out_is_retried_even_for_a_create() -> None:
    from bemserver_api_client import Retry
    from bemserver_api_client.exceptions import BEMServerAPITimeoutError

    paths: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.path)
        raise httpx.ReadTimeout("no answer", request=request)

    auth = BEMServerAPIClient.make_http_basic_auth("chuck@example.com", "pw")
    client = BEMServerAPIClient(
        "api.test",
        authentication_method=auth,
        retry=Retry(attempts=3, backoff=0),
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    with pytest.raises(BEMServerAPITimeoutError):
        client.sites.create({"name": "x", "campaign_id": 1})
    # The create was never sent: its token exchange was, three times.
    assert paths == ["/auth/token"] * 3
