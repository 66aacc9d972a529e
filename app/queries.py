"""The read side: plain rows and DTOs for scripts and screens, never ORM objects.

One module for the screens' reads, because a screen's read joins the tables of
several contexts (an invoice with its receipt, a job with its customer), which
only the read side may do. The status board's own reads live with its
projection in app.board.queries and are re-exported here, so a screen needs
one import.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import Connection, bindparam, func, or_, select

from app import schema as s
from app.board.queries import (  # noqa: F401 (the board's reads, re-exported: a screen needs one import)
    BOARD_COLUMNS,
    BoardRow,
    board_counts,
    board_page,
    board_row,
    board_rows,
    board_rows_changed_after,
    events_after,
    last_event_id,
)
from app.mechanic.schedule import ScheduleRepository
from app.persistence import reason_message
from app.prepared import Prepared
from domain.texts import Message


@dataclass(frozen=True)
class InvoiceLineView:
    line_no: int
    kind: str  # "labour", "part" or "discount"
    part_code: str
    name: str
    quantity: int
    unit_price: int
    amount: int  # a discount's is negative
    percent: str = "0"  # a discount's percent off ('12.5'), '0' for an amount
    on_line: int = 0  # the line a discount applies to, 0 the whole bill
    description: str = ""  # the line's own text (`name` is what prints: a labour line's is "Labour — …")


@dataclass(frozen=True)
class PaymentView:
    payment_id: int
    amount: int
    method: str
    recorded_at: str
    actor: str
    cash_receipt_no: str = ""  # 현금영수증 approval number (cash and transfer)


@dataclass(frozen=True)
class InvoiceView:
    invoice_no: str
    issued_at: str
    status: str
    receipt_id: int
    job_id: int
    customer_name: str
    customer_phone: str
    car_number: str
    car_id: str
    mechanic_name: str
    request_note: str
    lines: tuple[InvoiceLineView, ...]
    subtotal: int
    vat_rate: str
    vat: int
    total: int
    payments: tuple[PaymentView, ...]
    paid: int
    balance: int
    credit_note_no: str | None
    void_reason: str | None
    pdf_sha256: str | None
    tax_business_number: str = ""  # a 세금계산서 was asked for this business (ten digits)
    corrects: str = ""  # the invoice this one replaces (재발행)
    carried_in: int = 0  # paid on that invoice, counted on this one


# An invoice's view is read for every PDF and every till refresh: compiled once per database (app.prepared).
_i, _r, _ln, _pay = s.invoice.c, s.receipt.c, s.invoice_line.c, s.payment.c
_INVOICE_ROW = Prepared(
    select(
        _i.id,
        _i.invoice_no,
        _i.issued_at,
        _i.status,
        _i.receipt_id,
        _i.job_id,
        _i.fare,
        _i.subtotal,
        _i.vat_rate,
        _i.vat,
        _i.total,
        _i.paid,
        _i.credit_note_no,
        _i.void_reason,
        _i.pdf_sha256,
        _i.tax_business_number,
        _i.carried_in,
        _i.corrects,
        _r.customer_name,
        _r.customer_phone,
        _r.car_number,
        _r.car_id,
        _r.mechanic_name,
        _r.request_note,
        _r.term,
    )
    .join(s.receipt, _r.id == _i.receipt_id)
    .where(_i.invoice_no == bindparam("invoice_no"))
)
_INVOICE_LINES = Prepared(
    select(
        _ln.line_no,
        _ln.kind,
        _ln.part_code,
        _ln.name,
        _ln.quantity,
        _ln.unit_price,
        _ln.amount,
        _ln.percent,
        _ln.on_line,
    )
    .where(_ln.invoice_id == bindparam("invoice_id"))
    .order_by(_ln.line_no)
)
_INVOICE_PAYMENTS = Prepared(
    select(_pay.id, _pay.amount, _pay.method, _pay.recorded_at, _pay.actor, _pay.cash_receipt_no)
    .where(_pay.invoice_id == bindparam("invoice_id"))
    .order_by(_pay.id)
)


def invoice_view(conn: Connection, invoice_no: str) -> InvoiceView | None:
    row = _INVOICE_ROW.run(conn, {"invoice_no": invoice_no}).first()
    if row is None:
        return None
    lines = []
    for p in _INVOICE_LINES.run(conn, {"invoice_id": row.id}):
        name = detail = p.name
        if p.kind == "labour":  # the receipt's fare has no description of its own: the receipt's term
            detail = p.name or row.term
            name = "Labour" + (f" — {detail}" if detail else "")
        lines.append(
            InvoiceLineView(
                p.line_no, p.kind, p.part_code, name, p.quantity, p.unit_price, p.amount, p.percent, p.on_line, detail
            )
        )
    payments = tuple(
        PaymentView(p.id, p.amount, p.method, p.recorded_at, p.actor, p.cash_receipt_no or "")
        for p in _INVOICE_PAYMENTS.run(conn, {"invoice_id": row.id})
    )
    return InvoiceView(
        row.invoice_no,
        row.issued_at,
        row.status,
        row.receipt_id,
        row.job_id,
        row.customer_name,
        row.customer_phone,
        row.car_number,
        row.car_id,
        row.mechanic_name,
        row.request_note,
        tuple(lines),
        row.subtotal,
        row.vat_rate,
        row.vat,
        row.total,
        payments,
        row.paid,
        # a voided or corrected invoice is owed nothing; money paid on the one it corrects counts
        0 if row.status != "issued" else row.total - row.paid - row.carried_in,
        row.credit_note_no,
        row.void_reason,
        row.pdf_sha256,
        row.tax_business_number or "",
        row.corrects or "",
        int(row.carried_in),
    )


def invoice_no_for_job(conn: Connection, job_id: int) -> str | None:
    # After a correction (재발행) the job has two invoices: the current one is the newest.
    i = s.invoice.c
    return conn.execute(select(i.invoice_no).where(i.job_id == job_id).order_by(i.id.desc()).limit(1)).scalar()


@dataclass(frozen=True)
class MechanicRow:
    id: int
    name: str
    man_day: int
    open_jobs: int
    next_free_day: str = ""  # YYYY-MM-DD: the first day a new job could start


def mechanics(conn: Connection, today: date | None = None) -> list[MechanicRow]:
    m, j = s.mechanic.c, s.job.c
    open_jobs = (
        select(func.count()).where(j.mechanic_id == m.id, j.status.in_(("created", "started"))).scalar_subquery()
    )
    day = today or date.today()
    schedule = ScheduleRepository(conn)
    return [
        MechanicRow(r.id, r.name, r.man_day, r.open_jobs, schedule.next_free_day(r.id, day).isoformat())
        for r in conn.execute(select(m.id, m.name, m.man_day, open_jobs.label("open_jobs")).order_by(m.name))
    ]


@dataclass(frozen=True)
class PartRow:
    id: int
    part_code: str
    name: str
    price: int
    stock: int
    low_stock: int
    origin: str = "A"

    @property
    def is_low(self) -> bool:
        return self.stock <= self.low_stock


def parts(conn: Connection, text: str = "") -> list[PartRow]:
    p = s.part.c
    query = select(p.id, p.part_code, p.name, p.price, p.stock, p.low_stock, p.origin).order_by(p.part_code)
    if text:
        like = f"%{text.strip()}%"
        query = query.where(or_(p.part_code.ilike(like), p.name.ilike(like)))
    return [PartRow(**r._mapping) for r in conn.execute(query)]


@dataclass(frozen=True)
class JobRow:
    job_id: int
    receipt_id: int
    mechanic_id: int
    status: str
    customer_name: str
    car_number: str
    request_note: str
    man_day: int
    created_at: str
    planned_start: str = ""  # in the mechanic's queue (jobs_in_queue); '' elsewhere
    promised_date: str = ""
    overdue: bool = False
    term: str = ""  # the work description (작업 내용) the desk wrote on the receipt
    planned_finish: str = ""  # in the mechanic's queue (jobs_in_queue); '' elsewhere
    at_risk: bool = False  # the queue now plans it to finish after its promise (not yet overdue)


def jobs_in_queue(conn: Connection, mechanic_id: int, today: date | None = None) -> list[JobRow]:
    """A mechanic's open jobs in the order of their queue (started first), with plan and promise."""
    queue = {q.receipt_id: (n, q) for n, q in enumerate(mechanic_queue(conn, mechanic_id, today))}
    rows = []
    for job in jobs(conn, mechanic_id):
        n, q = queue.get(job.receipt_id, (len(queue), None))
        if q is not None:
            job = replace(
                job,
                planned_start=q.planned_start,
                planned_finish=q.planned_finish,
                promised_date=q.promised_date,
                overdue=q.overdue,
                at_risk=q.at_risk,
            )
        rows.append((n, job.job_id, job))
    return [job for _n, _id, job in sorted(rows, key=lambda t: (t[0], t[1]))]


