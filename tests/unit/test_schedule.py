"""Working days, the mechanic's queue, promised dates and the wanted-by check (domain.mechanic.schedule)."""

from __future__ import annotations

import string
from collections.abc import Iterable
from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.common.fields import Field
from domain.errors import InvalidInput
from domain.mechanic.schedule import (
    MONDAY_TO_SATURDAY,
    WANTED_BY,
    DateRange,
    PlannedJob,
    QueuedJob,
    Slot,
    WorkingCalendar,
    cannot_finish_by,
    check_wanted_by,
    earliest_finish,
    is_overdue,
    next_free_day,
    parse_day,
    parse_wanted_by,
    plan_queue,
    promise_for_new,
    queue_end,
    require_not_past,
    weekday_mask,
    weekdays_from_mask,
)
from domain.texts import Message, catalogue

D = date.fromisoformat
ONE_DAY = timedelta(days=1)
# 2026-03-02 is a Monday (and, in Korea, the substitute holiday for 삼일절 on Sunday 03-01).
MON, TUE, WED, THU, FRI, SAT, SUN = (D("2026-03-09") + timedelta(days=i) for i in range(7))


# -- the naive reference: walk day by day -------------------------------------------------


def naive_is_working(weekdays: Iterable[int], closed: set[date], day: date) -> bool:
    return day.weekday() in set(weekdays) and day not in closed


def naive_add(weekdays: Iterable[int], closed: set[date], start: date, n: int) -> date:
    day, seen = start, 0
    while True:
        if naive_is_working(weekdays, closed, day):
            seen += 1
            if seen == n:
                return day
        day += ONE_DAY


def naive_between(weekdays: Iterable[int], closed: set[date], first: date, last: date) -> int:
    count, day = 0, first
    while day <= last:
        count += naive_is_working(weekdays, closed, day)
        day += ONE_DAY
    return count


# -- the weekly pattern ------------------------------------------------------------------


def test_the_default_week_is_monday_to_saturday() -> None:
    cal = WorkingCalendar()
    assert cal.weekdays == MONDAY_TO_SATURDAY
    assert [cal.is_working_day(d) for d in (MON, TUE, WED, THU, FRI, SAT, SUN)] == [True] * 6 + [False]


def test_a_custom_pattern_decides_which_weekdays_count() -> None:
    cal = WorkingCalendar(weekdays={1, 2, 3, 4, 5})  # Tuesday to Saturday
    assert not cal.is_working_day(MON)
    assert cal.is_working_day(SAT)
    assert cal.add_working_days(SUN, 1) == SUN + timedelta(days=2)  # the next Tuesday
    assert cal.working_days_between(MON, SUN) == 5


def test_a_week_without_a_working_day_is_refused() -> None:
    with pytest.raises(InvalidInput) as exc:
        WorkingCalendar(weekdays=())
    assert exc.value.code == "mechanic.no_working_weekday"


def test_weekdays_outside_monday_to_sunday_are_a_programming_error() -> None:
    with pytest.raises(ValueError, match="0 \\(Monday\\) to 6"):
        WorkingCalendar(weekdays={7})


def test_the_pattern_is_stored_as_seven_marks_monday_first() -> None:
    assert weekday_mask(MONDAY_TO_SATURDAY) == "1111110"
    assert weekdays_from_mask("0111110") == {1, 2, 3, 4, 5}
    assert weekdays_from_mask(weekday_mask({0, 6})) == {0, 6}


