"""The billing ledger: every charge is one row, and usage is the sum of the rows.

Two kinds of row (``ledger.kind``):

- ``image``: one per billed image, written in the transaction that stores the image.
  ``ledger.image_id`` is unique, so an image can never be charged twice; rows are only written
  for images of succeeded generations, so nothing is charged without an image and failures cost
  nothing.
- ``unit_fee``: a Scale account's monthly fee, ``units × scale_unit_month``, one row per account
  per month (``period`` ``YYYY-MM``; the unique ``(account_id, kind, period)`` key makes a second
  row for the month impossible). It is dated the first second of its month (UTC), so a usage
  period that contains that instant contains the fee. It is recorded, for every month from the
  account's creation to now that has none yet, at the account's units at that moment, whenever
  the account is charged for an image or asks for its usage (:func:`accrue_unit_fees`).

So ``GET /v1/usage`` = the ledger rows of the period, fees included, and ``limner billing
reconcile`` checks the image rows against the stored images (fee rows name no image). The monthly
spend cap counts image charges only: the unit fee is owed whatever the requests.

The hot path never scans the month's ledger: ``usage_months`` (:class:`UsageMonthRow`) holds, per
account and month, the count and the sum of the image rows, updated in the transaction that
writes them. The count is bumped first with ``images = images + n`` (atomic; on PostgreSQL it
locks the row, on SQLite the transaction already holds the write lock), so concurrent generations
get disjoint ranges of the month's images and the Scale included images are never granted twice;
the amount is then set by a compare-and-set on its old value. :func:`month_spend` reads that one
row, and ``limner billing reconcile`` checks the counters against the ledger.
"""

from __future__ import annotations

import calendar
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Table, bindparam, select, update
from sqlalchemy.orm import Session, sessionmaker

from limner.platform.accounts_tables import AccountRow, LedgerRow, UsageMonthRow
from limner.platform.hotsql import HotStatement
from limner.platform.ids import new_id
from limner.platform.keys import AccountLimits
from limner.platform.pricing import Prices
from limner.platform.tables import (
    GenerationFields,
    GenerationRow,
    ImageFields,
    ImageRow,
    hot_insert,
    insert_new,
    table_of,
)

IMAGE = "image"
UNIT_FEE = "unit_fee"
#: The line item of the Scale monthly unit fee.
UNIT_FEE_ITEM = "scale unit fee"


def month_start(now: int) -> int:
    t = time.gmtime(now)
    return calendar.timegm((t.tm_year, t.tm_mon, 1, 0, 0, 0, 0, 0, 0))


def period_of(when: int) -> str:
    """The UTC month of a Unix time, ``YYYY-MM``."""
    t = time.gmtime(when)
    return f"{t.tm_year:04d}-{t.tm_mon:02d}"


def months_between(first: int, last: int) -> list[int]:
    """The starts of the UTC months from ``first``'s to ``last``'s, both included."""
    starts: list[int] = []
    t = time.gmtime(month_start(first))
    year, month = t.tm_year, t.tm_mon
    end = month_start(last)
    while (start := calendar.timegm((year, month, 1, 0, 0, 0, 0, 0, 0))) <= end:
        starts.append(start)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return starts


class RecordedFees:
    """The ``(account, month)`` pairs whose unit fee this process has seen committed in the ledger.

    Owned by a service (one per process, never a module global) and passed to
    :func:`accrue_unit_fees`: a Scale request whose month is known here skips the fee queries.
    A pair is only added once the fee was *found* already recorded (so committed: by this process
    in an earlier transaction or by another one), never right after this transaction inserted it,
    so a rolled-back insert cannot leave a month wrongly marked. Since fees are recorded for every
    month up to now at once, a known month implies its earlier months are recorded too.
    """

    def __init__(self) -> None:
        self._known: set[tuple[str, str]] = set()
        self._lock = threading.Lock()

    def __contains__(self, key: tuple[str, str]) -> bool:
        with self._lock:
            return key in self._known

    def add(self, key: tuple[str, str]) -> None:
        with self._lock:
            self._known.add(key)


