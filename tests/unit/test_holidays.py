"""Korea's public holidays from the `holidays` package, checked against dates known in advance."""

from __future__ import annotations

from datetime import date

import pytest

from app.holidays import korean_holiday_names, korean_public_holidays
from domain.mechanic.schedule import QueuedJob, WorkingCalendar, plan_queue

D = date.fromisoformat


@pytest.mark.parametrize(
    ("day", "name_ko"),
    [
        ("2026-01-01", "신정"),
        ("2026-02-16", "설날 전날"),  # lunar new year: the day before, the day, the day after
        ("2026-02-17", "설날"),
        ("2026-02-18", "설날 다음날"),
        ("2026-03-02", "삼일절 대체 휴일"),  # 3·1절 falls on a Sunday
        ("2026-05-25", "부처님오신날 대체 휴일"),  # 부처님오신날 (lunar) on Sunday 05-24
        ("2026-08-17", "광복절 대체 휴일"),  # 광복절 on a Saturday
        ("2026-09-24", "추석 전날"),
        ("2026-09-25", "추석"),
        ("2026-09-26", "추석 다음날"),
        ("2026-10-05", "개천절 대체 휴일"),  # 개천절 on a Saturday
        ("2026-10-09", "한글날"),
        ("2026-12-25", "기독탄신일"),
        ("2027-02-09", "설날 대체 휴일"),  # 설날 on a Sunday in 2027
        ("2027-09-15", "추석"),
    ],
)
def test_known_korean_holidays_are_in_the_calendar(day: str, name_ko: str) -> None:
    assert D(day) in korean_public_holidays(D(day).year)
    assert name_ko in korean_holiday_names(D(day).year, "ko")[D(day)]


def test_days_that_are_not_holidays_are_not_listed() -> None:
    for day in ("2026-02-19", "2026-03-03", "2026-09-23", "2026-09-28", "2026-06-08"):
        assert D(day) not in korean_public_holidays(D(day).year)
    # 현충일 has no substitute: Saturday 2026-06-06 is not moved to Monday.
    assert D("2026-06-06") in korean_public_holidays(2026)


def test_a_year_is_sorted_of_its_own_dates_and_computed_once() -> None:
    days = korean_public_holidays(2027)
    assert list(days) == sorted(days)
    assert {d.year for d in days} == {2027}
    assert korean_public_holidays(2027) is days


def test_names_come_in_english_too() -> None:
    assert korean_holiday_names(2026, "en")[D("2026-09-25")] == "Chuseok"
    assert korean_holiday_names(2026, "xx")[D("2026-09-25")] == "Chuseok"


def test_a_mechanic_calendar_skips_seollal_and_chuseok() -> None:
    cal = WorkingCalendar(holidays=korean_public_holidays)
    # Friday 02-13, Saturday 02-14, then Sunday and 설날 Monday to Wednesday: the next is Thursday 02-19.
    assert cal.add_working_days(D("2026-02-13"), 3) == D("2026-02-19")
    assert cal.working_days_between(D("2026-09-21"), D("2026-09-30")) == 6  # Mon 21 - Wed 23, Mon 28 - Wed 30
    planned = plan_queue(cal, D("2026-09-23"), [QueuedJob(1, 2, "2026-09-22T10:00:00+09:00")])
    assert (planned[0].planned_start, planned[0].promised_date) == (D("2026-09-23"), D("2026-09-28"))
