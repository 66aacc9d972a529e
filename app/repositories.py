"""Repositories: each context's tables behind small, explicit SQL.

The check-and-decrement of man-days and stock is one conditional UPDATE, so
the database, not Python, guarantees that capacity and stock never go below
zero however many terminals write at once.

Statements are built once, with bind parameters, at import: building a
SQLAlchemy expression costs several times more than executing a cached one,
and these run on every command (see bench/lifecycle.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from app import schema as s
from app.serialization import LoggedEvent, from_json
from domain.errors import NotFound
from domain.events import Event
from domain.jobs.model import Job, JobStatus, PartRequest, PartRequestStatus
from domain.mechanic.model import Mechanic
from domain.reception.model import InvoiceAccount, Receipt, ReceiptStatus
from domain.vehicleparts.model import Part

m, r, j, pr, p, i, ev = (
    s.mechanic.c,
    s.receipt.c,
    s.job.c,
    s.part_request.c,
    s.part.c,
    s.invoice.c,
    s.event_log.c,
)
resv = s.man_day_reservation.c

# -- mechanic -----------------------------------------------------------------------
_ADD_MECHANIC = insert(s.mechanic).returning(m.id)
_GET_MECHANIC = select(m.id, m.name, m.man_day).where(m.id == bindparam("mechanic_id"))
_SET_MAN_DAY = update(s.mechanic).where(m.id == bindparam("mechanic_id")).values(man_day=bindparam("new_man_day"))
_RESERVE = (
    update(s.mechanic)
    .where(m.id == bindparam("mechanic_id"), m.man_day >= bindparam("wanted"))
    .values(man_day=m.man_day - bindparam("wanted"))
    .returning(m.man_day)
)
_ADD_RESERVATION = insert(s.man_day_reservation)
_HAS_RESERVATION = select(resv.receipt_id).where(resv.receipt_id == bindparam("rid"))
_RELEASE = (
    update(s.man_day_reservation)
    .where(resv.receipt_id == bindparam("rid"), resv.released.is_(False))
    .values(released=True)
    .returning(resv.mechanic_id, resv.man_day)
)
_GIVE_BACK = (
    update(s.mechanic)
    .where(m.id == bindparam("mechanic_id"))
    .values(man_day=m.man_day + bindparam("days"))
    .returning(m.man_day)
)

# -- parts --------------------------------------------------------------------------
_CODE_TAKEN = select(p.id).where(func.upper(p.part_code) == bindparam("code"))
_ADD_PART = insert(s.part).returning(p.id)
_GET_PART = select(p.id, p.part_code, p.name, p.price, p.stock, p.low_stock).where(p.id == bindparam("part_id"))
_SET_PRICE = update(s.part).where(p.id == bindparam("part_id")).values(price=bindparam("new_price"))
_ADD_STOCK = (
    update(s.part).where(p.id == bindparam("part_id")).values(stock=p.stock + bindparam("qty")).returning(p.stock)
)
_TAKE_STOCK = (
    update(s.part)
    .where(p.id == bindparam("part_id"), p.stock >= bindparam("qty"))
    .values(stock=p.stock - bindparam("qty"))
    .returning(p.stock)
)

# -- receipts -----------------------------------------------------------------------
_ADD_RECEIPT = insert(s.receipt).returning(r.id)
_GET_RECEIPT = select(r.id, r.customer_name, r.car_number, r.mechanic_id, r.man_day, r.fare, r.status).where(
    r.id == bindparam("rid")
)
_RECEIPT_DETAILS = select(s.receipt).where(r.id == bindparam("rid"))
_SET_RECEIPT_STATUS = update(s.receipt).where(r.id == bindparam("rid")).values(status=bindparam("new_status"))
_SET_RECEIPT_STATUS_REASON = (
    update(s.receipt)
    .where(r.id == bindparam("rid"))
    .values(status=bindparam("new_status"), reason=bindparam("new_reason"))
)

# -- jobs ---------------------------------------------------------------------------
_ADD_JOB = insert(s.job).returning(j.id)
_JOB_FOR_RECEIPT = select(j.id).where(j.receipt_id == bindparam("rid"))
_GET_JOB = select(j.id, j.receipt_id, j.mechanic_id, j.status).where(j.id == bindparam("job_id"))
_JOB_PARTS = (
    select(pr.id, pr.part_id, pr.quantity, pr.status, pr.part_code, pr.name, pr.unit_price, pr.reason)
    .where(pr.job_id == bindparam("job_id"))
    .order_by(pr.id)
)
_SET_JOB_STATUS = update(s.job).where(j.id == bindparam("job_id")).values(status=bindparam("new_status"))
_START_JOB = (
    update(s.job).where(j.id == bindparam("job_id")).values(status=bindparam("new_status"), started_at=bindparam("at"))
)
_FINISH_JOB = (
    update(s.job).where(j.id == bindparam("job_id")).values(status=bindparam("new_status"), finished_at=bindparam("at"))
)
_ADD_PART_REQUEST = insert(s.part_request).returning(pr.id)
_SETTLE_PART_REQUEST = (
    update(s.part_request)
    .where(pr.id == bindparam("request_id"), pr.status == PartRequestStatus.REQUESTED.value)
    .values(status=bindparam("new_status"), unit_price=bindparam("price"), reason=bindparam("why"))
)

# -- invoices -----------------------------------------------------------------------
_INVOICE_FOR_JOB = select(i.id).where(i.job_id == bindparam("job_id"))
_ADD_INVOICE = insert(s.invoice).returning(i.id)
_ADD_INVOICE_LINE = insert(s.invoice_line)
_ACCOUNT = select(i.id, i.invoice_no, i.receipt_id, i.total, i.paid, i.status).where(i.invoice_no == bindparam("no"))
_ACCOUNT_LOCKED = _ACCOUNT.with_for_update()
_ADD_PAID = update(s.invoice).where(i.id == bindparam("invoice_id")).values(paid=i.paid + bindparam("amount"))
_ADD_PAYMENT = insert(s.payment).returning(s.payment.c.id)
_VOID = (
    update(s.invoice)
    .where(i.id == bindparam("invoice_id"))
    .values(
        status="voided",
        credit_note_no=bindparam("cn_no"),
        void_reason=bindparam("why"),
        voided_at=bindparam("at"),
    )
)
_NEXT_SEQ = (
    update(s.number_series)
    .where(s.number_series.c.series == bindparam("name"))
    .values(last_seq=s.number_series.c.last_seq + 1)
    .returning(s.number_series.c.last_seq)
)
_OPEN_SERIES = insert(s.number_series)

# -- event log ----------------------------------------------------------------------
_CLAIM = select(ev.dispatched).where(ev.id == bindparam("event_id")).with_for_update()
_POLICY_DONE = select(s.policy_done.c.event_id).where(
    s.policy_done.c.event_id == bindparam("event_id"), s.policy_done.c.policy == bindparam("name")
)
_MARK_POLICY_DONE = insert(s.policy_done)
_PENDING = (
    select(ev.id, ev.event_type, ev.payload, ev.actor, ev.terminal, ev.occurred_at)
    .where(ev.dispatched.is_(False))
    .order_by(ev.id)
    .limit(bindparam("most"))
)
_SET_DISPATCHED = update(s.event_log).where(ev.id == bindparam("event_id")).values(dispatched=bindparam("flag"))


class MechanicRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, name: str, man_day: int, now: str) -> int:
        params = {"name": name, "man_day": man_day, "created_at": now}
        return int(self.conn.execute(_ADD_MECHANIC, params).scalar_one())

    def get(self, mechanic_id: int) -> Mechanic:
        row = self.conn.execute(_GET_MECHANIC, {"mechanic_id": mechanic_id}).first()
        if row is None:
            raise NotFound(f"There is no mechanic number {mechanic_id}.")
        return Mechanic(row.id, row.name, row.man_day)

    def set_man_day(self, mechanic_id: int, man_day: int) -> None:
        self.conn.execute(_SET_MAN_DAY, {"mechanic_id": mechanic_id, "new_man_day": man_day})

    def try_reserve(self, mechanic_id: int, receipt_id: int, man_day: int) -> tuple[bool, int]:
        """Take `man_day` days if that many are left; returns (reserved, remaining)."""
        left = self.conn.execute(_RESERVE, {"mechanic_id": mechanic_id, "wanted": man_day}).scalar()
        if left is None:
            return False, self.get(mechanic_id).man_day
        self.conn.execute(
            _ADD_RESERVATION,
            {"receipt_id": receipt_id, "mechanic_id": mechanic_id, "man_day": man_day, "released": False},
        )
        return True, int(left)

    def has_reservation(self, receipt_id: int) -> bool:
        return self.conn.execute(_HAS_RESERVATION, {"rid": receipt_id}).first() is not None

    def forbid_reservation(self, receipt_id: int, mechanic_id: int) -> None:
        """A released, empty reservation: the receipt was cancelled before any was made."""
        if not self.has_reservation(receipt_id):
            self.conn.execute(
                _ADD_RESERVATION,
                {"receipt_id": receipt_id, "mechanic_id": mechanic_id, "man_day": 0, "released": True},
            )

    def release(self, receipt_id: int) -> tuple[int, int, int] | None:
        """Give back a receipt's reserved days; (mechanic_id, days, remaining) or None."""
        row = self.conn.execute(_RELEASE, {"rid": receipt_id}).first()
        if row is None:
            return None
        left = self.conn.execute(_GIVE_BACK, {"mechanic_id": row.mechanic_id, "days": row.man_day}).scalar_one()
        return int(row.mechanic_id), int(row.man_day), int(left)


class PartRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def code_taken(self, part_code: str) -> bool:
        return self.conn.execute(_CODE_TAKEN, {"code": part_code.upper()}).first() is not None

    def add(self, part_code: str, name: str, price: int, stock: int, low_stock: int) -> int:
        params = {"part_code": part_code, "name": name, "price": price, "stock": stock, "low_stock": low_stock}
        return int(self.conn.execute(_ADD_PART, params).scalar_one())

    def get(self, part_id: int) -> Part:
        row = self.conn.execute(_GET_PART, {"part_id": part_id}).first()
        if row is None:
            raise NotFound(f"There is no part number {part_id}.")
        return Part(row.id, row.part_code, row.name, row.price, row.stock, row.low_stock)

    def set_price(self, part_id: int, price: int) -> None:
        self.conn.execute(_SET_PRICE, {"part_id": part_id, "new_price": price})

    def add_stock(self, part_id: int, quantity: int) -> int:
        return int(self.conn.execute(_ADD_STOCK, {"part_id": part_id, "qty": quantity}).scalar_one())

    def try_take(self, part_id: int, quantity: int) -> tuple[bool, int]:
        """Take `quantity` off the shelf if that many are there; (taken, stock after)."""
        left = self.conn.execute(_TAKE_STOCK, {"part_id": part_id, "qty": quantity}).scalar()
        if left is None:
            return False, self.get(part_id).stock
        return True, int(left)


class ReceiptRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, values: dict[str, object]) -> int:
        return int(self.conn.execute(_ADD_RECEIPT, values).scalar_one())

    def get(self, receipt_id: int) -> Receipt:
        row = self.conn.execute(_GET_RECEIPT, {"rid": receipt_id}).first()
        if row is None:
            raise NotFound(f"There is no receipt number {receipt_id}.")
        return Receipt(
            row.id,
            row.customer_name,
            row.car_number,
            row.mechanic_id,
            row.man_day,
            row.fare,
            ReceiptStatus(row.status),
        )

    def details(self, receipt_id: int) -> dict[str, object]:
        row = self.conn.execute(_RECEIPT_DETAILS, {"rid": receipt_id}).first()
        if row is None:
            raise NotFound(f"There is no receipt number {receipt_id}.")
        return dict(row._mapping)

    def save(self, receipt: Receipt, reason: str | None = None) -> None:
        if reason is None:
            self.conn.execute(_SET_RECEIPT_STATUS, {"rid": receipt.id, "new_status": receipt.status.value})
        else:
            self.conn.execute(
                _SET_RECEIPT_STATUS_REASON,
                {"rid": receipt.id, "new_status": receipt.status.value, "new_reason": reason},
            )


class JobRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, receipt_id: int, mechanic_id: int, man_day: int, now: str) -> int:
        params = {
            "receipt_id": receipt_id,
            "mechanic_id": mechanic_id,
            "man_day": man_day,
            "status": JobStatus.CREATED.value,
            "created_at": now,
        }
        return int(self.conn.execute(_ADD_JOB, params).scalar_one())

    def for_receipt(self, receipt_id: int) -> Job | None:
        job_id = self.conn.execute(_JOB_FOR_RECEIPT, {"rid": receipt_id}).scalar()
        return None if job_id is None else self.get(int(job_id))

    def get(self, job_id: int, with_parts: bool = False) -> Job:
        row = self.conn.execute(_GET_JOB, {"job_id": job_id}).first()
        if row is None:
            raise NotFound(f"There is no job number {job_id}.")
        job = Job(row.id, row.receipt_id, row.mechanic_id, JobStatus(row.status))
        if with_parts:
            for q in self.conn.execute(_JOB_PARTS, {"job_id": job_id}):
                job.part_requests.append(
                    PartRequest(
                        q.id,
                        q.part_id,
                        q.quantity,
                        PartRequestStatus(q.status),
                        q.part_code,
                        q.name,
                        q.unit_price,
                        q.reason,
                    )
                )
        return job

    def save_status(self, job: Job, now: str) -> None:
        params: dict[str, object] = {"job_id": job.id, "new_status": job.status.value, "at": now}
        if job.status is JobStatus.STARTED:
            self.conn.execute(_START_JOB, params)
        elif job.status is JobStatus.FINISHED:
            self.conn.execute(_FINISH_JOB, params)
        else:
            self.conn.execute(_SET_JOB_STATUS, {"job_id": job.id, "new_status": job.status.value})

    def add_part_request(self, job_id: int, part_id: int, quantity: int, name: str, code: str, now: str) -> int:
        params = {
            "job_id": job_id,
            "part_id": part_id,
            "quantity": quantity,
            "status": PartRequestStatus.REQUESTED.value,
            "part_code": code,
            "name": name,
            "unit_price": 0,
            "reason": "",
            "requested_at": now,
        }
        return int(self.conn.execute(_ADD_PART_REQUEST, params).scalar_one())

    def settle_part_request(
        self, part_request_id: int, status: PartRequestStatus, unit_price: int = 0, reason: str = ""
    ) -> bool:
        """Mark a waiting part request provided or cancelled; False if it was already settled."""
        done = self.conn.execute(
            _SETTLE_PART_REQUEST,
            {"request_id": part_request_id, "new_status": status.value, "price": unit_price, "why": reason},
        )
        return done.rowcount == 1


class InvoiceRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def exists_for_job(self, job_id: int) -> bool:
        return self.conn.execute(_INVOICE_FOR_JOB, {"job_id": job_id}).first() is not None

    def add(self, values: dict[str, object], lines: list[dict[str, object]]) -> int:
        invoice_id = int(self.conn.execute(_ADD_INVOICE, values).scalar_one())
        if lines:
            self.conn.execute(_ADD_INVOICE_LINE, [{**ln, "invoice_id": invoice_id} for ln in lines])
        return invoice_id

    def account(self, invoice_no: str, lock: bool = True) -> tuple[int, InvoiceAccount]:
        row = self.conn.execute(_ACCOUNT_LOCKED if lock else _ACCOUNT, {"no": invoice_no}).first()
        if row is None:
            raise NotFound(f"There is no invoice {invoice_no}.")
        return row.id, InvoiceAccount(row.invoice_no, row.receipt_id, row.total, row.paid, row.status == "voided")

    def add_payment(self, invoice_id: int, amount: int, method: str, now: str, actor: str, terminal: str) -> int:
        self.conn.execute(_ADD_PAID, {"invoice_id": invoice_id, "amount": amount})
        params = {
            "invoice_id": invoice_id,
            "amount": amount,
            "method": method,
            "recorded_at": now,
            "actor": actor,
            "terminal": terminal,
        }
        return int(self.conn.execute(_ADD_PAYMENT, params).scalar_one())

    def void(self, invoice_id: int, credit_note_no: str, reason: str, now: str) -> None:
        self.conn.execute(_VOID, {"invoice_id": invoice_id, "cn_no": credit_note_no, "why": reason, "at": now})


class SeriesRepository:
    """Gapless document numbers: the counter row is locked by the UPDATE until commit."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def next(self, series: str) -> int:
        seq = self.conn.execute(_NEXT_SEQ, {"name": series}).scalar()
        if seq is not None:
            return int(seq)
        try:
            with self.conn.begin_nested():
                self.conn.execute(_OPEN_SERIES, {"series": series, "last_seq": 1})
            return 1
        except IntegrityError:  # another terminal opened the series at the same moment
            return self.next(series)


class EventLogRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def claim(self, event_id: int) -> bool:
        """Lock an event for delivery; False if it was delivered already."""
        dispatched = self.conn.execute(_CLAIM, {"event_id": event_id}).scalar()
        return dispatched is False or dispatched == 0

    def policy_done(self, event_id: int, policy: str) -> bool:
        return self.conn.execute(_POLICY_DONE, {"event_id": event_id, "name": policy}).first() is not None

    def mark_policy_done(self, event_id: int, policy: str) -> None:
        self.conn.execute(_MARK_POLICY_DONE, {"event_id": event_id, "policy": policy})

    def pending(self, most: int = 20) -> list[LoggedEvent]:
        """The oldest events still waiting for a policy (indexed on dispatched, id)."""
        return [
            LoggedEvent(row.id, from_json(row.event_type, row.payload), row.actor, row.terminal, row.occurred_at)
            for row in self.conn.execute(_PENDING, {"most": most})
        ]

    def replay(self, event_types: Iterable[str], batch: int = 5000) -> Iterator[tuple[int, Event]]:
        """(id, event) of every logged event of these types, oldest first, read in batches."""
        types = list(event_types)
        last = 0
        while True:
            rows = self.conn.execute(
                select(ev.id, ev.event_type, ev.payload)
                .where(ev.id > last, ev.event_type.in_(types))
                .order_by(ev.id)
                .limit(batch)
            ).all()
            if not rows:
                return
            for row in rows:
                yield row.id, from_json(row.event_type, row.payload)
            last = rows[-1].id

    def mark_pending(self, event_id: int) -> None:
        self.conn.execute(_SET_DISPATCHED, {"event_id": event_id, "flag": False})

    def mark_dispatched(self, event_id: int) -> None:
        self.conn.execute(_SET_DISPATCHED, {"event_id": event_id, "flag": True})
