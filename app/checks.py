"""`python -m app check`: verify every guarantee of DESIGN.md against the database.

Each check returns the breaches it found, in words; the report lists them and
the command exits non-zero if there is any.
"""

from __future__ import annotations

import gc
import os
import pickle
import re
import select as io_select
import signal
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import Connection, Engine, case, func, select
from sqlalchemy.exc import DBAPIError

from app import faults, integrity
from app import schema as s
from app.board import projection
from app.eventlog.chain import HEAD_ROW
from app.queries import BOARD_COLUMNS
from app.settings import Settings
from app.shop import Shop
from domain.billing.lines import Line, price
from domain.errors import DomainError
from domain.reception.model import vat_of

MAX_LISTED = 10


@dataclass
class CheckResult:
    name: str
    breaches: list[str] = field(default_factory=list)
    checked: str = ""

    @property
    def ok(self) -> bool:
        return not self.breaches


@dataclass
class Report:
    results: list[CheckResult]

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.results)

    def render(self) -> str:
        lines = []
        for r in self.results:
            mark = "ok  " if r.ok else "FAIL"
            lines.append(f"[{mark}] {r.name}" + (f" ({r.checked})" if r.checked else ""))
            for breach in r.breaches[:MAX_LISTED]:
                lines.append(f"         - {breach}")
            if len(r.breaches) > MAX_LISTED:
                lines.append(f"         … and {len(r.breaches) - MAX_LISTED} more")
        failed = sum(1 for r in self.results if not r.ok)
        lines.append("All guarantees hold." if failed == 0 else f"{failed} guarantee(s) broken.")
        return "\n".join(lines)


def _jobs_per_receipt(conn: Connection) -> CheckResult:
    res = CheckResult("one job per accepted receipt, none for rejected ones")
    r, j = s.receipt.c, s.job.c
    # The driver's plain rows (integrity.plain_rows), unpacked: a shop's every receipt and job.
    jobs = {
        receipt_id: (job_id, status)
        for job_id, receipt_id, status in integrity.plain_rows(conn, select(j.id, j.receipt_id, j.status))
    }
    count = 0
    for receipt_id, status in integrity.plain_rows(conn, select(r.id, r.status)):
        count += 1
        job = jobs.pop(receipt_id, None)
        if status in ("accepted", "in_work", "finished") and job is None:
            res.breaches.append(f"receipt {receipt_id} is {status} but has no job")
        elif status in ("rejected", "requested") and job is not None:
            res.breaches.append(f"receipt {receipt_id} is {status} but has job {job[0]}")
        elif status == "cancelled" and job is not None and job[1] != "cancelled":
            res.breaches.append(f"receipt {receipt_id} is cancelled but job {job[0]} is {job[1]}")
    for receipt_id, (job_id, _status) in jobs.items():
        res.breaches.append(f"job {job_id} belongs to receipt {receipt_id}, which does not exist")
    res.checked = f"{count:,} receipts"
    return res


def _invoice_per_finished_job(conn: Connection) -> CheckResult:
    res = CheckResult("one invoice per finished job")
    j, i = s.job.c, s.invoice.c
    # A corrected invoice was replaced by another for the same job: only the current one counts.
    per_job = Counter(
        job_id for (job_id,) in integrity.plain_rows(conn, select(i.job_id).where(i.status != "corrected"))
    )
    finished = 0
    for job_id, status in integrity.plain_rows(conn, select(j.id, j.status)):
        n = per_job.pop(job_id, 0)
        if status == "finished":
            finished += 1
            if n != 1:
                res.breaches.append(f"finished job {job_id} has {n} invoices")
        elif n:
            res.breaches.append(f"job {job_id} is {status} but has an invoice")
    for job_id in per_job:
        res.breaches.append(f"an invoice names job {job_id}, which does not exist")
    res.checked = f"{finished:,} finished jobs"
    return res


def _pattern_regex(pattern: str) -> re.Pattern[str]:
    """'{year}-{seq:06d}' -> a regex capturing year and seq."""
    out, pos = "", 0
    for m in re.finditer(r"\{(year|seq)(?::[^}]*)?\}", pattern):
        out += re.escape(pattern[pos : m.start()])
        out += r"(?P<year>\d{4})" if m.group(1) == "year" else r"(?P<seq>\d+)"
        pos = m.end()
    return re.compile("^" + out + re.escape(pattern[pos:]) + "$")


