"""The customers context wired: the register's commands, a request linked to its car, refusals that write nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import select

from app import schema as s
from app.bootstrap import Shop
from domain.commands import (
    ChangeCarNumber,
    EraseCustomer,
    MergeCustomers,
    MergeVehicles,
    RecordMileage,
    RegisterCustomer,
    RegisterMechanic,
    RegisterVehicle,
    RequestRepair,
    UpdateCustomer,
    UpdateVehicle,
)
from domain.customers.model import MileageBelowLast
from domain.errors import Conflict, DomainError, InvalidInput, NotFound
from tests.builders import FakeClock
from tests.integration.core_helpers import diff, events, snapshot

KST = timezone(timedelta(hours=9))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 9, 30, tzinfo=KST))


def rows(shop: Shop, table: Any) -> list[Any]:
    with shop.db.read.connect() as conn:
        return list(conn.execute(select(table).order_by(*table.primary_key.columns)))


def receipt_links(shop: Shop) -> list[tuple[Any, ...]]:
    r = s.receipt.c
    with shop.db.read.connect() as conn:
        return [tuple(x) for x in conn.execute(select(r.id, r.vehicle_id, r.customer_id, r.mileage).order_by(r.id))]


def test_register_a_customer_and_their_car(desk: Shop) -> None:
    cid = desk.handle(RegisterCustomer("홍길동", "010-1234-5678", "단골"))
    vid = desk.handle(RegisterVehicle("12가 3456", cid, "KMHxx".upper().ljust(17, "1"), "쏘나타", 2019))
    [person] = rows(desk, s.customer)
    assert (person.id, person.name, person.phone, person.note) == (cid, "홍길동", "01012345678", "단골")
    [car] = rows(desk, s.vehicle)
    assert (car.id, car.car_number, car.car_key, car.model, car.year, car.owner_id) == (
        vid,
        "12가3456",
        "3456",
        "쏘나타",
        2019,
        cid,
    )
    logged = events(desk, "CustomerRegistered", "VehicleRegistered")
    assert [type(e).__name__ for e in logged] == ["CustomerRegistered", "VehicleRegistered"]
    # the log names no personal detail: only the vehicle's own data
    assert "홍길동" not in repr(logged) and "01012345678" not in repr(logged)


BAD: list[tuple[str, Callable[[dict[str, int]], Any], type[DomainError], str]] = [
    ("blank car number", lambda ids: RegisterVehicle("   "), InvalidInput, "customers.car_number_blank"),
    ("punctuation only", lambda ids: RegisterVehicle("-- --"), InvalidInput, "customers.car_number_blank"),
    ("punctuation inside", lambda ids: RegisterVehicle("12가#3456"), InvalidInput, "customers.car_number_characters"),
    ("short VIN", lambda ids: RegisterVehicle("34나5678", car_id="KMH123"), InvalidInput, "customers.vin_length"),
    (
        "VIN with O",
        lambda ids: RegisterVehicle("34나5678", car_id="KMHO1234567890123"),
        InvalidInput,
        "customers.vin_characters",
    ),
    ("not a phone", lambda ids: RegisterCustomer("김영희", "12"), InvalidInput, "customers.phone_pattern"),
    (
        "letters in a phone",
        lambda ids: RegisterCustomer("김영희", "010-abcd-5678"),
        InvalidInput,
        "customers.phone_characters",
    ),
    (
        "mileage below 0",
        lambda ids: RecordMileage(ids["vehicle"], -1),
        InvalidInput,
        "customers.mileage_range",
    ),
    (
        "mileage over 2,000,000 km",
        lambda ids: RecordMileage(ids["vehicle"], 2_000_001),
        InvalidInput,
        "customers.mileage_range",
    ),
    (
        "request with mileage over the limit",
        lambda ids: RequestRepair("홍길동", "12가3456", ids["mechanic"], 1, 10_000, mileage=3_000_000),
        InvalidInput,
        "customers.mileage_range",
    ),
    (
        "request with a punctuation car number",
        lambda ids: RequestRepair("홍길동", "-", ids["mechanic"], 1, 10_000),
        InvalidInput,
        "customers.car_number_blank",
    ),
    (
        "request with a phone that is not a phone",
        lambda ids: RequestRepair("김영희", "56다7890", ids["mechanic"], 1, 10_000, customer_phone="12"),
        InvalidInput,
        "customers.phone_pattern",
    ),
    ("car number taken", lambda ids: RegisterVehicle("12 가 3456"), Conflict, "customers.car_number_taken"),
    ("unknown owner", lambda ids: RegisterVehicle("56다7890", 999), NotFound, "customers.unknown_customer"),
    (
        "merge a customer into itself",
        lambda ids: MergeCustomers(ids["customer"], ids["customer"]),
        InvalidInput,
        "customers.merge_into_itself",
    ),
    (
        "merge a vehicle into itself",
        lambda ids: MergeVehicles(ids["vehicle"], ids["vehicle"]),
        InvalidInput,
        "customers.merge_into_itself",
    ),
    (
        "mileage below the last without confirmation",
        lambda ids: RequestRepair("홍길동", "12가3456", ids["mechanic"], 1, 10_000, mileage=1_000),
        MileageBelowLast,
        "customers.mileage_below_last",
    ),
    ("unknown vehicle", lambda ids: UpdateVehicle(999, model="K5"), NotFound, "customers.unknown_vehicle"),
    (
        "new plate held by another car",
        lambda ids: ChangeCarNumber(ids["vehicle"], "34나 5678"),
        Conflict,
        "customers.car_number_taken",
    ),
]


@pytest.mark.parametrize("case", BAD, ids=[c[0] for c in BAD])
def test_bad_input_is_one_clear_sentence_and_writes_nothing(
    desk: Shop, case: tuple[str, Callable[[dict[str, int]], Any], type[DomainError], str]
) -> None:
    _, build, kind, code = case
    mechanic = desk.handle(RegisterMechanic("김민수", 30))
    desk.handle(
        RequestRepair("홍길동", "12가3456", mechanic, 1, 10_000, customer_phone="010-1234-5678", mileage=52_000)
    )
    desk.handle(RegisterVehicle("34나5678"))
    [car, _other] = rows(desk, s.vehicle)
    ids = {"mechanic": mechanic, "vehicle": car.id, "customer": car.owner_id}
    before = snapshot(desk)
    with pytest.raises(kind) as raised:
        desk.handle(build(ids))
    assert raised.value.code == code
    for lang in ("ko", "en"):
        sentence = raised.value.render(lang)
        assert sentence.endswith((".", "요.", "다.")) and "{" not in sentence
        assert "홍길동" not in sentence and "01012345678" not in sentence
    assert diff(before, snapshot(desk)) == []


def test_a_request_registers_a_new_car_and_customer_in_its_transaction(desk: Shop) -> None:
    mechanic = desk.handle(RegisterMechanic("김민수", 30))
    rid = desk.handle(
        RequestRepair("홍길동", "12가-3456", mechanic, 2, 50_000, customer_phone="010-1234-5678", mileage=52_000)
    )
    [person] = rows(desk, s.customer)
    [car] = rows(desk, s.vehicle)
    assert (person.name, person.phone) == ("홍길동", "01012345678")
    assert (car.car_number, car.owner_id) == ("12가3456", person.id)
    assert receipt_links(desk) == [(rid, car.id, person.id, 52_000)]
    [reading] = rows(desk, s.vehicle_reading)
    assert (reading.vehicle_id, reading.km, reading.day) == (car.id, 52_000, "2026-03-02")
    # what was typed stays on the receipt
    with desk.db.read.connect() as conn:
        assert conn.execute(select(s.receipt.c.car_number).where(s.receipt.c.id == rid)).scalar_one() == "12가-3456"
    [requested] = events(desk, "RepairRequested")
    assert (requested.vehicle_id, requested.customer_id, requested.mileage) == (car.id, person.id, 52_000)


def test_a_known_car_is_linked_never_typed_twice(desk: Shop, clock: FakeClock) -> None:
    mechanic = desk.handle(RegisterMechanic("김민수", 30))
    first = desk.handle(RequestRepair("홍길동", "12가3456", mechanic, 1, 10_000, mileage=52_000))
    clock.advance(days=1)
    second = desk.handle(RequestRepair("홍 길동", "12-가-3456", mechanic, 1, 10_000, customer_phone="010 1234 5678"))
    [person] = rows(desk, s.customer)
    [car] = rows(desk, s.vehicle)
    assert receipt_links(desk) == [(first, car.id, person.id, 52_000), (second, car.id, person.id, None)]
    assert person.phone == "01012345678"  # the register is filled in, never overwritten


def test_a_lower_mileage_needs_the_odometer_confirmed(desk: Shop, clock: FakeClock) -> None:
    mechanic = desk.handle(RegisterMechanic("김민수", 30))
    desk.handle(RequestRepair("홍길동", "12가3456", mechanic, 1, 10_000, mileage=152_000))
    clock.advance(days=1)
    with pytest.raises(MileageBelowLast):
        desk.handle(RequestRepair("홍길동", "12가3456", mechanic, 1, 10_000, mileage=300))
    assert len(receipt_links(desk)) == 1
    rid = desk.handle(RequestRepair("홍길동", "12가3456", mechanic, 1, 10_000, mileage=300, odometer_replaced=True))
    assert receipt_links(desk)[-1][0] == rid and receipt_links(desk)[-1][3] == 300
    assert [(r.km, r.odometer_replaced) for r in rows(desk, s.vehicle_reading)] == [(152_000, False), (300, True)]


def test_corrections_and_merges_are_events_with_who_and_when(desk: Shop) -> None:
    mechanic = desk.handle(RegisterMechanic("김민수", 30))
    a = desk.handle(RequestRepair("홍길동", "12가3456", mechanic, 1, 10_000, mileage=50_000))
    b = desk.handle(RequestRepair("홍길동", "12가3457", mechanic, 1, 10_000, customer_phone="010-1234-5678"))
    [car_a, car_b] = rows(desk, s.vehicle)
    [who_a, who_b] = rows(desk, s.customer)
    desk.handle(UpdateCustomer(who_a.id, phone="010-9999-0000"))
    desk.handle(MergeVehicles(car_a.id, car_b.id))
    desk.handle(MergeCustomers(who_a.id, who_b.id))
    assert {x[0]: x[1:3] for x in receipt_links(desk)} == {a: (car_a.id, who_a.id), b: (car_a.id, who_a.id)}
    kept, gone = rows(desk, s.vehicle)
    assert (kept.car_number, gone.car_number, gone.merged_into) == ("12가3456", None, kept.id)
    assert [f.car_number for f in rows(desk, s.vehicle_former_number)] == ["12가3457"]
    with desk.db.read.connect() as conn:
        log = list(
            conn.execute(
                select(s.event_log.c.event_type, s.event_log.c.actor, s.event_log.c.occurred_at, s.event_log.c.payload)
                .where(s.event_log.c.event_type.in_(["CustomerUpdated", "VehiclesMerged", "CustomersMerged"]))
                .order_by(s.event_log.c.id)
            )
        )
    assert [(e.event_type, e.actor) for e in log] == [
        ("CustomerUpdated", "desk"),
        ("VehiclesMerged", "desk"),
        ("CustomersMerged", "desk"),
    ]
    assert all(e.occurred_at.startswith("2026-03-02") for e in log)
    assert '"phone":{"redacted":true}' in log[0].payload.replace(" ", "") and "9999" not in log[0].payload


def test_erasing_a_customer_blanks_the_register_and_keeps_the_receipts(desk: Shop) -> None:
    mechanic = desk.handle(RegisterMechanic("김민수", 30))
    rid = desk.handle(RequestRepair("홍길동", "12가3456", mechanic, 1, 10_000, customer_phone="010-1234-5678"))
    [person] = rows(desk, s.customer)
    desk.handle(EraseCustomer(person.id))
    [erased] = rows(desk, s.customer)
    assert (erased.name, erased.phone, erased.note, erased.anonymised) == ("", "", "", True)
    assert receipt_links(desk)[0][:3] == (rid, rows(desk, s.vehicle)[0].id, person.id)
    # the next visit of the car registers a new customer: an erased one is not brought back
    desk.handle(RequestRepair("홍길동", "12가3456", mechanic, 1, 10_000))
    assert [p.anonymised for p in rows(desk, s.customer)] == [True, False]


def test_new_records_get_the_next_ids_and_are_written_whole_by_their_first_save(shop: Shop) -> None:
    """An id is handed out before its record exists (its events need it); the row is written at the first save,
    whole, and two ids handed out in one transaction before either is saved differ."""
    from domain.customers.model import Customer, Vehicle

    first = shop.handle(RegisterCustomer("김철수", "010-1234-5678"))
    with shop.bus.unit_of_work("desk") as uow:
        a, b = uow.customers.customer_id(), uow.customers.customer_id()
        car_id = uow.customers.vehicle_id()
        uow.customers.save_customer(Customer.register(b, "박영희", "01099998888"))
        uow.customers.save_customer(Customer.register(a, "이민수", ""))
        uow.customers.save_vehicle(Vehicle.register(car_id, "12가3456", b, model="쏘나타"))
        uow.commit()
    assert (a, b) == (first + 1, first + 2)
    people = {r.id: (r.name, r.phone, r.created_at) for r in rows(shop, s.customer)}
    assert people[a][:2] == ("이민수", "") and people[b][:2] == ("박영희", "01099998888")
    assert people[a][2] and people[b][2]  # stamped when written
    (car,) = rows(shop, s.vehicle)
    assert (car.id, car.car_number, car.owner_id, car.model, car.car_key) == (car_id, "12가3456", b, "쏘나타", "3456")
    assert shop.handle(RegisterCustomer("최지우", "")) == first + 3  # the database's own next id agrees
