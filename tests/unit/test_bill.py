"""The bill's arithmetic: labour + frozen part prices, VAT half up to the won; document numbers."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.billing.numbers import format_number
from domain.jobs.events import PartLine
from domain.reception.model import compute_bill, vat_of

TEN = Decimal("0.10")


@pytest.mark.parametrize(
    ("subtotal", "vat"),
    [
        (0, 0),
        (4, 0),  # 0.4 rounds down
        (5, 1),  # 0.5 won rounds half UP, not to even
        (6, 1),
        (14, 1),
        (15, 2),  # 1.5 -> 2
        (25, 3),  # 2.5 -> 3 (banker's rounding would give 2)
        (240_005, 24_001),
        (240_004, 24_000),
        (999_999_999_995, 100_000_000_000),
    ],
)
def test_vat_at_ten_percent_rounds_half_up(subtotal: int, vat: int) -> None:
    assert vat_of(subtotal, TEN) == vat


def test_vat_at_other_rates() -> None:
    assert vat_of(1_000, Decimal("0")) == 0
    assert vat_of(1_000, Decimal("0.075")) == 75
    assert vat_of(10, Decimal("0.075")) == 1  # 0.75 -> 1
    assert vat_of(2, Decimal("0.25")) == 1  # 0.5 -> 1
    assert vat_of(333, Decimal("0.15")) == 50  # 49.95 -> 50


def test_vat_is_an_int() -> None:
    assert type(vat_of(12_345, TEN)) is int


def test_a_bill_of_labour_only() -> None:
    bill = compute_bill(50_000, (), TEN)
    assert (bill.fare, bill.parts, bill.subtotal, bill.vat, bill.total) == (50_000, (), 50_000, 5_000, 55_000)
    assert bill.vat_rate == TEN


def test_the_264006_bill() -> None:
    """Labour 100,005 + 2 × 48,000 + 4 × 11,000 = 240,005; VAT 24,000.5 → 24,001; total 264,006."""
    parts = (
        PartLine(1, 5, "OIL-5W30-4L", "엔진오일 5W-30 4L", 2, 48_000),
        PartLine(2, 9, "LMP-H7", "전조등 전구 H7", 4, 11_000),
    )
    bill = compute_bill(100_005, parts, TEN)
    assert bill.subtotal == 240_005
    assert bill.vat == 24_001
    assert bill.total == 264_006
    assert f"{bill.total:,}" == "264,006"
    assert bill.parts == parts


def test_a_free_job_costs_nothing() -> None:
    bill = compute_bill(0, (), TEN)
    assert (bill.subtotal, bill.vat, bill.total) == (0, 0, 0)


@given(
    fare=st.integers(0, 10**12),
    lines=st.lists(st.tuples(st.integers(1, 10_000), st.integers(0, 10**8)), max_size=8),
)
def test_total_is_subtotal_plus_half_up_vat(fare: int, lines: list[tuple[int, int]]) -> None:
    parts = tuple(PartLine(n, n, f"P{n}", "part", q, price) for n, (q, price) in enumerate(lines, 1))
    bill = compute_bill(fare, parts, TEN)
    assert bill.subtotal == fare + sum(q * p for q, p in lines)
    # Integer half-up: (10 × subtotal + 50) // 100 at exactly 10 %.
    assert bill.vat == (bill.subtotal * 10 + 50) // 100
    assert bill.total == bill.subtotal + bill.vat


@pytest.mark.parametrize(
    ("pattern", "year", "seq", "expected"),
    [
        ("{year}-{seq:06d}", 2026, 42, "2026-000042"),
        ("{year}-{seq:06d}", 2026, 1, "2026-000001"),
        ("{year}-{seq:06d}", 2027, 999_999, "2027-999999"),
        ("{year}-{seq:06d}", 2027, 1_000_000, "2027-1000000"),
        ("CN{year}-{seq:06d}", 2026, 3, "CN2026-000003"),
        ("INV/{year}/{seq:04d}", 2026, 17, "INV/2026/0017"),
    ],
)
def test_format_number(pattern: str, year: int, seq: int, expected: str) -> None:
    assert format_number(pattern, year, seq) == expected