def _gapless(conn: Connection, numbers: list[str], pattern: str, series: str, label: str) -> CheckResult:
    res = CheckResult(f"{label} numbers unique and gapless")
    regex = _pattern_regex(pattern)
    by_year: dict[int, list[int]] = defaultdict(list)
    for no in numbers:
        m = regex.match(no)
        if m is None:
            res.breaches.append(f"{label} number {no!r} does not follow the pattern {pattern!r}")
            continue
        by_year[int(m.group("year"))].append(int(m.group("seq")))
    counters = {
        row.series: row.last_seq
        for row in conn.execute(select(s.number_series.c.series, s.number_series.c.last_seq))
        if row.series.startswith(series + ":")
    }
    for year, seqs in sorted(by_year.items()):
        seqs.sort()
        dupes = [n for n, c in Counter(seqs).items() if c > 1]
        if dupes:
            res.breaches.append(f"{year}: {label} numbers used twice: {dupes[:5]}")
        missing = sorted(set(range(1, seqs[-1] + 1)) - set(seqs))
        if missing:
            res.breaches.append(f"{year}: {label} numbers have holes at {missing[:5]}")
        last = counters.get(f"{series}:{year}")
        if last != len(seqs):
            res.breaches.append(f"{year}: the counter says {last} {label}s, the table holds {len(seqs)}")
    res.checked = f"{len(numbers):,} numbers"
    return res


def _man_days_follow_jobs(conn: Connection) -> CheckResult:
    """Capacity comes back: an open job holds its reservation with its mechanic; a finished or cancelled one, none."""
    res = CheckResult("open jobs hold their man-days, finished and cancelled ones gave them back")
    j, r = s.job.c, s.man_day_reservation.c
    rows = integrity.plain_rows(
        conn,
        select(j.id, j.status, j.mechanic_id, r.mechanic_id.label("held_by"), r.released).outerjoin(
            s.man_day_reservation, r.receipt_id == j.receipt_id
        ),
    )
    for job_id, status, mechanic_id, held_by, released in rows:
        if status in ("created", "started"):
            if held_by is None or released:
                res.breaches.append(f"job {job_id} is {status} but holds no man-days")
            elif held_by != mechanic_id:
                res.breaches.append(f"job {job_id} is mechanic {mechanic_id}'s but holds mechanic {held_by}'s man-days")
        elif held_by is not None and not released:
            res.breaches.append(f"job {job_id} is {status} but its man-days never came back")
    res.checked = f"{len(rows)} jobs"
    return res


def _against_the_log(expected: dict[int, int], actual: dict[int, int], differs: str, below_zero: str) -> list[str]:
    """Each id whose stored count is not the event log's sum (`differs`: id, stored, logged), or is below zero."""
    breaches = []
    for key in sorted(set(expected) | set(actual)):
        if expected.get(key) != actual.get(key):
            breaches.append(differs.format(key, actual.get(key), expected.get(key)))
        elif actual[key] < 0:
            breaches.append(below_zero.format(key, actual[key]))
    return breaches


def _man_days_conserved(conn: Connection, scan: integrity.LogScan | None = None) -> CheckResult:
    res = CheckResult("man-days conserved against the event log")
    expected = (scan or integrity.scan_log(conn)).man_days
    m = s.mechanic.c
    actual = {row.id: row.man_day for row in conn.execute(select(m.id, m.man_day))}
    res.breaches += _against_the_log(
        expected, actual, "mechanic {} has {} man-days left; the event log says {}", "mechanic {} is overbooked ({})"
    )
    res.checked = f"{len(actual)} mechanics"
    return res


def _stock_conserved(conn: Connection, scan: integrity.LogScan | None = None) -> CheckResult:
    res = CheckResult("stock conserved against the event log, never below zero")
    expected = (scan or integrity.scan_log(conn)).stock
    p = s.part.c
    actual = {row.id: row.stock for row in conn.execute(select(p.id, p.stock))}
    res.breaches += _against_the_log(
        expected, actual, "part {} has {} in stock; the event log says {}", "part {} has negative stock ({})"
    )
    res.checked = f"{len(actual)} parts"
    return res


