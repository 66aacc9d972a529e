"""A repair request finds its car on the register, or puts it there: `RequestRepair(..., mileage=...)`.

`link_repair()` decides, from what was typed at the desk and what the
register already holds, which records to create or fill in; the handler runs
it inside the request's transaction, saves the aggregates it returns and
writes their ids on the receipt. Its rules:

- The vehicle is the one holding the typed car number. None: a new vehicle is
  registered, owned by the customer below.
- The customer is the vehicle's owner. For a new car, the handler may pass a
  customer it found by the typed phone: it is used when the name matches too,
  so a family sharing a phone does not become one person. Otherwise — a new
  car, a car without owner, or an owner erased at their request — a new
  customer is registered from the typed name and phone (and becomes the owner).
- The register is filled in, never overwritten: a phone, VIN or model the
  record lacks is taken from the request; one that differs is left alone and
  reported (`phone_differs`, `name_differs`, `vin_differs`) so the desk can
  offer a correction. An ownership change is never guessed from a name.
- The receipt keeps what was typed, whatever the register holds.
- A mileage is recorded on the vehicle; one below the last reading refuses the
  whole request (`MileageBelowLast`) before anything has changed, until it
  comes back with `odometer_replaced=True`.
- A typed phone or VIN that the register's rules refuse (an old receipt being
  linked at upgrade) is left off the register, not guessed at.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from domain.customers.identifiers import normalise_car_number, normalise_phone, normalise_vin
from domain.customers.model import Customer, Vehicle
from domain.errors import InvalidInput
from domain.messages import Event


class NewIds(Protocol):
    """Where new register ids come from (the repository: a sequence, or an inserted row)."""

    def customer_id(self) -> int: ...

    def vehicle_id(self) -> int: ...


@dataclass(frozen=True)
class TypedRequest:
    """The customer and car fields of a repair request, as typed at the desk."""

    customer_name: str
    car_number: str
    customer_phone: str = ""
    car_id: str = ""
    model: str = ""
    mileage: int | None = None
    odometer_replaced: bool = False


@dataclass
class RepairLink:
    """What `link_repair` decided: the records the receipt points at, and what it changed on them.

    `events` are the customer's first, then the vehicle's (a vehicle refers to its owner).
    """

    vehicle: Vehicle
    customer: Customer
    new_vehicle: bool = False
    new_customer: bool = False
    phone_differs: bool = False
    name_differs: bool = False
    vin_differs: bool = False
    events: list[Event] = field(default_factory=list)

    @property
    def vehicle_id(self) -> int:
        return self.vehicle.id

    @property
    def customer_id(self) -> int:
        return self.customer.id


def link_repair(
    typed: TypedRequest,
    vehicle: Vehicle | None,
    customer: Customer | None,
    day: date,
    ids: NewIds,
) -> RepairLink:
    """Link a request to its vehicle and customer, creating them when new; see the module for the rules.

    `vehicle` is the register's vehicle with the typed car number (or None);
    `customer` its owner, or for a new car a customer found by phone (or None).
    """
    number = normalise_car_number(typed.car_number)
    phone = _usable(normalise_phone, typed.customer_phone)
    vin = _usable(normalise_vin, typed.car_id)
    if vehicle is not None:
        if vehicle.car_number != number or vehicle.merged_into is not None:
            raise ValueError("link_repair needs the live vehicle that holds the typed car number")
        if (customer.id if customer else None) != vehicle.owner_id:
            raise ValueError("link_repair needs the vehicle's owner as the customer")
    already = {id(a): len(a.events) for a in (vehicle, customer) if a is not None}
    if vehicle is not None and typed.mileage is not None:
        # first: a refused reading refuses the request before anything else has changed
        vehicle.record_mileage(typed.mileage, day, typed.odometer_replaced)

    owner = customer if customer is not None and _live(customer) else None
    if vehicle is None and owner is not None and not _same_name(owner, typed):
        owner = None  # found by phone, but another person: a family shares a phone
    new_customer = owner is None
    if owner is None:
        owner = Customer.register(ids.customer_id(), typed.customer_name, phone)
    if vehicle is None:
        vehicle = Vehicle.register(ids.vehicle_id(), number, owner_id=owner.id, car_id=vin, model=typed.model)
        link = RepairLink(vehicle, owner, new_vehicle=True, new_customer=new_customer)
        if typed.mileage is not None:
            vehicle.record_mileage(typed.mileage, day, typed.odometer_replaced)
    else:
        link = RepairLink(vehicle, owner, new_customer=new_customer)
        if new_customer:
            vehicle.change_owner(owner.id, day)
        if vin and not vehicle.car_id:
            vehicle.update(car_id=vin)
        link.vin_differs = bool(vin) and vin != vehicle.car_id
        if typed.model and not vehicle.model:
            vehicle.update(model=typed.model)
    if not new_customer:
        link.name_differs = not _same_name(owner, typed)
        if phone and not owner.phone and not link.name_differs:
            owner.update(phone=phone)
        link.phone_differs = bool(phone) and phone != owner.phone
    for aggregate in (owner, vehicle):
        link.events.extend(aggregate.events[already.get(id(aggregate), 0) :])
    return link


def _live(customer: Customer) -> bool:
    return not customer.anonymised and customer.merged_into is None


def _same_name(customer: Customer, typed: TypedRequest) -> bool:
    return _name_key(customer.name) == _name_key(typed.customer_name)


def _name_key(name: str) -> str:
    # '홍 길동' and '홍길동' are one person at the desk; spacing in Korean names is not consistent.
    return "".join(name.split()).casefold()


def _usable(normalise: Callable[[str], str], value: str) -> str:
    try:
        return normalise(value)
    except InvalidInput:
        return ""
