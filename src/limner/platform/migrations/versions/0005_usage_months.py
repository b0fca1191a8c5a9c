"""Per-account monthly usage counters: ``usage_months``.

One row per account per month (``period`` ``YYYY-MM``, UTC) holding the count and the sum (a
decimal string, never a float) of that month's ``image`` ledger rows; the API updates it in the
transaction that writes the rows, so the monthly spend cap and the Scale included images read one
row instead of summing the month's ledger. The upgrade backfills it from the existing image rows
(summed in Python with ``Decimal``, streamed, so it works the same on SQLite and PostgreSQL).

Revision ID: 0005_usage_months
Revises: 0004_fees
Create Date: 2026-11-25
"""

from __future__ import annotations

import time
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

revision: str = "0005_usage_months"
down_revision: str | None = "0004_fees"
branch_labels: str | None = None
depends_on: str | None = None

#: Ledger rows read per batch while backfilling.
BATCH = 10_000


def _period(created: int) -> str:
    t = time.gmtime(created)
    return f"{t.tm_year:04d}-{t.tm_mon:02d}"


def upgrade() -> None:
    usage_months = op.create_table(
        "usage_months",
        sa.Column("account_id", sa.String(64), nullable=False),
        sa.Column("period", sa.String(7), nullable=False),
        sa.Column("images", sa.BigInteger(), nullable=False),
        sa.Column("amount", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("account_id", "period", name="pk_usage_months"),
    )
    counts: dict[tuple[str, str], int] = {}
    sums: dict[tuple[str, str], Decimal] = {}
    rows = op.get_bind().execute(
        sa.text("SELECT account_id, created, amount FROM ledger WHERE kind = 'image'"),
        execution_options={"yield_per": BATCH},  # streamed (a server-side cursor on PostgreSQL)
    )
    for account_id, created, amount in rows:
        key = (str(account_id), _period(int(created)))
        counts[key] = counts.get(key, 0) + 1
        sums[key] = sums.get(key, Decimal("0")) + Decimal(amount)
    if counts:
        op.bulk_insert(
            usage_months,
            [
                {"account_id": a, "period": p, "images": counts[(a, p)], "amount": str(sums[(a, p)])}
                for a, p in sorted(counts)
            ],
        )


def downgrade() -> None:
    op.drop_table("usage_months")