def _invoice_arithmetic(conn: Connection) -> CheckResult:
    res = CheckResult("invoice arithmetic: typed lines, discounts, VAT half up, total, payments")
    i, ln, p = s.invoice.c, s.invoice_line.c, s.payment.c
    bad_lines = conn.execute(select(func.count()).where(ln.amount != ln.quantity * ln.unit_price)).scalar_one()
    if bad_lines:
        res.breaches.append(f"{bad_lines} invoice lines whose amount is not quantity × unit price")
    # Each invoice's sums in the database; only invoices with a discount line are priced again line by
    # line. Without one, the billing rules give each labour line its amount and each other line its
    # quantity × unit price, and refuse only a bill below zero (`_repriced` on such lines does the same).
    is_labour, is_discount = ln.kind == "labour", ln.kind == "discount"
    gross = case((is_labour, ln.amount), else_=ln.quantity * ln.unit_price)
    sums = {
        row[0]: row[1:]
        for row in integrity.plain_rows(
            conn,
            select(
                ln.invoice_id,
                func.sum(ln.amount),
                func.sum(case((is_labour, ln.amount), else_=0)),
                func.sum(case((is_discount, 1), else_=0)),
                func.sum(case((is_discount, 0), else_=gross)),
                func.sum(case((is_labour | is_discount | (ln.amount == ln.quantity * ln.unit_price), 0), else_=1)),
            ).group_by(ln.invoice_id),
        )
    }
    lines: dict[int, list[_PricedLine]] = defaultdict(list)
    with_discounts = select(ln.invoice_id).where(is_discount)
    for line in integrity.plain_rows(
        conn,
        select(ln.invoice_id, ln.line_no, ln.kind, ln.amount, ln.quantity, ln.unit_price, ln.percent, ln.on_line)
        .where(ln.invoice_id.in_(with_discounts))
        .order_by(ln.invoice_id, ln.line_no),
    ):
        lines[line[0]].append(_PricedLine._make(line[1:]))
    paid = dict(integrity.plain_rows(conn, select(p.invoice_id, func.sum(p.amount)).group_by(p.invoice_id)))
    count = 0
    rates: dict[Any, Decimal] = {}
    no_sums = (0, 0, 0, 0, 0)
    query = select(i.id, i.invoice_no, i.fare, i.subtotal, i.vat_rate, i.vat, i.total, i.paid, i.carried_in)
    # The driver's plain tuples, unpacked: a shop's every invoice goes through here.
    for row_id, invoice_no, fare, subtotal_, vat_rate, vat, total, paid_, carried_in in integrity.plain_rows(
        conn, query
    ):
        count += 1
        subtotal, labour, discounts, base, unpriced = (int(x or 0) for x in sums.get(row_id, no_sums))
        if subtotal != subtotal_:
            res.breaches.append(f"{invoice_no}: subtotal {subtotal_:,} but lines add to {subtotal:,}")
        if labour != fare:
            res.breaches.append(f"{invoice_no}: labour {fare:,} but its labour lines add to {labour:,}")
        rate = rates.get(vat_rate)
        if rate is None:
            rate = rates[vat_rate] = Decimal(vat_rate)
        if discounts:
            mine = lines.get(row_id, [])
            repriced = _repriced(mine, rate)
            refused = repriced is None
            differs = repriced is not None and repriced != {x.line_no: int(x.amount) for x in mine}
        else:
            refused, differs = base < 0, unpriced > 0
        if refused:
            res.breaches.append(f"{invoice_no}: its discount lines do not follow the pricing rules")
        elif differs:
            res.breaches.append(f"{invoice_no}: a discount line's amount differs from its percent or amount")
        if vat_of(subtotal_, rate) != vat:
            res.breaches.append(f"{invoice_no}: VAT {vat:,} is not {vat_rate} of {subtotal_:,}")
        if subtotal_ + vat != total:
            res.breaches.append(f"{invoice_no}: total {total:,} is not subtotal + VAT")
        payments = int(paid.get(row_id) or 0)
        if payments != paid_ or paid_ + carried_in > total:
            res.breaches.append(f"{invoice_no}: paid {paid_:,} but payments add to {payments:,}")
    res.checked = f"{count:,} invoices"
    return res


class _PricedLine(NamedTuple):
    line_no: int
    kind: str
    amount: int
    quantity: int
    unit_price: int
    percent: str
    on_line: int


def _repriced(rows: list[_PricedLine], vat_rate: Decimal) -> dict[int, int] | None:
    """What each stored line comes to when priced again by the billing rules; None if they refuse."""
    lines = []
    for x in rows:
        if x.kind == "discount":
            pct = Decimal(x.percent)
            lines.append(Line.discount(x.line_no, "", 0 if pct else -int(x.amount), pct, x.on_line))
        elif x.kind == "labour":
            lines.append(Line.labour(x.line_no, "", int(x.amount)))
        else:
            lines.append(Line.part(x.line_no, 0, 0, "", "", x.quantity, int(x.unit_price)))
    try:
        return dict(price(lines, vat_rate).amounts)
    except DomainError:
        return None