def jobs(conn: Connection, mechanic_id: int | None = None, open_only: bool = True) -> list[JobRow]:
    j, r = s.job.c, s.receipt.c
    query = (
        select(
            j.id.label("job_id"),
            j.receipt_id,
            j.mechanic_id,
            j.status,
            r.customer_name,
            r.car_number,
            r.request_note,
            j.man_day,
            j.created_at,
            r.term,
        )
        .join(s.receipt, r.id == j.receipt_id)
        .order_by(j.id)
    )
    if mechanic_id:
        query = query.where(j.mechanic_id == mechanic_id)
    if open_only:
        query = query.where(j.status.in_(("created", "started")))
    return [JobRow(**row._mapping) for row in conn.execute(query)]


@dataclass(frozen=True)
class PartRequestRow:
    id: int
    job_id: int
    part_id: int
    part_code: str
    name: str
    quantity: int
    status: str
    unit_price: int
    reason: str
    requested_at: str
    #: Why it was cancelled, by code, for the bay to render in its language (None: no reason, or typed).
    reason_message: Message | None = None


def _by_code(row: Any) -> dict[str, Any]:
    """A row's values with its reason columns made one `reason_message`."""
    values = dict(row._mapping)
    values["reason_message"] = reason_message(values.pop("reason_code"), values.pop("reason_params"))
    return values


