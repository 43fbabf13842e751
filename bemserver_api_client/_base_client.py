"""What the blocking and the asyncio clients share: their settings, copies with
other options (`with_options`), what travels with each request, and the call
of a request no entry point offers (`raw_call`)."""

from __future__ import annotations

import copy
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Generic,
    Literal,
    TypeVar,
)

import httpx

from ._auth import BearerTokenAuth, HTTPBasicAuth
from ._call import Call, ModeT
from ._config import auth_for, base_url
from ._pool import Verify
from ._prepare import query_value
from ._redact import check_header_values, redact_url
from ._retry import DEFAULT_RETRY, NO_RETRY, Retry
from ._version import __version__
from ._versions import parse_version
from .exceptions import BEMServerAPIClientValueError

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from typing_extensions import Self

#: Sent with every request, before `default_headers`.
USER_AGENT = f"bemserver-api-client/{__version__}"

#: Connect quickly or fail; reads may wait for the server's own 30 s worker limit.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)


def raw_call(
    method: str,
    path: str,
    *,
    params: Mapping[str, Any] | None = None,
    json: Any = None,
    content: bytes | str | None = None,
    headers: Mapping[str, str] | None = None,
) -> Call[Any]:
    """The call of a request no entry point offers (an endpoint or a parameter
    of a newer server): sent through the client's authentication, retries and
    error mapping all the same; its answer has no model (`parsed` is `data`)."""
    request: dict[str, Any] = {"method": method.upper(), "url": "/" + path.lstrip("/")}
    if params:
        request["params"] = {k: query_value(v) for k, v in params.items()}
    if json is not None:
        request["json"] = json
    if content is not None:
        request["content"] = content
    if headers:
        request["headers"] = dict(headers)
    return Call(raw=request, caller=f"{request['method']} {request['url']}")


HttpClientT = TypeVar("HttpClientT", httpx.Client, httpx.AsyncClient)


def _checked_retry(retry: object) -> Retry:
    """A retry policy, refused now if it is none (`retry=5` would fail only
    at the first retry, when the server is already failing)."""
    if retry is None or retry is False:  # False: as it worked before
        return NO_RETRY
    if not isinstance(retry, Retry):
        raise BEMServerAPIClientValueError(
            f"retry must be a Retry (Retry(attempts=5)) or None, not {retry!r}"
        )
    return retry


def _checked_timeout(
    timeout: float | httpx.Timeout | None,
) -> float | httpx.Timeout | None:
    """A timeout, refused now if it is no number of seconds (httpx would fail
    at the first call, from its socket)."""
    if timeout is None or isinstance(timeout, httpx.Timeout):
        return timeout
    if (
        isinstance(timeout, bool)
        or not isinstance(timeout, int | float)
        or not timeout >= 0  # NaN too
    ):
        raise BEMServerAPIClientValueError(
            "timeout must be seconds (a number, 0 or more), an httpx.Timeout or "
            f"None, not {timeout!r}"
        )
    return timeout


