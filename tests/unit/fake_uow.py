"""An in-memory unit of work and bus, so handlers and policies can be tested without a database.

The fake repositories have the methods of the repositories in
app/<context>/repository.py, and store what they are given: the rules live in
the aggregates (Mechanic, Part, Receipt, Job, InvoiceAccount), which the fakes
hand out and the unit of work collects events from, exactly as the real one
does. The fake bus runs the very POLICIES the real bus subscribes, in order,
until no event is left.
"""

from __future__ import annotations

import copy
import dataclasses
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from app.contexts import CONTEXTS
from app.handling import HandlerSettings
from app.persistence import Aggregate
from domain.billing.bill import Bill
from domain.billing.day import IssuedDocument, OpenBalance, ZReport, next_day, summarise_day
from domain.billing.lines import Line, LineKind, Pricing
from domain.errors import NotFound
from domain.events import Event
from domain.jobs.model import Job, JobStatus, PartRequest, PartRequestStatus
from domain.mechanic.events import PromisesMoved
from domain.mechanic.model import Mechanic
from domain.mechanic.schedule import (
    PlannedJob,
    QueuedJob,
    Slot,
    WorkingCalendar,
    plan_queue,
    promise_for_new,
    queue_end,
)
from domain.reception.model import InvoiceAccount, Receipt, ReceiptStatus
from domain.reception.till import day_is_closed
from domain.texts import Message
from domain.vehicleparts.model import Part
from tests.unit.fake_customers import FakeCustomers

SEOUL = ZoneInfo("Asia/Seoul")


def _stored(aggregate: Any) -> Any:
    """What a table would keep of an aggregate: its state, not the events it recorded."""
    return dataclasses.replace(copy.deepcopy(aggregate), events=[])


class FakeMechanics:
    def __init__(self, seen: list[Aggregate]) -> None:
        self.seen = seen
        self.rows: dict[int, Mechanic] = {}
        self.reservations: dict[int, list[Any]] = {}  # receipt_id -> [mechanic_id, days, released]
        self.schedule: FakeSchedule | None = None  # set by the unit of work (the queue rides on reservations)

    def add(self, name: str, man_day: int, now: str) -> Mechanic:
        mechanic = Mechanic.register(len(self.rows) + 1, name, man_day)
        self.rows[mechanic.id] = _stored(mechanic)
        self.seen.append(mechanic)
        return mechanic

    def get(self, mechanic_id: int, *, for_update: bool = False) -> Mechanic:
        if mechanic_id not in self.rows:
            raise NotFound("mechanic.mechanic_not_found", mechanic_id=mechanic_id)
        mechanic = _stored(self.rows[mechanic_id])
        self.seen.append(mechanic)
        return mechanic

    def for_reservation(self, mechanic_id: int, receipt_id: int) -> Mechanic | None:
        mechanic = self.get(mechanic_id)
        return None if receipt_id in self.reservations else mechanic

    def save_man_day(self, mechanic: Mechanic) -> None:
        self.rows[mechanic.id] = _stored(mechanic)

    def reserve(
        self,
        mechanic: Mechanic,
        receipt_id: int,
        days: int,
        accepted_at: str = "",
        slot: Slot | None = None,
        today: date | None = None,
    ) -> None:
        if receipt_id in self.reservations:
            raise AssertionError(f"receipt {receipt_id} reserved twice")  # the real table's primary key
        self.rows[mechanic.id] = _stored(mechanic)
        self.reservations[receipt_id] = [mechanic.id, days, False]
        if self.schedule is not None and slot is not None:
            self.schedule.enqueue(mechanic.id, receipt_id, accepted_at, slot, today or slot.planned_start)

    def has_reservation(self, receipt_id: int) -> bool:
        return receipt_id in self.reservations

    def forbid_reservation(self, receipt_id: int, mechanic_id: int) -> None:
        self.reservations.setdefault(receipt_id, [mechanic_id, 0, True])

    def end_reservation(self, receipt_id: int) -> tuple[int, int] | None:
        held = self.reservations.get(receipt_id)
        if held is None or held[2]:
            return None
        held[2] = True
        return held[0], held[1]

    def give_back(self, mechanic: Mechanic, days: int) -> None:
        self.rows[mechanic.id] = _stored(mechanic)


