"""One way to raise each refusal of the customers context, for tests/unit/test_texts.py's catalogue check."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from domain.customers import fields as check
from domain.customers.commands import (
    MergeVehicles,
    RecordConsent,
    RecordMileage,
    RegisterCustomer,
    RegisterVehicle,
    UpdateCustomer,
    car_number_taken,
    unknown_customer,
    unknown_vehicle,
)
from domain.customers.model import Customer, Vehicle
from domain.errors import DomainError

DAY = date(2026, 3, 2)


def _raise(error: DomainError) -> None:
    raise error


def _merged_customer() -> None:
    Customer(3, "Hong", merged_into=1).update(name="Kim")


def _erased_customer() -> None:
    Customer(3, "", anonymised=True).update(name="Kim")


def _merged_vehicle() -> None:
    Vehicle(3, "", merged_into=1).update(model="K5")


def _below_last() -> None:
    car = Vehicle(3, "12가3456")
    car.record_mileage(50_000, DAY)
    car.record_mileage(10_000, date(2026, 3, 3))


def _above_later() -> None:
    car = Vehicle(3, "12가3456")
    car.record_mileage(50_000, DAY)
    car.record_mileage(90_000, date(2026, 3, 1))


CUSTOMERS_MAKERS: list[Callable[[], object]] = [
    lambda: RegisterCustomer(" ").validated(),
    lambda: RegisterCustomer(12).validated(),  # type: ignore[arg-type]
    lambda: RegisterCustomer("H" * 81).validated(),
    lambda: RegisterCustomer("Ho\x00ng").validated(),
    lambda: UpdateCustomer(0).validated(),
    lambda: RecordMileage(1, "12").validated(),  # type: ignore[arg-type]
    lambda: RecordConsent(1, "yes").validated(),  # type: ignore[arg-type]
    lambda: RegisterVehicle("12가3456", year=1800).validated(),
    lambda: check.iso_date("2019/03/15", check.Field.FIRST_REGISTERED),
    lambda: RegisterVehicle(" - ").validated(),
    lambda: RegisterVehicle("12가#3456").validated(),
    lambda: RegisterVehicle("1").validated(),
    lambda: RegisterVehicle("12가3456", car_id="KMHO1234567890123").validated(),
    lambda: RegisterVehicle("12가3456", car_id="KMH123").validated(),
    lambda: RegisterCustomer("Hong", "010-abcd").validated(),
    lambda: RegisterCustomer("Hong", "12").validated(),
    lambda: RecordMileage(1, 2_000_001).validated(),
    _below_last,
    _above_later,
    lambda: MergeVehicles(2, 2).validated(),
    lambda: _raise(car_number_taken(4)),
    lambda: _raise(unknown_customer(4)),
    lambda: _raise(unknown_vehicle(4)),
    _erased_customer,
    _merged_customer,
    _merged_vehicle,
]
