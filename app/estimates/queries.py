"""What the desk reads about estimates: one estimate with its lines and amounts, and a car's recommendations."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Connection, func, or_, select

from app.estimates.tables import (
    additional_work,
    additional_work_part,
    canned_job,
    canned_job_part,
    estimate,
    estimate_line,
)
from app.persistence import reason_message
from app.vehicleparts.tables import part
from domain.customers.identifiers import normalise_car_number
from domain.errors import NotFound
from domain.reception.model import vat_of
from domain.texts import Message

e, ln = estimate.c, estimate_line.c


@dataclass(frozen=True)
class EstimateLineRow:
    kind: str
    description: str
    part_code: str
    origin: str
    quantity: int
    unit_price: int
    #: A part line whose part has fewer on the shelf than quoted now (flagged before the customer approves).
    out_of_stock: bool = False

    @property
    def amount(self) -> int:
        return self.quantity * self.unit_price


@dataclass(frozen=True)
class EstimateView:
    estimate_no: str
    status: str
    customer_name: str
    customer_phone: str
    car_number: str
    mileage: int | None
    mechanic_name: str
    man_day: int
    fare: int
    term: str
    drafted_at: str
    valid_until: str
    receipt_id: int | None
    consent_how: str
    consent_by: str
    consent_at: str
    reason: str
    reason_message: Message | None
    lines: tuple[EstimateLineRow, ...]
    labour: int
    parts: int
    subtotal: int
    vat: int
    total: int


def estimate_view(conn: Connection, estimate_no: str, vat_rate: Decimal) -> EstimateView:
    row = conn.execute(select(estimate).where(e.estimate_no == estimate_no.strip().upper())).first()
    if row is None:
        raise NotFound("estimates.not_found", estimate_no=estimate_no)
    p = part.c
    lines = tuple(
        EstimateLineRow(
            r.kind,
            r.description,
            r.part_code,
            r.origin,
            r.quantity,
            r.unit_price,
            r.kind == "part" and (r.stock or 0) < r.quantity,
        )
        for r in conn.execute(
            select(estimate_line, p.stock)
            .outerjoin(part, p.id == ln.part_id)
            .where(ln.estimate_id == row.id)
            .order_by(ln.position)
        )
    )
    labour = row.fare + sum(x.amount for x in lines if x.kind == "labour")
    parts = sum(x.amount for x in lines if x.kind == "part")
    subtotal = labour + parts
    vat = vat_of(subtotal, vat_rate)
    return EstimateView(
        row.estimate_no,
        row.status,
        row.customer_name,
        row.customer_phone,
        row.car_number,
        row.mileage,
        row.mechanic_name,
        row.man_day,
        row.fare,
        row.term,
        row.drafted_at,
        row.valid_until,
        row.receipt_id,
        row.consent_how,
        row.consent_by,
        row.consent_at,
        row.reason,
        reason_message(row.reason_code, row.reason_params),
        lines,
        labour,
        parts,
        subtotal,
        vat,
        subtotal + vat,
    )


@dataclass(frozen=True)
class Recommendation:
    """Work the customer declined, to offer again on the car's next visit."""

    estimate_no: str
    declined_at: str
    description: str
    amount: int
    reason: str


def recommendations(conn: Connection, car_number: str) -> list[Recommendation]:
    """The declined work on this car, newest first (the main labour is named by the estimate's term)."""
    number = normalise_car_number(car_number)
    out: list[Recommendation] = []
    declined = conn.execute(
        select(estimate)
        .where(e.car_number == number, e.status == "declined")
        .order_by(e.declined_at.desc(), e.id.desc())
    )
    for row in declined:
        if row.fare:
            out.append(
                Recommendation(row.estimate_no, row.declined_at, row.term or row.estimate_no, row.fare, row.reason)
            )
        for line in conn.execute(select(estimate_line).where(ln.estimate_id == row.id).order_by(ln.position)):
            out.append(
                Recommendation(
                    row.estimate_no, row.declined_at, line.description, line.quantity * line.unit_price, row.reason
                )
            )
    aw = additional_work.c
    declined_work = list(
        conn.execute(
            select(additional_work)
            .where(aw.car_number == number, aw.status == "declined")
            .order_by(aw.consent_at.desc(), aw.id.desc())
        )
    )
    parts = work_parts(conn, [w.id for w in declined_work])
    for work in declined_work:
        if work.amount or not parts.get(work.id):
            out.append(Recommendation(f"J{work.job_id}", work.consent_at, work.description, work.amount, ""))
        for name, quantity, price in parts.get(work.id, ()):
            out.append(Recommendation(f"J{work.job_id}", work.consent_at, name, quantity * price, ""))
    return out


@dataclass(frozen=True)
class AdditionalWorkRow:
    work_id: int
    job_id: int
    description: str
    amount: int
    proposed_by: str
    status: str  # proposed, approved, declined
    consent_how: str
    consent_at: str
    car_number: str = ""
    proposed_at: str = ""
    #: The parts proposed with it: (name, quantity, today's unit price), requested once the customer agrees.
    parts: tuple[tuple[str, int, int], ...] = ()

    @property
    def parts_total(self) -> int:
        return sum(quantity * price for _name, quantity, price in self.parts)

    @property
    def total(self) -> int:
        """Labour and parts, before VAT: what the customer is asked to agree to."""
        return self.amount + self.parts_total