class FakeSchedule:
    """The queue over the fake mechanics' reservations: Monday to Saturday, no holidays, no days off."""

    def __init__(self, mechanics: FakeMechanics, seen: list[Aggregate]) -> None:
        self.mechanics = mechanics
        self.seen = seen
        self.accepted: dict[int, str] = {}
        self.started: dict[int, date] = {}
        self.promises: dict[int, date] = {}
        self.calendar = WorkingCalendar()

    def _queue(self, mechanic_id: int) -> list[QueuedJob]:
        return [
            QueuedJob(rid, held[1], self.accepted.get(rid, ""), self.started.get(rid), self.promises.get(rid))
            for rid, held in self.mechanics.reservations.items()
            if held[0] == mechanic_id and not held[2] and held[1] > 0
        ]

    def replan(self, mechanic_id: int, today: date) -> list[PlannedJob]:
        planned = plan_queue(self.calendar, today, self._queue(mechanic_id))
        moved = {p.job_id: p.promised_date for p in planned if self.promises.get(p.job_id) != p.promised_date}
        self.promises.update(moved)
        if moved:
            promises = {str(rid): d.isoformat() for rid, d in sorted(moved.items())}
            self.seen.append(_Recorded([PromisesMoved(mechanic_id, promises)]))  # type: ignore[arg-type]
        return planned

    def slot_for_new(self, mechanic_id: int, today: date, days: int) -> Slot:
        return promise_for_new(self.calendar, today, queue_end(self.replan(mechanic_id, today)), days)

    def others_earliest(self, mechanic_id: int, today: date, days: int) -> list[tuple[str, date]]:
        return [
            (m.name, self.slot_for_new(m.id, today, days).promised_date)
            for m in self.mechanics.rows.values()
            if m.id != mechanic_id and m.man_day >= days
        ]

    def enqueue(self, mechanic_id: int, receipt_id: int, accepted_at: str, slot: Slot, today: date) -> None:
        self.accepted[receipt_id] = accepted_at
        self.promises[receipt_id] = slot.promised_date

    def start(self, receipt_id: int, day: date, today: date) -> None:
        held = self.mechanics.reservations.get(receipt_id)
        if held is not None and not held[2]:
            self.started[receipt_id] = day
            self.replan(int(held[0]), today)


class FakeParts:
    def __init__(self, seen: list[Aggregate]) -> None:
        self.seen = seen
        self.rows: dict[int, Part] = {}

    def code_taken(self, part_code: str) -> bool:
        return any(p.part_code.upper() == part_code.upper() for p in self.rows.values())

    def add(self, part_code: str, name: str, price: int, stock: int, low_stock: int, origin: str = "A") -> Part:
        part = Part.register(len(self.rows) + 1, part_code, name, price, stock, low_stock, origin)
        self.rows[part.id] = _stored(part)
        self.seen.append(part)
        return part

    def get(self, part_id: int, *, for_update: bool = False) -> Part:
        if part_id not in self.rows:
            raise NotFound("vehicleparts.part_not_found", part_id=part_id)
        part = _stored(self.rows[part_id])
        self.seen.append(part)
        return part

    def save_price(self, part: Part) -> None:
        self.rows[part.id] = _stored(part)

    def restock(self, part: Part, quantity: int) -> None:
        self.rows[part.id] = _stored(part)

    def take(self, part: Part, quantity: int) -> None:
        self.rows[part.id] = _stored(part)


class FakeReceipts:
    def __init__(self, seen: list[Aggregate]) -> None:
        self.seen = seen
        self.rows: dict[int, dict[str, Any]] = {}

    def add(self, values: dict[str, object]) -> int:
        new_id = len(self.rows) + 1
        self.rows[new_id] = {"id": new_id, **values}
        return new_id

    def get(self, receipt_id: int) -> Receipt:
        if receipt_id not in self.rows:
            raise NotFound("reception.receipt_not_found", receipt_id=receipt_id)
        r = self.rows[receipt_id]
        receipt = Receipt(r["id"], r["customer_name"], r["car_number"], r["mechanic_id"], r["man_day"], r["fare"])
        receipt.status = ReceiptStatus(r["status"])
        self.seen.append(receipt)
        return receipt

    def set_mechanic(self, receipt_id: int, mechanic_id: int, mechanic_name: str) -> None:
        self.rows[receipt_id].update(mechanic_id=mechanic_id, mechanic_name=mechanic_name)

    def save(self, receipt: Receipt) -> None:
        row = self.rows[receipt.id]
        row["status"] = receipt.status.value
        if receipt.status in (ReceiptStatus.REJECTED, ReceiptStatus.CANCELLED):
            row["reason"] = receipt.reason
            row["reason_message"] = receipt.reason_message


