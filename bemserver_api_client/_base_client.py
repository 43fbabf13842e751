"""What the blocking and the asyncio clients share: building a call's request from
the generated core, checking arguments, sending, and mapping errors."""

from __future__ import annotations

import copy
import datetime as dt
import functools
import logging
import types
from enum import Enum
from importlib import import_module
from typing import (
    TYPE_CHECKING,
    Any,
    Generic,
    Literal,
    TypeVar,
    Union,
    get_args,
    get_origin,
)

import httpx

from ._auth import BearerTokenAuth, HTTPBasicAuth, _TokenAuth
from ._redact import redact_url
from ._retry import DEFAULT_RETRY, NO_RETRY, Retry, is_idempotent
from ._versions import version_tuple
from .exceptions import (
    BEMServerAPIClientValueError,
    BEMServerAPIConnectionError,
    BEMServerAPIError,
    BEMServerAPIInternalError,
    BEMServerAPIPreconditionError,
    BEMServerAPITimeoutError,
    error_from_response,
)
from .resources._base import Call, ModeT, Resource, as_date, as_datetime
from .response import BEMServerApiClientResponse

if TYPE_CHECKING:
    import inspect
    from collections.abc import Callable

    from typing_extensions import Self

logger = logging.getLogger("bemserver_api_client")

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


@functools.cache
def _parameters(name: str) -> dict[str, inspect.Parameter]:
    import inspect  # only on the first call of an operation

    return dict(inspect.signature(operation_module(name).build_request).parameters)


def _options(annotation: Any) -> list[Any]:
    """The members of a union annotation, the generated UNSET type left out."""
    if get_origin(annotation) in (Union, types.UnionType):
        members = list(get_args(annotation))
    else:
        members = [annotation]
    return [member for member in members if getattr(member, "__name__", "") != "Unset"]


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
                raise BEMServerAPIClientValueError(
                    f"invalid {argument}: {value!r} (expected one of {shown}{more})"
                )
            return value
        if option is int and isinstance(value, str):
            try:
                return int(value)
            except ValueError:
                raise BEMServerAPIClientValueError(
                    f"invalid {argument}: {value!r} (expected an integer)"
                ) from None
        if origin is list:
            (item_type,) = get_args(option)
            items = value if isinstance(value, list | tuple | set) else [value]
            return [_coerce(item, item_type, argument) for item in items]
    return value


def prepare(call: Call[Any]) -> tuple[dict[str, Any], Callable[[httpx.Response], Any]]:
    """The request of a call (httpx.request keyword arguments) and its parser."""
    module = operation_module(call.operation)
    parameters = _parameters(call.operation)
    kwargs: dict[str, Any] = {}
    for name, value in {**call.kwargs, **call.query}.items():
        if value is None:
            continue  # left out: the server's default applies
        parameter = parameters.get(name)
        if parameter is None and name in _ETAG_HEADERS and name not in call.query:
            continue  # a resource without ETags: the existing client sent it anyway
        if parameter is None and name in _NOT_QUERY:
            raise BEMServerAPIClientValueError(
                f"{call.caller} takes no {_ARGUMENT_NAMES.get(name, name)}"
            )
        if parameter is None or (name in call.query and name in _NOT_QUERY):
            accepted = sorted(
                p
                for p, spec in parameters.items()
                if spec.kind is spec.KEYWORD_ONLY and p not in _NOT_QUERY
            )
            raise BEMServerAPIClientValueError(
                f"unknown argument {name!r} for {call.caller} "
                f"(accepted: {', '.join(accepted) or 'none'})"
            )
        if name in _NOT_QUERY:
            kwargs[name] = value
        else:
            kwargs[name] = _coerce(value, parameter.annotation, name)
    if_match = parameters.get("if_match")
    if (
        if_match is not None
        and if_match.default is if_match.empty
        and "if_match" not in kwargs
    ):
        raise BEMServerAPIPreconditionError(
            428,
            f"{call.caller} needs the resource's ETag (etag=...): read it from the "
            "`etag` of a getone() response; the server refuses changes without it",
        )
    missing = [
        name
        for name, parameter in parameters.items()
        if parameter.kind is parameter.KEYWORD_ONLY
        and parameter.default is parameter.empty
        and name not in kwargs
    ]
    if missing:
        raise BEMServerAPIClientValueError(f"{call.caller} needs {', '.join(missing)}")
    request = module.build_request(*call.args, **kwargs)
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


