"""The answer of one successful API call."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

from .exceptions import BEMServerAPIInternalError

T = TypeVar("T")

_NOT_PARSED: Any = object()


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
        except ValueError:
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
        """The body: decoded JSON, raw bytes otherwise (CSV), None when empty."""
        if self._data is _NOT_PARSED:
            content = self.raw.content
            if not content:
                self._data = None
            elif self.is_json:
                try:
                    self._data = json.loads(content)
                except ValueError as exc:
                    raise BEMServerAPIInternalError(
                        self.status_code, f"malformed JSON in the answer: {exc}"
                    ) from exc
            else:
                self._data = content
        return self._data

    @property
    def parsed(self) -> T:
        """The body as typed model(s) of the operation (bytes for CSV)."""
        if self._parsed is _NOT_PARSED:
            if self._parser is None:
                self._parsed = self.data
            else:
                try:
                    self._parsed = self._parser(self.raw)
                except (ValueError, KeyError, TypeError) as exc:
                    raise BEMServerAPIInternalError(
                        self.status_code, f"unexpected answer body: {exc!r}"
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
