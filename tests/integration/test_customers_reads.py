"""`shop.find_vehicles(text)` and `shop.vehicle_history(car_number)` on a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app.bootstrap import Shop
from domain.commands import (
    ChangeCarNumber,
    FinishJob,
    MergeVehicles,
    RegisterCustomer,
    RegisterMechanic,
    RegisterPart,
    RegisterVehicle,
    RequestPart,
    RequestRepair,
    StartJob,
)
from domain.errors import InvalidInput
from tests.builders import FakeClock
from tests.integration.core_helpers import job_of

KST = timezone(timedelta(hours=9))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 9, 30, tzinfo=KST))


def numbers(found: list) -> list[str]:  # type: ignore[type-arg]
    return [m.car_number for m in found]


def test_find_by_the_last_four_digits_phone_name_and_vin(desk: Shop, clock: FakeClock) -> None:
    kim = desk.handle(RegisterMechanic("김민수", 60))
    desk.handle(RequestRepair("홍길동", "12가3456", kim, 1, 10_000, customer_phone="010-1111-2222"))
    clock.now += timedelta(days=3)
    desk.handle(RequestRepair("김영희", "서울34나3456", kim, 1, 10_000, customer_phone="010-3333-4444"))
    cid = desk.handle(RegisterCustomer("100% 정비", "02-987-6543"))
    desk.handle(RegisterVehicle("56다7891", cid, "KMHAB81CBLU129870", "쏘나타"))
    desk.handle(RegisterVehicle("78라3457"))  # never visited, no owner

    # the last four digits: both plates ending in 3456, the latest visit first
    found = desk.find_vehicles("3456")
    assert numbers(found) == ["서울34나3456", "12가3456"]
    assert (found[0].customer_name, found[0].customer_phone, found[0].last_visit) == (
        "김영희",
        "010-3333-4444",
        "2026-03-05",
    )
    assert found[1].last_visit == "2026-03-02"
    assert numbers(desk.find_vehicles("12 가")) == ["12가3456"]
    assert numbers(desk.find_vehicles("2222")) == ["12가3456"]  # the phone's last digits
    assert numbers(desk.find_vehicles("010-3333")) == ["서울34나3456"]
    assert numbers(desk.find_vehicles("영희")) == ["서울34나3456"]
    assert numbers(desk.find_vehicles("blu1298")) == ["56다7891"]  # part of the VIN, any case
    match = desk.find_vehicles("7891")[0]
    assert (match.model, match.customer_name, match.last_visit, match.car_id) == (
        "쏘나타",
        "100% 정비",
        None,
        "KMHAB81CBLU129870",
    )
    assert numbers(desk.find_vehicles("100%")) == ["56다7891"]
    assert numbers(desk.find_vehicles("%")) == ["56다7891"]  # a LIKE wildcard is a character like any other
    assert desk.find_vehicles("_") == []
    assert desk.find_vehicles("") == [] and desk.find_vehicles("   ") == []
    assert numbers(desk.find_vehicles("3457")) == ["78라3457"]
    assert desk.find_vehicles("9999") == []


def test_a_merged_record_is_not_found_and_its_old_plate_finds_the_kept_car(desk: Shop) -> None:
    a = desk.handle(RegisterVehicle("12가3456"))
    b = desk.handle(RegisterVehicle("98바7654"))
    desk.handle(MergeVehicles(a, b))
    assert [m.vehicle_id for m in desk.find_vehicles("7654")] == [a]
    desk.handle(ChangeCarNumber(a, "123허4567"))
    assert [m.vehicle_id for m in desk.find_vehicles("3456")] == [a]  # a former plate still finds it
    assert [m.car_number for m in desk.find_vehicles("4567")] == ["123허4567"]


def test_history_newest_first_with_work_parts_invoice_and_total(desk: Shop, clock: FakeClock) -> None:
    kim = desk.handle(RegisterMechanic("김민수", 60))
    oil = desk.handle(RegisterPart("OIL-5W30", "엔진오일 5W-30", 48_000, 10))
    first = desk.handle(
        RequestRepair(
            "홍길동", "12가3456", kim, 1, 30_000, term="엔진오일 교환", request_note="비밀 메모", mileage=52_000
        )
    )
    job = job_of(desk, first)
    desk.handle(StartJob(job))
    desk.handle(RequestPart(job, oil, 2))
    desk.handle(FinishJob(job))
    clock.now += timedelta(days=40)
    desk.handle(ChangeCarNumber(desk.find_vehicles("3456")[0].vehicle_id, "123가4567"))
    second = desk.handle(RequestRepair("홍길동", "123가4567", kim, 1, 20_000, term="브레이크 점검", mileage=55_500))

    history = desk.vehicle_history("123가 4567")
    assert [v.receipt_id for v in history] == [second, first]
    assert desk.vehicle_history("12가3456") == history  # the old plate opens the same car's history
    newest, oldest = history
    assert (newest.request_date, newest.mileage, newest.term, newest.job_status, newest.invoice_no) == (
        "2026-04-11",
        55_500,
        "브레이크 점검",
        "created",
        None,
    )
    assert (oldest.request_date, oldest.mileage, oldest.mechanic_name, oldest.job_status) == (
        "2026-03-02",
        52_000,
        "김민수",
        "finished",
    )
    assert oldest.invoice_no and oldest.total_price == (30_000 + 2 * 48_000) * 11 // 10
    assert [(p.name, p.quantity, p.amount) for p in oldest.parts] == [("엔진오일 5W-30", 2, 96_000)]
    assert [w.description for w in oldest.work] == ["엔진오일 교환"]
    assert oldest.car_number == "12가3456"  # as typed that day
    assert "비밀 메모" not in repr(history)  # the memo is not the work done
    assert desk.vehicle_history("99허9999") == []
    with pytest.raises(InvalidInput):
        desk.vehicle_history("--")


def test_the_search_follows_every_change_of_the_register(desk: Shop) -> None:
    """On SQLite the trigram index is kept by triggers: corrections, plates, owners and merges show at once."""
    from domain.commands import ChangeVehicleOwner, MergeCustomers, UpdateCustomer

    hong = desk.handle(RegisterCustomer("홍길동", "010-1111-2222"))
    kim = desk.handle(RegisterCustomer("김영희", "010-3333-4444"))
    car = desk.handle(RegisterVehicle("12가3456", hong))
    assert numbers(desk.find_vehicles("1111-2222")) == ["12가3456"]
    desk.handle(UpdateCustomer(hong, phone="010-5555-6666", name="홍길순"))
    assert desk.find_vehicles("1111-2222") == [] and desk.find_vehicles("길동") == []
    assert numbers(desk.find_vehicles("5555-6666")) == numbers(desk.find_vehicles("홍길순")) == ["12가3456"]
    desk.handle(ChangeVehicleOwner(car, kim))
    assert desk.find_vehicles("홍길순") == [] and numbers(desk.find_vehicles("김영희")) == ["12가3456"]
    desk.handle(ChangeCarNumber(car, "345허9876"))
    assert numbers(desk.find_vehicles("12가34")) == ["345허9876"]  # the former plate, part of it
    other = desk.handle(RegisterCustomer("김영희", "010-7777-8888"))
    desk.handle(RegisterVehicle("55노5555", other))
    desk.handle(MergeCustomers(kim, other))
    assert sorted(numbers(desk.find_vehicles("김영희"))) == ["345허9876", "55노5555"]


TEXTS = [
    "3456",
    "12가",
    "가34",
    "010-1111",
    "1111",
    "길동",
    "홍길동",
    "kmhab",
    "BLU1",
    "%",
    "_",
    "7",
    "34나 3456",
    "02",
]


def test_the_index_finds_what_reading_every_row_finds(desk: Shop) -> None:
    from app.customers import queries

    kim = desk.handle(RegisterMechanic("김민수", 60))
    desk.handle(RequestRepair("홍길동", "12가3456", kim, 1, 10_000, customer_phone="010-1111-2222"))
    desk.handle(RequestRepair("김영희", "서울34나3456", kim, 1, 10_000, customer_phone="02-987-1111"))
    cid = desk.handle(RegisterCustomer("100% 정비_A", "031-234-5678"))
    desk.handle(RegisterVehicle("56다7891", cid, "KMHAB81CBLU129870", "쏘나타"))
    with desk.db.read.connect() as conn:
        for text in TEXTS:
            needle = queries.VehicleSearch.of(text)
            ids = queries._matching_ids(needle)
            assert ids is not None
            by_reading = sorted(int(i) for i in conn.execute(ids).scalars())
            found = sorted(m.vehicle_id for m in queries.find_vehicles(conn, text))
            assert found == by_reading, text
