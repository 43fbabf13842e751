"""What the blocking and the asyncio clients share: building a call's request from
the generated core, checking arguments, and what travels with each request."""

from __future__ import annotations

import copy
import datetime as dt
import functools
import types
import warnings
from enum import Enum
from importlib import import_module
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Generic,
    Literal,
    TypeVar,
    Union,
    get_args,
    get_origin,
)

import httpx

from ._auth import BearerTokenAuth, HTTPBasicAuth
from ._call import Call, ModeT
from ._config import auth_for, base_url
from ._convert import as_date, as_datetime
from ._pool import Verify
from ._redact import redact_url
from ._retry import DEFAULT_RETRY, NO_RETRY, Retry
from ._version import __version__
from ._versions import parse_version
from .exceptions import (
    BEMServerAPIArgumentWarning,
    BEMServerAPIClientValueError,
    BEMServerAPIInvalidArgumentError,
    BEMServerAPIPreconditionError,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from typing_extensions import Self

#: Sent with every request, before `default_headers`.
USER_AGENT = f"bemserver-api-client/{__version__}"

GENERATED_API = "bemserver_api_client._generated.api"

#: Connect quickly or fail; reads may wait for the server's own 30 s worker limit.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)

# Arguments of build_request that are not query parameters, and their names in
# the facade's operations.
_NOT_QUERY = {"body", "if_match", "if_none_match"}
_ARGUMENT_NAMES = {"if_match": "etag", "if_none_match": "etag", "body": "payload"}
_ETAG_HEADERS = {"if_match", "if_none_match"}


@functools.cache
def operation_module(name: str) -> Any:
    """The generated module of an operation, imported on first use."""
    return import_module(f"{GENERATED_API}.{name}")


def _keywords(name: str) -> dict[str, tuple[Any, bool]]:
    """{keyword argument of the operation's request builder: (annotation,
    required)}, as the generator wrote it (`KEYWORDS`)."""
    keywords: dict[str, tuple[Any, bool]] = operation_module(name).KEYWORDS
    return keywords


def _options(annotation: Any) -> list[Any]:
    """The members of a union annotation, the generated UNSET type left out."""
    if get_origin(annotation) in (Union, types.UnionType):
        members = list(get_args(annotation))
    else:
        members = [annotation]
    return [member for member in members if getattr(member, "__name__", "") != "Unset"]


def _invalid(argument: str, value: Any, expected: str, server_says: str) -> Exception:
    """The error of a value the server would refuse with 422, caught before
    sending: both the server's `BEMServerAPIValidationError` (with `errors`
    shaped as its answer) and a `BEMServerAPIClientValueError`."""
    return BEMServerAPIInvalidArgumentError(
        argument, f"invalid {argument}: {value!r} (expected {expected})", server_says
    )


def _coerce(value: Any, annotation: Any, argument: str) -> Any:
    """Check and convert one argument to what the generated core expects.

    Enumerations are checked against the values the API accepts (client side,
    before any request); dates and datetimes may be given as ISO 8601 strings.
    """
    if isinstance(value, Enum):
        value = value.value
    for option in _options(annotation):
        origin = get_origin(option)
        if option is dt.datetime:
            return as_datetime(value, argument)
        if option is dt.date:
            return as_date(value, argument)
        if origin is Literal:
            allowed = get_args(option)
            if value not in allowed:
                shown = ", ".join(repr(v) for v in allowed[:12])
                more = ", ..." if len(allowed) > 12 else ""
                raise _invalid(
                    argument,
                    value,
                    f"one of {shown}{more}",
                    f"Must be one of: {', '.join(str(v) for v in allowed)}.",
                )
            return value
        if option is int and isinstance(value, str):
            try:
                return int(value)
            except ValueError:
                raise _invalid(
                    argument, value, "an integer", "Not a valid integer."
                ) from None
        if origin is list:
            (item_type,) = get_args(option)
            items = value if isinstance(value, list | tuple | set) else [value]
            return [
                _coerce_item(item, item_type, argument, i)
                for i, item in enumerate(items)
            ]
    return value


def _coerce_item(value: Any, annotation: Any, argument: str, index: int) -> Any:
    """One item of a list argument; its error is keyed by its index, as the
    server's is ({"sort": {"0": ["Must be one of: ..."]}})."""
    try:
        return _coerce(value, annotation, argument)
    except BEMServerAPIInvalidArgumentError as exc:
        assert exc.errors is not None
        raise BEMServerAPIInvalidArgumentError(
            argument,
            exc.message or str(exc),
            "",
            {argument: {str(index): exc.errors[argument]}},
        ) from None


def _query_value(value: Any) -> Any:
    """An argument the API document does not list, as a query parameter: sent
    as the existing client sent it, the server judges it."""
    if isinstance(value, Enum):
        return _query_value(value.value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, list | tuple | set):
        return [_query_value(item) for item in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _warn_unlisted(call: Call[Any], names: list[str]) -> None:
    warnings.warn(
        f"{call.caller}: {', '.join(map(repr, names))} not in the API document of "
        "this operation: sent as query parameters, the server decides",
        BEMServerAPIArgumentWarning,
        stacklevel=5,
    )


def prepare(
    call: Call[Any],
) -> tuple[dict[str, Any], Callable[[httpx.Response], Any] | None]:
    """The request of a call (httpx.request keyword arguments) and its parser.

    Arguments the operation's API document does not list are sent as query
    parameters with a warning: the server is the judge, as with the existing
    client (type checkers still refuse them).
    """
    if call.raw is not None:
        return dict(call.raw), None
    module = operation_module(call.operation)
    keywords = _keywords(call.operation)
    kwargs: dict[str, Any] = {}
    unlisted: dict[str, Any] = {}
    for name, value in {**call.kwargs, **call.query}.items():
        if value is None:
            continue  # left out: the server's default applies
        keyword = keywords.get(name)
        if name in call.query and name in _NOT_QUERY:
            keyword = None  # a user's `body=`... is a query parameter too
        elif keyword is None and name in _ETAG_HEADERS:
            continue  # a resource without ETags: the existing client sent it anyway
        elif keyword is None and name in _NOT_QUERY:
            raise BEMServerAPIClientValueError(
                f"{call.caller} takes no {_ARGUMENT_NAMES.get(name, name)}"
            )
        if keyword is None:
            unlisted[name] = _query_value(value)
        elif name in _NOT_QUERY:
            kwargs[name] = value
        else:
            kwargs[name] = _coerce(value, keyword[0], name)
    if keywords.get("if_match", (None, False))[1] and "if_match" not in kwargs:
        raise BEMServerAPIPreconditionError(
            428,
            f"{call.caller} needs the resource's ETag (etag=...): read it from the "
            "`etag` of a getone() response; the server refuses changes without it",
        )
    missing = [
        name
        for name, (_, required) in keywords.items()
        if required and name not in kwargs
    ]
    if missing:
        raise BEMServerAPIInvalidArgumentError(
            missing[0],
            f"{call.caller} needs {', '.join(missing)}",
            "Missing data for required field.",
            {name: ["Missing data for required field."] for name in missing},
        )
    request = module.build_request(*call.args, **kwargs)
    if unlisted:
        _warn_unlisted(call, list(unlisted))
        request["params"] = {**request.get("params", {}), **unlisted}
    if call.headers:
        request["headers"] = {**request.get("headers", {}), **call.headers}
    _make_replayable(request)
    return request, module.parse_response


def _make_replayable(request: dict[str, Any]) -> None:
    """Read file bodies into bytes: a request may be sent again (retry, token
    renewal), and a file can be read only once."""
    content = request.get("content")
    if content is not None and hasattr(content, "read"):
        request["content"] = content.read()
    files = request.get("files")
    if files:
        request["files"] = [
            (name, (file[0], file[1].read(), *file[2:]))
            if hasattr(file[1], "read")
            else (name, file)
            for name, file in files
        ]


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
        request["params"] = {k: _query_value(v) for k, v in params.items()}
    if json is not None:
        request["json"] = json
    if content is not None:
        request["content"] = content
    if headers:
        request["headers"] = dict(headers)
    return Call(raw=request, caller=f"{request['method']} {request['url']}")


HttpClientT = TypeVar("HttpClientT", httpx.Client, httpx.AsyncClient)


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
    ) -> None:
        #: Headers of every request (a User-Agent naming this package first).
        self._headers = {"User-Agent": USER_AGENT, **(default_headers or {})}
        #: Headers and query parameters of one call (see `with_options`).
        self._extra_headers: Mapping[str, str] = {}
        self._extra_query: Mapping[str, Any] = {}
        #: When to send a request again (None: never).
        self._retry = retry or NO_RETRY
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
        self._timeout = timeout
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
    ) -> Self:
        """A client sharing this one's connections and authentication, with
        another retry policy (None: no retry) or timeout, or headers and query
        parameters added to its requests, e.g. for one call:
        `api_client.with_options(retry=None).sites.create(...)`."""
        other = copy.copy(self)
        # Entry points are cached on the client: the copy makes its own.
        for name in self._cached_per_client:
            other.__dict__.pop(name, None)
        if retry is not False:
            other._retry = retry or NO_RETRY
        if timeout is not False:
            other._timeout = timeout
        if extra_headers:
            other._extra_headers = {**self._extra_headers, **extra_headers}
        if extra_query:
            query = {k: _query_value(v) for k, v in extra_query.items()}
            other._extra_query = {**self._extra_query, **query}
        return other

    def _request_auth(self, call: Call[Any]) -> Any:
        """The auth of one request: the client's (else that of the user's own
        httpx client, if any), or the call's own."""
        if call.auth is not True:
            return call.auth
        return httpx.USE_CLIENT_DEFAULT if self._auth is None else self._auth

    def _send_arguments(self, call: Call[Any], request: dict[str, Any]) -> Any:
        """`httpx.Client.request` keyword arguments: everything of this client
        travels with the request. Redirects are never followed: a token request
        carries credentials, and the API's own paths never redirect."""
        params = request.get("params")
        if self._extra_query:
            params = {**(params or {}), **self._extra_query}
        arguments = {
            **request,
            "url": self._url(request["url"]),
            "headers": {
                **self._headers,
                **request.get("headers", {}),
                **self._extra_headers,
            },
            "auth": self._request_auth(call),
            "timeout": self._timeout,
            "follow_redirects": False,
        }
        if params:
            arguments["params"] = params
        else:  # merging empty params costs a URL copy
            arguments.pop("params", None)
        return arguments

    def _execute(self, call: Call[Any]) -> Any:
        raise NotImplementedError

    def _iterate(self, call: Call[Any]) -> Any:
        """The items of every page of a paginated list call, as an iterator
        (an async iterator on the asyncio client)."""
        raise NotImplementedError