def _money_back_and_forth(conn: Connection) -> CheckResult:
    """Refunds add up, never exceed what was paid, and only voided invoices are refunded."""
    res = CheckResult("refunds add up and stay within what was paid")
    i, rf = s.invoice.c, s.refund.c
    refunds = dict(integrity.plain_rows(conn, select(rf.invoice_id, func.sum(rf.amount)).group_by(rf.invoice_id)))
    count = 0
    query = select(i.id, i.invoice_no, i.status, i.paid, i.refunded, i.carried_in, i.carried_out)
    for invoice_id, invoice_no, status, paid, refunded, carried_in, carried_out in integrity.plain_rows(conn, query):
        count += 1
        total = int(refunds.get(invoice_id) or 0)
        if total != refunded:
            res.breaches.append(f"{invoice_no}: refunded {refunded:,} but refunds add to {total:,}")
        kept = paid + carried_in - carried_out  # what a correction carried on is not given back here
        if refunded > kept:
            res.breaches.append(f"{invoice_no}: refunded {refunded:,}, more than the {kept:,} paid")
        if refunded and status == "issued":
            res.breaches.append(f"{invoice_no}: money was refunded but the invoice is not voided")
    res.checked = f"{count:,} invoices"
    return res


class _Correction(NamedTuple):
    invoice_no: str
    job_id: int
    status: str
    total: int
    paid: int
    credit_note_no: str | None
    corrects: str | None
    corrected_by: str | None
    carried_in: int
    carried_out: int


def _corrections_linked(conn: Connection) -> CheckResult:
    """Each correction (재발행) links both ways, for the same job, and carries no more than was paid."""
    res = CheckResult("corrections link both ways and carry what was paid")
    i = s.invoice.c
    rows = {
        row.invoice_no: row
        for row in map(
            _Correction._make,
            integrity.plain_rows(
                conn,
                select(
                    i.invoice_no, i.job_id, i.status, i.total, i.paid, i.credit_note_no, i.corrects, i.corrected_by
                ).add_columns(i.carried_in, i.carried_out),
            ),
        )
    }
    count = 0
    for row in rows.values():
        if row.status == "corrected":
            count += 1
            new = rows.get(row.corrected_by or "")
            if new is None or new.corrects != row.invoice_no or new.job_id != row.job_id:
                res.breaches.append(f"{row.invoice_no}: corrected, but not by an invoice for its job that names it")
            elif new.carried_in != row.carried_out:
                res.breaches.append(
                    f"{row.invoice_no}: carried {row.carried_out:,} on, but {new.invoice_no} took {new.carried_in:,}"
                )
            if not row.credit_note_no:
                res.breaches.append(f"{row.invoice_no}: corrected without a credit note")
            if row.carried_out > row.paid + row.carried_in:
                res.breaches.append(f"{row.invoice_no}: carried on {row.carried_out:,}, more than was paid")
        elif row.corrected_by or row.carried_out:
            res.breaches.append(f"{row.invoice_no}: names a correction but is {row.status}")
        if row.corrects and rows.get(row.corrects) is None:
            res.breaches.append(f"{row.invoice_no}: corrects {row.corrects}, which does not exist")
        elif row.corrects and rows[row.corrects].corrected_by != row.invoice_no:
            res.breaches.append(f"{row.invoice_no}: corrects {row.corrects}, which names another invoice")
        if row.carried_in and not row.corrects:
            res.breaches.append(f"{row.invoice_no}: carries money in but corrects no invoice")
    res.checked = f"{count:,} corrections"
    return res


def _invoices_match_receipts(conn: Connection) -> CheckResult:
    """Only a finished receipt has an invoice, and its lines are the job's provided parts at their prices."""
    res = CheckResult("invoices only for finished receipts, lines equal to the parts provided")
    i, r, ln, pr = s.invoice.c, s.receipt.c, s.invoice_line.c, s.part_request.c
    # The driver's plain rows (integrity.plain_rows), unpacked: a shop's every invoice and part line.
    for invoice_no, receipt_id, status in integrity.plain_rows(
        conn, select(i.invoice_no, r.id, r.status).join(s.receipt, r.id == i.receipt_id)
    ):
        if status != "finished":
            res.breaches.append(f"{invoice_no}: its receipt {receipt_id} is {status}, not finished")
    billed: dict[int, list[tuple[str, int, int]]] = defaultdict(list)
    for job_id, part_code, quantity, unit_price in integrity.plain_rows(
        conn,
        select(i.job_id, ln.part_code, ln.quantity, ln.unit_price)
        .join(s.invoice_line, ln.invoice_id == i.id)
        .where(ln.kind == "part", i.status != "corrected")
        .order_by(i.job_id, ln.line_no),
    ):
        billed[job_id].append((part_code, quantity, unit_price))
    provided: dict[int, list[tuple[str, int, int]]] = defaultdict(list)
    invoiced_jobs = {job_id for (job_id,) in integrity.plain_rows(conn, select(i.job_id))}
    for job_id, part_code, quantity, unit_price in integrity.plain_rows(
        conn,
        select(pr.job_id, pr.part_code, pr.quantity, pr.unit_price)
        .where(pr.status == "provided", pr.job_id.in_(select(i.job_id)))
        .order_by(pr.job_id, pr.id),
    ):
        provided[job_id].append((part_code, quantity, unit_price))
    for job_id in sorted(invoiced_jobs):
        if billed.get(job_id, []) != provided.get(job_id, []):
            res.breaches.append(f"job {job_id}: the invoice's part lines differ from the parts provided to it")
    res.checked = f"{len(invoiced_jobs):,} invoiced jobs"
    return res


