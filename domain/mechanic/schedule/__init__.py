"""When a mechanic can do the work: working days, the queue, promised dates, wanted-by.

Two numbers describe a mechanic's load, and they answer different questions:

- **Capacity** (`mechanic.man_day`, 공수) answers *how much more work may this
  mechanic take on?* It is the open work they can still accept. Booking a job
  reserves its man-days (`ManDayDecreased`, or `ManDayOver` when too few are
  left); the job's man-days come back exactly once when the job is finished
  (`JobFinished` → `ManDayIncreased`) or the request is cancelled
  (`RequestCancelled` → `ManDayIncreased`), never both and never twice: the
  reservation row is released by one conditional UPDATE, so a retried or
  duplicated delivery finds nothing left to give back. So capacity is always
  the value last set by hand (`RegisterMechanic`, `ChangeManDay`), less the
  man-days reserved since, plus those given back since: the sum
  `python -m app check` replays from the event log.
- **The queue** (this package) answers *when?* The same reserved, unreleased
  jobs — accepted and not finished — laid over the mechanic's working days
  (`WorkingCalendar`), each for its man-days, give every job a planned start
  and a `promised_date`. Finishing or cancelling a job takes it out of the
  queue at the same moment its man-days come back, so the jobs behind it move
  forward; nothing in the calendar itself changes.

So capacity counts man-days without dates, and the queue places the same
man-days on dates. A request may be refused by either: too few man-days left
(capacity), or the queue cannot finish it by the customer's `wanted_by`.

Re-plan a queue (`plan_queue`) when a job in it starts, finishes, is cancelled
or moves, when the mechanic's calendar changes, and on the first use of a new
day; book at its end with `promise_for_new`, which needs only where the queue
ends (`queue_end`) and costs O(1) however long the queue is.
"""

from domain.mechanic.schedule.plan import (
    PlannedJob,
    QueuedJob,
    Slot,
    is_overdue,
    next_free_day,
    plan_queue,
    promise_for_new,
    queue_end,
)
from domain.mechanic.schedule.wanted_by import (
    WANTED_BY,
    cannot_finish_by,
    check_wanted_by,
    earliest_finish,
    parse_day,
    parse_wanted_by,
    require_not_past,
)
from domain.mechanic.schedule.working_days import (
    MONDAY_TO_SATURDAY,
    DateRange,
    HolidaySource,
    WorkingCalendar,
    weekday_mask,
    weekdays_from_mask,
)

__all__ = [
    "MONDAY_TO_SATURDAY",
    "WANTED_BY",
    "DateRange",
    "HolidaySource",
    "PlannedJob",
    "QueuedJob",
    "Slot",
    "WorkingCalendar",
    "cannot_finish_by",
    "check_wanted_by",
    "earliest_finish",
    "is_overdue",
    "next_free_day",
    "parse_day",
    "parse_wanted_by",
    "plan_queue",
    "promise_for_new",
    "queue_end",
    "require_not_past",
    "weekday_mask",
    "weekdays_from_mask",
]
