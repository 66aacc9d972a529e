"""The fields commands check, as messages: `params["field"]` of an InvalidInput is one of these.

A screen maps a field's code to its input widget, so a refusal marks the input it is about.
"""

from __future__ import annotations

from domain.texts import Message


def _field(name: str) -> Message:
    return Message(f"common.field.{name}")


class Field:
    """Named fields (their names in every language are in domain/common/texts.py)."""

    CUSTOMER_NAME = _field("customer_name")
    CAR_NUMBER = _field("car_number")
    CAR_ID = _field("car_id")
    PHONE = _field("phone")
    MECHANIC_NUMBER = _field("mechanic_number")
    MECHANIC_NAME = _field("mechanic_name")
    WANTED_BY = _field("wanted_by")
    WORKING_DAYS = _field("working_days")
    CLOSURE = _field("closure")
    DAY_OFF = _field("day_off")
    MAN_DAYS = _field("man_days")
    LABOUR_FARE = _field("labour_fare")
    TERM = _field("term")
    NOTES = _field("notes")
    REASON = _field("reason")
    VOID_REASON = _field("void_reason")
    RECEIPT_NUMBER = _field("receipt_number")
    JOB_NUMBER = _field("job_number")
    INVOICE_NUMBER = _field("invoice_number")
    AMOUNT = _field("amount")
    REFUND_AMOUNT = _field("refund_amount")
    CARD_AMOUNT = _field("card_amount")
    TRANSFER_AMOUNT = _field("transfer_amount")
    CASH_TENDERED = _field("cash_tendered")
    PAYMENT_METHOD = _field("payment_method")
    DAY = _field("day")
    PART_NUMBER = _field("part_number")
    PART_REQUEST_NUMBER = _field("part_request_number")
    PART_CODE = _field("part_code")
    PART_NAME = _field("part_name")
    PRICE = _field("price")
    QUANTITY = _field("quantity")
    STOCK = _field("stock")
    LOW_STOCK_THRESHOLD = _field("low_stock_threshold")
    PART_ORIGIN = _field("part_origin")
    ESTIMATE_NUMBER = _field("estimate_number")
    CONSENT_WAY = _field("consent_way")
    VALID_DAYS = _field("valid_days")
    CANNED_JOB = _field("canned_job")
    ADDITIONAL_WORK = _field("additional_work")


def field_of(error: object) -> str:
    """The field code an error names (`common.field.<name>`), or '' when it names none."""
    params = getattr(error, "params", None) or {}
    field = params.get("field")
    return field.code if isinstance(field, Message) else ""


def is_missing(error: object) -> bool:
    """True when the error says a required field was left empty (forms show it only once sent)."""
    return getattr(error, "code", "") in ("common.required", "common.not_chosen")
