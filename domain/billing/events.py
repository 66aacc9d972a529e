"""Events of the billing context (청구·결제).

Flat fields only (ids, won, text), so each event keeps its exact shape in the
event log's JSON. Percentages travel as text ('12.5'), like the VAT rate.

Issuing, paying, voiding, refunding and closing the day still record the
published events defined in domain.reception.events (BillIssued,
PaymentRecorded, InvoiceVoided, RefundRecorded, DayClosed); the ones here are
what billing adds.
"""

from __future__ import annotations

from dataclasses import dataclass

from domain.messages import Event


@dataclass(frozen=True)
class BillingEvent(Event):
    context = "billing"


@dataclass(frozen=True)
class LabourAdded(BillingEvent):
    """A labour line on a job's bill; the receipt's fare is the first one."""

    line_id: int
    job_id: int
    receipt_id: int
    description: str
    amount: int
    added_by: str
    added_at: str


@dataclass(frozen=True)
class PartLineAdded(BillingEvent):
    """A part provided to the job became a line of its bill, at its frozen price."""

    line_id: int
    job_id: int
    receipt_id: int
    part_request_id: int
    part_id: int
    part_code: str
    name: str
    quantity: int
    unit_price: int


@dataclass(frozen=True)
class DiscountAdded(BillingEvent):
    """A discount of `amount` won or `percent` % off line `on_line`, or off the whole bill (0)."""

    line_id: int
    job_id: int
    receipt_id: int
    description: str
    amount: int
    percent: str
    on_line: int
    added_by: str
    added_at: str


@dataclass(frozen=True)
class LineRemoved(BillingEvent):
    line_id: int
    job_id: int
    receipt_id: int
    kind: str  # labour / discount
    removed_by: str
    removed_at: str


@dataclass(frozen=True)
class PaymentTaken(BillingEvent):
    """One TakePayment: what each method paid, the cash handed over and the change given back.

    Each tender is also its own PaymentRecorded, recorded in the same transaction.
    """

    invoice_no: str
    receipt_id: int
    cash: int
    card: int
    transfer: int
    cash_tendered: int
    change: int
    balance: int
    taken_at: str


@dataclass(frozen=True)
class CorrectedLine:
    """A labour or discount line of a correction's new invoice, as it was issued (its parts carry over)."""

    kind: str  # "labour" or "discount"
    description: str
    amount: int  # the won it comes to: labour positive, a discount negative
    percent: str = "0"  # a percent discount's rate, as text ('12.5'); "0" for an amount
    on_line: int = 0  # the new invoice's line a discount is on; 0 for the whole bill


@dataclass(frozen=True)
class InvoiceCorrected(BillingEvent):
    """An invoice was replaced in one step: its credit note and the new invoice for the same job.

    `carried` is the money paid on the old invoice that now counts on the new one.
    The old one's InvoiceVoided and the new one's BillIssued are recorded with it.
    `lines` are the new invoice's labour and discount lines in order (empty in
    events logged before they were kept: those hold the totals only).
    """

    invoice_no: str
    receipt_id: int
    job_id: int
    credit_note_no: str
    new_invoice_no: str
    reason: str
    old_total: int
    new_total: int
    carried: int
    corrected_at: str
    lines: tuple[CorrectedLine, ...] = ()


@dataclass(frozen=True)
class CashReceiptRecorded(BillingEvent):
    """The 현금영수증 approval number for the cash and transfer payments of an invoice."""

    invoice_no: str
    receipt_id: int
    approval_no: str
    amount: int
    recorded_at: str


@dataclass(frozen=True)
class TaxInvoiceRequested(BillingEvent):
    """The customer asked for a 세금계산서, for the business with this registration number."""

    invoice_no: str
    receipt_id: int
    business_number: str  # ten digits, check digit verified
    company_name: str
    email: str
    requested_at: str
