"""Exceptions of the BEMServer API client, one class per kind of failure.

Every HTTP error answer maps to one class by its status code (see
`error_from_response`); transport failures are `BEMServerAPIInternalError`s.

Every exception pickles (`_Picklable`): it crosses processes (a
`ProcessPoolExecutor` worker, `multiprocessing.Pool`) as it is, class,
attributes and message; what it keeps of the exchange holds no secret.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._error_body import authentication_code, decoded_body
from ._redact import redact_url

if TYPE_CHECKING:
    import httpx


def _restore(
    cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]
) -> Any:
    """An exception unpickled: its class, `args` and attributes as they were,
    without calling its `__init__` (whose arguments are not its `args`)."""
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class _Picklable(BaseException):
    """Pickled as class, `args` and attributes, whatever `__init__` takes:
    the default (`cls(*args)`) fails for an `__init__` with other arguments."""

    def __reduce__(self) -> tuple[Any, ...]:
        return _restore, (type(self), self.args, dict(self.__dict__))


class BEMServerAPIVersionError(_Picklable, Exception):
    """The server's API version is outside the range this client supports."""


class BEMServerAPIOperationUnavailableError(BEMServerAPIVersionError):
    """The server's API version lacks this entry point or operation (raised
    before any request): e.g. the `st_*` services on API 0.26 and later."""


class BEMServerAPIVersionWarning(UserWarning):
    """The server runs an API version newer than those this client was tested
    with: it works as long as the operations used have not changed."""


class BEMServerAPIClientValueError(_Picklable, ValueError):
    """A bad argument, caught before any request was sent."""


class ExchangeRequest:
    """The request an error is about: method and URL (without credentials)."""

    __slots__ = ("method", "url")

    def __init__(self, method: str, url: str) -> None:
        self.method = method
        self.url = url

    @property
    def path(self) -> str:
        return "/" + self.url.split("://", 1)[-1].partition("/")[2].partition("?")[0]

    def __repr__(self) -> str:
        return f"<ExchangeRequest {self.method} {self.url}>"


class ExchangeResponse:
    """The answer an error is about: status, headers, body as text, and the
    decoded JSON when it is JSON (else None)."""

    __slots__ = ("headers", "json", "status_code", "text")

    def __init__(
        self, status_code: int, headers: dict[str, str], text: str, json: Any
    ) -> None:
        self.status_code = status_code
        self.headers = headers
        self.text = text
        self.json = json

    def __repr__(self) -> str:
        return f"<ExchangeResponse [{self.status_code}]>"


class BEMServerAPIError(_Picklable, Exception):
    """An error answer of the server, or a failure to get one.

    Raised for an answer, it keeps the exchange: `request` (method, URL) and
    `response` (status, headers, text, json); raised for a transport failure,
    `request` and `httpx_error`, the httpx exception. Its `str()` names the
    method, the path and the status before the message.
    """

    #: The request, when the error is about one.
    request: ExchangeRequest | None = None
    #: The server's answer, when there was one.
    response: ExchangeResponse | None = None
    #: The httpx exception of a transport failure.
    httpx_error: Exception | None = None

    def __init__(self, status_code: int = 501, message: str | None = None) -> None:
        self.status_code = status_code
        self.message = message
        super().__init__(message or f"BEMServer API error ({status_code})")

    def __str__(self) -> str:
        text = super().__str__()
        if self.request is None:
            return text
        where = f"{self.request.method} {self.request.path}"
        if self.response is not None:
            where += f" -> {self.response.status_code}"
        return f"{where}: {text}"


class BEMServerAPINotModified(BEMServerAPIError):
    """304: the ETag given to a GET matched; the resource has not changed."""

    def __init__(self) -> None:
        super().__init__(304, "Not modified (the given ETag matched)")


class BEMServerAPIAuthenticationError(BEMServerAPIError):
    """401, or a token refresh that failed: authenticate again.

    `code` is the server's reason (`errors.authentication`): invalid_credentials,
    expired_token, invalid_token, missing_authentication, malformed_credentials.
    """

    def __init__(self, code: str | None = None) -> None:
        self.code = code
        super().__init__(401, f"Authentication failed ({code or 'unknown reason'})")


class BEMServerAPIAuthorizationError(BEMServerAPIError):
    """403: authenticated, but not allowed to do this."""

    def __init__(self) -> None:
        super().__init__(403, "Forbidden")


class BEMServerAPINotFoundError(BEMServerAPIError):
    """404: no such resource."""

    def __init__(self) -> None:
        super().__init__(404, "Not found")


