"""Repositories: each context's tables behind small, explicit SQL.

The check-and-decrement of man-days and stock is one conditional UPDATE, so
the database, not Python, guarantees that capacity and stock never go below
zero however many terminals write at once.
"""

from __future__ import annotations

from sqlalchemy import Connection, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from app import schema as s
from domain.errors import NotFound
from domain.mechanic.model import Mechanic
from domain.reception.model import InvoiceAccount, Receipt, ReceiptStatus
from domain.shop.model import Job, JobStatus, PartRequest, PartRequestStatus
from domain.vehicleparts.model import Part


class MechanicRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, name: str, man_day: int, now: str) -> int:
        return int(
            self.conn.execute(
                insert(s.mechanic).returning(s.mechanic.c.id),
                {"name": name, "man_day": man_day, "created_at": now},
            ).scalar_one()
        )

    def get(self, mechanic_id: int) -> Mechanic:
        row = self.conn.execute(
            select(s.mechanic.c.id, s.mechanic.c.name, s.mechanic.c.man_day).where(s.mechanic.c.id == mechanic_id)
        ).first()
        if row is None:
            raise NotFound(f"There is no mechanic number {mechanic_id}.")
        return Mechanic(row.id, row.name, row.man_day)

    def set_man_day(self, mechanic_id: int, man_day: int) -> None:
        self.conn.execute(update(s.mechanic).where(s.mechanic.c.id == mechanic_id).values(man_day=man_day))

    def try_reserve(self, mechanic_id: int, receipt_id: int, man_day: int) -> tuple[bool, int]:
        """Take `man_day` days if that many are left; returns (reserved, remaining)."""
        left = self.conn.execute(
            update(s.mechanic)
            .where(s.mechanic.c.id == mechanic_id, s.mechanic.c.man_day >= man_day)
            .values(man_day=s.mechanic.c.man_day - man_day)
            .returning(s.mechanic.c.man_day)
        ).scalar()
        if left is None:
            return False, self.get(mechanic_id).man_day
        self.conn.execute(
            insert(s.man_day_reservation),
            {"receipt_id": receipt_id, "mechanic_id": mechanic_id, "man_day": man_day, "released": False},
        )
        return True, int(left)

    def release(self, receipt_id: int) -> tuple[int, int, int] | None:
        """Give back a receipt's reserved days; (mechanic_id, days, remaining) or None."""
        row = self.conn.execute(
            update(s.man_day_reservation)
            .where(
                s.man_day_reservation.c.receipt_id == receipt_id,
                s.man_day_reservation.c.released.is_(False),
            )
            .values(released=True)
            .returning(s.man_day_reservation.c.mechanic_id, s.man_day_reservation.c.man_day)
        ).first()
        if row is None:
            return None
        left = self.conn.execute(
            update(s.mechanic)
            .where(s.mechanic.c.id == row.mechanic_id)
            .values(man_day=s.mechanic.c.man_day + row.man_day)
            .returning(s.mechanic.c.man_day)
        ).scalar_one()
        return int(row.mechanic_id), int(row.man_day), int(left)


class PartRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def code_taken(self, part_code: str) -> bool:
        found = self.conn.execute(
            select(s.part.c.id).where(func.upper(s.part.c.part_code) == part_code.upper())
        ).first()
        return found is not None

    def add(self, part_code: str, name: str, price: int, stock: int, low_stock: int) -> int:
        return int(
            self.conn.execute(
                insert(s.part).returning(s.part.c.id),
                {
                    "part_code": part_code,
                    "name": name,
                    "price": price,
                    "stock": stock,
                    "low_stock": low_stock,
                },
            ).scalar_one()
        )

    def get(self, part_id: int) -> Part:
        row = self.conn.execute(select(s.part).where(s.part.c.id == part_id)).first()
        if row is None:
            raise NotFound(f"There is no part number {part_id}.")
        return Part(row.id, row.part_code, row.name, row.price, row.stock, row.low_stock)

    def set_price(self, part_id: int, price: int) -> None:
        self.conn.execute(update(s.part).where(s.part.c.id == part_id).values(price=price))

    def add_stock(self, part_id: int, quantity: int) -> int:
        return int(
            self.conn.execute(
                update(s.part)
                .where(s.part.c.id == part_id)
                .values(stock=s.part.c.stock + quantity)
                .returning(s.part.c.stock)
            ).scalar_one()
        )

    def try_take(self, part_id: int, quantity: int) -> tuple[bool, int]:
        """Take `quantity` off the shelf if that many are there; (taken, stock after)."""
        left = self.conn.execute(
            update(s.part)
            .where(s.part.c.id == part_id, s.part.c.stock >= quantity)
            .values(stock=s.part.c.stock - quantity)
            .returning(s.part.c.stock)
        ).scalar()
        if left is None:
            return False, self.get(part_id).stock
        return True, int(left)


class ReceiptRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, values: dict[str, object]) -> int:
        return int(self.conn.execute(insert(s.receipt).returning(s.receipt.c.id), values).scalar_one())

    def get(self, receipt_id: int) -> Receipt:
        r = s.receipt.c
        row = self.conn.execute(
            select(r.id, r.customer_name, r.car_number, r.mechanic_id, r.man_day, r.fare, r.status).where(
                r.id == receipt_id
            )
        ).first()
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
        row = self.conn.execute(select(s.receipt).where(s.receipt.c.id == receipt_id)).first()
        if row is None:
            raise NotFound(f"There is no receipt number {receipt_id}.")
        return dict(row._mapping)

    def save(self, receipt: Receipt, reason: str | None = None) -> None:
        values: dict[str, object] = {"status": receipt.status.value}
        if reason is not None:
            values["reason"] = reason
        self.conn.execute(update(s.receipt).where(s.receipt.c.id == receipt.id).values(**values))


class JobRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, receipt_id: int, mechanic_id: int, man_day: int, now: str) -> int:
        return int(
            self.conn.execute(
                insert(s.job).returning(s.job.c.id),
                {
                    "receipt_id": receipt_id,
                    "mechanic_id": mechanic_id,
                    "man_day": man_day,
                    "status": JobStatus.CREATED.value,
                    "created_at": now,
                },
            ).scalar_one()
        )

    def for_receipt(self, receipt_id: int) -> Job | None:
        job_id = self.conn.execute(select(s.job.c.id).where(s.job.c.receipt_id == receipt_id)).scalar()
        return None if job_id is None else self.get(int(job_id))

    def get(self, job_id: int, with_parts: bool = False) -> Job:
        j = s.job.c
        row = self.conn.execute(select(j.id, j.receipt_id, j.mechanic_id, j.status).where(j.id == job_id)).first()
        if row is None:
            raise NotFound(f"There is no job number {job_id}.")
        job = Job(row.id, row.receipt_id, row.mechanic_id, JobStatus(row.status))
        if with_parts:
            p = s.part_request.c
            for r in self.conn.execute(
                select(p.id, p.part_id, p.quantity, p.status, p.part_code, p.name, p.unit_price, p.reason)
                .where(p.job_id == job_id)
                .order_by(p.id)
            ):
                job.part_requests.append(
                    PartRequest(
                        r.id,
                        r.part_id,
                        r.quantity,
                        PartRequestStatus(r.status),
                        r.part_code,
                        r.name,
                        r.unit_price,
                        r.reason,
                    )
                )
        return job

    def save_status(self, job: Job, now: str) -> None:
        values: dict[str, object] = {"status": job.status.value}
        if job.status is JobStatus.STARTED:
            values["started_at"] = now
        elif job.status is JobStatus.FINISHED:
            values["finished_at"] = now
        self.conn.execute(update(s.job).where(s.job.c.id == job.id).values(**values))

    def add_part_request(self, job_id: int, part_id: int, quantity: int, name: str, code: str, now: str) -> int:
        return int(
            self.conn.execute(
                insert(s.part_request).returning(s.part_request.c.id),
                {
                    "job_id": job_id,
                    "part_id": part_id,
                    "quantity": quantity,
                    "status": PartRequestStatus.REQUESTED.value,
                    "part_code": code,
                    "name": name,
                    "unit_price": 0,
                    "reason": "",
                    "requested_at": now,
                },
            ).scalar_one()
        )

    def settle_part_request(
        self, part_request_id: int, status: PartRequestStatus, unit_price: int = 0, reason: str = ""
    ) -> bool:
        """Mark a waiting part request provided or cancelled; False if it was already settled."""
        p = s.part_request.c
        done = self.conn.execute(
            update(s.part_request)
            .where(p.id == part_request_id, p.status == PartRequestStatus.REQUESTED.value)
            .values(status=status.value, unit_price=unit_price, reason=reason)
        )
        return done.rowcount == 1


class InvoiceRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def exists_for_job(self, job_id: int) -> bool:
        return self.conn.execute(select(s.invoice.c.id).where(s.invoice.c.job_id == job_id)).first() is not None

    def add(self, values: dict[str, object], lines: list[dict[str, object]]) -> int:
        invoice_id = int(self.conn.execute(insert(s.invoice).returning(s.invoice.c.id), values).scalar_one())
        if lines:
            self.conn.execute(insert(s.invoice_line), [{**ln, "invoice_id": invoice_id} for ln in lines])
        return invoice_id

    def account(self, invoice_no: str, lock: bool = True) -> tuple[int, InvoiceAccount]:
        i = s.invoice.c
        query = select(i.id, i.invoice_no, i.receipt_id, i.total, i.paid, i.status).where(i.invoice_no == invoice_no)
        if lock:
            query = query.with_for_update()
        row = self.conn.execute(query).first()
        if row is None:
            raise NotFound(f"There is no invoice {invoice_no}.")
        return row.id, InvoiceAccount(row.invoice_no, row.receipt_id, row.total, row.paid, row.status == "voided")

    def add_payment(self, invoice_id: int, amount: int, method: str, now: str, actor: str, terminal: str) -> int:
        self.conn.execute(update(s.invoice).where(s.invoice.c.id == invoice_id).values(paid=s.invoice.c.paid + amount))
        return int(
            self.conn.execute(
                insert(s.payment).returning(s.payment.c.id),
                {
                    "invoice_id": invoice_id,
                    "amount": amount,
                    "method": method,
                    "recorded_at": now,
                    "actor": actor,
                    "terminal": terminal,
                },
            ).scalar_one()
        )

    def void(self, invoice_id: int, credit_note_no: str, reason: str, now: str) -> None:
        self.conn.execute(
            update(s.invoice)
            .where(s.invoice.c.id == invoice_id)
            .values(status="voided", credit_note_no=credit_note_no, void_reason=reason, voided_at=now)
        )


class SeriesRepository:
    """Gapless document numbers: the counter row is locked by the UPDATE until commit."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def next(self, series: str) -> int:
        seq = self.conn.execute(
            update(s.number_series)
            .where(s.number_series.c.series == series)
            .values(last_seq=s.number_series.c.last_seq + 1)
            .returning(s.number_series.c.last_seq)
        ).scalar()
        if seq is not None:
            return int(seq)
        try:
            with self.conn.begin_nested():
                self.conn.execute(insert(s.number_series), {"series": series, "last_seq": 1})
            return 1
        except IntegrityError:  # another terminal opened the series at the same moment
            return self.next(series)


class EventLogRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def claim(self, event_id: int) -> bool:
        """Lock an event for delivery; False if it was delivered already."""
        dispatched = self.conn.execute(
            select(s.event_log.c.dispatched).where(s.event_log.c.id == event_id).with_for_update()
        ).scalar()
        return dispatched is False or dispatched == 0

    def policy_done(self, event_id: int, policy: str) -> bool:
        return (
            self.conn.execute(
                select(s.policy_done.c.event_id).where(
                    s.policy_done.c.event_id == event_id, s.policy_done.c.policy == policy
                )
            ).first()
            is not None
        )

    def mark_policy_done(self, event_id: int, policy: str) -> None:
        self.conn.execute(insert(s.policy_done), {"event_id": event_id, "policy": policy})

    def mark_dispatched(self, event_id: int) -> None:
        self.conn.execute(update(s.event_log).where(s.event_log.c.id == event_id).values(dispatched=True))
