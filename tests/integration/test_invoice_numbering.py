"""Invoice and credit note numbers: unique and gapless, also with several terminals at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app import schema as s
from app.bootstrap import Shop
from domain.commands import FinishJob, VoidInvoice
from tests.builders import make_invoice, started_jobs
from tests.till_support import finish_jobs, pay_in_full, run_in_processes, void_invoices

PROCESSES = 4
JOBS_EACH = 6


def numbers(shop: Shop, column: Any) -> list[str]:
    with shop.db.read.connect() as conn:
        return sorted(str(n) for n in conn.execute(select(column).where(column.is_not(None))).scalars())


def expected_series(prefix: str, count: int, width: int = 6) -> list[str]:
    return [f"{prefix}{n:0{width}d}" for n in range(1, count + 1)]


def test_invoice_numbers_count_up_by_one_from_the_first_of_the_year(shop: Shop) -> None:
    jobs = started_jobs(shop, 3)
    for job_id in jobs:
        shop.handle(FinishJob(job_id))
    year = shop.clock().year
    assert numbers(shop, s.invoice.c.invoice_no) == expected_series(f"{year}-", 3)


def test_credit_notes_have_their_own_gapless_series(shop: Shop) -> None:
    invoices = [make_invoice(shop) for _ in range(3)]
    year = shop.clock().year
    assert shop.handle(VoidInvoice(invoices[1], "잘못 발행")) == f"CN{year}-000001"
    assert shop.handle(VoidInvoice(invoices[0], "잘못 발행")) == f"CN{year}-000002"
    assert numbers(shop, s.invoice.c.invoice_no) == expected_series(f"{year}-", 3)


def test_a_refused_void_uses_no_number(shop: Shop) -> None:
    no = make_invoice(shop)
    first = shop.handle(VoidInvoice(no, "잘못 발행"))
    with pytest.raises(Exception, match="already voided"):
        shop.handle(VoidInvoice(no, "again"))
    other = make_invoice(shop)
    second = shop.handle(VoidInvoice(other, "잘못 발행"))
    assert int(second[-6:]) == int(first[-6:]) + 1


@pytest.mark.slow
def test_terminals_finishing_jobs_at_once_get_gapless_unique_numbers(shop: Shop, db_url: str, tmp_path: Path) -> None:
    jobs = started_jobs(shop, PROCESSES * JOBS_EACH)
    chunks = [jobs[n::PROCESSES] for n in range(PROCESSES)]
    results = run_in_processes(finish_jobs, [(db_url, str(tmp_path / f"bay{n}"), c) for n, c in enumerate(chunks)])
    issued = [no for chunk in results for no in chunk]  # type: ignore[attr-defined]
    year = shop.clock().year
    assert sorted(issued) == expected_series(f"{year}-", len(jobs))
    assert numbers(shop, s.invoice.c.invoice_no) == expected_series(f"{year}-", len(jobs))
    board = {row.job_id: row.invoice_no for row in shop.status_board()}
    assert sorted(str(board[j]) for j in jobs) == sorted(issued)


@pytest.mark.slow
def test_terminals_voiding_at_once_get_gapless_credit_note_numbers(shop: Shop, db_url: str, tmp_path: Path) -> None:
    invoices = [make_invoice(shop, fare=1_000 + n) for n in range(PROCESSES * 3)]
    chunks = [invoices[n::PROCESSES] for n in range(PROCESSES)]
    results = run_in_processes(void_invoices, [(db_url, str(tmp_path / f"d{n}"), c) for n, c in enumerate(chunks)])
    notes = sorted(cn for chunk in results for cn in chunk)  # type: ignore[attr-defined]
    year = shop.clock().year
    assert notes == expected_series(f"CN{year}-", len(invoices))
    assert numbers(shop, s.invoice.c.credit_note_no) == notes


@pytest.mark.slow
def test_terminals_paying_the_same_invoice_at_once_never_overpay(shop: Shop, db_url: str, tmp_path: Path) -> None:
    no = make_invoice(shop, fare=100_000)
    total = shop.invoice(no).total
    methods = ["cash", "card", "transfer", "card"]
    outcomes = run_in_processes(
        pay_in_full, [(db_url, str(tmp_path / f"t{n}"), no, total, m) for n, m in enumerate(methods)]
    )
    assert outcomes.count("paid") == 1, outcomes
    assert all("already paid in full" in str(o) for o in outcomes if o != "paid"), outcomes
    view = shop.invoice(no)
    assert (view.paid, view.balance, len(view.payments)) == (total, 0, 1)
