"""An in-memory `uow.customers` (app/customers/repository.py's methods), for the fake unit of work."""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

from app.persistence import Aggregate
from domain.customers.commands import unknown_customer, unknown_vehicle
from domain.customers.model import Customer, Vehicle


def _stored(aggregate: Any) -> Any:
    return dataclasses.replace(copy.deepcopy(aggregate), events=[])


class FakeCustomers:
    def __init__(self, seen: list[Aggregate]) -> None:
        self.seen = seen
        self.customers: dict[int, Customer | None] = {}
        self.vehicles: dict[int, Vehicle | None] = {}
        #: receipt id -> [vehicle_id, customer_id], as the receipts' columns would hold them
        self.moved: list[tuple[str, int, int]] = []

    def customer_id(self) -> int:
        new = len(self.customers) + 1
        self.customers[new] = None
        return new

    def vehicle_id(self) -> int:
        new = len(self.vehicles) + 1
        self.vehicles[new] = None
        return new

    def get_customer(self, customer_id: int, *, for_update: bool = False) -> Customer:
        found = self.customers.get(customer_id)
        if found is None:
            raise unknown_customer(customer_id)
        return self.seen_customer(_stored(found))

    def get_vehicle(self, vehicle_id: int, *, for_update: bool = False) -> Vehicle:
        found = self.vehicles.get(vehicle_id)
        if found is None:
            raise unknown_vehicle(vehicle_id)
        return self.seen_vehicle(_stored(found))

    def vehicle_id_by_number(self, car_number: str) -> int | None:
        return next((i for i, v in self.vehicles.items() if v is not None and v.car_number == car_number), None)

    def vehicle_by_number(self, car_number: str, *, for_update: bool = False) -> Vehicle | None:
        found = self.vehicle_id_by_number(car_number)
        return None if found is None else self.get_vehicle(found)

    def customer_by_phone(self, phone: str) -> Customer | None:
        live = [
            i
            for i, c in self.customers.items()
            if c is not None and phone and c.phone == phone and not c.anonymised and c.merged_into is None
        ]
        return self.get_customer(max(live)) if live else None

    def seen_customer(self, found: Customer) -> Customer:
        self.seen.append(found)
        return found

    def seen_vehicle(self, found: Vehicle) -> Vehicle:
        self.seen.append(found)
        return found

    def save_customer(self, person: Customer) -> None:
        self.customers[person.id] = _stored(person)

    def save_vehicle(self, car: Vehicle) -> None:
        self.vehicles[car.id] = _stored(car)

    def move_vehicle_references(self, gone_id: int, keep_id: int) -> None:
        self.moved.append(("vehicle", gone_id, keep_id))

    def move_customer_references(self, gone_id: int, keep_id: int) -> None:
        self.moved.append(("customer", gone_id, keep_id))