class BaseClient(Generic[ModeT, HttpClientT]):
    """State and helpers common to both clients; `_execute` sends a call.

    `host` is "host[:port]" (https unless use_ssl=False) or a full base URL;
    the other positional arguments are those of the existing client.

    A client is a light view: constructing one opens nothing. Its requests go
    through a connection pool shared by the clients of the process with the
    same `verify` (see `_pool`), or through `http_client` when given (used as
    it is: never changed, never closed by the client). The host,
    authentication and timeout travel with each request.
    """

    _auth: httpx.Auth | None
    #: Attributes a client caches in its __dict__ (its entry points' resources),
    #: which a copy made by `with_options` makes anew.
    _cached_per_client: ClassVar[frozenset[str]] = frozenset()
    #: The httpx client class of this client's requests (sync or async).
    _http_client_class: type[HttpClientT]

    def __init__(
        self,
        host: str,
        use_ssl: bool = True,
        authentication_method: httpx.Auth | None = None,
        uri_prefix: str = "http",
        auto_check: bool = False,
        request_manager: None = None,
        *,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        verify: Verify = True,
        http_client: HttpClientT | None = None,
        api_version: str | None = None,
        retry: Retry | None = DEFAULT_RETRY,
        default_headers: Mapping[str, str] | None = None,
        strict_filters: bool = False,
    ) -> None:
        #: Headers of every request (a User-Agent naming this package first).
        check_header_values(default_headers)  # refused now, not at each call
        self._headers = {"User-Agent": USER_AGENT, **(default_headers or {})}
        #: Headers and query parameters of one call (see `with_options`).
        self._extra_headers: Mapping[str, str] = {}
        self._extra_query: Mapping[str, Any] = {}
        #: Whether an unknown keyword filter is an error rather than a warning.
        self._strict_filters = strict_filters
        #: When to send a request again (None: never).
        self._retry = _checked_retry(retry)
        if api_version is not None:
            parse_version(api_version)  # a clear error now rather than later
        #: The server's API version, if known (given, or read from /about/).
        self._api_version = api_version
        if request_manager is not None:
            raise BEMServerAPIClientValueError(
                "request_manager is not supported: pass http_client= (an httpx client)"
            )
        self.host = host
        self.use_ssl = use_ssl
        self.base_uri_prefix = uri_prefix or "http"
        #: The API's base URL, ending with "/": request paths are joined to it.
        self._api_root = base_url(host, use_ssl, uri_prefix)
        self._auth = auth_for(authentication_method, self._api_root)
        self._timeout = _checked_timeout(timeout)
        self._verify = verify
        #: The user's own httpx client, else None: the shared pool.
        self._http_client: HttpClientT | None = http_client
        #: Whether to check the server's API version (before the first request).
        self._version_unchecked = auto_check
        self._after_init()

    def _after_init(self) -> None:
        """What a client does once set up (the blocking one checks the version)."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.base_uri}>"

    @property
    def base_uri(self) -> str:
        return redact_url(self._api_root.rstrip("/"))

    @property
    def authentication_method(self) -> httpx.Auth | None:
        return self._auth

    def set_authentication_method(
        self, authentication_method: httpx.Auth | None
    ) -> None:
        self._auth = auth_for(authentication_method, self._api_root)

    def _url(self, path: str) -> str:
        """The absolute URL of an API path ("/sites/1"): nothing of the host is
        stored in the shared pool."""
        return self._api_root + path.lstrip("/")

    @staticmethod
    def make_http_basic_auth(email: str, password: str) -> HTTPBasicAuth:
        """Email and password authentication (exchanged for a token when possible)."""
        return HTTPBasicAuth(email, password)

    make_http_basic = make_http_basic_auth

    @staticmethod
    def make_bearer_token_auth(
        access_token: str,
        refresh_token: str | None = None,
        after_refresh_tokens_callback: Callable[[str, str | None], None] | None = None,
    ) -> BearerTokenAuth:
        """Token authentication, refreshed automatically when it expires."""
        return BearerTokenAuth(
            access_token, refresh_token, after_refresh_tokens_callback
        )

    def with_options(
        self,
        *,
        retry: Retry | Literal[False] | None = False,
        timeout: float | httpx.Timeout | Literal[False] | None = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        strict_filters: bool | None = None,
    ) -> Self:
        """A client sharing this one's connections and authentication, with
        another retry policy (None: no retry) or timeout, or headers and query
        parameters added to its requests, or unknown keyword filters made errors
        (`strict_filters=True`), e.g. for one call:
        `api_client.with_options(retry=None).sites.create(...)`.
        `extra_query` goes with every request as given, its names unchecked
        (no operation is known yet): the way to send a filter newer than
        this client, past `strict_filters` and the near-name check."""
        other = copy.copy(self)
        # Entry points are cached on the client: the copy makes its own.
        for name in self._cached_per_client:
            other.__dict__.pop(name, None)
        if strict_filters is not None:
            other._strict_filters = strict_filters
        if retry is not False:
            other._retry = _checked_retry(retry)
        if timeout is not False:
            other._timeout = _checked_timeout(timeout)
        if extra_headers:
            check_header_values(extra_headers)
            other._extra_headers = {**self._extra_headers, **extra_headers}
        if extra_query:
            query = {k: query_value(v) for k, v in extra_query.items()}
            other._extra_query = {**self._extra_query, **query}
        return other

    def _execute(self, call: Call[Any]) -> Any:
        raise NotImplementedError
