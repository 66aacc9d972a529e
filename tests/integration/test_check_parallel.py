"""`check` shared between two processes finds what `check` in one process finds, word for word.

`app.checks.run_checks` forks two children, one for the checks that read only tables (and the hash
chain, verified on its own), one for the rest, which read the log without hashing, while the parent
only waits (and runs a side itself when its child fails or never answers); each tamper here
is done behind Pitlane's back and the report of the forked run must equal the one-process report,
and name the tamper. Invoice arithmetic now sums the lines in the database and prices again only the
bills with a discount line: it must say what the line-by-line version (kept here) says.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections import defaultdict
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from app import checks, integrity
from app import schema as s
from app.bootstrap import Shop
from app.checks import CheckResult, Report, check_database
from app.db import open_read_only
from domain.reception.model import vat_of
from tests.builders import FakeClock
from tests.integration.test_event_chain import CHAIN, MONEY, a_day, event_of, rewrite_payload, sql

ARITHMETIC = "invoice arithmetic: typed lines, discounts, VAT half up, total, payments"


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Let `check` fork although the test process runs other threads (the shop's PDF writer, idle);
    the list counts the children made."""
    made: list[int] = []
    real = checks._in_a_child

    def counted(*args: Any) -> Any:
        child = real(*args)
        if child is not None:
            made.append(child.pid)
        return child

    monkeypatch.setattr(checks, "_threads", lambda: 1)
    monkeypatch.setattr(checks, "_in_a_child", counted)
    return made


def both_ways(db_url: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Report, Report]:
    forked = check_database(db_url)
    monkeypatch.setattr(checks, "PARALLEL", False)
    alone = check_database(db_url)
    monkeypatch.setattr(checks, "PARALLEL", True)
    return forked, alone


def in_the_children(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str, first: Any) -> Any:
    """Patch `owner.name` so that a forked child calls `first()` before it (the parent runs it as it
    was); returns what it was."""
    parent, real = os.getpid(), getattr(owner, name)

    def patched(*args: Any, **kwargs: Any) -> Any:
        if os.getpid() != parent:
            first()
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, patched)
    return real


def broken(report: Report) -> set[str]:
    return {r.name for r in report.results if not r.ok}


def line_by_line(conn: Any) -> CheckResult:
    """Invoice arithmetic as it was before the sums moved into the database (2026-12-02, check4)."""
    res = CheckResult(ARITHMETIC)
    i, ln, p = s.invoice.c, s.invoice_line.c, s.payment.c
    bad_lines = conn.execute(select(func.count()).where(ln.amount != ln.quantity * ln.unit_price)).scalar_one()
    if bad_lines:
        res.breaches.append(f"{bad_lines} invoice lines whose amount is not quantity × unit price")
    lines: dict[int, list[Any]] = defaultdict(list)
    for line in conn.execute(
        select(
            ln.invoice_id, ln.line_no, ln.kind, ln.amount, ln.quantity, ln.unit_price, ln.percent, ln.on_line
        ).order_by(ln.invoice_id, ln.line_no)
    ):
        lines[line.invoice_id].append(line)
    paid = dict(conn.execute(select(p.invoice_id, func.sum(p.amount)).group_by(p.invoice_id)).all())
    query = select(i.id, i.invoice_no, i.fare, i.subtotal, i.vat_rate, i.vat, i.total, i.paid, i.carried_in)
    for row in conn.execute(query):
        mine = lines.get(row.id, [])
        subtotal = sum(int(x.amount) for x in mine)
        labour = sum(int(x.amount) for x in mine if x.kind == "labour")
        if subtotal != row.subtotal:
            res.breaches.append(f"{row.invoice_no}: subtotal {row.subtotal:,} but lines add to {subtotal:,}")
        if labour != row.fare:
            res.breaches.append(f"{row.invoice_no}: labour {row.fare:,} but its labour lines add to {labour:,}")
        repriced = checks._repriced(mine, Decimal(row.vat_rate))
        if repriced is None:
            res.breaches.append(f"{row.invoice_no}: its discount lines do not follow the pricing rules")
        elif repriced != {x.line_no: int(x.amount) for x in mine}:
            res.breaches.append(f"{row.invoice_no}: a discount line's amount differs from its percent or amount")
        if vat_of(row.subtotal, Decimal(row.vat_rate)) != row.vat:
            res.breaches.append(f"{row.invoice_no}: VAT {row.vat:,} is not {row.vat_rate} of {row.subtotal:,}")
        if row.subtotal + row.vat != row.total:
            res.breaches.append(f"{row.invoice_no}: total {row.total:,} is not subtotal + VAT")
        if int(paid.get(row.id) or 0) != row.paid or row.paid + row.carried_in > row.total:
            res.breaches.append(
                f"{row.invoice_no}: paid {row.paid:,} but payments add to {int(paid.get(row.id) or 0):,}"
            )
    return res


