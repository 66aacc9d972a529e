"""Billing commands check themselves: good input normalised, bad input refused by a code naming its field."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from decimal import Decimal
from typing import Any

import pytest

from domain.billing.fields import percent_text
from domain.commands import (
    AddDiscount,
    AddLabour,
    CorrectInvoice,
    RecordCashReceipt,
    RemoveLine,
    RequestTaxInvoice,
    TakePayment,
)
from domain.errors import InvalidInput
from domain.messages import MAX_ID, MAX_MONEY

VALID = [
    AddLabour(7, "브레이크 점검", 30_000),
    AddDiscount(7, "단골 할인", percent=Decimal(10)),
    AddDiscount(7, "오일 할인", amount=3_000, line_id=12),
    RemoveLine(12),
    TakePayment("2026-000001", (("card", 100_000), ("cash", 64_006)), 70_000),
    CorrectInvoice("2026-000001", "공임 오기", (("엔진오일 교환", 66_000),), (("할인", 1_000, Decimal(0), 1),)),
    RecordCashReceipt("2026-000001", "123456789"),
    RequestTaxInvoice("2026-000001", "1248100998", "삼성전자", "tax@example.com"),
]


@pytest.mark.parametrize("command", VALID, ids=lambda c: type(c).__name__)
def test_valid_commands_pass_unchanged(command: Any) -> None:
    assert command.validated() == command


def refused(command: Any) -> InvalidInput:
    with pytest.raises(InvalidInput) as exc:
        command.validated()
    return exc.value


@pytest.mark.parametrize(
    ("command", "field", "code"),
    [
        (AddLabour(0, "점검", 1), "billing.field.job", "billing.bad_id"),
        (AddLabour(MAX_ID + 1, "점검", 1), "billing.field.job", "billing.id_out_of_range"),
        (AddLabour(True, "점검", 1), "billing.field.job", "billing.bad_id"),  # type: ignore[arg-type]
        (AddLabour(7, "  ", 1), "billing.field.description", "billing.required"),
        (AddLabour(7, None, 1), "billing.field.description", "billing.not_text"),  # type: ignore[arg-type]
        (AddLabour(7, "가" * 121, 1), "billing.field.description", "billing.too_long"),
        (AddLabour(7, "점검\x00", 1), "billing.field.description", "billing.control_character"),
        (AddLabour(7, "점검", 0), "billing.field.amount", "billing.not_positive"),
        (AddLabour(7, "점검", -1), "billing.field.amount", "billing.not_positive"),
        (AddLabour(7, "점검", 1.5), "billing.field.amount", "billing.whole_number"),  # type: ignore[arg-type]
        (AddLabour(7, "점검", MAX_MONEY + 1), "billing.field.amount", "billing.too_large"),
        (AddDiscount(7, "할인"), "billing.field.amount", "billing.discount_neither"),
        (AddDiscount(7, "할인", amount=1, percent=1), "billing.field.amount", "billing.discount_both"),
        (AddDiscount(7, "할인", amount=-1), "billing.field.amount", "billing.negative"),
        (AddDiscount(7, "할인", percent="100.01"), "billing.field.percent", "billing.percent_over_hundred"),
        (AddDiscount(7, "할인", percent=101), "billing.field.percent", "billing.percent_over_hundred"),
        (AddDiscount(7, "할인", percent=-5), "billing.field.percent", "billing.percent_negative"),
        (AddDiscount(7, "할인", percent="12.345"), "billing.field.percent", "billing.percent_precision"),
        (AddDiscount(7, "할인", percent="ten"), "billing.field.percent", "billing.percent_not_number"),
        (AddDiscount(7, "할인", percent="NaN"), "billing.field.percent", "billing.percent_not_number"),
        (AddDiscount(7, "할인", percent=True), "billing.field.percent", "billing.percent_not_number"),
        (AddDiscount(7, "할인", amount=1, line_id=-3), "billing.field.line", "billing.bad_id"),
        (RemoveLine(0), "billing.field.line", "billing.bad_id"),
        (TakePayment("", (("card", 1),)), "billing.field.invoice", "billing.required"),
        (CorrectInvoice("2026-000001", ""), "billing.field.reason", "billing.required"),
        (CorrectInvoice("2026-000001", "r", (("점검",),)), "billing.field.labour", "billing.labour_shape"),
        (CorrectInvoice("2026-000001", "r", (("점검", 0),)), "billing.field.amount", "billing.not_positive"),
        (CorrectInvoice("2026-000001", "r", (), (("할인",),)), "billing.field.discounts", "billing.discount_shape"),
        (CorrectInvoice("2026-000001", "r", (), (("할인", 0, 0),)), "billing.field.amount", "billing.discount_neither"),
        (CorrectInvoice("2026-000001", "r", "점검"), "billing.field.labour", "billing.not_a_list"),  # type: ignore[arg-type]
        (RecordCashReceipt("2026-000001", "12"), "billing.field.approval_no", "billing.approval_no_form"),
        (
            RequestTaxInvoice("2026-000001", "1248100999"),
            "billing.field.business_number",
            "billing.business_number_check",
        ),
        (RequestTaxInvoice("2026-000001", "1248100998", "가" * 81), "billing.field.company_name", "billing.too_long"),
        (RequestTaxInvoice("2026-000001", "1248100998", "", "x@"), "billing.field.email", "billing.email_form"),
    ],
)
def test_bad_input_is_refused_by_code_naming_its_field(command: Any, field: str, code: str) -> None:
    err = refused(command)
    assert (err.code, err.params["field"].code) == (code, field)
    assert str(err) == err.render("en") and err.render("ko") != str(err)


def test_percent_accepts_what_people_type() -> None:
    for typed in (10, "10", "10%", " 10 % ", Decimal("10.00"), 10.0):
        assert AddDiscount(7, "할인", percent=typed).validated().percent == Decimal(10)
    assert AddDiscount(7, "할인", percent=12.5).validated().percent == Decimal("12.5")
    assert AddDiscount(7, "할인", percent="100").validated().percent == 100


def test_a_discount_line_of_zero_means_the_whole_bill() -> None:
    assert AddDiscount(7, "할인", amount=1, line_id=0).validated().line_id is None


def test_correction_lines_are_normalised() -> None:
    cmd = CorrectInvoice(
        " 2026-000001 ",
        " 공임 오기 ",
        [[" 엔진오일 교환 ", 66_000]],  # type: ignore[arg-type]
        [("단골", 0, "10"), ("오일", 3_000, 0, 2), ("전체", 500)],
    ).validated()
    assert cmd == CorrectInvoice(
        "2026-000001",
        "공임 오기",
        (("엔진오일 교환", 66_000),),
        (("단골", 0, Decimal(10), 0), ("오일", 3_000, Decimal(0), 2), ("전체", 500, Decimal(0), 0)),
    )


def test_a_business_number_is_kept_as_its_digits() -> None:
    assert RequestTaxInvoice("2026-000001", "124-81-00998").validated().business_number == "1248100998"


@pytest.mark.parametrize("command", VALID, ids=lambda c: type(c).__name__)
def test_commands_are_frozen(command: Any) -> None:
    with pytest.raises(FrozenInstanceError):
        command.invoice_no = "x"


@pytest.mark.parametrize(
    ("percent", "text"),
    [(Decimal("10.00"), "10"), (Decimal("12.50"), "12.5"), (Decimal(0), "0"), (Decimal(100), "100")],
)
def test_percentages_are_written_as_people_write_them(percent: Decimal, text: str) -> None:
    assert percent_text(percent) == text
