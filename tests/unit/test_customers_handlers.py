"""The customers context's handlers against the in-memory unit of work: what they decide, and the events."""

from __future__ import annotations

import pytest

from domain.commands import (
    ChangeCarNumber,
    ChangeVehicleOwner,
    EraseCustomer,
    MergeCustomers,
    MergeVehicles,
    RecordConsent,
    RecordMileage,
    RegisterCustomer,
    RegisterMechanic,
    RegisterVehicle,
    RequestRepair,
    UpdateCustomer,
)
from domain.customers.events import (
    CustomerRegistered,
    CustomersMerged,
    MileageRecorded,
    VehicleOwnerChanged,
    VehicleRegistered,
    VehiclesMerged,
)
from domain.customers.model import MileageBelowLast
from domain.errors import Conflict, IllegalTransition, InvalidInput, NotFound
from domain.reception.events import RepairRequested
from tests.unit.fake_uow import FakeShop


@pytest.fixture
def fake() -> FakeShop:
    return FakeShop()


def test_register_a_car_for_a_customer_once(fake: FakeShop) -> None:
    cid = fake.handle(RegisterCustomer("홍길동", "010-1234-5678"))
    vid = fake.handle(RegisterVehicle("12가 3456", cid, model="쏘나타"))
    [registered] = fake.of_type(VehicleRegistered)
    assert (registered.vehicle_id, registered.car_number, registered.customer_id) == (vid, "12가3456", cid)
    with pytest.raises(Conflict) as taken:
        fake.handle(RegisterVehicle("12-가-3456"))
    assert taken.value.params["vehicle_id"] == vid
    with pytest.raises(NotFound):
        fake.handle(RegisterVehicle("34나5678", 77))


def test_a_request_registers_the_new_car_and_customer_and_says_so_on_its_event(fake: FakeShop) -> None:
    kim = fake.handle(RegisterMechanic("김민수", 10))
    fake.handle(RequestRepair("홍길동", "12가3456", kim, 1, 10_000, customer_phone="010-1234-5678", mileage=52_000))
    [requested] = fake.of_type(RepairRequested)
    [customer] = fake.of_type(CustomerRegistered)
    [vehicle] = fake.of_type(VehicleRegistered)
    [reading] = fake.of_type(MileageRecorded)
    assert (requested.vehicle_id, requested.customer_id, requested.mileage) == (
        vehicle.vehicle_id,
        customer.customer_id,
        52_000,
    )
    assert reading.mileage == 52_000
    # the second visit links to the same records
    fake.handle(RequestRepair("홍길동", "12가3456", kim, 1, 10_000, mileage=53_000))
    assert len(fake.of_type(CustomerRegistered)) == len(fake.of_type(VehicleRegistered)) == 1
    assert fake.of_type(RepairRequested)[-1].vehicle_id == vehicle.vehicle_id


def test_a_lower_reading_refuses_the_request_until_confirmed(fake: FakeShop) -> None:
    kim = fake.handle(RegisterMechanic("김민수", 10))
    fake.handle(RequestRepair("홍길동", "12가3456", kim, 1, 10_000, mileage=152_000))
    fake.uow.now = fake.uow.now.replace(day=3)
    with pytest.raises(MileageBelowLast) as low:
        fake.handle(RequestRepair("홍길동", "12가3456", kim, 1, 10_000, mileage=2_000))
    assert low.value.params["last_km"] == 152_000
    assert len(fake.of_type(RepairRequested)) == 1
    fake.handle(RequestRepair("홍길동", "12가3456", kim, 1, 10_000, mileage=2_000, odometer_replaced=True))
    assert fake.of_type(MileageRecorded)[-1].odometer_replaced is True


def test_bad_mileage_is_refused_by_the_command() -> None:
    for km, code in (
        (-1, "customers.mileage_range"),
        (2_000_001, "customers.mileage_range"),
        ("9", "customers.whole_number"),
    ):
        with pytest.raises(InvalidInput) as refused:
            RequestRepair("홍길동", "12가3456", 1, 1, 10_000, mileage=km).validated()  # type: ignore[arg-type]
        assert refused.value.code == code


def test_merges_move_everything_to_the_kept_record_and_refuse_itself(fake: FakeShop) -> None:
    a = fake.handle(RegisterCustomer("홍길동"))
    b = fake.handle(RegisterCustomer("홍 길동", "010-1234-5678"))
    car_a = fake.handle(RegisterVehicle("12가3456", a))
    car_b = fake.handle(RegisterVehicle("12가3457", b))
    fake.handle(RecordMileage(car_b, 40_000))
    with pytest.raises(InvalidInput):
        fake.handle(MergeCustomers(a, a))
    fake.handle(MergeCustomers(a, b))
    fake.handle(MergeVehicles(car_a, car_b))
    [people] = fake.of_type(CustomersMerged)
    [cars] = fake.of_type(VehiclesMerged)
    assert (people.keep_id, people.merged_id, people.changes) == (a, b, {"phone": {"redacted": True}})
    assert (cars.keep_id, cars.merged_id, cars.merged_number, cars.readings_added) == (car_a, car_b, "12가3457", 1)
    assert fake.uow.customers.moved == [("customer", b, a), ("vehicle", car_b, car_a)]
    kept = fake.uow.customers.vehicles[car_a]
    assert kept is not None and kept.mileage == 40_000
    with pytest.raises(IllegalTransition):
        fake.handle(UpdateCustomer(b, name="김영희"))  # merged away: use the kept record


def test_owner_plate_consent_and_erasure(fake: FakeShop) -> None:
    a = fake.handle(RegisterCustomer("홍길동", "010-1234-5678"))
    b = fake.handle(RegisterCustomer("김영희"))
    car = fake.handle(RegisterVehicle("12가3456", a))
    fake.handle(RegisterVehicle("34나5678"))
    fake.handle(ChangeVehicleOwner(car, b))
    [sold] = fake.of_type(VehicleOwnerChanged)
    assert (sold.old_customer_id, sold.new_customer_id) == (a, b)
    with pytest.raises(Conflict):
        fake.handle(ChangeCarNumber(car, "34나 5678"))
    fake.handle(ChangeCarNumber(car, "123허4567"))
    fake.handle(RecordConsent(a, True))
    fake.handle(EraseCustomer(a))
    erased = fake.uow.customers.customers[a]
    assert erased is not None and (erased.name, erased.phone, erased.consent, erased.anonymised) == (
        "",
        "",
        False,
        True,
    )
    with pytest.raises(IllegalTransition):
        fake.handle(ChangeVehicleOwner(car, a))  # an erased customer owns nothing new
