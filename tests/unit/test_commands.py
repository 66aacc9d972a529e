"""Every command's `validated()`: normalises good input, refuses bad input in words."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import fields, replace
from typing import Any

import pytest

from domain.commands import (
    AddDiscount,
    AddLabour,
    CancelRepair,
    ChangeManDay,
    ChangePartPrice,
    Command,
    CorrectInvoice,
    DecreaseStock,
    FinishJob,
    IncreaseStock,
    RecordCashReceipt,
    RecordPayment,
    RegisterMechanic,
    RegisterPart,
    RemoveLine,
    RequestPart,
    RequestRepair,
    RequestTaxInvoice,
    StartJob,
    TakePayment,
    VoidInvoice,
)
from domain.errors import DomainError, InvalidInput
from domain.messages import MAX_MONEY

VALID: dict[type[Command], Any] = {
    RegisterMechanic: RegisterMechanic("김민수", 20),
    ChangeManDay: ChangeManDay(1, 5),
    RegisterPart: RegisterPart("OIL-5W30-4L", "엔진오일 5W-30 4L", 48_000, 24),
    IncreaseStock: IncreaseStock(1, 10),
    DecreaseStock: DecreaseStock(1, 2, "damaged"),
    ChangePartPrice: ChangePartPrice(1, 50_000),
    RequestRepair: RequestRepair("홍길동", "12가3456", 1, 2, 100_000),
    CancelRepair: CancelRepair(1, "고객 요청"),
    StartJob: StartJob(1),
    RequestPart: RequestPart(1, 2, 3),
    FinishJob: FinishJob(1),
    RecordPayment: RecordPayment("2026-000001", 10_000, "card"),
    VoidInvoice: VoidInvoice("2026-000001", "wrong amount"),
    # billing (its own cases: tests/unit/test_billing_commands.py)
    AddLabour: AddLabour(1, "브레이크 점검", 30_000),
    AddDiscount: AddDiscount(1, "단골 할인", amount=5_000),
    RemoveLine: RemoveLine(1),
    TakePayment: TakePayment("2026-000001", (("card", 100_000), ("cash", 10_000)), 20_000),
    CorrectInvoice: CorrectInvoice("2026-000001", "공임 오기", (("엔진오일 교환", 66_000),)),
    RecordCashReceipt: RecordCashReceipt("2026-000001", "123456789"),
    RequestTaxInvoice: RequestTaxInvoice("2026-000001", "1248100998"),
}


@pytest.mark.parametrize("command", VALID.values(), ids=lambda c: type(c).__name__)
def test_valid_commands_pass_unchanged(command: Command) -> None:
    assert command.validated() == command  # type: ignore[attr-defined]


def test_every_published_command_is_covered() -> None:
    import domain.commands as published

    names = {n for n in published.__all__ if isinstance(getattr(published, n), type)} - {"Command"}
    assert {c.__name__ for c in VALID} >= names - {"RecordRefund", "CloseDay"}


# (command, field, bad value, words the message must hold)
ID_FIELDS = [
    (ChangeManDay, "mechanic_id", "Mechanic number"),
    (IncreaseStock, "part_id", "Part number"),
    (DecreaseStock, "part_id", "Part number"),
    (ChangePartPrice, "part_id", "Part number"),
    (RequestRepair, "mechanic_id", "Mechanic number"),
    (CancelRepair, "receipt_id", "Receipt number"),
    (StartJob, "job_id", "Job number"),
    (RequestPart, "job_id", "Job number"),
    (RequestPart, "part_id", "Part number"),
    (FinishJob, "job_id", "Job number"),
]
BAD_IDS: list[Any] = [0, -1, -(10**20), True, False, 1.0, "1", None, b"1", [1]]


@pytest.mark.parametrize(("cls", "field", "label"), ID_FIELDS)
@pytest.mark.parametrize("value", BAD_IDS, ids=repr)
def test_ids_must_be_positive_whole_numbers(cls: type, field: str, label: str, value: Any) -> None:
    with pytest.raises(InvalidInput) as exc:
        replace(VALID[cls], **{field: value}).validated()
    assert str(exc.value) == f"{label} must be a positive whole number (got {value!r})."


REQUIRED_TEXT = [
    (RegisterMechanic, "name", "Mechanic name", 80),
    (RegisterPart, "name", "Part name", 120),
    (RegisterPart, "part_code", "Part code", 40),
    (RequestRepair, "customer_name", "Customer name", 80),
    (RequestRepair, "car_number", "Car number", 20),
    (RecordPayment, "invoice_no", "Invoice number", 40),
    (RecordPayment, "method", "Payment method", 20),
    (VoidInvoice, "invoice_no", "Invoice number", 40),
    (VoidInvoice, "reason", "Reason for the void", 200),
]


@pytest.mark.parametrize(("cls", "field", "label", "_max"), REQUIRED_TEXT)
@pytest.mark.parametrize("value", ["", " ", "\t\n  ", "\u3000", None, 0, 12, True, b"abc"], ids=repr)
def test_required_text_refuses_blank_or_non_text(cls: type, field: str, label: str, _max: int, value: Any) -> None:
    with pytest.raises(InvalidInput) as exc:
        replace(VALID[cls], **{field: value}).validated()
    assert str(exc.value) == f"{label} is required."


@pytest.mark.parametrize(("cls", "field", "label", "limit"), REQUIRED_TEXT)
def test_required_text_refuses_over_long_text(cls: type, field: str, label: str, limit: int) -> None:
    with pytest.raises(InvalidInput) as exc:
        replace(VALID[cls], **{field: "A" * (limit + 1)}).validated()
    assert str(exc.value) == f"{label} is too long (at most {limit} characters)."


OPTIONAL_TEXT = [
    (RequestRepair, "car_id", "Car id (VIN)", 40),
    (RequestRepair, "customer_phone", "Phone", 30),
    (RequestRepair, "term", "Term", 80),
    (RequestRepair, "request_note", "Notes", 2000),
    (CancelRepair, "reason", "Reason", 200),
    (DecreaseStock, "reason", "Reason", 200),
]


@pytest.mark.parametrize(("cls", "field", "label", "limit"), OPTIONAL_TEXT)
def test_optional_text_may_be_blank_or_none(cls: type, field: str, label: str, limit: int) -> None:
    for value in ("", "   ", None):
        assert getattr(replace(VALID[cls], **{field: value}).validated(), field) == ""


@pytest.mark.parametrize(("cls", "field", "label", "limit"), OPTIONAL_TEXT)
def test_optional_text_refuses_non_text_and_over_long(cls: type, field: str, label: str, limit: int) -> None:
    with pytest.raises(InvalidInput, match=f"^{label.replace('(', '[(]').replace(')', '[)]')} must be text"):
        replace(VALID[cls], **{field: 12345}).validated()
    with pytest.raises(InvalidInput) as exc:
        replace(VALID[cls], **{field: "1" * (limit + 1)}).validated()
    assert str(exc.value) == f"{label} is too long (at most {limit} characters)."


# (command, field, label, smallest allowed, largest allowed)
COUNTS = [
    (RegisterMechanic, "man_day", "Man-days", 0, 10_000),
    (ChangeManDay, "man_day", "Man-days", 0, 10_000),
    (RegisterPart, "price", "Price", 0, MAX_MONEY),
    (RegisterPart, "stock", "Stock", 0, 10**6),
    (RegisterPart, "low_stock", "Low-stock threshold", 0, 10**6),
    (ChangePartPrice, "price", "Price", 0, MAX_MONEY),
    (RequestRepair, "fare", "Labour fare", 0, MAX_MONEY),
    (RequestRepair, "man_day", "Man-days", 1, 365),
    (IncreaseStock, "quantity", "Quantity", 1, 10**6),
    (DecreaseStock, "quantity", "Quantity", 1, 10**6),
    (RequestPart, "quantity", "Quantity", 1, 10_000),
    (RecordPayment, "amount", "Amount", 1, MAX_MONEY),
]


@pytest.mark.parametrize(("cls", "field", "label", "low", "high"), COUNTS)
def test_numbers_accept_their_bounds(cls: type, field: str, label: str, low: int, high: int) -> None:
    for value in (low, high):
        assert getattr(replace(VALID[cls], **{field: value}).validated(), field) == value


@pytest.mark.parametrize(("cls", "field", "label", "low", "high"), COUNTS)
def test_numbers_below_their_floor_are_refused(cls: type, field: str, label: str, low: int, high: int) -> None:
    with pytest.raises(InvalidInput) as exc:
        replace(VALID[cls], **{field: low - 1}).validated()
    if low == 0:
        assert str(exc.value) == f"{label} cannot be negative (got -1)."
    else:
        assert str(exc.value) == f"{label} must be more than 0 (got 0)."
    with pytest.raises(InvalidInput, match=label):
        replace(VALID[cls], **{field: -(10**30)}).validated()


@pytest.mark.parametrize(("cls", "field", "label", "low", "high"), COUNTS)
def test_numbers_above_their_ceiling_are_refused(cls: type, field: str, label: str, low: int, high: int) -> None:
    with pytest.raises(InvalidInput) as exc:
        replace(VALID[cls], **{field: high + 1}).validated()
    assert str(exc.value) == f"{label} is too large (at most {high:,})."


@pytest.mark.parametrize(("cls", "field", "label", "low", "high"), COUNTS)
@pytest.mark.parametrize("value", [True, False, 1.0, 2.5, "3", None, float("nan"), [1]], ids=repr)
def test_numbers_must_be_whole_numbers_not_bools_floats_or_text(
    cls: type, field: str, label: str, low: int, high: int, value: Any
) -> None:
    with pytest.raises(InvalidInput) as exc:
        replace(VALID[cls], **{field: value}).validated()
    assert str(exc.value) == f"{label} must be a whole number (got {value!r})."


# -- normalisation ------------------------------------------------------------------
def test_request_repair_is_normalised() -> None:
    cmd = RequestRepair(
        "  홍길동 ",
        " 12 가 3456 ",
        1,
        2,
        0,
        car_id=" kmhxx00000 ",
        customer_phone=" 010-1234-5678 ",
        term=" 오일 ",
        request_note=" 소음 ",
    ).validated()
    assert cmd == RequestRepair("홍길동", "12가3456", 1, 2, 0, "KMHXX00000", "010-1234-5678", "오일", "소음")


@pytest.mark.parametrize("phone", ["010-1234-5678", "+82 (10) 1234 5678", ""])
def test_phone_numbers_that_are_accepted(phone: str) -> None:
    assert replace(VALID[RequestRepair], customer_phone=phone).validated().customer_phone == phone


@pytest.mark.parametrize("phone", ["010-CALL-ME", "abc", "010_1234"])
def test_phone_numbers_with_letters_are_refused(phone: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        replace(VALID[RequestRepair], customer_phone=phone).validated()
    assert str(exc.value) == f"Phone {phone!r} may only hold digits, spaces, +, - and brackets."


def test_part_codes_are_upper_case_without_spaces() -> None:
    assert RegisterPart(" oil-5w30 ", "Oil", 1).validated().part_code == "OIL-5W30"
    for bad in ("OIL 5W30", "-OIL", "오일", "OIL#1"):
        with pytest.raises(InvalidInput, match="may only hold letters, digits"):
            RegisterPart(bad, "Oil", 1).validated()


@pytest.mark.parametrize(("given", "stored"), [("cash", "cash"), ("CARD", "card"), (" Transfer ", "transfer")])
def test_payment_methods(given: str, stored: str) -> None:
    assert RecordPayment("2026-000001", 1, given).validated().method == stored


@pytest.mark.parametrize("method", ["cheque", "bitcoin", "credit"])
def test_unknown_payment_method_is_refused_by_name(method: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        RecordPayment("2026-000001", 1, method).validated()
    assert str(exc.value) == f"Unknown payment method {method!r}: use cash, card or transfer."


def test_validated_never_mutates_the_command() -> None:
    cmd = RequestRepair(" 홍길동 ", "12 가 3456", 1, 2, 0)
    cmd.validated()
    assert cmd.customer_name == " 홍길동 "


@pytest.mark.parametrize("cls", list(VALID), ids=lambda c: c.__name__)
def test_commands_are_frozen(cls: type) -> None:
    cmd = VALID[cls]
    with pytest.raises(AttributeError):
        setattr(cmd, fields(cmd)[0].name, 1)


def test_normalised_text_still_fits_its_column() -> None:
    """Upper-casing can lengthen text ('ß' → 'SS'): the limit holds after normalising."""
    cases: list[tuple[Callable[[str], Any], str, int]] = [
        (lambda v: RequestRepair("a", v, 1, 1, 0), "car_number", 20),
        (lambda v: RequestRepair("a", "1", 1, 1, 0, car_id=v), "car_id", 40),
        (lambda v: RegisterPart(v, "part", 1), "part_code", 40),
    ]
    for build, field, limit in cases:
        for value in ("ß" * limit, "ﬀ" * limit):
            try:
                cmd = build(value).validated()
            except DomainError:
                continue
            assert len(getattr(cmd, field)) <= limit


@pytest.mark.parametrize("value", ["a\x00b", "\x00", "홍\x1b[31m길동", "a\x7fb", "tab\x0bbed"], ids=repr)
def test_control_characters_are_refused_in_every_text(value: str) -> None:
    """They are never typed at a desk, garble screens and PDFs, and PostgreSQL refuses NUL."""
    for cls, field, label, _ in REQUIRED_TEXT:
        with pytest.raises(InvalidInput) as exc:
            replace(VALID[cls], **{field: value}).validated()
        assert str(exc.value) == f"{label} holds an invisible control character; type it again."
    for cls, field, label, _ in OPTIONAL_TEXT:
        with pytest.raises(InvalidInput, match=f"^{re.escape(label)} holds an invisible control character"):
            replace(VALID[cls], **{field: value}).validated()


def test_notes_may_span_lines() -> None:
    note = "소음이 심함\n오후 5시 픽업\r\n\t고객 대기"
    assert replace(VALID[RequestRepair], request_note=note).validated().request_note == note


@pytest.mark.parametrize(("cls", "field", "label"), ID_FIELDS)
def test_ids_beyond_the_32_bit_columns_are_refused(cls: type, field: str, label: str) -> None:
    assert getattr(replace(VALID[cls], **{field: 2**31 - 1}).validated(), field) == 2**31 - 1
    for value in (2**31, 2**63, 10**30):
        with pytest.raises(InvalidInput) as exc:
            replace(VALID[cls], **{field: value}).validated()
        assert str(exc.value) == f"{label} {value} is out of range: no such number exists."
