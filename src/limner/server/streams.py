"""Bounds on open server-sent event streams (``GET /v1/generations/{id}/events``).

Each open stream polls the store; hundreds of them slow every other request. An API process keeps
at most :attr:`EventStreams.per_account` streams per account and :attr:`EventStreams.total` in all
(one more is 429 ``too_many_streams`` with ``Retry-After``); a stream sends a heartbeat comment
every :attr:`EventStreams.heartbeat_s`, polls less often while nothing changes, and closes after
:attr:`EventStreams.idle_s` without a change (``event: timeout``; the client reconnects).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from limner.errors import RateLimitError

PER_ACCOUNT = 8
TOTAL = 64
HEARTBEAT_S = 15.0
IDLE_S = 300.0
#: How often a stream looks for a change: from the first to the slowest while nothing changes.
POLL_FIRST_S = 0.2
POLL_SLOWEST_S = 2.0


@dataclass
class EventStreams:
    per_account: int = PER_ACCOUNT
    total: int = TOTAL
    heartbeat_s: float = HEARTBEAT_S
    idle_s: float = IDLE_S
    _open: dict[str, int] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def acquire(self, account_id: str) -> None:
        """Count one more open stream for ``account_id``; 429 when a bound is reached."""
        with self._lock:
            mine = self._open.get(account_id, 0)
            if mine >= self.per_account:
                raise RateLimitError(
                    f"at most {self.per_account} event streams may be open per account; close one "
                    "or poll GET /v1/generations/{id}",
                    retry_after=5,
                    code="too_many_streams",
                )
            if sum(self._open.values()) >= self.total:
                raise RateLimitError(
                    f"this server has {self.total} event streams open; retry later "
                    "or poll GET /v1/generations/{id}",
                    retry_after=5,
                    code="too_many_streams",
                )
            self._open[account_id] = mine + 1

    def release(self, account_id: str) -> None:
        with self._lock:
            left = self._open.get(account_id, 0) - 1
            if left > 0:
                self._open[account_id] = left
            else:
                self._open.pop(account_id, None)

    def open_count(self, account_id: str | None = None) -> int:
        with self._lock:
            return sum(self._open.values()) if account_id is None else self._open.get(account_id, 0)

    @contextmanager
    def holding(self, account_id: str) -> Iterator[None]:
        self.acquire(account_id)
        try:
            yield
        finally:
            self.release(account_id)


__all__ = ["EventStreams"]
