"""Customers context (고객·차량): the register's commands, and the link a repair request makes to it.

The rules are the aggregates' (`Customer`, `Vehicle`, domain.customers.merging
and .linking); these functions load them, ask them and have the repository
write what they decided. Every change is an event, so the event log says who
changed what and when (personal fields only as "changed": see
domain.customers.events).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.handling import HandlerSettings, PolicySpec
from app.uow import UnitOfWork
from domain.customers.commands import (
    ChangeCarNumber,
    ChangeVehicleOwner,
    EraseCustomer,
    MergeCustomers,
    MergeVehicles,
    RecordConsent,
    RecordMileage,
    RegisterCustomer,
    RegisterVehicle,
    UpdateCustomer,
    UpdateVehicle,
    car_number_taken,
)
from domain.customers.fields import Field
from domain.customers.identifiers import normalise_car_number, normalise_phone
from domain.customers.linking import TypedRequest, link_repair
from domain.customers.merging import merge_customers, merge_vehicles
from domain.customers.model import Customer, Vehicle
from domain.texts import Message


def register_customer(cmd: RegisterCustomer, uow: UnitOfWork, _: HandlerSettings) -> int:
    person = uow.customers.seen_customer(Customer.register(uow.customers.customer_id(), cmd.name, cmd.phone, cmd.note))
    uow.customers.save_customer(person)
    return person.id


def _refuse_taken(uow: UnitOfWork, car_number: str, field: Message = Field.CAR_NUMBER) -> None:
    held = uow.customers.vehicle_id_by_number(car_number)
    if held is not None:
        raise car_number_taken(held, field)


def _live_owner(uow: UnitOfWork, customer_id: int | None) -> None:
    """Refuse an unknown, merged or erased customer as a car's owner."""
    if customer_id is not None:
        uow.customers.get_customer(customer_id).ensure_live()


def register_vehicle(cmd: RegisterVehicle, uow: UnitOfWork, _: HandlerSettings) -> int:
    _refuse_taken(uow, cmd.car_number)
    _live_owner(uow, cmd.customer_id)
    car = Vehicle.register(
        uow.customers.vehicle_id(),
        cmd.car_number,
        cmd.customer_id,
        cmd.car_id,
        cmd.model,
        cmd.year,
        cmd.first_registered,
    )
    uow.customers.seen_vehicle(car)
    uow.customers.save_vehicle(car)
    return car.id


def update_customer(cmd: UpdateCustomer, uow: UnitOfWork, _: HandlerSettings) -> None:
    person = uow.customers.get_customer(cmd.customer_id, for_update=True)
    if person.update(cmd.name, cmd.phone, cmd.note):
        uow.customers.save_customer(person)


def update_vehicle(cmd: UpdateVehicle, uow: UnitOfWork, _: HandlerSettings) -> None:
    car = uow.customers.get_vehicle(cmd.vehicle_id, for_update=True)
    if car.update(cmd.car_id, cmd.model, cmd.year, cmd.first_registered):
        uow.customers.save_vehicle(car)


def record_consent(cmd: RecordConsent, uow: UnitOfWork, _: HandlerSettings) -> None:
    person = uow.customers.get_customer(cmd.customer_id, for_update=True)
    day = uow.now.date()
    if person.give_consent(day) if cmd.consent else person.withdraw_consent(day):
        uow.customers.save_customer(person)


def record_mileage(cmd: RecordMileage, uow: UnitOfWork, _: HandlerSettings) -> None:
    car = uow.customers.get_vehicle(cmd.vehicle_id, for_update=True)
    if car.record_mileage(cmd.mileage, uow.now.date(), cmd.odometer_replaced):
        uow.customers.save_vehicle(car)


def change_vehicle_owner(cmd: ChangeVehicleOwner, uow: UnitOfWork, _: HandlerSettings) -> None:
    car = uow.customers.get_vehicle(cmd.vehicle_id, for_update=True)
    _live_owner(uow, cmd.customer_id)
    if car.change_owner(cmd.customer_id, uow.now.date()):
        uow.customers.save_vehicle(car)


