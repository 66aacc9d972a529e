"""Helpers for the core's integration tests: table snapshots, event-log reads, small builders."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from app import schema as s
from app.bootstrap import Shop
from app.eventlog.serialization import from_json
from app.queries import BoardRow
from domain.commands import (
    FinishJob,
    RegisterMechanic,
    RegisterPart,
    RequestRepair,
    StartJob,
)

Snapshot = dict[str, list[tuple[Any, ...]]]


def settle(shop: Shop) -> None:
    """Wait for the PDFs this terminal writes after commit (they store their hash when done)."""
    with shop.db.read.connect() as conn:
        numbers = list(conn.execute(select(s.invoice.c.invoice_no)).scalars())
        numbers += [n for n in conn.execute(select(s.invoice.c.credit_note_no)).scalars() if n]
    for number in numbers:
        shop.documents.wait(number)


def snapshot(shop: Shop) -> Snapshot:
    """Every row of every table of the schema, in a stable order (after background PDFs are written)."""
    settle(shop)
    out: Snapshot = {}
    with shop.db.read.connect() as conn:
        for table in s.metadata.sorted_tables:
            order = list(table.primary_key.columns) or list(table.columns)
            out[table.name] = [tuple(row) for row in conn.execute(select(table).order_by(*order))]
    return out


def diff(before: Snapshot, after: Snapshot) -> list[str]:
    """The tables whose rows differ, in words (empty when nothing changed)."""
    changed = []
    for name in sorted(set(before) | set(after)):
        a, b = before.get(name, []), after.get(name, [])
        if a != b:
            gone = [r for r in a if r not in b]
            new = [r for r in b if r not in a]
            changed.append(f"{name}: {len(gone)} row(s) gone {gone[:2]}, {len(new)} row(s) new {new[:2]}")
    return changed


def count(shop: Shop, table: Any, *where: Any) -> int:
    with shop.db.read.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one())


def events(shop: Shop, *types: str) -> list[Any]:
    """The events in the log (of the given types), oldest first, as domain objects."""
    log = s.event_log.c
    query = select(log.event_type, log.payload).order_by(log.id)
    if types:
        query = query.where(log.event_type.in_(types))
    with shop.db.read.connect() as conn:
        return [from_json(row.event_type, row.payload) for row in conn.execute(query)]


def log_rows(shop: Shop) -> list[Any]:
    with shop.db.read.connect() as conn:
        return list(conn.execute(select(s.event_log).order_by(s.event_log.c.id)))


def man_day(shop: Shop, mechanic_id: int) -> int:
    with shop.db.read.connect() as conn:
        return int(conn.execute(select(s.mechanic.c.man_day).where(s.mechanic.c.id == mechanic_id)).scalar_one())


def stock(shop: Shop, part_id: int) -> int:
    with shop.db.read.connect() as conn:
        return int(conn.execute(select(s.part.c.stock).where(s.part.c.id == part_id)).scalar_one())


def row(shop: Shop, receipt_id: int) -> BoardRow:
    (found,) = [r for r in shop.status_board() if r.receipt_id == receipt_id]
    return found


def job_of(shop: Shop, receipt_id: int) -> int:
    job_id = row(shop, receipt_id).job_id
    assert job_id is not None, f"receipt {receipt_id} has no job"
    return job_id


@dataclass
class Busy:
    """A shop with something in every state (see `busy_shop`)."""

    decoys: list[int]
    kim: int
    lee: int
    tiny: int
    oil: int
    bulb: int
    gasket: int
    created: int  # receipt ids, by what became of them
    started: int
    finished: int
    paid: int
    voided: int
    rejected: int
    cancelled: int
    invoice_finished: str
    invoice_paid: str
    invoice_voided: str
    created_job: int
    started_job: int
    finished_job: int
    cancelled_job: int


def busy_shop(shop: Shop) -> Busy:
    """Mechanics, parts and receipts in every state; ids of mechanics and receipts differ on purpose."""
    from domain.commands import CancelRepair, RecordPayment, RequestPart, VoidInvoice

    decoys = [shop.handle(RegisterMechanic(f"예비 {n}", 0)) for n in range(3)]
    kim = shop.handle(RegisterMechanic("김민수", 40))
    lee = shop.handle(RegisterMechanic("이서준", 30))
    tiny = shop.handle(RegisterMechanic("최영호", 1))
    oil = shop.handle(RegisterPart("OIL-5W30-4L", "엔진오일 5W-30 4L", 48_000, 10, 2))
    bulb = shop.handle(RegisterPart("LMP-H7", "전조등 전구 H7", 11_000, 20))
    gasket = shop.handle(RegisterPart("GSK-VLV-01", "밸브커버 가스켓", 29_000, 0))

    def request(name: str, mechanic: int, days: int = 1, fare: int = 50_000) -> int:
        rid: int = shop.handle(RequestRepair(name, "12가3456", mechanic, days, fare, car_id="KMH0001"))
        return rid

    created = request("홍길동", kim)
    started = request("김영희", lee, 2)
    shop.handle(StartJob(job_of(shop, started)))
    shop.handle(RequestPart(job_of(shop, started), oil, 1))
    finished = request("이철수", kim, 1, 100_005)
    shop.handle(StartJob(job_of(shop, finished)))
    shop.handle(RequestPart(job_of(shop, finished), oil, 2))
    shop.handle(RequestPart(job_of(shop, finished), bulb, 4))
    shop.handle(RequestPart(job_of(shop, finished), gasket, 1))
    shop.handle(FinishJob(job_of(shop, finished)))
    paid = request("박민지", lee, 1, 30_000)
    shop.handle(StartJob(job_of(shop, paid)))
    shop.handle(FinishJob(job_of(shop, paid)))
    invoice_paid = row(shop, paid).invoice_no or ""
    shop.handle(RecordPayment(invoice_paid, 33_000, "card"))
    voided = request("정우성", kim, 1, 20_000)
    shop.handle(StartJob(job_of(shop, voided)))
    shop.handle(FinishJob(job_of(shop, voided)))
    invoice_voided = row(shop, voided).invoice_no or ""
    shop.handle(RecordPayment(invoice_voided, 1_000, "cash"))
    shop.handle(VoidInvoice(invoice_voided, "금액 오류"))
    rejected = request("한지민", tiny, 2)
    cancelled = request("오세훈", kim, 3)
    shop.handle(CancelRepair(cancelled, "고객 요청"))
    return Busy(
        decoys,
        kim,
        lee,
        tiny,
        oil,
        bulb,
        gasket,
        created,
        started,
        finished,
        paid,
        voided,
        rejected,
        cancelled,
        row(shop, finished).invoice_no or "",
        invoice_paid,
        invoice_voided,
        job_of(shop, created),
        job_of(shop, started),
        job_of(shop, finished),
        job_of(shop, cancelled),
    )
