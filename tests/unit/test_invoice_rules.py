"""The till's rules without a database: VAT half up, tendering and change, refunds, the Z report."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from domain.commands import RecordPayment, RecordRefund
from domain.common.fields import Field
from domain.errors import Conflict, DomainError, IllegalTransition, InvalidInput
from domain.jobs.events import PartLine
from domain.reception.model import InvoiceAccount, check_refund_amount, compute_bill, vat_of
from domain.reception.till import day_is_closed, plan_tender
from domain.texts import Message

TEN = Decimal("0.10")


@pytest.mark.parametrize(
    ("subtotal", "vat"),
    [
        (0, 0),
        (4, 0),  # 0.4 down
        (5, 1),  # 0.5 up (half up, not to even)
        (15, 2),  # 1.5 up
        (25, 3),  # 2.5 up: banker's rounding would give 2
        (264_005, 26_401),  # 26,400.5 up
        (264_004, 26_400),  # 26,400.4 down
        (264_006, 26_401),  # 26,400.6 up
        (999_999_995, 100_000_000),  # 99,999,999.5 up, large
    ],
)
def test_vat_rounds_half_up_to_the_won(subtotal: int, vat: int) -> None:
    assert vat_of(subtotal, TEN) == vat


def test_vat_at_another_rate_rounds_half_up() -> None:
    assert vat_of(10, Decimal("0.075")) == 1  # 0.75
    assert vat_of(20, Decimal("0.075")) == 2  # 1.5 up


def test_bill_is_labour_plus_frozen_part_prices_plus_vat() -> None:
    parts = (
        PartLine(1, 1, "OIL-5W30-4L", "엔진오일 5W-30 4L", 1, 48_000),
        PartLine(2, 2, "BRK-PAD-F01", "브레이크 패드 (앞)", 2, 65_003),
    )
    bill = compute_bill(86_000, parts, TEN)
    assert bill.subtotal == 86_000 + 48_000 + 130_006 == 264_006
    assert bill.vat == 26_401  # 26,400.6
    assert bill.total == 290_407


# -- tendering ---------------------------------------------------------------------------
def test_cash_tendered_over_the_balance_gives_change() -> None:
    plan = plan_tender(290_407, cash_tendered=300_000)
    assert [(p.method, p.amount) for p in plan.payments] == [("cash", 290_407)]
    assert plan.change == 9_593
    assert plan.total == 290_407


def test_split_card_and_cash_charges_card_exactly_and_cash_gives_change() -> None:
    plan = plan_tender(290_407, card=200_000, cash_tendered=100_000)
    assert [(p.method, p.amount) for p in plan.payments] == [("card", 200_000), ("cash", 90_407)]
    assert plan.change == 9_593


def test_part_payment_leaves_a_balance_and_no_change() -> None:
    plan = plan_tender(290_407, transfer=100_000, cash_tendered=50_000)
    assert plan.total == 150_000
    assert plan.change == 0


def refusal(kind: type[DomainError], act: Callable[[], object]) -> tuple[str, dict[str, object]]:
    with pytest.raises(kind) as exc:
        act()
    return exc.value.code, exc.value.params


def test_card_and_transfer_over_the_balance_are_refused() -> None:
    assert refusal(Conflict, lambda: plan_tender(290_407, card=200_000, transfer=100_000)) == (
        "reception.non_cash_over_balance",
        {"non_cash": 300_000, "balance": 290_407},
    )


def test_cash_when_card_already_covers_the_balance_is_refused() -> None:
    assert refusal(Conflict, lambda: plan_tender(100, card=100, cash_tendered=1_000)) == (
        "reception.no_cash_needed",
        {},
    )


@pytest.mark.parametrize("kwargs", [{}, {"card": 0, "cash_tendered": 0}])
def test_tender_without_any_amount_is_refused(kwargs: dict[str, int]) -> None:
    assert refusal(InvalidInput, lambda: plan_tender(1_000, **kwargs)) == (
        "reception.no_tender",
        {"field": Field.AMOUNT},
    )


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"card": -1}, Field.CARD_AMOUNT),
        ({"transfer": -1}, Field.TRANSFER_AMOUNT),
        ({"cash_tendered": -1}, Field.CASH_TENDERED),
    ],
)
def test_negative_tender_is_refused_naming_its_field(kwargs: dict[str, int], field: Message) -> None:
    assert refusal(InvalidInput, lambda: plan_tender(1_000, **kwargs)) == (
        "common.negative",
        {"field": field, "value": -1},
    )


def test_nothing_owed_cannot_be_tendered() -> None:
    assert refusal(Conflict, lambda: plan_tender(0, cash_tendered=1_000)) == ("reception.nothing_owed", {})


# -- the invoice's account --------------------------------------------------------------
def test_overpayment_is_refused_with_the_most_that_can_be_taken() -> None:
    account = InvoiceAccount("2026-000001", 1, 290_407, 200_000, False)
    assert refusal(Conflict, lambda: account.check_payment(90_408)) == (
        "reception.overpayment",
        {"amount": 90_408, "balance": 90_407, "invoice_no": "2026-000001"},
    )
    account.check_payment(90_407)


def test_voided_invoice_cannot_be_paid() -> None:
    assert refusal(IllegalTransition, lambda: InvoiceAccount("2026-000001", 1, 1_000, 0, True).check_payment(1)) == (
        "reception.pay_voided",
        {"invoice_no": "2026-000001"},
    )


def test_refund_only_on_a_voided_invoice_and_never_more_than_was_paid() -> None:
    issued = InvoiceAccount("2026-000001", 1, 1_000, 500, False)
    assert refusal(IllegalTransition, lambda: issued.check_refund(100)) == (
        "reception.refund_not_voided",
        {"invoice_no": "2026-000001"},
    )
    voided = InvoiceAccount("2026-000001", 1, 1_000, 500, True, refunded=200)
    assert voided.refundable == 300
    assert refusal(Conflict, lambda: voided.check_refund(301)) == (
        "reception.refund_too_much",
        {"amount": 301, "refundable": 300, "invoice_no": "2026-000001"},
    )
    voided.check_refund(300)
    done = InvoiceAccount("2026-000001", 1, 1_000, 500, True, refunded=500)
    assert refusal(Conflict, lambda: done.check_refund(1)) == (
        "reception.nothing_to_refund",
        {"invoice_no": "2026-000001"},
    )


def test_the_refund_form_asks_the_same_rule_as_the_account() -> None:
    """check_refund_amount is what a refund form calls with the refundable amount it shows."""
    assert refusal(Conflict, lambda: check_refund_amount("2026-000001", 301, 300))[0] == "reception.refund_too_much"
    check_refund_amount("2026-000001", 300, 300)


# -- commands ------------------------------------------------------------------------------
def test_refund_and_payment_commands_check_method_and_amount() -> None:
    assert RecordRefund(" 2026-000001 ", 1_000, "CASH").validated() == RecordRefund("2026-000001", 1_000, "cash")
    assert refusal(InvalidInput, RecordRefund("2026-000001", 1_000, "cheque").validated) == (
        "reception.unknown_payment_method",
        {"field": Field.PAYMENT_METHOD, "method": "cheque"},
    )
    assert refusal(InvalidInput, RecordRefund("2026-000001", 0, "cash").validated) == (
        "common.not_positive",
        {"field": Field.REFUND_AMOUNT, "value": 0},
    )
    assert refusal(InvalidInput, RecordPayment("2026-000001", 1, "bitcoin").validated)[0] == (
        "reception.unknown_payment_method"
    )


@pytest.mark.parametrize(
    ("what", "code"),
    [
        ("payment", "reception.day_closed_payment"),
        ("refund", "reception.day_closed_refund"),
        ("credit note", "reception.day_closed_credit_note"),
    ],
)
def test_a_closed_day_refuses_money_by_what_it_is(what: str, code: str) -> None:
    error = day_is_closed("2026-11-24", "Z2026-0001", what)
    assert (error.code, error.params) == (code, {"day": "2026-11-24", "z_no": "Z2026-0001"})
    assert f"no {what} can be recorded" in str(error)