class UsageCounters:
    """The ``(images, amount)`` this process last wrote to each ``(account, month)`` usage counter.

    Owned by a service (never a module global) and passed to :func:`charge_images`, which then
    updates such a counter with one compare-and-set (``WHERE images = … AND amount = …``) instead
    of the bump and the amount update. A value here is only a guess: when another process wrote
    the counter since, or the transaction that wrote it rolled back, the compare-and-set changes
    nothing and the two statements run as without it. Money never goes through SQL arithmetic.
    """

    #: Counters remembered at most (all are forgotten beyond: they are only a shortcut).
    LIMIT = 10_000

    def __init__(self) -> None:
        self._last: dict[tuple[str, str], tuple[int, str]] = {}
        self._lock = threading.Lock()

    def last(self, key: tuple[str, str]) -> tuple[int, str] | None:
        with self._lock:
            return self._last.get(key)

    def wrote(self, key: tuple[str, str], value: tuple[int, str]) -> None:
        with self._lock:
            if len(self._last) >= self.LIMIT and key not in self._last:
                self._last.clear()
            self._last[key] = value


@dataclass(frozen=True)
class _Account:
    tier: str
    units: int
    created: int


_ACCOUNTS: Table = table_of(AccountRow)
_ACCOUNT = select(_ACCOUNTS.c.tier, _ACCOUNTS.c.units, _ACCOUNTS.c.created).where(
    _ACCOUNTS.c.id == bindparam("b_account")
)


def _connection_of(db: Session | Connection) -> Connection:
    """The connection of a session's transaction, or ``db`` itself."""
    return db if isinstance(db, Connection) else db.connection()


def _account(connection: Connection, account_id: str) -> _Account | None:
    row = connection.execute(_ACCOUNT, {"b_account": account_id}).first()
    return None if row is None else _Account(str(row[0]), int(row[1] or 0), int(row[2]))


def accrue_unit_fees(
    session: Session | Connection,
    prices: Prices,
    account_id: str,
    now: int,
    *,
    fees: RecordedFees | None = None,
) -> int:
    """Record the unit fee of every month of a Scale account up to ``now`` that has none yet.

    In the caller's transaction; safe to run concurrently (a month's row is inserted with
    ``ON CONFLICT DO NOTHING`` on its unique key). Returns how many rows it added. With ``fees``,
    nothing is read when ``now``'s month is known to be recorded already.
    """
    connection = _connection_of(session)
    account = _account(connection, account_id)
    if account is None or account.tier != "scale":
        return 0
    return _accrue(connection, prices, account_id, account, now, fees)


def _accrue(
    connection: Connection,
    prices: Prices,
    account_id: str,
    account: _Account,
    now: int,
    fees: RecordedFees | None,
) -> int:
    key = (account_id, period_of(now))
    if fees is not None and key in fees:
        return 0
    amount = prices.unit_fee(account.units)
    if amount <= 0:
        return 0
    recorded = set(
        connection.scalars(
            select(LedgerRow.period).where(LedgerRow.account_id == account_id, LedgerRow.kind == UNIT_FEE)
        )
    )
    if fees is not None and key[1] in recorded:
        fees.add(key)  # found, not inserted by this call: committed
    rows: list[dict[str, object]] = [
        {
            "id": new_id("led"),
            "account_id": account_id,
            "image_id": None,
            "generation_id": None,
            "created": start,
            "item": UNIT_FEE_ITEM,
            "amount": str(amount),
            "currency": prices.currency,
            "kind": UNIT_FEE,
            "period": period_of(start),
        }
        for start in months_between(account.created, now)
        if period_of(start) not in recorded
    ]
    return insert_new(connection, _LEDGER, rows)


_LEDGER: Table = table_of(LedgerRow)
_COUNTERS: Table = table_of(UsageMonthRow)
_THIS_COUNTER = (_COUNTERS.c.account_id == bindparam("b_account")) & (
    _COUNTERS.c.period == bindparam("b_period")
)
#: ``images = images + :n`` on one counter (``_BUMPED`` returns ``images, amount`` where supported).
_BUMP = update(_COUNTERS).where(_THIS_COUNTER).values(images=_COUNTERS.c.images + bindparam("b_images"))
_BUMPED = _BUMP.returning(_COUNTERS.c.images, _COUNTERS.c.amount)
_READ_COUNTER = select(_COUNTERS.c.images, _COUNTERS.c.amount).where(_THIS_COUNTER)
#: The compare-and-set of a counter's amount.
_SET_AMOUNT = (
    update(_COUNTERS)
    .where(_THIS_COUNTER, _COUNTERS.c.amount == bindparam("b_before"))
    .values(amount=bindparam("b_after"))
)


