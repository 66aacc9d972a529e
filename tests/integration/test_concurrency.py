"""Atomic capacity, stock and numbering: four OS processes on one database at the same moment.

Each process is a terminal: it runs its own `bootstrap()` on the shared
database, waits at a barrier, then fires its commands as fast as it can. Only a
DomainError may ever reach a caller (no "database is locked", no deadlock);
afterwards the database agrees with itself (`run_checks`).
"""

from __future__ import annotations

import multiprocessing
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app import schema as s
from app.bootstrap import Shop, bootstrap
from app.checks import run_checks
from domain.commands import (
    CancelRepair,
    Command,
    DecreaseStock,
    FinishJob,
    RegisterMechanic,
    RegisterPart,
    RequestPart,
    RequestRepair,
    StartJob,
)
from domain.errors import DomainError
from tests.integration.core_helpers import count, events, job_of, man_day, stock

pytestmark = pytest.mark.slow

TERMINALS = 4


def terminal(
    db_url: str, invoice_dir: str, name: str, barrier: Any, results: Any, commands: list[Command], lockstep: bool
) -> None:
    """One terminal: start, wait for the others, send every command, report what came back.

    In `lockstep` the terminals also meet before every command, so the n-th commands collide.
    """
    outcomes: list[tuple[str, str]] = []
    try:
        shop = bootstrap(database_url=db_url, invoice_dir=invoice_dir, actor=name, terminal=name)
    except Exception as exc:
        barrier.abort()
        results.put((name, [("error", f"bootstrap: {exc!r}")]))
        return
    try:
        barrier.wait(120)
        for command in commands:
            if lockstep:
                barrier.wait(120)
            try:
                outcomes.append(("ok", repr(shop.handle(command))))
            except DomainError as exc:
                outcomes.append(("refused", str(exc)))
            except Exception as exc:  # what must never happen: it would reach the desk
                outcomes.append(("error", repr(exc)))
    finally:
        shop.close()
        results.put((name, outcomes))


def run_terminals(
    db_url: str, tmp_path: Path, work: list[list[Command]], lockstep: bool = False
) -> dict[str, list[tuple[str, str]]]:
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(len(work))
    results = ctx.Queue()
    procs = [
        ctx.Process(
            target=terminal,
            args=(db_url, str(tmp_path / f"invoices-{n}"), f"till-{n}", barrier, results, commands, lockstep),
        )
        for n, commands in enumerate(work)
    ]
    for p in procs:
        p.start()
    got = dict(results.get(timeout=300) for _ in procs)
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0] * len(procs)
    errors = [(name, what) for name, outcomes in got.items() for kind, what in outcomes if kind == "error"]
    assert errors == [], errors[:5]
    return got


def opened(db_url: str, tmp_path: Path) -> Shop:
    return bootstrap(database_url=db_url, invoice_dir=tmp_path / "invoices", actor="manager", terminal="office")


def test_many_terminals_never_overbook_a_mechanic(db_url: str, tmp_path: Path) -> None:
    shop = opened(db_url, tmp_path)
    decoy = shop.handle(RegisterMechanic("예비", 0))  # ids of mechanics and receipts differ
    kim = shop.handle(RegisterMechanic("김민수", 150))
    assert decoy != kim
    shop.close()

    work: list[list[Command]] = [
        [RequestRepair(f"손님 {t}-{n}", f"{t}가{1000 + n}", kim, 1, 10_000) for n in range(100)]
        for t in range(TERMINALS)
    ]
    got = run_terminals(db_url, tmp_path, work)
    assert all(kind == "ok" for outcomes in got.values() for kind, _ in outcomes)  # rejections are not errors

    shop = opened(db_url, tmp_path)
    try:
        assert man_day(shop, kim) == 0
        reserved = sum(e.man_day for e in events(shop, "ManDayDecreased"))
        assert reserved == 150  # exactly the capacity, never more
        assert len(events(shop, "ManDayOver")) == 250
        with shop.db.read.connect() as conn:
            statuses = Counter(conn.execute(select(s.receipt.c.status)).scalars())
            jobs_per_receipt = Counter(conn.execute(select(s.job.c.receipt_id)).scalars())
        assert statuses == {"accepted": 150, "rejected": 250}
        assert len(jobs_per_receipt) == 150 and set(jobs_per_receipt.values()) == {1}
        board = Counter(r.job_status for r in shop.status_board())
        assert board == {"created": 150, "rejected": 250}
        report = run_checks(shop)
        assert report.ok, report.render()
    finally:
        shop.close()