@pytest.mark.parametrize(
    ("mask", "code"),
    [("111111", "format"), ("11111102", "format"), ("1111x10", "format"), ("", "format"), ("0000000", "no_working")],
)
def test_a_bad_mask_is_refused_with_a_code(mask: str, code: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        weekdays_from_mask(mask)
    wanted = "mechanic.working_weekdays_format" if code == "format" else "mechanic.no_working_weekday"
    assert exc.value.code == wanted


# -- days off, closures and holidays ------------------------------------------------------------


def test_a_day_off_a_closure_and_a_holiday_are_not_working_days() -> None:
    cal = WorkingCalendar(days_off=[TUE], closures=[THU], holidays=[FRI])
    assert [cal.is_working_day(d) for d in (MON, TUE, WED, THU, FRI, SAT)] == [True, False, True, False, False, True]
    assert cal.working_days_between(MON, SUN) == 3
    assert cal.add_working_days(MON, 3) == SAT


def test_a_closure_range_covers_both_of_its_ends() -> None:
    cal = WorkingCalendar(closures=[DateRange(TUE, THU)])
    assert [cal.is_working_day(d) for d in (MON, TUE, WED, THU, FRI)] == [True, False, False, False, True]
    assert cal.add_working_days(MON, 2) == FRI


def test_a_closure_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(InvalidInput) as exc:
        WorkingCalendar(closures=[DateRange(THU, TUE)])
    assert exc.value.code == "mechanic.closure_ends_before_it_starts"
    assert exc.value.params == {"field": Field.CLOSURE, "first": THU.isoformat(), "last": TUE.isoformat()}


def test_only_exceptions_on_pattern_days_take_a_working_day_away() -> None:
    plain = WorkingCalendar()
    cal = WorkingCalendar(days_off=[SUN], holidays=[SUN, SUN + 7 * ONE_DAY], closures=[DateRange(SAT, SUN)])
    assert cal.working_days_between(MON, SUN + 7 * ONE_DAY) == plain.working_days_between(MON, SUN) + 6 - 1
    assert cal.add_working_days(FRI, 2) == MON + 7 * ONE_DAY


def test_the_same_day_given_as_holiday_day_off_and_closure_counts_once() -> None:
    cal = WorkingCalendar(days_off=[WED], closures=[WED, DateRange(WED, WED)], holidays=[WED, WED])
    assert cal.working_days_between(MON, SAT) == 5
    assert cal.add_working_days(MON, 5) == SAT


def test_holidays_given_as_a_function_are_asked_for_only_the_years_reached() -> None:
    asked: list[int] = []

    def holidays_of(year: int) -> list[date]:
        asked.append(year)
        return [date(year, 1, 1), date(year + 1, 1, 2)]  # a date of another year is ignored

    cal = WorkingCalendar(holidays=holidays_of)
    assert not cal.is_working_day(D("2026-01-01"))
    assert cal.is_working_day(D("2027-01-02"))  # Saturday; only 2027's own list counts
    assert cal.add_working_days(D("2026-12-31"), 2) == D("2027-01-02")
    assert cal.working_days_between(D("2026-01-01"), D("2026-01-03")) == 2  # Friday and Saturday
    assert sorted(set(asked)) == [2026, 2027]
    assert len(asked) == 2  # each year asked once, then remembered


def test_holidays_as_a_function_and_as_data_agree() -> None:
    days = [D("2026-02-16"), D("2026-02-17"), D("2026-02-18"), D("2027-02-08"), D("2027-02-09")]
    as_data = WorkingCalendar(holidays=days)
    as_function = WorkingCalendar(holidays=lambda year: [d for d in days if d.year == year])
    for start in (D("2026-02-13"), D("2026-12-30")):
        for n in (1, 3, 40, 300):
            assert as_data.add_working_days(start, n) == as_function.add_working_days(start, n)


# -- adding and counting working days -----------------------------------------------------------


def test_the_first_working_day_is_the_start_itself_when_it_is_worked() -> None:
    cal = WorkingCalendar()
    assert cal.add_working_days(MON, 1) == MON
    assert cal.add_working_days(SUN, 1) == SUN + ONE_DAY
    assert cal.first_working_day(SUN) == SUN + ONE_DAY


@pytest.mark.parametrize("n", [0, -1])
def test_counting_starts_at_one(n: int) -> None:
    with pytest.raises(ValueError, match="from 1"):
        WorkingCalendar().add_working_days(MON, n)


def test_whole_weeks_jump_by_the_patterns_count() -> None:
    cal = WorkingCalendar()
    assert cal.add_working_days(MON, 6) == SAT
    assert cal.add_working_days(MON, 7) == MON + 7 * ONE_DAY
    assert cal.add_working_days(MON, 6 * 52) == SAT + 51 * 7 * ONE_DAY
    assert cal.add_working_days(WED, 6 * 100 + 1) == WED + 100 * 7 * ONE_DAY
    two_days = WorkingCalendar(weekdays={2, 5})  # Wednesday and Saturday
    assert two_days.add_working_days(MON, 1) == WED
    assert two_days.add_working_days(MON, 4) == SAT + 7 * ONE_DAY


def test_counting_across_a_year_boundary() -> None:
    cal = WorkingCalendar(holidays=[D("2026-12-25"), D("2027-01-01")])
    # Thu 12-24, Sat 12-26, Mon 12-28 .. Thu 12-31, Sat 01-02, Mon 01-04
    assert cal.add_working_days(D("2026-12-24"), 7) == D("2027-01-02")
    assert cal.add_working_days(D("2026-12-24"), 8) == D("2027-01-04")
    assert cal.working_days_between(D("2026-12-24"), D("2027-01-04")) == 8
    assert cal.working_days_between(D("2026-12-01"), D("2028-12-31")) == naive_between(
        MONDAY_TO_SATURDAY, {D("2026-12-25"), D("2027-01-01")}, D("2026-12-01"), D("2028-12-31")
    )


def test_between_counts_both_ends_and_is_zero_backwards() -> None:
    cal = WorkingCalendar()
    assert cal.working_days_between(MON, MON) == 1
    assert cal.working_days_between(SUN, SUN) == 0
    assert cal.working_days_between(MON, SAT) == 6
    assert cal.working_days_between(SAT, MON) == 0


def test_a_long_closure_is_stepped_over() -> None:
    cal = WorkingCalendar(closures=[DateRange(D("2026-07-01"), D("2026-09-30"))])
    assert cal.add_working_days(D("2026-06-30"), 2) == D("2026-10-01")
    assert cal.working_days_between(D("2026-07-01"), D("2026-09-30")) == 0


calendars = st.builds(
    lambda weekdays, days_off, closures, holidays, as_function: (
        weekdays,
        days_off,
        closures,
        holidays,
        as_function,
    ),
    st.frozensets(st.integers(0, 6), min_size=1),
    st.lists(st.dates(D("2025-06-01"), D("2029-12-31")), max_size=40),
    st.lists(
        st.tuples(st.dates(D("2025-06-01"), D("2029-12-31")), st.integers(0, 25)).map(
            lambda t: DateRange(t[0], t[0] + timedelta(days=t[1]))
        ),
        max_size=6,
    ),
    st.lists(st.dates(D("2025-06-01"), D("2029-12-31")), max_size=60),
    st.booleans(),
)


def build(spec: tuple) -> tuple[WorkingCalendar, frozenset[int], set[date]]:
    weekdays, days_off, closures, holidays, as_function = spec
    closed = set(days_off) | set(holidays)
    for r in closures:
        closed.update(r.first + timedelta(days=i) for i in range((r.last - r.first).days + 1))
    source = (lambda year: [d for d in holidays if d.year == year]) if as_function else holidays
    return WorkingCalendar(weekdays, days_off, closures, source), weekdays, closed


@settings(max_examples=300, deadline=None)
@given(calendars, st.dates(D("2025-05-01"), D("2030-01-31")), st.integers(1, 900))
def test_add_working_days_equals_the_day_by_day_walk(spec: tuple, start: date, n: int) -> None:
    cal, weekdays, closed = build(spec)
    assert cal.add_working_days(start, n) == naive_add(weekdays, closed, start, n)


@settings(max_examples=300, deadline=None)
@given(calendars, st.dates(D("2025-05-01"), D("2030-01-31")), st.integers(-10, 1200))
def test_working_days_between_and_is_working_day_equal_the_walk(spec: tuple, first: date, length: int) -> None:
    cal, weekdays, closed = build(spec)
    last = first + timedelta(days=length)
    assert cal.working_days_between(first, last) == naive_between(weekdays, closed, first, last)
    for day in (first, last, first + timedelta(days=length // 2)):
        assert cal.is_working_day(day) == naive_is_working(weekdays, closed, day)


@settings(max_examples=200, deadline=None)
@given(calendars, st.dates(D("2025-05-01"), D("2030-01-31")), st.integers(1, 900))
def test_between_undoes_add(spec: tuple, start: date, n: int) -> None:
    cal, _, _ = build(spec)
    end = cal.add_working_days(start, n)
    assert cal.is_working_day(end)
    assert cal.working_days_between(start, end) == n


@settings(max_examples=200, deadline=None)
@given(calendars, st.dates(D("2025-05-01"), D("2029-12-31")), st.lists(st.integers(1, 60), max_size=40))
def test_lay_out_puts_stretches_end_to_end_as_the_walk_does(spec: tuple, first: date, durations: list[int]) -> None:
    cal, weekdays, closed = build(spec)
    expected, cursor = [], first
    for n in durations:
        begin = naive_add(weekdays, closed, cursor, 1)
        end = naive_add(weekdays, closed, begin, n)
        expected.append((begin, end))
        cursor = end + ONE_DAY
    assert cal.lay_out(first, durations) == expected


def test_lay_out_reaches_years_it_had_not_loaded() -> None:
    asked: list[int] = []

    def holidays_of(year: int) -> list[date]:
        asked.append(year)
        return [date(year, 1, 1)]

    cal = WorkingCalendar(holidays=holidays_of)
    stretches = cal.lay_out(D("2026-12-28"), [300] * 10)  # about ten years
    assert stretches[0] == (D("2026-12-28"), cal.add_working_days(D("2026-12-28"), 300))
    for (_, end), (begin, _) in pairwise(stretches):
        assert begin == cal.first_working_day(end + ONE_DAY)
    assert all(cal.working_days_between(b, e) == 300 for b, e in stretches)
    last = stretches[-1][1].year
    assert set(range(2026, last + 1)) <= set(asked) <= set(range(2026, last + 2))  # at most a year ahead
    assert len(asked) == len(set(asked))
    with pytest.raises(ValueError, match="at least one working day"):
        cal.lay_out(MON, [1, 0])


# -- the queue -------------------------------------------------------------------------------


def job(job_id: int, days: int, started_on: date | None = None, promised: date | None = None) -> QueuedJob:
    return QueuedJob(job_id, days, f"2026-03-01T09:{job_id:02d}:00+09:00", started_on, promised)


def by_id(planned: list[PlannedJob]) -> dict[int, tuple[date, date]]:
    return {p.job_id: (p.planned_start, p.promised_date) for p in planned}


def test_an_empty_queue_plans_nothing() -> None:
    assert plan_queue(WorkingCalendar(), MON, []) == []
    assert queue_end([]) is None


def test_jobs_queue_one_after_another_in_the_order_they_were_accepted() -> None:
    cal = WorkingCalendar()
    planned = plan_queue(cal, MON, [job(3, 1), job(1, 2), job(2, 3)])  # given out of order
    assert [p.job_id for p in planned] == [1, 2, 3]
    assert by_id(planned) == {1: (MON, TUE), 2: (WED, FRI), 3: (SAT, SAT)}
    assert queue_end(planned) == SAT
    assert not any(p.at_risk for p in planned)


def test_the_queue_skips_sunday_and_holidays() -> None:
    cal = WorkingCalendar(holidays=[WED])
    planned = plan_queue(cal, FRI - 7 * ONE_DAY, [job(1, 2), job(2, 3)])
    assert by_id(planned) == {1: (FRI - 7 * ONE_DAY, SAT - 7 * ONE_DAY), 2: (MON, THU)}


def test_acceptance_ties_are_broken_by_job_number() -> None:
    same = "2026-03-01T09:00:00+09:00"
    planned = plan_queue(WorkingCalendar(), MON, [QueuedJob(9, 1, same), QueuedJob(4, 1, same)])
    assert [p.job_id for p in planned] == [4, 9]


def test_a_job_ahead_finishing_early_brings_the_jobs_behind_forward() -> None:
    cal = WorkingCalendar()
    before = plan_queue(cal, MON, [job(1, 3, started_on=MON), job(2, 2), job(3, 1)])
    assert by_id(before) == {1: (MON, WED), 2: (THU, FRI), 3: (SAT, SAT)}
    # Job 1 is finished on Tuesday, a day early: it leaves the queue.
    remembered = {p.job_id: p.promised_date for p in before}
    after = plan_queue(cal, TUE, [job(2, 2, promised=remembered[2]), job(3, 1, promised=remembered[3])])
    assert by_id(after) == {2: (TUE, WED), 3: (THU, THU)}


def test_a_cancelled_job_makes_room_for_the_ones_behind() -> None:
    cal = WorkingCalendar()
    before = plan_queue(cal, MON, [job(1, 2), job(2, 3), job(3, 1)])
    after = plan_queue(cal, MON, [job(1, 2), job(3, 1, promised=by_id(before)[3][1])])
    assert by_id(before)[3] == (SAT, SAT)
    assert by_id(after) == {1: (MON, TUE), 3: (WED, WED)}


def test_a_job_moved_to_another_mechanic_joins_the_end_of_their_queue() -> None:
    cal = WorkingCalendar()
    kim = plan_queue(cal, MON, [job(1, 2), job(2, 2), job(3, 1)])
    lee = plan_queue(cal, MON, [job(7, 1)])
    # Job 2 moves from Kim to Lee before it started: Lee accepts it now, after job 7.
    moved = QueuedJob(2, 2, "2026-03-09T10:00:00+09:00", promised_date=by_id(kim)[2][1])
    kim_after = plan_queue(cal, MON, [job(1, 2), job(3, 1, promised=by_id(kim)[3][1])])
    lee_after = plan_queue(cal, MON, [job(7, 1, promised=by_id(lee)[7][1]), moved])
    assert by_id(kim_after) == {1: (MON, TUE), 3: (WED, WED)}
    assert by_id(lee_after) == {7: (MON, MON), 2: (TUE, WED)}
    # Lee's earlier promise is untouched; the moved job keeps Kim's promise (Thursday), met earlier.
    assert by_id(lee_after)[7] == by_id(lee)[7]
    assert by_id(kim)[2][1] == THU


def test_a_started_job_counts_from_the_day_it_started() -> None:
    cal = WorkingCalendar()
    planned = plan_queue(cal, WED, [job(1, 3, started_on=MON), job(2, 1)])
    assert by_id(planned) == {1: (MON, WED), 2: (THU, THU)}


def test_a_started_job_jumps_ahead_of_jobs_accepted_before_it() -> None:
    cal = WorkingCalendar()
    planned = plan_queue(cal, TUE, [job(1, 2), job(2, 1, started_on=TUE)])
    assert [p.job_id for p in planned] == [2, 1]
    assert by_id(planned) == {2: (TUE, TUE), 1: (WED, THU)}


def test_a_started_job_running_late_still_occupies_today_and_is_overdue() -> None:
    cal = WorkingCalendar()
    planned = plan_queue(cal, THU, [job(1, 2, started_on=MON), job(2, 1)])
    late, waiting = planned
    assert (late.planned_start, late.promised_date) == (MON, TUE)
    assert is_overdue(late.promised_date, THU, finished=False)
    assert (waiting.planned_start, waiting.promised_date) == (FRI, FRI)  # not before tomorrow
    assert queue_end(planned) == FRI


def test_a_late_job_alone_still_keeps_today_for_itself() -> None:
    cal = WorkingCalendar()
    planned = plan_queue(cal, THU, [job(1, 2, started_on=MON)])
    assert queue_end(planned) == TUE
    assert promise_for_new(cal, THU, queue_end(planned), 1) == Slot(FRI, FRI)


def test_a_late_job_on_a_sunday_leaves_monday_free() -> None:
    cal = WorkingCalendar()
    planned = plan_queue(cal, SUN, [job(1, 1, started_on=FRI), job(2, 1)])
    assert by_id(planned)[2] == (SUN + ONE_DAY, SUN + ONE_DAY)


def test_several_started_jobs_each_count_from_their_own_start() -> None:
    cal = WorkingCalendar()
    planned = plan_queue(cal, TUE, [job(1, 4, started_on=MON), job(2, 1, started_on=TUE), job(3, 1)])
    assert by_id(planned) == {1: (MON, THU), 2: (TUE, TUE), 3: (FRI, FRI)}


def test_a_promise_is_never_pushed_back_by_re_planning_but_shows_at_risk() -> None:
    cal = WorkingCalendar()
    first = plan_queue(cal, MON, [job(1, 2, started_on=MON), job(2, 1)])
    promised = by_id(first)[2][1]
    assert promised == WED
    # Job 1 runs two days late; on Thursday job 2 cannot be done before Friday.
    later = plan_queue(cal, THU, [job(1, 2, started_on=MON, promised=TUE), job(2, 1, promised=promised)])
    second = later[1]
    assert (second.planned_finish, second.promised_date, second.at_risk) == (FRI, WED, True)
    assert is_overdue(second.promised_date, THU, finished=False)


def test_a_promise_comes_forward_when_the_plan_allows() -> None:
    planned = plan_queue(WorkingCalendar(), MON, [job(1, 1, promised=FRI)])
    assert (planned[0].promised_date, planned[0].at_risk) == (MON, False)


def test_a_job_of_no_man_days_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="at least one man-day"):
        plan_queue(WorkingCalendar(), MON, [job(1, 0)])
    with pytest.raises(ValueError, match="at least one man-day"):
        promise_for_new(WorkingCalendar(), MON, None, 0)


def test_plan_queue_takes_any_iterable_once() -> None:
    planned = plan_queue(WorkingCalendar(), MON, (j for j in [job(1, 1, started_on=MON), job(2, 1)]))
    assert [p.job_id for p in planned] == [1, 2]


@pytest.mark.parametrize(
    ("promised", "today", "finished", "overdue"),
    [(WED, THU, False, True), (WED, WED, False, False), (WED, THU, True, False), (None, THU, False, False)],
)
def test_overdue_is_past_the_promised_day_and_not_finished(
    promised: date | None, today: date, finished: bool, overdue: bool
) -> None:
    assert is_overdue(promised, today, finished) is overdue


# -- the booking hot path ----------------------------------------------------------------------


def test_a_new_job_on_an_empty_queue_starts_on_the_first_working_day_from_today() -> None:
    cal = WorkingCalendar()
    assert promise_for_new(cal, SUN, None, 2) == Slot(SUN + ONE_DAY, SUN + 2 * ONE_DAY)
    assert next_free_day(cal, SUN, None) == SUN + ONE_DAY
    assert next_free_day(cal, MON, WED) == THU


queued_jobs = st.lists(
    st.tuples(st.integers(1, 5), st.one_of(st.none(), st.integers(-30, 2)), st.integers(0, 10_000)),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(calendars, st.dates(D("2025-06-01"), D("2028-12-31")), queued_jobs, st.integers(1, 5))
def test_the_hot_path_promise_equals_a_full_re_plan(spec: tuple, today: date, rows: list, days: int) -> None:
    cal, _, _ = build(spec)
    jobs = [
        QueuedJob(i + 1, d, f"{accepted:05d}", None if start is None else today + timedelta(days=start))
        for i, (d, start, accepted) in enumerate(rows)
    ]
    planned = plan_queue(cal, today, jobs)
    new = QueuedJob(len(jobs) + 1, days, "99999")  # accepted last
    replanned = plan_queue(cal, today, [*jobs, new])
    assert replanned[:-1] == planned  # booking at the end changes nobody's plan or promise
    last = replanned[-1]
    assert last.job_id == new.job_id
    assert promise_for_new(cal, today, queue_end(planned), days) == Slot(last.planned_start, last.promised_date)
    assert earliest_finish(cal, today, queue_end(planned), days) == last.promised_date


def test_booking_one_after_another_on_the_hot_path_matches_the_plan() -> None:
    cal = WorkingCalendar(holidays=[D("2026-03-11"), D("2026-05-05")], days_off=[D("2026-04-04")])
    end: date | None = None
    jobs: list[QueuedJob] = []
    for i in range(200):
        days = i % 5 + 1
        slot = promise_for_new(cal, MON, end, days)
        jobs.append(QueuedJob(i + 1, days, f"{i:04d}"))
        end = slot.promised_date
    planned = plan_queue(cal, MON, jobs)
    assert queue_end(planned) == end
    assert cal.working_days_between(MON, end) == sum(j.man_day for j in jobs)


# -- wanted-by ---------------------------------------------------------------------------------


@pytest.mark.parametrize("empty", ["", "   ", None])
def test_an_empty_wanted_by_means_none(empty: object) -> None:
    assert parse_wanted_by(empty) is None


def test_wanted_by_is_a_yyyy_mm_dd_date() -> None:
    assert parse_wanted_by("2026-03-02") == D("2026-03-02")
    assert parse_wanted_by(" 2026-03-02 ") == D("2026-03-02")


@pytest.mark.parametrize(
    "bad", ["2026/03/02", "20260302", "2026-3-2", "2026-02-30", "2026-W10-1", "내일", 20260302, "２０２６-03-02"]
)
def test_a_wanted_by_that_is_not_a_date_is_refused_naming_the_field(bad: object) -> None:
    with pytest.raises(InvalidInput) as exc:
        parse_wanted_by(bad)
    assert exc.value.code == "mechanic.date_format"
    assert exc.value.params == {"field": WANTED_BY}


def test_parse_day_names_the_field_it_is_given() -> None:
    field = Message("common.field.day_off")
    with pytest.raises(InvalidInput) as exc:
        parse_day("soon", field)
    assert exc.value.params["field"] == field


def test_a_wanted_by_in_the_past_is_refused_and_today_is_accepted() -> None:
    assert require_not_past(WED, WED) == WED
    with pytest.raises(InvalidInput) as exc:
        require_not_past(TUE, WED)
    assert exc.value.code == "mechanic.date_in_past"
    assert exc.value.params == {"field": WANTED_BY, "today": WED.isoformat()}


@pytest.mark.parametrize(
    ("wanted_by", "earliest", "can"), [(None, FRI, True), (FRI, FRI, True), (SAT, FRI, True), (THU, FRI, False)]
)
def test_check_wanted_by(wanted_by: date | None, earliest: date, can: bool) -> None:
    assert check_wanted_by(wanted_by, earliest) is can


def test_the_refusal_names_the_earliest_date_and_no_other_when_none_can() -> None:
    msg = cannot_finish_by("김정비", 3, WED, FRI, others=[("이정비", SAT)])
    assert msg == Message(
        "mechanic.cannot_finish_by",
        {"mechanic": "김정비", "days": 3, "wanted_by": "2026-03-11", "earliest": "2026-03-13"},
    )
    assert "2026-03-13" in text_of(msg, "en")
    assert "2026-03-13" in text_of(msg, "ko")


def test_the_refusal_names_the_other_mechanic_who_can_make_the_date_soonest() -> None:
    msg = cannot_finish_by("김정비", 2, THU, SAT, others=[("박정비", THU), ("이정비", WED), ("최정비", FRI)])
    assert msg.code == "mechanic.cannot_finish_by_other_can"
    assert (msg.params["other"], msg.params["other_earliest"]) == ("이정비", "2026-03-11")
    assert text_of(msg, "en") == (
        "김정비 cannot finish this 2-man-day repair by 2026-03-12: the earliest they could is 2026-03-14. "
        "이정비 could finish it by 2026-03-11."
    )
    assert text_of(msg, "ko") == (
        "김정비 정비사는 이 정비(2공수)를 2026-03-12까지 마칠 수 없습니다. 가장 빠른 완료일은 2026-03-14입니다. "
        "이정비 정비사는 2026-03-11까지 마칠 수 있습니다."
    )


def test_two_mechanics_end_to_end_the_busy_one_refuses_and_names_the_free_one() -> None:
    today = MON
    kim_cal = WorkingCalendar(holidays=[WED])
    lee_cal = WorkingCalendar(weekdays={0, 1, 2, 3, 4}, holidays=[WED])
    kim_end = queue_end(plan_queue(kim_cal, today, [job(1, 3, started_on=today), job(2, 2)]))
    lee_end = queue_end(plan_queue(lee_cal, today, [job(5, 1)]))
    wanted_by = FRI
    kim = earliest_finish(kim_cal, today, kim_end, 2)
    lee = earliest_finish(lee_cal, today, lee_end, 2)
    assert (kim, lee) == (MON + 8 * ONE_DAY, THU)
    assert not check_wanted_by(wanted_by, kim)
    assert check_wanted_by(wanted_by, lee)
    msg = cannot_finish_by("김정비", 2, wanted_by, kim, others=[("이정비", lee)])
    assert "이정비" in text_of(msg, "ko")


# -- the sentences -------------------------------------------------------------------------------


SCHEDULE_CODES = {
    "mechanic.no_working_weekday",
    "mechanic.working_weekdays_format",
    "mechanic.closure_ends_before_it_starts",
    "mechanic.date_format",
    "mechanic.date_in_past",
    "mechanic.cannot_finish_by",
    "mechanic.cannot_finish_by_other_can",
    "common.field.wanted_by",
    "common.field.working_days",
    "common.field.closure",
}
ALL_TEXTS = {code: text for code, text in catalogue().items() if code in SCHEDULE_CODES}


def text_of(message: Message, lang: str) -> str:
    """Render with the schedule's templates from the catalogue."""
    values = {k: text_of(v, lang) if isinstance(v, Message) else v for k, v in message.params.items()}
    return ALL_TEXTS[message.code].in_language(lang).format(**values)


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(ALL_TEXTS))
def test_every_sentence_is_in_english_and_korean_with_the_same_placeholders(code: str) -> None:
    text = ALL_TEXTS[code]
    assert placeholders(text.en) == placeholders(text.ko)
    assert not any("\uac00" <= ch <= "\ud7a3" for ch in text.en)
    assert any("\uac00" <= ch <= "\ud7a3" for ch in text.ko)
    assert code.split(".")[0] in {"mechanic", "common"}


def test_the_codes_raised_here_all_have_sentences() -> None:
    raised = [
        lambda: WorkingCalendar(weekdays=()),
        lambda: weekdays_from_mask("x"),
        lambda: WorkingCalendar(closures=[DateRange(THU, TUE)]),
        lambda: parse_wanted_by("soon"),
        lambda: require_not_past(TUE, WED),
    ]
    for make in raised:
        with pytest.raises(InvalidInput) as exc:
            make()
        for lang in ("en", "ko"):
            assert text_of(exc.value.text, lang)
    assert text_of(cannot_finish_by("a", 1, MON, TUE), "ko")