#: ``images``/``amount`` set together, only if both still hold what they held (:func:`_set_counter`).
_SET_COUNTER = (
    update(_COUNTERS)
    .where(
        _THIS_COUNTER,
        _COUNTERS.c.images == bindparam("b_images_before"),
        _COUNTERS.c.amount == bindparam("b_before"),
    )
    .values(images=bindparam("b_images_after"), amount=bindparam("b_after"))
)
#: The compare-and-set every charge runs, on the DBAPI cursor.
_SET_COUNTER_HOT = HotStatement(_SET_COUNTER)


def _count_images(connection: Connection, account_id: str, period: str, images: int) -> tuple[int, str]:
    """Add ``images`` to the month's counter: ``(images before, amount)``.

    ``images = images + n`` is atomic and write-locks the row until the transaction ends
    (PostgreSQL row lock; SQLite's single writer), so concurrent callers get disjoint ranges.
    """
    key = {"b_account": account_id, "b_period": period}
    returning = connection.dialect.update_returning
    for _ in range(2):
        if returning:
            row = connection.execute(_BUMPED, {**key, "b_images": images}).first()
        else:
            bumped = connection.execute(_BUMP, {**key, "b_images": images})
            row = connection.execute(_READ_COUNTER, key).first() if bumped.rowcount == 1 else None
        if row is not None:
            return int(row[0]) - images, str(row[1])
        counter = {"account_id": account_id, "period": period, "images": 0, "amount": "0"}
        insert_new(connection, _COUNTERS, [counter])
    raise RuntimeError(f"usage counter {account_id} {period} could not be created")


def _add_amount(connection: Connection, account_id: str, period: str, before: str, charge: Decimal) -> None:
    """``amount += charge`` on the month's counter, in Decimal (money never goes through a float or
    SQL arithmetic). ``before`` was read by :func:`_count_images`, whose update holds the row's
    write lock until this transaction ends, so it cannot have changed; the update still names it,
    and a counter found otherwise is an error, not something to retry."""
    if charge == 0:
        return
    after = str(Decimal(before) + charge)
    params = {"b_account": account_id, "b_period": period, "b_before": before, "b_after": after}
    if connection.execute(_SET_AMOUNT, params).rowcount != 1:
        raise RuntimeError(f"usage counter {account_id} {period} changed under its row lock")


def charge_images(
    session: Session | Connection,
    prices: Prices,
    account_id: str,
    generation: GenerationFields,
    images: Sequence[ImageFields],
    references: int,
    *,
    fees: RecordedFees | None = None,
    counters: UsageCounters | None = None,
    account: AccountLimits | None = None,
) -> list[dict[str, Any]]:
    """Charge a generation's images in the caller's transaction (a session's, or a connection's
    own) (nothing unless it succeeded):
    insert their ledger rows (one Core ``INSERT``, after the images) and add them to the month's
    usage counter.

    For a Scale account it also records the month's unit fee if that is not in the ledger yet
    (``fees``: this process's :class:`RecordedFees`). With ``counters`` (this process's
    :class:`UsageCounters`), a counter this process wrote last is updated in one compare-and-set
    instead of two statements. With ``account`` (the account's row as the request's key was read
    with, its ``created`` included), the row is not read again. Returns the rows inserted.
    """
    if generation.status != "succeeded" or not images:
        return []
    connection = _connection_of(session)
    if account is not None and account.created is not None:
        terms: _Account | None = _Account(str(account.tier), int(account.units or 0), int(account.created))
    else:
        terms = _account(connection, account_id)
    tier = terms.tier if terms is not None else "build"
    if terms is not None and tier == "scale":
        _accrue(connection, prices, account_id, terms, generation.created, fees)
    period = period_of(generation.created)
    included = terms.units * prices.scale_unit_images if terms is not None and tier == "scale" else 0
    key = (account_id, period)
    known = counters.last(key) if counters is not None else None
    prices_of: list[tuple[str, Decimal]] = []
    written = None
    if known is not None:  # one compare-and-set of both columns, if the counter is as last written
        prices_of = _price_images(prices, tier, images, references, included - known[0])
        charged = sum((amount for _, amount in prices_of), Decimal(0))
        # None: another process (or a rolled-back transaction) moved it since: as below
        written = _set_counter(connection, key, known, len(images), charged)
    if written is None:
        used, amount_before = _count_images(connection, account_id, period, len(images))
        prices_of = _price_images(prices, tier, images, references, included - used)
        charged = sum((amount for _, amount in prices_of), Decimal(0))
        _add_amount(connection, account_id, period, amount_before, charged)
        written = (used + len(images), str(Decimal(amount_before) + charged) if charged else amount_before)
    if counters is not None:
        counters.wrote(key, written)
    rows: list[dict[str, Any]] = [
        {
            "id": new_id("led"),
            "account_id": account_id,
            "image_id": image.id,
            "generation_id": generation.id,
            "created": generation.created,
            "item": item,
            "amount": str(amount),
            "currency": prices.currency,
            "kind": IMAGE,
            "period": None,
        }
        for image, (item, amount) in zip(images, prices_of, strict=True)
    ]
    hot_insert(LedgerRow).run(connection, rows)
    return rows


