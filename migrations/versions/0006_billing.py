"""billing: the open bill's labour and discount lines, typed invoice lines

Adds `bill_line` (labour and discount lines of a job not yet invoiced; ids from
the 'bill-line' number series) and gives `invoice_line` a kind (labour, part,
discount), a percent, the line a discount applies to and who added the line.

Invoices, credit notes and Z reports keep the letterhead and font their PDF
was first written with (`letterhead`, JSON; empty for documents written before).

Payments keep the 현금영수증 approval number taken for them; an invoice the
customer's business number when a 세금계산서 is asked for.

Payments and refunds get the business day whose Z report counts them (money
taken after a day's close belongs to the next open day).

Existing data: every invoice gets its labour (the receipt's fare, once made up
at read time) as a real first line, its part lines moving down one; every job
not yet invoiced gets its fare as its bill's first labour line.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 04:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "bill_line",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("receipt_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("description", sa.String(length=120), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("percent", sa.String(length=12), nullable=False),
        sa.Column("on_line", sa.Integer(), nullable=False),
        sa.Column("added_by", sa.String(length=80), nullable=False),
        sa.Column("added_at", sa.String(length=32), nullable=False),
        sa.CheckConstraint("kind IN ('labour', 'discount')", name=op.f("ck_bill_line_kind_known")),
        sa.CheckConstraint("amount >= 0", name=op.f("ck_bill_line_amount_not_negative")),
        sa.ForeignKeyConstraint(["job_id"], ["job.id"], name=op.f("fk_bill_line_job_id_job")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bill_line")),
    )
    op.create_index(op.f("ix_bill_line_job_id"), "bill_line", ["job_id"], unique=False)
    with op.batch_alter_table("invoice_line") as batch:
        batch.add_column(sa.Column("kind", sa.String(length=12), nullable=False, server_default="part"))
        batch.add_column(sa.Column("percent", sa.String(length=12), nullable=False, server_default="0"))
        batch.add_column(sa.Column("on_line", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("added_by", sa.String(length=80), nullable=False, server_default=""))
    _labour_becomes_a_line()
    with op.batch_alter_table("invoice") as batch:
        batch.add_column(sa.Column("letterhead", sa.Text(), nullable=True))
        batch.add_column(sa.Column("credit_note_letterhead", sa.Text(), nullable=True))
        batch.add_column(sa.Column("tax_business_number", sa.String(length=10), nullable=True))
        batch.add_column(sa.Column("tax_company_name", sa.String(length=80), nullable=True))
        batch.add_column(sa.Column("tax_email", sa.String(length=120), nullable=True))
    with op.batch_alter_table("payment") as batch:
        batch.add_column(sa.Column("cash_receipt_no", sa.String(length=20), nullable=True))
    with op.batch_alter_table("till_day") as batch:
        batch.add_column(sa.Column("letterhead", sa.Text(), nullable=True))
    for table in ("payment", "refund"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("business_day", sa.String(length=10), nullable=True))
            batch.create_index(op.f(f"ix_{table}_business_day"), ["business_day"], unique=False)
        # Until now money was refused once its day was closed: its business day is the day it was taken.
        op.execute(sa.text(f"UPDATE {table} SET business_day = substr(recorded_at, 1, 10)"))


def _labour_becomes_a_line() -> None:
    conn = op.get_bind()
    # Part lines move down one; through negatives, so no two rows share a key in between.
    conn.execute(sa.text("UPDATE invoice_line SET line_no = -(line_no + 1)"))
    conn.execute(sa.text("UPDATE invoice_line SET line_no = -line_no"))
    conn.execute(
        sa.text(
            "INSERT INTO invoice_line (invoice_id, line_no, part_code, name, quantity, unit_price, amount,"
            " kind, percent, on_line, added_by)"
            " SELECT id, 1, '', '', 1, fare, fare, 'labour', '0', 0, '' FROM invoice"
        )
    )
    open_jobs = conn.execute(
        sa.text(
            "SELECT j.id, j.receipt_id, r.fare, j.created_at FROM job j JOIN receipt r ON r.id = j.receipt_id"
            " WHERE j.status IN ('created', 'started') AND r.fare > 0"
            " AND NOT EXISTS (SELECT 1 FROM invoice i WHERE i.job_id = j.id) ORDER BY j.id"
        )
    ).all()
    for line_id, (job_id, receipt_id, fare, created_at) in enumerate(open_jobs, start=1):
        conn.execute(
            sa.text(
                "INSERT INTO bill_line (id, job_id, receipt_id, kind, description, amount, percent, on_line,"
                " added_by, added_at) VALUES (:id, :job, :rid, 'labour', '', :fare, '0', 0, '', :at)"
            ),
            {"id": line_id, "job": job_id, "rid": receipt_id, "fare": fare, "at": created_at},
        )
    if open_jobs:
        conn.execute(
            sa.text("INSERT INTO number_series (series, last_seq) VALUES ('bill-line', :n)"), {"n": len(open_jobs)}
        )


def downgrade() -> None:
    with op.batch_alter_table("till_day") as batch:
        batch.drop_column("letterhead")
    with op.batch_alter_table("payment") as batch:
        batch.drop_column("cash_receipt_no")
    with op.batch_alter_table("invoice") as batch:
        batch.drop_column("tax_email")
        batch.drop_column("tax_company_name")
        batch.drop_column("tax_business_number")
        batch.drop_column("credit_note_letterhead")
        batch.drop_column("letterhead")
    for table in ("refund", "payment"):
        with op.batch_alter_table(table) as batch:
            batch.drop_index(op.f(f"ix_{table}_business_day"))
            batch.drop_column("business_day")
    conn = op.get_bind()
    conn.execute(sa.text("DELETE FROM number_series WHERE series = 'bill-line'"))
    conn.execute(sa.text("DELETE FROM invoice_line WHERE kind <> 'part'"))
    conn.execute(sa.text("UPDATE invoice_line SET line_no = -(line_no - 1)"))
    conn.execute(sa.text("UPDATE invoice_line SET line_no = -line_no"))
    with op.batch_alter_table("invoice_line") as batch:
        batch.drop_column("added_by")
        batch.drop_column("on_line")
        batch.drop_column("percent")
        batch.drop_column("kind")
    op.drop_index(op.f("ix_bill_line_job_id"), table_name="bill_line")
    op.drop_table("bill_line")
