"""Tamper evidence: the event log's hash chain, and the money rebuilt from the events.

`check` (app.checks) runs these on its read-only snapshot. Each names the first
thing that differs, in words, so the manager knows where to look:

- `verify_chain`: every event's `chain_hash` recomputed from its content and the
  hash before it (app.eventlog.chain), and the `event_chain` head row against
  the last event. An event changed (payload, actor, user, role, terminal, time),
  inserted or removed breaks the chain at that event.
- `money_from_events`: invoices (figures, lines, paid, voids, refunds), payments
  and refunds (amount, method, who, where, when) and closed days (Z number,
  closing time, totals) rebuilt from the events and compared with the tables,
  row by row in both directions.
- `against_z`: history up to a Z report's close, against the code printed on it.
- `additional_work_from_events`: proposed additional work (추가정비) and the
  customer's answer to it (how, who took it, when), as the repair statement
  prints it, against AdditionalWorkProposed / AdditionalWorkConsentRecorded.

The billing context's lines are rebuilt from their own events: labour and
discount lines from LabourAdded / DiscountAdded / LineRemoved while the job was
open, part lines from the BillIssued that froze them; a payment's or refund's
business day, and a credit note's, from the days closed before it (after a
close, money and corrections go to the next open day, as app.billing decides). Other contexts extend `money_from_events`
the same way: a `_Rebuild` method and a comparison, in the first-difference wording.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import orjson
from sqlalchemy import Connection, bindparam, func, select

from app import schema as s
from app.board.projection import BOARD_EVENTS, BoardFold, Folded
from app.eventlog import chain
from app.eventlog.serialization import event_view
from app.prepared import Prepared
from domain.billing.day import business_day_of

BATCH = 5000

ev = s.event_log.c


@dataclass
class Finding:
    """What a check found: its breaches in words (first difference first) and what it looked at."""

    breaches: list[str] = field(default_factory=list)
    checked: str = ""


class LogRow(NamedTuple):
    id: int
    event_type: str
    payload: str
    actor: str
    user_id: int | None
    role: str
    terminal: str
    occurred_at: str
    chain_hash: str


def log_rows(conn: Connection, *, types: tuple[str, ...] = (), upto: int | None = None) -> Iterator[LogRow]:
    """Every row of the event log in id order (of `types` if given, up to id `upto`), in batches."""
    last = 0
    cols = (ev.id, ev.event_type, ev.payload, ev.actor, ev.user_id, ev.role, ev.terminal, ev.occurred_at, ev.chain_hash)
    while True:
        query = select(*cols).where(ev.id > last).order_by(ev.id).limit(BATCH)
        if types:
            query = query.where(ev.event_type.in_(types))
        if upto is not None:
            query = query.where(ev.id <= upto)
        rows = conn.execute(query).all()
        if not rows:
            return
        for r in rows:
            yield LogRow(*r)
        last = rows[-1].id


def _describe(row: LogRow) -> str:
    return f"event {row.id} ({row.event_type}, {row.occurred_at}, by {row.actor} on {row.terminal})"


#: A payment or refund as the tables keep it: (invoice_no, amount, method, when, who, where).
MoneyMoved = tuple[str, int, str, str, str, str]


def _money_moved(row: LogRow, e: dict[str, Any]) -> MoneyMoved:
    return (e["invoice_no"], e["amount"], e["method"], row.occurred_at, row.actor, row.terminal)


# -- the chain ------------------------------------------------------------------------
def verify_chain(conn: Connection) -> Finding:
    """Recompute the chain; name the first event whose hash does not follow from its content and the one before.

    The chain alone, as `scan_log` checks it (`check` runs this in one forked child while another reads
    the rest of the log without hashing)."""
    res = Finding()
    if conn.dialect.name == "sqlite" and chain.sqlite_quotes_alike(conn.connection.dbapi_connection):
        # SQLite builds each event's bytes; only the hash before and the hashing are left here.
        # Read as bytes: hashed as SQLite keeps them, without decoding each event to encode it again.
        count, last_id, broken = 0, 0, 0
        follows_built, stored_bytes, first_broken = chain.Verifier().follows_built, b"", 0
        with _text_as_bytes(conn):
            for event_id, built, stored_bytes in _log_tuples(conn, chain.SQLITE_BUILT):
                count += 1
                if not follows_built(built, stored_bytes):
                    broken += 1
                    first_broken = first_broken or event_id
                last_id = event_id
        prev = stored_bytes.decode() if count else chain.GENESIS
        if first_broken:  # named in full, its text read as text again
            res.breaches.append(_breaks_the_chain(_full_row(conn, first_broken)))
        _chain_end(conn, res, prev, last_id, count, broken)
    else:
        for _ in _chained(conn, res):
            pass
    return res


def _chained(conn: Connection, res: Finding) -> Iterator[tuple[Any, ...]]:
    """The log's rows as `_log_tuples` gives them, each followed along the chain (built in Python) as it
    passes; the first that does not follow is named in `res` at once, the rest once all have passed."""
    follows = chain.Verifier().follows
    prev, count, last_id, broken = chain.GENESIS, 0, 0, 0
    for r in _log_tuples(conn):
        event_id, event_type, payload, actor, user_id, role, terminal, occurred_at, stored = r
        count += 1
        if not follows(event_type, payload, actor, user_id, role, terminal, occurred_at, stored):
            broken += 1
            if broken == 1:
                res.breaches.append(_breaks_the_chain(r))
        prev, last_id = stored, event_id
        yield r
    _chain_end(conn, res, prev, last_id, count, broken)


def _chain_end(conn: Connection, res: Finding, prev: str, last_id: int, count: int, broken: int) -> None:
    """After the last event: how many more did not follow, and the head row against the last one."""
    if broken > 1:
        res.breaches.append(f"{broken - 1} more events after it do not follow the chain either")
    _chain_head_finding(conn, res, prev, last_id, count)


@contextmanager
def _text_as_bytes(conn: Connection) -> Iterator[None]:
    """SQLite's text as bytes on this connection for a while (its UTF-8, not decoded), as it was after."""
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None
    was = dbapi.text_factory
    dbapi.text_factory = bytes
    try:
        yield
    finally:
        dbapi.text_factory = was