def work_parts(conn: Connection, work_ids: list[int]) -> dict[int, tuple[tuple[str, int, int], ...]]:
    """The parts of these proposals: (name, quantity, today's price), by proposal."""
    if not work_ids:
        return {}
    ap, p = additional_work_part.c, part.c
    out: dict[int, list[tuple[str, int, int]]] = {}
    for r in conn.execute(
        select(ap.work_id, p.name, ap.quantity, p.price)
        .join(part, p.id == ap.part_id)
        .where(ap.work_id.in_(work_ids))
        .order_by(ap.work_id, p.part_code)
    ):
        out.setdefault(r.work_id, []).append((r.name, r.quantity, r.price))
    return {k: tuple(v) for k, v in out.items()}


def additional_work_of(conn: Connection, job_id: int | None = None) -> list[AdditionalWorkRow]:
    """Proposed additional work: one job's, or (None) every proposal still waiting for the customer."""
    aw = additional_work.c
    query = select(additional_work).order_by(aw.id)
    query = query.where(aw.job_id == job_id) if job_id is not None else query.where(aw.status == "proposed")
    rows = list(conn.execute(query))
    parts = work_parts(conn, [r.id for r in rows])
    return [
        AdditionalWorkRow(
            r.id,
            r.job_id,
            r.description,
            r.amount,
            r.proposed_by,
            r.status,
            r.consent_how,
            r.consent_at,
            r.car_number,
            r.proposed_at,
            parts.get(r.id, ()),
        )
        for r in rows
    ]


@dataclass(frozen=True)
class EstimateRow:
    """One estimate in the desk's list: who, which car, how much (VAT included), where it stands."""

    estimate_no: str
    status: str  # open, approved, declined
    drafted_at: str
    car_number: str
    customer_name: str
    mechanic_name: str
    term: str
    valid_until: str
    total: int
    receipt_id: int | None


def estimate_rows(
    conn: Connection, vat_rate: Decimal, status: str = "", text: str = "", limit: int = 300
) -> list[EstimateRow]:
    """Estimates newest first; `status` one of open/approved/declined ("" every one); `text` any part of
    the car number, the customer's name or the estimate number."""
    lines = (
        select(ln.estimate_id, func.sum(ln.quantity * ln.unit_price).label("amount"))
        .group_by(ln.estimate_id)
        .subquery()
    )
    query = (
        select(estimate, lines.c.amount)
        .outerjoin(lines, lines.c.estimate_id == e.id)
        .order_by(e.id.desc())
        .limit(limit)
    )
    if status:
        query = query.where(e.status == status)
    needle = text.strip()
    if needle:
        like = f"%{needle.replace(' ', '').upper()}%"
        query = query.where(or_(e.car_number.like(like), e.estimate_no.like(like), e.customer_name.like(f"%{needle}%")))
    out = []
    for r in conn.execute(query):
        subtotal = r.fare + int(r.amount or 0)
        out.append(
            EstimateRow(
                r.estimate_no,
                r.status,
                r.drafted_at,
                r.car_number,
                r.customer_name,
                r.mechanic_name,
                r.term,
                r.valid_until,
                subtotal + vat_of(subtotal, vat_rate),
                r.receipt_id,
            )
        )
    return out


@dataclass(frozen=True)
class CannedJobPart:
    part_id: int
    part_code: str
    name: str
    origin: str
    quantity: int
    unit_price: int
    stock: int

    @property
    def out_of_stock(self) -> bool:
        """Fewer on the shelf than the menu job takes (flagged before the customer approves)."""
        return self.stock < self.quantity


@dataclass(frozen=True)
class CannedJobRow:
    """A standard job on the menu (정비 메뉴), its parts at today's price and stock."""

    canned_job_id: int
    name: str
    labour: int
    man_day: int
    parts: tuple[CannedJobPart, ...]

    @property
    def parts_total(self) -> int:
        return sum(p.quantity * p.unit_price for p in self.parts)

    @property
    def short(self) -> bool:
        return any(p.out_of_stock for p in self.parts)


def canned_job_rows(conn: Connection) -> list[CannedJobRow]:
    """The menu by name, each job with its parts (code, name, origin, quantity, today's price, stock)."""
    cj, cp, p = canned_job.c, canned_job_part.c, part.c
    parts: dict[int, list[CannedJobPart]] = {}
    for r in conn.execute(
        select(cp.canned_job_id, cp.quantity, p.id, p.part_code, p.name, p.origin, p.price, p.stock)
        .join(part, p.id == cp.part_id)
        .order_by(cp.canned_job_id, p.part_code)
    ):
        parts.setdefault(r.canned_job_id, []).append(
            CannedJobPart(r.id, r.part_code, r.name, r.origin, r.quantity, r.price, r.stock)
        )
    return [
        CannedJobRow(r.id, r.name, r.labour, r.man_day, tuple(parts.get(r.id, ())))
        for r in conn.execute(select(canned_job).order_by(cj.name))
    ]
