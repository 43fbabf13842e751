"""When to send a request again, and after how long: one policy for every call.

Repeating is safe where it cannot do a thing twice:
- a connection that failed before the request was sent (any method);
- 408, 429, 502, 503 and 504 answers, and connections that broke after the
  request was sent, only for idempotent requests: GET, PUT, DELETE, and the
  timeseries data uploads (the server keeps the points it already has).
A POST that creates something is never sent again once it may have reached the
server: its failure is the caller's to handle.
"""

from __future__ import annotations

import email.utils
import random
import time
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from collections.abc import Collection

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({408, 429, 502, 503, 504})

# Failures that happen before any byte of the request reached the server.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class Retry:
    """Exponential backoff with full jitter, honouring `Retry-After`.

    `attempts` counts every try (1: no retry). The n-th retry waits a random
    time up to `backoff * 2**(n-1)` seconds, at most `max_backoff`; a
    `Retry-After` answer is waited for as asked, up to `max_retry_after`.
    """

    __slots__ = (
        "attempts",
        "backoff",
        "max_backoff",
        "max_retry_after",
        "statuses",
    )

    def __init__(
        self,
        attempts: int = 4,
        *,
        backoff: float = 0.5,
        max_backoff: float = 8.0,
        max_retry_after: float = 60.0,
        statuses: Collection[int] = RETRY_STATUSES,
    ) -> None:
        if attempts < 1:
            raise ValueError("attempts counts the first try: at least 1")
        self.attempts = attempts
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_retry_after = max_retry_after
        self.statuses = frozenset(statuses)

    def __repr__(self) -> str:
        return (
            f"Retry(attempts={self.attempts}, backoff={self.backoff}, "
            f"max_backoff={self.max_backoff})"
        )

    def delay_after_error(
        self, attempt: int, error: httpx.HTTPError, idempotent: bool
    ) -> float | None:
        """Seconds to wait before trying again after a transport error, or None."""
        if attempt >= self.attempts:
            return None
        if isinstance(error, _NOT_SENT) or (
            idempotent and isinstance(error, httpx.TransportError)
        ):
            return self._backoff(attempt)
        return None

    def delay_after_response(
        self, attempt: int, response: httpx.Response, idempotent: bool
    ) -> float | None:
        """Seconds to wait before trying again after this answer, or None."""
        if attempt >= self.attempts or not idempotent:
            return None
        if response.status_code not in self.statuses:
            return None
        retry_after = _retry_after(response)
        if retry_after is not None:
            return min(retry_after, self.max_retry_after)
        return self._backoff(attempt)

    def _backoff(self, attempt: int) -> float:
        ceiling = min(self.max_backoff, self.backoff * 2 ** (attempt - 1))
        return random.uniform(0, ceiling)


#: No retry at all.
NO_RETRY = Retry(attempts=1)
#: What a client does unless told otherwise: up to 3 retries within ~4 s.
DEFAULT_RETRY = Retry()


def _retry_after(response: httpx.Response) -> float | None:
    """The `Retry-After` header in seconds (a number or an HTTP date)."""
    header = response.headers.get("Retry-After")
    if header is None:
        return None
    try:
        return max(0.0, float(header))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(header)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def is_idempotent(method: str, marked: bool) -> bool:
    """Whether sending the request twice does no more than sending it once."""
    return marked or method.upper() in IDEMPOTENT_METHODS
