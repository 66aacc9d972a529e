"""What the repair statement (자동차 점검·정비 명세서) prints, read from the invoice, receipt, car and job."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select

from app import queries
from app import schema as s
from app.settings import ShopDetails
from domain.errors import DomainError, NotFound

#: The shop fields the form must print (a blank one is asked for, never printed blank).
REQUIRED_SHOP_FIELDS = ("name", "owner", "business_no", "repair_registration_no", "address", "phone")


@dataclass(frozen=True)
class StatementPart:
    name: str
    part_code: str
    origin: str
    quantity: int
    unit_price: int
    amount: int


@dataclass(frozen=True)
class StatementView:
    invoice_no: str
    car_number: str
    model: str
    mileage: int | None
    first_registered: str
    requested_on: str
    completed_on: str
    released_on: str
    mechanic_name: str
    work: tuple[tuple[str, int], ...]  # (description, labour amount)
    parts: tuple[StatementPart, ...]
    labour: int
    parts_total: int
    discounts: int
    subtotal: int
    vat: int
    total: int
    #: 추가정비 consent from the estimate that made the request: (how, when), or None without an estimate.
    consent: tuple[str, str] | None
    #: 추가정비 found during the job: (description, amount, approved or declined, how, when), from the record.
    additional: tuple[tuple[str, int, str, str, str], ...] = ()


def missing_shop_fields(shop: ShopDetails) -> list[str]:
    """The profile keys (`shop.owner`, ...) of the fields still blank."""
    return [f"shop.{key}" for key in REQUIRED_SHOP_FIELDS if not str(getattr(shop, key, "")).strip()]


def require_shop_details(shop: ShopDetails) -> None:
    """Refuse the statement while a field the form prints is not set (the desk is asked for it)."""
    missing = missing_shop_fields(shop)
    if missing:
        raise DomainError("estimates.shop_details_missing", fields=", ".join(missing))


def statement_view(conn: Connection, invoice_no: str) -> StatementView:
    view = queries.invoice_view(conn, invoice_no)
    if view is None:
        raise NotFound("reception.invoice_not_found", invoice_no=invoice_no)
    r, v, j, p, e = s.receipt.c, s.vehicle.c, s.job.c, s.part.c, s.estimate.c
    receipt = conn.execute(select(r.requested_at, r.mileage, r.vehicle_id).where(r.id == view.receipt_id)).one()
    car = (
        conn.execute(select(v.model, v.first_registered).where(v.id == receipt.vehicle_id)).first()
        if receipt.vehicle_id
        else None
    )
    finished = conn.execute(select(j.finished_at).where(j.id == view.job_id)).scalar() or view.issued_at
    origins = {row.part_code: row.origin for row in conn.execute(select(p.part_code, p.origin))}
    consent_row = conn.execute(
        select(e.consent_how, e.consent_at).where(e.receipt_id == view.receipt_id, e.status == "approved")
    ).first()
    from app.estimates.queries import additional_work_of

    # The labour of each answer; approved parts are among the statement's parts (the bill's, at their price),
    # so a reprint does not depend on today's prices.
    additional = tuple(
        (w.description, w.amount, w.status, w.consent_how, w.consent_at)
        for w in additional_work_of(conn, view.job_id)
        if w.status != "proposed"
    )
    work = tuple((ln.name, ln.amount) for ln in view.lines if ln.kind == "labour")
    parts = tuple(
        StatementPart(ln.name, ln.part_code, origins.get(ln.part_code, "A"), ln.quantity, ln.unit_price, ln.amount)
        for ln in view.lines
        if ln.kind == "part"
    )
    return StatementView(
        invoice_no=view.invoice_no,
        car_number=view.car_number,
        model=car.model if car is not None else "",
        mileage=receipt.mileage,
        first_registered=(car.first_registered or "") if car is not None else "",
        requested_on=receipt.requested_at[:10],
        completed_on=finished[:10],
        released_on=view.issued_at[:10],
        mechanic_name=view.mechanic_name,
        work=work,
        parts=parts,
        labour=sum(a for _, a in work),
        parts_total=sum(x.amount for x in parts),
        discounts=sum(ln.amount for ln in view.lines if ln.kind == "discount"),
        subtotal=view.subtotal,
        vat=view.vat,
        total=view.total,
        consent=(consent_row.consent_how, consent_row.consent_at) if consent_row is not None else None,
        additional=additional,
    )
