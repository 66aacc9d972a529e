"""reports: a part's purchase cost, recorded at delivery

Adds `part.unit_cost` (won, the moving average of what the stock on the shelf
cost; 0 until a delivery says) and `part_delivery` (every delivery with a cost:
quantity, unit cost, when), so the reports can value stock at cost and give
each part's margin. Indexes `invoice.voided_at` and `job.finished_at`: the reports find a
range's credit notes and finished jobs by them.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 05:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("part") as batch:
        batch.add_column(sa.Column("unit_cost", sa.BigInteger(), nullable=False, server_default="0"))
    op.create_table(
        "part_delivery",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("part_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_cost", sa.BigInteger(), nullable=False),
        sa.Column("delivered_at", sa.String(length=32), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_part_delivery_quantity_positive")),
        sa.CheckConstraint("unit_cost >= 0", name=op.f("ck_part_delivery_unit_cost_not_negative")),
        sa.ForeignKeyConstraint(["part_id"], ["part.id"], name=op.f("fk_part_delivery_part_id_part")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_part_delivery")),
    )
    op.create_index(op.f("ix_part_delivery_part_id"), "part_delivery", ["part_id"], unique=False)
    op.create_index("ix_invoice_voided_at", "invoice", ["voided_at"], unique=False)
    op.create_index("ix_job_finished_at", "job", ["finished_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_job_finished_at", table_name="job")
    op.drop_index("ix_invoice_voided_at", table_name="invoice")
    op.drop_index(op.f("ix_part_delivery_part_id"), table_name="part_delivery")
    op.drop_table("part_delivery")
    with op.batch_alter_table("part") as batch:
        batch.drop_column("unit_cost")
