"""When to retry and how long to wait: exponential backoff with jitter that honours ``Retry-After``."""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

RETRYABLE_STATUSES: frozenset[int] = frozenset({429})


def is_retryable_status(status: int) -> bool:
    """429 and every 5xx are worth another try; no other 4xx ever is."""
    return status in RETRYABLE_STATUSES or 500 <= status <= 599


def parse_retry_after(value: str | None, *, now: Callable[[], float] = time.time) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date), or None."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError):
            return None
        seconds = when.timestamp() - now()
    return max(0.0, seconds)


@dataclass(frozen=True)
class RetryPolicy:
    """``max_retries`` further attempts after the first; delays double from ``initial_delay``.

    The jittered delay lies in ``[0.75, 1.0] × min(max_delay, initial_delay × 2^attempt)``. A
    ``Retry-After`` from the server replaces it (capped at ``max_retry_after``).
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: Callable[[], float] = field(default=random.random, compare=False)

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to sleep before retry number ``attempt`` (0 for the first retry)."""
        if retry_after is not None:
            return min(retry_after, self.max_retry_after)
        base = min(self.max_delay, self.initial_delay * (2.0**attempt))
        return base * (1.0 - 0.25 * self.jitter())


__all__ = ["RETRYABLE_STATUSES", "RetryPolicy", "is_retryable_status", "parse_retry_after"]