def _price_images(
    prices: Prices, tier: str, images: Sequence[ImageFields], references: int, included_left: int
) -> list[tuple[str, Decimal]]:
    """Each image's line item and price, the first ``included_left`` of them included (Scale)."""
    priced = []
    for image in images:
        priced.append(
            prices.image_price(tier, image.width, image.height, references, included_left=included_left)
        )
        included_left -= 1
    return priced


def _set_counter(
    connection: Connection, key: tuple[str, str], known: tuple[int, str], images: int, charge: Decimal
) -> tuple[int, str] | None:
    """``images += n, amount += charge`` in one statement, only if the counter still holds
    ``known``: the new ``(images, amount)``, or ``None`` (nothing changed) if it does not."""
    after = (known[0] + images, str(Decimal(known[1]) + charge) if charge else known[1])
    params = {
        "b_account": key[0],
        "b_period": key[1],
        "b_images_before": known[0],
        "b_before": known[1],
        "b_images_after": after[0],
        "b_after": after[1],
    }
    return after if _SET_COUNTER_HOT.run(connection, params).rowcount == 1 else None


@dataclass(frozen=True)
class LineItem:
    item: str
    images: int
    amount: Decimal
    #: ``image`` or ``unit_fee``.
    kind: str = IMAGE


@dataclass(frozen=True)
class UsageTotals:
    images: int
    amount: Decimal
    currency: str
    line_items: tuple[LineItem, ...]


def usage(
    sessions: sessionmaker[Session],
    prices: Prices,
    account_id: str,
    start: int | None,
    end: int | None,
    *,
    now: int | None = None,
) -> UsageTotals:
    """Totals of the ledger rows with ``start <= created < end`` (sums in Python with Decimal:
    never floats), after recording any unit fee due up to ``now``.

    ``images`` counts image rows only; ``amount`` is the sum of every row, fees included.
    """
    with sessions.begin() as session:
        accrue_unit_fees(session, prices, account_id, int(time.time()) if now is None else now)
    query = select(LedgerRow.item, LedgerRow.kind, LedgerRow.amount).where(LedgerRow.account_id == account_id)
    if start is not None:
        query = query.where(LedgerRow.created >= start)
    if end is not None:
        query = query.where(LedgerRow.created < end)
    counts: dict[tuple[str, str], int] = {}
    sums: dict[tuple[str, str], Decimal] = {}
    with sessions() as session:
        for item, kind, amount in session.execute(query):
            key = (kind, item)
            counts[key] = counts.get(key, 0) + (1 if kind == IMAGE else 0)
            sums[key] = sums.get(key, Decimal("0")) + Decimal(amount)
    items = tuple(
        LineItem(item, counts[(kind, item)], sums[(kind, item)], kind) for kind, item in sorted(sums)
    )
    return UsageTotals(
        images=sum(i.images for i in items),
        amount=sum((i.amount for i in items), Decimal("0")),
        currency=prices.currency,
        line_items=items,
    )


