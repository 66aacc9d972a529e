"""The inputs of the customers context by name, and the checks every text, id, year and date goes through.

A refusal names its input with `field=` (a `Message`, so it renders in the
reader's language) and never quotes what was typed: a name, a phone or a car
number is personal data, and error messages end up in logs.
"""

from __future__ import annotations

from datetime import date, datetime

from domain.errors import InvalidInput
from domain.texts import Message


class Field:
    """The name of each input, as put into refusals (`field=Field.PHONE`)."""

    NAME = Message("customers.field.name")
    PHONE = Message("customers.field.phone")
    NOTE = Message("customers.field.note")
    CAR_NUMBER = Message("customers.field.car_number")
    NEW_CAR_NUMBER = Message("customers.field.new_car_number")
    VIN = Message("customers.field.vin")
    MODEL = Message("customers.field.model")
    YEAR = Message("customers.field.year")
    FIRST_REGISTERED = Message("customers.field.first_registered")
    MILEAGE = Message("customers.field.mileage")
    ODOMETER_REPLACED = Message("customers.field.odometer_replaced")
    CUSTOMER_ID = Message("customers.field.customer_id")
    VEHICLE_ID = Message("customers.field.vehicle_id")
    KEEP_ID = Message("customers.field.keep_id")
    MERGE_ID = Message("customers.field.merge_id")
    CONSENT = Message("customers.field.consent")


NAME_MAX = 80  # the receipt's customer_name column
NOTE_MAX = 2000
MODEL_MAX = 80
MAX_ID = 2**31 - 1  # ids are 32-bit integer columns (PostgreSQL refuses a larger bind value)
#: Model years a car at the desk can have. No clock here: the domain does not know "today".
YEAR_MIN, YEAR_MAX = 1900, 2100
DATE_MIN, DATE_MAX = date(1900, 1, 1), date(2100, 12, 31)


def _refuse_control_characters(text: str, field: Message) -> None:
    # Never typed at a desk, they garble screens and PDFs, and PostgreSQL refuses NUL outright.
    if any((ord(ch) < 32 and ch not in "\t\n\r") or ord(ch) == 127 for ch in text):
        raise InvalidInput("customers.control_character", field=field)


def optional_text(value: object, field: Message, limit: int) -> str:
    """`value` stripped ('' when None or blank); refuses a non-text, over-long or garbled one."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidInput("customers.not_text", field=field)
    text = value.strip()
    if len(text) > limit:
        raise InvalidInput("customers.too_long", field=field, limit=limit)
    _refuse_control_characters(text, field)
    return text


def required_text(value: object, field: Message, limit: int) -> str:
    """`value` stripped; refuses a blank, non-text, over-long or garbled one."""
    if value is not None and not isinstance(value, str):
        raise InvalidInput("customers.not_text", field=field)
    text = optional_text(value, field, limit)
    if not text:
        raise InvalidInput("customers.required", field=field)
    return text


def customer_name(value: object) -> str:
    """A customer's name: required, at most 80 characters, inner runs of spaces made one."""
    return " ".join(required_text(value, Field.NAME, NAME_MAX).split())


def note(value: object) -> str:
    return optional_text(value, Field.NOTE, NOTE_MAX)


def model(value: object) -> str:
    """The model (차명) as written, e.g. '아반떼 CN7'; inner runs of spaces made one."""
    return " ".join(optional_text(value, Field.MODEL, MODEL_MAX).split())


def record_id(value: object, field: Message) -> int:
    """A positive whole number that can be a row id."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_ID:
        raise InvalidInput("customers.record_id", field=field)
    return value


def optional_record_id(value: object, field: Message) -> int | None:
    return None if value is None else record_id(value, field)


def model_year(value: object, field: Message = Field.YEAR) -> int:
    """A model year, 1900–2100."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput("customers.whole_number", field=field)
    if not YEAR_MIN <= value <= YEAR_MAX:
        raise InvalidInput("customers.year_range", field=field, year=value, minimum=YEAR_MIN, maximum=YEAR_MAX)
    return value


def iso_date(value: object, field: Message) -> date | None:
    """A `date` from 'YYYY-MM-DD' (or a `date`); None for '' or None."""
    if isinstance(value, datetime):
        day: date | None = value.date()
    elif value is None or isinstance(value, date):
        day = value
    else:
        text = optional_text(value, field, 10)
        if not text:
            return None
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise InvalidInput("customers.date_format", field=field) from None
    if day is not None and not DATE_MIN <= day <= DATE_MAX:
        raise InvalidInput("customers.date_format", field=field)
    return day


def yes_no(value: object, field: Message) -> bool:
    if not isinstance(value, bool):
        raise InvalidInput("customers.not_bool", field=field)
    return value
