"""Promising a booking for a mechanic with 1,000 open jobs: the O(1) hot path against re-planning.

The queue: 1,000 accepted jobs of 1–5 man-days (about ten years of work) for a
Monday–Saturday mechanic with Korea's public holidays, a few days off and two
shop closures. Measured in the same run:

- `promise_for_new` — what booking does: the new job's slot from where the queue
  ends; once on a calendar already used, once on a calendar built for the request
  (the app builds one per request from the stored pattern, days off and closures);
- `plan_queue` — re-planning all 1,001 jobs (what a finish, cancel or move does);
- a naive planner that walks the same queue day by day (the baseline).

Target (issue 10): booking for a mechanic with 1,000 open jobs costs under 2 ms of
extra work per request; this part should be a small fraction of it.
"""

from __future__ import annotations

import os
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta

from app.holidays import korean_public_holidays
from domain.mechanic.schedule import (
    DateRange,
    PlannedJob,
    QueuedJob,
    WorkingCalendar,
    plan_queue,
    promise_for_new,
    queue_end,
)

ROUNDS = 5
OPEN_JOBS = 1_000
TODAY = date(2026, 3, 9)
ONE_DAY = timedelta(days=1)
DAYS_OFF = [date(2026, 4, 4), date(2026, 7, 20), date(2026, 7, 21), date(2027, 1, 15)]
CLOSURES = [DateRange(date(2026, 8, 3), date(2026, 8, 8)), DateRange(date(2026, 12, 28), date(2026, 12, 31))]


def calendar() -> WorkingCalendar:
    return WorkingCalendar(days_off=DAYS_OFF, closures=CLOSURES, holidays=korean_public_holidays)


def open_jobs() -> list[QueuedJob]:
    rng = random.Random(10)
    jobs = [QueuedJob(1, 4, "2026-03-05T09:00:00+09:00", started_on=TODAY - 2 * ONE_DAY)]
    jobs += [QueuedJob(i, rng.randint(1, 5), f"2026-03-06T09:{i:04d}") for i in range(2, OPEN_JOBS + 1)]
    return jobs


def naive_plan(today: date, jobs: list[QueuedJob]) -> list[PlannedJob]:
    """The same plan, walking one day at a time over a set of closed days."""
    closed = set(DAYS_OFF)
    for r in CLOSURES:
        closed.update(r.first + timedelta(days=i) for i in range((r.last - r.first).days + 1))
    for year in range(today.year - 1, today.year + 30):
        closed.update(korean_public_holidays(year))

    def working(day: date) -> bool:
        return day.weekday() < 6 and day not in closed

    def finish_of(start: date, days: int) -> date:
        day, done = start, 0
        while True:
            if working(day):
                done += 1
                if done == days:
                    return day
            day += ONE_DAY

    plan: list[PlannedJob] = []
    free_from = today
    waiting = []
    for job in jobs:
        if job.started_on is None:
            waiting.append(job)
            continue
        finish = finish_of(job.started_on, job.man_day)
        plan.append(PlannedJob(job.job_id, job.started_on, finish, finish))
        free_from = max(free_from, max(finish, today) + ONE_DAY)
    for job in sorted(waiting, key=lambda j: (j.accepted_at, j.job_id)):
        start = free_from
        while not working(start):
            start += ONE_DAY
        finish = finish_of(start, job.man_day)
        plan.append(PlannedJob(job.job_id, start, finish, finish))
        free_from = finish + ONE_DAY
    return plan


def naive_walk(cal: WorkingCalendar, start: date, n: int) -> date:
    day, seen = start, 0
    while True:
        if cal.is_working_day(day):
            seen += 1
            if seen == n:
                return day
        day += ONE_DAY


def per_call(fn: Callable[[], object], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) / calls


def main() -> None:
    jobs = open_jobs()
    new = QueuedJob(OPEN_JOBS + 1, 3, "2026-03-09T10:00:00+09:00")
    warm = calendar()
    planned = plan_queue(warm, TODAY, jobs)
    end = queue_end(planned)
    slot = promise_for_new(warm, TODAY, end, new.man_day)
    full = plan_queue(warm, TODAY, [*jobs, new])
    assert full == naive_plan(TODAY, [*jobs, new])
    assert (slot.planned_start, slot.promised_date) == (full[-1].planned_start, full[-1].promised_date)
    total = sum(j.man_day for j in jobs)
    assert warm.add_working_days(TODAY, total) == naive_walk(warm, TODAY, total)

    variants: dict[str, tuple[Callable[[], object], int]] = {
        "promise_for_new, calendar in use": (lambda: promise_for_new(warm, TODAY, end, new.man_day), 20_000),
        "promise_for_new, calendar built for it": (
            lambda: promise_for_new(calendar(), TODAY, end, new.man_day),
            5_000,
        ),
        f"plan_queue of {OPEN_JOBS + 1} jobs, calendar in use": (lambda: plan_queue(warm, TODAY, [*jobs, new]), 20),
        f"plan_queue of {OPEN_JOBS + 1} jobs, calendar built": (
            lambda: plan_queue(calendar(), TODAY, [*jobs, new]),
            20,
        ),
        f"naive day-by-day plan of {OPEN_JOBS + 1} jobs": (lambda: naive_plan(TODAY, [*jobs, new]), 10),
        f"add_working_days over {total} days, one jump": (lambda: warm.add_working_days(TODAY, total), 5_000),
        f"the same {total} days walked one by one": (lambda: naive_walk(warm, TODAY, total), 10),
    }
    rounds: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(ROUNDS):  # interleaved, so a busy machine slows every variant alike
        for name, (fn, calls) in variants.items():
            rounds[name].append(per_call(fn, calls))
    median = {name: statistics.median(values) for name, values in rounds.items()}
    hot, hot_built, replan, _, walk, jump, steps = median.values()

    print(f"machine: {platform.machine()} {os.cpu_count()} cores, python {sys.version.split()[0]}, {date.today()}")
    print(f"queue: {OPEN_JOBS} open jobs, {sum(j.man_day for j in jobs)} man-days, from {TODAY} to {end}")
    for name, value in median.items():
        spread = ", ".join(f"{v * 1e6:.0f}" for v in rounds[name])
        print(f"{name + ':':48s}{value * 1e6:10.1f} µs  (rounds {spread})")
    print(f"ratio plan_queue / promise_for_new: {replan / hot:.0f}x;  naive walk / promise_for_new: {walk / hot:.0f}x")
    print(f"ratio naive walk / plan_queue: {walk / replan:.2f}x;  one long span walked / jumped: {steps / jump:.0f}x")
    print(f"booking's share (promise_for_new, calendar built) of the 2 ms budget: {hot_built / 2e-3:.1%}")


if __name__ == "__main__":
    main()
