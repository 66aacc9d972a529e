"""A repair request finds its car on the register or puts it there; what was typed stays on the receipt."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import count

import pytest

from domain.customers.events import (
    CustomerRegistered,
    CustomerUpdated,
    MileageRecorded,
    VehicleOwnerChanged,
    VehicleRegistered,
    VehicleUpdated,
)
from domain.customers.linking import TypedRequest, link_repair
from domain.customers.model import Customer, MileageBelowLast, Vehicle

DAY = date(2026, 3, 2)
TYPED = TypedRequest("홍길동", "12 가 3456", customer_phone="010-1234-5678", mileage=48_200)


class Ids:
    """Ids as the repository hands them out; counts what was asked for."""

    def __init__(self) -> None:
        self._customers, self._vehicles = count(100), count(200)
        self.asked: list[str] = []

    def customer_id(self) -> int:
        self.asked.append("customer")
        return next(self._customers)

    def vehicle_id(self) -> int:
        self.asked.append("vehicle")
        return next(self._vehicles)


def on_register(phone: str = "010-1234-5678", name: str = "홍길동", **car: object) -> tuple[Vehicle, Customer]:
    owner = Customer.register(7, name, phone)
    car = {"owner_id": 7, **car}
    v = Vehicle.register(3, "12가3456", **car)  # type: ignore[arg-type]
    owner.events.clear()
    v.events.clear()
    return v, owner


def test_a_new_car_registers_its_vehicle_and_customer_with_the_reading() -> None:
    ids = Ids()
    link = link_repair(replace(TYPED, car_id="kmhd341cbfu123456", model="아반떼"), None, None, DAY, ids)
    assert (link.new_vehicle, link.new_customer) == (True, True)
    assert (link.vehicle_id, link.customer_id) == (200, 100)
    assert (link.vehicle.car_number, link.vehicle.owner_id, link.vehicle.vin) == ("12가3456", 100, "KMHD341CBFU123456")
    assert (link.customer.name, link.customer.phone) == ("홍길동", "01012345678")
    assert link.vehicle.mileage == 48_200
    assert link.events == [
        CustomerRegistered(100),
        VehicleRegistered(200, "12가3456", 100, "KMHD341CBFU123456", "아반떼"),
        MileageRecorded(200, 48_200, "2026-03-02"),
    ]
    assert ids.asked == ["customer", "vehicle"]


def test_a_known_car_is_linked_and_nothing_new_is_registered() -> None:
    v, owner = on_register()
    v.record_mileage(40_000, date(2025, 9, 1))
    v.events.clear()
    ids = Ids()
    link = link_repair(TYPED, v, owner, DAY, ids)
    assert (link.vehicle, link.customer) == (v, owner)
    assert (link.new_vehicle, link.new_customer, link.phone_differs, link.name_differs) == (False, False, False, False)
    assert link.events == [MileageRecorded(3, 48_200, "2026-03-02")]
    assert ids.asked == []


def test_without_a_mileage_no_reading_is_recorded() -> None:
    v, owner = on_register()
    link = link_repair(replace(TYPED, mileage=None), v, owner, DAY, Ids())
    assert link.events == [] and v.readings == []


def test_a_different_phone_keeps_both_the_register_and_the_receipt_as_they_are() -> None:
    v, owner = on_register(phone="02-123-4567")
    link = link_repair(TYPED, v, owner, DAY, Ids())
    assert link.phone_differs is True
    assert owner.phone == "021234567"  # the register is not overwritten
    assert TYPED.customer_phone == "010-1234-5678"  # and the receipt keeps what was typed
    assert not any(isinstance(e, CustomerUpdated) for e in link.events)


def test_a_phone_the_register_lacks_is_filled_in() -> None:
    v, owner = on_register(phone="")
    link = link_repair(TYPED, v, owner, DAY, Ids())
    assert owner.phone == "01012345678" and link.phone_differs is False
    assert CustomerUpdated(7, {"phone": {"redacted": True}}) in link.events


def test_another_person_bringing_the_car_changes_neither_owner_nor_their_phone() -> None:
    v, owner = on_register(phone="")
    link = link_repair(replace(TYPED, customer_name="김영희"), v, owner, DAY, Ids())
    assert link.name_differs is True
    assert link.customer is owner and v.owner_id == 7
    assert owner.phone == ""  # not the owner's number: not put on the owner's record
    assert not any(isinstance(e, VehicleOwnerChanged | CustomerUpdated) for e in link.events)


def test_names_match_whatever_their_spacing() -> None:
    v, owner = on_register()
    assert link_repair(replace(TYPED, customer_name="홍 길동"), v, owner, DAY, Ids()).name_differs is False


def test_a_car_without_owner_gets_the_typed_customer() -> None:
    v = Vehicle.register(3, "12가3456")
    v.events.clear()
    link = link_repair(TYPED, v, None, DAY, Ids())
    assert link.new_customer is True and v.owner_id == 100
    assert link.events == [
        CustomerRegistered(100),
        MileageRecorded(3, 48_200, "2026-03-02"),
        VehicleOwnerChanged(3, None, 100, "2026-03-02"),
    ]


def test_a_car_whose_owner_was_erased_gets_a_new_customer_not_the_old_record() -> None:
    v, owner = on_register()
    owner.anonymise(date(2026, 1, 5))
    link = link_repair(TYPED, v, owner, DAY, Ids())
    assert link.new_customer is True and link.customer_id == 100 and v.owner_id == 100
    assert owner.name == "" and owner.anonymised  # the erased record stays erased


def test_a_new_car_of_a_known_customer_found_by_phone_joins_that_customer() -> None:
    known = Customer.register(7, "홍길동", "010-1234-5678")
    known.events.clear()
    ids = Ids()
    link = link_repair(replace(TYPED, car_number="34나5678"), None, known, DAY, ids)
    assert link.new_customer is False and link.customer is known
    assert link.vehicle.owner_id == 7
    assert ids.asked == ["vehicle"]


def test_a_shared_phone_does_not_make_two_people_one() -> None:
    known = Customer.register(7, "홍길동", "010-1234-5678")
    link = link_repair(replace(TYPED, car_number="34나5678", customer_name="홍길순"), None, known, DAY, Ids())
    assert link.new_customer is True and link.customer.name == "홍길순"
    assert link.vehicle.owner_id == link.customer_id == 100


def test_a_vin_or_model_the_vehicle_lacks_is_filled_in_and_a_different_vin_reported() -> None:
    v, owner = on_register()
    link = link_repair(replace(TYPED, car_id="KMHD341CBFU123456", model="아반떼"), v, owner, DAY, Ids())
    assert (v.vin, v.model, link.vin_differs) == ("KMHD341CBFU123456", "아반떼", False)
    assert [e for e in link.events if isinstance(e, VehicleUpdated)] == [
        VehicleUpdated(3, {"car_id": {"old": "", "new": "KMHD341CBFU123456"}}),
        VehicleUpdated(3, {"model": {"old": "", "new": "아반떼"}}),
    ]
    again = link_repair(replace(TYPED, car_id="KNAFX412BA1234567", model="K5", mileage=None), v, owner, DAY, Ids())
    assert again.vin_differs is True and again.events == []
    assert (v.vin, v.model) == ("KMHD341CBFU123456", "아반떼")


def test_a_lower_mileage_refuses_the_request_before_anything_changes_until_confirmed() -> None:
    v, owner = on_register(phone="")
    v.record_mileage(152_000, date(2025, 12, 1))
    v.events.clear()
    ids = Ids()
    with pytest.raises(MileageBelowLast):
        link_repair(replace(TYPED, mileage=900, car_id="KMHD341CBFU123456"), v, owner, DAY, ids)
    assert (owner.phone, v.vin, v.mileage, v.events, owner.events, ids.asked) == ("", "", 152_000, [], [], [])
    link = link_repair(replace(TYPED, mileage=900, odometer_replaced=True), v, owner, DAY, Ids())
    assert MileageRecorded(3, 900, "2026-03-02", odometer_replaced=True) in link.events
    assert v.mileage == 900


def test_an_old_receipts_unusable_phone_and_vin_stay_off_the_register() -> None:
    # linking the receipts of a shop at upgrade: what the old desk let through
    typed = TypedRequest("홍길동", "12가3456", customer_phone="(모름)", car_id="미확인", mileage=None)
    link = link_repair(typed, None, None, DAY, Ids())
    assert (link.customer.phone, link.vehicle.vin) == ("", "")


def test_events_recorded_before_the_link_are_not_handed_over_again() -> None:
    v, owner = on_register()
    v.record_mileage(1_000, date(2025, 1, 1))  # recorded earlier in the same unit of work
    link = link_repair(TYPED, v, owner, DAY, Ids())
    assert link.events == [MileageRecorded(3, 48_200, "2026-03-02")]


def test_the_handler_must_pass_the_vehicle_holding_the_number_and_its_owner() -> None:
    v, owner = on_register()
    with pytest.raises(ValueError, match="holds the typed car number"):
        link_repair(replace(TYPED, car_number="34나5678"), v, owner, DAY, Ids())
    with pytest.raises(ValueError, match="owner"):
        link_repair(TYPED, v, Customer(8, "김철수"), DAY, Ids())
    with pytest.raises(ValueError, match="owner"):
        link_repair(TYPED, v, None, DAY, Ids())