class FakeJobs:
    def __init__(self, seen: list[Aggregate]) -> None:
        self.seen = seen
        self.rows: dict[int, dict[str, Any]] = {}
        self.requests: dict[int, PartRequest] = {}
        self.request_job: dict[int, int] = {}
        self.reasons: dict[int, Message | None] = {}  # why a request was cancelled, by code
        self.costs: dict[int, int] = {}  # what each provided piece cost the shop, by request

    def add(self, receipt_id: int, mechanic_id: int, man_day: int, now: str) -> int:
        if any(j["receipt_id"] == receipt_id for j in self.rows.values()):
            raise AssertionError(f"second job for receipt {receipt_id}")  # the real unique key
        new_id = len(self.rows) + 1
        self.rows[new_id] = {"receipt_id": receipt_id, "mechanic_id": mechanic_id, "status": "created"}
        return new_id

    def for_receipt(self, receipt_id: int) -> Job | None:
        for job_id, j in self.rows.items():
            if j["receipt_id"] == receipt_id:
                return self.get(job_id)
        return None

    def get(self, job_id: int, with_parts: bool = False) -> Job:
        if job_id not in self.rows:
            raise NotFound("jobs.job_not_found", job_id=job_id)
        j = self.rows[job_id]
        job = Job(job_id, j["receipt_id"], j["mechanic_id"], JobStatus(j["status"]))
        if with_parts:
            job.part_requests = [
                copy.copy(r) for rid, r in sorted(self.requests.items()) if self.request_job[rid] == job_id
            ]
        self.seen.append(job)
        return job

    def save_status(self, job: Job, now: str) -> None:
        self.rows[job.id]["status"] = job.status.value

    def add_part_request(self, job_id: int, part_id: int, quantity: int, name: str, code: str, now: str) -> int:
        new_id = len(self.requests) + 1
        self.requests[new_id] = PartRequest(new_id, part_id, quantity, PartRequestStatus.REQUESTED, code, name)
        self.request_job[new_id] = job_id
        return new_id

    def settle_part_request(
        self,
        part_request_id: int,
        status: PartRequestStatus,
        unit_price: int = 0,
        reason: str = "",
        reason_message: Message | None = None,
        unit_cost: int = 0,
    ) -> bool:
        r = self.requests[part_request_id]
        if r.status is not PartRequestStatus.REQUESTED:
            return False
        r.status, r.unit_price, r.reason = status, unit_price, reason
        self.reasons[part_request_id] = reason_message
        self.costs[part_request_id] = unit_cost
        return True


@dataclass
class FakeMoney:
    """A payment or a refund as the fake keeps it."""

    invoice_id: int
    amount: int
    method: str
    recorded_at: str
    actor: str
    terminal: str
    business_day: str = ""


class FakeInvoices:
    def __init__(self) -> None:
        self.rows: dict[int, dict[str, Any]] = {}
        self.payments: list[FakeMoney] = []

    def exists_for_job(self, job_id: int) -> bool:
        return any(i["job_id"] == job_id for i in self.rows.values())

    def add(self, values: dict[str, object], lines: list[dict[str, object]]) -> int:
        new_id = len(self.rows) + 1
        self.rows[new_id] = {"refunded": 0, "credit_note_no": None, "voided_at": None, **values, "lines": lines}
        return new_id

    def by_number(self, invoice_no: str) -> tuple[int, dict[str, Any]]:
        for invoice_id, row in self.rows.items():
            if row["invoice_no"] == invoice_no:
                return invoice_id, row
        raise NotFound("reception.invoice_not_found", invoice_no=invoice_no)

    def account(self, invoice_no: str) -> tuple[int, InvoiceAccount]:
        invoice_id, row = self.by_number(invoice_no)
        voided = row["status"] == "voided"
        return invoice_id, InvoiceAccount(row["invoice_no"], row["receipt_id"], row["total"], row["paid"], voided)

    def add_payment(
        self, invoice_id: int, amount: int, method: str, now: str, actor: str, terminal: str, business_day: str = ""
    ) -> int:
        self.rows[invoice_id]["paid"] += amount
        self.payments.append(FakeMoney(invoice_id, amount, method, now, actor, terminal, business_day or now[:10]))
        return len(self.payments)

    def void(self, invoice_id: int, credit_note_no: str, reason: str, now: str, business_day: str) -> None:
        self.rows[invoice_id].update(
            status="voided",
            credit_note_no=credit_note_no,
            void_reason=reason,
            voided_at=now,
            credit_note_day=business_day,
        )


