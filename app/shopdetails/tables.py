"""The shop-details context's one table: the letterhead, one row (id 1), absent until a manager sets it."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Column, Integer, String, Table

from app.metadata import metadata

shop_details = Table(
    "shop_details",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("name", String(60), nullable=False),
    Column("address", String(200), nullable=False, default=""),
    Column("business_no", String(12), nullable=False, default=""),
    Column("phone", String(20), nullable=False, default=""),
    Column("owner", String(40), nullable=False, default=""),
    Column("repair_registration_no", String(40), nullable=False, default=""),
    Column("updated_at", String(32), nullable=False),
    CheckConstraint("id = 1", name="one_row"),
)
