"""Tables of the estimates context: the estimate, its lines (prices of the day it was drafted)."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, Integer, String, Table, Text

from app.metadata import Money, metadata

estimate = Table(
    "estimate",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("estimate_no", String(20), nullable=False, unique=True),
    Column("customer_name", String(80), nullable=False),
    Column("customer_phone", String(30), nullable=False, default=""),
    Column("car_number", String(20), nullable=False),
    Column("mileage", Integer, nullable=True),
    Column("mechanic_id", Integer, ForeignKey("mechanic.id"), nullable=False),
    Column("mechanic_name", String(80), nullable=False),
    Column("man_day", Integer, nullable=False),
    Column("fare", Money, nullable=False),
    Column("term", String(80), nullable=False, default=""),
    Column("drafted_at", String(32), nullable=False),
    Column("drafted_by", String(80), nullable=False),
    Column("valid_until", String(10), nullable=False),
    Column("status", String(16), nullable=False),
    Column("receipt_id", Integer, ForeignKey("receipt.id"), nullable=True),
    # The customer's consent (자동차관리법 시행규칙 §134): how, who took it, when.
    Column("consent_how", String(16), nullable=False, default=""),
    Column("consent_by", String(80), nullable=False, default=""),
    Column("consent_at", String(32), nullable=False, default=""),
    # The last refusal of a request it made, or the customer's reason for declining.
    Column("reason", String(400), nullable=False, default=""),
    Column("reason_code", String(60), nullable=False, default=""),
    Column("reason_params", Text, nullable=False, default="{}"),
    Column("declined_at", String(32), nullable=False, default=""),
    CheckConstraint("status IN ('open', 'approved', 'declined')", name="known_status"),
    CheckConstraint("man_day > 0", name="man_day_positive"),
    CheckConstraint("fare >= 0", name="fare_not_negative"),
)
Index("ix_estimate_car_number", estimate.c.car_number)
Index("ix_estimate_receipt_id", estimate.c.receipt_id)

estimate_line = Table(
    "estimate_line",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("estimate_id", Integer, ForeignKey("estimate.id"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("kind", String(8), nullable=False),
    Column("description", String(120), nullable=False),
    Column("part_id", Integer, ForeignKey("part.id"), nullable=True),
    Column("part_code", String(40), nullable=False, default=""),
    Column("origin", String(1), nullable=False, default=""),
    Column("quantity", Integer, nullable=False),
    Column("unit_price", Money, nullable=False),
    CheckConstraint("kind IN ('labour', 'part')", name="known_kind"),
    CheckConstraint("quantity > 0", name="quantity_positive"),
    CheckConstraint("unit_price >= 0", name="unit_price_not_negative"),
)

#: The shop's menu of standard jobs (정비 메뉴), kept by the manager.
canned_job = Table(
    "canned_job",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(120), nullable=False, unique=True),
    Column("labour", Money, nullable=False),
    Column("man_day", Integer, nullable=False),
    CheckConstraint("labour >= 0", name="labour_not_negative"),
    CheckConstraint("man_day > 0", name="man_day_positive"),
)

canned_job_part = Table(
    "canned_job_part",
    metadata,
    Column("canned_job_id", Integer, ForeignKey("canned_job.id"), primary_key=True),
    Column("part_id", Integer, ForeignKey("part.id"), primary_key=True),
    Column("quantity", Integer, nullable=False),
    CheckConstraint("quantity > 0", name="quantity_positive"),
)

#: Work the bay found during a job (추가정비): billed only once the desk records the customer's consent.
additional_work = Table(
    "additional_work",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("job_id", Integer, ForeignKey("job.id"), nullable=False, index=True),
    Column("car_number", String(20), nullable=False, index=True),
    Column("description", String(120), nullable=False),
    Column("amount", Money, nullable=False),
    Column("proposed_by", String(80), nullable=False),
    Column("proposed_at", String(32), nullable=False),
    Column("status", String(16), nullable=False),
    Column("consent_how", String(16), nullable=False, default=""),
    Column("consent_by", String(80), nullable=False, default=""),
    Column("consent_at", String(32), nullable=False, default=""),
    Column("line_id", Integer, nullable=True),
    CheckConstraint("status IN ('proposed', 'approved', 'declined')", name="known_status"),
    CheckConstraint("amount >= 0", name="amount_not_negative"),
)

#: The parts a proposal takes besides its labour: requested on the job once the customer agrees.
additional_work_part = Table(
    "additional_work_part",
    metadata,
    Column("work_id", Integer, ForeignKey("additional_work.id"), primary_key=True),
    Column("part_id", Integer, ForeignKey("part.id"), primary_key=True),
    Column("quantity", Integer, nullable=False),
    CheckConstraint("quantity > 0", name="quantity_positive"),
)
