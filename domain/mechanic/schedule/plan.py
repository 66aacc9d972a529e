"""A mechanic's queue over their working days: planned starts and promised dates.

The queue is the mechanic's accepted, unfinished jobs. Jobs already started come
first (the mechanic is on them), each counted from the day it started; the rest
wait in the order this mechanic accepted them, one after another, each taking its
man-days of the mechanic's working days from the first free day. A started job
that has taken longer than planned still occupies at least today, so nothing
behind it is planned before tomorrow.

A promise is what the customer was told. Re-planning brings it forward when work
ahead finishes early, is cancelled or moves away, and never pushes it back
silently: a job whose plan now ends after its promise is `at_risk`, and once the
promised day has passed without the job finished it is overdue.

`plan_queue` re-plans a whole queue; `promise_for_new` promises a job appended at
its end in O(1) from where the queue ends (`queue_end` of a plan made the same
day), which is what booking does.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from domain.mechanic.schedule.working_days import WorkingCalendar

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class QueuedJob:
    """An accepted, unfinished job of one mechanic, as the planner needs it.

    `accepted_at` orders the queue: when this mechanic accepted the job (ISO 8601
    text in the shop's time zone, so it sorts in time order; a job moved to another
    mechanic is accepted anew by them and so joins the end of their queue).
    `promised_date` is the promise already given, if any.
    """

    job_id: int
    man_day: int
    accepted_at: str
    started_on: date | None = None
    promised_date: date | None = None


@dataclass(frozen=True)
class PlannedJob:
    job_id: int
    planned_start: date
    planned_finish: date
    promised_date: date

    @property
    def at_risk(self) -> bool:
        """The plan now ends after the day promised."""
        return self.planned_finish > self.promised_date


@dataclass(frozen=True)
class Slot:
    """Where a new job would go at the end of a queue."""

    planned_start: date
    promised_date: date


def plan_queue(calendar: WorkingCalendar, today: date, jobs: Iterable[QueuedJob]) -> list[PlannedJob]:
    """Every open job of one mechanic planned from `today`, in queue order."""
    jobs = list(jobs)
    started = sorted(((j.started_on, j) for j in jobs if j.started_on is not None), key=_started_order)
    waiting = sorted((j for j in jobs if j.started_on is None), key=_accepted_order)
    planned: list[PlannedJob] = []
    free_from = today
    for started_on, job in started:
        finish = calendar.add_working_days(started_on, _days(job))
        planned.append(_planned(job, started_on, finish))
        free_from = max(free_from, max(finish, today) + ONE_DAY)
    stretches = calendar.lay_out(free_from, (_days(job) for job in waiting))
    planned.extend(_planned(job, start, finish) for job, (start, finish) in zip(waiting, stretches, strict=True))
    return planned


def queue_end(planned: Iterable[PlannedJob]) -> date | None:
    """The last planned finish of a plan (None for an empty queue): what promise_for_new needs."""
    return max((p.planned_finish for p in planned), default=None)


def promise_for_new(calendar: WorkingCalendar, today: date, queue_end: date | None, days: int) -> Slot:
    """The slot of a new job of `days` man-days appended to a queue ending on `queue_end`.

    Equal to re-planning the whole queue with the new job at its end, as long as
    `queue_end` comes from a plan made on `today` (re-plan once a day, and after a
    job starts, finishes, is cancelled or moves): the open jobs always occupy at
    least today, so the new one starts on the first working day after
    max(queue_end, today), or from today when the queue is empty.
    """
    if days < 1:
        raise ValueError(f"a job takes at least one man-day, got {days}")
    free_from = today if queue_end is None else max(queue_end, today) + ONE_DAY
    start = calendar.first_working_day(free_from)
    return Slot(start, calendar.add_working_days(start, days))


def next_free_day(calendar: WorkingCalendar, today: date, queue_end: date | None) -> date:
    """The first day a new job could start on (the picker shows it)."""
    return promise_for_new(calendar, today, queue_end, 1).planned_start


def is_overdue(promised_date: date | None, today: date, finished: bool) -> bool:
    """A job past its promised day and not finished (a job with no promise is never overdue)."""
    return not finished and promised_date is not None and today > promised_date


def _planned(job: QueuedJob, start: date, finish: date) -> PlannedJob:
    promise = finish if job.promised_date is None else min(job.promised_date, finish)
    return PlannedJob(job.job_id, start, finish, promise)


def _days(job: QueuedJob) -> int:
    if job.man_day < 1:
        raise ValueError(f"job {job.job_id} takes at least one man-day, got {job.man_day}")
    return job.man_day


def _started_order(entry: tuple[date, QueuedJob]) -> tuple[date, str, int]:
    started_on, job = entry
    return started_on, job.accepted_at, job.job_id


def _accepted_order(job: QueuedJob) -> tuple[str, int]:
    return job.accepted_at, job.job_id