class FakeBills:
    """The bills' labour and discount lines; parts are the fake jobs' provided requests, as in the real one."""

    def __init__(
        self, seen: list[Aggregate], jobs: FakeJobs, receipts: FakeReceipts, invoices: FakeInvoices, series: FakeSeries
    ) -> None:
        self.seen, self.jobs, self.receipts, self.invoices, self.series = seen, jobs, receipts, invoices, series
        self.lines: dict[int, list[Line]] = {}  # job id -> its stored labour and discount lines

    def new_line_id(self) -> int:
        return self.series.next("bill-line")

    def job_of_line(self, line_id: int) -> int:
        for job_id, lines in self.lines.items():
            if any(ln.number == line_id for ln in lines):
                return job_id
        raise NotFound("billing.no_such_line", line_id=line_id)

    def open(self, job_id: int, receipt_id: int, vat_rate: Decimal, at: str, by: str = "") -> None:
        if job_id in self.lines:
            return
        fare = int(self.receipts.rows[receipt_id]["fare"])
        self.lines[job_id] = []
        if fare:
            bill = Bill.open(
                job_id, receipt_id, vat_rate, fare=fare, fare_line_id=self.new_line_id(), added_by=by, at=at
            )
            self.lines[job_id] = list(bill.lines)
            self.seen.append(bill)

    def get(self, job_id: int, vat_rate: Decimal, *, at: str = "", by: str = "") -> Bill:
        if job_id not in self.jobs.rows:
            raise NotFound("jobs.job_not_found", job_id=job_id)
        row = self.jobs.rows[job_id]
        self.open(job_id, row["receipt_id"], vat_rate, at, by)
        bill = Bill(job_id, row["receipt_id"], JobStatus(row["status"]), vat_rate, list(self.lines[job_id]))
        for rid, r in sorted(self.jobs.requests.items()):
            if self.jobs.request_job[rid] == job_id and r.status is PartRequestStatus.PROVIDED:
                cost = self.jobs.costs.get(rid, 0)
                bill.lines.append(Line.part(-rid, rid, r.part_id, r.part_code, r.name, r.quantity, r.unit_price, cost))
        self.seen.append(bill)
        return bill

    def save(self, bill: Bill, at: str) -> None:
        self.lines[bill.job_id] = [ln for ln in bill.lines if ln.kind is not LineKind.PART]

    def add_invoice(self, values: dict[str, object], lines: tuple[Line, ...], pricing: Pricing) -> int:
        rows = [{**dataclasses.asdict(ln), "amount": pricing.amounts[ln.number]} for ln in lines]
        return self.invoices.add(values, rows)


class FakeSeries:
    def __init__(self) -> None:
        self.last: dict[str, int] = {}

    def next(self, series: str) -> int:
        self.last[series] = self.last.get(series, 0) + 1
        return self.last[series]


class FakeTill:
    """The till's business days in memory: open until closed, with their payments, refunds and documents."""

    def __init__(self, invoices: FakeInvoices, receipts: FakeReceipts) -> None:
        self.invoices = invoices
        self.receipts = receipts
        self.closed: dict[str, ZReport] = {}
        self.refunds: list[FakeMoney] = []

    def hold_day(self, day: str) -> str | None:
        report = self.closed.get(day)
        return None if report is None else report.z_no

    def first_open_day(self, day: str) -> str:
        while self.hold_day(day) is not None:
            day = next_day(day)
        return day

    def hold_open_day(self, day: str, what: str) -> None:
        z_no = self.hold_day(day)
        if z_no is not None:
            raise day_is_closed(day, z_no, what)

    def mark_closed(self, report: ZReport) -> None:
        self.closed.setdefault(report.day, report)

    def open_days_with_activity(self) -> list[str]:
        return []  # the fake keeps no day rows; the real ordering is tested on a database

    def first_day(self) -> str:
        return ""

    def refund_account(self, invoice_no: str) -> tuple[int, InvoiceAccount]:
        invoice_id, row = self.invoices.by_number(invoice_no)
        account = InvoiceAccount(
            row["invoice_no"],
            row["receipt_id"],
            row["total"],
            row["paid"],
            row["status"] == "voided",
            row["refunded"],
            row["credit_note_no"] or "",
        )
        return invoice_id, account

    def add_refund(
        self, invoice_id: int, amount: int, method: str, now: str, actor: str, terminal: str, business_day: str = ""
    ) -> int:
        self.invoices.rows[invoice_id]["refunded"] += amount
        self.refunds.append(FakeMoney(invoice_id, amount, method, now, actor, terminal, business_day or now[:10]))
        return len(self.refunds)

    def day_summary(self, day: str, **close: str) -> ZReport:
        """The day's money and documents as they stand (the real query also dates balances to the day's end)."""

        def on_day(stamp: str | None) -> bool:
            return stamp is not None and stamp[:10] == day

        def document(number: str, row: dict[str, Any], reference: str = "") -> IssuedDocument:
            r = self.receipts.rows[row["receipt_id"]]
            return IssuedDocument(
                number, r["customer_name"], r["car_number"], row["subtotal"], row["vat"], row["total"], reference
            )

        invoices = self.invoices.rows.values()
        owed = [row for row in invoices if row["status"] == "issued" and row["paid"] < row["total"]]
        return summarise_day(
            day,
            [(p.method, p.amount) for p in self.invoices.payments if p.business_day == day],
            [(r.method, r.amount) for r in self.refunds if r.business_day == day],
            [document(row["invoice_no"], row) for row in invoices if row["business_day"] == day],
            [document(row["credit_note_no"], row, row["invoice_no"]) for row in invoices if on_day(row["voided_at"])],
            [
                OpenBalance(
                    row["invoice_no"],
                    self.receipts.rows[row["receipt_id"]]["customer_name"],
                    self.receipts.rows[row["receipt_id"]]["car_number"],
                    row["total"],
                    row["total"] - row["paid"],
                )
                for row in owed
            ],
            **close,
        )


