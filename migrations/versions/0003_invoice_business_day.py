"""invoice business day: the Z report that carries each invoice

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 01:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.add_column(sa.Column("business_day", sa.String(length=10), nullable=True))
        batch_op.create_index(batch_op.f("ix_invoice_business_day"), ["business_day"], unique=False)
    # Existing invoices belong to the day they were issued (local ISO timestamps).
    op.execute("UPDATE invoice SET business_day = substr(issued_at, 1, 10) WHERE business_day IS NULL")


def downgrade() -> None:
    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_business_day"))
        batch_op.drop_column("business_day")
