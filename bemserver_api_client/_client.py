"""The clients: `BEMServerAPIClient` (blocking) and `AsyncBEMServerAPIClient`.

`EntryPoints` and `AsyncEntryPoints` are the tables of the clients' entry
points (`api_client.sites`) and their resource classes: the clients inherit
them, so IDEs and type checkers see every entry point and its methods.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from ._auth import HTTPBasicAuth
from ._base_client import (
    BaseClient,
    raw_call,
)
from ._call import Async, Call, Sync
from ._generated.resources import AsyncEntryPoints, EntryPoints
from ._transport import (
    OnDone,
    execute,
    execute_async,
    execute_many,
    execute_many_async,
)
from ._versions import (
    api_version_of,
    check_api_version,
)
from .response import BEMServerApiClientResponse

if TYPE_CHECKING:
    from typing_extensions import Self

    from ._transport import Cancel


def _unpickled(cls: type[Any], settings: dict[str, Any]) -> Any:
    """A client made again from what its pickle carries (no request sent)."""
    return cls(**settings)


class _Pickling:
    """A client pickles as its host, settings and token pair, never a password
    (to run on other processes: Dask workers). An HTTP Basic client exchanges
    its password for a token pair once, when first pickled; each copy then
    renews its own access token with the refresh token. The user's own httpx
    client is not carried: a copy sends through its process's shared pool."""

    def __copy__(self) -> Any:
        # `with_options` copies: the same client in this process (its httpx
        # client, authentication and options), not what a pickle carries,
        # which for a Basic client would mean a token exchange.
        other = object.__new__(type(self))
        other.__dict__.update(self.__dict__)
        return other

    def __reduce__(self) -> tuple[Any, ...]:
        client: Any = self
        auth = client._auth
        if isinstance(auth, HTTPBasicAuth):
            http = client._http_client
            if isinstance(http, httpx.Client):
                auth.exchange_for_pickling(http)
            else:
                with httpx.Client(verify=client._verify, timeout=client._timeout) as h:
                    auth.exchange_for_pickling(h)
        settings = {
            "host": client.host,
            "use_ssl": client.use_ssl,
            "uri_prefix": client.base_uri_prefix,
            "authentication_method": auth,
            "timeout": client._timeout,
            "verify": client._verify,
            "api_version": client._api_version,
            "retry": client._retry,
            "default_headers": client._headers,
            "strict_filters": client._strict_filters,
        }
        return (_unpickled, (type(self), settings))


class _VersionCheck:
    @classmethod
    def check_api_version(cls, api_version: str) -> None:
        """Raise BEMServerAPIVersionError for a version older than supported (or
        not a version); warn (BEMServerAPIVersionWarning) for a newer one."""
        check_api_version(api_version)


class BEMServerAPIClient(
    _Pickling, EntryPoints, BaseClient[Sync, httpx.Client], _VersionCheck
):
    """Client of a BEMServer API server.

    `host` is "host[:port]" (https unless use_ssl=False) or a full base URL.
    With auto_check=True, the server's API version is checked at once.
    Constructing a client is cheap: it sends through a connection pool shared
    by the process (see `close_shared_pools`).
    """

    _http_client_class = httpx.Client

    def _after_init(self) -> None:
        if self._version_unchecked:
            self._version_unchecked = False
            self.check_api_version(self.get_api_version())

    def get_api_version(self) -> str:
        """The server's API version: given to the client, else read once."""
        if self._api_version is None:
            self._api_version = api_version_of(self.about.getall())
        return self._api_version

    def _execute(self, call: Call[Any], cancel: Cancel | None = None) -> Any:
        return execute(self, call, cancel)

    def _execute_many(
        self,
        calls: Iterable[Call[Any]],
        concurrency: int,
        on_done: OnDone,
        cancel: Cancel | None = None,
    ) -> None:
        execute_many(self, calls, concurrency, on_done, cancel)

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> BEMServerApiClientResponse[Any]:
        """Any request to the API (an endpoint or a parameter no entry point
        offers), through the client's authentication, retries and error
        mapping: `api_client.request("GET", "/sites/", params={"name": "HQ"})`."""
        response: BEMServerApiClientResponse[Any] = self._execute(
            raw_call(
                method, path, params=params, json=json, content=content, headers=headers
            )
        )
        return response

    def get(self, path: str, **options: Any) -> BEMServerApiClientResponse[Any]:
        """`request("GET", path, ...)`."""
        return self.request("GET", path, **options)

    def post(self, path: str, **options: Any) -> BEMServerApiClientResponse[Any]:
        """`request("POST", path, ...)`."""
        return self.request("POST", path, **options)

    def put(self, path: str, **options: Any) -> BEMServerApiClientResponse[Any]:
        """`request("PUT", path, ...)`."""
        return self.request("PUT", path, **options)

    def delete(self, path: str, **options: Any) -> BEMServerApiClientResponse[Any]:
        """`request("DELETE", path, ...)`."""
        return self.request("DELETE", path, **options)

    def close(self) -> None:
        """Release what the client owns: nothing, as it sends through the
        process's shared pool (see `close_shared_pools`) or the user's own
        httpx client, which stays the user's to close."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncBEMServerAPIClient(
    _Pickling, AsyncEntryPoints, BaseClient[Async, httpx.AsyncClient], _VersionCheck
):
    """Asyncio client of a BEMServer API server: the same entry points and
    operations as `BEMServerAPIClient`, awaitable.

    With auto_check=True, the API version is checked before the first request.
    """

    _http_client_class = httpx.AsyncClient

    async def get_api_version(self) -> str:
        """The server's API version: given to the client, else read once."""
        if self._api_version is None:
            self._api_version = api_version_of(await self.about.getall())
        return self._api_version

    async def _execute_many(
        self, calls: Iterable[Call[Any]], concurrency: int, on_done: OnDone
    ) -> None:
        await execute_many_async(self, calls, concurrency, on_done)

    async def _execute(self, call: Call[Any]) -> Any:
        return await execute_async(self, call)

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> BEMServerApiClientResponse[Any]:
        """Any request to the API, as `BEMServerAPIClient.request`, awaitable."""
        response: BEMServerApiClientResponse[Any] = await self._execute(
            raw_call(
                method, path, params=params, json=json, content=content, headers=headers
            )
        )
        return response

    async def get(self, path: str, **options: Any) -> BEMServerApiClientResponse[Any]:
        """`await request("GET", path, ...)`."""
        return await self.request("GET", path, **options)

    async def post(self, path: str, **options: Any) -> BEMServerApiClientResponse[Any]:
        """`await request("POST", path, ...)`."""
        return await self.request("POST", path, **options)

    async def put(self, path: str, **options: Any) -> BEMServerApiClientResponse[Any]:
        """`await request("PUT", path, ...)`."""
        return await self.request("PUT", path, **options)

    async def delete(
        self, path: str, **options: Any
    ) -> BEMServerApiClientResponse[Any]:
        """`await request("DELETE", path, ...)`."""
        return await self.request("DELETE", path, **options)

    async def aclose(self) -> None:
        """Release what the client owns: nothing (see `BEMServerAPIClient.close`)."""

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()


#: The name the existing code base uses.
BEMServerApiClient = BEMServerAPIClient
