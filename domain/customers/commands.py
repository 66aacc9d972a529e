"""Commands of the customers context (고객·차량). Each checks and normalises itself in `validated()`.

In the update commands None leaves a field as it is and '' clears it
(`year=0` clears the year). The refusals that need the database are raised by
the handlers with the errors built here: `car_number_taken`, `unknown_customer`,
`unknown_vehicle`.
"""

from __future__ import annotations

from dataclasses import dataclass

from domain.customers import fields as check
from domain.customers.fields import Field
from domain.customers.identifiers import normalise_car_number, normalise_phone, normalise_vin, require_mileage
from domain.errors import Conflict, InvalidInput, NotFound
from domain.messages import Command
from domain.texts import Message


@dataclass(frozen=True)
class RegisterCustomer(Command):
    """Put a customer on the register. Returns the customer id."""

    name: str
    phone: str = ""
    note: str = ""

    def validated(self) -> RegisterCustomer:
        return RegisterCustomer(check.customer_name(self.name), normalise_phone(self.phone), check.note(self.note))


@dataclass(frozen=True)
class RegisterVehicle(Command):
    """Put a vehicle on the register, owned by `customer_id` (None: owner not known). Returns the vehicle id.

    A car number belongs to one vehicle at a time: a number already held, or an
    unknown customer, is refused by the handler.
    """

    car_number: str
    customer_id: int | None = None
    car_id: str = ""
    model: str = ""
    year: int | None = None
    first_registered: str = ""

    def validated(self) -> RegisterVehicle:
        return RegisterVehicle(
            normalise_car_number(self.car_number),
            check.optional_record_id(self.customer_id, Field.CUSTOMER_ID),
            normalise_vin(self.car_id),
            check.model(self.model),
            None if self.year is None else check.model_year(self.year),
            _iso(self.first_registered),
        )


@dataclass(frozen=True)
class UpdateCustomer(Command):
    """Correct a customer's name, phone or note."""

    customer_id: int
    name: str | None = None
    phone: str | None = None
    note: str | None = None

    def validated(self) -> UpdateCustomer:
        return UpdateCustomer(
            check.record_id(self.customer_id, Field.CUSTOMER_ID),
            None if self.name is None else check.customer_name(self.name),
            None if self.phone is None else normalise_phone(self.phone),
            None if self.note is None else check.note(self.note),
        )


@dataclass(frozen=True)
class UpdateVehicle(Command):
    """Correct a vehicle's VIN, model, year or first registration date (its plate: `ChangeCarNumber`)."""

    vehicle_id: int
    car_id: str | None = None
    model: str | None = None
    year: int | None = None
    first_registered: str | None = None

    def validated(self) -> UpdateVehicle:
        return UpdateVehicle(
            check.record_id(self.vehicle_id, Field.VEHICLE_ID),
            None if self.car_id is None else normalise_vin(self.car_id),
            None if self.model is None else check.model(self.model),
            _year_or_clear(self.year),
            None if self.first_registered is None else _iso(self.first_registered),
        )


@dataclass(frozen=True)
class MergeCustomers(Command):
    """Record `merge_id` is the same person as `keep_id`: its cars and visits move to `keep_id`."""

    keep_id: int
    merge_id: int

    def validated(self) -> MergeCustomers:
        return MergeCustomers(*_two_records(self.keep_id, self.merge_id))


@dataclass(frozen=True)
class MergeVehicles(Command):
    """Record `merge_id` is the same car as `keep_id`: its visits and readings move to `keep_id`."""

    keep_id: int
    merge_id: int

    def validated(self) -> MergeVehicles:
        return MergeVehicles(*_two_records(self.keep_id, self.merge_id))


@dataclass(frozen=True)
class EraseCustomer(Command):
    """Erase a customer's name, phone and note at their request (개인정보 보호법 §36); see docs/privacy.md."""

    customer_id: int

    def validated(self) -> EraseCustomer:
        return EraseCustomer(check.record_id(self.customer_id, Field.CUSTOMER_ID))


@dataclass(frozen=True)
class RecordConsent(Command):
    """The customer agrees (True) or declines (False) to be contacted; dated by the handler's clock."""

    customer_id: int
    consent: bool

    def validated(self) -> RecordConsent:
        return RecordConsent(
            check.record_id(self.customer_id, Field.CUSTOMER_ID), check.yes_no(self.consent, Field.CONSENT)
        )


@dataclass(frozen=True)
class ChangeVehicleOwner(Command):
    """The car changed hands; None when the new owner is not known."""

    vehicle_id: int
    customer_id: int | None

    def validated(self) -> ChangeVehicleOwner:
        return ChangeVehicleOwner(
            check.record_id(self.vehicle_id, Field.VEHICLE_ID),
            check.optional_record_id(self.customer_id, Field.CUSTOMER_ID),
        )


@dataclass(frozen=True)
class ChangeCarNumber(Command):
    """The car got a new plate; its history follows it. A number held by another vehicle is refused."""

    vehicle_id: int
    car_number: str

    def validated(self) -> ChangeCarNumber:
        return ChangeCarNumber(
            check.record_id(self.vehicle_id, Field.VEHICLE_ID),
            normalise_car_number(self.car_number, Field.NEW_CAR_NUMBER),
        )


@dataclass(frozen=True)
class RecordMileage(Command):
    """An odometer reading taken outside a repair request (the request carries its own)."""

    vehicle_id: int
    mileage: int
    odometer_replaced: bool = False

    def validated(self) -> RecordMileage:
        return RecordMileage(
            check.record_id(self.vehicle_id, Field.VEHICLE_ID),
            require_mileage(self.mileage),
            check.yes_no(self.odometer_replaced, Field.ODOMETER_REPLACED),
        )


COMMANDS: tuple[type[Command], ...] = (
    RegisterCustomer,
    RegisterVehicle,
    UpdateCustomer,
    UpdateVehicle,
    MergeCustomers,
    MergeVehicles,
    EraseCustomer,
    RecordConsent,
    ChangeVehicleOwner,
    ChangeCarNumber,
    RecordMileage,
)


def car_number_taken(vehicle_id: int, field: Message = Field.CAR_NUMBER) -> Conflict:
    """The refusal when a car number is already held by vehicle `vehicle_id`."""
    return Conflict("customers.car_number_taken", field=field, vehicle_id=vehicle_id)


def unknown_customer(customer_id: int) -> NotFound:
    return NotFound("customers.unknown_customer", field=Field.CUSTOMER_ID, customer_id=customer_id)


def unknown_vehicle(vehicle_id: int, field: Message = Field.VEHICLE_ID) -> NotFound:
    return NotFound("customers.unknown_vehicle", field=field, vehicle_id=vehicle_id)


def _two_records(keep_id: object, merge_id: object) -> tuple[int, int]:
    keep, merge = check.record_id(keep_id, Field.KEEP_ID), check.record_id(merge_id, Field.MERGE_ID)
    if keep == merge:
        raise InvalidInput("customers.merge_into_itself", field=Field.MERGE_ID)
    return keep, merge


def _year_or_clear(value: object) -> int | None:
    if value is None or (type(value) is int and value == 0):
        return value
    return check.model_year(value)


def _iso(value: object) -> str:
    day = check.iso_date(value, Field.FIRST_REGISTERED)
    return day.isoformat() if day else ""
