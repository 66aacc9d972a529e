"""The till's tables: refunds, business days and their Z reports, and the desk's read queries.

Money moves into a business day only while its `till_day` row is open. Every
payment, refund and void locks that row (SELECT ... FOR UPDATE; on SQLite the
write transaction is already exclusive), and closing the day takes the same
lock before it adds anything up, so a payment either lands before the close and
is counted, or comes after it and is refused. Nothing falls in between.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from app.eventlog.tables import event_log
from app.persistence import savepoint
from app.prepared import Prepared
from app.reception import tables as s
from domain.billing.day import IssuedDocument, MethodTotals, OpenBalance, ZReport, next_day, summarise_day
from domain.errors import NotFound
from domain.reception.model import InvoiceAccount
from domain.reception.till import day_is_closed

OPEN, CLOSED = "open", "closed"


_HOLD_DAY = Prepared(
    select(s.till_day.c.status, s.till_day.c.z_no).where(s.till_day.c.day == bindparam("day")).with_for_update()
)
_OPEN_DAY = Prepared(insert(s.till_day))


class TillRepository:
    """Write side of the till, on the unit of work's connection."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- business days ------------------------------------------------------------
    def hold_day(self, day: str) -> str | None:
        """Lock `day`'s row until commit (opening the day if need be); its Z number if it is closed."""
        row = _HOLD_DAY.run(self.conn, {"day": day}).first()
        if row is None:
            try:
                with savepoint(self.conn):
                    _OPEN_DAY.run(self.conn, {"day": day, "status": OPEN})
                return None
            except IntegrityError:  # another terminal opened the day at the same moment
                return self.hold_day(day)
        return (row.z_no or "?") if row.status == CLOSED else None

    def first_open_day(self, day: str) -> str:
        """`day`, or the first day after it whose till is still open (locked until commit)."""
        while self.hold_day(day) is not None:
            day = next_day(day)
        return day

    def hold_open_day(self, day: str, what: str) -> None:
        """Lock `day` for this transaction, or refuse `what` because the day's till is closed."""
        z_no = self.hold_day(day)
        if z_no is not None:
            raise day_is_closed(day, z_no, what)

    def open_days_with_activity(self) -> list[str]:
        """Days whose till is open and has money or documents on it (a row exists only then)."""
        t = s.till_day.c
        return list(self.conn.execute(select(t.day).where(t.status == OPEN).order_by(t.day)).scalars())

    def first_day(self) -> str:
        """The shop's first business day: of its first event or its first till day ('' for an empty shop)."""
        first_event = self.conn.execute(select(func.min(event_log.c.occurred_at))).scalar()
        first_till = self.conn.execute(select(func.min(s.till_day.c.day))).scalar()
        days = [str(first_event)[:10]] if first_event else []
        return min([*days, *([str(first_till)] if first_till else [])], default="")

    def mark_closed(self, report: ZReport) -> None:
        self.conn.execute(
            update(s.till_day)
            .where(s.till_day.c.day == report.day, s.till_day.c.status == OPEN)
            .values(
                status=CLOSED,
                z_no=report.z_no,
                closed_at=report.closed_at,
                closed_by=report.closed_by,
                terminal=report.terminal,
                summary=report_to_json(report),
            )
        )

    def day_summary(self, day: str, **close: str) -> ZReport:
        """The day's figures as they stand in this transaction (see `day_summary`)."""
        return day_summary(self.conn, day, **close)

    # -- refunds --------------------------------------------------------------------
    def refund_account(self, invoice_no: str) -> tuple[int, InvoiceAccount]:
        """The invoice's account with what was refunded so far; the row is locked until commit."""
        i = s.invoice.c
        row = self.conn.execute(
            select(i.id, i.invoice_no, i.receipt_id, i.total, i.paid, i.status, i.refunded, i.credit_note_no)
            .add_columns(i.carried_in, i.carried_out)
            .where(i.invoice_no == invoice_no)
            .with_for_update()
        ).first()
        if row is None:
            raise NotFound("reception.invoice_not_found", invoice_no=invoice_no)
        account = InvoiceAccount(
            row.invoice_no,
            row.receipt_id,
            row.total,
            row.paid + row.carried_in - row.carried_out,  # what carried on to a correction is not given back
            row.status != "issued",
            row.refunded,
            row.credit_note_no or "",
        )
        return row.id, account

    def add_refund(
        self, invoice_id: int, amount: int, method: str, now: str, actor: str, terminal: str, business_day: str = ""
    ) -> int:
        self.conn.execute(
            update(s.invoice).where(s.invoice.c.id == invoice_id).values(refunded=s.invoice.c.refunded + amount)
        )
        return int(
            self.conn.execute(
                insert(s.refund).returning(s.refund.c.id),
                {
                    "invoice_id": invoice_id,
                    "amount": amount,
                    "method": method,
                    "recorded_at": now,
                    "actor": actor,
                    "terminal": terminal,
                    "business_day": business_day or now[:10],
                },
            ).scalar_one()
        )