class _Recorded:
    def __init__(self, events: list[Event]) -> None:
        self.events = events


@dataclass
class FakeUnitOfWork:
    actor: str = "tester"
    terminal: str = "fake"
    now: datetime = field(default_factory=lambda: datetime(2026, 3, 2, 9, 30, tzinfo=SEOUL))
    seen: list[Aggregate] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.mechanics = FakeMechanics(self.seen)
        self.schedule = FakeSchedule(self.mechanics, self.seen)
        self.mechanics.schedule = self.schedule
        self.parts = FakeParts(self.seen)
        self.receipts = FakeReceipts(self.seen)
        self.jobs = FakeJobs(self.seen)
        self.invoices = FakeInvoices()
        self.series = FakeSeries()
        self.till = FakeTill(self.invoices, self.receipts)
        self.bills = FakeBills(self.seen, self.jobs, self.receipts, self.invoices, self.series)
        self.customers = FakeCustomers(self.seen)
        self.estimates = FakeEstimates()

    def now_text(self) -> str:
        return self.now.isoformat(timespec="seconds")

    def chain_code(self) -> str:
        return "0000-0000-0000"  # no event log here

    def record(self, *events: Event) -> None:
        self.seen.append(_Recorded(list(events)))

    def collect_new_events(self) -> Iterator[Event]:
        for aggregate in self.seen:
            while aggregate.events:
                yield aggregate.events.pop(0)
        self.seen.clear()

    def forget(self) -> None:
        """A refused command or a failed policy records nothing."""
        for aggregate in self.seen:
            aggregate.events.clear()
        self.seen.clear()


class FakeShop:
    """Commands through the real handlers, events through the real policies, all in memory."""

    def __init__(self, settings: HandlerSettings | None = None) -> None:
        self.uow = FakeUnitOfWork()
        self.settings = settings or HandlerSettings()
        self.handlers: dict[type, Any] = {}
        self.policies: dict[type, list[Any]] = {}
        for context in CONTEXTS:
            self.handlers.update(context.COMMAND_HANDLERS)
            for spec in context.POLICIES:
                self.policies.setdefault(spec.event_type, []).append(spec.run)
        self.events: list[Event] = []

    def handle(self, command: Any) -> Any:
        command = command.validated()
        try:
            result = self.handlers[type(command)](command, self.uow, self.settings)
        except Exception:
            self.uow.forget()
            raise
        self.deliver(list(self.uow.collect_new_events()))
        return result

    def deliver(self, events: list[Event]) -> None:
        queue = deque(events)
        while queue:
            event = queue.popleft()
            self.events.append(event)
            for policy in self.policies.get(type(event), []):
                policy(event, self.uow, self.settings)
                queue.extend(self.uow.collect_new_events())

    def of_type(self, cls: type) -> list[Any]:
        return [e for e in self.events if isinstance(e, cls)]


class FakeEstimates:
    """No estimates on the fake bus: a refused request was never an estimate's (tests/integration has them)."""

    def of_receipt(self, receipt_id: int) -> None:
        return None