def _board_is_derived(conn: Connection, scan: integrity.LogScan | None = None) -> CheckResult:
    """The live board against the board folded in memory from the event log (app.board.projection.fold:
    the same changes `project` writes), compared row by row; only the shop's board is read."""
    res = CheckResult("status board equals the board rebuilt from the event log")
    names = [c.name for c in BOARD_COLUMNS]
    live_by_id = {row[0]: tuple(row) for row in conn.execute(select(*BOARD_COLUMNS))}
    folded = scan.board if scan is not None else projection.folded_from_log(conn)
    for receipt_id in folded.requested_twice[:MAX_LISTED]:
        res.breaches.append(f"receipt {receipt_id} is requested by more than one event in the log")
    rebuilt = folded.rows
    for receipt_id in sorted(set(live_by_id) | set(rebuilt)):
        a, row = live_by_id.get(receipt_id), rebuilt.get(receipt_id)
        if a is None or row is None:
            res.breaches.append(f"receipt {receipt_id} is only on the {'rebuilt' if a is None else 'live'} board")
            continue
        b = tuple(row[n] for n in names)
        if a != b:
            diff = [f"{n}: {x!r} ≠ {y!r}" for n, x, y in zip(names, a, b, strict=True) if x != y]
            res.breaches.append(f"receipt {receipt_id} differs: " + "; ".join(diff))
    res.checked = f"{len(live_by_id):,} rows"
    return res


def _sqlite_integrity(conn: Connection) -> CheckResult:
    """SQLite's own check of every page, index and constraint of the file."""
    res = CheckResult("SQLite's own integrity check (PRAGMA integrity_check)")
    rows = [str(r[0]) for r in conn.exec_driver_sql(f"PRAGMA integrity_check({MAX_LISTED * 10})")]
    if rows != ["ok"]:
        res.breaches.extend(rows)
    pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
    res.checked = f"{pages:,} pages"
    return res


def _nothing_pending(conn: Connection) -> CheckResult:
    res = CheckResult("every committed event delivered to its policies")
    pending = conn.execute(
        select(func.count()).select_from(s.event_log).where(s.event_log.c.dispatched.is_(False))
    ).scalar_one()
    if pending:
        res.breaches.append(f"{pending} events are still waiting for delivery (run: python -m app deliver-pending)")
    total = conn.execute(select(func.count()).select_from(s.event_log)).scalar_one()
    res.checked = f"{total:,} events"
    return res


def _event_chain(conn: Connection, scan: integrity.LogScan | None = None) -> CheckResult:
    found = (scan or integrity.scan_log(conn)).chain
    return CheckResult(_CHECK_NAMES["_event_chain"], found.breaches, found.checked)


def _money_from_events(conn: Connection, scan: integrity.LogScan | None = None) -> CheckResult:
    found = integrity.money_from_events(conn, scan)
    return CheckResult(_CHECK_NAMES["_money_from_events"], found.breaches, found.checked)


def _additional_work_from_events(conn: Connection, scan: integrity.LogScan | None = None) -> CheckResult:
    found = integrity.additional_work_from_events(conn, scan)
    return CheckResult(_CHECK_NAMES["_additional_work_from_events"], found.breaches, found.checked)


