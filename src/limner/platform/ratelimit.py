"""Rate limits shared by every API process: GCRA buckets stored in the database.

Each bucket is one row holding its theoretical arrival time (TAT, ms). A request of cost ``c``
moves the TAT to ``max(tat, now) + c·T`` (``T = 60 s / per_minute``) and is allowed when the new
TAT is at most one minute ahead of now (a burst of ``per_minute``).

A hit is one conditional ``UPDATE … SET tat_ms = max(tat_ms, now) + step WHERE key = … AND
max(tat_ms, now) + step - now <= window RETURNING tat_ms``: the database applies it atomically to
the newest row (a row lock on PostgreSQL, the write lock on SQLite), so concurrent processes never
over-admit. Only when no row comes back is the bucket read (full: the denial) or created
(``ON CONFLICT DO NOTHING``; a lost race starts over). All through Core, one transaction a try.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from sqlalchemy import BigInteger, Connection, Engine, String, Table, bindparam, case, select, update
from sqlalchemy.orm import Session, sessionmaker

from limner.platform.accounts_tables import RateBucketRow
from limner.platform.db import bound_engine
from limner.platform.hotsql import HotStatement
from limner.platform.tables import insert_new, table_of

WINDOW_MS = 60_000
_MAX_RACES = 50

_BUCKETS: Table = table_of(RateBucketRow)
_KEY = bindparam("bucket", type_=String)
_NOW = bindparam("now", type_=BigInteger)
_STEP = bindparam("step", type_=BigInteger)
#: ``max(tat_ms, now)``, portable.
_BASE = case((_BUCKETS.c.tat_ms > _NOW, _BUCKETS.c.tat_ms), else_=_NOW)
_HIT = (
    update(_BUCKETS)
    .where(_BUCKETS.c.key == _KEY, _BASE + _STEP - _NOW <= WINDOW_MS)
    .values(tat_ms=_BASE + _STEP)
    .returning(_BUCKETS.c.tat_ms)
)
#: Every request runs it: on the DBAPI cursor.
_HIT_HOT = HotStatement(_HIT)
#: ``max(tat_ms - step, now)`` where the TAT is ahead of now (else nothing to give back).
_REFUND = (
    update(_BUCKETS)
    .where(_BUCKETS.c.key == _KEY, _BUCKETS.c.tat_ms > _NOW)
    .values(tat_ms=case((_BUCKETS.c.tat_ms - _STEP > _NOW, _BUCKETS.c.tat_ms - _STEP), else_=_NOW))
)
_READ = select(_BUCKETS.c.tat_ms).where(_BUCKETS.c.key == _KEY)


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


def step_ms(per_minute: int, cost: int) -> int:
    """How far a hit of ``cost`` moves the TAT."""
    return math.ceil(cost * (WINDOW_MS / per_minute))


def _decide(tat_ms: int, now_ms: int, per_minute: int, cost: int) -> tuple[bool, int, Decision]:
    interval = WINDOW_MS / per_minute
    base = max(tat_ms, now_ms)
    new_tat = base + step_ms(per_minute, cost)
    allowed = new_tat - now_ms <= WINDOW_MS
    kept = new_tat if allowed else base
    ahead = kept - now_ms
    remaining = max(0, int((WINDOW_MS - ahead) // interval))
    retry = 0 if allowed else max(1, math.ceil((new_tat - now_ms - WINDOW_MS) / 1000))
    return allowed, kept, Decision(allowed, per_minute, remaining, math.ceil(max(0, ahead) / 1000), retry)


def _hit_in(
    connection: Connection, key: str, per_minute: int, cost: int, now_ms: int | None = None
) -> Decision:
    """:meth:`RateLimiter.hit` inside the caller's transaction: a lost race (the bucket created,
    refunded or refilled by another process between two statements) is tried again in it."""
    step = step_ms(per_minute, cost)
    for _ in range(_MAX_RACES):
        now = int(time.time() * 1000) if now_ms is None else now_ms
        params = {"bucket": key, "now": now, "step": step}
        tat = _HIT_HOT.run(connection, params).scalar()
        if tat is not None:
            return _decide(tat - step, now, per_minute, cost)[2]
        seen = connection.execute(_READ, params).scalar()
        if seen is not None:
            allowed, _, decision = _decide(seen, now, per_minute, cost)
            if not allowed:
                return decision
            continue
        allowed, tat, decision = _decide(now, now, per_minute, cost)
        if insert_new(connection, _BUCKETS, [{"key": key, "tat_ms": tat if allowed else now}]):
            return decision
    raise RuntimeError(f"rate bucket {key!r}: too much contention")


class RateLimiter:
    def __init__(self, sessions: sessionmaker[Session] | Engine) -> None:
        self._engine = bound_engine(sessions)

    def hit(
        self,
        key: str,
        per_minute: int,
        cost: int = 1,
        now_ms: int | None = None,
        *,
        connection: Connection | None = None,
    ) -> Decision:
        """Spend ``cost`` from the bucket ``key`` (``per_minute`` ≥ 1) if it has room (in
        ``connection``'s transaction when given)."""
        if connection is not None:
            return _hit_in(connection, key, per_minute, cost, now_ms)
        step = step_ms(per_minute, cost)
        for _ in range(_MAX_RACES):
            now = int(time.time() * 1000) if now_ms is None else now_ms
            params = {"bucket": key, "now": now, "step": step}
            with self._engine.begin() as connection:
                tat = _HIT_HOT.run(connection, params).scalar()
                if tat is not None:  # the common case: spent
                    return _decide(tat - step, now, per_minute, cost)[2]
                seen = connection.execute(_READ, params).scalar()
                if seen is not None:
                    allowed, _, decision = _decide(seen, now, per_minute, cost)
                    if not allowed:
                        return decision
                    continue  # refunded or refilled since the update: start over
                allowed, tat, decision = _decide(now, now, per_minute, cost)
                if insert_new(connection, _BUCKETS, [{"key": key, "tat_ms": tat if allowed else now}]):
                    return decision  # else another process created it first: start over
        raise RuntimeError(f"rate bucket {key!r}: too much contention")

    @property
    def engine(self) -> Engine:
        return self._engine

    def hit_both(
        self,
        first: tuple[str, int, int],
        then: tuple[str, int, int],
        now_ms: int | None = None,
        *,
        connection: Connection | None = None,
    ) -> tuple[Decision, Decision | None]:
        """Two :meth:`hit` calls ``(key, per_minute, cost)`` in one transaction (``connection``'s,
        when given): ``then`` is tried only when ``first`` is allowed (its decision, else
        ``None``). Each stays the same atomic conditional update, so processes sharing the
        database still share the limits."""
        if connection is not None:
            decision = _hit_in(connection, *first, now_ms)
            return decision, (_hit_in(connection, *then, now_ms) if decision.allowed else None)
        with self._engine.begin() as own:
            return self.hit_both(first, then, now_ms, connection=own)

    def refund(self, key: str, per_minute: int, cost: int = 1, now_ms: int | None = None) -> None:
        """Undo a :meth:`hit` of ``cost`` (its request was refused): move the TAT back by what the
        hit added, never before now (a bucket cannot hold more than its burst; one that has
        refilled already is left alone)."""
        now = int(time.time() * 1000) if now_ms is None else now_ms
        with self._engine.begin() as connection:
            connection.execute(_REFUND, {"bucket": key, "now": now, "step": step_ms(per_minute, cost)})

    def peek(self, key: str, per_minute: int) -> Decision:
        """The bucket's state without spending from it."""
        now = int(time.time() * 1000)
        with self._engine.connect() as connection:
            tat = connection.execute(_READ, {"bucket": key}).scalar()
        _, _, decision = _decide(now if tat is None else tat, now, per_minute, 0)
        return decision


__all__ = ["WINDOW_MS", "Decision", "RateLimiter", "step_ms"]
