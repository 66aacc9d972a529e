"""A mechanic's working calendar: which days they work, counted fast over long horizons.

A working day is a day of the mechanic's weekly pattern (Monday to Saturday unless
told otherwise) that is none of: their days off, the shop's closures, a public
holiday. The arithmetic never walks day by day over a long queue: it jumps whole
weeks by the pattern's count of days and corrects with a sorted list of the
exceptions (the non-working days that fall on a pattern day), counted with
`bisect`. The list covers the whole years reached so far and grows when a date
outside them is asked about. Public holidays are data the caller hands over — a
collection of dates or a function giving a year's dates — so the domain imports
no calendar library (app.holidays adapts one) and only loads the years it reaches.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from datetime import MAXYEAR, date
from functools import cache
from typing import NamedTuple

from domain.common.fields import Field
from domain.errors import InvalidInput

#: date.weekday() numbers: 0 is Monday, 6 is Sunday.
MONDAY_TO_SATURDAY: frozenset[int] = frozenset(range(6))

HolidaySource = Callable[[int], Iterable[date]] | Iterable[date]

_MASK = re.compile(r"[01]{7}")


class DateRange(NamedTuple):
    """Consecutive days, both ends included (a closure such as a summer break)."""

    first: date
    last: date


def weekdays_from_mask(mask: str) -> frozenset[int]:
    """The weekdays of a stored pattern: seven marks, Monday first, `1` working ("1111110")."""
    if not isinstance(mask, str) or not _MASK.fullmatch(mask):
        raise InvalidInput("mechanic.working_weekdays_format", field=Field.WORKING_DAYS)
    weekdays = frozenset(i for i, mark in enumerate(mask) if mark == "1")
    if not weekdays:
        raise InvalidInput("mechanic.no_working_weekday", field=Field.WORKING_DAYS)
    return weekdays


def weekday_mask(weekdays: Iterable[int]) -> str:
    """The seven-mark text of a pattern (the inverse of weekdays_from_mask)."""
    days = set(weekdays)
    return "".join("1" if i in days else "0" for i in range(7))


@cache
def _offsets(pattern: frozenset[int]) -> tuple[tuple[int, ...], ...]:
    """For each weekday w: how many days after a day of weekday w each pattern day of the next seven falls."""
    return tuple(tuple(sorted((p - w) % 7 for p in pattern)) for w in range(7))


def _weekday(ordinal: int) -> int:
    return (ordinal - 1) % 7  # ordinal 1 is Monday 0001-01-01


def _year(ordinal: int) -> int:
    return date.fromordinal(ordinal).year


class WorkingCalendar:
    """The days one mechanic works.

    `weekdays` is the weekly pattern (date.weekday() numbers), `days_off` the
    mechanic's own dates off, `closures` the shop's closed dates or DateRanges,
    `holidays` the public holidays as dates or as a function of the year.
    The calendar is read-only; it memoises each year's exceptions on first use.
    """

    __slots__ = ("_by_year", "_fixed", "_holidays_of", "_offsets", "_per_week", "_span", "weekdays")

    def __init__(
        self,
        weekdays: Iterable[int] = MONDAY_TO_SATURDAY,
        days_off: Iterable[date] = (),
        closures: Iterable[date | DateRange] = (),
        holidays: HolidaySource = (),
    ) -> None:
        pattern = frozenset(weekdays)
        if not pattern:
            raise InvalidInput("mechanic.no_working_weekday", field=Field.WORKING_DAYS)
        if not pattern <= frozenset(range(7)):
            raise ValueError(f"weekdays are 0 (Monday) to 6 (Sunday), got {sorted(pattern)}")
        self.weekdays = pattern
        self._per_week = len(pattern)
        self._offsets = _offsets(pattern)
        fixed: dict[int, set[int]] = {}
        for day in days_off:
            fixed.setdefault(day.year, set()).add(day.toordinal())
        for closure in closures:
            first, last = (closure, closure) if isinstance(closure, date) else closure
            if last < first:
                raise InvalidInput(
                    "mechanic.closure_ends_before_it_starts",
                    field=Field.CLOSURE,
                    first=first.isoformat(),
                    last=last.isoformat(),
                )
            for ordinal in range(first.toordinal(), last.toordinal() + 1):
                fixed.setdefault(_year(ordinal), set()).add(ordinal)
        self._fixed = fixed
        if callable(holidays):
            self._holidays_of: Callable[[int], Iterable[date]] = holidays
        else:
            listed: dict[int, list[date]] = {}
            for day in holidays:
                listed.setdefault(day.year, []).append(day)
            self._holidays_of = lambda year: listed.get(year, ())
        self._by_year: dict[int, list[int]] = {}
        # The years loaded so far, as one sorted list: (first ordinal, end ordinal, exceptions).
        self._span: tuple[int, int, list[int]] = (0, 0, [])

    def __repr__(self) -> str:
        return f"WorkingCalendar(weekdays={weekday_mask(self.weekdays)!r})"

    # -- the public arithmetic -------------------------------------------------------

    def is_working_day(self, day: date) -> bool:
        """Whether the mechanic works on `day`."""
        ordinal = day.toordinal()
        if _weekday(ordinal) not in self.weekdays:
            return False
        exceptions = self._exceptions_covering(ordinal, ordinal)
        i = bisect_left(exceptions, ordinal)
        return i == len(exceptions) or exceptions[i] != ordinal

    def add_working_days(self, start: date, n: int) -> date:
        """The date the n-th working day on or after `start` falls on (n >= 1; n=1 is the first)."""
        if n < 1:
            raise ValueError(f"n counts working days from 1, got {n}")
        return date.fromordinal(self._add(start.toordinal(), n))

    def working_days_between(self, first: date, last: date) -> int:
        """How many working days lie from `first` to `last`, both counted (0 when last < first)."""
        a, b = first.toordinal(), last.toordinal()
        if b < a:
            return 0
        exceptions = self._exceptions_covering(a, b)
        return self._pattern_days_between(a, b) - (bisect_right(exceptions, b) - bisect_left(exceptions, a))

    def first_working_day(self, on_or_after: date) -> date:
        """The first working day on or after a date."""
        return date.fromordinal(self._add(on_or_after.toordinal(), 1))

    def lay_out(self, first: date, durations: Iterable[int]) -> list[tuple[date, date]]:
        """Stretches of working days laid end to end from `first`: (first day, last day) for each duration.

        One sweep for a whole queue: the stretches' ends are the m-th working days
        from `first` for growing m, so a pointer steps over each exception once and
        each stretch costs O(1), whatever its length.
        """
        origin = first.toordinal()
        offsets, per_week = self._offsets[_weekday(origin)], self._per_week
        start, end, exceptions = self._span
        if not start <= origin < end:
            _, end, exceptions = self._extend_span(origin, origin)
        j = bisect_left(exceptions, origin)  # the next exception not yet stepped over
        skipped = 0  # exceptions stepped over so far
        laid = 0  # working days handed out so far

        def pattern_index(k: int) -> int | float:
            """Which pattern day from `first` exception k is (0 the first); infinity past the list."""
            if k >= len(exceptions):
                return math.inf
            weeks, rest = divmod(exceptions[k] - origin + 1, 7)
            return weeks * per_week + bisect_left(offsets, rest) - 1

        upcoming = pattern_index(j)

        def working_day(m: int) -> int:
            """The day number of the m-th working day from `first` (m >= 1, never smaller than before)."""
            nonlocal j, skipped, exceptions, end, upcoming
            while True:
                q = m - 1 + skipped  # the m-th working day is pattern day q, counting the exceptions before it
                while upcoming <= q:
                    j += 1
                    skipped += 1
                    q += 1
                    upcoming = pattern_index(j)
                weeks, rest = divmod(q, per_week)
                ordinal = origin + 7 * weeks + offsets[rest]
                if ordinal < end or j < len(exceptions):
                    return ordinal  # every exception up to `ordinal` was seen
                _, end, exceptions = self._extend_span(origin, ordinal, years_ahead=1)
                upcoming = pattern_index(j)

        stretches = []
        for n in durations:
            if n < 1:
                raise ValueError(f"a stretch holds at least one working day, got {n}")
            begin = working_day(laid + 1)
            laid += n
            stretches.append((date.fromordinal(begin), date.fromordinal(working_day(laid))))
        return stretches

    # -- in day numbers (date.toordinal) ------------------------------------------------

    def _add(self, ordinal: int, n: int) -> int:
        end = self._nth_pattern_day(ordinal, n)
        exceptions = self._exceptions_covering(ordinal, end)
        missing = bisect_right(exceptions, end) - bisect_left(exceptions, ordinal)
        # Each round asks for as many more pattern days as the last stretch held
        # exceptions; it ends on a stretch with none, whose last day is a working day.
        while missing:
            after = end + 1
            end = self._nth_pattern_day(after, missing)
            exceptions = self._exceptions_covering(after, end)
            missing = bisect_right(exceptions, end) - bisect_left(exceptions, after)
        return end

    def _nth_pattern_day(self, ordinal: int, n: int) -> int:
        weeks, rest = divmod(n - 1, self._per_week)
        return ordinal + 7 * weeks + self._offsets[_weekday(ordinal)][rest]

    def _pattern_days_between(self, a: int, b: int) -> int:
        weeks, rest = divmod(b - a + 1, 7)
        return weeks * self._per_week + bisect_left(self._offsets[_weekday(a)], rest)

    # -- the exceptions ---------------------------------------------------------------

    def _exceptions_covering(self, a: int, b: int) -> list[int]:
        """The sorted exceptions of a span of whole years that holds day numbers a to b."""
        first, end, exceptions = self._span
        if first <= a and b < end:
            return exceptions
        return self._extend_span(a, b)[2]

    def _extend_span(self, a: int, b: int, years_ahead: int = 0) -> tuple[int, int, list[int]]:
        """Load the years from a to b (and `years_ahead` more) into the span; returns the new span."""
        first, end, _ = self._span
        years = [_year(a), _year(b) + years_ahead]
        if end:
            years += [_year(first), _year(end - 1)]
        low, high = min(years), min(max(years) + 1, MAXYEAR + 1)
        exceptions = [o for year in range(low, high) for o in self._exceptions_of(year)]
        end = date(high, 1, 1).toordinal() if high <= MAXYEAR else date.max.toordinal() + 1
        # One tuple, assigned at once: a concurrent reader sees the old span or the new one.
        span = (date(low, 1, 1).toordinal(), end, exceptions)
        self._span = span
        return span

    def _exceptions_of(self, year: int) -> list[int]:
        """Sorted day numbers of `year`'s pattern days that are not worked."""
        found = self._by_year.get(year)
        if found is None:
            ordinals = set(self._fixed.get(year, ()))
            ordinals.update(d.toordinal() for d in self._holidays_of(year) if d.year == year)
            found = sorted(o for o in ordinals if _weekday(o) in self.weekdays)
            self._by_year[year] = found
        return found
