"""Every command's `validated()`: normalises good input, refuses bad input by code, naming the field.

A refusal is checked by its code and parameters (the sentence is the catalogue's,
see test_texts.py); `params["field"]` names the field a form marks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from typing import Any

import pytest

from domain.commands import (
    AddDiscount,
    AddLabour,
    CancelRepair,
    ChangeManDay,
    ChangePartPrice,
    ChangePin,
    CloseDay,
    Command,
    CorrectInvoice,
    CreateUser,
    DecreaseStock,
    DisableUser,
    FinishJob,
    IncreaseStock,
    RecordCashReceipt,
    RecordPayment,
    RecordRefund,
    RegisterMechanic,
    RegisterPart,
    RemoveLine,
    RequestPart,
    RequestRepair,
    RequestTaxInvoice,
    ReturnPart,
    StartJob,
    TakePayment,
    VoidInvoice,
)
from domain.common.fields import Field
from domain.customers.commands import COMMANDS as CUSTOMERS_COMMANDS
from domain.errors import DomainError, InvalidInput
from domain.estimates.commands import (
    AddCannedJob,
    AddCannedJobToJob,
    ApproveEstimate,
    DeclineEstimate,
    DraftEstimate,
    ProposeAdditionalWork,
    RecordAdditionalWorkConsent,
    UpdateCannedJob,
)
from domain.mechanic.commands import (
    AddDayOff,
    AddShopClosure,
    ReassignJob,
    RemoveDayOff,
    RemoveShopClosure,
    SetWorkingWeekdays,
)
from domain.messages import MAX_MONEY, require_positive, require_text
from domain.shopdetails.commands import UpdateShopDetails
from domain.texts import Message

VALID: dict[type[Command], Any] = {
    RegisterMechanic: RegisterMechanic("김민수", 20),
    ChangeManDay: ChangeManDay(1, 5),
    RegisterPart: RegisterPart("OIL-5W30-4L", "엔진오일 5W-30 4L", 48_000, 24),
    IncreaseStock: IncreaseStock(1, 10),
    DecreaseStock: DecreaseStock(1, 2, "damaged"),
    ChangePartPrice: ChangePartPrice(1, 50_000),
    RequestRepair: RequestRepair("홍길동", "12가3456", 1, 2, 100_000),
    DraftEstimate: DraftEstimate("홍길동", "12가3456", 1, 2, 100_000, labour=(("점검", 20_000),), parts=((1, 2),)),
    ApproveEstimate: ApproveEstimate("E2026-000001", "phone"),
    AddCannedJob: AddCannedJob("엔진오일 교환", 20_000, 1, parts=((1, 4),)),
    UpdateCannedJob: UpdateCannedJob(1, "엔진오일 세트", 30_000, 1, parts=((1, 4), (2, 1))),
    AddCannedJobToJob: AddCannedJobToJob(1, 2),
    ProposeAdditionalWork: ProposeAdditionalWork(1, "타이밍벨트 교환", 150_000),
    RecordAdditionalWorkConsent: RecordAdditionalWorkConsent(1, True, "phone"),
    DeclineEstimate: DeclineEstimate("E2026-000001", "다음에"),
    CancelRepair: CancelRepair(1, "고객 요청"),
    StartJob: StartJob(1),
    RequestPart: RequestPart(1, 2, 3),
    ReturnPart: ReturnPart(4),
    FinishJob: FinishJob(1),
    RecordPayment: RecordPayment("2026-000001", 10_000, "card"),
    VoidInvoice: VoidInvoice("2026-000001", "wrong amount"),
    RecordRefund: RecordRefund("2026-000001", 10_000, "cash"),
    CloseDay: CloseDay("2026-11-24"),
    CreateUser: CreateUser("김민수", "mechanic", "482915", mechanic_id=1),
    ChangePin: ChangePin(1, "482915", "739104"),
    DisableUser: DisableUser(1),
    # billing (its own cases: tests/unit/test_billing_commands.py)
    AddLabour: AddLabour(1, "브레이크 점검", 30_000),
    AddDiscount: AddDiscount(1, "단골 할인", amount=5_000),
    RemoveLine: RemoveLine(1),
    TakePayment: TakePayment("2026-000001", (("card", 100_000), ("cash", 10_000)), 20_000),
    CorrectInvoice: CorrectInvoice("2026-000001", "공임 오기", (("엔진오일 교환", 66_000),)),
    RecordCashReceipt: RecordCashReceipt("2026-000001", "123456789"),
    RequestTaxInvoice: RequestTaxInvoice("2026-000001", "1248100998"),
    # the mechanic's working days and queue (their own cases: tests/unit/test_capacity_commands.py)
    SetWorkingWeekdays: SetWorkingWeekdays(1, "1111100"),
    AddDayOff: AddDayOff(1, "2026-03-04"),
    RemoveDayOff: RemoveDayOff(1, "2026-03-04"),
    AddShopClosure: AddShopClosure("2026-08-03", "2026-08-07", "여름 휴가"),
    UpdateShopDetails: UpdateShopDetails(
        "새봄 모터스", "서울시 중구 1", "124-81-00998", "02-123-4567", "김대표", "서울-1234"
    ),
    RemoveShopClosure: RemoveShopClosure(1),
    ReassignJob: ReassignJob(1, 2),
}


def refusal(command: Any) -> InvalidInput:
    with pytest.raises(InvalidInput) as exc:
        command.validated()
    return exc.value


def assert_refused(command: Any, code: str, field: str, **params: Any) -> InvalidInput:
    """`command` is refused with `code`, naming `common.field.<field>`, with exactly `params` besides."""
    error = refusal(command)
    rest = error.params
    assert (error.code, rest.pop("field", None)) == (code, Message(f"common.field.{field}"))
    assert rest.keys() == params.keys()
    for key, value in params.items():  # by repr: nan is not equal to itself
        assert type(rest[key]) is type(value) and repr(rest[key]) == repr(value), key
    return error


@pytest.mark.parametrize("command", VALID.values(), ids=lambda c: type(c).__name__)
def test_valid_commands_pass_unchanged(command: Command) -> None:
    assert command.validated() == command  # type: ignore[attr-defined]


def test_every_published_command_is_covered() -> None:
    import domain.commands as published

    names = {n for n in published.__all__ if isinstance(getattr(published, n), type)} - {"Command"}
    customers = {c.__name__ for c in CUSTOMERS_COMMANDS}  # covered by tests/unit/test_customers_commands.py
    assert {c.__name__ for c in VALID} >= names - customers


# (command, field, bad value, words the message must hold)
ID_FIELDS = [
    (ChangeManDay, "mechanic_id", "mechanic_number"),
    (IncreaseStock, "part_id", "part_number"),
    (DecreaseStock, "part_id", "part_number"),
    (ChangePartPrice, "part_id", "part_number"),
    (RequestRepair, "mechanic_id", "mechanic_number"),
    (CancelRepair, "receipt_id", "receipt_number"),
    (StartJob, "job_id", "job_number"),
    (RequestPart, "job_id", "job_number"),
    (RequestPart, "part_id", "part_number"),
    (ReturnPart, "part_request_id", "part_request_number"),
    (FinishJob, "job_id", "job_number"),
    (ReassignJob, "job_id", "job_number"),
    (ReassignJob, "mechanic_id", "mechanic_number"),
]
BAD_IDS: list[Any] = [0, -1, -(10**20), True, False, 1.0, "1", b"1", [1]]


@pytest.mark.parametrize(("cls", "field", "name"), ID_FIELDS)
@pytest.mark.parametrize("value", BAD_IDS, ids=repr)
def test_ids_must_be_positive_whole_numbers(cls: type, field: str, name: str, value: Any) -> None:
    error = assert_refused(replace(VALID[cls], **{field: value}), "common.not_an_id", name, value=value)
    assert str(error).endswith(f" must be a positive whole number (got {value!r}).")


@pytest.mark.parametrize(("cls", "field", "name"), ID_FIELDS)
def test_a_missing_id_is_required(cls: type, field: str, name: str) -> None:
    """None is 'nothing chosen' (a form's empty list): the field is required."""
    error = assert_refused(replace(VALID[cls], **{field: None}), "common.not_chosen", name)
    assert str(error).endswith(" is required.")


REQUIRED_TEXT = [
    (RegisterMechanic, "name", "mechanic_name", 80),
    (RegisterPart, "name", "part_name", 120),
    (RegisterPart, "part_code", "part_code", 40),
    (RequestRepair, "customer_name", "customer_name", 80),
    (RequestRepair, "car_number", "car_number", 20),
    (RecordPayment, "invoice_no", "invoice_number", 40),
    (RecordPayment, "method", "payment_method", 20),
    (VoidInvoice, "invoice_no", "invoice_number", 40),
    (VoidInvoice, "reason", "void_reason", 200),
]


@pytest.mark.parametrize(("cls", "field", "name", "_max"), REQUIRED_TEXT)
@pytest.mark.parametrize("value", ["", " ", "\t\n  ", "\u3000", None, 0, 12, True, b"abc"], ids=repr)
def test_required_text_refuses_blank_or_non_text(cls: type, field: str, name: str, _max: int, value: Any) -> None:
    assert_refused(replace(VALID[cls], **{field: value}), "common.required", name)


@pytest.mark.parametrize(("cls", "field", "name", "limit"), REQUIRED_TEXT)
def test_required_text_refuses_over_long_text(cls: type, field: str, name: str, limit: int) -> None:
    assert_refused(replace(VALID[cls], **{field: "A" * (limit + 1)}), "common.too_long", name, max_len=limit)


OPTIONAL_TEXT = [
    (RequestRepair, "car_id", "car_id", 40),
    (RequestRepair, "customer_phone", "phone", 30),
    (RequestRepair, "term", "term", 80),
    (RequestRepair, "request_note", "notes", 2000),
    (CancelRepair, "reason", "reason", 200),
    (DecreaseStock, "reason", "reason", 200),
]


@pytest.mark.parametrize(("cls", "field", "name", "limit"), OPTIONAL_TEXT)
def test_optional_text_may_be_blank_or_none(cls: type, field: str, name: str, limit: int) -> None:
    for value in ("", "   ", None):
        assert getattr(replace(VALID[cls], **{field: value}).validated(), field) == ""


@pytest.mark.parametrize(("cls", "field", "name", "limit"), OPTIONAL_TEXT)
def test_optional_text_refuses_non_text_and_over_long(cls: type, field: str, name: str, limit: int) -> None:
    assert_refused(replace(VALID[cls], **{field: 12345}), "common.not_text", name)
    assert_refused(replace(VALID[cls], **{field: "1" * (limit + 1)}), "common.too_long", name, max_len=limit)


# (command, field, label, smallest allowed, largest allowed)
COUNTS = [
    (RegisterMechanic, "man_day", "man_days", 0, 10_000),
    (ChangeManDay, "man_day", "man_days", 0, 10_000),
    (RegisterPart, "price", "price", 0, MAX_MONEY),
    (RegisterPart, "stock", "stock", 0, 10**6),
    (RegisterPart, "low_stock", "low_stock_threshold", 0, 10**6),
    (ChangePartPrice, "price", "price", 0, MAX_MONEY),
    (RequestRepair, "fare", "labour_fare", 0, MAX_MONEY),
    (RequestRepair, "man_day", "man_days", 1, 365),
    (IncreaseStock, "quantity", "quantity", 1, 10**6),
    (DecreaseStock, "quantity", "quantity", 1, 10**6),
    (RequestPart, "quantity", "quantity", 1, 10_000),
    (RecordPayment, "amount", "amount", 1, MAX_MONEY),
    (RecordRefund, "amount", "refund_amount", 1, MAX_MONEY),
]


@pytest.mark.parametrize(("cls", "field", "name", "low", "high"), COUNTS)
def test_numbers_accept_their_bounds(cls: type, field: str, name: str, low: int, high: int) -> None:
    for value in (low, high):
        assert getattr(replace(VALID[cls], **{field: value}).validated(), field) == value


@pytest.mark.parametrize(("cls", "field", "name", "low", "high"), COUNTS)
def test_numbers_below_their_floor_are_refused(cls: type, field: str, name: str, low: int, high: int) -> None:
    if low == 0:
        assert_refused(replace(VALID[cls], **{field: -1}), "common.negative", name, value=-1)
        assert_refused(replace(VALID[cls], **{field: -(10**30)}), "common.negative", name, value=-(10**30))
    else:
        assert_refused(replace(VALID[cls], **{field: 0}), "common.not_positive", name, value=0)
        assert_refused(replace(VALID[cls], **{field: -(10**30)}), "common.not_positive", name, value=-(10**30))


@pytest.mark.parametrize(("cls", "field", "name", "low", "high"), COUNTS)
def test_numbers_above_their_ceiling_are_refused(cls: type, field: str, name: str, low: int, high: int) -> None:
    assert_refused(replace(VALID[cls], **{field: high + 1}), "common.too_large", name, maximum=high)


@pytest.mark.parametrize(("cls", "field", "name", "low", "high"), COUNTS)
@pytest.mark.parametrize("value", [True, False, 1.0, 2.5, "3", float("nan"), [1]], ids=repr)
def test_numbers_must_be_whole_numbers_not_bools_floats_or_text(
    cls: type, field: str, name: str, low: int, high: int, value: Any
) -> None:
    error = assert_refused(replace(VALID[cls], **{field: value}), "common.not_whole_number", name, value=value)
    assert str(error).endswith(f" must be a whole number (got {value!r}).")


@pytest.mark.parametrize(("cls", "field", "name", "low", "high"), COUNTS)
def test_a_missing_number_is_required(cls: type, field: str, name: str, low: int, high: int) -> None:
    """None is 'not given' (a form's empty money field): the field is required."""
    assert_refused(replace(VALID[cls], **{field: None}), "common.required", name)


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
    assert_refused(replace(VALID[RequestRepair], customer_phone=phone), "reception.phone_pattern", "phone", phone=phone)


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
    for cls in (RecordPayment, RecordRefund):
        command = cls("2026-000001", 1, method)
        assert_refused(command, "reception.unknown_payment_method", "payment_method", method=method)


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
    for cls, field, name, _ in [*REQUIRED_TEXT, *OPTIONAL_TEXT]:
        assert_refused(replace(VALID[cls], **{field: value}), "common.control_character", name)


def test_notes_may_span_lines() -> None:
    note = "소음이 심함\n오후 5시 픽업\r\n\t고객 대기"
    assert replace(VALID[RequestRepair], request_note=note).validated().request_note == note


@pytest.mark.parametrize(("cls", "field", "name"), ID_FIELDS)
def test_ids_beyond_the_32_bit_columns_are_refused(cls: type, field: str, name: str) -> None:
    assert getattr(replace(VALID[cls], **{field: 2**31 - 1}).validated(), field) == 2**31 - 1
    for value in (2**31, 2**63, 10**30):
        assert_refused(replace(VALID[cls], **{field: value}), "common.id_out_of_range", name, value=value)


def test_close_day_names_the_day_it_cannot_read() -> None:
    assert_refused(CloseDay("24/11/2026"), "reception.not_a_date", "day", day="24/11/2026")
    assert_refused(CloseDay("2026-11-24-1"), "common.too_long", "day", max_len=10)


# -- every problem at once, for a form ------------------------------------------------------
def test_problems_names_every_bad_field_once_in_the_commands_order() -> None:
    command = RequestRepair(" ", "12가3456", None, 0, None, customer_phone="010-CALL-ME", term="가" * 81)  # type: ignore[arg-type]
    found = [(e.code, e.params["field"].code) for e in command.problems()]
    assert found == [
        ("common.required", "common.field.customer_name"),
        ("reception.phone_pattern", "common.field.phone"),
        ("common.not_chosen", "common.field.mechanic_number"),
        ("common.not_positive", "common.field.man_days"),
        ("common.required", "common.field.labour_fare"),
        ("common.too_long", "common.field.term"),
    ]
    assert refusal(command).code == "common.required"  # validated() refuses the first of them


@pytest.mark.parametrize("command", VALID.values(), ids=lambda c: type(c).__name__)
def test_a_valid_command_has_no_problems(command: Command) -> None:
    assert command.problems() == []


@dataclass(frozen=True)
class ByHand(Command):
    name: str
    quantity: int

    def validated(self) -> ByHand:
        return ByHand(require_text(self.name, Field.PART_NAME), require_positive(self.quantity, Field.QUANTITY))


def test_a_command_that_validates_by_hand_gives_its_first_problem() -> None:
    (problem,) = ByHand("", -1).problems()
    assert problem.code == "common.required" and problem.params["field"] == Field.PART_NAME
    assert ByHand("oil", 1).problems() == []


def test_a_command_that_says_nothing_of_validation_is_a_programming_error() -> None:
    @dataclass(frozen=True)
    class Silent(Command):
        pass

    with pytest.raises(NotImplementedError):
        Silent().validated()


def test_register_part_takes_an_origin_code_and_refuses_others() -> None:
    from domain.errors import InvalidInput as _Refused

    assert RegisterPart("P1", "부품", 1_000).validated().origin == "A"
    assert RegisterPart("P1", "부품", 1_000, origin=" f ").validated().origin == "F"
    with pytest.raises(_Refused) as refused:
        RegisterPart("P1", "부품", 1_000, origin="X").validated()
    assert refused.value.code == "vehicleparts.origin_unknown"
