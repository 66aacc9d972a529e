"""The register screen's reads (app.customers.records), on SQLite and PostgreSQL: one record, customers by text."""

from __future__ import annotations

import pytest

from app.bootstrap import Shop
from app.customers.records import customer_record, find_customers, vehicle_record
from domain.commands import (
    ChangeCarNumber,
    EraseCustomer,
    MergeCustomers,
    RecordConsent,
    RegisterCustomer,
    RegisterMechanic,
    RegisterVehicle,
    RequestRepair,
)
from domain.errors import NotFound


def test_a_customer_and_a_car_as_the_register_screen_opens_them(shop: Shop) -> None:
    kim = shop.handle(RegisterMechanic("김민수", 10))
    cid = shop.handle(RegisterCustomer("김영희", "010-5555-6666", "오후에만 통화"))
    vid = shop.handle(RegisterVehicle("34나7777", cid, model="아반떼", year=2019, first_registered="2019-03-15"))
    shop.handle(RequestRepair("김영희", "34나7777", kim, 1, 20_000, mileage=48_200))
    shop.handle(ChangeCarNumber(vid, "56다7890"))
    shop.handle(RecordConsent(cid, True))

    car = shop.query(vehicle_record, vid)
    assert (car.car_number, car.model, car.year, car.first_registered) == ("56다7890", "아반떼", 2019, "2019-03-15")
    assert (car.owner_id, car.former_numbers, car.last_mileage, car.visits) == (cid, ("34나7777",), 48_200, 1)
    person = shop.query(customer_record, cid)
    assert (person.name, person.phone, person.note) == ("김영희", "010-5555-6666", "오후에만 통화")
    assert person.consent and person.consent_date is not None and not person.anonymised
    assert [c.car_number for c in person.cars] == ["56다7890"] and person.visits == 1

    shop.handle(EraseCustomer(cid))
    erased = shop.query(customer_record, cid)
    assert erased.anonymised and (erased.name, erased.phone, erased.consent_date) == ("", "", None)
    with pytest.raises(NotFound):
        shop.query(customer_record, 999)
    with pytest.raises(NotFound):
        shop.query(vehicle_record, 999)


def test_customers_are_found_by_name_phone_and_plate_and_a_merged_one_is_not(shop: Shop) -> None:
    cid = shop.handle(RegisterCustomer("김영희", "010-5555-6666"))
    shop.handle(RegisterVehicle("34나7777", cid))
    other = shop.handle(RegisterCustomer("박철수", "010-2222-3333"))
    percent = shop.handle(RegisterCustomer("100%_상사"))
    assert [m.customer_id for m in shop.query(find_customers, "영희")] == [cid]
    assert [m.customer_id for m in shop.query(find_customers, "3333")] == [other]
    assert [m.customer_id for m in shop.query(find_customers, "%_")] == [percent]  # LIKE's own signs, literally
    [found] = shop.query(find_customers, "34나7777")
    assert (found.customer_id, found.car_numbers, found.phone) == (cid, "34나7777", "010-5555-6666")
    shop.handle(MergeCustomers(cid, other))
    assert shop.query(find_customers, "박철수") == []
    assert shop.query(find_customers, "  ") == []


def test_on_postgresql_the_search_s_likes_have_trigram_indexes(shop: Shop) -> None:
    """Migration 0015: pg_trgm GIN indexes behind every LIKE of find_vehicles (SQLite has its FTS5 table)."""
    from sqlalchemy import text

    from app.customers.search_index import TRIGRAM_INDEXES

    with shop.db.read.connect() as conn:
        if conn.dialect.name != "postgresql":
            assert conn.execute(text("SELECT count(*) FROM vehicle_search")).scalar() == 0
            return
        found = {
            name for (name,) in conn.execute(text("SELECT indexname FROM pg_indexes WHERE indexname LIKE 'ix_trgm_%'"))
        }
        assert found == set(TRIGRAM_INDEXES)
        conn.execute(text("SET enable_seqscan = off"))  # a tiny table: make the planner show it could use them
        plan = "\n".join(
            row[0] for row in conn.execute(text("EXPLAIN SELECT id FROM customer WHERE lower(name) LIKE '%영희%'"))
        )
    assert "ix_trgm_customer_name" in plan
