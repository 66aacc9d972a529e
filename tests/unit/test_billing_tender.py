"""TakePayment's plan: several tenders all or none, change from cash only, every bad tender refused by code."""

from __future__ import annotations

from typing import Any

import pytest

from domain.billing.commands import TakePayment
from domain.billing.tender import MAX_TENDERS, Tender, plan_payment, tenders_of
from domain.errors import Conflict, InvalidInput
from domain.messages import MAX_MONEY


def test_card_transfer_and_cash_in_one_plan_with_change() -> None:
    plan = plan_payment(264_006, [Tender("card", 150_000), Tender("transfer", 50_000), Tender("cash", 64_006)], 70_000)
    assert plan.payments == (Tender("card", 150_000), Tender("transfer", 50_000), Tender("cash", 64_006))
    assert (plan.total, plan.cash_tendered, plan.change) == (264_006, 70_000, 5_994)
    assert (plan.by_method("card"), plan.by_method("cash"), plan.by_method("transfer")) == (150_000, 64_006, 50_000)


def test_cash_tendered_zero_means_exactly_the_cash_tender() -> None:
    plan = plan_payment(100_000, [Tender("cash", 40_000)])
    assert (plan.cash_tendered, plan.change) == (40_000, 0)


def test_a_partial_payment_is_a_plan_too() -> None:
    plan = plan_payment(100_000, [Tender("card", 30_000)])
    assert plan.total == 30_000 and plan.change == 0


def test_card_and_transfer_are_exact_so_the_sum_may_not_pass_the_balance() -> None:
    with pytest.raises(Conflict) as exc:
        plan_payment(100_000, [Tender("card", 60_000), Tender("transfer", 40_001)])
    assert exc.value.code == "billing.tenders_over_balance"
    assert exc.value.params == {"total": 100_001, "balance": 100_000}
    with pytest.raises(Conflict):  # a cash tender above the balance is refused too: hand over more, not tender more
        plan_payment(100_000, [Tender("cash", 100_001)], 200_000)


def test_more_cash_tender_than_cash_handed_over_is_refused() -> None:
    with pytest.raises(InvalidInput) as exc:
        plan_payment(100_000, [Tender("cash", 50_000)], 40_000)
    assert exc.value.code == "billing.cash_short"
    assert exc.value.params["field"].code == "billing.field.cash_tendered"


def test_cash_handed_over_without_a_cash_tender_is_refused() -> None:
    with pytest.raises(InvalidInput) as exc:
        plan_payment(100_000, [Tender("card", 50_000)], 10_000)
    assert exc.value.code == "billing.cash_tendered_without_cash"


def test_nothing_owed_and_no_tenders_are_refused() -> None:
    with pytest.raises(Conflict) as exc:
        plan_payment(0, [Tender("card", 1)])
    assert exc.value.code == "billing.nothing_owed"
    with pytest.raises(InvalidInput) as exc:
        plan_payment(100, [])
    assert exc.value.code == "billing.no_tenders"


def test_cash_is_listed_once() -> None:
    with pytest.raises(InvalidInput) as exc:
        plan_payment(100_000, [Tender("cash", 10_000), Tender("cash", 5_000)])
    assert exc.value.code == "billing.cash_twice"


def test_two_cards_are_two_payments() -> None:
    assert len(plan_payment(100_000, [Tender("card", 60_000), Tender("card", 40_000)]).payments) == 2


@pytest.mark.parametrize(
    ("tenders", "code", "field"),
    [
        ((), "billing.no_tenders", "billing.field.tenders"),
        ([], "billing.no_tenders", "billing.field.tenders"),
        ("card", "billing.not_a_list", "billing.field.tenders"),
        (("card", 100), "billing.not_a_list", "billing.field.tenders"),  # one pair, not a list of pairs
        ((("card",),), "billing.tender_shape", "billing.field.tenders"),
        ((("card", 1, 2),), "billing.tender_shape", "billing.field.tenders"),
        ((("cheque", 100),), "billing.unknown_method", "billing.field.method"),
        (((None, 100),), "billing.unknown_method", "billing.field.method"),
        ((("card", 0),), "billing.not_positive", "billing.field.amount"),
        ((("card", -5),), "billing.not_positive", "billing.field.amount"),
        ((("card", 1.5),), "billing.whole_number", "billing.field.amount"),
        ((("card", True),), "billing.whole_number", "billing.field.amount"),
        ((("card", "100"),), "billing.whole_number", "billing.field.amount"),
        ((("card", MAX_MONEY + 1),), "billing.too_large", "billing.field.amount"),
        (tuple(("card", 1) for _ in range(MAX_TENDERS + 1)), "billing.too_many", "billing.field.tenders"),
    ],
)
def test_bad_tenders_are_refused_naming_their_field(tenders: Any, code: str, field: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        TakePayment("2026-000001", tenders).validated()
    assert exc.value.code == code
    assert exc.value.params["field"].code == field


def test_take_payment_normalises_methods_and_keeps_pairs() -> None:
    cmd = TakePayment(" 2026-000001 ", [[" Card", 50_000], ("CASH", 10_000)], 20_000).validated()  # type: ignore[arg-type]
    assert cmd == TakePayment("2026-000001", (("card", 50_000), ("cash", 10_000)), 20_000)
    assert cmd.tender_list() == (Tender("card", 50_000), Tender("cash", 10_000))
    assert tenders_of(cmd.tenders) == cmd.tender_list()


@pytest.mark.parametrize("cash", [-1, 1.0, True, MAX_MONEY + 1])
def test_cash_tendered_must_be_whole_won(cash: Any) -> None:
    with pytest.raises(InvalidInput) as exc:
        TakePayment("2026-000001", (("cash", 1),), cash).validated()
    assert exc.value.params["field"].code == "billing.field.cash_tendered"
