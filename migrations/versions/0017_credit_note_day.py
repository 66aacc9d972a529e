"""credit note day: the business day whose Z report counts an invoice's credit note, kept on its row

A credit note belongs to one business day: a void's is the day it was made (a void
waits for an open day), a correction's (재발행) is its new invoice's, which after a
close is the next open day. The Z report found it that way, the reports by the
calendar day of `voided_at`, so a correction after a close counted on two days.
`invoice.credit_note_day` keeps the day the till gave it, and both read that.

Existing rows take what the Z report gave them: the new invoice's business day for
a correction, the day of `voided_at` for a void. Credit notes are indexed by it
(instead of by `voided_at`), and the unpaid invoices' partial index reads it and
counts what a correction carried in as paid (`paid + carried_in < total`), as the
Z report's open balances do.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02 19:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | Sequence[str] | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_UNPAID_BEFORE = ["business_day", "status", "voided_at", "total", "paid", "invoice_no", "receipt_id"]
_UNPAID = ["business_day", "status", "credit_note_day", "total", "paid", "carried_in", "invoice_no", "receipt_id"]


def upgrade() -> None:
    with op.batch_alter_table("invoice") as batch:
        batch.add_column(sa.Column("credit_note_day", sa.String(length=10), nullable=True))
    op.execute(
        "UPDATE invoice SET credit_note_day = CASE WHEN corrected_by IS NULL THEN substr(voided_at, 1, 10) ELSE ("
        "SELECT COALESCE(n.business_day, substr(n.issued_at, 1, 10)) FROM invoice n "
        "WHERE n.invoice_no = invoice.corrected_by) END "
        "WHERE credit_note_no IS NOT NULL"
    )
    op.drop_index("ix_invoice_voided_at", table_name="invoice")
    op.create_index("ix_invoice_credit_note_day", "invoice", ["credit_note_day"], unique=False)
    op.drop_index("ix_invoice_unpaid", table_name="invoice")
    op.create_index(
        "ix_invoice_unpaid",
        "invoice",
        _UNPAID,
        unique=False,
        sqlite_where=sa.text("paid < total"),
        postgresql_where=sa.text("paid < total"),
    )


def downgrade() -> None:
    # Both indexes read the column: dropped before it, the old ones made after the table is copied.
    op.drop_index("ix_invoice_unpaid", table_name="invoice")
    op.drop_index("ix_invoice_credit_note_day", table_name="invoice")
    with op.batch_alter_table("invoice") as batch:
        batch.drop_column("credit_note_day")
    op.create_index("ix_invoice_voided_at", "invoice", ["voided_at"], unique=False)
    op.create_index(
        "ix_invoice_unpaid",
        "invoice",
        _UNPAID_BEFORE,
        unique=False,
        sqlite_where=sa.text("paid < total"),
        postgresql_where=sa.text("paid < total"),
    )