# -- the day's figures ------------------------------------------------------------------
def day_summary(conn: Connection, day: str, **close: str) -> ZReport:
    """Add up `day` as it stands now (an X report), or as closed when `close` names the Z report."""
    p, rf, i, r = s.payment.c, s.refund.c, s.invoice.c, s.receipt.c
    # Money counts on its business day: taken after a day's close, it is the next open day's.
    payments = [(m, int(a)) for m, a in conn.execute(select(p.method, p.amount).where(p.business_day == day))]
    refunds = [(m, int(a)) for m, a in conn.execute(select(rf.method, rf.amount).where(rf.business_day == day))]
    invoices = [
        IssuedDocument(row.invoice_no, row.customer_name, row.car_number, row.subtotal, row.vat, row.total)
        for row in conn.execute(
            select(i.invoice_no, r.customer_name, r.car_number, i.subtotal, i.vat, i.total)
            .join(s.receipt, r.id == i.receipt_id)
            .where(i.business_day == day)
        )
    ]
    # A credit note counts on the business day the till gave it (`credit_note_day`): a void's is
    # the day it was made (voids wait for an open day), a correction's its new invoice's (after a
    # close, both documents are the next open day's).
    credit_notes = [
        IssuedDocument(
            row.credit_note_no, row.customer_name, row.car_number, row.subtotal, row.vat, row.total, row.invoice_no
        )
        for row in conn.execute(
            select(i.credit_note_no, i.invoice_no, r.customer_name, r.car_number, i.subtotal, i.vat, i.total)
            .join(s.receipt, r.id == i.receipt_id)
            .where(i.credit_note_day == day, i.credit_note_no.is_not(None))
        )
    ]
    return summarise_day(day, payments, refunds, invoices, credit_notes, open_balances_at_end_of(conn, day), **close)


def open_balances_at_end_of(conn: Connection, day: str) -> list[OpenBalance]:
    """Invoices issued by the end of `day`, not cancelled by then, and not fully paid by then.

    Both by business day: an invoice's, its credit note's (`credit_note_day`) and its payments'.
    A correction's new invoice counts what the old one carried over to it as paid (it was,
    on the day the old one was paid).
    """
    i, r, p = s.invoice.c, s.receipt.c, s.payment.c
    paid_by_end = (
        select(func.coalesce(func.sum(p.amount), 0))
        .where(p.invoice_id == i.id, p.business_day <= day)
        .scalar_subquery()
        + i.carried_in
    )
    rows = conn.execute(
        select(i.invoice_no, r.customer_name, r.car_number, i.total, paid_by_end.label("paid"))
        .join(s.receipt, r.id == i.receipt_id)
        .where(i.business_day <= day, or_(i.status == "issued", i.credit_note_day > day))
        .order_by(i.id)
    )
    return [
        OpenBalance(row.invoice_no, row.customer_name, row.car_number, row.total, row.total - int(row.paid))
        for row in rows
        if row.total > int(row.paid)
    ]


# -- business days ------------------------------------------------------------------
@dataclass(frozen=True)
class TillDayRow:
    day: str
    status: str
    z_no: str | None
    closed_at: str | None
    closed_by: str | None
    pdf_sha256: str | None


def till_day(conn: Connection, day: str) -> TillDayRow | None:
    t = s.till_day.c
    row = conn.execute(
        select(t.day, t.status, t.z_no, t.closed_at, t.closed_by, t.pdf_sha256).where(t.day == day)
    ).first()
    return None if row is None else TillDayRow(**row._mapping)


def closed_days(conn: Connection, limit: int = 60) -> list[TillDayRow]:
    t = s.till_day.c
    query = (
        select(t.day, t.status, t.z_no, t.closed_at, t.closed_by, t.pdf_sha256)
        .where(t.status == CLOSED)
        .order_by(t.day.desc())
        .limit(limit)
    )
    return [TillDayRow(**row._mapping) for row in conn.execute(query)]


def z_report(conn: Connection, day_or_z_no: str) -> ZReport | None:
    """The Z report as it was closed, by day (YYYY-MM-DD) or by its number."""
    t = s.till_day.c
    summary = conn.execute(
        select(t.summary).where(or_(t.day == day_or_z_no, t.z_no == day_or_z_no), t.status == CLOSED)
    ).scalar()
    return None if summary is None else report_from_json(summary)