def _is_csv(response: httpx.Response) -> bool:
    content_type: str = response.headers.get("Content-Type", "")
    return content_type.startswith("text/csv")


def finish(call: Call[Any], response: httpx.Response, parser: Any) -> Any:
    """The response object of a success answer, or the exception of an error."""
    if response.status_code >= 300:
        error = error_from_response(response)
        logger.info(
            "%s %s -> %s %s",
            response.request.method,
            response.request.url.path,
            response.status_code,
            type(error).__name__,
        )
        raise error
    # A CSV answer is given as bytes: there is no model to build from it.
    return BEMServerApiClientResponse(response, None if _is_csv(response) else parser)


def page_call(call: Call[Any], page: int) -> Call[Any]:
    """The call of one page of a paginated list call (see `Paginated.iter_all`)."""
    one_page: Call[Any] = Call(
        *call.args,
        operation=call.operation,
        query={**call.query, "page": page},
        headers=call.headers,
        auth=call.auth,
        idempotent=call.idempotent,
        **call.kwargs,
    )
    one_page.caller = call.caller
    return one_page


def first_page(call: Call[Any]) -> int:
    """The page a paginated iteration starts from (`page=`, else 1)."""
    page = call.query.get("page")
    return 1 if page is None else int(page)


def next_page(
    response: BEMServerApiClientResponse[Any], page: int, items: int
) -> int | None:
    """The page after this one, or None when this one is the last.

    The server says it in `X-Pagination` ("next_page" is left out on the last
    page, and on a page past the end); without that header, the iteration
    goes on while pages come full.
    """
    pagination = response.pagination
    if pagination:
        following = pagination.get("next_page")
        if isinstance(following, int) and following > page:
            return following
        return None
    page_size = response.raw.request.url.params.get("page_size")
    if items and page_size is not None and items >= int(page_size):
        return page + 1
    return None


def transport_error(exc: httpx.HTTPError, request_path: str) -> BEMServerAPIError:
    """The client exception of an httpx failure to get an answer."""
    if isinstance(exc, httpx.TimeoutException):
        return BEMServerAPITimeoutError(f"no answer in time for {request_path}: {exc}")
    if isinstance(exc, httpx.TransportError):
        return BEMServerAPIConnectionError(f"request to {request_path} failed: {exc!r}")
    return BEMServerAPIInternalError(
        message=f"request to {request_path} failed: {exc!r}"
    )


def base_url(host: str, use_ssl: bool, uri_prefix: str | None) -> httpx.URL:
    """The API's base URL from the existing client's arguments."""
    if "://" in host:
        url = host
    else:
        scheme = (uri_prefix or "http").rstrip(":/")
        if use_ssl and scheme == "http":
            scheme = "https"
        url = f"{scheme}://{host}"
    return httpx.URL(url.rstrip("/") + "/")


def auth_for(
    authentication_method: httpx.Auth | None, api_url: httpx.URL
) -> httpx.Auth | None:
    if isinstance(authentication_method, _TokenAuth):
        authentication_method._bind(api_url)
    elif authentication_method is not None and not isinstance(
        authentication_method, httpx.Auth
    ):
        raise BEMServerAPIClientValueError(
            f"authentication_method must be made by make_http_basic_auth() or "
            f"make_bearer_token_auth(), not {type(authentication_method).__name__}"
        )
    return authentication_method


HttpClientT = TypeVar("HttpClientT", httpx.Client, httpx.AsyncClient)


