"""The issued invoice (청구서): its frozen lines, the money taken and given back, its credit note.

An issued invoice is never edited. It is paid (in one tender or several at
once), voided by a credit note, or corrected in one step: a credit note for it
and a new invoice for the same job with the corrected lines, linked both ways.
Money paid on a corrected invoice counts on the new one (`carried`), up to the
new total; what the new total does not need is refunded against the credit note.

"Paid" is not a status: it is the balance reaching zero, so it can never
disagree with the payments.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum

from domain.billing.bill import Bill, room_for_charges
from domain.billing.events import (
    CashReceiptRecorded,
    CorrectedLine,
    InvoiceCorrected,
    PaymentTaken,
    TaxInvoiceRequested,
)
from domain.billing.fields import Field, money, percent_text
from domain.billing.lines import DiscountSpec, Line, LineKind, Pricing, corrected_lines, price, renumbered, same_lines
from domain.billing.tax import CASH_RECEIPT_THRESHOLD, approval_number
from domain.billing.tax import business_number as checked_business_number
from domain.billing.tender import CASH, CASH_LIKE, PaymentPlan, Tender, payment_method, plan_payment
from domain.errors import Conflict, IllegalTransition, InvalidInput
from domain.jobs.events import PartLine
from domain.jobs.model import JobStatus
from domain.messages import Event
from domain.reception.events import BillIssued, InvoiceVoided, PaymentRecorded, RefundRecorded


class InvoiceStatus(StrEnum):
    ISSUED = "issued"  # owed or paid: see `balance`
    VOIDED = "voided"  # cancelled by a credit note
    CORRECTED = "corrected"  # cancelled by a credit note and replaced by a new invoice


@dataclass(frozen=True)
class Payment:
    payment_id: int
    method: str
    amount: int
    recorded_at: str
    business_day: str
    tendered: int = 0  # cash: what was handed over (the change is tendered - amount); 0 for exact
    cash_receipt_no: str = ""  # 현금영수증 approval number, cash and transfer only


@dataclass(frozen=True)
class Refund:
    refund_id: int
    method: str
    amount: int
    recorded_at: str
    business_day: str


@dataclass
class Invoice:
    invoice_no: str
    receipt_id: int
    job_id: int
    customer_name: str
    car_number: str
    issued_at: str
    business_day: str  # the till day whose Z report carries it
    vat_rate: Decimal
    lines: tuple[Line, ...]
    status: InvoiceStatus = InvoiceStatus.ISSUED
    payments: list[Payment] = field(default_factory=list)
    refunds: list[Refund] = field(default_factory=list)
    carried_in: int = 0  # paid on the invoice this one corrects
    carried_out: int = 0  # moved on to the invoice that corrects this one
    credit_note_no: str = ""
    void_reason: str = ""
    voided_at: str = ""
    credit_note_day: str = ""  # the business day whose Z report counts the credit note
    corrects: str = ""  # the invoice this one replaces
    corrected_by: str = ""  # the invoice that replaces this one
    tax_business_number: str = ""  # a 세금계산서 was asked for this business
    events: list[Event] = field(default_factory=list)

    # -- issuing --------------------------------------------------------------------
    @classmethod
    def issue(
        cls,
        bill: Bill,
        invoice_no: str,
        *,
        issued_at: str,
        business_day: str,
        customer_name: str,
        car_number: str,
    ) -> Invoice:
        """The invoice of a finished job: its bill's lines, numbered 1, 2, … (labour, parts, discounts)."""
        if bill.job_status is not JobStatus.FINISHED:
            raise IllegalTransition("billing.job_not_finished", job_id=bill.job_id)
        invoice = cls(
            invoice_no,
            bill.receipt_id,
            bill.job_id,
            customer_name,
            car_number,
            issued_at,
            business_day,
            bill.vat_rate,
            renumbered(bill.lines),
        )
        invoice.events.append(invoice._issued())
        return invoice

    def _issued(self) -> BillIssued:
        p = self.pricing()
        return BillIssued(
            self.invoice_no,
            self.receipt_id,
            self.job_id,
            self.customer_name,
            self.car_number,
            self.issued_at,
            p.labour,  # `fare`: every labour line (the receipt's fare is the first)
            p.subtotal,
            str(self.vat_rate),
            p.vat,
            p.total,
            self.part_lines(),
        )

    # -- what it comes to -----------------------------------------------------------
    def pricing(self) -> Pricing:
        return price(self.lines, self.vat_rate)

    @property
    def total(self) -> int:
        return self.pricing().total

    @property
    def paid(self) -> int:
        """Money taken on this invoice."""
        return sum(p.amount for p in self.payments)

    @property
    def refunded(self) -> int:
        return sum(r.amount for r in self.refunds)

    @property
    def settled(self) -> int:
        """What the customer has paid towards this invoice, here or on the one it corrects."""
        return self.paid + self.carried_in

    @property
    def cancelled(self) -> bool:
        return self.status is not InvoiceStatus.ISSUED

    @property
    def balance(self) -> int:
        """Still owed; nothing is owed on a cancelled invoice."""
        return 0 if self.cancelled else self.total - self.settled

    @property
    def is_paid(self) -> bool:
        return not self.cancelled and self.balance == 0

    @property
    def refundable(self) -> int:
        """Money paid on a cancelled invoice that is neither given back nor carried to its correction."""
        return self.settled - self.carried_out - self.refunded if self.cancelled else 0

    def part_lines(self) -> tuple[PartLine, ...]:
        return tuple(
            PartLine(ln.part_request_id, ln.part_id, ln.part_code, ln.description, ln.quantity, ln.unit_price)
            for ln in self.lines
            if ln.kind is LineKind.PART
        )

    # -- taking money ---------------------------------------------------------------
    def plan_payment(self, tenders: Iterable[Tender], cash_tendered: int = 0) -> PaymentPlan:
        """Check a TakePayment against this invoice; nothing changes until `take`."""
        self._ensure_payable()
        return plan_payment(self.balance, tenders, cash_tendered)

    def take(self, plan: PaymentPlan, payment_ids: Sequence[int], *, at: str, business_day: str) -> None:
        """Record every payment of `plan` (checked again, all of them or none) and the change given."""
        if len(payment_ids) != len(plan.payments):
            raise ValueError("one payment id per tender")
        plan = self.plan_payment(plan.payments, plan.cash_tendered)
        for payment_id, tender in zip(payment_ids, plan.payments, strict=True):
            tendered = plan.cash_tendered if tender.method == CASH else 0
            self.pay(payment_id, tender.amount, tender.method, at=at, business_day=business_day, tendered=tendered)
        self.events.append(
            PaymentTaken(
                self.invoice_no,
                self.receipt_id,
                plan.by_method("cash"),
                plan.by_method("card"),
                plan.by_method("transfer"),
                plan.cash_tendered,
                plan.change,
                self.balance,
                at,
            )
        )

    def pay(self, payment_id: int, amount: int, method: str, *, at: str, business_day: str, tendered: int = 0) -> None:
        """One payment (RecordPayment): never more than is owed, never on a cancelled invoice."""
        amount, method = money(amount, Field.AMOUNT), payment_method(method)
        self._ensure_payable()
        if amount > self.balance:
            raise Conflict("billing.over_balance", invoice_no=self.invoice_no, amount=amount, balance=self.balance)
        self.payments.append(Payment(payment_id, method, amount, at, business_day, tendered))
        self.events.append(
            PaymentRecorded(payment_id, self.invoice_no, self.receipt_id, amount, method, self.settled, self.balance)
        )

    def _ensure_payable(self) -> None:
        self._ensure_issued("billing.pay_voided", "billing.pay_corrected")
        if self.balance == 0:
            raise Conflict("billing.already_paid", invoice_no=self.invoice_no)

    def _ensure_issued(self, voided_code: str, corrected_code: str) -> None:
        if self.status is InvoiceStatus.VOIDED:
            raise IllegalTransition(voided_code, invoice_no=self.invoice_no, credit_note_no=self.credit_note_no)
        if self.status is InvoiceStatus.CORRECTED:
            raise IllegalTransition(corrected_code, invoice_no=self.invoice_no, new_invoice_no=self.corrected_by)

    # -- cancelling -----------------------------------------------------------------
    def void(self, credit_note_no: str, reason: str, *, at: str, business_day: str = "") -> None:
        """Cancel by a credit note, counted on `business_day` (else the day of `at`); money paid is refundable."""
        self._ensure_issued("billing.already_voided", "billing.already_corrected")
        self._cancel(InvoiceStatus.VOIDED, credit_note_no, reason, at, business_day or at[:10])

    def _cancel(self, status: InvoiceStatus, credit_note_no: str, reason: str, at: str, business_day: str) -> None:
        settled = self.settled
        self.status, self.credit_note_no, self.void_reason, self.voided_at = status, credit_note_no, reason, at
        self.credit_note_day = business_day
        self.events.append(InvoiceVoided(self.invoice_no, self.receipt_id, credit_note_no, reason, self.total, settled))

    def refund(self, refund_id: int, amount: int, method: str, *, at: str, business_day: str) -> None:
        """Give back money paid on a cancelled invoice, never more than is left to give back."""
        amount, method = money(amount, Field.AMOUNT), payment_method(method)
        if not self.cancelled:
            raise IllegalTransition("billing.refund_needs_credit_note", invoice_no=self.invoice_no)
        if self.refundable == 0:
            raise Conflict("billing.nothing_to_refund", invoice_no=self.invoice_no)
        if amount > self.refundable:
            raise Conflict("billing.refund_over", invoice_no=self.invoice_no, amount=amount, refundable=self.refundable)
        self.refunds.append(Refund(refund_id, method, amount, at, business_day))
        self.events.append(
            RefundRecorded(
                refund_id,
                self.invoice_no,
                self.receipt_id,
                self.credit_note_no,
                amount,
                method,
                self.refunded,
                self.refundable,
            )
        )

    def correct(
        self,
        *,
        new_invoice_no: str,
        credit_note_no: str,
        reason: str,
        labour: Sequence[tuple[str, int]],
        discounts: Sequence[DiscountSpec] = (),
        at: str,
        business_day: str,
        by: str = "",
    ) -> Invoice:
        """Credit this invoice and issue its replacement for the same job, in one step.

        The new invoice restates labour and discounts in full; the part lines
        carry over as they are (they are what left the shelf). A discount's
        `on_line` numbers the new invoice's lines: labour 1…L, then the parts.
        """
        self._ensure_issued("billing.already_voided", "billing.already_corrected")
        lines = corrected_lines(self.lines, labour, discounts, by)
        pricing = price(lines, self.vat_rate)  # refuses a discount over its line or the bill
        if pricing.charges > room_for_charges(0, self.vat_rate):
            raise InvalidInput("billing.bill_too_large", field=Field.LABOUR, most=room_for_charges(0, self.vat_rate))
        if same_lines(lines, self.lines):
            raise Conflict("billing.correction_changes_nothing", invoice_no=self.invoice_no)
        carried = min(self.settled, pricing.total)
        new = Invoice(
            new_invoice_no,
            self.receipt_id,
            self.job_id,
            self.customer_name,
            self.car_number,
            at,
            business_day,
            self.vat_rate,
            lines,
            carried_in=carried,
            corrects=self.invoice_no,
        )
        self.carried_out, self.corrected_by = carried, new_invoice_no
        self._cancel(InvoiceStatus.CORRECTED, credit_note_no, reason, at, business_day)  # with the new invoice
        new.events.append(new._issued())
        new.events.append(
            InvoiceCorrected(
                self.invoice_no,
                self.receipt_id,
                self.job_id,
                credit_note_no,
                new_invoice_no,
                reason,
                self.total,
                pricing.total,
                carried,
                at,
                tuple(
                    CorrectedLine(
                        ln.kind.value,
                        ln.description,
                        pricing.amounts[ln.number],
                        percent_text(ln.percent) if ln.percent else "0",
                        ln.on_line,
                    )
                    for ln in lines
                    if ln.kind is not LineKind.PART
                ),
            )
        )
        return new

    # -- the tax office's papers ----------------------------------------------------
    def cash_receipt_due(self, threshold: int = CASH_RECEIPT_THRESHOLD) -> bool:
        """A sale of `threshold` won or more has cash or transfer payments without a 현금영수증."""
        if self.tax_business_number or self.total < threshold:
            return False
        return any(p.method in CASH_LIKE and not p.cash_receipt_no for p in self.payments)

    def record_cash_receipt(self, approval_no: str, *, at: str) -> None:
        """The 현금영수증 for every cash and transfer payment that has none yet."""
        approval_no = approval_number(approval_no)
        self._ensure_issued("billing.cash_receipt_voided", "billing.cash_receipt_corrected")
        if self.tax_business_number:
            raise Conflict("billing.cash_receipt_after_tax_invoice", invoice_no=self.invoice_no)
        waiting = [p for p in self.payments if p.method in CASH_LIKE and not p.cash_receipt_no]
        if not waiting:
            raise Conflict("billing.no_cash_payment_waiting", invoice_no=self.invoice_no)
        self.payments = [replace(p, cash_receipt_no=approval_no) if p in waiting else p for p in self.payments]
        self.events.append(
            CashReceiptRecorded(self.invoice_no, self.receipt_id, approval_no, sum(p.amount for p in waiting), at)
        )

    def request_tax_invoice(self, business_number: str, *, company_name: str = "", email: str = "", at: str) -> None:
        """A 세금계산서 for this sale, to the business `business_number` (ten checked digits)."""
        business_number = checked_business_number(business_number)
        self._ensure_issued("billing.tax_invoice_voided", "billing.tax_invoice_corrected")
        if self.tax_business_number:
            raise Conflict("billing.tax_invoice_already", invoice_no=self.invoice_no)
        if any(p.cash_receipt_no for p in self.payments):
            raise Conflict("billing.tax_invoice_after_cash_receipt", invoice_no=self.invoice_no)
        self.tax_business_number = business_number
        self.events.append(
            TaxInvoiceRequested(self.invoice_no, self.receipt_id, business_number, company_name, email, at)
        )
