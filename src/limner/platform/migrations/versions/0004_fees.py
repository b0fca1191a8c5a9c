"""Ledger rows that are not images: the Scale tier's monthly unit fee.

``kind`` is ``image`` (one row per billed image, ``image_id`` set, as before) or ``unit_fee``
(one row per Scale account per month: ``period`` ``YYYY-MM``, no image). The unique
``(account_id, kind, period)`` key lets a month's fee be recorded at most once; image rows have
no ``period`` (NULLs never collide), so they stay keyed by the unique ``image_id``.

Revision ID: 0004_fees
Revises: 0002_platform
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004_fees"
down_revision: str | None = "0002_platform"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("ledger") as batch:
        batch.add_column(sa.Column("kind", sa.String(16), nullable=False, server_default="image"))
        batch.add_column(sa.Column("period", sa.String(7), nullable=True))
        batch.alter_column("image_id", existing_type=sa.String(64), nullable=True)
        batch.alter_column("generation_id", existing_type=sa.String(64), nullable=True)
        batch.create_unique_constraint("uq_ledger_charge", ["account_id", "kind", "period"])


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM ledger WHERE kind <> 'image'"))
    with op.batch_alter_table("ledger") as batch:
        batch.drop_constraint("uq_ledger_charge", type_="unique")
        batch.alter_column("generation_id", existing_type=sa.String(64), nullable=False)
        batch.alter_column("image_id", existing_type=sa.String(64), nullable=False)
        batch.drop_column("period")
        batch.drop_column("kind")