class BaseClient(Generic[ModeT, HttpClientT]):
    """State and helpers common to both clients; `_execute` sends a call.

    `host` is "host[:port]" (https unless use_ssl=False) or a full base URL;
    the other positional arguments are those of the existing client.
    """

    _http: HttpClientT
    _auth: httpx.Auth | None
    #: The httpx client class a client makes when it is not given one.
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
        verify: bool | str = True,
        http_client: HttpClientT | None = None,
        api_version: str | None = None,
        retry: Retry | None = DEFAULT_RETRY,
    ) -> None:
        #: When to send a request again (None: never).
        self._retry = retry or NO_RETRY
        if api_version is not None:
            version_tuple(api_version)  # a clear error now rather than later
        #: The server's API version, if known (given, or read from /about/).
        self._api_version = api_version
        if request_manager is not None:
            raise BEMServerAPIClientValueError(
                "request_manager is not supported: pass http_client= (an httpx client)"
            )
        self.host = host
        self.use_ssl = use_ssl
        self.base_uri_prefix = uri_prefix or "http"
        self._base_url = base_url(host, use_ssl, uri_prefix)
        self._auth = auth_for(authentication_method, self._base_url)
        self._timeout = timeout
        if http_client is not None:
            http_client.base_url = self._base_url
            http_client.auth = self._auth  # type: ignore[assignment]
            self._http = http_client
        else:
            self._http = self._http_client_class(
                base_url=self._base_url, auth=self._auth, timeout=timeout, verify=verify
            )
        #: Whether to check the server's API version (before the first request).
        self._version_unchecked = auto_check
        self._after_init()

    def _after_init(self) -> None:
        """What a client does once set up (the blocking one checks the version)."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.base_uri}>"

    @property
    def base_uri(self) -> str:
        return redact_url(str(self._base_url).rstrip("/"))

    @property
    def authentication_method(self) -> httpx.Auth | None:
        return self._auth

    def set_authentication_method(
        self, authentication_method: httpx.Auth | None
    ) -> None:
        self._auth = auth_for(authentication_method, self._base_url)
        self._http.auth = self._auth  # type: ignore[assignment]

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
    ) -> Self:
        """A client sharing this one's connections and authentication, with
        another retry policy (None: no retry) or timeout, e.g. for one call:
        `api_client.with_options(retry=None).sites.create(...)`."""
        other = copy.copy(self)
        # Entry points are cached on the client: the copy makes its own.
        for name, value in list(vars(other).items()):
            if isinstance(value, Resource):
                del other.__dict__[name]
        if retry is not False:
            other._retry = retry or NO_RETRY
        if timeout is not False:
            other._timeout = timeout
        return other

    def _delay_after_error(
        self,
        call: Call[Any],
        request: dict[str, Any],
        attempt: int,
        error: httpx.HTTPError,
    ) -> float:
        """How long to wait before trying again, or the client exception to raise."""
        idempotent = is_idempotent(request["method"], call.idempotent)
        delay = self._retry.delay_after_error(attempt, error, idempotent)
        if delay is None:
            raise transport_error(error, request["url"]) from error
        logger.warning(
            "%s %s failed (%s): retry %d in %.2f s",
            request["method"],
            request["url"],
            type(error).__name__,
            attempt,
            delay,
        )
        return delay

    def _delay_after_response(
        self,
        call: Call[Any],
        request: dict[str, Any],
        attempt: int,
        response: httpx.Response,
    ) -> float | None:
        """How long to wait before trying again, or None to keep this answer."""
        if response.status_code < 400:
            return None
        idempotent = is_idempotent(request["method"], call.idempotent)
        delay = self._retry.delay_after_response(attempt, response, idempotent)
        if delay is not None:
            logger.warning(
                "%s %s answered %d: retry %d in %.2f s",
                request["method"],
                request["url"],
                response.status_code,
                attempt,
                delay,
            )
        return delay

    def _request_auth(self, call: Call[Any]) -> Any:
        """The auth of one request: the client's, or the call's own."""
        if call.auth is True:
            return httpx.USE_CLIENT_DEFAULT
        return call.auth

    def _execute(self, call: Call[Any]) -> Any:
        raise NotImplementedError

    def _iterate(self, call: Call[Any]) -> Any:
        """The items of every page of a paginated list call, as an iterator
        (an async iterator on the asyncio client)."""
        raise NotImplementedError