def arithmetic_both_ways(db_url: str) -> tuple[list[str], list[str]]:
    engine = open_read_only(db_url)
    try:
        with checks.snapshot(engine) as conn:
            return checks._invoice_arithmetic(conn).breaches, line_by_line(conn).breaches
    finally:
        engine.dispose()


def line_of(db_url: str, invoice_no: str, kind: str) -> tuple[int, int]:
    rows = sql(
        db_url,
        "SELECT l.invoice_id, l.line_no FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id "
        "WHERE i.invoice_no = :n AND l.kind = :k ORDER BY l.line_no",
        n=invoice_no,
        k=kind,
    )
    return int(rows[0][0]), int(rows[0][1])


def test_an_untouched_shop_holds_every_guarantee_checked_in_two_processes(
    desk: Shop, clock: FakeClock, db_url: str, forks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    a_day(desk, clock)
    forked, alone = both_ways(db_url, monkeypatch)
    assert len(forks) == 2, "check did not fork a child for each side"
    assert forked.ok, forked.render()
    assert forked.render() == alone.render()
    assert [r.name for r in forked.results] == [r.name for r in alone.results]


def test_a_child_that_never_answers_is_killed_and_its_checks_run_in_the_parent(
    desk: Shop, clock: FakeClock, db_url: str, forks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    day = a_day(desk, clock)
    sql(db_url, "UPDATE invoice SET total = total + 10 WHERE invoice_no = :n", n=day["a"])
    real = checks._child_snapshot

    def stuck(*args: Any) -> Any:  # only the child gets here
        time.sleep(600)
        return real(*args)

    monkeypatch.setattr(checks, "_child_snapshot", stuck)
    monkeypatch.setattr(checks, "CHILD_LEAST_WAIT", 0.5)
    monkeypatch.setattr(checks, "CHILD_PATIENCE", 0.0)
    forked, alone = both_ways(db_url, monkeypatch)
    assert forks
    assert {ARITHMETIC, MONEY} <= broken(forked), forked.render()
    assert forked.render() == alone.render()


def test_a_log_side_child_that_dies_has_its_checks_run_in_the_parent(
    desk: Shop, clock: FakeClock, db_url: str, forks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    day = a_day(desk, clock)
    sql(db_url, "UPDATE payment SET amount = amount + 10 WHERE id = :p", p=day["payment_id"])
    in_the_children(monkeypatch, integrity, "scan_log", lambda: os._exit(3))
    forked, alone = both_ways(db_url, monkeypatch)
    assert len(forks) == 2
    assert MONEY in broken(forked), forked.render()
    assert forked.render() == alone.render()


def test_once_one_side_has_answered_the_other_child_gets_only_its_patience(
    desk: Shop, clock: FakeClock, db_url: str, forks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    a_day(desk, clock)
    (last,) = sql(db_url, "SELECT max(id) FROM event_log")[0]
    sql(db_url, "DELETE FROM event_log WHERE id = :i", i=last)
    in_the_children(monkeypatch, integrity, "verify_chain", lambda: time.sleep(600))  # the table side's never answers
    monkeypatch.setattr(checks, "CHILD_LEAST_WAIT", 0.5)
    monkeypatch.setattr(checks, "CHILD_PATIENCE", 1.0)
    monkeypatch.setattr(checks, "CHILD_WAIT_PER_EVENT", 60.0)  # the first answer is never cut short here
    started = time.monotonic()
    forked = check_database(db_url)
    waited = time.monotonic() - started
    monkeypatch.setattr(checks, "PARALLEL", False)
    alone = check_database(db_url)
    assert len(forks) == 2
    assert waited < 60, f"the stuck child was waited for {waited:.0f} s"
    assert CHAIN in broken(forked), forked.render()
    assert forked.render() == alone.render()


APPEND_BEHIND_OUR_BACK = """
import sys
from tests.integration.test_event_chain import sql
sql(sys.argv[1], "INSERT INTO event_log (event_type, payload, actor, user_id, role, terminal, occurred_at, "
    "dispatched, chain_hash) SELECT event_type, payload, actor, user_id, role, terminal, occurred_at, dispatched, "
    "'0' FROM event_log WHERE id = (SELECT max(id) FROM event_log)")
"""


def test_a_child_that_sees_a_later_moment_has_its_checks_run_in_the_parent(
    desk: Shop, clock: FakeClock, db_url: str, forks: list[int], monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    """An event committed between the parent's snapshot and a child's (SQLite cannot hand a child the
    parent's moment) makes that child's mark differ: its side is run again in the parent's snapshot,
    which does not see the event. (PostgreSQL's children import the parent's snapshot: they never see it.)"""
    a_day(desk, clock)
    before = check_database(db_url)
    assert before.ok, before.render()
    first = tmp_path / "first"

    def a_commit_first() -> None:
        try:
            os.close(os.open(first, os.O_CREAT | os.O_EXCL))  # the first child to get here appends
        except FileExistsError:
            return
        subprocess.run([sys.executable, "-c", APPEND_BEHIND_OUR_BACK, db_url], check=True)

    real = in_the_children(monkeypatch, checks, "_child_snapshot", a_commit_first)
    monkeypatch.setattr(checks, "CHILD_LEAST_WAIT", 120.0)  # the appending child starts a Python: never cut short
    forked = check_database(db_url)
    monkeypatch.setattr(checks, "_child_snapshot", real)
    after = check_database(db_url)
    assert len(forks) == 6 and first.exists()  # two children for each of the three checks
    assert forked.render() == before.render()
    assert CHAIN in broken(after), after.render()  # the appended event, seen by a check that starts later


def test_a_rewritten_payment_is_named_alike_in_two_processes(
    desk: Shop, clock: FakeClock, db_url: str, forks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    day = a_day(desk, clock)
    event_id, _ = event_of(db_url, "PaymentRecorded", payment_id=day["payment_id"])
    sql(db_url, "UPDATE payment SET amount = 40000 WHERE id = :p", p=day["payment_id"])
    sql(db_url, "UPDATE invoice SET paid = 40000 WHERE invoice_no = :n", n=day["a"])
    rewrite_payload(db_url, event_id, amount=40_000, paid=40_000, balance=136_000)
    forked, alone = both_ways(db_url, monkeypatch)
    assert forks
    assert {CHAIN, MONEY} <= broken(forked), forked.render()
    assert forked.render() == alone.render()


def test_events_cut_from_the_end_are_named_alike_in_two_processes(
    desk: Shop, clock: FakeClock, db_url: str, forks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    a_day(desk, clock)
    (last,) = sql(db_url, "SELECT max(id) FROM event_log")[0]
    sql(db_url, "DELETE FROM event_log WHERE id = :i", i=last)
    forked, alone = both_ways(db_url, monkeypatch)
    assert forks
    assert CHAIN in broken(forked), forked.render()
    assert forked.render() == alone.render()


@pytest.mark.parametrize(
    "tamper",
    [
        "part line amount",  # a bill without discounts: its part line no longer quantity × unit price
        "labour below zero",  # the bill below zero: the billing rules refuse it
        "discount amount",  # a bill with a discount: priced again line by line
        "invoice total",
    ],
)
def test_invoice_arithmetic_in_the_database_says_what_line_by_line_says(
    desk: Shop, clock: FakeClock, db_url: str, forks: list[int], monkeypatch: pytest.MonkeyPatch, tamper: str
) -> None:
    day = a_day(desk, clock)
    assert arithmetic_both_ways(db_url) == ([], [])
    if tamper == "part line amount":
        invoice_id, line_no = line_of(db_url, day["a"], "part")
        sql(
            db_url,
            "UPDATE invoice_line SET amount = amount + 1 WHERE invoice_id = :i AND line_no = :l",
            i=invoice_id,
            l=line_no,
        )
    elif tamper == "labour below zero":
        invoice_id, line_no = line_of(db_url, day["a"], "labour")
        sql(
            db_url,
            "UPDATE invoice_line SET amount = -500000, unit_price = -500000 WHERE invoice_id = :i AND line_no = :l",
            i=invoice_id,
            l=line_no,
        )
    elif tamper == "discount amount":  # 10 % off the bill, but 1 won taken
        invoice_id, _ = line_of(db_url, day["a"], "labour")
        sql(
            db_url,
            "INSERT INTO invoice_line (invoice_id, line_no, part_code, name, quantity, unit_price, amount, kind, "
            "percent, on_line, added_by, unit_cost) VALUES (:i, 99, '', '할인', 1, -1, -1, 'discount', '10', 0, '', 0)",
            i=invoice_id,
        )
    else:
        sql(db_url, "UPDATE invoice SET total = total + 10 WHERE invoice_no = :n", n=day["a"])
    ours, theirs = arithmetic_both_ways(db_url)
    assert ours and ours == theirs
    forked, alone = both_ways(db_url, monkeypatch)
    assert forks
    assert ARITHMETIC in broken(forked)
    assert forked.render() == alone.render()
