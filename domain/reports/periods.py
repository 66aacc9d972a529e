"""Report periods: a range of business days, and the day, week or month each day falls in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from domain.common.fields import Field
from domain.errors import InvalidInput

GROUPINGS = ("day", "week", "month")
#: The longest range one report covers (ten years of days: far beyond any shop's question).
MAX_DAYS = 3660


def parse_day(text: str) -> date:
    """A YYYY-MM-DD day, or the refusal every date field gives."""
    try:
        return date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise InvalidInput("reception.not_a_date", field=Field.DAY, day=text) from None


@dataclass(frozen=True)
class DayRange:
    """The business days from `first` to `last`, both included."""

    first: date
    last: date

    @classmethod
    def of(cls, first: str, last: str) -> DayRange:
        a, b = parse_day(first), parse_day(last)
        if b < a:
            raise InvalidInput("reports.range_backwards", field=Field.DAY, first=a.isoformat(), last=b.isoformat())
        if (b - a).days >= MAX_DAYS:
            raise InvalidInput(
                "reports.range_too_long", field=Field.DAY, days=MAX_DAYS, first=a.isoformat(), last=b.isoformat()
            )
        return cls(a, b)

    @property
    def first_day(self) -> str:
        return self.first.isoformat()

    @property
    def last_day(self) -> str:
        return self.last.isoformat()

    @property
    def end(self) -> str:
        """The day after the last, for half-open ranges of timestamps."""
        return (self.last + timedelta(days=1)).isoformat()

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


def period_of(day: str, grouping: str) -> str:
    """The label of the period `day` falls in: the day, its ISO week (2026-W48) or its month (2026-11)."""
    if grouping == "day":
        return day
    if grouping == "month":
        return day[:7]
    year, week, _ = date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02d}"


def this_week(today: date) -> DayRange:
    monday = today - timedelta(days=today.weekday())
    return DayRange(monday, monday + timedelta(days=6))


def this_month(today: date) -> DayRange:
    first = today.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return DayRange(first, following - timedelta(days=1))


def last_month(today: date) -> DayRange:
    return this_month(today.replace(day=1) - timedelta(days=1))
