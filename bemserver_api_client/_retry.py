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
import math
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

# The backoff doubles at most this many times: beyond, 2**n is only an overflow
# waiting to happen (any finite backoff has long reached max_backoff).
_MAX_DOUBLINGS = 64


def _seconds(name: str, value: float) -> float:
    """A duration setting, checked: a finite number of seconds, 0 or more."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} is a number of seconds, not {value!r}")
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"{name} must be finite and 0 or more, not {value!r}")
    return float(value)


class Retry:
    """Exponential backoff with full jitter, honouring `Retry-After`.

    `attempts` counts every try (1: no retry). The n-th retry waits a random
    time up to `backoff * 2**(n-1)` seconds, at most `max_backoff`; a
    `Retry-After` answer is waited for as asked, up to `max_retry_after`.
    Durations are seconds, finite and 0 or more; a setting out of range
    raises ValueError.
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
        max_retry_after: float = 10.0,
        statuses: Collection[int] = RETRY_STATUSES,
    ) -> None:
        if isinstance(attempts, bool) or not isinstance(attempts, int):
            raise ValueError(f"attempts is a whole number of tries, not {attempts!r}")
        if attempts < 1:
            raise ValueError("attempts counts the first try: at least 1")
        self.attempts = attempts
        self.backoff = _seconds("backoff", backoff)
        self.max_backoff = _seconds("max_backoff", max_backoff)
        self.max_retry_after = _seconds("max_retry_after", max_retry_after)
        self.statuses = frozenset(statuses)

    def __repr__(self) -> str:
        return (
            f"Retry(attempts={self.attempts}, backoff={self.backoff}, "
            f"max_backoff={self.max_backoff}, "
            f"max_retry_after={self.max_retry_after})"
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
        doublings = min(attempt - 1, _MAX_DOUBLINGS)
        ceiling = min(self.max_backoff, self.backoff * 2.0**doublings)
        return random.uniform(0, ceiling)


#: No retry at all.
NO_RETRY = Retry(attempts=1)
#: What a client does unless told otherwise: up to 3 retries, within ~4 s of
#: backoff (at most 0.5 + 1 + 2 s); an answer with `Retry-After` is waited for
#: up to 10 s each time, so a call waits at most 30 s in all.
DEFAULT_RETRY = Retry()


def _retry_after(response: httpx.Response) -> float | None:
    """The `Retry-After` header in seconds (a number or an HTTP date), or None
    when it is absent or unreadable, a date the platform cannot represent (a far
    year) included: the backoff then applies. The policy caps the wait."""
    header = response.headers.get("Retry-After")
    if header is None:
        return None
    try:
        seconds = float(header)
    except ValueError:
        pass
    else:
        return None if math.isnan(seconds) else max(0.0, seconds)
    try:
        when = email.utils.parsedate_to_datetime(header)
        return max(0.0, when.timestamp() - time.time())
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def is_idempotent(method: str, marked: bool) -> bool:
    """Whether sending the request twice does no more than sending it once."""
    return marked or method.upper() in IDEMPOTENT_METHODS
