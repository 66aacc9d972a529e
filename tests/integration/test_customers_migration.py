"""Migration 0008: an existing shop's receipts become the register's customers and vehicles at upgrade."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import create_engine, select, text

from app import schema as s
from app.bootstrap import bootstrap
from app.db import alembic_config
from domain.commands import RequestRepair

BEFORE = "0005"


def add_receipt(conn: Any, rid: int, name: str, car: str, phone: str = "", car_id: str = "", day: str = "01") -> None:
    conn.execute(
        text(
            "INSERT INTO receipt (customer_name, customer_phone, car_number, car_id, mechanic_id, mechanic_name,"
            " man_day, fare, term, request_note, status, reason, reason_code, reason_params, requested_at)"
            " VALUES (:name, :phone, :car, :car_id, :mid, '김민수', 1, 10000, '엔진오일 교환', '', 'requested',"
            " '', '', '{}', :at)"
        ),
        {"name": name, "phone": phone, "car": car, "car_id": car_id, "mid": 1, "at": f"2026-02-{day}T09:00:00+09:00"},
    )


def test_an_upgrade_links_the_old_receipts_to_customers_and_vehicles(db_url: str, tmp_path: Path) -> None:
    cfg = alembic_config(db_url)
    command.upgrade(cfg, BEFORE)
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO mechanic (name, man_day, created_at) VALUES ('김민수', 30, '2026-02-01')"))
            add_receipt(conn, 1, "홍길동", "12가3456", "010-1234-5678", day="01")
            add_receipt(conn, 2, "홍 길동", "12가 3456", day="03")  # the same car, typed otherwise
            add_receipt(conn, 3, "홍길동", "34나5678", "01012345678", "KMHAB81CBLU123456", day="04")  # same person
            add_receipt(conn, 4, "김영희", "56다7890", "010-1234-5678", day="05")  # a family's phone
            add_receipt(conn, 5, "이철수", "--", day="06")  # not a car number: stays unlinked
            add_receipt(conn, 6, "박민지", "78라1234", "12", "short", day="07")  # phone and VIN left off
    finally:
        engine.dispose()

    shop = bootstrap(database_url=db_url, invoice_dir=tmp_path / "inv", actor="desk", terminal="front-1")
    try:
        with shop.db.read.connect() as conn:
            customers = [
                tuple(r)
                for r in conn.execute(
                    select(s.customer.c.id, s.customer.c.name, s.customer.c.phone).order_by(s.customer.c.id)
                )
            ]
            vehicles = [
                tuple(r)
                for r in conn.execute(
                    select(
                        s.vehicle.c.id,
                        s.vehicle.c.car_number,
                        s.vehicle.c.car_key,
                        s.vehicle.c.car_id,
                        s.vehicle.c.owner_id,
                    ).order_by(s.vehicle.c.id)
                )
            ]
            links = [
                tuple(r)
                for r in conn.execute(
                    select(
                        s.receipt.c.id, s.receipt.c.vehicle_id, s.receipt.c.customer_id, s.receipt.c.car_number
                    ).order_by(s.receipt.c.id)
                )
            ]
        assert customers == [(1, "홍길동", "01012345678"), (2, "김영희", "01012345678"), (3, "박민지", "")]
        assert vehicles == [
            (1, "12가3456", "3456", "", 1),
            (2, "34나5678", "5678", "KMHAB81CBLU123456", 1),
            (3, "56다7890", "7890", "", 2),
            (4, "78라1234", "1234", "", 3),
        ]
        # what was typed stays on each receipt
        assert links == [
            (1, 1, 1, "12가3456"),
            (2, 1, 1, "12가 3456"),
            (3, 2, 1, "34나5678"),
            (4, 3, 2, "56다7890"),
            (5, None, None, "--"),
            (6, 4, 3, "78라1234"),
        ]
        # the shop goes on: new ids follow the migrated ones, a known car is linked
        rid = shop.handle(RequestRepair("홍길동", "12가3456", 1, 1, 10_000, mileage=40_000))
        new = shop.handle(RequestRepair("최지우", "90마1234", 1, 1, 10_000))
        with shop.db.read.connect() as conn:
            got = {
                r.id: (r.vehicle_id, r.customer_id)
                for r in conn.execute(select(s.receipt.c.id, s.receipt.c.vehicle_id, s.receipt.c.customer_id))
            }
        assert got[rid] == (1, 1) and got[new] == (5, 4)
    finally:
        shop.close()
