"""Render notes per image: ``images.notes``, a JSON list of strings.

What the renderer decided while drawing (text shrunk to fit, art substitutions, …), stored so that
``GET /v1/generations/{id}`` returns them. Rows from before this migration have ``NULL``: no notes.

Revision ID: 0007_image_notes
Revises: 0006_idempotency_lease
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0007_image_notes"
down_revision: str | None = "0006_idempotency_lease"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("images") as batch:
        batch.add_column(sa.Column("notes", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("images") as batch:
        batch.drop_column("notes")