def _breaks_the_chain(r: tuple[Any, ...]) -> str:
    return (
        f"{_describe(LogRow._make(r))} breaks the event chain: it was changed, "
        "or an event just before it was removed or inserted"
    )


def _chain_head_finding(conn: Connection, res: Finding, prev: str, last_id: int, count: int) -> None:
    """The head row against the last event, and what outlives events cut from the end."""
    head_row = s.event_chain.c
    head = conn.execute(
        select(head_row.head, head_row.last_event_id, head_row.events).where(head_row.id == chain.HEAD_ROW)
    ).first()
    if head is None:
        if count:
            res.breaches.append(
                "the event chain's head row (event_chain) is missing: events may have been cut from the end of the log"
            )
    elif (head.head, head.last_event_id, head.events) != (prev, last_id, count):
        res.breaches.append(
            f"the chain's head says {head.events:,} events up to event {head.last_event_id}, "
            f"the log holds {count:,} up to event {last_id}: events were removed or added at the end"
        )
    res.breaches.extend(_cut_from_the_end(conn, last_id))
    res.checked = f"{count:,} events"


def _cut_from_the_end(conn: Connection, last_id: int) -> list[str]:
    """What outlives events removed from the end of the log with the head row: the head made again
    (app.eventlog.chain.lock_head), the board naming a later event, deliveries of events that are gone."""
    found = []
    for remade_at, events in chain.remade_heads(conn):
        found.append(
            f"the chain's head row was deleted and made again at event {remade_at} ({events:,} events then): "
            "events after it may have been cut from the log"
        )
    beyond = conn.execute(select(func.max(s.status_board.c.last_event_id))).scalar_one()
    if beyond is not None and int(beyond) > last_id:
        found.append(
            f"the status board names event {beyond}, after the log's last event {last_id}: "
            "events were cut from the end of the log"
        )
    pd = s.policy_done.c
    orphans = conn.execute(select(func.count(), func.min(pd.event_id)).where(pd.event_id.not_in(select(ev.id)))).one()
    if orphans[0]:
        found.append(
            f"{orphans[0]:,} deliveries (policy_done) name events that are not in the log, the first event "
            f"{orphans[1]}: events were removed from the log"
        )
    return found


@dataclass(frozen=True)
class ZCheck:
    ok: bool
    message: str


def against_z(conn: Connection, z_no: str, code: str) -> ZCheck:
    """History up to the close of Z report `z_no`, against the code printed on its paper copy.

    The code is the chain's head just before the day's DayClosed event, recomputed
    here from the events' content (not read from the stored hashes).
    """
    closing = None
    for row in log_rows(conn, types=("DayClosed",)):
        if json.loads(row.payload).get("z_no") == z_no:
            closing = row
            break
    if closing is None:
        return ZCheck(False, f"no day close with Z number {z_no} is in the event log")
    prev = chain.GENESIS
    for row in log_rows(conn, upto=closing.id - 1):
        prev = chain.link(
            prev, row.event_type, row.payload, row.actor, row.user_id, row.role, row.terminal, row.occurred_at
        )
    printed = chain.normalise_code(code)
    now = chain.short_code(prev)
    if len(printed) < 12 or chain.normalise_code(now) != printed[:12]:
        return ZCheck(
            False,
            f"{z_no}: the history before its close now gives code {now}, the paper says {code}: "
            "something logged before that close was changed, removed or added",
        )
    return ZCheck(True, f"{z_no}: the history before its close matches the printed code {now}")


# -- money --------------------------------------------------------------------------
@dataclass
class _Invoice:
    receipt_id: int
    job_id: int
    issued_at: str
    fare: int
    subtotal: int
    vat_rate: str
    vat: int
    total: int
    lines: list[tuple[str, str, int, int, int]]
    #: The bill's labour lines (description, amount) and discounts (description, percent), sorted.
    typed: list[tuple[str, str, str]] = field(default_factory=list)
    paid: int = 0
    refunded: int = 0
    status: str = "issued"
    credit_note_no: str | None = None
    voided_at: str | None = None
    void_reason: str | None = None
    credit_note_day: str | None = None