def month_spend(session: Session, account_id: str, now: int) -> Decimal:
    """This month's image charges (what the monthly spend cap limits; fees are not counted):
    one read of the account's usage counter."""
    key = {"b_account": account_id, "b_period": period_of(now)}
    row = session.connection().execute(_READ_COUNTER, key).first()
    return Decimal(row[1]) if row is not None else Decimal("0")


@dataclass(frozen=True)
class Reconciliation:
    ledger_rows: int
    billed_images: int
    missing: tuple[str, ...]
    orphans: tuple[str, ...]
    #: ``unit_fee`` rows (not images; at most one per account per month by the unique key).
    fee_rows: int = 0
    #: Fee rows that are malformed: naming an image, or with no month.
    bad_fees: tuple[str, ...] = ()
    #: Usage counters (``usage_months`` rows) checked against the ledger.
    counters: int = 0
    #: Account months whose counter differs from their image rows, e.g.
    #: ``acct_1 2026-11: counter 3 images 0.0300, ledger 4 images 0.0400``.
    counter_mismatches: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return (
            not self.missing
            and not self.orphans
            and not self.bad_fees
            and not self.counter_mismatches
            and self.ledger_rows == self.billed_images
        )


def _counter_mismatches(
    ledger: dict[tuple[str, str], tuple[int, Decimal]], counters: dict[tuple[str, str], tuple[int, Decimal]]
) -> tuple[str, ...]:
    """Account months where the counter and the image rows disagree (a missing one counts as 0)."""
    zero = (0, Decimal("0"))
    found = []
    for account_id, period in sorted(set(ledger) | set(counters)):
        counted = counters.get((account_id, period), zero)
        summed = ledger.get((account_id, period), zero)
        if counted != summed:
            found.append(
                f"{account_id} {period}: counter {counted[0]} images {counted[1]}, "
                f"ledger {summed[0]} images {summed[1]}"
            )
    return tuple(found)


def reconcile(sessions: sessionmaker[Session]) -> Reconciliation:
    """Ledger vs stored images: every image of a succeeded generation has exactly one image row,
    and every image row names such an image (``ledger_rows`` counts image rows); and every usage
    counter equals its account month's image rows (count and amount)."""
    ledger: dict[tuple[str, str], tuple[int, Decimal]] = {}
    billed: list[str] = []
    with sessions() as session:
        images = set(
            session.scalars(
                select(ImageRow.id)
                .join(GenerationRow, GenerationRow.id == ImageRow.generation_id)
                .where(GenerationRow.status == "succeeded")
            )
        )
        charges = session.execute(
            select(LedgerRow.image_id, LedgerRow.account_id, LedgerRow.created, LedgerRow.amount).where(
                LedgerRow.kind == IMAGE
            )
        )
        for image_id, account_id, created, amount in charges:
            billed.append(image_id or "")
            key = (account_id, period_of(created))
            count, total = ledger.get(key, (0, Decimal("0")))
            ledger[key] = (count + 1, total + Decimal(amount))
        fees = session.execute(
            select(LedgerRow.id, LedgerRow.image_id, LedgerRow.period).where(LedgerRow.kind != IMAGE)
        ).all()
        counters = {
            (str(account_id), str(period)): (int(count), Decimal(amount))
            for account_id, period, count, amount in session.execute(
                select(_COUNTERS.c.account_id, _COUNTERS.c.period, _COUNTERS.c.images, _COUNTERS.c.amount)
            )
        }
    billed_set = set(billed)
    return Reconciliation(
        ledger_rows=len(billed),
        billed_images=len(images),
        missing=tuple(sorted(images - billed_set)),
        orphans=tuple(sorted(billed_set - images)),
        fee_rows=len(fees),
        bad_fees=tuple(sorted(row_id for row_id, image_id, period in fees if image_id or not period)),
        counters=len(counters),
        counter_mismatches=_counter_mismatches(ledger, counters),
    )


__all__ = [
    "IMAGE",
    "UNIT_FEE",
    "UNIT_FEE_ITEM",
    "LineItem",
    "Reconciliation",
    "RecordedFees",
    "UsageCounters",
    "UsageTotals",
    "accrue_unit_fees",
    "charge_images",
    "month_spend",
    "month_start",
    "months_between",
    "period_of",
    "reconcile",
    "usage",
]
