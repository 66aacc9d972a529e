"""The Korean shop's papers for the tax office: 현금영수증 (cash receipt) and 세금계산서 (tax invoice).

A repair shop must issue a cash receipt for a sale of 100,000 won or more
(VAT included) paid in cash, whether or not the customer asks; a bank
transfer counts as cash. The desk records the approval number the card
terminal prints. A business customer may ask for a tax invoice instead, for
its registration number; one sale gets one of the two, never both.
"""

from __future__ import annotations

import re

from domain.billing.fields import Field
from domain.errors import InvalidInput

#: From this sale total (VAT included) on, a cash or transfer payment needs a 현금영수증.
CASH_RECEIPT_THRESHOLD = 100_000

_DIGITS_AND_SEPARATORS = re.compile(r"^[0-9\- ]+$")
_APPROVAL_NO = re.compile(r"^[0-9]{6,20}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")

# The registration number's check digit (국세청): weights for the first nine digits, and
# the ninth digit times five once more, carried as its tens.
_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)


def business_number_check_digit(first_nine: str) -> int:
    """The tenth digit of a 사업자등록번호 whose first nine digits are `first_nine`."""
    digits = [int(ch) for ch in first_nine]
    total = sum(d * w for d, w in zip(digits, _WEIGHTS, strict=True)) + digits[8] * 5 // 10
    return (10 - total % 10) % 10


def business_number(value: object) -> str:
    """'124-81-00998' or '1248100998' as its ten digits; a wrong length or check digit is refused."""
    if not isinstance(value, str) or not _DIGITS_AND_SEPARATORS.match(value.strip() or "x"):
        raise InvalidInput("billing.business_number_form", field=Field.BUSINESS_NUMBER)
    digits = "".join(ch for ch in value if ch.isdigit())
    if len(digits) != 10:
        raise InvalidInput("billing.business_number_length", field=Field.BUSINESS_NUMBER, digits=len(digits))
    if business_number_check_digit(digits[:9]) != int(digits[9]):
        raise InvalidInput("billing.business_number_check", field=Field.BUSINESS_NUMBER)
    return digits


def format_business_number(digits: str) -> str:
    """'1248100998' as printed: '124-81-00998'."""
    return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"


def approval_number(value: object) -> str:
    """A cash-receipt approval number: 6 to 20 digits (spaces and dashes dropped)."""
    text = "".join(value.replace("-", " ").split()) if isinstance(value, str) else ""
    if not _APPROVAL_NO.match(text):
        raise InvalidInput("billing.approval_no_form", field=Field.APPROVAL_NO)
    return text


def email_address(value: object) -> str:
    """'' or an address the tax invoice can be sent to."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return ""
    if not isinstance(value, str) or len(value.strip()) > 120 or not _EMAIL.match(value.strip()):
        raise InvalidInput("billing.email_form", field=Field.EMAIL)
    return value.strip()
