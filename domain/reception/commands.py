"""Commands of the reception context, and the limits their fields are held to."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from domain.common.fields import Field
from domain.customers.fields import Field as CustomersField
from domain.customers.fields import yes_no
from domain.customers.identifiers import normalise_car_number as register_car_number
from domain.customers.identifiers import optional_mileage
from domain.errors import InvalidInput
from domain.mechanic.schedule import parse_wanted_by
from domain.messages import (
    MAX_MONEY,
    Check,
    Command,
    fits,
    optional_text,
    require_id,
    require_money,
    require_positive,
    require_text,
)

PAYMENT_METHODS = ("cash", "card", "transfer")

# The longest each field may be (the columns are sized to them; forms ask the command).
MAX_CUSTOMER_NAME = 80
MAX_CAR_NUMBER = 20
MAX_CAR_ID = 40
MAX_PHONE = 30
MAX_TERM = 80
MAX_REQUEST_NOTE = 2000
MAX_REASON = 200
MAX_INVOICE_NO = 40
MAX_MAN_DAY_PER_REPAIR = 365

_PHONE = re.compile(r"^[0-9+()\- ]*$")


def compact_car_number(text: str) -> str:
    """'12 가 3456' and '12가3456' are the same car: spaces are dropped, letters upper-cased."""
    return "".join(text.split()).upper()


def normalise_car_number(value: object) -> str:
    """A car number as it is stored: compact, within its length, or a refusal.

    Blank is `common.required` (a form shows it once sent); anything else the
    register would refuse (only punctuation, a character no plate has, too
    short or long) is the register's own refusal, so a form marks it as typed
    rather than after the request was sent. The receipt keeps the number as typed.
    """
    typed = fits(
        compact_car_number(require_text(value, Field.CAR_NUMBER, MAX_CAR_NUMBER)), Field.CAR_NUMBER, MAX_CAR_NUMBER
    )
    register_car_number(value)
    return typed


def _car_id(value: object) -> str:
    # Upper-casing may lengthen it ('ß'.upper() is 'SS'): the limit holds after.
    return fits(optional_text(value, Field.CAR_ID, MAX_CAR_ID).upper(), Field.CAR_ID, MAX_CAR_ID)


def require_phone(value: object) -> str:
    """A phone number: digits, spaces, +, - and brackets only ('' when none)."""
    phone = optional_text(value, Field.PHONE, MAX_PHONE)
    if not _PHONE.match(phone):
        raise InvalidInput("reception.phone_pattern", field=Field.PHONE, phone=phone)
    return phone


def _wanted_by(value: object) -> str:
    day = parse_wanted_by(value)
    return "" if day is None else day.isoformat()


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
    wanted_by: str = ""  # YYYY-MM-DD the customer needs it by ('' when any date will do)
    mileage: int | None = None  # km on the odometer (customers context: recorded on the vehicle)
    odometer_replaced: bool = False  # the desk confirmed a reading below the last one

    checks: ClassVar[dict[str, Check]] = {
        "customer_name": lambda v: require_text(v, Field.CUSTOMER_NAME, MAX_CUSTOMER_NAME),
        "customer_phone": require_phone,
        "car_number": normalise_car_number,
        "car_id": _car_id,
        "mechanic_id": lambda v: require_id(v, Field.MECHANIC_NUMBER),
        "man_day": lambda v: require_positive(v, Field.MAN_DAYS, MAX_MAN_DAY_PER_REPAIR),
        "fare": lambda v: require_money(v, Field.LABOUR_FARE),
        "term": lambda v: optional_text(v, Field.TERM, MAX_TERM),
        "request_note": lambda v: optional_text(v, Field.NOTES, MAX_REQUEST_NOTE),
        "wanted_by": _wanted_by,
        "mileage": optional_mileage,
        "odometer_replaced": lambda v: yes_no(v, CustomersField.ODOMETER_REPLACED),
    }


@dataclass(frozen=True)
class CancelRepair(Command):
    """The customer withdraws a request before its job starts."""

    receipt_id: int
    reason: str = ""

    checks: ClassVar[dict[str, Check]] = {
        "receipt_id": lambda v: require_id(v, Field.RECEIPT_NUMBER),
        "reason": lambda v: optional_text(v, Field.REASON, MAX_REASON),
    }


def require_invoice_no(value: object) -> str:
    return require_text(value, Field.INVOICE_NUMBER, MAX_INVOICE_NO)


def require_method(value: object) -> str:
    """One of PAYMENT_METHODS, in any case."""
    method = require_text(value, Field.PAYMENT_METHOD, 20).lower()
    if method not in PAYMENT_METHODS:
        raise InvalidInput("reception.unknown_payment_method", field=Field.PAYMENT_METHOD, method=method)
    return method


@dataclass(frozen=True)
class RecordPayment(Command):
    """Take a payment against an invoice. Returns the payment id."""

    invoice_no: str
    amount: int
    method: str

    checks: ClassVar[dict[str, Check]] = {
        "invoice_no": require_invoice_no,
        "amount": lambda v: require_positive(v, Field.AMOUNT, MAX_MONEY),
        "method": require_method,
    }


@dataclass(frozen=True)
class VoidInvoice(Command):
    """Cancel an issued invoice by a credit note. Returns the credit note number."""

    invoice_no: str
    reason: str

    checks: ClassVar[dict[str, Check]] = {
        "invoice_no": require_invoice_no,
        "reason": lambda v: require_text(v, Field.VOID_REASON, MAX_REASON),
    }


@dataclass(frozen=True)
class RecordRefund(Command):
    """Give back money paid on a voided invoice, by method. Returns the refund id."""

    invoice_no: str
    amount: int
    method: str

    checks: ClassVar[dict[str, Check]] = {
        "invoice_no": require_invoice_no,
        "amount": lambda v: require_positive(v, Field.REFUND_AMOUNT, MAX_MONEY),
        "method": require_method,
    }


def _business_day(value: object) -> str:
    text = optional_text(value, Field.DAY, 10)
    if not text:
        return ""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise InvalidInput("reception.not_a_date", field=Field.DAY, day=text) from None


@dataclass(frozen=True)
class CloseDay(Command):
    """Close the till for a business day (Z report). `day` is YYYY-MM-DD, '' for today.

    Returns the Z report number.
    """

    day: str = ""

    checks: ClassVar[dict[str, Check]] = {"day": _business_day}