def run_checks(target: Shop | Engine, settings: Settings | None = None) -> Report:
    """Run every check on one consistent snapshot, reading only, and return the report.

    `target` is a running shop (its read engine is used) or an engine, such as
    `app.db.open_read_only(url)`'s on a read-only file or a backup.

    On a machine with more than one core, in a process running no other thread, the checks are
    shared by two forked children, each on its own read connection: one reads the event log (its
    rebuilds compared with the tables), the other the tables alone (SQLite's integrity check, the
    hash chain, the invoice arithmetic, …). This process only waits (see `_gather`), so the log's
    millions of rebuilt objects are never freed one by one here: the child that holds them ends
    with `os._exit`. A side whose child could not be made, failed, was killed for not answering or
    saw another moment is run here.
    """
    if isinstance(target, Engine):
        engine, settings = target, settings or Settings()
    else:
        engine, settings = target.db.read, settings or target.settings
    with _no_cycle_collection(), snapshot(engine) as conn:
        shared = _shareable(conn)
        if shared is None:
            return check_in_snapshot(conn, settings)
        seen, exported = shared
        sides = _the_checks(conn, settings, split=True)
        children = [_in_a_child(engine, side, exported) for side in sides]
        results: dict[int, CheckResult] = {}
        try:
            for side, child in zip(sides, children, strict=True):
                if child is None:
                    results.update((i, _run_one(check, conn)) for i, check in side)
        finally:
            answers = _gather(children, seen[0], worked=bool(results))  # reaped whatever happened here
        for side, child, answer in zip(sides, children, answers, strict=True):
            if child is None:
                continue
            if answer is None or answer[0] != seen:  # it failed, was killed, or saw another moment
                answer = (seen, {i: _run_one(check, conn) for i, check in side})
            results.update(answer[1])
        return Report([results[i] for i in sorted(results)])


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector off while the checks run, back as it was after.

    The log's rebuilds hold millions of small objects, and each full collection walks all of them:
    on a 100,000-receipt shop that made `check` grow faster than its history (about 14 % more CPU,
    docs/benchmarks.md). Nothing the checks build is a cycle that must go early; a forked child
    inherits the setting."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def check_in_snapshot(conn: Connection, settings: Settings) -> Report:
    """Every check, on a connection inside `snapshot()`, one after the other."""
    log_checks, table_checks = _the_checks(conn, settings)
    return Report([_run_one(check, conn) for _, check in sorted(log_checks + table_checks, key=lambda x: x[0])])


Numbered = list[tuple[int, Callable[[Connection], CheckResult]]]


def _the_checks(conn: Connection, settings: Settings, split: bool = False) -> tuple[Numbered, Numbered]:
    """Every check, numbered in the report's order: (those reading the event log, those reading only tables).

    `split`: the hash chain is verified on its own (`integrity.verify_chain`, on the tables' side, in
    the second process), and the one read of the log for the others does not hash."""
    scan: integrity.LogScan | DBAPIError | None = None

    def from_the_log(
        check: Callable[[Connection, integrity.LogScan], CheckResult],
    ) -> Callable[[Connection], CheckResult]:
        """`check` on the one read of the event log that the checks comparing with it share."""

        def run(c: Connection) -> CheckResult:
            nonlocal scan
            if scan is None:
                try:
                    scan = integrity.scan_log(c, hashing=not split)
                except DBAPIError as exc:  # each check that needed it says it could not be checked
                    scan = exc
            if isinstance(scan, DBAPIError):
                raise scan
            return check(c, scan)

        run.__name__ = check.__name__
        run.reads_the_log = True  # type: ignore[attr-defined]
        return run

    def chain_alone(c: Connection) -> CheckResult:
        found = integrity.verify_chain(c)
        return CheckResult(_CHECK_NAMES["_event_chain"], found.breaches, found.checked)

    chain_alone.__name__ = "_event_chain"

    checks: list[Callable[[Connection], CheckResult]] = []
    if conn.dialect.name == "sqlite":
        checks.append(_sqlite_integrity)
    checks += [
        chain_alone if split else from_the_log(_event_chain),
        from_the_log(_money_from_events),
        from_the_log(_additional_work_from_events),
        _nothing_pending,
        _jobs_per_receipt,
        _invoice_per_finished_job,
        lambda c: _gapless(
            c,
            list(c.execute(select(s.invoice.c.invoice_no)).scalars()),
            settings.invoice_number_format,
            "invoice",
            "invoice",
        ),
        lambda c: _gapless(
            c,
            list(
                c.execute(select(s.invoice.c.credit_note_no).where(s.invoice.c.credit_note_no.is_not(None))).scalars()
            ),
            settings.credit_note_number_format,
            "credit-note",
            "credit note",
        ),
        from_the_log(_man_days_conserved),
        _man_days_follow_jobs,
        from_the_log(_stock_conserved),
        _invoice_arithmetic,
        _money_back_and_forth,
        _corrections_linked,
        _invoices_match_receipts,
        from_the_log(_board_is_derived),
    ]
    # `_nothing_pending` reads the log's delivery flags, which change without a new event: it stays with the log.
    # `_invoices_match_receipts` reads only tables, but the child's side (the chain and SQLite's integrity
    # check) is the longer one: it evens the two out (docs/benchmarks.md, `check` in two processes).
    log_side = [
        (i, c)
        for i, c in enumerate(checks)
        if getattr(c, "reads_the_log", False) or c is _nothing_pending or c is _invoices_match_receipts
    ]
    table_side = [(i, c) for i, c in enumerate(checks) if (i, c) not in log_side]
    return log_side, table_side