def part_requests(conn: Connection, job_id: int | None = None, limit: int = 200) -> list[PartRequestRow]:
    p = s.part_request.c
    query = select(
        p.id,
        p.job_id,
        p.part_id,
        p.part_code,
        p.name,
        p.quantity,
        p.status,
        p.unit_price,
        p.reason,
        p.requested_at,
        p.reason_code,
        p.reason_params,
    )
    if job_id is not None:
        query = query.where(p.job_id == job_id).order_by(p.id)
    else:
        query = query.order_by(p.id.desc()).limit(limit)
    return [PartRequestRow(**_by_code(row)) for row in conn.execute(query)]


@dataclass(frozen=True)
class ReceiptRow:
    receipt_id: int
    customer_name: str
    customer_phone: str
    car_number: str
    car_id: str
    mechanic_name: str
    man_day: int
    fare: int
    status: str
    reason: str
    requested_at: str
    request_note: str
    #: Why it was rejected or cancelled, by code (None: no reason, or typed by a person).
    reason_message: Message | None = None
    promised_date: str = ""  # YYYY-MM-DD once a job exists: what the customer was promised


_RECEIPTS = select(
    s.receipt.c.id.label("receipt_id"),
    s.receipt.c.customer_name,
    s.receipt.c.customer_phone,
    s.receipt.c.car_number,
    s.receipt.c.car_id,
    s.receipt.c.mechanic_name,
    s.receipt.c.man_day,
    s.receipt.c.fare,
    s.receipt.c.status,
    s.receipt.c.reason,
    s.receipt.c.requested_at,
    s.receipt.c.request_note,
    s.receipt.c.reason_code,
    s.receipt.c.reason_params,
    func.coalesce(s.status_board.c.promised_date, "").label("promised_date"),
).select_from(s.receipt.outerjoin(s.status_board, s.status_board.c.receipt_id == s.receipt.c.id))


