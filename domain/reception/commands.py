"""Commands of the reception context."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from domain.errors import InvalidInput
from domain.messages import (
    MAX_MONEY,
    Command,
    optional_text,
    require_id,
    require_money,
    require_positive,
    require_text,
)

PAYMENT_METHODS = ("cash", "card", "transfer")
MAX_MAN_DAY_PER_REPAIR = 365
_PHONE = re.compile(r"^[0-9+()\- ]*$")


def normalise_car_number(value: object) -> str:
    """'12 가 3456' and '12가3456' are the same car: spaces are dropped."""
    return _upper("".join(require_text(value, "Car number", 20).split()), "Car number", 20)


def _upper(text: str, label: str, max_len: int) -> str:
    """Upper-case, still within `max_len` ('ß'.upper() is 'SS')."""
    text = text.upper()
    if len(text) > max_len:
        raise InvalidInput(f"{label} is too long (at most {max_len} characters).")
    return text


@dataclass(frozen=True)
class RequestRepair(Command):
    """A customer asks for a repair by a mechanic. Returns the receipt id."""

    customer_name: str
    car_number: str
    mechanic_id: int
    man_day: int
    fare: int
    car_id: str = ""
    customer_phone: str = ""
    term: str = ""
    request_note: str = ""

    def validated(self) -> RequestRepair:
        phone = optional_text(self.customer_phone, "Phone", 30)
        if not _PHONE.match(phone):
            raise InvalidInput(f"Phone {phone!r} may only hold digits, spaces, +, - and brackets.")
        return RequestRepair(
            customer_name=require_text(self.customer_name, "Customer name", 80),
            car_number=normalise_car_number(self.car_number),
            mechanic_id=require_id(self.mechanic_id, "Mechanic number"),
            man_day=require_positive(self.man_day, "Man-days", MAX_MAN_DAY_PER_REPAIR),
            fare=require_money(self.fare, "Labour fare"),
            car_id=_upper(optional_text(self.car_id, "Car id (VIN)", 40), "Car id (VIN)", 40),
            customer_phone=phone,
            term=optional_text(self.term, "Term", 80),
            request_note=optional_text(self.request_note, "Notes", 2000),
        )


@dataclass(frozen=True)
class CancelRepair(Command):
    """The customer withdraws a request before its job starts."""

    receipt_id: int
    reason: str = ""

    def validated(self) -> CancelRepair:
        return CancelRepair(require_id(self.receipt_id, "Receipt number"), optional_text(self.reason, "Reason", 200))


def require_invoice_no(value: object) -> str:
    return require_text(value, "Invoice number", 40)


@dataclass(frozen=True)
class RecordPayment(Command):
    """Take a payment against an invoice. Returns the payment id."""

    invoice_no: str
    amount: int
    method: str

    def validated(self) -> RecordPayment:
        return RecordPayment(
            require_invoice_no(self.invoice_no),
            require_positive(self.amount, "Amount", MAX_MONEY),
            _require_method(self.method),
        )


@dataclass(frozen=True)
class VoidInvoice(Command):
    """Cancel an issued invoice by a credit note. Returns the credit note number."""

    invoice_no: str
    reason: str

    def validated(self) -> VoidInvoice:
        return VoidInvoice(require_invoice_no(self.invoice_no), require_text(self.reason, "Reason for the void", 200))


def _require_method(value: object) -> str:
    method = require_text(value, "Payment method", 20).lower()
    if method not in PAYMENT_METHODS:
        raise InvalidInput(f"Unknown payment method {method!r}: use cash, card or transfer.")
    return method


@dataclass(frozen=True)
class RecordRefund(Command):
    """Give back money paid on a voided invoice, by method. Returns the refund id."""

    invoice_no: str
    amount: int
    method: str

    def validated(self) -> RecordRefund:
        return RecordRefund(
            require_invoice_no(self.invoice_no),
            require_positive(self.amount, "Refund amount", MAX_MONEY),
            _require_method(self.method),
        )


@dataclass(frozen=True)
class CloseDay(Command):
    """Close the till for a business day (Z report). `day` is YYYY-MM-DD, '' for today.

    Returns the Z report number.
    """

    day: str = ""

    def validated(self) -> CloseDay:
        text = optional_text(self.day, "Day", 10)
        if text:
            try:
                text = date.fromisoformat(text).isoformat()
            except ValueError:
                raise InvalidInput(f"Day {text!r} is not a date; write it as YYYY-MM-DD.") from None
        return CloseDay(text)
