"""Tables of every context, the event log and the read model, on one MetaData.

Contexts share the database but not tables: each table belongs to one context
(see the comments), and only that context's handlers write it.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

Money = BigInteger  # won; KRW has no minor unit

# --- mechanic context ---------------------------------------------------------
mechanic = Table(
    "mechanic",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(80), nullable=False),
    Column("man_day", Integer, nullable=False),
    Column("created_at", String(32), nullable=False),
    CheckConstraint("man_day >= 0", name="man_day_not_negative"),
)

man_day_reservation = Table(
    "man_day_reservation",
    metadata,
    Column("receipt_id", Integer, primary_key=True, autoincrement=False),
    Column("mechanic_id", Integer, ForeignKey("mechanic.id"), nullable=False),
    Column("man_day", Integer, nullable=False),
    Column("released", Boolean, nullable=False, default=False),
)

# --- vehicleparts context -----------------------------------------------------
part = Table(
    "part",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("part_code", String(40), nullable=False, unique=True),
    Column("name", String(120), nullable=False),
    Column("price", Money, nullable=False),
    Column("stock", Integer, nullable=False),
    Column("low_stock", Integer, nullable=False, default=0),
    CheckConstraint("stock >= 0", name="stock_not_negative"),
    CheckConstraint("price >= 0", name="price_not_negative"),
)

# --- reception context --------------------------------------------------------
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
    Column("requested_at", String(32), nullable=False),
)

invoice = Table(
    "invoice",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("invoice_no", String(40), nullable=False, unique=True),
    Column("receipt_id", Integer, ForeignKey("receipt.id"), nullable=False, unique=True),
    Column("job_id", Integer, nullable=False, unique=True),
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
    Column("void_reason", String(200), nullable=True),
    Column("pdf_sha256", String(64), nullable=True),
    Column("refunded", Money, nullable=False, default=0, server_default="0"),
    Column("credit_note_pdf_sha256", String(64), nullable=True),
    CheckConstraint("paid >= 0 AND paid <= total", name="paid_within_total"),
    CheckConstraint("refunded >= 0 AND refunded <= paid", name="refunded_within_paid"),
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
    CheckConstraint("status IN ('open', 'closed')", name="status_known"),
)

number_series = Table(
    "number_series",
    metadata,
    Column("series", String(40), primary_key=True),
    Column("last_seq", Integer, nullable=False),
)

# --- shop context -------------------------------------------------------------
job = Table(
    "job",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("receipt_id", Integer, nullable=False, unique=True),
    Column("mechanic_id", Integer, nullable=False, index=True),
    Column("man_day", Integer, nullable=False),
    Column("status", String(12), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("started_at", String(32), nullable=True),
    Column("finished_at", String(32), nullable=True),
)

part_request = Table(
    "part_request",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("job_id", Integer, ForeignKey("job.id"), nullable=False, index=True),
    Column("part_id", Integer, nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("status", String(12), nullable=False),
    Column("part_code", String(40), nullable=False, default=""),
    Column("name", String(120), nullable=False, default=""),
    Column("unit_price", Money, nullable=False, default=0),
    Column("reason", String(400), nullable=False, default=""),
    Column("requested_at", String(32), nullable=False),
)

# --- the bus: append-only event log and delivery bookkeeping -------------------
event_log = Table(
    "event_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event_type", String(40), nullable=False),
    Column("payload", Text, nullable=False),
    Column("actor", String(80), nullable=False),
    Column("terminal", String(80), nullable=False),
    Column("occurred_at", String(32), nullable=False),
    Column("dispatched", Boolean, nullable=False),
)
Index("ix_event_log_pending", event_log.c.dispatched, event_log.c.id)

policy_done = Table(
    "policy_done",
    metadata,
    Column("event_id", Integer, ForeignKey("event_log.id"), primary_key=True),
    Column("policy", String(60), primary_key=True),
)

# --- read model ---------------------------------------------------------------
status_board = Table(
    "status_board",
    metadata,
    Column("receipt_id", Integer, primary_key=True, autoincrement=False),
    Column("customer_name", String(80), nullable=False),
    Column("car_id", String(40), nullable=False),
    Column("car_number", String(20), nullable=False),
    Column("request_date", String(32), nullable=False),
    Column("mechanic_id", Integer, nullable=False),
    Column("mechanic_name", String(80), nullable=False),
    Column("job_id", Integer, nullable=True),
    Column("job_status", String(12), nullable=False),
    Column("reason", String(400), nullable=False, default=""),
    Column("total_price", Money, nullable=True),
    Column("invoice_no", String(40), nullable=True),
    Column("balance", Money, nullable=True),
    Column("paid", Boolean, nullable=False, default=False),
    Column("voided", Boolean, nullable=False, default=False),
    Column("last_event_id", Integer, nullable=False),
    UniqueConstraint("job_id", name="uq_status_board_job_id"),
)
Index("ix_status_board_status", status_board.c.job_status)
Index("ix_status_board_mechanic", status_board.c.mechanic_id)
Index("ix_status_board_last_event", status_board.c.last_event_id)
