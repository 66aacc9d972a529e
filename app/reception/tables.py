"""Tables of the reception context: receipts, and the till's invoices, payments, refunds and days."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, Integer, String, Table, Text

from app.metadata import Money, metadata

receipt = Table(
    "receipt",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("customer_name", String(80), nullable=False),
    Column("customer_phone", String(30), nullable=False, default=""),
    Column("car_number", String(20), nullable=False, index=True),
    Column("car_id", String(40), nullable=False, default=""),
    Column("mechanic_id", Integer, nullable=False),
    Column("mechanic_name", String(80), nullable=False),
    Column("man_day", Integer, nullable=False),
    Column("fare", Money, nullable=False),
    Column("term", String(80), nullable=False, default=""),
    Column("request_note", Text, nullable=False, default=""),
    Column("status", String(16), nullable=False),
    Column("reason", String(400), nullable=False, default=""),
    Column("reason_code", String(60), nullable=False, default="", server_default=""),
    Column("reason_params", Text, nullable=False, default="{}", server_default="{}"),  # Message params, JSON
    Column("requested_at", String(32), nullable=False),
    # The register's records the request was linked to (customers context), and the odometer that day.
    Column("vehicle_id", Integer, nullable=True),
    Column("customer_id", Integer, nullable=True, index=True),
    Column("mileage", Integer, nullable=True),
)


# A vehicle's visits, newest first (its history, and the last visit of a search's rows).
Index("ix_receipt_vehicle_visits", receipt.c.vehicle_id, receipt.c.requested_at)


invoice = Table(
    "invoice",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("invoice_no", String(40), nullable=False, unique=True),
    # A corrected invoice and its replacement share the job and the receipt (billing, 0011).
    Column("receipt_id", Integer, ForeignKey("receipt.id"), nullable=False, index=True),
    Column("job_id", Integer, nullable=False, index=True),
    Column("issued_at", String(32), nullable=False),
    # The till day whose Z report carries the invoice: the day it was issued, or the
    # next open day when that day's till was already closed.
    Column("business_day", String(10), nullable=True, index=True),
    Column("fare", Money, nullable=False),
    Column("subtotal", Money, nullable=False),
    Column("vat_rate", String(12), nullable=False),
    Column("vat", Money, nullable=False),
    Column("total", Money, nullable=False),
    Column("paid", Money, nullable=False, default=0),
    Column("status", String(12), nullable=False),
    Column("credit_note_no", String(40), nullable=True, unique=True),
    Column("voided_at", String(32), nullable=True),
    # The till day whose Z report counts the credit note: a void's day (voids wait for an open
    # day), a correction's new invoice's business day (after a close, the next open day).
    Column("credit_note_day", String(10), nullable=True),
    Column("void_reason", String(200), nullable=True),
    Column("pdf_sha256", String(64), nullable=True),
    Column("refunded", Money, nullable=False, default=0, server_default="0"),
    Column("credit_note_pdf_sha256", String(64), nullable=True),
    # What each document was first written with (letterhead and font, JSON), so reprints stay identical.
    Column("letterhead", Text, nullable=True),
    Column("credit_note_letterhead", Text, nullable=True),
    # A 세금계산서 asked for: the customer's business registration number (ten digits), name and email.
    Column("tax_business_number", String(10), nullable=True),
    Column("tax_company_name", String(80), nullable=True),
    Column("tax_email", String(120), nullable=True),
    # A correction (재발행): the two invoices name each other; money paid on the old one
    # counts on the new one up to its total (carried_out there, carried_in here).
    Column("corrects", String(40), nullable=True),
    Column("corrected_by", String(40), nullable=True),
    Column("carried_in", Money, nullable=False, default=0, server_default="0"),
    Column("carried_out", Money, nullable=False, default=0, server_default="0"),
    CheckConstraint("paid >= 0 AND paid + carried_in <= total", name="paid_within_total"),
    CheckConstraint("refunded >= 0 AND refunded + carried_out <= paid + carried_in", name="refunded_within_paid"),
)


invoice_line = Table(
    "invoice_line",
    metadata,
    Column("invoice_id", Integer, ForeignKey("invoice.id"), primary_key=True),
    Column("line_no", Integer, primary_key=True, autoincrement=False),
    Column("part_code", String(40), nullable=False),
    Column("name", String(120), nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("unit_price", Money, nullable=False),
    Column("amount", Money, nullable=False),
    # Typed lines (billing): labour, part, discount. A discount's amount is negative, its share in won.
    Column("kind", String(12), nullable=False, default="part", server_default="part"),
    Column("percent", String(12), nullable=False, default="0", server_default="0"),
    Column("on_line", Integer, nullable=False, default=0, server_default="0"),  # a discount's line_no, 0 the bill
    Column("added_by", String(80), nullable=False, default="", server_default=""),
    # a part line: what each piece cost the shop when it was provided (app.reports' margins; 0: never said)
    Column("unit_cost", Money, nullable=False, default=0, server_default="0"),
)


payment = Table(
    "payment",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("invoice_id", Integer, ForeignKey("invoice.id"), nullable=False, index=True),
    Column("amount", Money, nullable=False),
    Column("method", String(12), nullable=False),
    Column("recorded_at", String(32), nullable=False),
    Column("actor", String(80), nullable=False),
    Column("terminal", String(80), nullable=False),
    # The till day whose Z report counts it: the day it was taken, or the next open one after a close.
    Column("business_day", String(10), nullable=True, index=True),
    Column("cash_receipt_no", String(20), nullable=True),  # 현금영수증 approval number (cash and transfer)
    CheckConstraint("amount > 0", name="amount_positive"),
)

Index("ix_payment_recorded_at", payment.c.recorded_at)


refund = Table(
    "refund",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("invoice_id", Integer, ForeignKey("invoice.id"), nullable=False, index=True),
    Column("amount", Money, nullable=False),
    Column("method", String(12), nullable=False),
    Column("recorded_at", String(32), nullable=False, index=True),
    Column("actor", String(80), nullable=False),
    Column("terminal", String(80), nullable=False),
    Column("business_day", String(10), nullable=True, index=True),  # as a payment's
    CheckConstraint("amount > 0", name="amount_positive"),
)


# The till's business days. Every payment, refund and void locks its day's row,
# and closing the day takes the same lock, so nothing slips into a closed day.
till_day = Table(
    "till_day",
    metadata,
    Column("day", String(10), primary_key=True),
    Column("status", String(8), nullable=False),
    Column("z_no", String(20), nullable=True, unique=True),
    Column("closed_at", String(32), nullable=True),
    Column("closed_by", String(80), nullable=True),
    Column("terminal", String(80), nullable=True),
    Column("summary", Text, nullable=True),  # the Z report as closed (JSON), so reprints match
    Column("pdf_sha256", String(64), nullable=True),
    Column("letterhead", Text, nullable=True),  # as the invoice's
    CheckConstraint("status IN ('open', 'closed')", name="status_known"),
)
