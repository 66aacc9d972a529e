"""report costs: what each part cost when it was provided; unpaid invoices indexed

Adds `part_request.unit_cost` and `invoice_line.unit_cost` (won a piece: the
part's average purchase cost when the part left the shelf, carried onto the
invoice's part line), so a month's parts margin stays what it was after later
deliveries at other costs. Rows already there take the part's average cost of
today, the best figure known. Indexes the invoices still short of their total
(`paid < total`, a partial index): the receivables read those, not every invoice.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02 14:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | Sequence[str] | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table in ("part_request", "invoice_line"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("unit_cost", sa.BigInteger(), nullable=False, server_default="0"))
    op.execute(
        "UPDATE part_request SET unit_cost = COALESCE("
        "(SELECT part.unit_cost FROM part WHERE part.id = part_request.part_id), 0) "
        "WHERE status = 'provided'"
    )
    op.execute(
        "UPDATE invoice_line SET unit_cost = COALESCE("
        "(SELECT part.unit_cost FROM part WHERE part.part_code = invoice_line.part_code), 0) "
        "WHERE kind = 'part'"
    )
    op.create_index(
        "ix_invoice_unpaid",
        "invoice",
        ["business_day", "status", "voided_at", "total", "paid", "invoice_no", "receipt_id"],
        unique=False,
        sqlite_where=sa.text("paid < total"),
        postgresql_where=sa.text("paid < total"),
    )


def downgrade() -> None:
    op.drop_index("ix_invoice_unpaid", table_name="invoice")
    for table in ("invoice_line", "part_request"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("unit_cost")
