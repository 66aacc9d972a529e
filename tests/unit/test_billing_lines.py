"""A bill's arithmetic: charges, discounts by amount and percent on a line and on the bill, VAT half up."""

from __future__ import annotations

from decimal import Decimal

import pytest

from domain.billing.lines import Line, LineKind, half_up, price, vat_of
from domain.errors import Conflict, NotFound

TEN = Decimal("0.10")


def labour(n: int, amount: int) -> Line:
    return Line.labour(n, f"labour {n}", amount)


def part(n: int, quantity: int, unit_price: int) -> Line:
    return Line.part(n, 100 + n, 200 + n, f"P-{n}", f"part {n}", quantity, unit_price)


def off(n: int, *, amount: int = 0, percent: str = "0", on: int = 0) -> Line:
    return Line.discount(n, f"discount {n}", amount, Decimal(percent), on)


@pytest.mark.parametrize(
    ("subtotal", "vat"),
    [
        (0, 0),
        (4, 0),  # 0.4 down
        (5, 1),  # 0.5 up, not to even
        (15, 2),  # 1.5 up
        (25, 3),  # 2.5 up: banker's rounding would give 2
        (264_005, 26_401),  # 26,400.5 up
        (264_004, 26_400),  # 26,400.4 down
        (999_999_999_995, 100_000_000_000),
    ],
)
def test_vat_rounds_half_up_to_the_won(subtotal: int, vat: int) -> None:
    assert vat_of(subtotal, TEN) == vat


def test_half_up_never_rounds_to_even() -> None:
    assert [half_up(Decimal(x)) for x in ("0.5", "1.5", "2.5", "2.4999", "-0.5")] == [1, 2, 3, 2, -1]


def test_labour_and_parts_at_frozen_prices_with_vat() -> None:
    p = price([labour(1, 86_000), part(2, 1, 48_000), part(3, 2, 65_003)], TEN)
    assert (p.labour, p.parts, p.discounts) == (86_000, 178_006, 0)
    assert p.subtotal == 264_006
    assert p.vat == 26_401  # 26,400.6
    assert p.total == 290_407
    assert p.amounts == {1: 86_000, 2: 48_000, 3: 130_006}


def test_an_amount_off_a_line() -> None:
    p = price([labour(1, 50_000), part(2, 1, 48_000), off(3, amount=8_000, on=2)], TEN)
    assert p.amounts[3] == -8_000
    assert p.discounts == 8_000
    assert p.subtotal == 90_000
    assert p.vat == 9_000


def test_a_percent_off_a_line_rounds_half_up_to_the_won() -> None:
    # 12.5 % of 10,001 is 1,250.125 -> 1,250; 15 % of 10,003 is 1,500.45 -> 1,500; 5 % of 10,010 is 500.5 -> 501
    assert price([labour(1, 10_001), off(2, percent="12.5", on=1)], TEN).amounts[2] == -1_250
    assert price([labour(1, 10_003), off(2, percent="15", on=1)], TEN).amounts[2] == -1_500
    assert price([labour(1, 10_010), off(2, percent="5", on=1)], TEN).amounts[2] == -501


def test_a_percent_off_the_whole_bill_applies_after_the_line_discounts() -> None:
    lines = [labour(1, 100_000), part(2, 1, 50_000), off(3, amount=10_000, on=2), off(4, percent="10")]
    p = price(lines, TEN)
    assert p.amounts[4] == -14_000  # 10 % of (100,000 + 50,000 - 10,000)
    assert p.subtotal == 126_000
    assert p.vat == 12_600
    assert p.total == 138_600


def test_vat_is_charged_on_the_discounted_subtotal_half_up() -> None:
    p = price([labour(1, 10_000), off(2, amount=4_995)], TEN)
    assert p.subtotal == 5_005
    assert p.vat == 501  # 500.5 rounds up
    p = price([labour(1, 10_000), off(2, amount=4_996)], TEN)
    assert p.vat == 500  # 500.4 rounds down


def test_percentages_on_one_base_add_before_rounding() -> None:
    # Two 50 % discounts on 1 won take the whole won, not 2 won (1 + 1 by rounding each).
    p = price([labour(1, 1), off(2, percent="50", on=1), off(3, percent="50", on=1)], TEN)
    assert p.amounts[2] + p.amounts[3] == -1
    assert p.subtotal == 0
    # Three thirds of 100 come to 100 exactly (33 + 34 + 33 by cumulative rounding).
    thirds = [off(n, percent="33.33") for n in (2, 3, 4)]
    p = price([labour(1, 100), *thirds], TEN)
    assert sum(-p.amounts[n] for n in (2, 3, 4)) == half_up(Decimal(100) * Decimal("99.99") / 100) == 100


def test_a_full_discount_leaves_a_zero_bill() -> None:
    p = price([labour(1, 77_777), off(2, percent="100")], TEN)
    assert (p.subtotal, p.vat, p.total) == (0, 0, 0)


def test_discounts_over_a_line_are_refused() -> None:
    with pytest.raises(Conflict) as exc:
        price([labour(1, 10_000), part(2, 1, 5_000), off(3, amount=6_000, on=2)], TEN)
    assert exc.value.code == "billing.discount_over_line"
    assert exc.value.params == {"line_id": 2, "discount": 6_000, "amount": 5_000}
    with pytest.raises(Conflict):  # 60 % and 50 % of the same line
        price([labour(1, 10_000), off(2, percent="60", on=1), off(3, percent="50", on=1)], TEN)
    with pytest.raises(Conflict):  # 100 % and 1 won
        price([labour(1, 10_000), off(2, percent="100", on=1), off(3, amount=1, on=1)], TEN)


def test_discounts_over_the_bill_are_refused() -> None:
    with pytest.raises(Conflict) as exc:
        price([labour(1, 10_000), off(2, amount=5_000, on=1), off(3, amount=5_001)], TEN)
    assert exc.value.code == "billing.discount_over_bill"
    assert exc.value.params == {"discount": 5_001, "amount": 5_000}
    assert price([labour(1, 10_000), off(2, amount=5_000, on=1), off(3, amount=5_000)], TEN).total == 0


def test_a_discount_on_a_line_the_bill_does_not_have_is_refused() -> None:
    with pytest.raises(NotFound) as exc:
        price([labour(1, 10_000), off(2, amount=1, on=9)], TEN)
    assert exc.value.params == {"line_id": 9}


def test_line_kinds_and_gross() -> None:
    assert labour(1, 5).gross == 5 and labour(1, 5).kind is LineKind.LABOUR
    assert part(1, 3, 7).gross == 21 and part(1, 3, 7).is_charge
    assert off(1, amount=5).gross == 0 and not off(1, amount=5).is_charge
