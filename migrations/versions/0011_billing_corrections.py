"""billing corrections (재발행): a credit note for the old invoice and a new invoice for the same job

A job may now have several invoices (one issued, the others corrected), so
`invoice.job_id` and `invoice.receipt_id` are indexed instead of unique. The two
invoices of a correction name each other (`corrects`, `corrected_by`), and money
paid on the old one counts on the new one up to its total (`carried_out` on the
old, `carried_in` on the new). `paid` stays the sum of the invoice's own payments.

Existing data: no invoice was ever corrected; every new column starts empty or 0.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 05:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("invoice") as batch:
        batch.add_column(sa.Column("corrects", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("corrected_by", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("carried_in", sa.BigInteger(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("carried_out", sa.BigInteger(), nullable=False, server_default="0"))
        batch.drop_constraint(batch.f("uq_invoice_job_id"), type_="unique")
        batch.drop_constraint(batch.f("uq_invoice_receipt_id"), type_="unique")
        batch.drop_constraint(batch.f("ck_invoice_paid_within_total"), type_="check")
        batch.drop_constraint(batch.f("ck_invoice_refunded_within_paid"), type_="check")
        batch.create_check_constraint("paid_within_total", "paid >= 0 AND paid + carried_in <= total")
        batch.create_check_constraint(
            "refunded_within_paid", "refunded >= 0 AND refunded + carried_out <= paid + carried_in"
        )
        batch.create_index(batch.f("ix_invoice_job_id"), ["job_id"], unique=False)
        batch.create_index(batch.f("ix_invoice_receipt_id"), ["receipt_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("invoice") as batch:
        batch.drop_index(batch.f("ix_invoice_receipt_id"))
        batch.drop_index(batch.f("ix_invoice_job_id"))
        batch.drop_constraint(batch.f("ck_invoice_refunded_within_paid"), type_="check")
        batch.drop_constraint(batch.f("ck_invoice_paid_within_total"), type_="check")
        batch.create_check_constraint("paid_within_total", "paid >= 0 AND paid <= total")
        batch.create_check_constraint("refunded_within_paid", "refunded >= 0 AND refunded <= paid")
        batch.create_unique_constraint("uq_invoice_receipt_id", ["receipt_id"])
        batch.create_unique_constraint("uq_invoice_job_id", ["job_id"])
        batch.drop_column("carried_out")
        batch.drop_column("carried_in")
        batch.drop_column("corrected_by")
        batch.drop_column("corrects")