def test_many_terminals_never_drive_stock_below_zero(db_url: str, tmp_path: Path) -> None:
    shop = opened(db_url, tmp_path)
    kim = shop.handle(RegisterMechanic("김민수", 100))
    oil = shop.handle(RegisterPart("OIL-5W30-4L", "엔진오일", 48_000, 100))
    jobs = []
    for t in range(TERMINALS):
        rid = shop.handle(RequestRepair(f"손님 {t}", f"{t}가1234", kim, 1, 10_000))
        jobs.append(job_of(shop, rid))
        shop.handle(StartJob(jobs[-1]))
    shop.close()

    # Three bays ask for the part for their job; the parts counter writes stock off by hand.
    work: list[list[Command]] = [[RequestPart(jobs[t], oil, 1) for _ in range(60)] for t in range(TERMINALS - 1)]
    work.append([DecreaseStock(oil, 1, "damaged") for _ in range(60)])
    got = run_terminals(db_url, tmp_path, work)
    by_hand = sum(1 for kind, _ in got[f"till-{TERMINALS - 1}"] if kind == "ok")
    refused = [what for kind, what in got[f"till-{TERMINALS - 1}"] if kind == "refused"]
    assert all("only 0 in stock" in what for what in refused)

    shop = opened(db_url, tmp_path)
    try:
        assert stock(shop, oil) == 0
        provided = events(shop, "PartReceived")
        cancelled = events(shop, "PartRequestCancelled")
        assert len(provided) + by_hand == 100  # every unit went exactly once
        assert len(provided) + len(cancelled) == 180
        assert all(e.unit_price == 48_000 for e in provided)
        assert sum(e.quantity for e in events(shop, "StockDecreased")) == 100
        with shop.db.read.connect() as conn:
            statuses = Counter(conn.execute(select(s.part_request.c.status)).scalars())
        assert statuses == {"provided": len(provided), "cancelled": len(cancelled)}
        report = run_checks(shop)
        assert report.ok, report.render()
    finally:
        shop.close()


def test_invoice_numbers_stay_gapless_when_terminals_finish_jobs_at_once(db_url: str, tmp_path: Path) -> None:
    per_terminal = 12
    shop = opened(db_url, tmp_path)
    kim = shop.handle(RegisterMechanic("김민수", 1_000))
    bulb = shop.handle(RegisterPart("LMP-H7", "전조등 전구", 11_000, 1_000))
    jobs = []
    for n in range(TERMINALS * per_terminal):
        rid = shop.handle(RequestRepair(f"손님 {n}", f"{n}가1234", kim, 1, 10_000 + n))
        jobs.append(job_of(shop, rid))
        shop.handle(StartJob(jobs[-1]))
        if n % 4 == 0:
            shop.handle(RequestPart(jobs[-1], bulb, 1 + n % 3))
    shop.close()

    work: list[list[Command]] = [
        [FinishJob(j) for j in jobs[t * per_terminal : (t + 1) * per_terminal]] for t in range(TERMINALS)
    ]
    run_terminals(db_url, tmp_path, work)

    shop = opened(db_url, tmp_path)
    try:
        with shop.db.read.connect() as conn:
            numbers = sorted(conn.execute(select(s.invoice.c.invoice_no)).scalars())
            per_job = conn.execute(select(func.count(func.distinct(s.invoice.c.job_id)))).scalar_one()
        total = TERMINALS * per_terminal
        year = numbers[0][:4]
        assert numbers == [f"{year}-{n:06d}" for n in range(1, total + 1)]  # unique, gapless
        assert per_job == total and count(shop, s.invoice) == total
        assert len(events(shop, "BillIssued")) == total
        report = run_checks(shop)
        assert report.ok, report.render()
    finally:
        shop.close()


