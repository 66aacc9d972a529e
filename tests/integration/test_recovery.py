"""Nothing lost, nothing twice: crashes and failing policies, and the next start finishing the work.

Crashes are real: a child process (multiprocessing, spawn) dies with os._exit in
the middle of the work, leaving whatever the database kept; the test then
bootstraps on the same database like the next start of the app would.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app import schema as s
from app.bootstrap import Shop, bootstrap
from app.checks import run_checks
from app.jobs.repository import JobRepository
from app.mechanic.repository import MechanicRepository
from app.messagebus import MessageBus
from domain.commands import CancelRepair, Command, FinishJob, RegisterMechanic, RequestRepair, StartJob
from tests.integration.core_helpers import count, diff, events, job_of, man_day, row, snapshot

CRASHED = 9


# -- what the child processes do --------------------------------------------------------
def _patch(target: str, replacement: Callable[..., Any]) -> None:
    module_name, cls_name, method = target.rsplit(".", 2)
    setattr(getattr(importlib.import_module(module_name), cls_name), method, replacement)


def _die(*_args: Any, **_kwargs: Any) -> None:
    os._exit(CRASHED)


def _fail(*_args: Any, **_kwargs: Any) -> None:
    raise RuntimeError("the disk hiccupped")


def run_then_crash(db_url: str, invoice_dir: str, target: str, how: str, commands: list[Command]) -> None:
    """Run `commands` with `target` dying (`die`) or failing (`fail`); then die without closing anything."""
    _patch(target, _die if how == "die" else _fail)
    shop = bootstrap(database_url=db_url, invoice_dir=invoice_dir, actor="crashing", terminal="bay-9")
    for command in commands:
        shop.handle(command)
    os._exit(CRASHED)


def start_and_exit(db_url: str, invoice_dir: str) -> None:
    shop = bootstrap(database_url=db_url, invoice_dir=invoice_dir, actor="restart", terminal="bay-7")
    shop.close()


def in_child(target: Callable[..., None], *args: Any) -> int:
    proc = multiprocessing.get_context("spawn").Process(target=target, args=args)
    proc.start()
    proc.join(120)
    assert proc.exitcode is not None, "the child hung"
    return proc.exitcode


# -- helpers -----------------------------------------------------------------------------
def pending(shop: Shop) -> list[str]:
    with shop.db.read.connect() as conn:
        return list(
            conn.execute(
                select(s.event_log.c.event_type).where(s.event_log.c.dispatched.is_(False)).order_by(s.event_log.c.id)
            ).scalars()
        )


def policies_applied(shop: Shop) -> Counter[tuple[str, str]]:
    """(event type, policy) -> how many times it was recorded as applied."""
    with shop.db.read.connect() as conn:
        rows = conn.execute(
            select(s.event_log.c.event_type, s.policy_done.c.policy).join(
                s.event_log, s.event_log.c.id == s.policy_done.c.event_id
            )
        ).all()
    return Counter((r.event_type, r.policy) for r in rows)


def reopen(db_url: str, tmp_path: Path, name: str = "desk") -> Shop:
    return bootstrap(database_url=db_url, invoice_dir=tmp_path / "invoices", actor=name, terminal=name)


def assert_whole(shop: Shop) -> None:
    """Every accepted receipt one job, every finished job one invoice, nothing pending, checks pass."""
    with shop.db.read.connect() as conn:
        jobs = Counter(conn.execute(select(s.job.c.receipt_id)).scalars())
        invoices = Counter(conn.execute(select(s.invoice.c.job_id)).scalars())
        receipts = dict(conn.execute(select(s.receipt.c.id, s.receipt.c.status)).all())
        finished = list(conn.execute(select(s.job.c.id).where(s.job.c.status == "finished")).scalars())
    for receipt_id, status in receipts.items():
        expected = 1 if status in ("accepted", "in_work", "finished", "cancelled") else 0
        assert jobs[receipt_id] <= 1
        if status != "cancelled":
            assert jobs[receipt_id] == expected, (receipt_id, status)
    assert all(invoices[j] == 1 for j in finished)
    assert sum(invoices.values()) == len(finished)
    assert pending(shop) == []
    report = run_checks(shop)
    assert report.ok, report.render()


# -- crashes in the middle of a transaction -----------------------------------------------
def test_a_crash_inside_a_command_leaves_nothing_half_done(db_url: str, tmp_path: Path) -> None:
    shop = reopen(db_url, tmp_path)
    kim = shop.handle(RegisterMechanic("김민수", 10))
    before = snapshot(shop)
    shop.close()

    # The process dies while the shop context creates the job, after the receipt and
    # the man-day reservation were written in the same transaction.
    code = in_child(
        run_then_crash,
        db_url,
        str(tmp_path / "invoices"),
        "app.jobs.repository.JobRepository.add",
        "die",
        [RequestRepair("홍길동", "12가3456", kim, 3, 50_000)],
    )
    assert code == CRASHED

    shop = reopen(db_url, tmp_path)
    try:
        assert diff(before, snapshot(shop)) == []  # all or nothing: no receipt without its job
        assert man_day(shop, kim) == 10
        rid = shop.handle(RequestRepair("홍길동", "12가3456", kim, 3, 50_000))
        assert row(shop, rid).job_status == "created"
        assert_whole(shop)
    finally:
        shop.close()


def test_a_crash_while_billing_keeps_the_job_open_and_the_numbers_gapless(db_url: str, tmp_path: Path) -> None:
    shop = reopen(db_url, tmp_path)
    kim = shop.handle(RegisterMechanic("김민수", 10))
    first, second = (shop.handle(RequestRepair(n, "12가3456", kim, 1, 10_000)) for n in ("홍길동", "김영희"))
    jobs = [job_of(shop, first), job_of(shop, second)]
    for job_id in jobs:
        shop.handle(StartJob(job_id))
    shop.close()

    code = in_child(
        run_then_crash,
        db_url,
        str(tmp_path / "invoices"),
        "app.billing.repository.BillRepository.add_invoice",
        "die",
        [FinishJob(jobs[0])],
    )
    assert code == CRASHED

    shop = reopen(db_url, tmp_path)
    try:
        assert row(shop, first).job_status == "started"  # the finish was not committed
        assert count(shop, s.invoice) == 0
        shop.handle(FinishJob(jobs[1]))
        shop.handle(FinishJob(jobs[0]))
        numbers = [row(shop, rid).invoice_no or "" for rid in (second, first)]
        year = numbers[0][:4]
        assert numbers == [f"{year}-000001", f"{year}-000002"]  # the crashed number was never used
        assert_whole(shop)
    finally:
        shop.close()


# -- a policy that fails: the command stands, the event waits, the retry finishes it ----------
def test_a_failing_policy_does_not_break_the_command_and_is_delivered_on_retry(
    shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    kim = shop.handle(RegisterMechanic("김민수", 10))
    rid = shop.handle(RequestRepair("오세훈", "78라1234", kim, 4, 50_000))
    job_id = job_of(shop, rid)
    assert man_day(shop, kim) == 6

    monkeypatch.setattr(JobRepository, "save_status", _fail)  # the shop context cannot cancel the job
    shop.handle(CancelRepair(rid, "고객 요청"))  # no exception reaches the desk
    monkeypatch.undo()

    assert pending(shop) == ["RequestCancelled"]
    assert man_day(shop, kim) == 10  # the mechanic's policy did its part
    with shop.db.read.connect() as conn:
        assert conn.execute(select(s.job.c.status).where(s.job.c.id == job_id)).scalar_one() == "created"
    assert not run_checks(shop).ok  # the pending event and the open job are reported

    assert shop.deliver_pending() == 1
    assert pending(shop) == []
    with shop.db.read.connect() as conn:
        assert conn.execute(select(s.job.c.status).where(s.job.c.id == job_id)).scalar_one() == "cancelled"
    assert man_day(shop, kim) == 10  # not given back twice
    assert len(events(shop, "ManDayIncreased")) == 1
    assert len(events(shop, "JobCancelled")) == 1
    applied = policies_applied(shop)
    assert applied[("RequestCancelled", "mechanic.release_man_days")] == 1
    assert applied[("RequestCancelled", "shop.cancel_job")] == 1
    assert row(shop, rid).job_status == "cancelled"
    assert_whole(shop)

    before = snapshot(shop)
    assert shop.deliver_pending() == 0  # delivering again is a no-op
    assert diff(before, snapshot(shop)) == []


def failed_requests_then_crash(db_url: str, tmp_path: Path, receipts: int = 3) -> tuple[int, list[int]]:
    """A terminal whose job creation fails takes `receipts` requests, then dies."""
    shop = reopen(db_url, tmp_path)
    kim = shop.handle(RegisterMechanic("김민수", 10))
    shop.close()
    commands: list[Command] = [RequestRepair(f"손님 {n}", f"{n}가1234", kim, 2, 10_000) for n in range(receipts)]
    code = in_child(
        run_then_crash, db_url, str(tmp_path / "invoices"), "app.jobs.repository.JobRepository.add", "fail", commands
    )
    assert code == CRASHED
    return kim, list(range(1, receipts + 1))


def check_delivered_once(shop: Shop, kim: int, receipt_ids: list[int]) -> None:
    assert pending(shop) == []
    assert man_day(shop, kim) == 10 - 2 * len(receipt_ids)  # reserved once each
    assert sorted(e.receipt_id for e in events(shop, "ManDayDecreased")) == receipt_ids
    assert sorted(e.receipt_id for e in events(shop, "JobCreated")) == receipt_ids
    applied = policies_applied(shop)
    for policy in ("reception.accept_receipt", "shop.create_job"):
        assert applied[("ManDayDecreased", policy)] == len(receipt_ids)
    assert [row(shop, rid).job_status for rid in receipt_ids] == ["created"] * len(receipt_ids)
    assert_whole(shop)


def test_the_next_start_delivers_what_a_dead_terminal_left_pending(db_url: str, tmp_path: Path) -> None:
    kim, receipt_ids = failed_requests_then_crash(db_url, tmp_path)

    probe = bootstrap(database_url=db_url, invoice_dir=tmp_path / "probe", deliver_pending=False)
    try:
        assert pending(probe) == ["ManDayDecreased"] * 3
        assert count(probe, s.job) == 0
        assert man_day(probe, kim) == 4
        assert policies_applied(probe)[("ManDayDecreased", "reception.accept_receipt")] == 3
        assert policies_applied(probe)[("ManDayDecreased", "shop.create_job")] == 0
    finally:
        probe.close()

    shop = reopen(db_url, tmp_path)  # bootstrap delivers the pending events
    try:
        check_delivered_once(shop, kim, receipt_ids)
        before = snapshot(shop)
        assert shop.deliver_pending() == 0
        assert diff(before, snapshot(shop)) == []
    finally:
        shop.close()
    again = reopen(db_url, tmp_path, "desk-2")  # and a later start changes nothing
    try:
        assert diff(before, snapshot(again)) == []
    finally:
        again.close()


def test_a_crash_during_the_retry_is_retried_again(db_url: str, tmp_path: Path) -> None:
    kim, receipt_ids = failed_requests_then_crash(db_url, tmp_path)
    # The next start dies while it delivers the pending events...
    job_add = "app.jobs.repository.JobRepository.add"
    code = in_child(run_then_crash, db_url, str(tmp_path / "invoices"), job_add, "die", [])
    assert code == CRASHED
    # ...and the one after that finishes the work, once.
    shop = reopen(db_url, tmp_path)
    try:
        check_delivered_once(shop, kim, receipt_ids)
    finally:
        shop.close()


@pytest.mark.slow
def test_terminals_starting_together_deliver_each_pending_event_once(db_url: str, tmp_path: Path) -> None:
    kim, receipt_ids = failed_requests_then_crash(db_url, tmp_path, receipts=4)
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=start_and_exit, args=(db_url, str(tmp_path / f"inv{n}"))) for n in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0, 0]
    shop = reopen(db_url, tmp_path)
    try:
        check_delivered_once(shop, kim, receipt_ids)
    finally:
        shop.close()


# -- side effects after commit --------------------------------------------------------------
def test_a_crash_before_the_pdf_loses_no_invoice_and_the_next_start_writes_it(db_url: str, tmp_path: Path) -> None:
    shop = reopen(db_url, tmp_path)
    kim = shop.handle(RegisterMechanic("김민수", 10))
    rid = shop.handle(RequestRepair("홍길동", "12가3456", kim, 1, 10_000))
    job_id = job_of(shop, rid)
    shop.handle(StartJob(job_id))
    shop.close()

    # Dies right after the commit, when the PDF is about to be queued.
    code = in_child(
        run_then_crash,
        db_url,
        str(tmp_path / "invoices"),
        "app.documents.Documents.schedule",
        "die",
        [FinishJob(job_id)],
    )
    assert code == CRASHED

    shop = reopen(db_url, tmp_path)
    try:
        no = row(shop, rid).invoice_no
        assert no is not None and shop.invoice(no).total == 11_000
        pdf = shop.invoice_pdf(no)
        assert pdf.read_bytes().startswith(b"%PDF")
        with shop.db.read.connect() as conn:
            stored = conn.execute(select(s.invoice.c.pdf_sha256).where(s.invoice.c.invoice_no == no)).scalar_one()
        assert stored is not None
        assert_whole(shop)
    finally:
        shop.close()


def test_no_event_is_left_undelivered_by_a_normal_day(shop: Shop) -> None:
    kim = shop.handle(RegisterMechanic("김민수", 10))
    for n in range(3):
        shop.handle(RequestRepair(f"손님 {n}", f"{n}가1234", kim, 4, 10_000))
    assert pending(shop) == []
    with shop.db.read.connect() as conn:
        dup = conn.execute(
            select(s.policy_done.c.event_id, s.policy_done.c.policy, func.count())
            .group_by(s.policy_done.c.event_id, s.policy_done.c.policy)
            .having(func.count() > 1)
        ).all()
    assert dup == []
    assert_whole(shop)


def test_a_cancel_that_overtakes_a_failed_job_creation_leaves_no_live_job(
    shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    kim = shop.handle(RegisterMechanic("김민수", 10))
    monkeypatch.setattr(JobRepository, "add", _fail)
    rid = shop.handle(RequestRepair("홍길동", "12가3456", kim, 3, 10_000))
    monkeypatch.undo()
    shop.handle(CancelRepair(rid, "고객 요청"))  # before the job creation is retried
    shop.deliver_pending()
    assert man_day(shop, kim) == 10
    assert row(shop, rid).job_status == "cancelled"
    assert_whole(shop)


def test_a_cancel_while_job_creation_keeps_failing_leaves_no_live_job(
    shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even when the retry ahead of the cancel fails again, the late job is never made."""
    kim = shop.handle(RegisterMechanic("김민수", 10))
    original_add = JobRepository.add
    monkeypatch.setattr(JobRepository, "add", _fail)
    rid = shop.handle(RequestRepair("홍길동", "12가3456", kim, 3, 10_000))
    monkeypatch.setattr(JobRepository, "add", original_add)
    monkeypatch.setattr(MessageBus, "_retry_pending", lambda self, uow: ([], []))  # the retry is not reached
    shop.handle(CancelRepair(rid, "고객 요청"))
    monkeypatch.undo()
    shop.deliver_pending()
    assert man_day(shop, kim) == 10
    assert row(shop, rid).job_status == "cancelled"
    jobs = shop.query(lambda conn: conn.execute(select(s.job.c.status).where(s.job.c.receipt_id == rid)).all())
    assert [tuple(j) for j in jobs] == [("cancelled",)]
    assert_whole(shop)


def test_a_cancel_before_a_failed_reservation_is_retried_reserves_nothing(
    shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    kim = shop.handle(RegisterMechanic("김민수", 10))
    monkeypatch.setattr(MechanicRepository, "reserve", _fail)
    rid = shop.handle(RequestRepair("홍길동", "12가3456", kim, 3, 10_000))
    monkeypatch.undo()
    monkeypatch.setattr(MessageBus, "_retry_pending", lambda self, uow: ([], []))
    shop.handle(CancelRepair(rid, "고객 요청"))
    monkeypatch.undo()
    shop.deliver_pending()
    assert man_day(shop, kim) == 10
    assert row(shop, rid).job_status == "cancelled"
    assert row(shop, rid).job_id is None
    assert_whole(shop)
