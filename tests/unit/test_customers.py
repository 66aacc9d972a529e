"""The register's aggregates: customers and vehicles decide, change and record; merges lose nothing."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.customers.events import (
    CarNumberChanged,
    ConsentRecorded,
    CustomerErased,
    CustomerRegistered,
    CustomersMerged,
    CustomerUpdated,
    MileageRecorded,
    VehicleOwnerChanged,
    VehicleRegistered,
    VehiclesMerged,
    VehicleUpdated,
)
from domain.customers.fields import Field
from domain.customers.merging import merge_customers, merge_vehicles
from domain.customers.model import Customer, FormerNumber, MileageBelowLast, MileageReading, Vehicle
from domain.errors import Conflict, IllegalTransition, InvalidInput

D1, D2, D3, D4 = date(2025, 3, 2), date(2025, 9, 14), date(2026, 1, 20), date(2026, 4, 1)


def customer(customer_id: int = 7, name: str = "홍길동", phone: str = "010-1234-5678", note: str = "") -> Customer:
    c = Customer.register(customer_id, name, phone, note)
    c.events.clear()
    return c


def vehicle(vehicle_id: int = 3, car_number: str = "12가3456", **fields: object) -> Vehicle:
    v = Vehicle.register(vehicle_id, car_number, **fields)  # type: ignore[arg-type]
    v.events.clear()
    return v


# --- customers ----------------------------------------------------------------


def test_registering_a_customer_normalises_and_records_only_the_id() -> None:
    c = Customer.register(7, "  홍   길동 ", "010 1234 5678", " 단골 ")
    assert (c.name, c.phone, c.note) == ("홍 길동", "01012345678", "단골")
    assert c.phone_display == "010-1234-5678"
    assert c.events == [CustomerRegistered(7)]
    assert not c.consent and c.consent_date is None and not c.anonymised


def test_registering_refuses_a_blank_name_and_a_phone_that_is_not_a_phone() -> None:
    with pytest.raises(InvalidInput) as exc:
        Customer.register(7, "  ")
    assert exc.value.params["field"] == Field.NAME
    with pytest.raises(InvalidInput) as exc:
        Customer.register(7, "홍길동", "010-12")
    assert exc.value.params["field"] == Field.PHONE


def test_update_changes_what_was_given_and_keeps_personal_values_out_of_the_event() -> None:
    c = customer()
    assert c.update(phone="02-123-4567", note="법인 차량") is True
    assert (c.name, c.phone, c.note) == ("홍길동", "021234567", "법인 차량")
    assert c.events == [CustomerUpdated(7, {"phone": {"redacted": True}, "note": {"redacted": True}})]
    assert "4567" not in repr(c.events) and "법인" not in repr(c.events)


def test_update_with_nothing_new_records_nothing() -> None:
    c = customer()
    assert c.update() is False
    assert c.update(name="홍길동", phone="010-1234-5678") is False
    assert c.events == []


def test_update_clears_phone_and_note_with_empty_text() -> None:
    c = customer(note="메모")
    c.update(phone="", note="")
    assert (c.phone, c.note) == ("", "")


def test_update_refuses_a_bad_phone_and_changes_nothing() -> None:
    c = customer()
    with pytest.raises(InvalidInput):
        c.update(name="김철수", phone="call me")
    assert (c.name, c.phone) == ("홍길동", "01012345678")
    assert c.events == []


def test_consent_is_given_and_withdrawn_with_its_day() -> None:
    c = customer()
    assert c.give_consent(D1) is True
    assert (c.consent, c.consent_date) == (True, D1)
    assert c.give_consent(D1) is False  # the same statement twice on a day
    assert c.withdraw_consent(D2) is True
    assert (c.consent, c.consent_date) == (False, D2)
    assert c.give_consent(D3) is True  # renewed later: the date moves on
    assert c.events == [
        ConsentRecorded(7, True, "2025-03-02"),
        ConsentRecorded(7, False, "2025-09-14"),
        ConsentRecorded(7, True, "2026-01-20"),
    ]


def test_anonymise_erases_the_person_and_keeps_the_id() -> None:
    c = customer(note="010-9999-0000로 연락")
    c.give_consent(D1)
    c.events.clear()
    assert c.anonymise(D2) is True
    assert c.id == 7
    assert (c.name, c.phone, c.note) == ("", "", "")
    assert (c.consent, c.consent_date) == (False, None)
    assert (c.anonymised, c.anonymised_on) == (True, D2)
    assert c.events == [CustomerErased(7, "2025-09-14")]


def test_erasing_the_owner_leaves_the_car_record_the_repair_statements_need() -> None:
    owner = customer()
    car = vehicle(owner_id=7, car_id="KMHD341CBFU123456", model="아반떼")
    car.record_mileage(48_200, D1)
    before = (car.car_number, car.vin, car.model, list(car.readings), car.owner_id)
    owner.anonymise(D2)
    assert (car.car_number, car.vin, car.model, car.readings, car.owner_id) == before
    assert owner.id == car.owner_id == 7  # the car still points at the (now nameless) record


def test_anonymising_twice_is_a_no_op() -> None:
    c = customer()
    c.anonymise(D1)
    assert c.anonymise(D2) is False
    assert c.anonymised_on == D1
    assert len(c.events) == 1


@pytest.mark.parametrize(
    "change",
    [
        lambda c: c.update(name="김철수"),
        lambda c: c.give_consent(D3),
        lambda c: c.withdraw_consent(D3),
    ],
)
def test_an_erased_customer_cannot_be_changed(change: object) -> None:
    c = customer()
    c.anonymise(D2)
    c.events.clear()
    with pytest.raises(IllegalTransition) as exc:
        change(c)  # type: ignore[operator]
    assert exc.value.code == "customers.customer_erased"
    assert exc.value.params == {"field": Field.CUSTOMER_ID, "customer_id": 7}
    assert c.events == [] and c.name == ""


# --- vehicles -----------------------------------------------------------------


def test_registering_a_vehicle_normalises_and_records_what_it_holds() -> None:
    v = Vehicle.register(
        3,
        "서울 12가 3456",
        owner_id=7,
        car_id="kmhd341cbfu123456",
        model=" 아반떼  CN7 ",
        year=2021,
        first_registered="2021-05-03",
    )
    assert (v.car_number, v.vin, v.model, v.year) == ("서울12가3456", "KMHD341CBFU123456", "아반떼 CN7", 2021)
    assert v.first_registered == date(2021, 5, 3)
    assert v.events == [VehicleRegistered(3, "서울12가3456", 7, "KMHD341CBFU123456", "아반떼 CN7", 2021, "2021-05-03")]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"car_number": "---"}, Field.CAR_NUMBER),
        ({"car_id": "KMHD341CBFU12345"}, Field.VIN),
        ({"year": 1899}, Field.YEAR),
        ({"first_registered": "2021-13-01"}, Field.FIRST_REGISTERED),
        ({"owner_id": 0}, Field.CUSTOMER_ID),
    ],
)
def test_registering_a_vehicle_refuses_bad_fields(fields: dict[str, object], field: object) -> None:
    with pytest.raises(InvalidInput) as exc:
        Vehicle.register(3, **{"car_number": "12가3456", **fields})  # type: ignore[arg-type]
    assert exc.value.params["field"] == field


def test_update_records_old_and_new_values() -> None:
    v = vehicle(model="쏘나타", year=2019)
    assert v.update(car_id="KMHD341CBFU123456", year=2020, first_registered="2019-11-30") is True
    assert v.events == [
        VehicleUpdated(
            3,
            {
                "car_id": {"old": "", "new": "KMHD341CBFU123456"},
                "year": {"old": 2019, "new": 2020},
                "first_registered": {"old": None, "new": "2019-11-30"},
            },
        )
    ]
    assert v.model == "쏘나타"


def test_update_clears_with_empty_text_and_year_zero() -> None:
    v = vehicle(model="쏘나타", year=2019, first_registered="2019-11-30")
    v.update(model="", year=0, first_registered="")
    assert (v.model, v.year, v.first_registered) == ("", None, None)
    assert v.update() is False


def test_readings_are_kept_in_date_order() -> None:
    v = vehicle()
    assert v.mileage is None and v.last_reading is None
    v.record_mileage(10_000, D1)
    v.record_mileage(30_000, D3)
    v.record_mileage(20_000, D2)  # entered late, from a paper receipt
    assert [r.km for r in v.readings] == [10_000, 20_000, 30_000]
    assert v.mileage == 30_000
    assert v.events == [
        MileageRecorded(3, 10_000, "2025-03-02"),
        MileageRecorded(3, 30_000, "2026-01-20"),
        MileageRecorded(3, 20_000, "2025-09-14"),
    ]


def test_a_lower_reading_is_refused_until_the_odometer_replacement_is_confirmed() -> None:
    v = vehicle()
    v.record_mileage(152_300, D1)
    with pytest.raises(MileageBelowLast) as exc:
        v.record_mileage(1_200, D2)
    assert isinstance(exc.value, Conflict)
    assert exc.value.code == "customers.mileage_below_last"
    assert exc.value.params == {"field": Field.MILEAGE, "km": 1_200, "last_km": 152_300, "last_day": "2025-03-02"}
    assert exc.value.render("en") == (
        "1,200 km is less than the last reading, 152,300 km on 2025-03-02. "
        "If the odometer was replaced, confirm it and save again."
    )
    assert "계기판을 교체했다면" in exc.value.render("ko")
    assert v.readings == [MileageReading(D1, 152_300)] and len(v.events) == 1

    assert v.record_mileage(1_200, D2, odometer_replaced=True) is True
    assert v.readings[-1] == MileageReading(D2, 1_200, odometer_replaced=True)
    assert v.events[-1] == MileageRecorded(3, 1_200, "2025-09-14", odometer_replaced=True)
    v.record_mileage(5_000, D3)  # counts on from the new odometer
    assert v.mileage == 5_000


def test_a_lower_reading_on_the_same_day_is_refused_too() -> None:
    v = vehicle()
    v.record_mileage(50_000, D1)
    with pytest.raises(MileageBelowLast):
        v.record_mileage(49_999, D1)


def test_a_back_dated_reading_above_a_later_one_is_refused() -> None:
    v = vehicle()
    v.record_mileage(10_000, D1)
    v.record_mileage(20_000, D3)
    with pytest.raises(Conflict) as exc:
        v.record_mileage(25_000, D2)
    assert exc.value.code == "customers.mileage_above_later"
    assert exc.value.params["next_km"] == 20_000
    assert len(v.readings) == 2


def test_the_same_reading_twice_on_a_day_is_recorded_once() -> None:
    v = vehicle()
    assert v.record_mileage(42_000, D1) is True
    assert v.record_mileage(42_000, D1) is False
    assert len(v.readings) == 1 and len(v.events) == 1


@pytest.mark.parametrize("km", [-1, 2_000_001, True, 1.5])
def test_a_reading_out_of_range_is_refused(km: object) -> None:
    v = vehicle()
    with pytest.raises(InvalidInput) as exc:
        v.record_mileage(km, D1)  # type: ignore[arg-type]
    assert exc.value.params["field"] == Field.MILEAGE
    assert v.readings == []


@given(st.lists(st.tuples(st.integers(0, 400), st.integers(0, 2_000_000), st.booleans()), max_size=25))
def test_readings_are_always_in_date_order_and_rise_between_replacements(
    attempts: list[tuple[int, int, bool]],
) -> None:
    v = vehicle()
    for offset, km, replaced in attempts:
        with contextlib.suppress(Conflict):
            v.record_mileage(km, date.fromordinal(D1.toordinal() + offset), replaced)
    days = [r.day for r in v.readings]
    assert days == sorted(days)
    for before, after in zip(v.readings, v.readings[1:], strict=False):
        assert after.km >= before.km or after.odometer_replaced
    assert len(v.events) == len(v.readings)


def test_change_owner_records_both_owners() -> None:
    v = vehicle(owner_id=7)
    assert v.change_owner(9, D2) is True
    assert v.owner_id == 9
    assert v.change_owner(9, D3) is False
    assert v.change_owner(None, D3) is True  # sold, buyer not known yet
    assert v.events == [VehicleOwnerChanged(3, 7, 9, "2025-09-14"), VehicleOwnerChanged(3, 9, None, "2026-01-20")]


def test_change_number_keeps_the_history_on_the_vehicle() -> None:
    v = vehicle(car_number="서울12가3456")
    v.record_mileage(80_000, D1)
    assert v.change_number("123 가 4567", D2) is True
    assert v.id == 3 and v.car_number == "123가4567"
    assert v.former_numbers == [FormerNumber("서울12가3456", D2)]
    assert v.readings == [MileageReading(D1, 80_000)]
    assert v.events[-1] == CarNumberChanged(3, "서울12가3456", "123가4567", "2025-09-14")
    assert v.change_number("123가-4567", D3) is False


def test_change_number_refuses_a_blank_number_naming_the_new_number() -> None:
    v = vehicle()
    with pytest.raises(InvalidInput) as exc:
        v.change_number(" - ", D2)
    assert exc.value.params["field"] == Field.NEW_CAR_NUMBER
    assert v.car_number == "12가3456" and v.former_numbers == []


# --- merging ------------------------------------------------------------------


def test_merging_customers_the_kept_record_wins_unless_empty() -> None:
    keep = customer(7, "홍길동", phone="")
    gone = customer(8, "홍 길동", phone="010-9876-5432", note="트렁크 고장 이력")
    gone.give_consent(D1)
    merge_customers(keep, gone)
    assert (keep.name, keep.phone, keep.note) == ("홍길동", "01098765432", "트렁크 고장 이력")
    assert (keep.consent, keep.consent_date) == (True, D1)
    assert keep.events == [
        CustomersMerged(
            7,
            8,
            {
                "phone": {"redacted": True},
                "note": {"redacted": True},
                "consent": {"old": False, "new": True},
                "consent_date": {"old": None, "new": "2025-03-02"},
            },
        )
    ]
    assert gone.merged_into == 7
    assert (gone.name, gone.phone, gone.note, gone.consent) == ("", "", "", False)  # held once, not twice


def test_merging_customers_keeps_the_kept_consent_decision() -> None:
    keep, gone = customer(7), customer(8)
    keep.withdraw_consent(D2)
    gone.give_consent(D3)
    merge_customers(keep, gone)
    assert (keep.consent, keep.consent_date) == (False, D2)


def test_a_customer_cannot_be_merged_into_itself() -> None:
    c = customer()
    with pytest.raises(InvalidInput) as exc:
        merge_customers(c, c)
    assert exc.value.code == "customers.merge_into_itself"
    assert exc.value.params == {"field": Field.MERGE_ID}
    assert c.merged_into is None and c.events == []


def test_a_merged_customer_is_neither_changed_nor_merged_again() -> None:
    keep, gone, other = customer(7), customer(8), customer(9)
    merge_customers(keep, gone)
    for attempt in (
        lambda: gone.update(name="김철수"),
        lambda: merge_customers(other, gone),
        lambda: merge_customers(gone, other),
        lambda: gone.anonymise(D2),
    ):
        with pytest.raises(IllegalTransition) as exc:
            attempt()
        assert exc.value.code == "customers.customer_merged"
        assert exc.value.params["into_id"] == 7


def test_an_erased_customer_merges_into_a_live_one_but_nothing_merges_into_it() -> None:
    keep, erased = customer(7, phone=""), _erased(8)
    merge_customers(keep, erased)
    assert (keep.name, keep.phone) == ("홍길동", "") and erased.merged_into == 7
    with pytest.raises(IllegalTransition) as exc:
        merge_customers(_erased(10), customer(11))
    assert exc.value.code == "customers.customer_erased"


def _erased(customer_id: int) -> Customer:
    c = customer(customer_id)
    c.anonymise(D1)
    return c


def test_merging_vehicles_combines_readings_in_date_order_and_keeps_the_other_plate() -> None:
    keep = vehicle(3, "123가4567", model="", year=2018)
    gone = vehicle(4, "서울12가3456", owner_id=7, model="그랜저 IG", year=2017, car_id="KMHD341CBFU123456")
    keep.record_mileage(60_000, D2)
    keep.record_mileage(75_000, D4)
    gone.record_mileage(40_000, D1)
    gone.record_mileage(60_000, D2)  # the same visit, typed into both records
    gone.record_mileage(70_000, D3)
    keep.events.clear()
    merge_vehicles(keep, gone, D4)
    assert [(r.day, r.km) for r in keep.readings] == [(D1, 40_000), (D2, 60_000), (D3, 70_000), (D4, 75_000)]
    assert (keep.car_number, keep.model, keep.year, keep.vin, keep.owner_id) == (
        "123가4567",
        "그랜저 IG",
        2018,
        "KMHD341CBFU123456",
        7,
    )
    assert keep.former_numbers == [FormerNumber("서울12가3456", D4)]
    assert keep.events == [
        VehiclesMerged(
            3,
            4,
            "서울12가3456",
            {
                "car_id": {"old": "", "new": "KMHD341CBFU123456"},
                "model": {"old": "", "new": "그랜저 IG"},
                "customer_id": {"old": None, "new": 7},
            },
            readings_added=2,
        )
    ]
    assert (gone.merged_into, gone.car_number, gone.readings) == (3, "", [])


def test_merging_vehicles_orders_a_same_day_replacement_after_the_old_odometer() -> None:
    keep, gone = vehicle(3), vehicle(4, "34나5678")
    keep.record_mileage(1_000, D2, odometer_replaced=True)
    gone.record_mileage(180_000, D2)
    merge_vehicles(keep, gone, D3)
    assert [r.km for r in keep.readings] == [180_000, 1_000]
    keep.record_mileage(2_000, D3)  # the merged history still takes the next reading


def test_a_vehicle_cannot_be_merged_into_itself_or_twice() -> None:
    v, gone, other = vehicle(3), vehicle(4, "34나5678"), vehicle(5, "56다7890")
    with pytest.raises(InvalidInput) as exc:
        merge_vehicles(v, v, D1)
    assert exc.value.code == "customers.merge_into_itself"
    merge_vehicles(v, gone, D1)
    with pytest.raises(IllegalTransition) as exc2:
        merge_vehicles(other, gone, D2)
    assert exc2.value.code == "customers.vehicle_merged"
    with pytest.raises(IllegalTransition):
        gone.record_mileage(1, D2)


def test_merging_a_vehicle_carries_its_former_numbers() -> None:
    keep, gone = vehicle(3, "123가4567"), vehicle(4, "34나5678")
    gone.change_number("56다7890", D1)
    merge_vehicles(keep, gone, D3)
    assert keep.former_numbers == [FormerNumber("34나5678", D1), FormerNumber("56다7890", D3)]
