"""The receipt (접수) and its state, and the bill's arithmetic."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from domain.errors import Conflict, IllegalTransition
from domain.jobs.events import PartLine
from domain.messages import Event
from domain.reception.events import RequestCancelled


class ReceiptStatus(StrEnum):
    REQUESTED = "requested"  # waiting for the mechanic's answer
    ACCEPTED = "accepted"  # man-days reserved, job created
    REJECTED = "rejected"  # not enough man-days
    CANCELLED = "cancelled"  # withdrawn by the customer
    IN_WORK = "in_work"  # the job started
    FINISHED = "finished"  # the job finished, invoice issued


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

    def reject(self, reason: str) -> None:
        if self.status is not ReceiptStatus.REQUESTED:
            return  # already decided: the policy is idempotent
        self.status = ReceiptStatus.REJECTED
        self.events.append(RequestCancelled(self.id, self.mechanic_id, self.man_day, reason, True, False))

    def accept(self) -> None:
        if self.status is ReceiptStatus.REQUESTED:
            self.status = ReceiptStatus.ACCEPTED

    def cancel(self, reason: str) -> None:
        if self.status in (ReceiptStatus.REQUESTED, ReceiptStatus.ACCEPTED):
            accepted = self.status is ReceiptStatus.ACCEPTED
            self.status = ReceiptStatus.CANCELLED
            self.events.append(
                RequestCancelled(
                    self.id,
                    self.mechanic_id,
                    self.man_day,
                    reason or "Cancelled by the customer.",
                    False,
                    accepted,
                )
            )
            return
        why = {
            ReceiptStatus.REJECTED: "it was already rejected",
            ReceiptStatus.CANCELLED: "it is already cancelled",
            ReceiptStatus.IN_WORK: "the mechanic has already started the job",
            ReceiptStatus.FINISHED: "the job is finished; void the invoice instead",
        }[self.status]
        raise IllegalTransition(f"Cannot cancel receipt {self.id}: {why}.")

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


def vat_of(subtotal: int, rate: Decimal) -> int:
    """VAT on `subtotal` at `rate`, rounded half up to the won."""
    return int((Decimal(subtotal) * rate).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def compute_bill(fare: int, parts: tuple[PartLine, ...], vat_rate: Decimal) -> Bill:
    """Labour plus each part at its frozen price; VAT half up; total."""
    subtotal = fare + sum(p.amount for p in parts)
    vat = vat_of(subtotal, vat_rate)
    return Bill(fare, parts, subtotal, vat_rate, vat, subtotal + vat)


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
        return self.total - self.paid

    @property
    def refundable(self) -> int:
        """Money taken on a voided invoice and not yet given back."""
        return self.paid - self.refunded if self.voided else 0

    def check_payment(self, amount: int) -> None:
        if self.voided:
            raise IllegalTransition(f"Invoice {self.invoice_no} was voided; it cannot be paid.")
        if self.balance == 0:
            raise Conflict(f"Invoice {self.invoice_no} is already paid in full.")
        if amount > self.balance:
            raise Conflict(
                f"{amount:,} won is more than the {self.balance:,} won still owed on "
                f"invoice {self.invoice_no}; take at most {self.balance:,}."
            )

    def check_void(self) -> None:
        if self.voided:
            raise IllegalTransition(f"Invoice {self.invoice_no} is already voided.")

    def check_refund(self, amount: int) -> None:
        """Refunds give back money paid on a voided invoice, never more than was paid."""
        if not self.voided:
            raise IllegalTransition(
                f"Invoice {self.invoice_no} is not voided: money is refunded only against a credit note. "
                "Void the invoice first."
            )
        if self.refundable == 0:
            raise Conflict(f"Nothing is left to refund on invoice {self.invoice_no}.")
        if amount > self.refundable:
            raise Conflict(
                f"{amount:,} won is more than the {self.refundable:,} won still to refund on "
                f"invoice {self.invoice_no}; refund at most {self.refundable:,}."
            )


def format_number(pattern: str, year: int, seq: int) -> str:
    """Render a document number: '{year}-{seq:06d}' gives '2026-000042'."""
    return pattern.format(year=year, seq=seq)
