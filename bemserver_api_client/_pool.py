"""The connection pools that clients share.

A client is a light view: it holds its host, authentication, timeout and retry
policy, and sends every request through a pool shared by all the clients of
the process with the same transport settings. Nothing of a client is stored in
the pool (no base URL, no auth, no cookies), so clients of different users and
hosts can share it from threads and tasks at once.

- A pool is made on first use, not when a client is constructed: an httpx
  client builds an SSL context, which costs tens of milliseconds.
- After `fork()` the child makes its own pools: connections opened by the
  parent are never used by a child (gunicorn `--preload` forks after the app
  has talked to the API).
- An asyncio pool belongs to one event loop: each loop gets its own, dropped
  with the loop.
"""

from __future__ import annotations

import os
import ssl
import threading
import weakref
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    import asyncio

#: TLS verification: on (True), off (False), a CA bundle file or folder, or an
#: SSL context of the user's.
Verify = bool | str | ssl.SSLContext
#: What tells two pools apart: the transport settings a client can choose.
PoolKey = tuple[Verify]


def _no_cookies() -> CookieJar:
    """A jar that keeps nothing: a cookie set for one client's user must never
    ride along with another client's request through the shared pool."""
    return CookieJar(policy=DefaultCookiePolicy(allowed_domains=[]))


def _ssl_verification(verify: Verify) -> bool | ssl.SSLContext:
    """What httpx takes: a CA bundle path becomes an SSL context trusting it
    (httpx deprecates paths)."""
    if not isinstance(verify, str):
        return verify
    if os.path.isdir(verify):
        return ssl.create_default_context(capath=verify)
    return ssl.create_default_context(cafile=verify)


def _settings(key: PoolKey) -> dict[str, object]:
    (verify,) = key
    return {
        "verify": _ssl_verification(verify),
        "cookies": _no_cookies(),
        "follow_redirects": False,
    }


class _Pools:
    """The pools of this process, sync ones by key, async ones by loop and key."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sync: dict[PoolKey, httpx.Client] = {}
        self._async: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, dict[PoolKey, httpx.AsyncClient]
        ] = weakref.WeakKeyDictionary()

    def sync_client(self, key: PoolKey) -> httpx.Client:
        client = self._sync.get(key)
        if client is None or client.is_closed:
            with self._lock:
                client = self._sync.get(key)
                if client is None or client.is_closed:
                    client = self._sync[key] = httpx.Client(**_settings(key))  # type: ignore[arg-type]
        return client

    def async_client(self, key: PoolKey) -> httpx.AsyncClient:
        import asyncio  # the blocking client never needs it

        loop = asyncio.get_running_loop()
        with self._lock:
            by_key = self._async.setdefault(loop, {})
            client = by_key.get(key)
            if client is None or client.is_closed:
                client = by_key[key] = httpx.AsyncClient(**_settings(key))  # type: ignore[arg-type]
        return client

    def take_sync(self) -> list[httpx.Client]:
        with self._lock:
            clients = list(self._sync.values())
            self._sync.clear()
        return clients

    def take_async(self) -> list[httpx.AsyncClient]:
        import asyncio

        loop = asyncio.get_running_loop()
        with self._lock:
            by_key = self._async.pop(loop, {})
        return list(by_key.values())


_pools = _Pools()
_pid = os.getpid()


def _pools_of_this_process() -> _Pools:
    # register_at_fork covers os.fork(); the pid check also covers a fork
    # made by other means (a C extension calling fork() directly).
    global _pools, _pid
    if os.getpid() != _pid:
        _forget_pools()
    return _pools


def _forget_pools() -> None:
    """In a forked child: drop the parent's pools without closing them (closing
    would shut down sockets the parent still uses)."""
    global _pools, _pid
    _pools = _Pools()
    _pid = os.getpid()


os.register_at_fork(after_in_child=_forget_pools)


def shared_client(verify: Verify = True) -> httpx.Client:
    """The blocking pool of this process for these transport settings."""
    return _pools_of_this_process().sync_client((verify,))


def shared_async_client(verify: Verify = True) -> httpx.AsyncClient:
    """The asyncio pool of the running event loop for these transport settings."""
    return _pools_of_this_process().async_client((verify,))


def close_shared_pools() -> None:
    """Close the blocking pools of this process (a later request makes new ones)."""
    for client in _pools_of_this_process().take_sync():
        client.close()


async def aclose_shared_pools() -> None:
    """Close the asyncio pools of the running event loop."""
    for client in _pools_of_this_process().take_async():
        await client.aclose()