@dataclass
class _Rebuild:
    """The till as the events tell it."""

    invoices: dict[str, _Invoice] = field(default_factory=dict)
    payments: dict[int, MoneyMoved] = field(default_factory=dict)
    refunds: dict[int, MoneyMoved] = field(default_factory=dict)
    days: dict[str, tuple[str, str, str, str, int, int]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    #: Open bills' labour and discount lines by job and line id: (kind, description, amount or percent).
    bills: dict[int, dict[int, tuple[str, str, str]]] = field(default_factory=dict)
    #: The business day each payment and refund belongs to, as the till decided it.
    payment_days: dict[int, str] = field(default_factory=dict)
    refund_days: dict[int, str] = field(default_factory=dict)
    #: Jobs whose fare line an event added (billing.open_bill), not migration 0006.
    fare_lines: set[int] = field(default_factory=set)
    #: Invoices issued by a correction (재발행), and what was paid on the one they replace.
    reissued: set[str] = field(default_factory=set)
    carried_in: dict[str, int] = field(default_factory=dict)
    #: A correction's new invoice's labour and discount lines, in order: (kind, text, won, percent, on line).
    corrected_lines: dict[str, list[tuple[str, str, int, str, int]]] = field(default_factory=dict)

    def InvoiceCorrected(self, row: LogRow, e: dict[str, Any]) -> None:
        old = self.invoices.get(e["invoice_no"])
        if old is None:
            self.problems.append(f"{_describe(row)} corrects {e['invoice_no']}, which no event issued")
            return
        old.status = "corrected"
        self.reissued.add(e["new_invoice_no"])
        self.carried_in[e["new_invoice_no"]] = e["carried"]
        if "lines" in e:  # logged before the lines were kept: the totals of its BillIssued only
            self.corrected_lines[e["new_invoice_no"]] = [
                (ln["kind"], ln["description"], ln["amount"], ln["percent"], ln["on_line"]) for ln in e["lines"]
            ]

    def _typed_lines(self, e: dict[str, Any]) -> list[tuple[str, str, str]]:
        """The labour and discount lines of the job BillIssued `e` billed, as its events added them.

        The receipt's fare is the bill's one labour line without a text (AddLabour needs one). A job
        opened before the billing context (migration 0006) got that line from the migration, not
        from an event: it is what the billed labour leaves after the lines the events added.
        """
        lines = self.bills.get(e["job_id"], {})
        typed = list(lines.values())
        if e["job_id"] not in self.fare_lines:
            added = sum(int(amount) for kind, _text, amount in typed if kind == "labour")
            typed.append(("labour", "", str(e["fare"] - added)))
        return sorted(line for line in typed if line not in NO_FARE)

    def LabourAdded(self, row: LogRow, e: dict[str, Any]) -> None:
        if not e["description"]:
            self.fare_lines.add(e["job_id"])
        self.bills.setdefault(e["job_id"], {})[e["line_id"]] = ("labour", e["description"], str(e["amount"]))

    def DiscountAdded(self, row: LogRow, e: dict[str, Any]) -> None:
        self.bills.setdefault(e["job_id"], {})[e["line_id"]] = ("discount", e["description"], str(e["percent"]))

    def LineRemoved(self, row: LogRow, e: dict[str, Any]) -> None:
        self.bills.get(e["job_id"], {}).pop(e["line_id"], None)

    def BillIssued(self, row: LogRow, e: dict[str, Any]) -> None:
        lines = [
            (p["part_code"], p["name"], p["quantity"], p["unit_price"], p["quantity"] * p["unit_price"])
            for p in e.get("parts", ())
        ]
        self.invoices[e["invoice_no"]] = _Invoice(
            e["receipt_id"],
            e["job_id"],
            e["issued_at"],
            e["fare"],
            e["subtotal"],
            e["vat_rate"],
            e["vat"],
            e["total"],
            lines,
            self._typed_lines(e),
        )

    def PaymentRecorded(self, row: LogRow, e: dict[str, Any]) -> None:
        inv = self.invoices.get(e["invoice_no"])
        if inv is None:
            self.problems.append(f"{_describe(row)} pays {e['invoice_no']}, which no event issued")
            return
        inv.paid += e["amount"]
        settled = inv.paid + self.carried_in.get(e["invoice_no"], 0)  # a correction's: with the old one's money
        if settled != e["paid"]:
            self.problems.append(f"{_describe(row)} says {e['paid']:,} paid, its payments add to {settled:,}")
        self.payment_days[e["payment_id"]] = business_day_of(row.occurred_at[:10], self.days)  # closed so far
        self.payments[e["payment_id"]] = _money_moved(row, e)

    def InvoiceVoided(self, row: LogRow, e: dict[str, Any]) -> None:
        inv = self.invoices.get(e["invoice_no"])
        if inv is None:
            self.problems.append(f"{_describe(row)} voids {e['invoice_no']}, which no event issued")
            return
        inv.status, inv.credit_note_no, inv.voided_at, inv.void_reason = (
            "voided",
            e["credit_note_no"],
            row.occurred_at,
            e["reason"],
        )
        # A void waits for an open day, a correction takes the first open one: either way the
        # business day of its moment, given the days closed before it (as a payment's).
        inv.credit_note_day = business_day_of(row.occurred_at[:10], self.days)

    def RefundRecorded(self, row: LogRow, e: dict[str, Any]) -> None:
        inv = self.invoices.get(e["invoice_no"])
        if inv is None:
            self.problems.append(f"{_describe(row)} refunds {e['invoice_no']}, which no event issued")
            return
        inv.refunded += e["amount"]
        self.refund_days[e["refund_id"]] = business_day_of(row.occurred_at[:10], self.days)  # closed so far
        self.refunds[e["refund_id"]] = _money_moved(row, e)

    def DayClosed(self, row: LogRow, e: dict[str, Any]) -> None:
        self.days[e["day"]] = (
            e["z_no"],
            e["closed_at"],
            row.actor,
            row.terminal,
            e["payments_total"],
            e["refunds_total"],
        )


#: A free job's fare: a labour line of nothing, made or not (billing makes none; migration 0006 may have).
NO_FARE = (("labour", "", "0"),)

MONEY_EVENTS = (
    "LabourAdded",
    "DiscountAdded",
    "LineRemoved",
    "BillIssued",
    "PaymentRecorded",
    "InvoiceVoided",
    "InvoiceCorrected",
    "RefundRecorded",
    "DayClosed",
)


def rebuild_money(conn: Connection) -> _Rebuild:
    return scan_log(conn).money


def _first_difference(names: tuple[str, ...], table: tuple[Any, ...], events: tuple[Any, ...]) -> str:
    return "; ".join(
        f"{n} {a!r} in the table, {b!r} by the events" for n, a, b in zip(names, table, events, strict=True) if a != b
    )


def money_from_events(conn: Connection, scan: LogScan | None = None) -> Finding:
    """Invoices, payments, refunds and closed days in the tables against the same rebuilt from the events."""
    res = Finding()
    r: Any  # a row of whichever table is being compared
    built = (scan or scan_log(conn)).money
    res.breaches.extend(built.problems)
    i, ln, t = s.invoice.c, s.invoice_line.c, s.till_day.c

    lines: dict[int, list[tuple[str, str, int, int, int]]] = {}
    typed: dict[int, list[tuple[str, str, str]]] = {}
    exact: dict[int, list[tuple[str, str, int, str, int]]] = {}  # as a correction's event lists them
    for invoice_id, kind, code, name, quantity, unit_price, amount, percent, on_line in plain_rows(
        conn,
        select(
            ln.invoice_id, ln.kind, ln.part_code, ln.name, ln.quantity, ln.unit_price, ln.amount, ln.percent, ln.on_line
        ).order_by(ln.invoice_id, ln.line_no),
    ):  # unpacked, not read by name: a shop's every line goes through here
        if kind == "part":
            lines.setdefault(invoice_id, []).append((code, name, quantity, unit_price, amount))
        else:
            typed.setdefault(invoice_id, []).append((kind, name, str(amount) if kind == "labour" else str(percent)))
            exact.setdefault(invoice_id, []).append((kind, name, int(amount), str(percent), on_line))
    invoice_cols = (
        "receipt_id",
        "job_id",
        "issued_at",
        "fare",
        "subtotal",
        "vat_rate",
        "vat",
        "total",
        "paid",
        "refunded",
        "status",
        "credit_note_no",
        "voided_at",
        "void_reason",
        "credit_note_day",
    )
    numbers: dict[int, str] = {}
    seen: set[str] = set()
    for r in plain_rows(conn, select(i.id, i.invoice_no, *(i[c] for c in invoice_cols)).order_by(i.id)):
        row_id, invoice_no = r[0], r[1]
        numbers[row_id] = invoice_no
        inv = built.invoices.get(invoice_no)
        if inv is None:
            res.breaches.append(f"invoice {invoice_no} (row {row_id}) was issued by no event")
            continue
        seen.add(invoice_no)
        table = tuple(r[2:])
        events = tuple(getattr(inv, c) for c in invoice_cols)
        if table != events:
            res.breaches.append(
                f"invoice {invoice_no} differs from its events: " + _first_difference(invoice_cols, table, events)
            )
        if lines.get(row_id, []) != inv.lines:
            res.breaches.append(f"invoice {invoice_no}: its lines differ from the parts its BillIssued event billed")
        # A correction's labour and discounts are given with CorrectInvoice and logged, line by line, in its
        # InvoiceCorrected event (one logged before that holds them by its BillIssued's totals only).
        table_typed = sorted(line for line in typed.get(row_id, []) if line not in NO_FARE)
        if invoice_no in built.reissued:
            logged = built.corrected_lines.get(invoice_no)
            if logged is not None and exact.get(row_id, []) != logged:
                res.breaches.append(
                    f"invoice {invoice_no}: its labour or discount lines differ from those its InvoiceCorrected "
                    "event issued"
                )
        elif table_typed != inv.typed:
            res.breaches.append(
                f"invoice {invoice_no}: its labour or discount lines differ from those its job's events added"
            )
    for no in built.invoices.keys() - seen:
        res.breaches.append(f"invoice {no} was issued by an event but has no row")

    moves = (
        ("payment", s.payment, built.payments, built.payment_days),
        ("refund", s.refund, built.refunds, built.refund_days),
    )
    for label, table_, rows_by_event, days_by_event in moves:
        c = table_.c
        names = ("invoice", "amount", "method", "recorded_at", "actor", "terminal", "business_day")
        found: set[int] = set()
        for move_id, invoice_id, amount, method, recorded_at, actor, terminal, business_day in plain_rows(
            conn,
            select(c.id, c.invoice_id, c.amount, c.method, c.recorded_at, c.actor, c.terminal, c.business_day).order_by(
                c.id
            ),
        ):
            expected = rows_by_event.get(move_id)
            if expected is None:
                res.breaches.append(f"{label} {move_id} (on {numbers.get(invoice_id, '?')}) was recorded by no event")
                continue
            found.add(move_id)
            actual = (
                numbers.get(invoice_id, "?"),
                amount,
                method,
                recorded_at,
                actor,
                terminal,
                business_day or recorded_at[:10],  # rows from before business days were kept
            )
            if actual != (*expected, days_by_event[move_id]):
                res.breaches.append(
                    f"{label} {move_id} differs from its event: "
                    + _first_difference(names, actual, (*expected, days_by_event[move_id]))
                )
        for missing in sorted(rows_by_event.keys() - found):
            res.breaches.append(f"{label} {missing} was recorded by an event but has no row")

    paid_on: dict[str, int] = {}
    refunded_on: dict[str, int] = {}
    for totals, by_event, days_of in (
        (paid_on, built.payments, built.payment_days),
        (refunded_on, built.refunds, built.refund_days),
    ):
        for move_id, (_no, amount, *_rest) in by_event.items():
            day = days_of[move_id]
            totals[day] = totals.get(day, 0) + amount
    day_names = ("z_no", "closed_at", "closed_by", "terminal", "payments", "refunds")
    closed: set[str] = set()
    for r in conn.execute(
        select(t.day, t.status, t.z_no, t.closed_at, t.closed_by, t.terminal, t.summary).order_by(t.day)
    ):
        expected_day = built.days.get(r.day)
        if r.status != "closed":
            if expected_day is not None:
                res.breaches.append(f"day {r.day} is open, but it was closed by an event (Z {expected_day[0]})")
            continue
        closed.add(r.day)
        if expected_day is None:
            res.breaches.append(f"day {r.day} is closed (Z {r.z_no}) by no event")
            continue
        summary = json.loads(r.summary or "{}")
        methods = summary.get("methods", [])
        actual_day = (
            r.z_no,
            r.closed_at,
            r.closed_by,
            r.terminal,
            sum(m.get("payments", 0) for m in methods),
            sum(m.get("refunds", 0) for m in methods),
        )
        if actual_day != expected_day:
            res.breaches.append(
                f"day {r.day} differs from its DayClosed event: "
                + _first_difference(day_names, actual_day, expected_day)
            )
        day_pay, day_back = paid_on.get(r.day, 0), refunded_on.get(r.day, 0)
        if (day_pay, day_back) != expected_day[4:]:
            res.breaches.append(
                f"day {r.day} (Z {r.z_no}): its payments and refunds by the events are {day_pay:,} and "
                f"{day_back:,}, its Z report says {expected_day[4]:,} and {expected_day[5]:,}"
            )
    for day in sorted(built.days.keys() - closed):
        res.breaches.append(f"day {day} was closed by an event (Z {built.days[day][0]}) but its till row is missing")
    counted = conn.execute(select(func.count()).select_from(s.invoice)).scalar_one()
    res.checked = f"{counted:,} invoices, {len(built.payments):,} payments, {len(built.days):,} closed days"
    return res


# -- one document, before its PDF is first written ----------------------------------------
# Asked before every document's first PDF: compiled once per database (app.prepared), not built per call.
_NAMING_QUERY = (
    select(ev.id, ev.event_type, ev.payload, ev.actor, ev.user_id, ev.role, ev.terminal, ev.occurred_at, ev.chain_hash)
    .where(ev.event_type == bindparam("event_type"), ev.payload.like(bindparam("pattern"), escape="/"))
    .order_by(ev.id.desc())
)
_NAMING_NEWEST = Prepared(_NAMING_QUERY.limit(1))  # the log is read back from its end only as far as the event
_NAMING = Prepared(_NAMING_QUERY)
_HASH_BEFORE = Prepared(select(ev.chain_hash).where(ev.id < bindparam("event_id")).order_by(ev.id.desc()).limit(1))


def _like_pattern(needle: str) -> str:
    """`needle` anywhere in the text, for LIKE … ESCAPE '/' (its own % and _ taken literally)."""
    return "%" + needle.replace("/", "//").replace("%", "/%").replace("_", "/_") + "%"


def _last_event_naming(conn: Connection, event_type: str, key: str, value: str) -> LogRow | None:
    """The newest event of `event_type` whose payload holds `"key":"value"` (a recent one is found at once)."""
    needle = json.dumps({key: value}, ensure_ascii=False, separators=(",", ":"))[1:-1]
    params = {"event_type": event_type, "pattern": _like_pattern(needle)}
    newest = _NAMING_NEWEST.run(conn, params).first()
    if newest is None:
        return None
    if json.loads(newest.payload).get(key) == value:
        return LogRow(*newest)
    for r in _NAMING.run(conn, params):  # the text stood inside another value: look at every match
        if json.loads(r.payload).get(key) == value:
            return LogRow(*r)
    return None


def _links(conn: Connection, row: LogRow) -> bool:
    """The event's own hash follows from its content and the hash stored before it."""
    prev = _HASH_BEFORE.run(conn, {"event_id": row.id}).scalar()
    expected = chain.link(
        prev or chain.GENESIS,
        row.event_type,
        row.payload,
        row.actor,
        row.user_id,
        row.role,
        row.terminal,
        row.occurred_at,
    )
    return expected == row.chain_hash


_DOC_COLUMNS = (
    s.invoice.c.id,
    s.invoice.c.invoice_no,
    s.invoice.c.credit_note_no,
    s.invoice.c.void_reason,
    s.invoice.c.paid,
    s.invoice.c.issued_at,
    s.invoice.c.fare,
    s.invoice.c.subtotal,
    s.invoice.c.vat_rate,
    s.invoice.c.vat,
    s.invoice.c.total,
    s.receipt.c.customer_name,
    s.receipt.c.car_number,
)
_DOC_ROW = {
    number_col.name: Prepared(
        select(*_DOC_COLUMNS)
        .join(s.receipt, s.receipt.c.id == s.invoice.c.receipt_id)
        .where(number_col == bindparam("number"))
    )
    for number_col in (s.invoice.c.invoice_no, s.invoice.c.credit_note_no)
}
_DOC_PARTS = Prepared(
    select(
        s.invoice_line.c.part_code,
        s.invoice_line.c.name,
        s.invoice_line.c.quantity,
        s.invoice_line.c.unit_price,
        s.invoice_line.c.amount,
    )
    .where(s.invoice_line.c.invoice_id == bindparam("invoice_id"), s.invoice_line.c.kind == "part")
    .order_by(s.invoice_line.c.line_no)
)


def document_difference(conn: Connection, kind: str, number: str) -> str | None:
    """How the document in the tables differs from the event that issued it; None when it does not.

    Asked before a document's PDF is first written (no stored SHA-256 yet), so an
    invoice altered in the database, its stored hash cleared, is not printed as issued.
    `kind` is "invoice", "credit note" or "Z report" (app.documents.files).
    """
    t = s.till_day.c
    if kind == "Z report":
        logged = _last_event_naming(conn, "DayClosed", "z_no", number)
        if logged is None:
            return f"no DayClosed event issued {number}"
        if not _links(conn, logged):
            return f"{_describe(logged)} that issued it was changed"
        e = json.loads(logged.payload)
        day = conn.execute(select(t.day, t.closed_at, t.summary).where(t.z_no == number)).first()
        if day is None:
            return f"{number} has no till day"
        methods = json.loads(day.summary or "{}").get("methods", [])
        table = (
            day.day,
            day.closed_at,
            sum(m.get("payments", 0) for m in methods),
            sum(m.get("refunds", 0) for m in methods),
        )
        events = (e["day"], e["closed_at"], e["payments_total"], e["refunds_total"])
        return _first_difference(("day", "closed_at", "payments", "refunds"), table, events) or None
    row = _DOC_ROW["invoice_no" if kind == "invoice" else "credit_note_no"].run(conn, {"number": number}).first()
    if row is None:
        return f"{number} has no invoice row"
    logged = _last_event_naming(conn, "BillIssued", "invoice_no", row.invoice_no)
    if logged is None:
        return f"no BillIssued event issued {row.invoice_no}"
    if not _links(conn, logged):
        return f"{_describe(logged)} that issued it was changed"
    e = json.loads(logged.payload)
    names = ("issued_at", "fare", "subtotal", "vat_rate", "vat", "total", "customer_name", "car_number")
    table = tuple(getattr(row, n) for n in names)
    events = tuple(e[n] for n in names)
    difference = _first_difference(names, table, events)
    lines = [tuple(x) for x in _DOC_PARTS.run(conn, {"invoice_id": row.id})]  # labour, discounts: own events
    billed = [
        (p["part_code"], p["name"], p["quantity"], p["unit_price"], p["quantity"] * p["unit_price"])
        for p in e.get("parts", ())
    ]
    if not difference and lines != billed:
        difference = "its lines differ from the parts its BillIssued event billed"
    if not difference and kind == "credit note":
        voided = _last_event_naming(conn, "InvoiceVoided", "credit_note_no", number)
        if voided is None:
            return f"no InvoiceVoided event issued {number}"
        if not _links(conn, voided):
            return f"{_describe(voided)} that issued it was changed"
        v = json.loads(voided.payload)
        difference = _first_difference(("void_reason", "paid"), (row.void_reason, row.paid), (v["reason"], v["paid"]))
    return difference or None


# -- additional work (추가정비) and its consent -------------------------------------------
@dataclass
class _WorkRebuild:
    """Additional work and the customer's answers as the events tell them, by work id."""

    built: dict[int, list[Any]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def add(self, row: LogRow, e: dict[str, Any]) -> None:
        work_id = int(e["work_id"])
        if row.event_type == "AdditionalWorkProposed":
            parts = tuple(sorted((int(p["part_id"]), int(p["quantity"])) for p in e["parts"]))
            self.built[work_id] = [
                e["job_id"],
                e["car_number"],
                e["description"],
                e["amount"],
                e["proposed_by"],
                e["at"],
                parts,
                "proposed",
                "",
                "",
                "",
                None,
            ]
            return
        work = self.built.get(work_id)
        if work is None:
            self.problems.append(f"{_describe(row)} answers additional work {work_id}, proposed by no event")
            return
        if work[7] != "proposed":
            self.problems.append(f"{_describe(row)} answers additional work {work_id} a second time")
        work[7:] = ["approved" if e["approved"] else "declined", e["how"], e["taken_by"], e["at"], e["line_id"]]


_WORK_COLUMNS = (
    "job_id",
    "car_number",
    "description",
    "amount",
    "proposed_by",
    "proposed_at",
    "parts",
    "status",
    "consent_how",
    "consent_by",
    "consent_at",
    "line_id",
)


def additional_work_from_events(conn: Connection, scan: LogScan | None = None) -> Finding:
    """Proposed additional work and the customer's answer in the tables against their events.

    The repair statement's consent box is printed from the table, so a row whose answer (approved or
    declined, how, who took it, when) or content differs from its AdditionalWorkProposed /
    AdditionalWorkConsentRecorded events is named. Rows proposed before the log recorded these events
    (ids below the first logged proposal's) have none to be compared with and are left alone.
    """
    work = (scan or scan_log(conn)).work
    res = Finding(list(work.problems))
    built = work.built
    aw, ap = s.additional_work.c, s.additional_work_part.c
    parts_of: dict[int, list[tuple[int, int]]] = {}
    for r in conn.execute(select(ap.work_id, ap.part_id, ap.quantity).order_by(ap.work_id, ap.part_id)):
        parts_of.setdefault(r.work_id, []).append((r.part_id, r.quantity))
    first_logged = min(built, default=None)
    seen: set[int] = set()
    rows = 0
    for r in conn.execute(select(s.additional_work).order_by(aw.id)):
        rows += 1
        expected = built.get(r.id)
        if expected is None:
            if first_logged is not None and r.id > first_logged:
                res.breaches.append(f"additional work {r.id} (on job {r.job_id}) was proposed by no event")
            continue
        seen.add(r.id)
        table = (
            r.job_id,
            r.car_number,
            r.description,
            int(r.amount),
            r.proposed_by,
            r.proposed_at,
            tuple(parts_of.get(r.id, [])),
            r.status,
            r.consent_how,
            r.consent_by,
            r.consent_at,
            r.line_id,
        )
        if table != tuple(expected):
            res.breaches.append(
                f"additional work {r.id} (on job {r.job_id}) differs from its events: "
                + _first_difference(_WORK_COLUMNS, table, tuple(expected))
            )
    for missing in sorted(built.keys() - seen):
        res.breaches.append(f"additional work {missing} was proposed by an event but has no row")
    answered = sum(1 for w in built.values() if w[7] != "proposed")
    res.checked = f"{rows:,} proposals of additional work, {answered:,} answers logged"
    return res


# -- one pass over the log, for every check that reads it ------------------------------------
MAN_DAY_EVENTS = ("MechanicRegistered", "ManDayChanged", "ManDayDecreased", "ManDayIncreased", "JobReassigned")
STOCK_EVENTS = ("PartRegistered", "StockIncreased", "StockDecreased")
WORK_EVENTS = ("AdditionalWorkProposed", "AdditionalWorkConsentRecorded")


@dataclass
class LogScan:
    """What `check` needs from the event log, from one read of it: each event's hash recomputed and its
    payload decoded once, then handed to every rebuild that reads events of its type."""

    chain: Finding
    money: _Rebuild
    work: _WorkRebuild
    #: Man-days left and stock by mechanic and part id, as the events tell them.
    man_days: dict[int, int]
    stock: dict[int, int]
    board: Folded


def _man_days(left: dict[int, int], event_type: str, e: dict[str, Any]) -> None:
    if event_type in ("MechanicRegistered", "ManDayChanged"):
        left[e["mechanic_id"]] = e["man_day"]
    elif event_type == "ManDayDecreased":
        left[e["mechanic_id"]] = left.get(e["mechanic_id"], 0) - e["man_day"]
    elif event_type == "JobReassigned":  # the job's man-days moved from one mechanic to the other
        left[e["from_mechanic_id"]] = left.get(e["from_mechanic_id"], 0) + e["man_day"]
        left[e["to_mechanic_id"]] = left.get(e["to_mechanic_id"], 0) - e["man_day"]
    else:
        left[e["mechanic_id"]] = left.get(e["mechanic_id"], 0) + e["man_day"]


def _stock(stock: dict[int, int], event_type: str, e: dict[str, Any]) -> None:
    if event_type == "PartRegistered":
        stock[e["part_id"]] = e["stock"]
    elif event_type == "StockIncreased":
        stock[e["part_id"]] = stock.get(e["part_id"], 0) + e["quantity"]
    else:
        stock[e["part_id"]] = stock.get(e["part_id"], 0) - e["quantity"]


_SCAN_SQL = (
    "SELECT id, event_type, payload, actor, user_id, role, terminal, occurred_at, chain_hash FROM event_log ORDER BY id"
)
#: The events whose rebuild reads who logged them, where and when (the others only their type and payload).
_WHO_EVENTS = ("PaymentRecorded", "InvoiceVoided", "RefundRecorded", "DayClosed", "InvoiceCorrected", *WORK_EVENTS)
#: Without the hash, the log is read in two narrower passes: the type and payload of the events some
#: rebuild reads (`_READ_EVENTS`; the others never reach Python), and who, where and when for
#: `_WHO_EVENTS` alone (docs/benchmarks.md, `check` at 100,000 receipts).
_READ_EVENTS = tuple(sorted({*MONEY_EVENTS, *WORK_EVENTS, *MAN_DAY_EVENTS, *STOCK_EVENTS, *BOARD_EVENTS}))
_NARROW_SQL = (
    f"SELECT id, event_type, payload FROM event_log WHERE event_type IN ({', '.join(repr(t) for t in _READ_EVENTS)}) "
    "ORDER BY id"
)
_WHO_SQL = (
    "SELECT id, actor, user_id, role, terminal, occurred_at, chain_hash FROM event_log "
    f"WHERE event_type IN ({', '.join(repr(t) for t in _WHO_EVENTS)}) ORDER BY id"
)


def _log_tuples(conn: Connection, sql: str = _SCAN_SQL, name: str = "pitlane_check_log") -> Iterator[tuple[Any, ...]]:
    """Every row `sql` selects from the log as a plain tuple, on the snapshot's own transaction: the
    driver's cursor, without SQLAlchemy's rows (a shop's whole history goes through here);
    on PostgreSQL a server-side cursor (`name`), so the log is streamed, not held."""
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None
    server_side = {"name": name} if conn.dialect.name == "postgresql" else {}
    cursor = dbapi.cursor(**server_side)
    try:
        cursor.execute(sql)
        if server_side:
            while rows := cursor.fetchmany(BATCH * 4):
                yield from rows
        else:  # sqlite3's cursor steps through SQLite's rows itself
            yield from iter(cursor)  # type: ignore[call-overload]
    finally:
        cursor.close()


def _narrow_log_tuples(conn: Connection) -> Iterator[tuple[Any, ...]]:
    """The rows of `_READ_EVENTS` from the two narrower reads: (id, type, payload), and for
    `_WHO_EVENTS` the whole row as `_log_tuples` gives it (who, where, when and the hash filled in)."""
    who = _log_tuples(conn, _WHO_SQL, "pitlane_check_who")
    named = frozenset(_WHO_EVENTS)
    for r in _log_tuples(conn, _NARROW_SQL):
        if r[1] in named:
            w = next(who)
            if w[0] != r[0]:  # one snapshot: the two reads see the same log
                raise RuntimeError(f"the event log changed while it was read (event {r[0]}, {w[0]})")
            yield r + w[1:]
        else:
            yield r


def plain_rows(conn: Connection, query: Any) -> Any:
    """`query`'s rows as the driver's plain tuples, on the snapshot's transaction: the columns read
    this way are strings and integers, which SQLAlchemy's rows would hand over unchanged, at ~1 µs
    a row more (a shop's every invoice line, invoice and payment). A boolean comes as the driver
    keeps it (0 or 1 on SQLite): read it for its truth only. A sum is PostgreSQL's numeric (a
    Decimal): `int()` it. Its constants are written into the SQL (`query` is the code's own, never
    a value typed by anyone)."""
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None
    cursor = dbapi.cursor()
    try:
        cursor.execute(str(query.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True})))
        return cursor.fetchall()
    finally:
        cursor.close()


