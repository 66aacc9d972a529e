"""Tables of the vehicle-parts context: the catalogue and its stock."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Column, ForeignKey, Integer, String, Table

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
    # What the stock on the shelf cost, a moving average over deliveries (won; 0 until a delivery says).
    Column("unit_cost", Money, nullable=False, default=0, server_default="0"),
    CheckConstraint("stock >= 0", name="stock_not_negative"),
    CheckConstraint("price >= 0", name="price_not_negative"),
    CheckConstraint("origin IN ('A', 'B', 'C', 'D', 'F')", name="known_origin"),
)


# Every delivery (입고) that said what it cost: the reports value stock and margins from it.
part_delivery = Table(
    "part_delivery",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("part_id", Integer, ForeignKey("part.id"), nullable=False, index=True),
    Column("quantity", Integer, nullable=False),
    Column("unit_cost", Money, nullable=False),
    Column("delivered_at", String(32), nullable=False),
    CheckConstraint("quantity > 0", name="quantity_positive"),
    CheckConstraint("unit_cost >= 0", name="unit_cost_not_negative"),
)