def receipts(conn: Connection, text: str = "", since: str = "", limit: int = 500) -> list[ReceiptRow]:
    """Receipts newest first; `text` matches car number or customer; `since` an ISO date."""
    r = s.receipt.c
    query = _RECEIPTS.order_by(r.id.desc()).limit(limit)
    if text:
        needle = "".join(text.split())
        query = query.where(or_(r.car_number.ilike(f"%{needle}%"), r.customer_name.ilike(f"%{text.strip()}%")))
    if since:
        query = query.where(r.requested_at >= since)
    return [ReceiptRow(**_by_code(row)) for row in conn.execute(query)]


def car_history(conn: Connection, car_number: str, limit: int = 20) -> list[ReceiptRow]:
    needle = "".join(car_number.split()).upper()
    r = s.receipt.c
    query = _RECEIPTS.where(r.car_number == needle).order_by(r.id.desc()).limit(limit)
    return [ReceiptRow(**_by_code(row)) for row in conn.execute(query)]


# --- the mechanic's queue and working days (the bay, the mechanics screen) ---------------------
@dataclass(frozen=True)
class QueueRow:
    """One job in a mechanic's queue, in order: where it is planned and what was promised."""

    receipt_id: int
    job_id: int | None
    customer_name: str
    car_number: str
    man_day: int
    job_status: str
    planned_start: str
    planned_finish: str
    promised_date: str
    at_risk: bool  # the plan now ends after the promise
    overdue: bool  # the promise has passed


def mechanic_queue(conn: Connection, mechanic_id: int, today: date | None = None) -> list[QueueRow]:
    """The mechanic's accepted, unfinished jobs in queue order (started first), planned from today."""
    day = today or date.today()
    planned = ScheduleRepository(conn).plan(mechanic_id, day)
    b = s.status_board.c
    ids = [p.job_id for p in planned]  # the planner's job is the receipt
    query = select(b.receipt_id, b.job_id, b.customer_name, b.car_number, b.job_status).where(b.receipt_id.in_(ids))
    rows = {r.receipt_id: r for r in conn.execute(query)} if ids else {}
    days = {
        int(r.receipt_id): int(r.man_day)
        for r in conn.execute(
            select(s.man_day_reservation.c.receipt_id, s.man_day_reservation.c.man_day).where(
                s.man_day_reservation.c.receipt_id.in_(ids)
            )
        )
    }
    out = []
    for p in planned:
        r = rows.get(p.job_id)
        out.append(
            QueueRow(
                p.job_id,
                r.job_id if r is not None else None,
                r.customer_name if r is not None else "",
                r.car_number if r is not None else "",
                days.get(p.job_id, 0),
                r.job_status if r is not None else "created",
                p.planned_start.isoformat(),
                p.planned_finish.isoformat(),
                p.promised_date.isoformat(),
                p.at_risk,
                day > p.promised_date,
            )
        )
    return out


@dataclass(frozen=True)
class WorkingDaysView:
    """A mechanic's weekly pattern ("1111110", Monday first), days off, and the shop's closures."""

    weekdays: str
    days_off: list[str]
    closures: list[tuple[int, str, str, str]]  # (id, first, last, note)


def working_days(conn: Connection, mechanic_id: int) -> WorkingDaysView:
    m, off, cl = s.mechanic.c, s.mechanic_day_off.c, s.shop_closure.c
    weekdays = conn.execute(select(m.working_weekdays).where(m.id == mechanic_id)).scalar() or "1111110"
    days_off = list(conn.execute(select(off.day).where(off.mechanic_id == mechanic_id).order_by(off.day)).scalars())
    closures = [
        (int(r.id), r.first_day, r.last_day, r.note)
        for r in conn.execute(select(cl.id, cl.first_day, cl.last_day, cl.note).order_by(cl.first_day))
    ]
    return WorkingDaysView(str(weekdays), [str(d) for d in days_off], closures)
