"""Tables of the vehicle-parts context: the catalogue and its stock."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Column, Integer, String, Table

from app.metadata import Money, metadata

part = Table(
    "part",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("part_code", String(40), nullable=False, unique=True),
    Column("name", String(120), nullable=False),
    Column("price", Money, nullable=False),
    Column("stock", Integer, nullable=False),
    Column("low_stock", Integer, nullable=False, default=0),
    # 부품 구분: A new genuine, B remanufactured, C used/reconditioned, D certified alternative, F imported.
    Column("origin", String(1), nullable=False, server_default="A"),
    CheckConstraint("stock >= 0", name="stock_not_negative"),
    CheckConstraint("price >= 0", name="price_not_negative"),
    CheckConstraint("origin IN ('A', 'B', 'C', 'D', 'F')", name="known_origin"),
)
