"""The billing context's bills and issued invoices behind small, explicit SQL.

A bill is loaded whole: its job's status, its labour and discount lines
(`bill_line`) and the parts provided to the job (the jobs context's part
requests, their prices frozen there; numbered by minus their request id, so
they never meet a line id). Saving writes only what changed. Writers are
serialised (SQLite's BEGIN IMMEDIATE, PostgreSQL's writer lock), so reading a
bill and checking a new line against it is one step.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from app.billing.tables import LINE_SERIES, bill_line
from app.eventlog.repository import SeriesRepository
from app.jobs.tables import job, part_request
from app.persistence import Seen
from app.prepared import Prepared
from app.reception.tables import invoice, invoice_line, payment, receipt
from domain.billing.bill import Bill
from domain.billing.fields import percent_text
from domain.billing.lines import ZERO, Line, LineKind, Pricing
from domain.billing.model import Invoice, InvoiceStatus, Payment
from domain.errors import NotFound
from domain.jobs.model import JobStatus

b, j, pr, r = bill_line.c, job.c, part_request.c, receipt.c

_JOB = Prepared(select(j.id, j.receipt_id, j.status).where(j.id == bindparam("job_id")))
_JOB_OF_LINE = Prepared(select(b.job_id).where(b.id == bindparam("line_id")))
_LINES = Prepared(
    select(b.id, b.kind, b.description, b.amount, b.percent, b.on_line, b.added_by)
    .where(b.job_id == bindparam("job_id"))
    .order_by(b.id)
)
_PARTS = Prepared(
    select(pr.id, pr.part_id, pr.part_code, pr.name, pr.quantity, pr.unit_price, pr.unit_cost)
    .where(pr.job_id == bindparam("job_id"), pr.status == "provided")
    .order_by(pr.id)
)
_FARE = Prepared(select(r.fare, r.requested_at).where(r.id == bindparam("rid")))
_ADD_LINE = Prepared(insert(bill_line))
_REMOVE_LINE = Prepared(delete(bill_line).where(b.id == bindparam("line_id")))
_HAS_LINES = Prepared(select(b.id).where(b.job_id == bindparam("job_id")).limit(1))
_ADD_INVOICE = Prepared(insert(invoice).returning(invoice.c.id))
_ADD_INVOICE_LINE = Prepared(insert(invoice_line))


class BillRepository:
    def __init__(self, conn: Connection, series: SeriesRepository, seen: Seen | None = None) -> None:
        self.conn = conn
        self.series = series
        self.seen: Seen = [] if seen is None else seen
        self._stored: dict[int, set[int]] = {}  # job id -> the line ids in bill_line when loaded

    def new_line_id(self) -> int:
        return self.series.next(LINE_SERIES)

    def job_of_line(self, line_id: int) -> int:
        job_id = _JOB_OF_LINE.run(self.conn, {"line_id": line_id}).scalar()
        if job_id is None:
            raise NotFound("billing.no_such_line", line_id=line_id)
        return int(job_id)

    def get(self, job_id: int, vat_rate: Decimal, *, at: str = "", by: str = "") -> Bill:
        """The job's bill; its fare becomes its first labour line if no line was stored yet."""
        row = _JOB.run(self.conn, {"job_id": job_id}).first()
        if row is None:
            raise NotFound("jobs.job_not_found", job_id=job_id)
        lines = _LINES.run(self.conn, {"job_id": job_id}).all()
        if not lines:
            self._open(job_id, row.receipt_id, vat_rate, at, by)
            lines = _LINES.run(self.conn, {"job_id": job_id}).all()
        bill = Bill(job_id, row.receipt_id, JobStatus(row.status), vat_rate)
        stored = set()
        for ln in lines:
            stored.add(ln.id)
            if ln.kind == LineKind.LABOUR.value:
                bill.lines.append(Line.labour(ln.id, ln.description, ln.amount, ln.added_by))
            else:
                bill.lines.append(
                    Line.discount(ln.id, ln.description, ln.amount, Decimal(ln.percent), ln.on_line, ln.added_by)
                )
        for p in _PARTS.run(self.conn, {"job_id": job_id}):
            bill.lines.append(
                Line.part(-p.id, p.id, p.part_id, p.part_code, p.name, p.quantity, p.unit_price, int(p.unit_cost))
            )
        self._stored[job_id] = stored
        self.seen.append(bill)
        return bill

    def open(self, job_id: int, receipt_id: int, vat_rate: Decimal, at: str, by: str = "") -> None:
        """The bill of a new job: the receipt's fare as its first labour line (once)."""
        if _HAS_LINES.run(self.conn, {"job_id": job_id}).first() is None:
            self._open(job_id, receipt_id, vat_rate, at, by)

    def _open(self, job_id: int, receipt_id: int, vat_rate: Decimal, at: str, by: str) -> None:
        fare_row = _FARE.run(self.conn, {"rid": receipt_id}).first()
        if fare_row is None or not fare_row.fare:
            return
        at = at or fare_row.requested_at
        bill = Bill.open(
            job_id, receipt_id, vat_rate, fare=int(fare_row.fare), fare_line_id=self.new_line_id(), added_by=by, at=at
        )
        _ADD_LINE.run(self.conn, _row(bill, bill.lines[0], at))
        self.seen.append(bill)  # its LabourAdded goes to the event log

    def save(self, bill: Bill, at: str) -> None:
        """Write the lines added to `bill` since it was loaded, and drop the ones taken off."""
        stored = self._stored.get(bill.job_id, set())
        now = {ln.number for ln in bill.lines if ln.kind is not LineKind.PART}
        for line in bill.lines:
            if line.kind is not LineKind.PART and line.number not in stored:
                _ADD_LINE.run(self.conn, _row(bill, line, at))
        for line_id in sorted(stored - now):
            _REMOVE_LINE.run(self.conn, {"line_id": line_id})
        self._stored[bill.job_id] = now

    def add_invoice(self, values: dict[str, object], lines: tuple[Line, ...], pricing: Pricing) -> int:
        """An issued invoice and its typed lines, each with what it comes to (a discount negative)."""
        invoice_id = int(_ADD_INVOICE.run(self.conn, values).scalar_one())
        rows = [
            {
                "invoice_id": invoice_id,
                "line_no": ln.number,
                "kind": ln.kind.value,
                "part_code": ln.part_code,
                "name": ln.description,
                "quantity": ln.quantity,
                "unit_price": pricing.amounts[ln.number] // ln.quantity
                if ln.kind is not LineKind.PART
                else ln.unit_price,
                "amount": pricing.amounts[ln.number],
                "unit_cost": ln.unit_cost,
                "percent": percent_text(ln.percent) if ln.percent else "0",
                "on_line": ln.on_line,
                "added_by": ln.added_by,
            }
            for ln in lines
        ]
        # One short INSERT a line (an invoice has a handful): cheaper than SQLAlchemy's executemany.
        for row in rows:
            _ADD_INVOICE_LINE.run(self.conn, row)
        return invoice_id


