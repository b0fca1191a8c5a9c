"""Reference images: one row per upload, bytes in the content-addressed blob store.

Revision ID: 0003_references
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003_references"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None

LOCAL_ACCOUNT = "acct_local"


def upgrade() -> None:
    op.create_table(
        "references",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("account_id", sa.String(64), nullable=False, server_default=LOCAL_ACCOUNT),
        sa.Column("created", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("format", sa.String(8), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("bytes", sa.BigInteger(), nullable=False),
        sa.Column("has_alpha", sa.Boolean(), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("name", sa.String(200), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_references"),
    )
    op.create_index("ix_references_account_id", "references", ["account_id"])
    op.create_index("ix_references_sha256", "references", ["sha256"])


def downgrade() -> None:
    op.drop_table("references")
