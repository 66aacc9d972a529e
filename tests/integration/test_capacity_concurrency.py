"""Capacity that comes back, under load: four OS processes booking and finishing on one mechanic.

Each process is a terminal with its own `bootstrap()`: it books a 2-man-day job
for the one mechanic, and when it is accepted starts and finishes it, as fast
as it can. The mechanic has 5 man-days, so at most two jobs fit at once and
many bookings are refused. Never overbooked (replaying the log never goes
below zero), nothing lost (every accepted job finished and gave back exactly
once), on SQLite and PostgreSQL.
"""

from __future__ import annotations

import multiprocessing
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app import schema as s
from app.bootstrap import bootstrap
from app.checks import run_checks
from domain.commands import FinishJob, RegisterMechanic, RequestRepair, StartJob
from domain.errors import DomainError
from tests.integration.core_helpers import events, man_day

pytestmark = pytest.mark.slow

TERMINALS = 4
ROUNDS = 15
CAPACITY = 5
DAYS = 2


def book_and_finish(db_url: str, invoice_dir: str, name: str, mechanic_id: int, barrier: Any, results: Any) -> None:
    """One terminal: book, and when accepted start and finish, ROUNDS times; report what happened."""
    outcomes: Counter[str] = Counter()
    shop = None
    try:  # whatever happens, the test hears from this terminal (it would otherwise wait for it in vain)
        shop = bootstrap(database_url=db_url, invoice_dir=invoice_dir, actor=name, terminal=name)
        barrier.wait(300)  # a loaded machine may take long to start four interpreters
        for n in range(ROUNDS):
            try:
                rid = shop.handle(RequestRepair(f"손님 {name}-{n}", f"{n}가{1000 + n}", mechanic_id, DAYS, 10_000))
                (row,) = [r for r in shop.status_board() if r.receipt_id == rid]
                if row.job_id is None:
                    outcomes["rejected"] += 1
                    continue
                shop.handle(StartJob(row.job_id))
                shop.handle(FinishJob(row.job_id))
                outcomes["finished"] += 1
            except DomainError as exc:
                outcomes[f"refused: {exc.code}"] += 1
            except Exception as exc:  # must never happen: it would reach the desk
                outcomes[f"error: {exc!r}"] += 1
    except BaseException as exc:  # bootstrap or the barrier failed: say so instead of going silent
        outcomes[f"error: {exc!r}"] += 1
        raise
    finally:
        if shop is not None:
            shop.close()
        results.put((name, dict(outcomes)))


def test_four_terminals_booking_and_finishing_never_overbook_and_lose_nothing(db_url: str, tmp_path: Path) -> None:
    shop = bootstrap(database_url=db_url, invoice_dir=tmp_path / "inv", actor="manager", terminal="office")
    shop.handle(RegisterMechanic("예비", 0))  # ids of mechanics and receipts differ
    kim = shop.handle(RegisterMechanic("김민수", CAPACITY))
    shop.close()

    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(TERMINALS), ctx.Queue()
    procs = [
        ctx.Process(
            target=book_and_finish, args=(db_url, str(tmp_path / f"inv-{n}"), f"bay-{n}", kim, barrier, results)
        )
        for n in range(TERMINALS)
    ]
    for p in procs:
        p.start()
    got = dict(results.get(timeout=540) for _ in procs)
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0] * TERMINALS, got
    totals: Counter[str] = Counter()
    for outcome in got.values():
        totals.update(outcome)
    assert set(totals) <= {"finished", "rejected"}, totals  # no error, no refusal of a command
    assert totals["finished"] + totals["rejected"] == TERMINALS * ROUNDS
    assert totals["finished"] >= ROUNDS  # capacity came back: far more jobs than 5 man-days would hold

    shop = bootstrap(database_url=db_url, invoice_dir=tmp_path / "inv", actor="manager", terminal="office")
    try:
        assert man_day(shop, kim) == CAPACITY  # everything accepted was finished and gave back
        decreased = events(shop, "ManDayDecreased", "ManDayIncreased")
        held, peak = 0, 0
        for e in decreased:
            held += e.man_day if type(e).__name__ == "ManDayDecreased" else -e.man_day
            peak = max(peak, held)
            assert 0 <= held <= CAPACITY  # never overbooked, never given back twice
        assert held == 0 and peak <= CAPACITY
        taken = [e.receipt_id for e in decreased if type(e).__name__ == "ManDayDecreased"]
        given = [e.receipt_id for e in decreased if type(e).__name__ == "ManDayIncreased"]
        assert sorted(taken) == sorted(given) and len(set(given)) == len(given) == totals["finished"]
        assert len(events(shop, "BillIssued")) == totals["finished"]
        assert len(events(shop, "ManDayOver")) == totals["rejected"]
        with shop.db.read.connect() as conn:
            open_queue = conn.execute(
                select(func.count())
                .select_from(s.man_day_reservation)
                .where(s.man_day_reservation.c.released.is_(False), s.man_day_reservation.c.man_day > 0)
            ).scalar_one()
        assert open_queue == 0  # the queue is empty: nothing left behind
        report = run_checks(shop)
        assert report.ok, report.render()
    finally:
        shop.close()
