"""Streams of test data, for the bulk upload tests."""

from __future__ import annotations

import io


class OneWayStream:
    """A stream that can only be read (a pipe, a socket): no tell, no seek."""

    def __init__(self, content: bytes) -> None:
        self._content = io.BytesIO(content)

    def read(self, size: int = -1) -> bytes:
        return self._content.read(size)
