"""The audit trail on a real database: every event with who gave it (user id and name), role and terminal."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.bootstrap import Shop, bootstrap
from app.users.audit import CSV_COLUMNS, audit_csv
from domain.commands import CreateUser, FinishJob, RecordPayment, RegisterMechanic, RequestRepair, StartJob
from tests.builders import FakeClock

SEOUL = ZoneInfo("Asia/Seoul")


@pytest.fixture
def day(db_url: str, tmp_path: Path) -> Iterator[tuple[Shop, Shop, FakeClock, dict[str, int]]]:
    clock = FakeClock(datetime(2026, 3, 2, 9, 30, tzinfo=SEOUL))
    desk = bootstrap(database_url=db_url, invoice_dir=tmp_path / "d", terminal="desk-1", clock=clock, actor="owner")
    bay = bootstrap(database_url=db_url, invoice_dir=tmp_path / "b", terminal="bay-1", clock=clock, actor="owner")
    try:
        kim = desk.handle(RegisterMechanic("김민수", 40))  # before any user: the owner
        ids = {"kim": kim, "manager": desk.handle(CreateUser("최관리", "manager", "5937"))}
        desk.login("최관리", "5937")
        ids["desk"] = desk.handle(CreateUser("박지영", "desk", "7305"))
        ids["mechanic"] = desk.handle(CreateUser("김민수", "mechanic", "6142", mechanic_id=kim))
        clock.now += timedelta(days=1)
        desk.login("박지영", "7305")
        ids["receipt"] = desk.handle(RequestRepair("홍길동", "12가3456", kim, 1, 50_000))
        ids["other_receipt"] = desk.handle(RequestRepair("이영희", "34나5678", kim, 1, 30_000))
        job = next(r.job_id for r in desk.status_board() if r.receipt_id == ids["receipt"])
        assert job is not None
        bay.login("김민수", "6142")
        bay.handle(StartJob(job))
        bay.handle(FinishJob(job))
        invoice_no = next(r.invoice_no for r in desk.status_board() if r.receipt_id == ids["receipt"])
        desk.handle(RecordPayment(str(invoice_no), 55_000, "card"))
        yield desk, bay, clock, ids
    finally:
        bay.close()
        desk.close()


def test_every_event_says_who_gave_it_in_which_role_and_where(
    day: tuple[Shop, Shop, FakeClock, dict[str, int]],
) -> None:
    desk, _bay, _clock, ids = day
    rows = desk.audit()
    assert [r.event for r in rows][:2] == ["MechanicRegistered", "UserCreated"]
    first = rows[0]
    assert (first.actor, first.user_id, first.role, first.terminal) == ("owner", None, "", "desk-1")
    by_event = {r.event: r for r in rows}
    requested = by_event["RepairRequested"]
    assert (requested.actor, requested.user_id, requested.role, requested.terminal) == (
        "박지영",
        ids["desk"],
        "desk",
        "desk-1",
    )
    # A policy's event carries the user whose command set it off.
    assert (by_event["JobCreated"].actor, by_event["JobCreated"].role) == ("박지영", "desk")
    started = by_event["JobStarted"]
    assert (started.actor, started.user_id, started.role, started.terminal) == (
        "김민수",
        ids["mechanic"],
        "mechanic",
        "bay-1",
    )
    assert (by_event["BillIssued"].actor, by_event["BillIssued"].terminal) == ("김민수", "bay-1")
    assert by_event["PaymentRecorded"].receipt_id == ids["receipt"]  # found through its invoice
    assert by_event["PaymentRecorded"].car_number == "12가3456"
    assert by_event["SignedIn"].role in ("manager", "desk", "mechanic")
    assert all(r.at and datetime.fromisoformat(r.at).tzinfo is not None for r in rows)


def test_the_filters(day: tuple[Shop, Shop, FakeClock, dict[str, int]]) -> None:
    desk, _bay, _clock, ids = day
    mine = desk.audit(user="김민수")
    assert mine and {r.actor for r in mine} == {"김민수"}
    assert desk.audit(user=ids["mechanic"]) == mine
    receipt = desk.audit(receipt_id=ids["receipt"])
    kinds = [r.event for r in receipt]
    assert "RepairRequested" in kinds and "JobStarted" in kinds and "PaymentRecorded" in kinds
    assert all(r.receipt_id == ids["receipt"] for r in receipt)
    assert not any(r.receipt_id == ids["other_receipt"] for r in receipt)
    first_day = desk.audit(until="2026-03-02")
    second_day = desk.audit(since="2026-03-03")
    assert first_day and second_day
    assert {r.at[:10] for r in first_day} == {"2026-03-02"} and {r.at[:10] for r in second_day} == {"2026-03-03"}
    assert len(first_day) + len(second_day) == len(desk.audit())
    assert desk.audit(user="박지영", receipt_id=ids["other_receipt"], since="2026-03-03", until="2026-03-03")
    assert desk.audit(user="아무도") == []


def test_the_csv_export(day: tuple[Shop, Shop, FakeClock, dict[str, int]]) -> None:
    desk, _bay, _clock, ids = day
    rows = desk.audit(receipt_id=ids["receipt"])
    parsed = list(csv.DictReader(io.StringIO(audit_csv(rows))))
    assert tuple(parsed[0]) == CSV_COLUMNS
    assert {"at", "actor", "role", "terminal", "event", "receipt_id"} <= set(CSV_COLUMNS)
    assert len(parsed) == len(rows)
    assert parsed[0]["receipt_id"] == str(ids["receipt"])
    assert any(p["actor"] == "김민수" and p["terminal"] == "bay-1" for p in parsed)


def test_invoice_and_car_number_filters(day: tuple[Shop, Shop, FakeClock, dict[str, int]]) -> None:
    desk, _bay, _clock, ids = day
    invoice_no = next(r.invoice_no for r in desk.status_board() if r.receipt_id == ids["receipt"])
    by_invoice = desk.audit(invoice_no=str(invoice_no))
    assert by_invoice and all(r.invoice_no == invoice_no for r in by_invoice)
    assert {"BillIssued", "PaymentRecorded"} <= {r.event for r in by_invoice}
    by_car = desk.audit(car_number="5678")  # the last four digits, as the desk searches
    assert by_car and all(r.receipt_id == ids["other_receipt"] for r in by_car)
