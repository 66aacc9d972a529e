"""shop details: the letterhead a manager keeps in the app

Adds `shop_details`, one row (id 1) holding the shop's name, address, business
registration number, phone, owner and repair-business registration number.
Absent until a manager sets them: documents then print the profile's `[shop]`.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02 19:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | Sequence[str] | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "shop_details",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("business_no", sa.String(length=12), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("owner", sa.String(length=40), nullable=False),
        sa.Column("repair_registration_no", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_shop_details_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shop_details")),
    )


def downgrade() -> None:
    op.drop_table("shop_details")
