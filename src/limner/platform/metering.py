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
"""

from __future__ import annotations

import calendar
import time
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from limner.platform.accounts_tables import AccountRow, LedgerRow
from limner.platform.ids import new_id
from limner.platform.pricing import Prices
from limner.platform.tables import GenerationRow, ImageRow

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


def accrue_unit_fees(session: Session, prices: Prices, account_id: str, now: int) -> int:
    """Record the unit fee of every month of a Scale account up to ``now`` that has none yet.

    In the caller's transaction; safe to run concurrently (a month's row is inserted with
    ``ON CONFLICT DO NOTHING`` on its unique key). Returns how many rows it added.
    """
    account = session.get(AccountRow, account_id)
    if account is None or account.tier != "scale":
        return 0
    amount = prices.unit_fee(account.units)
    if amount <= 0:
        return 0
    recorded = set(
        session.scalars(
            select(LedgerRow.period).where(LedgerRow.account_id == account_id, LedgerRow.kind == UNIT_FEE)
        )
    )
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
    return _insert_new(session, rows)


def _insert_new(session: Session, rows: list[dict[str, object]]) -> int:
    """Insert ledger rows, skipping any whose unique key is already taken."""
    if not rows:
        return 0
    dialect = session.get_bind().dialect.name
    if dialect in ("postgresql", "sqlite"):
        builder = postgresql.insert if dialect == "postgresql" else sqlite.insert
        statement = builder(LedgerRow).values(rows).on_conflict_do_nothing().returning(LedgerRow.id)
        return len(session.execute(statement).all())  # RETURNING lists the rows really inserted
    added = 0
    for row in rows:  # other databases: one savepoint per row
        try:
            with session.begin_nested():
                session.execute(insert(LedgerRow).values(row))
            added += 1
        except IntegrityError:
            continue
    return added


def ledger_rows(
    session: Session,
    prices: Prices,
    account_id: str,
    generation: GenerationRow,
    images: Sequence[ImageRow],
    references: int,
) -> list[LedgerRow]:
    """The ledger rows for a generation's images (none unless it succeeded).

    For a Scale account it also records the month's unit fee if that is not in the ledger yet.
    """
    if generation.status != "succeeded" or not images:
        return []
    account = session.get(AccountRow, account_id)
    tier = account.tier if account is not None else "build"
    included_left = 0
    if account is not None and tier == "scale":
        accrue_unit_fees(session, prices, account_id, generation.created)
        used = session.scalar(
            select(func.count(LedgerRow.id)).where(
                LedgerRow.account_id == account_id,
                LedgerRow.kind == IMAGE,
                LedgerRow.created >= month_start(generation.created),
            )
        )
        included_left = account.units * prices.scale_unit_images - int(used or 0)
    rows = []
    for image in images:
        item, amount = prices.image_price(
            tier, image.width, image.height, references, included_left=included_left
        )
        included_left -= 1
        rows.append(
            LedgerRow(
                id=new_id("led"),
                account_id=account_id,
                image_id=image.id,
                generation_id=generation.id,
                created=generation.created,
                item=item,
                amount=str(amount),
                currency=prices.currency,
                kind=IMAGE,
                period=None,
            )
        )
    return rows


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
    """This month's image charges (what the monthly spend cap limits; fees are not counted)."""
    amounts = session.scalars(
        select(LedgerRow.amount).where(
            LedgerRow.account_id == account_id,
            LedgerRow.kind == IMAGE,
            LedgerRow.created >= month_start(now),
        )
    )
    return sum((Decimal(a) for a in amounts), Decimal("0"))


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

    @property
    def ok(self) -> bool:
        return (
            not self.missing
            and not self.orphans
            and not self.bad_fees
            and self.ledger_rows == self.billed_images
        )


def reconcile(sessions: sessionmaker[Session]) -> Reconciliation:
    """Ledger vs stored images: every image of a succeeded generation has exactly one image row,
    and every image row names such an image (``ledger_rows`` counts image rows)."""
    with sessions() as session:
        images = set(
            session.scalars(
                select(ImageRow.id)
                .join(GenerationRow, GenerationRow.id == ImageRow.generation_id)
                .where(GenerationRow.status == "succeeded")
            )
        )
        billed = [b or "" for b in session.scalars(select(LedgerRow.image_id).where(LedgerRow.kind == IMAGE))]
        fees = session.execute(
            select(LedgerRow.id, LedgerRow.image_id, LedgerRow.period).where(LedgerRow.kind != IMAGE)
        ).all()
    billed_set = set(billed)
    return Reconciliation(
        ledger_rows=len(billed),
        billed_images=len(images),
        missing=tuple(sorted(images - billed_set)),
        orphans=tuple(sorted(billed_set - images)),
        fee_rows=len(fees),
        bad_fees=tuple(sorted(row_id for row_id, image_id, period in fees if image_id or not period)),
    )


__all__ = [
    "IMAGE",
    "UNIT_FEE",
    "UNIT_FEE_ITEM",
    "LineItem",
    "Reconciliation",
    "UsageTotals",
    "accrue_unit_fees",
    "ledger_rows",
    "month_spend",
    "month_start",
    "months_between",
    "period_of",
    "reconcile",
    "usage",
]
