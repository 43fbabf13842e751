"""What a request came to, for the caller: the response object of a success
answer, the client exception of an error answer or of no answer at all."""

from __future__ import annotations

import ssl
from typing import Any

import httpx

from ._logging import logger
from ._redact import redacted_httpx_error
from .exceptions import (
    BEMServerAPIConnectionError,
    BEMServerAPIError,
    BEMServerAPIInternalError,
    BEMServerAPITimeoutError,
    error_from_response,
    exchange_request,
)
from .response import BEMServerApiClientResponse


def _answers_csv(response: httpx.Response) -> bool:
    content_type: str = response.headers.get("Content-Type", "")
    return content_type.startswith("text/csv")


def finish(response: httpx.Response, parser: Any) -> Any:
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
    return BEMServerApiClientResponse(
        response, None if _answers_csv(response) else parser
    )


# OpenSSL's reasons for a TLS handshake answered in plain text (an HTTP
# server's "400 Bad Request" read as a TLS record).
_PLAIN_TEXT_ANSWER = ("WRONG_VERSION_NUMBER", "RECORD_LAYER_FAILURE", "HTTP_REQUEST")


def _plain_http_hint(exc: httpx.HTTPError) -> str:
    """A hint for an https request whose TLS handshake got plain HTTP back."""
    try:
        https = exc.request.url.scheme == "https"
    except RuntimeError:  # no request
        return ""
    cause: BaseException | None = exc
    while https and cause is not None:
        if isinstance(cause, ssl.SSLError) and cause.reason in _PLAIN_TEXT_ANSWER:
            return " (the server may not speak https: use_ssl=False?)"
        cause = cause.__cause__ or cause.__context__
    return ""


def transport_error(exc: httpx.HTTPError, request_path: str) -> BEMServerAPIError:
    """The client exception of an httpx failure to get an answer, keeping the
    request and the httpx exception, this one without secrets (see
    `redacted_httpx_error`: the error may be shown, logged or pickled)."""
    cause = redacted_httpx_error(exc)
    error: BEMServerAPIError
    if isinstance(exc, httpx.TimeoutException):
        error = BEMServerAPITimeoutError(
            f"no answer in time for {request_path}: {cause}"
        )
    elif isinstance(exc, httpx.TransportError):
        error = BEMServerAPIConnectionError(
            f"request to {request_path} failed: {cause!r}{_plain_http_hint(exc)}"
        )
    else:
        error = BEMServerAPIInternalError(
            message=f"request to {request_path} failed: {cause!r}"
        )
    error.request = exchange_request(exc)
    error.httpx_error = cause
    error.__cause__ = cause
    return error
