"""Report periods: ranges refused when backwards or too long, days grouped into ISO weeks and months."""

from __future__ import annotations

from datetime import date

import pytest

from domain.errors import InvalidInput
from domain.reports.periods import DayRange, last_month, period_of, this_month, this_week


def test_a_range_includes_both_ends_and_is_refused_backwards_or_not_a_date() -> None:
    days = DayRange.of("2026-11-01", "2026-11-30")
    assert (days.days, days.end) == (30, "2026-12-01")
    with pytest.raises(InvalidInput) as backwards:
        DayRange.of("2026-11-30", "2026-11-01")
    assert backwards.value.code == "reports.range_backwards"
    assert "보고서" in backwards.value.render("ko")
    with pytest.raises(InvalidInput) as not_a_date:
        DayRange.of("2026-13-01", "2026-11-01")
    assert not_a_date.value.code == "reception.not_a_date"


def test_days_fall_in_iso_weeks_and_months_across_a_year_end() -> None:
    assert period_of("2026-11-24", "day") == "2026-11-24"
    assert period_of("2026-11-24", "week") == "2026-W48"
    assert period_of("2026-11-24", "month") == "2026-11"
    assert period_of("2027-01-01", "week") == "2026-W53"  # a Friday: its week began in 2026


def test_the_screens_ranges() -> None:
    today = date(2026, 3, 4)  # a Wednesday
    assert (this_week(today).first_day, this_week(today).last_day) == ("2026-03-02", "2026-03-08")
    assert (this_month(today).first_day, this_month(today).last_day) == ("2026-03-01", "2026-03-31")
    assert (last_month(today).first_day, last_month(today).last_day) == ("2026-02-01", "2026-02-28")
    assert last_month(date(2026, 1, 15)).first_day == "2025-12-01"
