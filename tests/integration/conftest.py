"""Fixtures and helpers the integration tests share (one place, one copy).

- `short_lived`: one more sandbox for the whole run, of the session's release,
  whose access tokens expire after LIFETIME seconds: real expiries in tests.
- `tokens(info)`: a token pair straight from a server.
- `wait_until_expired(token)`: sleeps until the server must refuse the token,
  read from its own `exp` claim (never a guessed sleep).
- `threads_at_once(count, work)`: `count` threads released together by a barrier.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

import pytest

from bemserver_api_client import BEMServerAPIClient
from bemserver_api_client.testing import BEMServerSandbox, SandboxInfo

#: Seconds an access token lives on the `short_lived` sandbox: wide enough that
#: a call made right after getting a token is inside its lifetime on a loaded
#: machine; expiries are then waited for from the token itself.
LIFETIME = 6

T = TypeVar("T")
U = TypeVar("U")


@pytest.fixture(scope="session")
def short_lived(bemserver_sandbox_server: BEMServerSandbox) -> Iterator[SandboxInfo]:
    """A sandbox of the session's release whose access tokens expire quickly."""
    with BEMServerSandbox(
        api_version=bemserver_sandbox_server.api_version,
        access_token_lifetime=LIFETIME,
    ) as info:
        yield info


def tokens(info: SandboxInfo) -> tuple[str, str]:
    """An (access, refresh) token pair of the admin, straight from the server."""
    with BEMServerAPIClient(info.host, use_ssl=False) as client:
        data = client.auth.get_tokens(info.admin.email, info.admin.password).data
    assert data["status"] == "success"
    return data["access_token"], data["refresh_token"]


def expiry(token: str) -> float:
    """The `exp` claim of a JWT: when the server starts refusing it."""
    payload = token.split(".")[1]
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    return float(claims["exp"])


def wait_until_expired(token: str | None, margin: float = 1.0) -> None:
    """Sleep until `margin` seconds after the token's expiry (the server and the
    tests share this machine's clock)."""
    assert token is not None, "no token to wait for"
    delay = expiry(token) + margin - time.time()
    if delay > 0:
        time.sleep(delay)


class AtOnce(Generic[T, U]):
    """What `threads_at_once` gives: each thread's result or error, and what the
    calling thread did meanwhile."""

    def __init__(self) -> None:
        self.results: list[T] = []
        self.errors: list[BaseException] = []
        self.meanwhile: U | None = None
        self.lock = threading.Lock()


def threads_at_once(
    count: int,
    work: Callable[[], T],
    meanwhile: Callable[[], U] | None = None,
    timeout: float = 120.0,
) -> AtOnce[T, U]:
    """Run `work` in `count` threads released at the same moment by a barrier
    (with the calling thread, which then runs `meanwhile`, if given)."""
    outcome: AtOnce[T, U] = AtOnce()
    start = threading.Barrier(count + (1 if meanwhile is not None else 0))

    def run() -> None:
        start.wait()
        try:
            result = work()
        except BaseException as error:  # reported to the test
            with outcome.lock:
                outcome.errors.append(error)
        else:
            with outcome.lock:
                outcome.results.append(result)

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    if meanwhile is not None:
        start.wait()
        outcome.meanwhile = meanwhile()
    for thread in threads:
        thread.join(timeout)
    assert not any(thread.is_alive() for thread in threads), "threads still running"
    return outcome