def report_to_json(report: ZReport) -> str:
    return json.dumps(dataclasses.asdict(report), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def report_from_json(text: str) -> ZReport:
    data: dict[str, Any] = json.loads(text)
    return ZReport(
        **{
            **data,
            "methods": tuple(MethodTotals(**m) for m in data["methods"]),
            "invoices": tuple(IssuedDocument(**d) for d in data["invoices"]),
            "credit_notes": tuple(IssuedDocument(**d) for d in data["credit_notes"]),
            "open_balances": tuple(OpenBalance(**b) for b in data["open_balances"]),
        }
    )


# -- the desk's lists ---------------------------------------------------------------
@dataclass(frozen=True)
class TillInvoiceRow:
    invoice_no: str
    issued_at: str
    status: str  # issued / voided / corrected
    customer_name: str
    customer_phone: str
    car_number: str
    total: int
    paid: int
    refunded: int
    credit_note_no: str | None
    carried_in: int = 0  # paid on the invoice this one corrects
    carried_out: int = 0  # moved on to the invoice that corrects this one
    corrects: str | None = None
    corrected_by: str | None = None

    @property
    def balance(self) -> int:
        return 0 if self.status != "issued" else self.total - self.paid - self.carried_in

    @property
    def refundable(self) -> int:
        return self.paid + self.carried_in - self.carried_out - self.refunded if self.status != "issued" else 0


def _invoice_rows(conn: Connection, *where: Any, limit: int | None = None) -> list[TillInvoiceRow]:
    i, r = s.invoice.c, s.receipt.c
    query = (
        select(
            i.invoice_no,
            i.issued_at,
            i.status,
            r.customer_name,
            r.customer_phone,
            r.car_number,
            i.total,
            i.paid,
            i.refunded,
            i.credit_note_no,
            i.carried_in,
            i.carried_out,
            i.corrects,
            i.corrected_by,
        )
        .join(s.receipt, r.id == i.receipt_id)
        .where(*where)
        .order_by(i.id.desc())
    )
    if limit:
        query = query.limit(limit)
    return [TillInvoiceRow(**row._mapping) for row in conn.execute(query)]


def open_balances(conn: Connection) -> list[TillInvoiceRow]:
    """Invoices with money still owed (not voided), newest first."""
    i = s.invoice.c
    # `paid < total` first, as the partial index ix_invoice_unpaid says it (carried-in money is never negative).
    return _invoice_rows(conn, i.status == "issued", i.paid < i.total, i.paid + i.carried_in < i.total)


def refunds_due(conn: Connection) -> list[TillInvoiceRow]:
    """Voided invoices whose payments have not all been given back yet."""
    i = s.invoice.c
    return _invoice_rows(conn, i.status != "issued", i.refunded < i.paid + i.carried_in - i.carried_out)


def find_invoices(conn: Connection, text: str = "", limit: int = 200) -> list[TillInvoiceRow]:
    """Invoices newest first; `text` matches invoice or credit note number, car number or customer."""
    i, r = s.invoice.c, s.receipt.c
    if not text.strip():
        return _invoice_rows(conn, limit=limit)
    like = f"%{text.strip()}%"
    car = f"%{''.join(text.split())}%"
    return _invoice_rows(
        conn,
        or_(
            i.invoice_no.ilike(like), i.credit_note_no.ilike(like), r.car_number.ilike(car), r.customer_name.ilike(like)
        ),
        limit=limit,
    )


@dataclass(frozen=True)
class RefundView:
    refund_id: int
    amount: int
    method: str
    recorded_at: str
    actor: str


def refunds_of(conn: Connection, invoice_no: str) -> list[RefundView]:
    rf, i = s.refund.c, s.invoice.c
    return [
        RefundView(*row)
        for row in conn.execute(
            select(rf.id, rf.amount, rf.method, rf.recorded_at, rf.actor)
            .join(s.invoice, i.id == rf.invoice_id)
            .where(i.invoice_no == invoice_no)
            .order_by(rf.id)
        )
    ]


@dataclass(frozen=True)
class CreditNoteRef:
    credit_note_no: str
    invoice_no: str
    voided_at: str
    reason: str
    paid_at_void: int
    pdf_sha256: str | None
    reissued_as: str = ""  # a correction's new invoice (재발행)
    carried: int = 0  # of what was paid, what counts on that new invoice


def credit_note(conn: Connection, credit_note_no: str) -> CreditNoteRef | None:
    """A credit note and the invoice it cancels. What was paid cannot change after the void."""
    i = s.invoice.c
    row = conn.execute(
        select(i.credit_note_no, i.invoice_no, i.voided_at, i.void_reason, i.paid, i.credit_note_pdf_sha256)
        .add_columns(i.carried_in, i.corrected_by, i.carried_out)
        .where(i.credit_note_no == credit_note_no)
    ).first()
    if row is None:
        return None
    paid = int(row.paid) + int(row.carried_in)  # what the customer had paid towards the invoice
    return CreditNoteRef(
        row[0], row[1], row[2] or "", row[3] or "", paid, row[5], row.corrected_by or "", int(row.carried_out)
    )
