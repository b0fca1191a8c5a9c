"""Rate limits shared by every API process: GCRA buckets stored in the database.

Each bucket is one row holding its theoretical arrival time (TAT, ms). A request of cost ``c``
moves the TAT to ``max(tat, now) + c·T`` (``T = 60 s / per_minute``) and is allowed when the new
TAT is at most one minute ahead of now (a burst of ``per_minute``). The update is a compare-and-set
(``UPDATE … WHERE tat_ms = :seen``), retried on a lost race, so concurrent processes never
over-admit on SQLite or PostgreSQL.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from sqlalchemy import insert, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from limner.platform.accounts_tables import RateBucketRow

WINDOW_MS = 60_000
_MAX_RACES = 50


@dataclass(frozen=True)
class Decision:
    allowed: bool
    limit: int
    remaining: int
    #: Seconds until the bucket is full again (``RateLimit-Reset``).
    reset_s: int
    #: Seconds to wait before retrying (``Retry-After``), 0 when allowed.
    retry_after_s: int

    def headers(self) -> dict[str, str]:
        return {
            "RateLimit-Limit": str(self.limit),
            "RateLimit-Remaining": str(self.remaining),
            "RateLimit-Reset": str(self.reset_s),
        }


def _decide(tat_ms: int, now_ms: int, per_minute: int, cost: int) -> tuple[bool, int, Decision]:
    interval = WINDOW_MS / per_minute
    base = max(tat_ms, now_ms)
    new_tat = base + math.ceil(cost * interval)
    allowed = new_tat - now_ms <= WINDOW_MS
    kept = new_tat if allowed else base
    ahead = kept - now_ms
    remaining = max(0, int((WINDOW_MS - ahead) // interval))
    retry = 0 if allowed else max(1, math.ceil((new_tat - now_ms - WINDOW_MS) / 1000))
    return allowed, kept, Decision(allowed, per_minute, remaining, math.ceil(max(0, ahead) / 1000), retry)


class RateLimiter:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def hit(self, key: str, per_minute: int, cost: int = 1, now_ms: int | None = None) -> Decision:
        """Spend ``cost`` from the bucket ``key`` (``per_minute`` ≥ 1) if it has room."""
        for _ in range(_MAX_RACES):
            now = int(time.time() * 1000) if now_ms is None else now_ms
            with self._sessions.begin() as session:
                row = session.get(RateBucketRow, key)
                if row is None:
                    allowed, tat, decision = _decide(now, now, per_minute, cost)
                    try:
                        with session.begin_nested():
                            session.execute(
                                insert(RateBucketRow).values(key=key, tat_ms=tat if allowed else now)
                            )
                    except IntegrityError:
                        continue  # another process created it: start over
                    return decision
                seen = row.tat_ms
                allowed, tat, decision = _decide(seen, now, per_minute, cost)
                if not allowed:
                    return decision
                result = session.execute(
                    update(RateBucketRow)
                    .where(RateBucketRow.key == key, RateBucketRow.tat_ms == seen)
                    .values(tat_ms=tat)
                    .execution_options(synchronize_session=False)
                )
                if getattr(result, "rowcount", 0) == 1:
                    return decision
        raise RuntimeError(f"rate bucket {key!r}: too much contention")

    def refund(self, key: str, per_minute: int, cost: int = 1, now_ms: int | None = None) -> None:
        """Undo a :meth:`hit` of ``cost`` (its request was refused): move the TAT back by what the
        hit added, never before now (a bucket cannot hold more than its burst)."""
        step = math.ceil(cost * (WINDOW_MS / per_minute))  # what _decide added
        for _ in range(_MAX_RACES):
            now = int(time.time() * 1000) if now_ms is None else now_ms
            with self._sessions.begin() as session:
                row = session.get(RateBucketRow, key)
                if row is None or row.tat_ms <= now:
                    return  # nothing left to give back: the bucket has refilled already
                seen = row.tat_ms
                result = session.execute(
                    update(RateBucketRow)
                    .where(RateBucketRow.key == key, RateBucketRow.tat_ms == seen)
                    .values(tat_ms=max(now, seen - step))
                    .execution_options(synchronize_session=False)
                )
                if getattr(result, "rowcount", 0) == 1:
                    return
        raise RuntimeError(f"rate bucket {key!r}: too much contention")

    def peek(self, key: str, per_minute: int) -> Decision:
        """The bucket's state without spending from it."""
        now = int(time.time() * 1000)
        with self._sessions() as session:
            row = session.get(RateBucketRow, key)
            tat = row.tat_ms if row is not None else now
        _, _, decision = _decide(tat, now, per_minute, 0)
        return decision


__all__ = ["WINDOW_MS", "Decision", "RateLimiter"]