class BEMServerAPIConflictError(BEMServerAPIError):
    """409: the change conflicts with existing data (e.g. a unique name)."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(409, message or "Operation failed (409)!")
        self.message = message


class BEMServerAPIPreconditionError(BEMServerAPIError):
    """412 (stale ETag) or 428 (ETag missing) on an update or a delete."""

    def __init__(self, status_code: int = 412, message: str | None = None) -> None:
        default = "ETag missing" if status_code == 428 else "ETag does not match"
        super().__init__(status_code, message or f"Precondition failed: {default}")


class BEMServerAPIValidationError(BEMServerAPIError):
    """422: the server rejected the arguments or the payload.

    `errors` maps each field to its messages, the `json`, `query` and `files`
    parts of the answer merged; errors about the whole payload are under
    `_general`.
    """

    def __init__(self, errors: dict[str, Any] | None = None) -> None:
        self.errors = errors
        super().__init__(422, f"Validation error: {errors}")


class BEMServerAPIInvalidArgumentError(
    BEMServerAPIValidationError, BEMServerAPIClientValueError
):
    """An argument the server would refuse with 422, caught before any request.

    It is what the server's answer would have raised, a
    `BEMServerAPIValidationError` whose `errors` are shaped as the server's
    ({"sort": ["Must be one of: ..."]}), and, as before, a
    `BEMServerAPIClientValueError`; its message names the argument and the value.
    """

    def __init__(
        self,
        argument: str,
        message: str,
        server_says: str,
        errors: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(errors or {argument: [server_says]})
        self.argument = argument
        self.message = message
        self.args = (message,)


class BEMServerAPIArgumentWarning(UserWarning):
    """A keyword argument that the operation's API document does not list: it is
    sent as a query parameter all the same, and the server decides."""


class BEMServerAPIInternalError(BEMServerAPIError):
    """Any other error answer (5xx, unexpected 4xx), or no usable answer at all."""

    def __init__(self, status_code: int = 500, message: str | None = None) -> None:
        super().__init__(status_code, message or f"Server error ({status_code})")


class BEMServerAPIConnectionError(BEMServerAPIInternalError):
    """The server could not be reached, or the connection broke."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(503, message or "Connection to the server failed")


class BEMServerAPITimeoutError(BEMServerAPIInternalError):
    """No answer within the timeout."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(504, message or "The server did not answer in time")


class BEMServerAPIMalformedAnswerError(BEMServerAPIInternalError):
    """An answer whose body is not of the shape the API documents, so that the
    client cannot use it: e.g. the stats or a window of a bulk download.
    `status_code` is the answer's."""


def validation_errors(body: dict[str, Any]) -> dict[str, Any]:
    """Merge the parts of a 422 body into one {field: messages} mapping."""
    errors: dict[str, Any] = {}
    parts = body.get("errors")
    if isinstance(parts, dict):
        for location in ("json", "query", "files"):
            part = parts.get(location)
            if isinstance(part, dict):
                errors.update(part)
        if "_schema" in errors:
            errors["_general"] = errors.pop("_schema")
    elif "message" in body:
        errors = {"_general": [body["message"]]}
    return errors


def error_from_response(response: httpx.Response) -> BEMServerAPIError:
    """The exception for an error answer (status 300 and over), keeping the
    exchange (`request`, `response`)."""
    decoded = decoded_body(response)  # once, for the mapping and the exchange
    error = _error_of(
        response.status_code, decoded if isinstance(decoded, dict) else {}
    )
    error.response = _exchange_response(response, decoded)
    error.request = exchange_request(response)
    return error


def exchange_request(
    source: httpx.Response | httpx.HTTPError,
) -> ExchangeRequest | None:
    """The request of an answer or an httpx failure, credentials left out."""
    try:
        request = source.request
    except RuntimeError:  # made by hand, never sent
        return None
    return ExchangeRequest(request.method, redact_url(str(request.url)))


def _exchange_response(response: httpx.Response, decoded: Any) -> ExchangeResponse:
    """The answer kept by an error; `json` only where the answer says it is JSON."""
    try:
        text = response.text
    except (LookupError, ValueError):  # an unknown or lying charset
        text = response.content.decode("utf-8", errors="replace")
    is_json = "json" in response.headers.get("Content-Type", "")
    return ExchangeResponse(
        response.status_code,
        dict(response.headers),
        text,
        decoded if is_json else None,
    )


def _error_of(status: int, body: dict[str, Any]) -> BEMServerAPIError:
    """The exception of an error status, with what its JSON object body says."""
    if status == 304:
        return BEMServerAPINotModified()
    if status == 401:
        return BEMServerAPIAuthenticationError(code=authentication_code(body))
    if status == 403:
        return BEMServerAPIAuthorizationError()
    if status == 404:
        return BEMServerAPINotFoundError()
    if status == 409:
        message = body.get("message")
        return BEMServerAPIConflictError(message if isinstance(message, str) else None)
    if status in (412, 428):
        return BEMServerAPIPreconditionError(status_code=status)
    if status == 422:
        return BEMServerAPIValidationError(errors=validation_errors(body))
    message = body.get("message")
    return BEMServerAPIInternalError(
        status_code=status, message=message if isinstance(message, str) else None
    )


