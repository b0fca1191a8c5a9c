"""Render slots per process: provisioned (Scale) capacity that Build traffic cannot take.

A process has ``total`` render slots (``LIMNER_RENDER_SLOTS``). A Scale account with N units owns
N of them: only its requests use them, and when they are all busy it may also use shared ones.
Everyone else (Build keys, the local account) uses only the shared slots, ``total`` minus every
reservation; at least one slot always stays shared. When the units asked for exceed that, they are
granted in account creation order and the shortfall is logged and shown by :meth:`SlotPool.view`.

Waiting is first come, first served among the requests a freed slot can serve, and bounded: a
request that gets no slot within its wait raises :class:`CapacityUnavailable` (503 with
``Retry-After``).

Fairness between tenants: one account holds at most :func:`shared_cap` shared slots at a time
(half of them, at least one; the single-tenant local account is exempt), so while one account's
heavy requests render, a request of another account finds a shared slot free: a freed slot goes to
the oldest waiter that is under its cap, not to the next request of the account that holds the
others. Reservations come from the accounts table, re-read after ``refresh_s`` seconds
or at once after :meth:`SlotPool.refresh` (the admin routes call it when keys or units change).
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from limner.errors import OverloadedError
from limner.platform.accounts_tables import AccountRow

logger = logging.getLogger(__name__)

SlotKind = Literal["reserved", "shared"]
#: Seconds a read of the reservations is trusted before the accounts table is read again.
REFRESH_S = 2.0
MAX_RETRY_AFTER_S = 60


class CapacityUnavailable(OverloadedError):
    """No render slot came free within the request's wait (503, nothing stored or charged)."""

    code = "capacity_unavailable"
    title = "Capacity unavailable"


@dataclass(frozen=True)
class Allocation:
    """How ``total`` slots are split: reserved per account, the rest shared."""

    total: int
    shared: int
    #: Slots reserved per account (only accounts with at least one).
    reserved: Mapping[str, int]
    #: Units asked for per account (Scale accounts with units).
    units: Mapping[str, int]


def allocate(total: int, units: Sequence[tuple[str, int]]) -> Allocation:
    """Reserve ``units`` (in the given order) out of ``total`` slots, keeping one shared at least."""
    total = max(1, total)
    left = total - 1
    reserved: dict[str, int] = {}
    asked: dict[str, int] = {}
    for account_id, count in units:
        if count <= 0:
            continue
        asked[account_id] = count
        grant = min(count, left)
        left -= grant
        if grant:
            reserved[account_id] = grant
    return Allocation(total=total, shared=total - sum(reserved.values()), reserved=reserved, units=asked)


def units_from_table(sessions: sessionmaker[Session]) -> Callable[[], list[tuple[str, int]]]:
    """Reads ``(account id, units)`` of every Scale account with units, oldest first."""

    def read() -> list[tuple[str, int]]:
        query = (
            select(AccountRow.id, AccountRow.units)
            .where(AccountRow.tier == "scale", AccountRow.units > 0)
            .order_by(AccountRow.created, AccountRow.id)
        )
        with sessions() as session:
            return [(str(account), int(count)) for account, count in session.execute(query)]

    return read


@dataclass(frozen=True)
class Grant:
    """A slot held by one request; give it back with :meth:`SlotPool.release`."""

    kind: SlotKind
    account_id: str
    started: float


