"""The receipt (접수) and its state, the bill's arithmetic, and what an invoice still owes."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from domain.billing.lines import vat_of  # VAT is computed in one place: the bill's lines
from domain.billing.numbers import format_number  # noqa: F401  (re-exported for app.billing.handlers)
from domain.errors import Conflict, IllegalTransition
from domain.jobs.events import PartLine
from domain.messages import Event
from domain.reception.events import RequestCancelled
from domain.texts import Message


class ReceiptStatus(StrEnum):
    REQUESTED = "requested"  # waiting for the mechanic's answer
    ACCEPTED = "accepted"  # man-days reserved, job created
    REJECTED = "rejected"  # not enough man-days
    CANCELLED = "cancelled"  # withdrawn by the customer
    IN_WORK = "in_work"  # the job started
    FINISHED = "finished"  # the job finished, invoice issued

    @property
    def can_cancel(self) -> bool:
        """A request may be withdrawn until the mechanic starts its job."""
        return self in (ReceiptStatus.REQUESTED, ReceiptStatus.ACCEPTED)


#: Why a receipt cannot be cancelled, by its status.
_CANNOT_CANCEL = {
    ReceiptStatus.REJECTED: "reception.cancel_rejected",
    ReceiptStatus.CANCELLED: "reception.already_cancelled",
    ReceiptStatus.IN_WORK: "reception.cancel_in_work",
    ReceiptStatus.FINISHED: "reception.cancel_finished",
}

#: The reason recorded when the customer cancels without giving one.
CANCELLED_BY_CUSTOMER = Message("reception.cancelled_by_customer")


@dataclass
class Receipt:
    id: int
    customer_name: str
    car_number: str
    mechanic_id: int
    man_day: int
    fare: int
    status: ReceiptStatus = ReceiptStatus.REQUESTED
    events: list[Event] = field(default_factory=list)
    #: Why it was rejected or cancelled: the English sentence, and the message by code
    #: (None when the reason was typed by a person, which is kept as typed).
    reason: str = ""
    reason_message: Message | None = None

    def reject(self, reason: Message | str) -> None:
        """The mechanic could not take it: `reason` is the refusal by code (a plain text is kept as typed)."""
        if self.status is not ReceiptStatus.REQUESTED:
            return  # already decided: the policy is idempotent
        self.status = ReceiptStatus.REJECTED
        self._record_cancel(reason, rejected=True, accepted=False)

    def accept(self) -> None:
        if self.status is ReceiptStatus.REQUESTED:
            self.status = ReceiptStatus.ACCEPTED

    def cancel(self, reason: str = "") -> None:
        """The customer withdraws it; a typed `reason` is kept as typed, none is 'cancelled by the customer'."""
        if not self.status.can_cancel:
            raise IllegalTransition(_CANNOT_CANCEL[self.status], receipt_id=self.id)
        accepted = self.status is ReceiptStatus.ACCEPTED
        self.status = ReceiptStatus.CANCELLED
        self._record_cancel(reason or CANCELLED_BY_CUSTOMER, rejected=False, accepted=accepted)

    def _record_cancel(self, reason: Message | str, rejected: bool, accepted: bool) -> None:
        message = reason if isinstance(reason, Message) else None
        self.reason = message.render("en") if message is not None else str(reason)
        self.reason_message = message
        code, params = (message.code, message.to_dict()["params"]) if message is not None else ("", {})
        self.events.append(
            RequestCancelled(self.id, self.mechanic_id, self.man_day, self.reason, rejected, accepted, code, params)
        )

    def job_started(self) -> None:
        if self.status in (ReceiptStatus.REQUESTED, ReceiptStatus.ACCEPTED):
            self.status = ReceiptStatus.IN_WORK

    def job_finished(self) -> None:
        self.status = ReceiptStatus.FINISHED


@dataclass(frozen=True)
class Bill:
    fare: int
    parts: tuple[PartLine, ...]
    subtotal: int
    vat_rate: Decimal
    vat: int
    total: int


def compute_bill(fare: int, parts: tuple[PartLine, ...], vat_rate: Decimal) -> Bill:
    """Labour plus each part at its frozen price; VAT half up; total."""
    subtotal = fare + sum(p.amount for p in parts)
    vat = vat_of(subtotal, vat_rate)
    return Bill(fare, parts, subtotal, vat_rate, vat, subtotal + vat)


# -- what an invoice still owes, or owes back ------------------------------------------
class InvoiceStatus(StrEnum):
    ISSUED = "issued"
    VOIDED = "voided"  # cancelled in full by a credit note


class Settlement(StrEnum):
    """What is left to settle on an invoice."""

    OWED = "owed"  # issued, a balance left: the customer still pays
    PAID = "paid"  # issued and paid in full
    VOIDED = "voided"  # voided, nothing (more) to give back
    REFUND_DUE = "refund"  # voided, money taken on it not yet given back


def balance_of(total: int, paid: int, voided: bool) -> int:
    """What the customer still owes: nothing once the invoice is voided."""
    return 0 if voided else total - paid


def refundable_of(paid: int, refunded: int, voided: bool) -> int:
    """Money taken on a voided invoice and not yet given back (an issued invoice refunds nothing)."""
    return paid - refunded if voided else 0


def settlement_of(voided: bool, balance: int, refundable: int) -> Settlement:
    if voided:
        return Settlement.REFUND_DUE if refundable else Settlement.VOIDED
    return Settlement.OWED if balance else Settlement.PAID


def is_unpaid(invoiced: bool, paid: bool, voided: bool) -> bool:
    """'Awaiting payment': an invoice was issued, it is not voided and not paid in full."""
    return invoiced and not paid and not voided


@dataclass
class InvoiceAccount:
    """What the till needs to know of an invoice to take or refuse a payment."""

    invoice_no: str
    receipt_id: int
    total: int
    paid: int
    voided: bool
    refunded: int = 0
    credit_note_no: str = ""

    @property
    def balance(self) -> int:
        return balance_of(self.total, self.paid, self.voided)

    @property
    def refundable(self) -> int:
        return refundable_of(self.paid, self.refunded, self.voided)

    def check_payment(self, amount: int) -> None:
        if self.voided:
            raise IllegalTransition("reception.pay_voided", invoice_no=self.invoice_no)
        if self.balance == 0:
            raise Conflict("reception.already_paid", invoice_no=self.invoice_no)
        if amount > self.balance:
            raise Conflict("reception.overpayment", amount=amount, balance=self.balance, invoice_no=self.invoice_no)

    def check_void(self) -> None:
        if self.voided:
            raise IllegalTransition("reception.already_voided", invoice_no=self.invoice_no)

    def check_refund(self, amount: int) -> None:
        """Refunds give back money paid on a voided invoice, never more than was paid."""
        if not self.voided:
            raise IllegalTransition("reception.refund_not_voided", invoice_no=self.invoice_no)
        check_refund_amount(self.invoice_no, amount, self.refundable)


def check_refund_amount(invoice_no: str, amount: int, refundable: int) -> None:
    """A refund on a voided invoice gives back at most what is still `refundable`."""
    if refundable == 0:
        raise Conflict("reception.nothing_to_refund", invoice_no=invoice_no)
    if amount > refundable:
        raise Conflict("reception.refund_too_much", amount=amount, refundable=refundable, invoice_no=invoice_no)
