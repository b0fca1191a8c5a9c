"""Initial schema: plans, generations, images.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None

LOCAL_ACCOUNT = "acct_local"


def _account() -> sa.Column[str]:
    return sa.Column("account_id", sa.String(64), nullable=False, server_default=LOCAL_ACCOUNT)


def upgrade() -> None:
    op.create_table(
        "plans",
        sa.Column("id", sa.String(64), nullable=False),
        _account(),
        sa.Column("created", sa.BigInteger(), nullable=False),
        sa.Column("prompt", sa.Text(), nullable=False),
        sa.Column("base_plan_id", sa.String(64), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_plans"),
    )
    op.create_index("ix_plans_account_id", "plans", ["account_id"])

    op.create_table(
        "generations",
        sa.Column("id", sa.String(64), nullable=False),
        _account(),
        sa.Column("plan_id", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created", sa.BigInteger(), nullable=False),
        sa.Column("renderer", sa.String(64), nullable=False),
        sa.Column("request", sa.Text(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("change_mask", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_generations"),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], name="fk_generations_plan_id_plans"),
    )
    op.create_index("ix_generations_account_id", "generations", ["account_id"])
    op.create_index("ix_generations_plan_id", "generations", ["plan_id"])

    op.create_table(
        "images",
        sa.Column("id", sa.String(64), nullable=False),
        _account(),
        sa.Column("generation_id", sa.String(64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("format", sa.String(8), nullable=False),
        sa.Column("seed", sa.BigInteger(), nullable=False),
        sa.Column("locale", sa.String(35), nullable=True),
        sa.Column("created", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_images"),
        sa.ForeignKeyConstraint(
            ["generation_id"], ["generations.id"], name="fk_images_generation_id_generations"
        ),
    )
    op.create_index("ix_images_account_id", "images", ["account_id"])
    op.create_index("ix_images_generation_id", "images", ["generation_id"])
    op.create_index("ix_images_sha256", "images", ["sha256"])


def downgrade() -> None:
    op.drop_table("images")
    op.drop_table("generations")
    op.drop_table("plans")