def _row(bill: Bill, line: Line, at: str) -> dict[str, object]:
    return {
        "id": line.number,
        "job_id": bill.job_id,
        "receipt_id": bill.receipt_id,
        "kind": line.kind.value,
        "description": line.description,
        "amount": line.amount,
        "percent": percent_text(line.percent) if line.percent != ZERO else "0",
        "on_line": line.on_line,
        "added_by": line.added_by,
        "added_at": at,
    }


# -- an issued invoice as the billing aggregate ---------------------------------------------
_i, _ln, _p = invoice.c, invoice_line.c, payment.c
_INVOICE_LOCKED = Prepared(
    select(
        _i.id,
        _i.invoice_no,
        _i.receipt_id,
        _i.job_id,
        _i.issued_at,
        _i.business_day,
        _i.vat_rate,
        _i.status,
        _i.credit_note_no,
        _i.void_reason,
        _i.voided_at,
        _i.credit_note_day,
        _i.tax_business_number,
        _i.corrects,
        _i.corrected_by,
        _i.carried_in,
        _i.carried_out,
        r.customer_name,
        r.car_number,
    )
    .join(receipt, r.id == _i.receipt_id)
    .where(_i.invoice_no == bindparam("no"))
    .with_for_update(of=invoice)
)
_INVOICE_LINES = Prepared(
    select(_ln.line_no, _ln.kind, _ln.part_code, _ln.name, _ln.quantity, _ln.unit_price, _ln.amount, _ln.percent)
    .add_columns(_ln.on_line, _ln.added_by, _ln.unit_cost)
    .where(_ln.invoice_id == bindparam("invoice_id"))
    .order_by(_ln.line_no)
)
_INVOICE_PAYMENTS = Prepared(
    select(_p.id, _p.method, _p.amount, _p.recorded_at, _p.business_day, _p.cash_receipt_no)
    .where(_p.invoice_id == bindparam("invoice_id"))
    .order_by(_p.id)
)


