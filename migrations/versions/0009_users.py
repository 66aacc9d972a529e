"""users: who may sign in on the shop's terminals, their role, their PIN's hash, their lockout

Adds `shop_user` (name unique, a mechanic user tied to one mechanic, the PIN
only as app.pins' salted scrypt hash). No existing table changes: the event
log's user columns came with 0005.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 04:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "shop_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("mechanic_id", sa.Integer(), nullable=True),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.CheckConstraint("role IN ('manager', 'desk', 'mechanic', 'parts')", name=op.f("ck_shop_user_known_role")),
        sa.CheckConstraint("failed_attempts >= 0", name=op.f("ck_shop_user_attempts_not_negative")),
        sa.ForeignKeyConstraint(["mechanic_id"], ["mechanic.id"], name=op.f("fk_shop_user_mechanic_id_mechanic")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shop_user")),
        sa.UniqueConstraint("mechanic_id", name=op.f("uq_shop_user_mechanic_id")),
        sa.UniqueConstraint("name", name=op.f("uq_shop_user_name")),
    )


def downgrade() -> None:
    op.drop_table("shop_user")