def change_car_number(cmd: ChangeCarNumber, uow: UnitOfWork, _: HandlerSettings) -> None:
    car = uow.customers.get_vehicle(cmd.vehicle_id, for_update=True)
    if cmd.car_number != car.car_number:
        _refuse_taken(uow, cmd.car_number, Field.NEW_CAR_NUMBER)
    if car.change_number(cmd.car_number, uow.now.date()):
        uow.customers.save_vehicle(car)


def merge_customer_records(cmd: MergeCustomers, uow: UnitOfWork, _: HandlerSettings) -> None:
    keep = uow.customers.get_customer(cmd.keep_id, for_update=True)
    gone = uow.customers.get_customer(cmd.merge_id, for_update=True)
    merge_customers(keep, gone)
    uow.customers.save_customer(gone)  # first: the kept record may take the phone it held
    uow.customers.save_customer(keep)
    uow.customers.move_customer_references(gone.id, keep.id)


def merge_vehicle_records(cmd: MergeVehicles, uow: UnitOfWork, _: HandlerSettings) -> None:
    keep = uow.customers.get_vehicle(cmd.keep_id, for_update=True)
    gone = uow.customers.get_vehicle(cmd.merge_id, for_update=True)
    merge_vehicles(keep, gone, uow.now.date())
    uow.customers.save_vehicle(gone)  # frees its plate before the kept one lists it as former
    uow.customers.save_vehicle(keep)
    uow.customers.move_vehicle_references(gone.id, keep.id)


def erase_customer(cmd: EraseCustomer, uow: UnitOfWork, _: HandlerSettings) -> None:
    person = uow.customers.get_customer(cmd.customer_id, for_update=True)
    if person.anonymise(uow.now.date()):
        uow.customers.save_customer(person)


@dataclass(frozen=True)
class LinkedRequest:
    """Where a repair request's receipt points on the register."""

    vehicle_id: int
    customer_id: int


def link_request(
    uow: UnitOfWork,
    customer_name: str,
    car_number: str,
    customer_phone: str = "",
    car_id: str = "",
    mileage: int | None = None,
    odometer_replaced: bool = False,
) -> LinkedRequest:
    """Find (or register) the request's vehicle and customer and record its mileage, in the request's transaction.

    A car number or a phone the register refuses, or a reading below the last
    (`MileageBelowLast`), refuses the request before anything is written (a VIN
    it refuses is left off the register: the desk's "car id" has always been
    free text). Called by reception's `request_repair`.
    """
    number = normalise_car_number(car_number)
    phone = normalise_phone(customer_phone)  # a phone that is not a phone refuses the request: nothing is written
    car = uow.customers.vehicle_by_number(number, for_update=True)
    if car is not None and car.owner_id is not None:
        owner: Customer | None = uow.customers.get_customer(car.owner_id, for_update=True)
    elif car is None:
        owner = uow.customers.customer_by_phone(phone)
    else:
        owner = None
    typed = TypedRequest(customer_name, number, customer_phone, car_id, "", mileage, odometer_replaced)
    link = link_repair(typed, car, owner, uow.now.date(), uow.customers)
    changed_customer, changed_vehicle = bool(link.customer.events), bool(link.vehicle.events)
    for aggregate in (link.customer, link.vehicle, car, owner):
        if aggregate is not None:
            aggregate.events.clear()  # recorded once, below, in the order link_repair gives them
    uow.record(*link.events)
    if link.new_customer or changed_customer:
        uow.customers.save_customer(link.customer)
    if link.new_vehicle or changed_vehicle:
        uow.customers.save_vehicle(link.vehicle)
    return LinkedRequest(link.vehicle_id, link.customer_id)


COMMAND_HANDLERS = {
    RegisterCustomer: register_customer,
    RegisterVehicle: register_vehicle,
    UpdateCustomer: update_customer,
    UpdateVehicle: update_vehicle,
    RecordConsent: record_consent,
    RecordMileage: record_mileage,
    ChangeVehicleOwner: change_vehicle_owner,
    ChangeCarNumber: change_car_number,
    MergeCustomers: merge_customer_records,
    MergeVehicles: merge_vehicle_records,
    EraseCustomer: erase_customer,
}
POLICIES: list[PolicySpec] = []
