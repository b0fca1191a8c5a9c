"""The billing ledger: one row per billed image, written in the transaction that stores the image.

``ledger.image_id`` is unique, so an image can never be charged twice; rows are only written for
images of succeeded generations, so nothing is charged without an image and failures cost nothing.
"""

from __future__ import annotations

import calendar
import time
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from limner.platform.accounts_tables import AccountRow, LedgerRow
from limner.platform.ids import new_id
from limner.platform.pricing import Prices
from limner.platform.tables import GenerationRow, ImageRow


def month_start(now: int) -> int:
    t = time.gmtime(now)
    return calendar.timegm((t.tm_year, t.tm_mon, 1, 0, 0, 0, 0, 0, 0))


def ledger_rows(
    session: Session,
    prices: Prices,
    account_id: str,
    generation: GenerationRow,
    images: Sequence[ImageRow],
    references: int,
) -> list[LedgerRow]:
    """The ledger rows for a generation's images (none unless it succeeded)."""
    if generation.status != "succeeded" or not images:
        return []
    account = session.get(AccountRow, account_id)
    tier = account.tier if account is not None else "build"
    included_left = 0
    if account is not None and tier == "scale":
        used = session.scalar(
            select(func.count(LedgerRow.id)).where(
                LedgerRow.account_id == account_id, LedgerRow.created >= month_start(generation.created)
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
            )
        )
    return rows


@dataclass(frozen=True)
class LineItem:
    item: str
    images: int
    amount: Decimal


@dataclass(frozen=True)
class UsageTotals:
    images: int
    amount: Decimal
    currency: str
    line_items: tuple[LineItem, ...]


def usage(
    sessions: sessionmaker[Session], prices: Prices, account_id: str, start: int | None, end: int | None
) -> UsageTotals:
    """Totals over ``start <= created < end`` (sums in Python with Decimal: never floats)."""
    query = select(LedgerRow.item, LedgerRow.amount).where(LedgerRow.account_id == account_id)
    if start is not None:
        query = query.where(LedgerRow.created >= start)
    if end is not None:
        query = query.where(LedgerRow.created < end)
    counts: dict[str, int] = {}
    sums: dict[str, Decimal] = {}
    with sessions() as session:
        for item, amount in session.execute(query):
            counts[item] = counts.get(item, 0) + 1
            sums[item] = sums.get(item, Decimal("0")) + Decimal(amount)
    items = tuple(LineItem(k, counts[k], sums[k]) for k in sorted(counts))
    return UsageTotals(
        images=sum(counts.values()),
        amount=sum((i.amount for i in items), Decimal("0")),
        currency=prices.currency,
        line_items=items,
    )


def month_spend(session: Session, account_id: str, now: int) -> Decimal:
    amounts = session.scalars(
        select(LedgerRow.amount).where(
            LedgerRow.account_id == account_id, LedgerRow.created >= month_start(now)
        )
    )
    return sum((Decimal(a) for a in amounts), Decimal("0"))


@dataclass(frozen=True)
class Reconciliation:
    ledger_rows: int
    billed_images: int
    missing: tuple[str, ...]
    orphans: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.missing and not self.orphans and self.ledger_rows == self.billed_images


def reconcile(sessions: sessionmaker[Session]) -> Reconciliation:
    """Ledger vs stored images: every image of a succeeded generation has exactly one row, and
    every row names such an image."""
    with sessions() as session:
        images = set(
            session.scalars(
                select(ImageRow.id)
                .join(GenerationRow, GenerationRow.id == ImageRow.generation_id)
                .where(GenerationRow.status == "succeeded")
            )
        )
        billed = list(session.scalars(select(LedgerRow.image_id)))
    billed_set = set(billed)
    return Reconciliation(
        ledger_rows=len(billed),
        billed_images=len(images),
        missing=tuple(sorted(images - billed_set)),
        orphans=tuple(sorted(billed_set - images)),
    )


__all__ = [
    "LineItem",
    "Reconciliation",
    "UsageTotals",
    "ledger_rows",
    "month_spend",
    "month_start",
    "reconcile",
    "usage",
]