class ChunkInfo:
    """What one chunk of a bulk upload holds: {timeseries: (first timestamp,
    last timestamp, number of rows or points)}."""

    __slots__ = ("ranges",)

    def __init__(self, ranges: dict[str, tuple[str, str, int]]) -> None:
        self.ranges = ranges

    def __repr__(self) -> str:
        return f"ChunkInfo({self.ranges!r})"

    def __str__(self) -> str:
        return "; ".join(
            f"{ts} [{first} .. {last}] ({count})"
            for ts, (first, last, count) in self.ranges.items()
        )


def _listed(label: str, chunks: list[ChunkInfo], most: int = 20) -> list[str]:
    """One message line per chunk, the first `most` of them, then how many more."""
    lines = [f"{label}: {info}" for info in chunks[:most]]
    if len(chunks) > most:
        lines.append(f"{label}: ... {len(chunks) - most} more")
    return lines


class BEMServerAPIChunkError(BEMServerAPIInternalError):
    """A chunk of a bulk upload failed (after the client's retries).

    `stored`: the chunks the server accepted; `failed`: (chunk, exception) of
    those that failed, and of a chunk of a read-once stream holding bytes
    that are not UTF-8 (a BEMServerAPIClientValueError naming the line: the
    rows before it, not sent; the rest of the stream is not read) or of an
    error reading the data (e.g. a dict changed while it was being sent);
    `not_sent`: the chunks not tried after the failure.
    Each chunk is a ChunkInfo (timeseries and time ranges). Sending the whole
    data again is safe: the server keeps the points it already has.
    `status_code` is that of the first failure.
    """

    def __init__(
        self,
        stored: list[ChunkInfo],
        failed: list[tuple[ChunkInfo, Exception]],
        not_sent: list[ChunkInfo],
    ) -> None:
        self.stored = stored
        self.failed = failed
        self.not_sent = not_sent
        first = failed[0][1] if failed else None
        status = first.status_code if isinstance(first, BEMServerAPIError) else 500
        lines = [
            f"{len(failed)} chunk(s) of the upload failed, {len(stored)} stored, "
            f"{len(not_sent)} not sent (sending the data again is safe)"
        ]
        lines += [f"failed: {info} -> {exc!r}" for info, exc in failed]
        lines += _listed("stored", stored)
        lines += _listed("not sent", not_sent)
        super().__init__(status, "\n".join(lines))


class BEMServerAPIInterruptedError(_Picklable, KeyboardInterrupt):
    """A blocking bulk transfer interrupted (Ctrl-C, KeyboardInterrupt).

    It stops within a second or two: no new request, no more retries; the
    requests in flight are not waited for. A KeyboardInterrupt still (raised
    from the original one), so that `except Exception` does not swallow it.
    For an upload, `stored` lists the chunks the server accepted, `in_flight`
    those sent without an answer yet (stored or not: the server decides),
    `failed` (chunk, exception) those that failed; nothing else was sent.
    Sending the whole data again is safe. A download leaves nothing at its
    `to_file` path.
    """

    def __init__(
        self,
        message: str,
        stored: list[ChunkInfo] | None = None,
        in_flight: list[ChunkInfo] | None = None,
        failed: list[tuple[ChunkInfo, Exception]] | None = None,
    ) -> None:
        self.stored = stored or []
        self.in_flight = in_flight or []
        self.failed = failed or []
        lines = [message, *_listed("stored", self.stored)]
        lines += [f"in flight (stored or not): {info}" for info in self.in_flight]
        lines += [f"failed: {info} -> {exc!r}" for info, exc in self.failed]
        super().__init__("\n".join(lines))


if TYPE_CHECKING:
    import asyncio

    class BEMServerAPICancelledError(
        BEMServerAPIInterruptedError, asyncio.CancelledError
    ):
        """An asyncio bulk transfer cancelled (its task, or a timeout around
        it): what BEMServerAPIInterruptedError says of a blocking one
        (`stored`, `in_flight`, `failed`). A CancelledError too, so that the
        task ends cancelled as asyncio expects."""

else:

    def __getattr__(name: str) -> Any:
        # Made on first use: `import bemserver_api_client` does not load
        # asyncio (the asyncio client's transfers have loaded it by then).
        if name == "BEMServerAPICancelledError":
            return _cancelled_error_class()
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

    _CANCELLED: list[type] = []

    def _cancelled_error_class() -> type:
        if not _CANCELLED:
            import asyncio

            _CANCELLED.append(
                type(
                    "BEMServerAPICancelledError",
                    (BEMServerAPIInterruptedError, asyncio.CancelledError),
                    {
                        "__module__": __name__,
                        "__doc__": (
                            "An asyncio bulk transfer cancelled: what "
                            "BEMServerAPIInterruptedError says of a blocking "
                            "one; a CancelledError too."
                        ),
                    },
                )
            )
        return _CANCELLED[0]
