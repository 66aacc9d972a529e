"""An in-memory unit of work and bus, so handlers and policies can be tested without a database.

The fake repositories keep the same methods as the repositories in app/<context>/repository.py; the fake bus
runs the very POLICIES the real bus subscribes, in order, until no event is left.
"""

from __future__ import annotations

import copy
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from app.contexts import CONTEXTS
from app.handling import HandlerSettings
from domain.errors import NotFound
from domain.events import Event
from domain.jobs.model import Job, JobStatus, PartRequest, PartRequestStatus
from domain.mechanic.model import Mechanic
from domain.reception.model import Receipt, ReceiptStatus
from domain.vehicleparts.model import Part

SEOUL = ZoneInfo("Asia/Seoul")


class FakeMechanics:
    def __init__(self) -> None:
        self.rows: dict[int, Mechanic] = {}
        self.reservations: dict[int, list[Any]] = {}  # receipt_id -> [mechanic_id, days, released]

    def add(self, name: str, man_day: int, now: str) -> int:
        new_id = len(self.rows) + 1
        self.rows[new_id] = Mechanic(new_id, name, man_day)
        return new_id

    def get(self, mechanic_id: int) -> Mechanic:
        if mechanic_id not in self.rows:
            raise NotFound(f"There is no mechanic number {mechanic_id}.")
        return copy.copy(self.rows[mechanic_id])

    def set_man_day(self, mechanic_id: int, man_day: int) -> None:
        self.rows[mechanic_id].man_day = man_day

    def try_reserve(self, mechanic_id: int, receipt_id: int, man_day: int) -> tuple[bool, int]:
        row = self.rows.get(mechanic_id)
        if row is None:
            raise NotFound(f"There is no mechanic number {mechanic_id}.")
        if row.man_day < man_day:
            return False, row.man_day
        if receipt_id in self.reservations:
            raise AssertionError(f"receipt {receipt_id} reserved twice")  # the real table's primary key
        row.man_day -= man_day
        self.reservations[receipt_id] = [mechanic_id, man_day, False]
        return True, row.man_day

    def has_reservation(self, receipt_id: int) -> bool:
        return receipt_id in self.reservations

    def forbid_reservation(self, receipt_id: int, mechanic_id: int) -> None:
        self.reservations.setdefault(receipt_id, [mechanic_id, 0, True])

    def release(self, receipt_id: int) -> tuple[int, int, int] | None:
        held = self.reservations.get(receipt_id)
        if held is None or held[2]:
            return None
        held[2] = True
        self.rows[held[0]].man_day += held[1]
        return held[0], held[1], self.rows[held[0]].man_day


class FakeParts:
    def __init__(self) -> None:
        self.rows: dict[int, Part] = {}

    def code_taken(self, part_code: str) -> bool:
        return any(p.part_code.upper() == part_code.upper() for p in self.rows.values())

    def add(self, part_code: str, name: str, price: int, stock: int, low_stock: int) -> int:
        new_id = len(self.rows) + 1
        self.rows[new_id] = Part(new_id, part_code, name, price, stock, low_stock)
        return new_id

    def get(self, part_id: int) -> Part:
        if part_id not in self.rows:
            raise NotFound(f"There is no part number {part_id}.")
        return copy.copy(self.rows[part_id])

    def set_price(self, part_id: int, price: int) -> None:
        self.rows[part_id].price = price

    def add_stock(self, part_id: int, quantity: int) -> int:
        self.rows[part_id].stock += quantity
        return self.rows[part_id].stock

    def try_take(self, part_id: int, quantity: int) -> tuple[bool, int]:
        part = self.rows[part_id]
        if part.stock < quantity:
            return False, part.stock
        part.stock -= quantity
        return True, part.stock


