"""Tables of the billing context: the open bill's labour and discount lines.

A part line of an open bill is the jobs context's provided part request (its
price frozen there); the invoice's lines, all three kinds, are `invoice_line`
rows written once when the invoice is issued.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Column, ForeignKey, Integer, String, Table

from app.metadata import Money, metadata

bill_line = Table(
    "bill_line",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),  # from the 'bill-line' number series
    Column("job_id", Integer, ForeignKey("job.id"), nullable=False, index=True),
    Column("receipt_id", Integer, nullable=False),
    Column("kind", String(12), nullable=False),
    Column("description", String(120), nullable=False, default=""),
    Column("amount", Money, nullable=False, default=0),  # labour: what it charges; discount: won off (or 0)
    Column("percent", String(12), nullable=False, default="0"),  # discount: percent off, as text ('12.5')
    Column("on_line", Integer, nullable=False, default=0),  # discount: the line it applies to, 0 the whole bill
    Column("added_by", String(80), nullable=False, default=""),
    Column("added_at", String(32), nullable=False),
    CheckConstraint("kind IN ('labour', 'discount')", name="kind_known"),
    CheckConstraint("amount >= 0", name="amount_not_negative"),
)

#: The number series bill line ids are drawn from (ids unique across every bill).
LINE_SERIES = "bill-line"
