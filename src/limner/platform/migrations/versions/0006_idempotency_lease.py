"""Idempotency claims carry an owner and a lease: ``idempotency.owner``, ``idempotency.lease_until_ms``.

The process running a keyed request renews its lease while it runs; a claim whose lease ran out,
or whose owner process on this host is gone, is an orphan (the owner crashed) and a retry runs.
Rows from before this migration have neither and expire as before (five minutes after ``created``).

Revision ID: 0006_idempotency_lease
Revises: 0005_usage_months
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0006_idempotency_lease"
down_revision: str | None = "0005_usage_months"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("idempotency") as batch:
        batch.add_column(sa.Column("owner", sa.String(128), nullable=True))
        batch.add_column(sa.Column("lease_until_ms", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("idempotency") as batch:
        batch.drop_column("lease_until_ms")
        batch.drop_column("owner")