def shared_cap(shared: int) -> int:
    """Shared slots one account may hold at once: half of them, at least one."""
    return max(1, shared // 2)


class _Waiter:
    __slots__ = ("account_id", "event", "grant")

    def __init__(self, account_id: str) -> None:
        self.account_id = account_id
        self.event = threading.Event()
        self.grant: Grant | None = None


class AccountCapacity(BaseModel):
    account_id: str
    units: int = Field(description="Units the account has (its tier is scale).")
    reserved: int = Field(description="Slots reserved for it here (fewer than units when capped).")
    busy: int = Field(description="Its requests rendering in reserved slots now.")


class CapacityView(BaseModel):
    object: Literal["capacity"] = "capacity"
    total: int = Field(description="Render slots of this API process (LIMNER_RENDER_SLOTS).")
    shared: int = Field(description="Slots anyone may use (Build, local, and Scale beyond its units).")
    shared_busy: int
    reserved: int = Field(description="Slots reserved for Scale accounts, all together.")
    waiting: int = Field(description="Requests waiting for a slot now.")
    isolation: Literal["thread", "process"] = Field(
        description="Whether each slot renders in a thread of this process or in its own process."
    )
    capped: bool = Field(description="True when the units asked for exceed total - 1 slots.")
    accounts: list[AccountCapacity]


class SlotPool:
    """Counting slots with per-account reservations and a FIFO of bounded waits; thread-safe."""

    def __init__(
        self,
        total: int,
        units: Callable[[], Sequence[tuple[str, int]]],
        *,
        refresh_s: float = REFRESH_S,
        clock: Callable[[], float] = time.monotonic,
        uncapped: frozenset[str] = frozenset(),
    ) -> None:
        self._total = max(1, total)
        #: Accounts exempt from the per-account shared cap (the single-tenant local account).
        self._uncapped = uncapped
        self._units = units
        self._refresh_s = refresh_s
        self._clock = clock
        self._lock = threading.Lock()
        self._allocation = allocate(self._total, ())
        self._loaded_at: float | None = None
        self._busy_shared = 0
        #: Shared slots held per account (fairness: at most :func:`shared_cap` each).
        self._shared_by: dict[str, int] = {}
        self._busy_reserved: dict[str, int] = {}
        self._waiters: deque[_Waiter] = deque()
        #: Moving average of how long a slot is held, for ``Retry-After``.
        self._hold_s = 1.0

    @property
    def total(self) -> int:
        return self._total

    @property
    def allocation(self) -> Allocation:
        return self._allocation

    def refresh(self) -> None:
        """Read the reservations again now (after keys or units changed)."""
        self._install(allocate(self._total, self._units()))

    def _install(self, allocation: Allocation) -> None:
        capped = {a: n for a, n in allocation.units.items() if allocation.reserved.get(a, 0) < n}
        with self._lock:
            changed = self._loaded_at is None or allocation != self._allocation
            self._allocation = allocation
            self._loaded_at = self._clock()
            if changed:
                self._dispatch()
        if changed and capped:
            logger.warning(
                "render slots: %d units asked for but only %d of %d slots can be reserved "
                "(one stays shared); short: %s",
                sum(allocation.units.values()),
                allocation.total - 1,
                allocation.total,
                ", ".join(f"{a} gets {allocation.reserved.get(a, 0)} of {n}" for a, n in capped.items()),
            )

    def _maybe_refresh(self) -> None:
        loaded = self._loaded_at
        if loaded is None or self._clock() - loaded >= self._refresh_s:
            self.refresh()

    def acquire(self, account_id: str, wait_s: float | None) -> Grant:
        """A slot for ``account_id``, waiting at most ``wait_s`` seconds (``None``: as long as it takes)."""
        self._maybe_refresh()
        waiter = _Waiter(account_id)
        with self._lock:
            self._waiters.append(waiter)
            self._dispatch()
            if waiter.grant is not None:
                return waiter.grant
            ahead = len(self._waiters)
        waiter.event.wait(wait_s)
        with self._lock:
            if waiter.grant is not None:
                return waiter.grant
            self._waiters.remove(waiter)
            slots = max(1, self._allocation.shared + self._allocation.reserved.get(account_id, 0))
            retry = math.ceil(self._hold_s * ahead / slots)
        raise CapacityUnavailable(
            f"every render slot this request may use stayed busy for {wait_s:g} s; retry later",
            retry_after=min(MAX_RETRY_AFTER_S, max(1, retry)),
        )

    def release(self, grant: Grant) -> None:
        with self._lock:
            if grant.kind == "shared":
                self._busy_shared -= 1
                held = self._shared_by.get(grant.account_id, 0) - 1
                if held > 0:
                    self._shared_by[grant.account_id] = held
                else:
                    self._shared_by.pop(grant.account_id, None)
            else:
                left = self._busy_reserved.get(grant.account_id, 0) - 1
                if left > 0:
                    self._busy_reserved[grant.account_id] = left
                else:
                    self._busy_reserved.pop(grant.account_id, None)
            self._hold_s = 0.8 * self._hold_s + 0.2 * max(0.0, self._clock() - grant.started)
            self._dispatch()

    @contextmanager
    def slot(self, account_id: str, wait_s: float | None) -> Iterator[Grant]:
        grant = self.acquire(account_id, wait_s)
        try:
            yield grant
        finally:
            self.release(grant)

    def _dispatch(self) -> None:
        """Hand free slots to waiters, oldest first (the lock is held)."""
        for waiter in list(self._waiters):
            kind = self._free_kind(waiter.account_id)
            if kind is None:
                continue
            if kind == "shared":
                self._busy_shared += 1
                self._shared_by[waiter.account_id] = self._shared_by.get(waiter.account_id, 0) + 1
            else:
                self._busy_reserved[waiter.account_id] = self._busy_reserved.get(waiter.account_id, 0) + 1
            waiter.grant = Grant(kind, waiter.account_id, self._clock())
            self._waiters.remove(waiter)
            waiter.event.set()

    def _free_kind(self, account_id: str) -> SlotKind | None:
        allocation = self._allocation
        if self._busy_reserved.get(account_id, 0) < allocation.reserved.get(account_id, 0):
            return "reserved"
        if self._busy_shared < allocation.shared and self._under_shared_cap(account_id):
            return "shared"
        return None

    def _under_shared_cap(self, account_id: str) -> bool:
        if account_id in self._uncapped:
            return True
        return self._shared_by.get(account_id, 0) < shared_cap(self._allocation.shared)

    def view(self, isolation: Literal["thread", "process"]) -> CapacityView:
        self._maybe_refresh()
        with self._lock:
            allocation = self._allocation
            return CapacityView(
                total=allocation.total,
                shared=allocation.shared,
                shared_busy=self._busy_shared,
                reserved=allocation.total - allocation.shared,
                waiting=len(self._waiters),
                isolation=isolation,
                capped=any(allocation.reserved.get(a, 0) < n for a, n in allocation.units.items()),
                accounts=[
                    AccountCapacity(
                        account_id=account,
                        units=units,
                        reserved=allocation.reserved.get(account, 0),
                        busy=self._busy_reserved.get(account, 0),
                    )
                    for account, units in allocation.units.items()
                ],
            )


__all__ = [
    "REFRESH_S",
    "AccountCapacity",
    "Allocation",
    "CapacityUnavailable",
    "CapacityView",
    "Grant",
    "SlotKind",
    "SlotPool",
    "allocate",
    "shared_cap",
    "units_from_table",
]
