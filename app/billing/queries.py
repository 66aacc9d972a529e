"""The billing context's reads for screens: a job's bill as it stands, plain rows."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Connection, select

from app.billing.tables import bill_line
from app.jobs.tables import job, part_request
from app.queries import InvoiceView
from domain.billing.lines import Line, price
from domain.billing.tax import CASH_RECEIPT_THRESHOLD
from domain.billing.tender import CASH_LIKE
from domain.errors import DomainError


@dataclass(frozen=True)
class BillLineRow:
    line_id: int  # a part line's is minus its part request id: it is taken off at the parts counter
    kind: str  # labour / part / discount
    description: str
    quantity: int
    amount: int  # what the line comes to, a discount negative
    percent: str
    on_line: int
    added_by: str

    @property
    def removable(self) -> bool:
        return self.kind != "part"


@dataclass(frozen=True)
class BillView:
    job_id: int
    lines: tuple[BillLineRow, ...]
    subtotal: int
    vat: int
    total: int


def bill_of_job(conn: Connection, job_id: int, vat_rate: Decimal = Decimal("0.10")) -> BillView:
    """The job's open bill: its labour and discount lines, the parts provided, and what it comes to."""
    b, pr = bill_line.c, part_request.c
    lines: list[Line] = []
    who: dict[int, str] = {}
    for r in conn.execute(
        select(b.id, b.kind, b.description, b.amount, b.percent, b.on_line, b.added_by)
        .where(b.job_id == job_id)
        .order_by(b.id)
    ):
        who[r.id] = r.added_by
        if r.kind == "labour":
            lines.append(Line.labour(r.id, r.description, int(r.amount), r.added_by))
        else:
            lines.append(Line.discount(r.id, r.description, int(r.amount), Decimal(r.percent), r.on_line, r.added_by))
    for p in conn.execute(
        select(pr.id, pr.part_id, pr.part_code, pr.name, pr.quantity, pr.unit_price)
        .where(pr.job_id == job_id, pr.status == "provided")
        .order_by(pr.id)
    ):
        lines.append(Line.part(-p.id, p.id, p.part_id, p.part_code, p.name, p.quantity, int(p.unit_price)))
    try:
        pricing = price(lines, vat_rate)
        amounts = dict(pricing.amounts)
        subtotal, vat, total = pricing.subtotal, pricing.vat, pricing.total
    except DomainError:  # never stored so (the bill refuses it); show the gross lines rather than fail
        amounts = {ln.number: ln.gross for ln in lines}
        subtotal = sum(amounts.values())
        vat, total = 0, subtotal
    order = {"labour": 0, "part": 1, "discount": 2}
    rows = sorted(
        (
            BillLineRow(
                ln.number,
                ln.kind.value,
                ln.description,
                ln.quantity,
                amounts[ln.number],
                format(ln.percent.normalize(), "f") if ln.percent else "0",
                ln.on_line,
                who.get(ln.number, ""),
            )
            for ln in lines
        ),
        key=lambda r: order[r.kind],
    )
    return BillView(job_id, tuple(rows), subtotal, vat, total)


def job_of_receipt(conn: Connection, receipt_id: int) -> tuple[int, str] | None:
    """The receipt's job id and status, or None while it has none."""
    row = conn.execute(select(job.c.id, job.c.status).where(job.c.receipt_id == receipt_id)).first()
    return None if row is None else (int(row.id), str(row.status))


def cash_receipt_due(view: InvoiceView, threshold: int = CASH_RECEIPT_THRESHOLD) -> bool:
    """A sale of 100,000 won or more paid (partly) in cash or by transfer without a 현금영수증 number yet."""
    if view.tax_business_number or view.status != "issued" or view.total < threshold:
        return False
    return any(p.method in CASH_LIKE and not p.cash_receipt_no for p in view.payments)