class IssuedInvoices:
    """Issued invoices as `domain.billing.model.Invoice` aggregates (the 현금영수증 and 세금계산서 rules)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._ids: dict[str, int] = {}

    def get(self, invoice_no: str) -> Invoice:
        """The invoice, its lines and payments; its row locked until commit."""
        row = _INVOICE_LOCKED.run(self.conn, {"no": invoice_no}).first()
        if row is None:
            raise NotFound("reception.invoice_not_found", invoice_no=invoice_no)
        self._ids[row.invoice_no] = row.id
        lines = []
        for x in _INVOICE_LINES.run(self.conn, {"invoice_id": row.id}):
            if x.kind == "labour":
                lines.append(Line.labour(x.line_no, x.name, int(x.amount), x.added_by))
            elif x.kind == "discount":
                pct = Decimal(x.percent)
                lines.append(Line.discount(x.line_no, x.name, 0 if pct else -int(x.amount), pct, x.on_line))
            else:
                lines.append(
                    Line.part(x.line_no, 0, 0, x.part_code, x.name, x.quantity, int(x.unit_price), int(x.unit_cost))
                )
        status = {"voided": InvoiceStatus.VOIDED, "corrected": InvoiceStatus.CORRECTED}.get(row.status)
        found = Invoice(
            row.invoice_no,
            row.receipt_id,
            row.job_id,
            row.customer_name,
            row.car_number,
            row.issued_at,
            row.business_day or row.issued_at[:10],
            Decimal(row.vat_rate),
            tuple(lines),
            status or InvoiceStatus.ISSUED,
            payments=[
                Payment(p.id, p.method, int(p.amount), p.recorded_at, p.business_day or "", 0, p.cash_receipt_no or "")
                for p in _INVOICE_PAYMENTS.run(self.conn, {"invoice_id": row.id})
            ],
            credit_note_no=row.credit_note_no or "",
            void_reason=row.void_reason or "",
            voided_at=row.voided_at or "",
            credit_note_day=row.credit_note_day or "",
            tax_business_number=row.tax_business_number or "",
            carried_in=int(row.carried_in),
            carried_out=int(row.carried_out),
            corrects=row.corrects or "",
            corrected_by=row.corrected_by or "",
        )
        return found

    def save_correction(self, old: Invoice, new: Invoice, bills: BillRepository) -> int:
        """The corrected invoice credited and linked to its replacement, and the replacement issued; its id."""
        self.conn.execute(
            update(invoice)
            .where(_i.id == self._ids[old.invoice_no], _i.status == "issued")
            .values(
                status=InvoiceStatus.CORRECTED.value,
                credit_note_no=old.credit_note_no,
                void_reason=old.void_reason,
                voided_at=old.voided_at,
                credit_note_day=old.credit_note_day,
                corrected_by=old.corrected_by,
                carried_out=old.carried_out,
            )
        )
        p = new.pricing()
        return bills.add_invoice(
            {
                "invoice_no": new.invoice_no,
                "receipt_id": new.receipt_id,
                "job_id": new.job_id,
                "issued_at": new.issued_at,
                "business_day": new.business_day,
                "fare": p.labour,
                "subtotal": p.subtotal,
                "vat_rate": str(new.vat_rate),
                "vat": p.vat,
                "total": p.total,
                "paid": 0,
                "status": InvoiceStatus.ISSUED.value,
                "corrects": new.corrects,
                "carried_in": new.carried_in,
            },
            new.lines,
            p,
        )

    def save_cash_receipt(self, found: Invoice) -> None:
        """Write the approval numbers the invoice's payments now carry."""
        for p in found.payments:
            if p.cash_receipt_no:
                self.conn.execute(
                    update(payment)
                    .where(_p.id == p.payment_id, _p.cash_receipt_no.is_(None))
                    .values(cash_receipt_no=p.cash_receipt_no)
                )

    def save_tax_invoice(self, found: Invoice, company_name: str, email: str) -> None:
        self.conn.execute(
            update(invoice)
            .where(_i.id == self._ids[found.invoice_no])
            .values(tax_business_number=found.tax_business_number, tax_company_name=company_name, tax_email=email)
        )
