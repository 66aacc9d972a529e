"""Tables of the customers context: the register of customers and vehicles, readings and former plates.

A car number belongs to one vehicle at a time: `vehicle.car_number` is unique,
and NULL on a record merged away (NULLs never collide, in SQLite and
PostgreSQL alike). `car_key` is the number's last four digits, the usual
search at the desk, so that search is an index lookup.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, ForeignKey, Index, Integer, String, Table, Text

from app.metadata import metadata

customer = Table(
    "customer",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(80), nullable=False, default=""),
    Column("phone", String(20), nullable=False, default=""),  # digits only (see domain.customers.identifiers)
    Column("note", Text, nullable=False, default=""),
    Column("consent", Boolean, nullable=False, default=False),
    Column("consent_date", String(10), nullable=True),
    Column("anonymised", Boolean, nullable=False, default=False),
    Column("anonymised_on", String(10), nullable=True),
    Column("merged_into", Integer, ForeignKey("customer.id"), nullable=True),
    Column("created_at", String(32), nullable=False),
)

Index("ix_customer_phone", customer.c.phone)


vehicle = Table(
    "vehicle",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("car_number", String(20), nullable=True, unique=True),
    Column("car_key", String(4), nullable=False, default="", index=True),
    Column("car_id", String(17), nullable=False, default=""),  # the VIN
    Column("model", String(80), nullable=False, default=""),
    Column("year", Integer, nullable=True),
    Column("first_registered", String(10), nullable=True),
    Column("owner_id", Integer, ForeignKey("customer.id"), nullable=True, index=True),
    Column("merged_into", Integer, ForeignKey("vehicle.id"), nullable=True),
    Column("created_at", String(32), nullable=False),
)


vehicle_reading = Table(
    "vehicle_reading",
    metadata,
    Column("vehicle_id", Integer, ForeignKey("vehicle.id"), primary_key=True),
    Column("seq", Integer, primary_key=True, autoincrement=False),  # date order, as the aggregate keeps them
    Column("day", String(10), nullable=False),
    Column("km", Integer, nullable=False),
    Column("odometer_replaced", Boolean, nullable=False, default=False),
)


vehicle_former_number = Table(
    "vehicle_former_number",
    metadata,
    Column("vehicle_id", Integer, ForeignKey("vehicle.id"), primary_key=True),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("car_number", String(20), nullable=False, index=True),
    Column("until", String(10), nullable=False),
)
