"""The shop's register: customers, and vehicles with their plates, owners and odometer readings.

The aggregates normalise what they are given through `domain.customers.identifiers`
(so a caller that skipped a command's `validated()` still stores clean values),
check the rules that need the record's state, change it and record events.
Rules that need other rows — a car number held by another vehicle, an unknown
customer id — are the repository's: the handler raises
`customers.car_number_taken` / `customers.unknown_customer` (see `commands.py`).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date

from domain.customers import fields as check
from domain.customers.events import (
    PERSONAL_FIELDS,
    REDACTED,
    CarNumberChanged,
    Changes,
    ConsentRecorded,
    CustomerErased,
    CustomerRegistered,
    CustomerUpdated,
    MileageRecorded,
    VehicleOwnerChanged,
    VehicleRegistered,
    VehicleUpdated,
    plain,
)
from domain.customers.fields import Field
from domain.customers.identifiers import (
    format_phone,
    normalise_car_number,
    normalise_phone,
    normalise_vin,
    require_mileage,
)
from domain.errors import Conflict, IllegalTransition
from domain.messages import Event


class MileageBelowLast(Conflict):
    """A reading lower than the one before it: the desk asks whether the odometer was replaced.

    Sent again with `odometer_replaced=True`, the same reading is recorded.
    """


@dataclass
class Customer:
    """A person (or company) the shop works for. `phone` is stored as digits (see identifiers)."""

    id: int
    name: str
    phone: str = ""
    note: str = ""
    consent: bool = False
    #: the day of the last consent decision, given or withdrawn (None: never asked)
    consent_date: date | None = None
    anonymised: bool = False
    anonymised_on: date | None = None
    #: set when this record was merged into another: the id to use instead
    merged_into: int | None = None
    events: list[Event] = field(default_factory=list, repr=False, compare=False)

    @classmethod
    def register(cls, customer_id: int, name: str, phone: str = "", note: str = "") -> Customer:
        customer = cls(customer_id, check.customer_name(name), normalise_phone(phone), check.note(note))
        customer.events.append(CustomerRegistered(customer_id))
        return customer

    @property
    def phone_display(self) -> str:
        return format_phone(self.phone)

    def update(self, name: str | None = None, phone: str | None = None, note: str | None = None) -> bool:
        """Correct name, phone or note (None leaves a field as it is, '' clears phone or note).

        Returns False, recording nothing, when nothing changes.
        """
        self.ensure_live()
        wanted = {
            "name": self.name if name is None else check.customer_name(name),
            "phone": self.phone if phone is None else normalise_phone(phone),
            "note": self.note if note is None else check.note(note),
        }
        changes: Changes = {f: dict(REDACTED) for f in PERSONAL_FIELDS if wanted[f] != getattr(self, f)}
        if not changes:
            return False
        self.name, self.phone, self.note = wanted["name"], wanted["phone"], wanted["note"]
        self.events.append(CustomerUpdated(self.id, changes))
        return True

    def give_consent(self, day: date) -> bool:
        """The customer agrees to be contacted (reminders, offers) from `day`."""
        return self._decide_consent(True, day)

    def withdraw_consent(self, day: date) -> bool:
        return self._decide_consent(False, day)

    def _decide_consent(self, consent: bool, day: date) -> bool:
        self.ensure_live()
        if self.consent is consent and self.consent_date == day:
            return False
        self.consent, self.consent_date = consent, day
        self.events.append(ConsentRecorded(self.id, consent, day.isoformat()))
        return True

    def anonymise(self, day: date) -> bool:
        """Erase name, phone and note at the customer's request; the id, and what points at it, stay.

        Receipts, invoices and repair statements keep what was written on them
        (the law makes the shop keep those; docs/privacy.md). Erasing twice is a
        no-op (returns False).
        """
        self._ensure_not_merged()
        if self.anonymised:
            return False
        self.name = self.phone = self.note = ""
        self.consent, self.consent_date = False, None
        self.anonymised, self.anonymised_on = True, day
        self.events.append(CustomerErased(self.id, day.isoformat()))
        return True

    def ensure_live(self) -> None:
        """Refuse to change a record that was merged away or erased."""
        self._ensure_not_merged()
        if self.anonymised:
            raise IllegalTransition("customers.customer_erased", field=Field.CUSTOMER_ID, customer_id=self.id)

    def _ensure_not_merged(self) -> None:
        if self.merged_into is not None:
            raise IllegalTransition(
                "customers.customer_merged", field=Field.CUSTOMER_ID, customer_id=self.id, into_id=self.merged_into
            )


@dataclass(frozen=True)
class MileageReading:
    day: date
    km: int
    odometer_replaced: bool = False


@dataclass(frozen=True)
class FormerNumber:
    """A plate the vehicle carried until `until` (a change of number, or a merged duplicate)."""

    car_number: str
    until: date


@dataclass
class Vehicle:
    """A car, whatever plate it carries and whoever owns it: its history follows it."""

    id: int
    car_number: str
    car_id: str = ""  # the VIN (차대번호); `car_id` as on the receipt
    model: str = ""
    year: int | None = None
    first_registered: date | None = None
    owner_id: int | None = None
    #: in date order; on one day, in the order recorded
    readings: list[MileageReading] = field(default_factory=list)
    former_numbers: list[FormerNumber] = field(default_factory=list)
    merged_into: int | None = None
    events: list[Event] = field(default_factory=list, repr=False, compare=False)

    @classmethod
    def register(
        cls,
        vehicle_id: int,
        car_number: str,
        owner_id: int | None = None,
        car_id: str = "",
        model: str = "",
        year: int | None = None,
        first_registered: date | str | None = None,
    ) -> Vehicle:
        vehicle = cls(
            vehicle_id,
            normalise_car_number(car_number),
            normalise_vin(car_id),
            check.model(model),
            None if year is None else check.model_year(year),
            check.iso_date(first_registered, Field.FIRST_REGISTERED),
            check.optional_record_id(owner_id, Field.CUSTOMER_ID),
        )
        vehicle.events.append(
            VehicleRegistered(
                vehicle_id,
                vehicle.car_number,
                vehicle.owner_id,
                vehicle.car_id,
                vehicle.model,
                vehicle.year,
                _iso(vehicle.first_registered),
            )
        )
        return vehicle

    @property
    def vin(self) -> str:
        return self.car_id

    @property
    def last_reading(self) -> MileageReading | None:
        return self.readings[-1] if self.readings else None

    @property
    def mileage(self) -> int | None:
        """The latest odometer reading in km (None: never read)."""
        return self.readings[-1].km if self.readings else None

    def update(
        self,
        car_id: str | None = None,
        model: str | None = None,
        year: int | None = None,
        first_registered: date | str | None = None,
    ) -> bool:
        """Correct VIN, model, year or first registration date.

        None leaves a field as it is; '' clears a text or the date, `year=0`
        clears the year (no car is from year 0). Returns False when nothing changes.
        """
        self.ensure_live()
        wanted: dict[str, object] = {
            "car_id": self.car_id if car_id is None else normalise_vin(car_id),
            "model": self.model if model is None else check.model(model),
            "year": self.year if year is None else _year_or_none(year),
            "first_registered": self.first_registered
            if first_registered is None
            else check.iso_date(first_registered, Field.FIRST_REGISTERED),
        }
        changes: Changes = {
            name: {"old": plain(getattr(self, name)), "new": plain(new)}
            for name, new in wanted.items()
            if new != getattr(self, name)
        }
        if not changes:
            return False
        for name, new in wanted.items():
            setattr(self, name, new)
        self.events.append(VehicleUpdated(self.id, changes))
        return True

    def record_mileage(self, km: int, day: date, odometer_replaced: bool = False) -> bool:
        """Add an odometer reading taken on `day`.

        A reading lower than the one before it is refused (`MileageBelowLast`)
        unless `odometer_replaced`: the desk asks, then sends it again confirmed.
        One higher than a later reading is refused too (the later one is not
        a replacement, so one of the two is a typing slip). The same reading
        twice on a day is recorded once (returns False).
        """
        self.ensure_live()
        km = require_mileage(km)
        reading = MileageReading(day, km, bool(odometer_replaced))
        if any(r.day == day and r.km == km for r in self.readings):
            return False
        at = bisect.bisect_right([r.day for r in self.readings], day)
        before = self.readings[at - 1] if at else None
        after = self.readings[at] if at < len(self.readings) else None
        if before is not None and km < before.km and not reading.odometer_replaced:
            raise MileageBelowLast(
                "customers.mileage_below_last",
                field=Field.MILEAGE,
                km=km,
                last_km=before.km,
                last_day=before.day.isoformat(),
            )
        if after is not None and km > after.km and not after.odometer_replaced:
            raise Conflict(
                "customers.mileage_above_later",
                field=Field.MILEAGE,
                km=km,
                next_km=after.km,
                next_day=after.day.isoformat(),
            )
        self.readings.insert(at, reading)
        self.events.append(MileageRecorded(self.id, km, day.isoformat(), reading.odometer_replaced))
        return True

    def change_owner(self, customer_id: int | None, day: date) -> bool:
        """The car was sold or handed on (None: the new owner is not known yet)."""
        self.ensure_live()
        customer_id = check.optional_record_id(customer_id, Field.CUSTOMER_ID)
        if customer_id == self.owner_id:
            return False
        old, self.owner_id = self.owner_id, customer_id
        self.events.append(VehicleOwnerChanged(self.id, old, customer_id, day.isoformat()))
        return True

    def change_number(self, new_number: str, day: date) -> bool:
        """The car got a new plate (re-registration, a move, a vanity number); its history stays."""
        self.ensure_live()
        new_number = normalise_car_number(new_number, Field.NEW_CAR_NUMBER)
        if new_number == self.car_number:
            return False
        old, self.car_number = self.car_number, new_number
        self.former_numbers.append(FormerNumber(old, day))
        self.events.append(CarNumberChanged(self.id, old, new_number, day.isoformat()))
        return True

    def ensure_live(self) -> None:
        if self.merged_into is not None:
            raise IllegalTransition(
                "customers.vehicle_merged", field=Field.VEHICLE_ID, vehicle_id=self.id, into_id=self.merged_into
            )


def _year_or_none(year: int) -> int | None:
    """`year=0` clears the year; anything else must be a model year."""
    return None if type(year) is int and year == 0 else check.model_year(year)


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""
