"""Migrations with data: a shop at every earlier revision, rows in every table, upgraded to head.

The shop is made the real way (commands at the desk, a closed day, a refund, a
cancelled request), brought down to each earlier revision by the migrations
themselves, then upgraded again by `bootstrap`, as the next start of a newer
Pitlane would. Every row of every column that revision had must come back as it
was, the event chain must be rebuilt (to the very same hashes where the events
were not touched on the way), and `check` must find nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

from app import schema as s
from app.bootstrap import bootstrap
from app.checks import run_checks
from app.db import alembic_config, current_revision, head_revision
from domain.commands import (
    AddCannedJob,
    AddDayOff,
    AddShopClosure,
    CancelRepair,
    ChangeCarNumber,
    CloseDay,
    CreateUser,
    DraftEstimate,
    IncreaseStock,
    ProposeAdditionalWork,
    RecordPayment,
    RecordRefund,
    RegisterMechanic,
    RegisterPart,
    RequestRepair,
    StartJob,
    VoidInvoice,
)
from tests.builders import FakeClock, make_invoice
from tests.integration.core_helpers import wait_for_documents


def earlier_revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return sorted(r.revision for r in script.walk_revisions() if r.revision != head_revision())


def build_a_shop(db_url: str, folder: Path, *, till: bool) -> None:
    """A day at the desk; with `till`, the refund and the day close that came with revision 0002."""
    clock = FakeClock()
    shop = bootstrap(db_url, folder, actor="desk", terminal="front-1", clock=clock)
    try:
        a = make_invoice(shop, fare=100_000, parts=[("OIL-1", "엔진오일", 30_000, 2)])
        shop.handle(RecordPayment(a, 50_000, "card"))
        b = make_invoice(shop, fare=20_000, customer="이철수", car_number="56다7890")
        shop.handle(RecordPayment(b, 22_000, "cash"))
        shop.handle(VoidInvoice(b, "중복 발행"))
        if till:
            shop.handle(RecordRefund(b, 22_000, "cash"))
        kim = shop.handle(RegisterMechanic("박지훈", 5))
        withdrawn = shop.handle(RequestRepair("최민호", "78라1234", kim, 1, 30_000))
        shop.handle(CancelRepair(withdrawn, "손님이 취소"))
        shop.handle(RequestRepair("정수연", "90마5678", kim, 9, 30_000))  # refused: more than the mechanic has
        # The later contexts' tables: a day off and a closure (0007), a car with its mileage that got a
        # new plate (0008); at the very end, since it makes every later command need a sign-in, a user (0009).
        shop.handle(AddDayOff(kim, "2026-12-24"))
        shop.handle(AddShopClosure("2026-12-31", note="연말"))
        shop.handle(RequestRepair("한지민", "11바2233", kim, 1, 40_000, mileage=52_000))
        (car,) = [v for v in shop.find_vehicles("2233") if v.car_number == "11바2233"]
        shop.handle(ChangeCarNumber(car.vehicle_id, "22사3344"))
        # 0012: a canned job, an estimate with its lines, additional work proposed from the bay.
        filter_part = shop.handle(RegisterPart("FLT-9", "오일필터", 9_000, 4))
        shop.handle(IncreaseStock(filter_part, 6, unit_cost=5_500))  # 0013: a delivery with its cost
        menu = shop.handle(AddCannedJob("엔진오일 교환", 20_000, 1, ((filter_part, 1),)))
        assert menu
        shop.handle(
            DraftEstimate("한지민", "22사3344", kim, 1, 40_000, labour=(("점검", 5_000),), parts=((filter_part, 1),))
        )
        bay = shop.handle(RequestRepair("오세훈", "33아4455", kim, 1, 25_000))
        job = shop.query(lambda c: c.execute(text("SELECT id FROM job WHERE receipt_id = :r"), {"r": bay}).scalar())
        shop.handle(StartJob(job))
        shop.handle(ProposeAdditionalWork(job, "브레이크액 교환", 15_000))
        shop.handle(ProposeAdditionalWork(job, "오일필터 교환", 0, parts=((filter_part, 1),)))  # 0014: its parts
        wait_for_documents(shop)
        if till:
            clock.set("2026-11-24T18:30:00")
            shop.documents.wait(shop.handle(CloseDay()))
        shop.handle(CreateUser("관리자", "manager", "7391"))
    finally:
        shop.close()
    # policy_done holds the policies that did succeed for an event whose delivery failed half-way and
    # was retried; a healthy day leaves none, so one such row is made by hand.
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO policy_done (event_id, policy) SELECT min(id), 'board' FROM event_log"))
    finally:
        engine.dispose()


def columns_of(db_url: str) -> dict[str, list[str]]:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            found = inspect(conn)
            return {
                t: [c["name"] for c in found.get_columns(t)] for t in found.get_table_names() if t != "alembic_version"
            }
    finally:
        engine.dispose()


def dump(db_url: str, columns: dict[str, list[str]]) -> dict[str, list[tuple[Any, ...]]]:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return {
                table: sorted(
                    (tuple(r) for r in conn.execute(text(f"SELECT {', '.join(cols)} FROM {table}"))), key=repr
                )
                for table, cols in columns.items()
            }
    finally:
        engine.dispose()


def without_codes(row: tuple[Any, ...], payload: int) -> tuple[Any, ...]:
    data = json.loads(row[payload])
    data.pop("reason_code", None)
    data.pop("reason_params", None)
    return (*row[:payload], json.dumps(data, sort_keys=True, ensure_ascii=False), *row[payload + 1 :])


@pytest.mark.parametrize("revision", earlier_revisions())
def test_a_shop_at_an_earlier_revision_upgrades_with_every_row_kept(db_url: str, tmp_path: Path, revision: str) -> None:
    build_a_shop(db_url, tmp_path / "invoices", till=revision >= "0002")
    hashes_at_head = dump(db_url, {"event_log": ["id", "chain_hash"]})["event_log"]

    command.downgrade(alembic_config(db_url), revision)
    then = columns_of(db_url)
    before = dump(db_url, then)
    assert [t for t, rows in before.items() if not rows] == []  # rows in every table of that revision
    assert sum(len(rows) for rows in before.values()) > 50

    shop = bootstrap(db_url, tmp_path / "invoices", actor="desk", terminal="front-1")
    try:
        assert current_revision(shop.db.read) == head_revision()
        after = dump(db_url, then)
        if revision < "0004":  # 0004 gives the reasons of old events their codes back: all else is kept
            payload = then["event_log"].index("payload")
            before["event_log"] = [without_codes(r, payload) for r in before["event_log"]]
            after["event_log"] = [without_codes(r, payload) for r in after["event_log"]]
        if revision < "0006":  # 0006: the labour, once made up at read time, is each invoice's first line
            fare = then["invoice"].index("fare")
            labour = [(r[0], 1, "", "", 1, r[fare], r[fare]) for r in before["invoice"]]
            moved = [(r[0], r[1] + 1, *r[2:]) for r in before["invoice_line"]]
            before["invoice_line"] = sorted(labour + moved, key=repr)
            # ... and the bill's lines are numbered by a series of their own, which it starts.
            after["number_series"] = [r for r in after["number_series"] if r[0] != "bill-line"]
        for table in before:
            assert len(before[table]) == len(after[table]), (table, len(before[table]), len(after[table]))
            changed = [(x, y) for x, y in zip(before[table], after[table], strict=True) if x != y]
            assert not changed, (table, changed[:3])
        after_hashes = dump(db_url, {"event_log": ["id", "chain_hash"]})["event_log"]
        assert len(after_hashes) == len(hashes_at_head)
        if "chain_hash" not in then["event_log"] and revision >= "0004":
            # The events came back untouched, so the chain is rebuilt to the very same hashes.
            assert after_hashes == hashes_at_head
        if revision < "0007":
            # Going down dropped what later revisions keep on the board (0007's promised dates):
            # the log still holds them, and a rebuild is how a downgraded shop gets them back.
            shop.rebuild_board()
        report = run_checks(shop)
        if revision < "0014":
            # Going down dropped the bay's proposals (0012) or their parts (0014); the log still says what was
            # proposed, and check says the rows are not what the events proposed: that check alone.
            (lost,) = [r for r in report.results if not r.ok]
            assert lost.name == "additional work and the customer's consent equal to their events"
            wording = "was proposed by an event but has no row" if revision < "0012" else "parts () in the table"
            assert lost.breaches and all(wording in b for b in lost.breaches), lost.breaches
        else:
            assert report.ok, report.render()
        with shop.db.read.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM event_chain")).scalar_one() == 1
            assert conn.execute(s.invoice.select()).all()
    finally:
        shop.close()
