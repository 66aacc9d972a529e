"""Tables of the mechanic context: mechanics and the man-days held for receipts."""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, Column, ForeignKey, Integer, String, Table

from app.metadata import metadata

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