class FakeReceipts:
    def __init__(self) -> None:
        self.rows: dict[int, dict[str, Any]] = {}

    def add(self, values: dict[str, object]) -> int:
        new_id = len(self.rows) + 1
        self.rows[new_id] = {"id": new_id, **values}
        return new_id

    def get(self, receipt_id: int) -> Receipt:
        if receipt_id not in self.rows:
            raise NotFound(f"There is no receipt number {receipt_id}.")
        r = self.rows[receipt_id]
        return Receipt(
            r["id"],
            r["customer_name"],
            r["car_number"],
            r["mechanic_id"],
            r["man_day"],
            r["fare"],
            ReceiptStatus(r["status"]),
        )

    def details(self, receipt_id: int) -> dict[str, object]:
        return dict(self.rows[receipt_id])

    def save(self, receipt: Receipt, reason: str | None = None) -> None:
        self.rows[receipt.id]["status"] = receipt.status.value
        if reason is not None:
            self.rows[receipt.id]["reason"] = reason


class FakeJobs:
    def __init__(self) -> None:
        self.rows: dict[int, dict[str, Any]] = {}
        self.requests: dict[int, PartRequest] = {}
        self.request_job: dict[int, int] = {}

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
            raise NotFound(f"There is no job number {job_id}.")
        j = self.rows[job_id]
        job = Job(job_id, j["receipt_id"], j["mechanic_id"], JobStatus(j["status"]))
        if with_parts:
            job.part_requests = [
                copy.copy(r) for rid, r in sorted(self.requests.items()) if self.request_job[rid] == job_id
            ]
        return job

    def save_status(self, job: Job, now: str) -> None:
        self.rows[job.id]["status"] = job.status.value

    def add_part_request(self, job_id: int, part_id: int, quantity: int, name: str, code: str, now: str) -> int:
        new_id = len(self.requests) + 1
        self.requests[new_id] = PartRequest(new_id, part_id, quantity, PartRequestStatus.REQUESTED, code, name)
        self.request_job[new_id] = job_id
        return new_id

    def settle_part_request(
        self, part_request_id: int, status: PartRequestStatus, unit_price: int = 0, reason: str = ""
    ) -> bool:
        r = self.requests[part_request_id]
        if r.status is not PartRequestStatus.REQUESTED:
            return False
        r.status, r.unit_price, r.reason = status, unit_price, reason
        return True


class FakeInvoices:
    def __init__(self) -> None:
        self.rows: dict[int, dict[str, Any]] = {}

    def exists_for_job(self, job_id: int) -> bool:
        return any(i["job_id"] == job_id for i in self.rows.values())

    def add(self, values: dict[str, object], lines: list[dict[str, object]]) -> int:
        new_id = len(self.rows) + 1
        self.rows[new_id] = {**values, "lines": lines}
        return new_id


class FakeSeries:
    def __init__(self) -> None:
        self.last: dict[str, int] = {}

    def next(self, series: str) -> int:
        self.last[series] = self.last.get(series, 0) + 1
        return self.last[series]


class FakeTill:
    """Every day's till is open in memory."""

    def first_open_day(self, day: str) -> str:
        return day


@dataclass
class FakeUnitOfWork:
    actor: str = "tester"
    terminal: str = "fake"
    now: datetime = field(default_factory=lambda: datetime(2026, 3, 2, 9, 30, tzinfo=SEOUL))
    mechanics: FakeMechanics = field(default_factory=FakeMechanics)
    parts: FakeParts = field(default_factory=FakeParts)
    receipts: FakeReceipts = field(default_factory=FakeReceipts)
    jobs: FakeJobs = field(default_factory=FakeJobs)
    invoices: FakeInvoices = field(default_factory=FakeInvoices)
    series: FakeSeries = field(default_factory=FakeSeries)
    till: FakeTill = field(default_factory=FakeTill)
    recorded: list[Event] = field(default_factory=list)

    def now_text(self) -> str:
        return self.now.isoformat(timespec="seconds")

    def record(self, *events: Event) -> None:
        self.recorded.extend(events)


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
            self.uow.recorded.clear()  # a refused command records nothing
            raise
        self.deliver(self._take())
        return result

    def deliver(self, events: list[Event]) -> None:
        queue = deque(events)
        while queue:
            event = queue.popleft()
            self.events.append(event)
            for policy in self.policies.get(type(event), []):
                policy(event, self.uow, self.settings)
                queue.extend(self._take())

    def _take(self) -> list[Event]:
        taken = list(self.uow.recorded)
        self.uow.recorded.clear()
        return taken

    def of_type(self, cls: type) -> list[Any]:
        return [e for e in self.events if isinstance(e, cls)]
