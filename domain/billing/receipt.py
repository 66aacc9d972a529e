"""The receipt (영수증) as data: what was owed, each payment (how, when, how much), the balance.

The invoice PDF stays as issued; the receipt is what changes as money comes
in, and says PAID (결제 완료) once nothing is owed. Rendering it is the app's.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from domain.billing.model import Invoice, InvoiceStatus
from domain.billing.tax import CASH_RECEIPT_THRESHOLD, format_business_number
from domain.texts import Message


class ReceiptMark(StrEnum):
    """The word across the receipt."""

    PAID = "paid"  # nothing is owed
    DUE = "due"  # a balance is owed
    VOIDED = "voided"  # cancelled by a credit note
    CORRECTED = "corrected"  # replaced by another invoice

    @property
    def label(self) -> Message:
        return Message(f"billing.receipt.{self.value}")


@dataclass(frozen=True)
class ReceiptPayment:
    method: str
    paid_at: str
    amount: int
    tendered: int  # cash handed over (equal to `amount` when exact); 0 for card and transfer
    cash_receipt_no: str

    @property
    def change(self) -> int:
        return self.tendered - self.amount if self.tendered else 0


@dataclass(frozen=True)
class ReceiptRefund:
    method: str
    refunded_at: str
    amount: int


@dataclass(frozen=True)
class PaymentReceipt:
    invoice_no: str
    issued_at: str
    customer_name: str
    car_number: str
    labour: int
    parts: int
    discounts: int
    subtotal: int
    vat: int
    total: int  # the lines' total, VAT included
    carried_in: int  # paid on the invoice this one corrects
    corrects: str
    payments: tuple[ReceiptPayment, ...]
    refunds: tuple[ReceiptRefund, ...]
    paid: int  # carried in plus every payment
    balance: int
    mark: ReceiptMark
    credit_note_no: str
    corrected_by: str
    cash_receipt_due: bool  # remind the desk: a 현금영수증 is owed for this sale
    tax_business_number: str  # '124-81-00998' when a 세금계산서 was asked for, else ''

    @property
    def settled(self) -> bool:
        return self.mark is ReceiptMark.PAID


def payment_receipt(invoice: Invoice, cash_receipt_threshold: int = CASH_RECEIPT_THRESHOLD) -> PaymentReceipt:
    """The receipt of `invoice` as it stands now."""
    p = invoice.pricing()
    mark = {
        InvoiceStatus.VOIDED: ReceiptMark.VOIDED,
        InvoiceStatus.CORRECTED: ReceiptMark.CORRECTED,
    }.get(invoice.status, ReceiptMark.PAID if invoice.balance == 0 else ReceiptMark.DUE)
    return PaymentReceipt(
        invoice.invoice_no,
        invoice.issued_at,
        invoice.customer_name,
        invoice.car_number,
        p.labour,
        p.parts,
        p.discounts,
        p.subtotal,
        p.vat,
        p.total,
        invoice.carried_in,
        invoice.corrects,
        tuple(
            ReceiptPayment(x.method, x.recorded_at, x.amount, x.tendered, x.cash_receipt_no) for x in invoice.payments
        ),
        tuple(ReceiptRefund(r.method, r.recorded_at, r.amount) for r in invoice.refunds),
        invoice.settled,
        invoice.balance,
        mark,
        invoice.credit_note_no,
        invoice.corrected_by,
        invoice.cash_receipt_due(cash_receipt_threshold),
        format_business_number(invoice.tax_business_number) if invoice.tax_business_number else "",
    )
