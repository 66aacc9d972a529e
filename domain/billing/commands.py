"""Commands of the billing context.

RecordPayment, VoidInvoice, RecordRefund and CloseDay are still defined in
domain.reception.commands (published names, unchanged); these are the new ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from domain.billing.bill import MAX_LINES
from domain.billing.fields import (
    Field,
    identifier,
    money,
    money_or_zero,
    optional_text,
    pairs,
    percent,
    required_text,
)
from domain.billing.lines import DiscountSpec
from domain.billing.tax import approval_number, business_number, email_address
from domain.billing.tender import Tender, tenders_of
from domain.errors import InvalidInput
from domain.messages import Command

DESCRIPTION_MAX = 120


def invoice_number(value: object) -> str:
    return required_text(value, Field.INVOICE, 40)


def _amount_or_percent(amount: object, pct: object) -> tuple[int, Decimal]:
    """Exactly one of a discount's amount (won) and percent."""
    won = money_or_zero(amount, Field.AMOUNT)
    share = percent(pct)
    if won and share:
        raise InvalidInput("billing.discount_both", field=Field.AMOUNT)
    if not won and not share:
        raise InvalidInput("billing.discount_neither", field=Field.AMOUNT)
    return won, share


def _optional_line(value: object) -> int | None:
    """None (or 0) for the whole bill, else a line id."""
    if value is None or (type(value) is int and value == 0):
        return None
    return identifier(value, Field.LINE)


@dataclass(frozen=True)
class AddLabour(Command):
    """More work on a started job's bill. Returns the line id."""

    job_id: int
    description: str
    amount: int

    def validated(self) -> AddLabour:
        return AddLabour(
            identifier(self.job_id, Field.JOB),
            required_text(self.description, Field.DESCRIPTION, DESCRIPTION_MAX),
            money(self.amount, Field.AMOUNT),
        )


@dataclass(frozen=True)
class AddDiscount(Command):
    """`amount` won or `percent` % off line `line_id`, or off the whole bill (None), before the job is finished.

    Returns the line id.
    """

    job_id: int
    description: str
    amount: int = 0
    percent: Decimal | int | str = 0
    line_id: int | None = None

    def validated(self) -> AddDiscount:
        won, share = _amount_or_percent(self.amount, self.percent)
        return AddDiscount(
            identifier(self.job_id, Field.JOB),
            required_text(self.description, Field.DESCRIPTION, DESCRIPTION_MAX),
            won,
            share,
            _optional_line(self.line_id),
        )


@dataclass(frozen=True)
class RemoveLine(Command):
    """Take a labour or discount line off its job's bill (and the discounts on it), until the job is finished."""

    line_id: int

    def validated(self) -> RemoveLine:
        return RemoveLine(identifier(self.line_id, Field.LINE))


@dataclass(frozen=True)
class TakePayment(Command):
    """Card, cash and transfer at once: `tenders` are `(method, amount)` pairs, recorded all or none.

    `cash_tendered` is the cash handed over (0: exactly the cash tender). Returns the change to give.
    """

    invoice_no: str
    tenders: tuple[tuple[str, int], ...]
    cash_tendered: int = 0

    def validated(self) -> TakePayment:
        tenders = tenders_of(self.tenders)
        return TakePayment(
            invoice_number(self.invoice_no),
            tuple((t.method, t.amount) for t in tenders),
            money_or_zero(self.cash_tendered, Field.CASH_TENDERED),
        )

    def tender_list(self) -> tuple[Tender, ...]:
        return tuple(Tender(method, amount) for method, amount in self.tenders)


@dataclass(frozen=True)
class CorrectInvoice(Command):
    """Replace an issued invoice in one step (재발행): its credit note and a new invoice for the same job.

    `labour` is the new invoice's labour in full, `(description, amount)` pairs;
    `discounts` its discounts in full, `(description, amount, percent, on_line)`
    (percent and on_line may be left off); the part lines carry over unchanged.
    `on_line` numbers the new invoice's lines, labour first, then parts; 0 is
    the whole bill. Returns the new invoice number.
    """

    invoice_no: str
    reason: str
    labour: tuple[tuple[str, int], ...] = ()
    discounts: tuple[tuple[Any, ...], ...] = ()

    def validated(self) -> CorrectInvoice:
        labour = tuple(self._labour_line(item) for item in pairs(self.labour, Field.LABOUR, MAX_LINES))
        discounts = tuple(self._discount_line(item) for item in pairs(self.discounts, Field.DISCOUNTS, MAX_LINES))
        return CorrectInvoice(
            invoice_number(self.invoice_no),
            required_text(self.reason, Field.REASON, 200),
            labour,
            discounts,
        )

    @staticmethod
    def _labour_line(item: tuple[Any, ...]) -> tuple[str, int]:
        if len(item) != 2:
            raise InvalidInput("billing.labour_shape", field=Field.LABOUR)
        return required_text(item[0], Field.DESCRIPTION, DESCRIPTION_MAX), money(item[1], Field.AMOUNT)

    @staticmethod
    def _discount_line(item: tuple[Any, ...]) -> DiscountSpec:
        if not 2 <= len(item) <= 4:
            raise InvalidInput("billing.discount_shape", field=Field.DISCOUNTS)
        description, amount, pct, on_line = (*item, 0, 0)[:4]
        won, share = _amount_or_percent(amount, pct)
        line = _optional_line(on_line) or 0
        return required_text(description, Field.DESCRIPTION, DESCRIPTION_MAX), won, share, line


@dataclass(frozen=True)
class RecordCashReceipt(Command):
    """The 현금영수증 approval number for an invoice's cash and transfer payments that have none."""

    invoice_no: str
    approval_no: str

    def validated(self) -> RecordCashReceipt:
        return RecordCashReceipt(invoice_number(self.invoice_no), approval_number(self.approval_no))


@dataclass(frozen=True)
class RequestTaxInvoice(Command):
    """The customer's business asks for a 세금계산서 for this invoice (instead of a 현금영수증)."""

    invoice_no: str
    business_number: str
    company_name: str = ""
    email: str = ""

    def validated(self) -> RequestTaxInvoice:
        return RequestTaxInvoice(
            invoice_number(self.invoice_no),
            business_number(self.business_number),
            optional_text(self.company_name, Field.COMPANY_NAME, 80),
            email_address(self.email),
        )
