"""Events of the customers context (고객·차량).

Who gave the command and when is the event log's business; an event says what
changed. `changes` maps a field to ``{"old": …, "new": …}`` (dates as
'YYYY-MM-DD', plain JSON values only, so an event survives the log unchanged).

A customer's name, phone and note never enter an event: the event log is
append-only and cannot forget, while the law lets a customer have these
erased (see docs/privacy.md). A change to one of them is recorded as
``{"redacted": True}``: the log proves that the phone was changed, by whom
and when, but not what it was. Car numbers, VINs and readings belong to the
vehicle and stay on the repair statements the law makes the shop keep.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypeAlias

from domain.messages import Event

Value: TypeAlias = str | int | bool | None
#: field → {"old": value, "new": value}, or {"redacted": True} for personal data
Changes: TypeAlias = dict[str, dict[str, Value]]
#: the fields of a customer that identify a person, kept out of every event
PERSONAL_FIELDS = ("name", "phone", "note")
REDACTED: dict[str, Value] = {"redacted": True}


def plain(value: object) -> Value:
    """A field's value as an event holds it: dates as 'YYYY-MM-DD'."""
    if isinstance(value, date):
        return value.isoformat()
    if value is None or isinstance(value, str | int | bool):
        return value
    raise TypeError(f"an event cannot hold a {type(value).__name__}")


@dataclass(frozen=True)
class CustomersEvent(Event):
    context = "customers"


@dataclass(frozen=True)
class CustomerRegistered(CustomersEvent):
    customer_id: int


@dataclass(frozen=True)
class CustomerUpdated(CustomersEvent):
    customer_id: int
    changes: Changes


@dataclass(frozen=True)
class ConsentRecorded(CustomersEvent):
    """The customer agreed (`consent` True) or declined to be contacted, on `day`."""

    customer_id: int
    consent: bool
    day: str


@dataclass(frozen=True)
class CustomerErased(CustomersEvent):
    """Name, phone and note were erased at the customer's request; the record's id stays."""

    customer_id: int
    day: str


@dataclass(frozen=True)
class CustomersMerged(CustomersEvent):
    """Record `merged_id` was the same person as `keep_id`: its visits and cars now belong to `keep_id`."""

    keep_id: int
    merged_id: int
    changes: Changes


@dataclass(frozen=True)
class VehicleRegistered(CustomersEvent):
    vehicle_id: int
    car_number: str
    customer_id: int | None = None
    car_id: str = ""
    model: str = ""
    year: int | None = None
    first_registered: str = ""


@dataclass(frozen=True)
class VehicleUpdated(CustomersEvent):
    vehicle_id: int
    changes: Changes


@dataclass(frozen=True)
class MileageRecorded(CustomersEvent):
    vehicle_id: int
    mileage: int
    day: str
    odometer_replaced: bool = False


@dataclass(frozen=True)
class VehicleOwnerChanged(CustomersEvent):
    vehicle_id: int
    old_customer_id: int | None
    new_customer_id: int | None
    day: str


@dataclass(frozen=True)
class CarNumberChanged(CustomersEvent):
    """The vehicle got a new plate; its history stays with it."""

    vehicle_id: int
    old_number: str
    new_number: str
    day: str


@dataclass(frozen=True)
class VehiclesMerged(CustomersEvent):
    """Record `merged_id` (plate `merged_number`) was the same car as `keep_id`; its visits are `keep_id`'s now."""

    keep_id: int
    merged_id: int
    merged_number: str
    changes: Changes
    readings_added: int = 0


EVENTS: tuple[type[CustomersEvent], ...] = (
    CustomerRegistered,
    CustomerUpdated,
    ConsentRecorded,
    CustomerErased,
    CustomersMerged,
    VehicleRegistered,
    VehicleUpdated,
    MileageRecorded,
    VehicleOwnerChanged,
    CarNumberChanged,
    VehiclesMerged,
)