#: The row the money rebuild of an event outside `_WHO_EVENTS` is handed when the log is read narrow:
#: those rebuilds read their payload only (the read skips who, where and when for them).
_PAYLOAD_ONLY = LogRow(0, "", "", "", None, "", "", "", "")


def _full_row(conn: Connection, event_id: int) -> LogRow:
    cols = (ev.id, ev.event_type, ev.payload, ev.actor, ev.user_id, ev.role, ev.terminal, ev.occurred_at, ev.chain_hash)
    return LogRow._make(conn.execute(select(*cols).where(ev.id == event_id)).one())


def _json_reader() -> Callable[[str], Any]:
    """json.loads for a payload as the log keeps it: orjson's, about twice as fast as the standard
    library's on a shop's whole history (the same values; it refuses what the log never holds,
    NaN or an integer beyond 64 bits, which the rebuild then reports as unreadable)."""
    return orjson.loads


def scan_log(conn: Connection, hashing: bool = True) -> LogScan:
    """Read the whole log once, in id order (streamed, not held): the chain, money, additional work,
    man-days, stock and the board, each rebuilt from its events.

    `hashing=False`: the chain is not checked (its `chain` finding is empty): `verify_chain` checks it
    elsewhere, on the same snapshot."""
    res = Finding()
    money, work, board = _Rebuild(), _WorkRebuild(), BoardFold()
    man_days: dict[int, int] = {}
    stock: dict[int, int] = {}
    # What reads each type: (its money rebuild, additional work, man-days, stock, the board).
    readers: dict[str, tuple[Any, bool, bool, bool, bool]] = {}
    for name in _READ_EVENTS:
        readers[name] = (
            getattr(money, name) if name in MONEY_EVENTS else None,
            name in WORK_EVENTS,
            name in MAN_DAY_EVENTS,
            name in STOCK_EVENTS,
            name in BOARD_EVENTS,
        )
    loads, apply = _json_reader(), board.apply_as
    for r in _chained(conn, res) if hashing else _narrow_log_tuples(conn):
        event_id, event_type, payload = r[0], r[1], r[2]
        reading = readers.get(event_type)
        if reading is None:
            continue
        rebuild_money_with, for_work, for_man_days, for_stock, for_board = reading
        try:
            e = loads(payload)
            if rebuild_money_with is not None:
                rebuild_money_with(LogRow._make(r) if len(r) == 9 else _PAYLOAD_ONLY, e)
            if for_work:
                work.add(LogRow._make(r), e)
            if for_man_days:
                _man_days(man_days, event_type, e)
            if for_stock:
                _stock(stock, event_type, e)
            if for_board:
                apply(event_id, *event_view(event_type, e))
        except (ValueError, TypeError, KeyError, AttributeError):  # orjson.JSONDecodeError is a ValueError
            # Changed into something its type never logs: the chain names it too, unless its hash was forged.
            row = LogRow._make(r) if len(r) == 9 else _full_row(conn, event_id)
            money.problems.append(f"{_describe(row)} cannot be read as a {event_type}")
    return LogScan(res, money, work, man_days, stock, board.out)
