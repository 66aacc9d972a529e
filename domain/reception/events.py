"""Events of the reception context."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from domain.jobs.events import PartLine
from domain.messages import Event


@dataclass(frozen=True)
class ReceptionEvent(Event):
    context = "reception"


@dataclass(frozen=True)
class RepairRequested(ReceptionEvent):
    receipt_id: int
    customer_name: str
    car_number: str
    mechanic_id: int
    mechanic_name: str
    man_day: int
    fare: int
    requested_at: str
    car_id: str = ""
    customer_phone: str = ""
    term: str = ""
    request_note: str = ""
    wanted_by: str = ""  # YYYY-MM-DD, or '' when any date will do
    mileage: int | None = None
    vehicle_id: int | None = None
    customer_id: int | None = None


@dataclass(frozen=True)
class RequestCancelled(ReceptionEvent):
    """A receipt was withdrawn (`rejected` False) or refused for capacity (`rejected` True).

    `accepted` says whether man-days had been reserved and a job created for it.
    `reason` is the English sentence; `reason_code` and `reason_params` are the same
    reason by code (`Message.to_dict()` form), so every terminal shows it in its own
    language. A reason a person typed has no code: it is shown as typed.
    """

    receipt_id: int
    mechanic_id: int
    man_day: int
    reason: str
    rejected: bool
    accepted: bool
    reason_code: str = ""
    reason_params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class BillIssued(ReceptionEvent):
    invoice_no: str
    receipt_id: int
    job_id: int
    customer_name: str
    car_number: str
    issued_at: str
    fare: int
    subtotal: int
    vat_rate: str
    vat: int
    total: int
    parts: tuple[PartLine, ...] = ()


@dataclass(frozen=True)
class PaymentRecorded(ReceptionEvent):
    payment_id: int
    invoice_no: str
    receipt_id: int
    amount: int
    method: str
    paid: int
    balance: int


@dataclass(frozen=True)
class InvoiceVoided(ReceptionEvent):
    invoice_no: str
    receipt_id: int
    credit_note_no: str
    reason: str
    total: int
    paid: int


@dataclass(frozen=True)
class RefundRecorded(ReceptionEvent):
    """Money paid on a voided invoice was given back to the customer."""

    refund_id: int
    invoice_no: str
    receipt_id: int
    credit_note_no: str
    amount: int
    method: str
    refunded: int  # on this invoice so far, this refund included
    refundable: int  # still owed back to the customer


@dataclass(frozen=True)
class DayClosed(ReceptionEvent):
    """The till was closed for a business day: its Z report is fixed and no money moves into it."""

    day: str
    z_no: str
    closed_at: str
    payments_total: int
    refunds_total: int
    invoices_issued: int
    invoices_total: int
    credit_notes: int
    credit_notes_total: int
    open_balances_total: int
