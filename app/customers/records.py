"""The register's records as the desk opens them: one customer, one vehicle, and customers found by text.

`find_vehicles` (app.customers.queries) finds cars; the register screen also
needs the fields a search row leaves out (a customer's note and consent, a
car's year and first registration, its former plates) and, to pick a new
owner or a duplicate person, customers found by name, phone or plate. Plain
rows only, never ORM objects; merged records are not offered.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, func, or_, select

from app.customers.queries import _like
from app.customers.tables import customer, vehicle, vehicle_former_number, vehicle_reading
from app.reception.tables import receipt
from domain.customers.commands import unknown_customer, unknown_vehicle
from domain.customers.identifiers import format_phone
from domain.customers.search import VehicleSearch

c = customer.c
v = vehicle.c
fn = vehicle_former_number.c
rd = vehicle_reading.c
r = receipt.c

CUSTOMER_LIMIT = 50


@dataclass(frozen=True)
class CarOfCustomer:
    vehicle_id: int
    car_number: str
    model: str


@dataclass(frozen=True)
class CustomerRecord:
    """One customer as the register holds them (phone for display), their cars and how many visits they made."""

    customer_id: int
    name: str
    phone: str
    note: str
    consent: bool
    consent_date: str | None  # the day of the last decision, given or withdrawn; None: never asked
    anonymised: bool
    anonymised_on: str | None
    merged_into: int | None
    cars: tuple[CarOfCustomer, ...] = ()
    visits: int = 0


@dataclass(frozen=True)
class VehicleRecord:
    """One vehicle as the register holds it, its former plates, last reading and number of visits."""

    vehicle_id: int
    car_number: str
    car_id: str
    model: str
    year: int | None
    first_registered: str | None
    owner_id: int | None
    merged_into: int | None
    former_numbers: tuple[str, ...] = ()
    last_mileage: int | None = None
    visits: int = 0


@dataclass(frozen=True)
class CustomerMatch:
    """A row of `find_customers()`: who, their phone for display, their cars' plates."""

    customer_id: int
    name: str
    phone: str
    car_numbers: str
    anonymised: bool = False


_CUSTOMER = select(customer).where(c.id == bindparam("cid"))
_CARS = select(v.id, v.car_number, v.model).where(v.owner_id == bindparam("cid")).order_by(v.id)
_CUSTOMER_VISITS = select(func.count()).select_from(receipt).where(r.customer_id == bindparam("cid"))
_VEHICLE = select(vehicle).where(v.id == bindparam("vid"))
_FORMERS = select(fn.car_number).where(fn.vehicle_id == bindparam("vid")).order_by(fn.seq)
_LAST_READING = select(rd.km).where(rd.vehicle_id == bindparam("vid")).order_by(rd.seq.desc()).limit(1)
_VEHICLE_VISITS = select(func.count()).select_from(receipt).where(r.vehicle_id == bindparam("vid"))


def customer_record(conn: Connection, customer_id: int) -> CustomerRecord:
    """The customer with this record number (an unknown one is refused with a sentence)."""
    row = conn.execute(_CUSTOMER, {"cid": customer_id}).first()
    if row is None:
        raise unknown_customer(customer_id)
    cars = tuple(
        CarOfCustomer(car.id, car.car_number or "", car.model)
        for car in conn.execute(_CARS, {"cid": customer_id})
        if car.car_number  # a car merged away has no plate of its own
    )
    return CustomerRecord(
        row.id,
        row.name,
        format_phone(row.phone or ""),
        row.note,
        bool(row.consent),
        row.consent_date,
        bool(row.anonymised),
        row.anonymised_on,
        row.merged_into,
        cars,
        int(conn.execute(_CUSTOMER_VISITS, {"cid": customer_id}).scalar() or 0),
    )


def vehicle_record(conn: Connection, vehicle_id: int) -> VehicleRecord:
    """The vehicle with this record number (an unknown one is refused with a sentence)."""
    row = conn.execute(_VEHICLE, {"vid": vehicle_id}).first()
    if row is None:
        raise unknown_vehicle(vehicle_id)
    return VehicleRecord(
        row.id,
        row.car_number or "",
        row.car_id,
        row.model,
        row.year,
        row.first_registered,
        row.owner_id,
        row.merged_into,
        tuple(n for (n,) in conn.execute(_FORMERS, {"vid": vehicle_id})),
        conn.execute(_LAST_READING, {"vid": vehicle_id}).scalar(),
        int(conn.execute(_VEHICLE_VISITS, {"vid": vehicle_id}).scalar() or 0),
    )


def find_customers(conn: Connection, text: object, limit: int = CUSTOMER_LIMIT) -> list[CustomerMatch]:
    """Live customers `text` finds by name, phone digits or one of their cars' plates; [] for blank text."""
    needle = VehicleSearch.of(text)
    if needle.blank:
        return []
    wanted = []
    if needle.name:
        wanted.append(func.lower(c.name).like(_like(needle.name), escape="\\"))
    if needle.digits:
        wanted.append(c.phone.like(_like(needle.digits), escape="\\"))
    if needle.car_number:
        owners = select(v.owner_id).where(v.car_number.like(_like(needle.car_number), escape="\\"))
        wanted.append(c.id.in_(owners))
    if not wanted:
        return []
    rows = conn.execute(
        select(c.id, c.name, c.phone, c.anonymised)
        .where(c.merged_into.is_(None), or_(*wanted))
        .order_by(c.id.desc())
        .limit(limit)
    ).all()
    plates: dict[int, list[str]] = {}
    if rows:
        ids = [row.id for row in rows]
        for owner, number in conn.execute(
            select(v.owner_id, v.car_number).where(v.owner_id.in_(ids), v.car_number.is_not(None)).order_by(v.id)
        ):
            plates.setdefault(owner, []).append(number)
    return [
        CustomerMatch(
            row.id, row.name, format_phone(row.phone or ""), ", ".join(plates.get(row.id, [])), bool(row.anonymised)
        )
        for row in rows
    ]
