"""Checking what a person typed into a billing command: every refusal a code, naming its field.

The names of the fields are `Message`s themselves, so a refusal renders in one
language from end to end ("할인율 항목이 너무 큽니다", never half English).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from domain.errors import InvalidInput
from domain.messages import MAX_ID, MAX_MONEY
from domain.texts import Message


class Field:
    """The fields a billing refusal can name."""

    JOB = Message("billing.field.job")
    LINE = Message("billing.field.line")
    DESCRIPTION = Message("billing.field.description")
    AMOUNT = Message("billing.field.amount")
    PERCENT = Message("billing.field.percent")
    INVOICE = Message("billing.field.invoice")
    REASON = Message("billing.field.reason")
    TENDERS = Message("billing.field.tenders")
    METHOD = Message("billing.field.method")
    CASH_TENDERED = Message("billing.field.cash_tendered")
    LABOUR = Message("billing.field.labour")
    DISCOUNTS = Message("billing.field.discounts")
    DAY = Message("billing.field.day")
    APPROVAL_NO = Message("billing.field.approval_no")
    BUSINESS_NUMBER = Message("billing.field.business_number")
    COMPANY_NAME = Message("billing.field.company_name")
    EMAIL = Message("billing.field.email")


def _plain_text(value: object, field: Message, max_len: int) -> str:
    if not isinstance(value, str):
        raise InvalidInput("billing.not_text", field=field)
    text = value.strip()
    if len(text) > max_len:
        raise InvalidInput("billing.too_long", field=field, most=max_len)
    # Never typed at a desk, they garble screens and PDFs, and PostgreSQL refuses NUL outright.
    if any((ord(ch) < 32 and ch not in "\t\n\r") or ord(ch) == 127 for ch in text):
        raise InvalidInput("billing.control_character", field=field)
    return text


def required_text(value: object, field: Message, max_len: int = 120) -> str:
    """`value` stripped; a blank, over-long or garbled text is refused."""
    if isinstance(value, str) and not value.strip():
        raise InvalidInput("billing.required", field=field)
    return _plain_text(value, field, max_len)


def optional_text(value: object, field: Message, max_len: int = 200) -> str:
    """`value` stripped, '' when missing; a non-text, over-long or garbled one is refused."""
    return "" if value is None else _plain_text(value, field, max_len)


def _whole(value: object, field: Message) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput("billing.whole_number", field=field, value=_shown(value))
    return value


def _shown(value: object) -> str:
    # What was typed, short, for a person to recognise: a number is no one's private data.
    text = repr(value)
    return text if len(text) <= 20 else text[:19] + "…"


def money(value: object, field: Message, *, maximum: int = MAX_MONEY) -> int:
    """An amount of won above 0."""
    amount = _whole(value, field)
    if amount <= 0:
        raise InvalidInput("billing.not_positive", field=field, value=amount)
    if amount > maximum:
        raise InvalidInput("billing.too_large", field=field, most=maximum)
    return amount


def money_or_zero(value: object, field: Message, *, maximum: int = MAX_MONEY) -> int:
    """An amount of won, 0 allowed."""
    amount = _whole(value, field)
    if amount < 0:
        raise InvalidInput("billing.negative", field=field, value=amount)
    if amount > maximum:
        raise InvalidInput("billing.too_large", field=field, most=maximum)
    return amount


def identifier(value: object, field: Message) -> int:
    """A positive id that fits the 32-bit columns ids live in."""
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise InvalidInput("billing.bad_id", field=field, value=_shown(value))
    if value > MAX_ID:
        raise InvalidInput("billing.id_out_of_range", field=field, value=value)
    return value


HUNDRED = Decimal(100)


def percent(value: object, field: Message = Field.PERCENT) -> Decimal:
    """A percentage as a Decimal with at most two decimals, 0 to 100 (0 means none)."""
    if isinstance(value, bool):
        raise InvalidInput("billing.percent_not_number", field=field, value=_shown(value))
    if isinstance(value, float):
        value = repr(value)  # 12.5 is what was meant, not 12.4999999…
    if isinstance(value, str):
        value = value.strip().removesuffix("%").strip()
    try:
        number = Decimal(value)  # type: ignore[arg-type]
    except (InvalidOperation, TypeError, ValueError):
        raise InvalidInput("billing.percent_not_number", field=field, value=_shown(value)) from None
    if not number.is_finite():
        raise InvalidInput("billing.percent_not_number", field=field, value=_shown(value))
    if number < 0:
        raise InvalidInput("billing.percent_negative", field=field, value=_shown(value))
    if number > HUNDRED:
        raise InvalidInput("billing.percent_over_hundred", field=field, percent=str(number))
    if number != number.quantize(Decimal("0.01")):
        raise InvalidInput("billing.percent_precision", field=field, percent=str(number))
    return number


def percent_text(number: Decimal) -> str:
    """'10', '12.5': a percentage as people write it (and as events keep it)."""
    return format(number.normalize(), "f") if number else "0"


def pairs(value: object, field: Message, most: int) -> tuple[tuple[Any, ...], ...]:
    """A tuple (or list) of tuples, at most `most` of them."""
    if not isinstance(value, tuple | list):
        raise InvalidInput("billing.not_a_list", field=field)
    if len(value) > most:
        raise InvalidInput("billing.too_many", field=field, most=most)
    for item in value:
        if not isinstance(item, tuple | list):
            raise InvalidInput("billing.not_a_list", field=field)
    return tuple(tuple(item) for item in value)