#: False: every check in this process, one after the other (the tests run both ways).
PARALLEL = True
#: How long the parent waits for the other child once one side is done, as a multiple of the time it
#: has had so far (at least 10 s): a child stuck that long is killed and its checks run here.
CHILD_PATIENCE = 3.0
CHILD_LEAST_WAIT = 10.0
#: How long the first child may take when this process does nothing but wait, per logged event (at
#: least `CHILD_LEAST_WAIT`): a 100,000-receipt shop's side takes about 5 µs an event.
CHILD_WAIT_PER_EVENT = 0.001


def _is_pg(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def _may_fork(conn: Connection) -> bool:
    """A second process can share the work: a fork is safe here (no other thread, POSIX), there is a
    second core, and the database is one a new connection reaches (a file or a server, not memory)."""
    if not PARALLEL or not hasattr(os, "fork") or (os.cpu_count() or 1) < 2 or _threads() != 1:
        return False
    if _is_pg(conn):
        return True
    if conn.dialect.name != "sqlite":
        return False
    files = {row[1]: row[2] for row in conn.exec_driver_sql("PRAGMA database_list")}
    return bool(files.get("main"))


def _shareable(conn: Connection) -> tuple[tuple[int, int], str | None] | None:
    """(this snapshot's log mark, its exported id on PostgreSQL) if a child may share the work; None if not,
    or if the database cannot answer (then the checks, one after the other, say what they could not read)."""
    if not _may_fork(conn):
        return None
    try:
        exported = conn.exec_driver_sql("SELECT pg_export_snapshot()").scalar_one() if _is_pg(conn) else None
        return _log_mark(conn), exported
    except DBAPIError:
        if _is_pg(conn):  # the refusal ended the transaction, before any check read anything: a new one
            conn.rollback()
            conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        return None


def _threads() -> int:
    """The threads of this process: the operating system's count where it tells (Qt's or a C library's
    threads included: a lock one of them holds at the fork, SQLite's own, would never be let go in the
    child), else Python's."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return threading.active_count()


def _log_mark(conn: Connection) -> tuple[int, int]:
    """(last event id, the events the chain's head row counts): every commit that changes what the
    table checks read logs an event (the log is append-only, its ids only grow) and moves the head, so
    two snapshots with the same mark see the same tables. Both read by key, without counting the log
    (0.12 s at 1.7 million events, on each side of the fork)."""
    e, head = s.event_log.c, s.event_chain.c
    last = select(func.coalesce(func.max(e.id), 0)).scalar_subquery()
    counted = select(func.coalesce(func.max(head.events), -1)).where(head.id == HEAD_ROW).scalar_subquery()
    row = conn.execute(select(last, counted)).one()
    return int(row[0]), int(row[1])


@dataclass
class _Child:
    pid: int
    fd: int

    started: float = field(default_factory=time.monotonic)
    chunks: list[bytes] = field(default_factory=list)
    answered: bool = False


def _gather(children: list[_Child | None], events: int, worked: bool) -> list[tuple[Any, ...] | None]:
    """Each child's answer (its snapshot's mark, each result by number), reaped whatever happens; None
    for no child, one that failed, or one killed for not answering.

    Once one side is done (a child answered, or this process ran a side itself: `worked`), the others
    may take `CHILD_PATIENCE` × the time they have had so far (at least `CHILD_LEAST_WAIT`). Until then,
    when this process only waits, the first answer may take `CHILD_WAIT_PER_EVENT` a logged event (at
    least `CHILD_LEAST_WAIT`): about 200× what a check takes, only against a child that never ends."""
    made = [c for c in children if c is not None]
    if not made:
        return [None for _ in children]
    started = min(c.started for c in made)
    first_done = time.monotonic() if worked else None
    pending = {c.fd: c for c in made}
    try:
        while pending:
            if first_done is None:
                deadline = started + max(CHILD_LEAST_WAIT, CHILD_WAIT_PER_EVENT * events)
            else:
                deadline = first_done + max(CHILD_LEAST_WAIT, CHILD_PATIENCE * (first_done - started))
            if (left := deadline - time.monotonic()) <= 0:
                break
            ready, _, _ = io_select.select(list(pending), [], [], left)
            for fd in ready:
                chunk = os.read(fd, 1 << 20)
                if chunk:
                    pending[fd].chunks.append(chunk)
                else:
                    pending.pop(fd).answered = True
                    first_done = first_done or time.monotonic()
    finally:
        statuses = {}
        for c in made:
            os.close(c.fd)
            if not c.answered:
                os.kill(c.pid, signal.SIGKILL)
            statuses[c.pid] = os.waitpid(c.pid, 0)[1]
    return [None if c is None else _answer(c, statuses[c.pid]) for c in children]


def _answer(child: _Child, status: int) -> tuple[Any, ...] | None:
    data = b"".join(child.chunks)
    if not child.answered or status != 0 or not data:
        return None
    found = pickle.loads(data)  # our own child, through our own pipe
    return found if isinstance(found, tuple) else None


def _in_a_child(engine: Engine, checks: Numbered, exported: str | None) -> _Child | None:
    """Fork a child that runs `checks` on its own read connection and pipes back their results.

    PostgreSQL: the child's transaction imports this one's snapshot (`SET TRANSACTION SNAPSHOT`), so
    both see the same moment. SQLite has no such import: the child sends the mark of what it saw
    (`_log_mark`) and the parent runs the checks itself if a command committed in between. (The
    child inherits SQLite's in-process lock bookkeeping, so its reads may rest on the parent's own
    read lock of that snapshot rather than one of its own: the parent holds it, inside its
    transaction, until the child has answered or been killed.)"""
    read, write = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read)
        os.close(write)
        return None
    if pid:
        os.close(write)
        return _Child(pid, read)
    code = 1
    try:  # the child: never back into the caller's code, never the parent's connections
        os.close(read)
        engine.dispose(close=False)
        with _child_snapshot(engine, exported) as conn:
            found = (_log_mark(conn), {i: _run_one(check, conn) for i, check in checks})
        with os.fdopen(write, "wb") as f:
            f.write(pickle.dumps(found))
        code = 0
    except BaseException:  # whatever it was, the parent runs them itself
        code = 1
    finally:
        os._exit(code)


@contextmanager
def _child_snapshot(engine: Engine, exported: str | None) -> Iterator[Connection]:
    if exported is None:
        with snapshot(engine) as conn:
            yield conn
        return
    with engine.connect() as conn:
        conn.rollback()
        conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        conn.exec_driver_sql(f"SET TRANSACTION SNAPSHOT '{exported}'")
        try:
            yield conn
        finally:
            conn.rollback()


#: A check's name when the database could not answer it (the check could not make its own result).
_CHECK_NAMES = {
    "_sqlite_integrity": "SQLite's own integrity check (PRAGMA integrity_check)",
    "_nothing_pending": "every committed event delivered to its policies",
    "_event_chain": "event log unchanged: its hash chain holds, up to the head",
    "_money_from_events": "invoices, payments, refunds and closed days equal to those rebuilt from the events",
    "_additional_work_from_events": "additional work and the customer's consent equal to their events",
    "_jobs_per_receipt": "one job per accepted receipt, none for rejected ones",
    "_invoice_per_finished_job": "one invoice per finished job",
    "_man_days_conserved": "man-days conserved against the event log",
    "_man_days_follow_jobs": "open jobs hold their man-days, finished and cancelled ones gave them back",
    "_stock_conserved": "stock conserved against the event log, never below zero",
    "_invoice_arithmetic": "invoice arithmetic: lines, VAT half up, total, payments",
    "_money_back_and_forth": "refunds add up and stay within what was paid",
    "_corrections_linked": "corrections link both ways and carry what was paid",
    "_invoices_match_receipts": "invoices only for finished receipts, lines equal to the parts provided",
    "_board_is_derived": "status board equals the board rebuilt from the event log",
}


def _run_one(check: Callable[[Connection], CheckResult], conn: Connection) -> CheckResult:
    """One check; a check the database cannot answer (a damaged page) is a breach, not a crash."""
    try:
        return check(conn)
    except DBAPIError as exc:
        name = getattr(check, "__name__", "")
        res = CheckResult(_CHECK_NAMES.get(name, "invoice or credit note numbers unique and gapless"))
        res.breaches.append(f"could not be checked: the database answered {faults.loggable(exc)}")
        return res


@contextmanager
def snapshot(engine: Engine) -> Iterator[Connection]:
    """A read-only transaction seeing one moment of the shop; rolled back at the end, whatever happened.

    SQLite: a deferred BEGIN (the engines of app.db issue it) holds one WAL
    snapshot and never blocks a writer. PostgreSQL: REPEATABLE READ, READ ONLY.
    """
    with engine.connect() as conn:
        if conn.dialect.name != "sqlite":
            conn.rollback()
            conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        else:
            conn.begin()
        try:
            yield conn
        finally:
            conn.rollback()


def check_database(url: str, settings: Settings | None = None) -> Report:
    """`python -m app check`: every guarantee of the database at `url`, opened read-only."""
    from app.db import open_read_only

    engine = open_read_only(url)
    try:
        return run_checks(engine, settings)
    finally:
        engine.dispose()