def test_starting_and_cancelling_the_same_receipts_at_once_never_half_does_either(db_url: str, tmp_path: Path) -> None:
    """The bay starts jobs while the desk cancels their receipts: each receipt ends one way, whole."""
    shop = opened(db_url, tmp_path)
    kim = shop.handle(RegisterMechanic("김민수", 1_000))
    receipts = [shop.handle(RequestRepair(f"손님 {n}", f"{n}가1234", kim, 2, 10_000)) for n in range(60)]
    jobs = [job_of(shop, rid) for rid in receipts]
    shop.close()

    got = run_terminals(
        db_url,
        tmp_path,
        [[StartJob(j) for j in jobs], [CancelRepair(rid, "고객 요청") for rid in receipts]],
        lockstep=True,
    )
    started = sum(1 for kind, _ in got["till-0"] if kind == "ok")
    cancelled = sum(1 for kind, _ in got["till-1"] if kind == "ok")
    assert started + cancelled == len(receipts)  # each receipt: exactly one of the two won

    shop = opened(db_url, tmp_path)
    try:
        with shop.db.read.connect() as conn:
            pairs: Counter[tuple[str, str]] = Counter(
                (receipt_status, job_status)
                for receipt_status, job_status in conn.execute(
                    select(s.receipt.c.status, s.job.c.status).join(s.job, s.job.c.receipt_id == s.receipt.c.id)
                )
            )
        assert set(pairs) <= {("in_work", "started"), ("cancelled", "cancelled")}, pairs
        assert pairs[("in_work", "started")] == started
        assert man_day(shop, kim) == 1_000 - 2 * started
        report = run_checks(shop)
        assert report.ok, report.render()
    finally:
        shop.close()


def test_finishing_a_job_while_parts_are_asked_for_it_bills_every_part_it_got(db_url: str, tmp_path: Path) -> None:
    """A part provided to a job is on its invoice, or the job is still open: never lost between the two."""
    shop = opened(db_url, tmp_path)
    kim = shop.handle(RegisterMechanic("김민수", 1_000))
    oil = shop.handle(RegisterPart("OIL-1", "엔진오일", 48_000, 1_000))
    jobs = []
    for n in range(40):
        rid = shop.handle(RequestRepair(f"손님 {n}", f"{n}가1234", kim, 1, 10_000))
        jobs.append(job_of(shop, rid))
        shop.handle(StartJob(jobs[-1]))
    shop.close()

    run_terminals(
        db_url,
        tmp_path,
        [[FinishJob(j) for j in jobs], [RequestPart(j, oil, 1) for j in jobs]],
        lockstep=True,
    )

    shop = opened(db_url, tmp_path)
    try:
        with shop.db.read.connect() as conn:
            provided = Counter(
                conn.execute(select(s.part_request.c.job_id).where(s.part_request.c.status == "provided")).scalars()
            )
            billed = Counter(
                conn.execute(
                    select(s.invoice.c.job_id)
                    .join(s.invoice_line, s.invoice_line.c.invoice_id == s.invoice.c.id)
                    .where(s.invoice_line.c.kind == "part")  # each invoice's labour is a line of its own too
                ).scalars()
            )
            finished = set(conn.execute(select(s.job.c.id).where(s.job.c.status == "finished")).scalars())
        assert finished == set(jobs)
        assert provided == billed  # every part handed over is on the invoice of its job
        assert stock(shop, oil) == 1_000 - sum(provided.values())
        report = run_checks(shop)
        assert report.ok, report.render()
    finally:
        shop.close()
