"""A terminal killed at random points of every kind of command, then the next start and `check`.

Each kill is real: a child process (spawn) gives one command and dies with
os._exit at its k-th SQL statement, k drawn at random (seeded, so a failure can
be replayed): before the first write, between two writes, in the middle of the
policies, while logging an event or advancing the chain's head, or (when k lies
beyond the command's last statement) not at all. Nothing is closed, nothing
rolled back by hand: the database keeps what it keeps. The parent then starts a
terminal on the same database, as the next start would, and every guarantee of
`check` must hold: the event chain whole, the money equal to its events, the
command either done completely or not at all.
"""

from __future__ import annotations

import multiprocessing
import os
import random
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app import queries
from app import schema as s
from app.bootstrap import Shop, bootstrap
from app.checks import run_checks
from domain.commands import (
    CancelRepair,
    CloseDay,
    Command,
    FinishJob,
    IncreaseStock,
    RecordPayment,
    RecordRefund,
    RegisterMechanic,
    RegisterPart,
    RequestPart,
    RequestRepair,
    StartJob,
    VoidInvoice,
)

CRASHED = 9
KST = timezone(timedelta(hours=9))
POINTS_PER_KIND = 2
SEED = 13


def _clock(at: str) -> Callable[[], datetime]:
    moment = datetime.fromisoformat(at).replace(tzinfo=KST)
    return lambda: moment


def crash_at_statement(db_url: str, folder: str, at: str, command: Command, k: int) -> None:
    """In the child: start a terminal, give `command`, die at its k-th statement (or finish and exit 0)."""
    from sqlalchemy import event

    shop = bootstrap(database_url=db_url, invoice_dir=folder, actor="bay", terminal="bay-9", clock=_clock(at))
    shop.bus.after_commit.remove(shop.documents.schedule_for)
    count = [0]

    def counted(*_args: Any) -> None:
        # Every statement is heard here: SQLAlchemy's, the prepared ones and the savepoints (app.prepared).
        count[0] += 1
        if count[0] == k:
            os._exit(CRASHED)

    for engine in (shop.db.write, shop.db.read):
        event.listen(engine, "before_cursor_execute", counted)
    try:
        shop.handle(command)
    except Exception:
        os._exit(3)  # a refusal here would mean the test prepared the command wrongly
    os._exit(0)


def in_child(*args: Any) -> int:
    proc = multiprocessing.get_context("spawn").Process(target=crash_at_statement, args=args)
    proc.start()
    proc.join(120)
    assert proc.exitcode is not None, "the child hung"
    return proc.exitcode


def restart(db_url: str, tmp_path: Path, at: str) -> Shop:
    return bootstrap(db_url, tmp_path / "invoices", actor="desk", terminal="front-1", clock=_clock(at))


def a_started_job(shop: Shop, mechanic: int) -> tuple[int, int]:
    receipt = shop.handle(RequestRepair("홍길동", "12가3456", mechanic, 1, 10_000))
    job = shop.query(queries.board_row, receipt).job_id
    assert job is not None
    shop.handle(StartJob(job))
    return receipt, job


def an_invoice(shop: Shop, mechanic: int) -> str:
    _receipt, job = a_started_job(shop, mechanic)
    shop.handle(FinishJob(job))
    invoice_no = shop.query(queries.invoice_no_for_job, job)
    assert invoice_no
    return str(invoice_no)


def prepare(shop: Shop, kind: str, n: int) -> tuple[Command, str]:
    """A command of `kind` that the shop must take as it stands, and the moment it is given."""
    today = "2026-11-24T10:00:00"
    mechanic = shop.handle(RegisterMechanic(f"정비사{kind}{n}", 5))
    part = shop.handle(RegisterPart(f"P-{kind}-{n}", "부품", 2_500, 3))
    if kind == "RegisterMechanic":
        return RegisterMechanic(f"새 정비사{n}", 3), today
    if kind == "RegisterPart":
        return RegisterPart(f"NEW-{n}", "새 부품", 9_000, 2), today
    if kind == "IncreaseStock":
        return IncreaseStock(part, 2), today
    if kind == "RequestRepair":
        return RequestRepair("김영희", "34나5678", mechanic, 2, 30_000), today
    if kind == "CancelRepair":
        receipt = shop.handle(RequestRepair("김영희", "34나5678", mechanic, 1, 30_000))
        return CancelRepair(receipt, "고객 요청"), today
    if kind == "StartJob":
        receipt = shop.handle(RequestRepair("김영희", "34나5678", mechanic, 1, 30_000))
        job = shop.query(queries.board_row, receipt).job_id
        assert job is not None
        return StartJob(job), today
    if kind == "RequestPart":
        return RequestPart(a_started_job(shop, mechanic)[1], part, 1), today
    if kind == "FinishJob":
        _receipt, job = a_started_job(shop, mechanic)
        shop.handle(RequestPart(job, part, 2))
        return FinishJob(job), today
    invoice_no = an_invoice(shop, mechanic)
    if kind == "RecordPayment":
        return RecordPayment(invoice_no, 5_000, "card"), today
    shop.handle(RecordPayment(invoice_no, 11_000, "cash"))
    if kind == "VoidInvoice":
        return VoidInvoice(invoice_no, "금액 오류"), today
    shop.handle(VoidInvoice(invoice_no, "금액 오류"))
    if kind == "RecordRefund":
        return RecordRefund(invoice_no, 11_000, "cash"), today
    assert kind == "CloseDay"
    # Days close in order, and money after a close goes to the next open day: the close to crash is
    # of the earliest day still open, the one this invoice's money went to.
    day = shop.query(_first_open_day_with_money)
    return CloseDay(day), f"{day}T19:00:00"


def _first_open_day_with_money(conn: Any) -> str:
    t = s.till_day.c
    return str(conn.execute(select(func.min(t.day)).where(t.status == "open")).scalar_one())


KINDS = [
    "RegisterMechanic",
    "RegisterPart",
    "IncreaseStock",
    "RequestRepair",
    "CancelRepair",
    "StartJob",
    "RequestPart",
    "FinishJob",
    "RecordPayment",
    "VoidInvoice",
    "RecordRefund",
    "CloseDay",
]


@pytest.mark.parametrize("kind", KINDS)
def test_a_terminal_killed_anywhere_in_a_command_leaves_a_shop_that_checks(
    db_url: str, tmp_path: Path, kind: str
) -> None:
    rng = random.Random(f"{SEED}-{kind}")
    crashed = 0
    for n in range(POINTS_PER_KIND):
        shop = restart(db_url, tmp_path, "2026-11-24T09:00:00")
        try:
            command, at = prepare(shop, kind, n)
            with shop.db.read.connect() as conn:
                events_before = conn.execute(select(func.count()).select_from(s.event_log)).scalar_one()
        finally:
            shop.close()
        k = rng.randint(1, 14)
        code = in_child(db_url, str(tmp_path / "invoices"), at, command, k)
        assert code in (CRASHED, 0), f"{command!r} at statement {k}: the child ended with {code}"
        crashed += code == CRASHED
        shop = restart(db_url, tmp_path, at)  # the next start: delivers what was left pending
        try:
            report = run_checks(shop)
            assert report.ok, f"{command!r} killed at statement {k}:\n{report.render()}"
            with shop.db.read.connect() as conn:
                events_after = conn.execute(select(func.count()).select_from(s.event_log)).scalar_one()
            if code == 0:
                assert events_after > events_before  # it ran to the end: its events are there
        finally:
            shop.close()
    assert crashed >= 1, f"no {kind} was killed: the statements counted are fewer than the points drawn"
