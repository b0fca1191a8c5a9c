"""Newest-first list pages: an ``(account_id, created, id)`` index on plans, generations, images,
references and jobs, so ``GET /v1/<kind>?after=…`` reads one index range however deep the page.

It also merges the two branches of the history (0003_references grew from 0001 beside 0002…0007),
since it indexes tables of both.

Revision ID: 0008_list_indexes
Revises: 0007_image_notes, 0003_references
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision: str = "0008_list_indexes"
down_revision: str | tuple[str, ...] | None = ("0007_image_notes", "0003_references")
branch_labels: str | None = None
depends_on: str | None = None

TABLES = ("plans", "generations", "images", "references", "jobs")


def upgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_account_created", table, ["account_id", "created", "id"])


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_account_created", table_name=table)
