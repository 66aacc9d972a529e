"""customers: the register of customers and vehicles; receipts link to it and carry a mileage

Creates customer, vehicle, vehicle_reading and vehicle_former_number, and gives
receipt `vehicle_id`, `customer_id` and `mileage`. An existing shop's receipts
are then linked, oldest first, by the same rules a new request follows
(domain.customers.linking): one vehicle per car number, its customer the one
who first brought it (or, for a new car, a customer with the same phone and
name). What was typed stays on each receipt. A receipt whose car number the
register's rules refuse (blank or only punctuation) is left unlinked; a phone
or VIN they refuse is left off the register. No event is written: the log
records what people did, and nobody did this.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 04:30:00
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "customer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.Column("consent_date", sa.String(length=10), nullable=True),
        sa.Column("anonymised", sa.Boolean(), nullable=False),
        sa.Column("anonymised_on", sa.String(length=10), nullable=True),
        sa.Column("merged_into", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["merged_into"], ["customer.id"], name="fk_customer_merged_into_customer"),
        sa.PrimaryKeyConstraint("id", name="pk_customer"),
    )
    op.create_index("ix_customer_phone", "customer", ["phone"])
    op.create_table(
        "vehicle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("car_number", sa.String(length=20), nullable=True),
        sa.Column("car_key", sa.String(length=4), nullable=False),
        sa.Column("car_id", sa.String(length=17), nullable=False),
        sa.Column("model", sa.String(length=80), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("first_registered", sa.String(length=10), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("merged_into", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["merged_into"], ["vehicle.id"], name="fk_vehicle_merged_into_vehicle"),
        sa.ForeignKeyConstraint(["owner_id"], ["customer.id"], name="fk_vehicle_owner_id_customer"),
        sa.PrimaryKeyConstraint("id", name="pk_vehicle"),
        sa.UniqueConstraint("car_number", name="uq_vehicle_car_number"),
    )
    op.create_index("ix_vehicle_car_key", "vehicle", ["car_key"])
    op.create_index("ix_vehicle_owner_id", "vehicle", ["owner_id"])
    op.create_table(
        "vehicle_reading",
        sa.Column("vehicle_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("km", sa.Integer(), nullable=False),
        sa.Column("odometer_replaced", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["vehicle_id"], ["vehicle.id"], name="fk_vehicle_reading_vehicle_id_vehicle"),
        sa.PrimaryKeyConstraint("vehicle_id", "seq", name="pk_vehicle_reading"),
    )
    op.create_table(
        "vehicle_former_number",
        sa.Column("vehicle_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("car_number", sa.String(length=20), nullable=False),
        sa.Column("until", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(["vehicle_id"], ["vehicle.id"], name="fk_vehicle_former_number_vehicle_id_vehicle"),
        sa.PrimaryKeyConstraint("vehicle_id", "seq", name="pk_vehicle_former_number"),
    )
    op.create_index("ix_vehicle_former_number_car_number", "vehicle_former_number", ["car_number"])
    with op.batch_alter_table("receipt") as batch:
        batch.add_column(sa.Column("vehicle_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("customer_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("mileage", sa.Integer(), nullable=True))
    op.create_index("ix_receipt_vehicle_visits", "receipt", ["vehicle_id", "requested_at"])
    op.create_index("ix_receipt_customer_id", "receipt", ["customer_id"])
    if op.get_bind().dialect.name == "sqlite":
        # The trigram search index (app/customers/search_index.py), kept by triggers, so it fills itself below.
        from app.customers.search_index import create_statements

        for statement in create_statements():
            op.execute(statement)
    link_existing_receipts(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        from app.customers.search_index import drop_statements

        for statement in drop_statements():
            op.execute(statement)
    op.drop_index("ix_receipt_customer_id", table_name="receipt")
    op.drop_index("ix_receipt_vehicle_visits", table_name="receipt")
    with op.batch_alter_table("receipt") as batch:
        batch.drop_column("mileage")
        batch.drop_column("customer_id")
        batch.drop_column("vehicle_id")
    op.drop_index("ix_vehicle_former_number_car_number", table_name="vehicle_former_number")
    op.drop_table("vehicle_former_number")
    op.drop_table("vehicle_reading")
    op.drop_index("ix_vehicle_owner_id", table_name="vehicle")
    op.drop_index("ix_vehicle_car_key", table_name="vehicle")
    op.drop_table("vehicle")
    op.drop_index("ix_customer_phone", table_name="customer")
    op.drop_table("customer")


# The tables as this revision knows them (not app.schema's: a later revision may change those).
_receipt = sa.table(
    "receipt",
    sa.column("id", sa.Integer),
    sa.column("customer_name", sa.String),
    sa.column("customer_phone", sa.String),
    sa.column("car_number", sa.String),
    sa.column("car_id", sa.String),
    sa.column("requested_at", sa.String),
    sa.column("vehicle_id", sa.Integer),
    sa.column("customer_id", sa.Integer),
)
_customer = sa.table(
    "customer",
    sa.column("id", sa.Integer),
    sa.column("name", sa.String),
    sa.column("phone", sa.String),
    sa.column("note", sa.Text),
    sa.column("consent", sa.Boolean),
    sa.column("anonymised", sa.Boolean),
    sa.column("created_at", sa.String),
)
_vehicle = sa.table(
    "vehicle",
    sa.column("id", sa.Integer),
    sa.column("car_number", sa.String),
    sa.column("car_key", sa.String),
    sa.column("car_id", sa.String),
    sa.column("model", sa.String),
    sa.column("owner_id", sa.Integer),
    sa.column("created_at", sa.String),
)


class _Ids:
    """New register ids, counted here: the tables are empty at this revision."""

    def __init__(self) -> None:
        self.customers = 0
        self.vehicles = 0

    def customer_id(self) -> int:
        self.customers += 1
        return self.customers

    def vehicle_id(self) -> int:
        self.vehicles += 1
        return self.vehicles


def link_existing_receipts(conn: sa.Connection) -> None:
    """Link every receipt, oldest first, to the vehicle and customer a new request would have found or made."""
    from domain.customers.identifiers import car_number_key, normalise_car_number, normalise_phone
    from domain.customers.linking import TypedRequest, link_repair
    from domain.customers.model import Customer, Vehicle
    from domain.errors import InvalidInput

    ids = _Ids()
    vehicles: dict[str, Vehicle] = {}
    customers: dict[int, Customer] = {}
    by_phone: dict[str, Customer] = {}
    created: dict[int, str] = {}
    links: list[dict[str, int]] = []
    rows = conn.execute(
        sa.select(
            _receipt.c.id,
            _receipt.c.customer_name,
            _receipt.c.customer_phone,
            _receipt.c.car_number,
            _receipt.c.car_id,
            _receipt.c.requested_at,
        ).order_by(_receipt.c.id)
    )
    for row in rows:
        try:
            number = normalise_car_number(row.car_number)
            car = vehicles.get(number)
            if car is not None:
                owner = customers.get(car.owner_id) if car.owner_id is not None else None
            else:
                try:
                    owner = by_phone.get(normalise_phone(row.customer_phone or ""))
                except InvalidInput:
                    owner = None
            typed = TypedRequest(row.customer_name, number, row.customer_phone or "", row.car_id or "")
            link = link_repair(typed, car, owner, _day(row.requested_at), ids)
        except InvalidInput:
            continue  # a receipt the register cannot hold stays as typed, unlinked
        vehicles[link.vehicle.car_number] = link.vehicle
        customers[link.customer.id] = link.customer
        if link.customer.phone:
            by_phone[link.customer.phone] = link.customer
        created.setdefault(link.customer.id, row.requested_at)
        created.setdefault(-link.vehicle.id, row.requested_at)
        links.append({"rid": row.id, "vid": link.vehicle.id, "cid": link.customer.id})
    if customers:
        conn.execute(
            sa.insert(_customer),
            [
                {
                    "id": p.id,
                    "name": p.name,
                    "phone": p.phone,
                    "note": "",
                    "consent": False,
                    "anonymised": False,
                    "created_at": created[p.id],
                }
                for p in sorted(customers.values(), key=lambda p: p.id)
            ],
        )
    if vehicles:
        conn.execute(
            sa.insert(_vehicle),
            [
                {
                    "id": v.id,
                    "car_number": v.car_number,
                    "car_key": car_number_key(v.car_number),
                    "car_id": v.car_id,
                    "model": v.model,
                    "owner_id": v.owner_id,
                    "created_at": created[-v.id],
                }
                for v in sorted(vehicles.values(), key=lambda v: v.id)
            ],
        )
    if links:
        conn.execute(
            sa.update(_receipt)
            .where(_receipt.c.id == sa.bindparam("rid"))
            .values(vehicle_id=sa.bindparam("vid"), customer_id=sa.bindparam("cid")),
            links,
        )
    if conn.dialect.name == "postgresql":  # ids were given here: move the sequences past them
        for table in ("customer", "vehicle"):
            conn.execute(
                sa.text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
                )
            )


def _day(stamp: str) -> date:
    return date.fromisoformat(stamp[:10])
