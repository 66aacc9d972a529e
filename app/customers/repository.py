"""The customers context's register behind small, explicit SQL: customers, vehicles, readings, plates.

The aggregates (`Customer`, `Vehicle`) decide; the repository loads them,
hands them to the unit of work (which collects their events) and writes them
back whole. A vehicle's readings and former plates are a handful of rows, so
saving rewrites them. Uniqueness of a car number is the database's
(`vehicle.car_number` is unique); the handler asks first, so the desk gets a
sentence rather than a constraint error.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, insert, select, text, update

from app.customers.tables import customer, vehicle, vehicle_former_number, vehicle_reading
from app.persistence import Seen
from app.prepared import Prepared
from app.reception.tables import receipt
from domain.customers.commands import unknown_customer, unknown_vehicle
from domain.customers.identifiers import car_number_key
from domain.customers.model import Customer, FormerNumber, MileageReading, Vehicle

c = customer.c
v = vehicle.c
rd = vehicle_reading.c
fn = vehicle_former_number.c

_NEW_CUSTOMER = Prepared(insert(customer))
_NEW_VEHICLE = Prepared(insert(vehicle))
#: The highest id so far (SQLite: a new row's id is the highest + 1, writers taking turns).
_LAST_CUSTOMER_ID = Prepared(select(func.max(c.id)))
_LAST_VEHICLE_ID = Prepared(select(func.max(v.id)))
_CUSTOMER_ROW = select(customer).where(c.id == bindparam("cid"))
_CUSTOMER = Prepared(_CUSTOMER_ROW)
_CUSTOMER_LOCKED = Prepared(_CUSTOMER_ROW.with_for_update())
_VEHICLE_ROW = select(vehicle).where(v.id == bindparam("vid"))
_VEHICLE = Prepared(_VEHICLE_ROW)
_VEHICLE_LOCKED = Prepared(_VEHICLE_ROW.with_for_update())
_VEHICLE_BY_NUMBER = Prepared(select(v.id).where(v.car_number == bindparam("number")))
_CUSTOMER_BY_PHONE = Prepared(
    select(c.id)
    .where(c.phone == bindparam("phone"), c.merged_into.is_(None), c.anonymised.is_(False))
    .order_by(c.id.desc())
    .limit(1)
)
_READINGS = Prepared(
    select(rd.day, rd.km, rd.odometer_replaced).where(rd.vehicle_id == bindparam("vid")).order_by(rd.seq)
)
_FORMERS = Prepared(select(fn.car_number, fn.until).where(fn.vehicle_id == bindparam("vid")).order_by(fn.seq))
_SAVE_CUSTOMER = Prepared(
    update(customer)
    .where(c.id == bindparam("cid"))
    .values(
        name=bindparam("name"),
        phone=bindparam("phone"),
        note=bindparam("note"),
        consent=bindparam("consent"),
        consent_date=bindparam("consent_date"),
        anonymised=bindparam("anonymised"),
        anonymised_on=bindparam("anonymised_on"),
        merged_into=bindparam("merged_into"),
    )
)
_SAVE_VEHICLE = Prepared(
    update(vehicle)
    .where(v.id == bindparam("vid"))
    .values(
        car_number=bindparam("car_number"),
        car_key=bindparam("car_key"),
        car_id=bindparam("car_id"),
        model=bindparam("model"),
        year=bindparam("year"),
        first_registered=bindparam("first_registered"),
        owner_id=bindparam("owner_id"),
        merged_into=bindparam("merged_into"),
    )
)
_DROP_READINGS = Prepared(delete(vehicle_reading).where(rd.vehicle_id == bindparam("vid")))
_DROP_FORMERS = Prepared(delete(vehicle_former_number).where(fn.vehicle_id == bindparam("vid")))
_ADD_READING = insert(vehicle_reading)
_ADD_FORMER = insert(vehicle_former_number)
_MOVE_RECEIPTS_OF_VEHICLE = Prepared(
    update(receipt).where(receipt.c.vehicle_id == bindparam("gone")).values(vehicle_id=bindparam("keep"))
)
_MOVE_RECEIPTS_OF_CUSTOMER = Prepared(
    update(receipt).where(receipt.c.customer_id == bindparam("gone")).values(customer_id=bindparam("keep"))
)
_MOVE_VEHICLES_OF_CUSTOMER = Prepared(
    update(vehicle).where(v.owner_id == bindparam("gone")).values(owner_id=bindparam("keep"))
)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _text(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _reading_row(vehicle_id: int, seq: int, r: MileageReading) -> dict[str, object]:
    return {
        "vehicle_id": vehicle_id,
        "seq": seq,
        "day": r.day.isoformat(),
        "km": r.km,
        "odometer_replaced": r.odometer_replaced,
    }


def _former_row(vehicle_id: int, seq: int, f: FormerNumber) -> dict[str, object]:
    return {"vehicle_id": vehicle_id, "seq": seq, "car_number": f.car_number, "until": f.until.isoformat()}


class CustomerRepository:
    """`uow.customers`: the register's customers and vehicles."""

    def __init__(self, conn: Connection, seen: Seen | None = None, now: str = "") -> None:
        self.conn = conn
        self.seen: Seen = [] if seen is None else seen
        self.now = now
        #: vehicle id -> (readings, former numbers) as stored in this transaction (empty for a new vehicle)
        self._children: dict[int, tuple[list[MileageReading], list[FormerNumber]]] = {}
        #: Ids handed out for records not yet written: their first save is the row's INSERT.
        self._new_customers: set[int] = set()
        self._new_vehicles: set[int] = set()

    # -- new ids (domain.customers.linking.NewIds) ---------------------------------
    def customer_id(self) -> int:
        """A new customer's id; `save_customer` writes the row (one INSERT, not an INSERT and an UPDATE)."""
        customer_id = self._new_id("customer", _LAST_CUSTOMER_ID, self._new_customers)
        self._new_customers.add(customer_id)
        return customer_id

    def vehicle_id(self) -> int:
        """A new vehicle's id; `save_vehicle` writes the row."""
        vehicle_id = self._new_id("vehicle", _LAST_VEHICLE_ID, self._new_vehicles)
        self._new_vehicles.add(vehicle_id)
        self._children[vehicle_id] = ([], [])
        return vehicle_id

    def _new_id(self, table: str, last: Prepared, unwritten: set[int]) -> int:
        """The id the database would give the table's next row: its sequence's next value on PostgreSQL;
        on SQLite (whose new row gets the highest id + 1) the highest id + 1, past any handed out unwritten."""
        if self.conn.dialect.name == "postgresql":
            return int(self.conn.execute(text(f"SELECT nextval(pg_get_serial_sequence('{table}', 'id'))")).scalar_one())
        highest = last.run(self.conn).scalar()
        return max(int(highest or 0), *unwritten, 0) + 1

    # -- reads ---------------------------------------------------------------------
    def get_customer(self, customer_id: int, *, for_update: bool = False) -> Customer:
        row = (_CUSTOMER_LOCKED if for_update else _CUSTOMER).run(self.conn, {"cid": customer_id}).first()
        if row is None:
            raise unknown_customer(customer_id)
        return self.seen_customer(
            Customer(
                row.id,
                row.name,
                row.phone,
                row.note,
                bool(row.consent),
                _day(row.consent_date),
                bool(row.anonymised),
                _day(row.anonymised_on),
                row.merged_into,
            )
        )

    def get_vehicle(self, vehicle_id: int, *, for_update: bool = False) -> Vehicle:
        row = (_VEHICLE_LOCKED if for_update else _VEHICLE).run(self.conn, {"vid": vehicle_id}).first()
        if row is None:
            raise unknown_vehicle(vehicle_id)
        readings = [
            MileageReading(date.fromisoformat(r.day), r.km, bool(r.odometer_replaced))
            for r in _READINGS.run(self.conn, {"vid": vehicle_id})
        ]
        formers = [
            FormerNumber(f.car_number, date.fromisoformat(f.until))
            for f in _FORMERS.run(self.conn, {"vid": vehicle_id})
        ]
        self._children[vehicle_id] = (list(readings), list(formers))
        return self.seen_vehicle(
            Vehicle(
                row.id,
                row.car_number or "",
                row.car_id,
                row.model,
                row.year,
                _day(row.first_registered),
                row.owner_id,
                readings,
                formers,
                row.merged_into,
            )
        )

    def vehicle_id_by_number(self, car_number: str) -> int | None:
        """The vehicle holding `car_number` (normalised) today, or None."""
        found = _VEHICLE_BY_NUMBER.run(self.conn, {"number": car_number}).scalar()
        return None if found is None else int(found)

    def vehicle_by_number(self, car_number: str, *, for_update: bool = False) -> Vehicle | None:
        vehicle_id = self.vehicle_id_by_number(car_number)
        return None if vehicle_id is None else self.get_vehicle(vehicle_id, for_update=for_update)

    def customer_by_phone(self, phone: str) -> Customer | None:
        """The newest live customer with this phone (digits), or None."""
        if not phone:
            return None
        found = _CUSTOMER_BY_PHONE.run(self.conn, {"phone": phone}).scalar()
        return None if found is None else self.get_customer(int(found))

    def customer_exists(self, customer_id: int) -> bool:
        return self.conn.execute(select(c.id).where(c.id == customer_id)).first() is not None

    # -- writes --------------------------------------------------------------------
    def seen_customer(self, found: Customer) -> Customer:
        self.seen.append(found)
        return found

    def seen_vehicle(self, found: Vehicle) -> Vehicle:
        self.seen.append(found)
        return found

    def save_customer(self, person: Customer) -> None:
        values = {
            "name": person.name,
            "phone": person.phone,
            "note": person.note,
            "consent": person.consent,
            "consent_date": _text(person.consent_date),
            "anonymised": person.anonymised,
            "anonymised_on": _text(person.anonymised_on),
            "merged_into": person.merged_into,
        }
        if person.id in self._new_customers:
            _NEW_CUSTOMER.run(self.conn, {"id": person.id, **values, "created_at": self.now})
            self._new_customers.discard(person.id)
        else:
            _SAVE_CUSTOMER.run(self.conn, {"cid": person.id, **values})

    def save_vehicle(self, car: Vehicle) -> None:
        values = {
            "car_number": car.car_number or None,
            "car_key": car_number_key(car.car_number),
            "car_id": car.car_id,
            "model": car.model,
            "year": car.year,
            "first_registered": _text(car.first_registered),
            "owner_id": car.owner_id,
            "merged_into": car.merged_into,
        }
        if car.id in self._new_vehicles:
            _NEW_VEHICLE.run(self.conn, {"id": car.id, **values, "created_at": self.now})
            self._new_vehicles.discard(car.id)
        else:
            _SAVE_VEHICLE.run(self.conn, {"vid": car.id, **values})
        before = self._children.get(car.id)
        readings, formers = list(car.readings), list(car.former_numbers)
        self._children[car.id] = (readings, formers)
        self._write_children(car.id, before and before[0], readings, _DROP_READINGS, _ADD_READING, _reading_row)
        self._write_children(car.id, before and before[1], formers, _DROP_FORMERS, _ADD_FORMER, _former_row)

    def _write_children(
        self,
        vehicle_id: int,
        stored: list[Any] | None,
        now: list[Any],
        drop: Prepared,
        add: Any,
        row: Callable[[int, int, Any], dict[str, object]],
    ) -> None:
        """A vehicle's readings (or former numbers) as they are now: only the new ones when the
        stored ones are unchanged (the usual case: one reading more), else all of them again."""
        if stored is not None and now[: len(stored)] == stored:
            first = len(stored) + 1
        else:
            drop.run(self.conn, {"vid": vehicle_id})
            first = 1
        fresh = [row(vehicle_id, n, item) for n, item in enumerate(now[first - 1 :], start=first)]
        if fresh:
            self.conn.execute(add, fresh)

    def move_vehicle_references(self, gone_id: int, keep_id: int) -> None:
        """Receipts of a merged vehicle belong to the kept one (same transaction as the merge)."""
        _MOVE_RECEIPTS_OF_VEHICLE.run(self.conn, {"gone": gone_id, "keep": keep_id})

    def move_customer_references(self, gone_id: int, keep_id: int) -> None:
        """Receipts and cars of a merged customer belong to the kept one."""
        _MOVE_RECEIPTS_OF_CUSTOMER.run(self.conn, {"gone": gone_id, "keep": keep_id})
        _MOVE_VEHICLES_OF_CUSTOMER.run(self.conn, {"gone": gone_id, "keep": keep_id})
