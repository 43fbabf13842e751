"""The answer of one successful API call."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

from ._generated.errors import UnexpectedStatus
from .exceptions import BEMServerAPIInternalError

T = TypeVar("T")

_NOT_PARSED: Any = object()

# What decoding or parsing a malformed body can raise: bad JSON or encoding
# (ValueError), a body of the wrong shape (KeyError, TypeError, AttributeError,
# IndexError), absurd values (OverflowError), JSON nested deeper than Python
# recurses (RecursionError), a status the operation does not declare at all
# (the core's UnexpectedStatus).
_MALFORMED_BODY = (
    ValueError,
    KeyError,
    TypeError,
    AttributeError,
    IndexError,
    OverflowError,
    RecursionError,
    UnexpectedStatus,
)


def _mimetype(response: httpx.Response) -> str:
    content_type: str = response.headers.get("Content-Type", "")
    return content_type.split(";")[0].strip().lower()


class BEMServerApiClientResponse(Generic[T]):
    """A success answer: raw fields as the existing client exposed them, plus
    `parsed`, the typed model(s) of the body, built on first access."""

    def __init__(
        self,
        raw_response: httpx.Response,
        parser: Callable[[httpx.Response], T] | None = None,
    ) -> None:
        self.raw = raw_response
        self._parser = parser
        self._parsed: T = _NOT_PARSED
        self._data: Any = _NOT_PARSED

    def __repr__(self) -> str:
        request = self.raw.request
        return (
            f"<BEMServerApiClientResponse [{self.status_code}] "
            f"{request.method} {request.url.path}>"
        )

    @property
    def status_code(self) -> int:
        return self.raw.status_code

    @property
    def etag(self) -> str:
        """The `ETag` header, "" when absent: give it back as `etag=` to update."""
        etag: str = self.raw.headers.get("ETag", "")
        return etag

    @property
    def pagination(self) -> dict[str, Any]:
        """The decoded `X-Pagination` header, {} when absent.

        e.g. {"total": 4, "total_pages": 1, "first_page": 1, "last_page": 1, "page": 1}
        """
        header = self.raw.headers.get("X-Pagination")
        if not header:
            return {}
        try:
            value = json.loads(header)
        except (ValueError, RecursionError):
            return {}
        return value if isinstance(value, dict) else {}

    @property
    def is_json(self) -> bool:
        mimetype = _mimetype(self.raw)
        return mimetype == "application/json" or (
            mimetype.startswith("application/") and mimetype.endswith("+json")
        )

    @property
    def is_csv(self) -> bool:
        mimetype = _mimetype(self.raw)
        return mimetype == "text/csv" or (
            mimetype.startswith("text/") and mimetype.endswith("+csv")
        )

    @property
    def data(self) -> Any:
        """The body: decoded JSON, raw bytes otherwise (CSV), None when empty.

        Malformed or too deeply nested JSON raises BEMServerAPIInternalError.
        """
        if self._data is _NOT_PARSED:
            content = self.raw.content
            if not content:
                self._data = None
            elif self.is_json:
                try:
                    self._data = json.loads(content)
                except (ValueError, RecursionError) as exc:
                    raise BEMServerAPIInternalError(
                        self.status_code, f"malformed JSON in the answer: {exc}"
                    ) from exc
            else:
                self._data = content
        return self._data

    @property
    def parsed(self) -> T:
        """The body as typed model(s) of the operation (bytes for CSV).

        A success status the operation does not declare (a 200 to a create) is
        parsed as the declared one. A body that is not what the operation
        answers (wrong shape, malformed or too deeply nested JSON) raises
        BEMServerAPIInternalError; `data` may still give it.
        """
        if self._parsed is _NOT_PARSED:
            if self._parser is None:
                self._parsed = self.data
            else:
                try:
                    self._parsed = self._parser(self.raw)
                except _MALFORMED_BODY as exc:
                    # repr() of a RecursionError or of a huge body is no message.
                    detail = type(exc).__name__ + ": " + str(exc)[:200]
                    raise BEMServerAPIInternalError(
                        self.status_code, f"unexpected answer body ({detail})"
                    ) from exc
        return self._parsed

    def toJSON(self) -> dict[str, Any]:
        """A JSON-serialisable summary of the answer."""
        return {
            "status_code": self.status_code,
            "data": self.data,
            "etag": self.etag,
            "pagination": self.pagination,
        }
