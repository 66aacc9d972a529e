"""The mechanic's working days and queue in the database: calendars, plans and promises.

The queue is the mechanic's unreleased reservations (`man_day_reservation`,
`released` false): a job leaves it when its man-days come back (finished,
cancelled) or when it moves to another mechanic. `replan` lays the queue over
the mechanic's working days (domain.mechanic.schedule.plan_queue), stores the
promises that moved forward, records them (`PromisesMoved`) for the board, and
keeps where the queue ends on the mechanic's row (`queue_end`, `planned_on`), so
`slot_for_new` places a booking made the same day in O(1) however long the
queue is. Callers hold the mechanic's row lock (the reservation's) or the
shop's single writer.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, union_all, update

from app.holidays import korean_public_holidays
from app.mechanic.tables import man_day_reservation, mechanic, mechanic_day_off, shop_closure
from app.persistence import Seen
from app.prepared import Prepared
from domain.errors import NotFound
from domain.mechanic.events import PromisesMoved
from domain.mechanic.schedule import (
    DateRange,
    PlannedJob,
    QueuedJob,
    Slot,
    WorkingCalendar,
    next_free_day,
    plan_queue,
    promise_for_new,
    queue_end,
    weekdays_from_mask,
)
from domain.messages import Event

m = mechanic.c
resv = man_day_reservation.c
off = mechanic_day_off.c
cl = shop_closure.c

_WEEKDAYS_AND_END = Prepared(
    select(m.working_weekdays, m.queue_end, m.planned_on).where(m.id == bindparam("mechanic_id"))
)
# The days this mechanic does not work besides the pattern and the holidays: their days off, the shop's closures.
_NOT_WORKED = Prepared(
    union_all(
        select(off.day.label("first"), off.day.label("last")).where(off.mechanic_id == bindparam("mechanic_id")),
        select(cl.first_day.label("first"), cl.last_day.label("last")),
    )
)
_QUEUE = Prepared(
    select(resv.receipt_id, resv.man_day, resv.accepted_at, resv.started_on, resv.promised_date).where(
        resv.mechanic_id == bindparam("mechanic_id"), resv.released.is_(False), resv.man_day > 0
    )
)
_SET_END = Prepared(
    update(mechanic)
    .where(m.id == bindparam("mechanic_id"))
    .values(queue_end=bindparam("new_end"), planned_on=bindparam("new_planned_on"))
)
_SET_PROMISE = (
    update(man_day_reservation)
    .where(resv.receipt_id == bindparam("rid"))
    .values(promised_date=bindparam("new_promise"))
)
_ENQUEUE = Prepared(
    update(man_day_reservation)
    .where(resv.receipt_id == bindparam("rid"))
    .values(accepted_at=bindparam("new_accepted_at"), promised_date=bindparam("new_promise"))
)
_SET_STARTED = Prepared(
    update(man_day_reservation)
    .where(resv.receipt_id == bindparam("rid"), resv.released.is_(False))
    .values(started_on=bindparam("new_started_on"))
    .returning(resv.mechanic_id)
)
_SET_WEEKDAYS = Prepared(
    update(mechanic).where(m.id == bindparam("mechanic_id")).values(working_weekdays=bindparam("mask"))
)
_ADD_DAY_OFF = Prepared(insert(mechanic_day_off))
_HAS_DAY_OFF = Prepared(select(off.day).where(off.mechanic_id == bindparam("mechanic_id"), off.day == bindparam("day")))
_REMOVE_DAY_OFF = Prepared(
    delete(mechanic_day_off).where(off.mechanic_id == bindparam("mechanic_id"), off.day == bindparam("day"))
)
_ADD_CLOSURE = Prepared(insert(shop_closure).returning(cl.id))
_GET_CLOSURE = Prepared(select(cl.id).where(cl.id == bindparam("closure_id")))
_REMOVE_CLOSURE = Prepared(delete(shop_closure).where(cl.id == bindparam("closure_id")))
_MECHANIC_IDS = Prepared(select(m.id).order_by(m.id))
_OTHERS = Prepared(
    select(m.id, m.name).where(m.id != bindparam("mechanic_id"), m.man_day >= bindparam("days")).order_by(m.id)
)
_HELD = Prepared(
    select(resv.mechanic_id, resv.man_day).where(resv.receipt_id == bindparam("rid"), resv.released.is_(False))
)
_MOVE = Prepared(
    update(man_day_reservation)
    .where(resv.receipt_id == bindparam("rid"), resv.released.is_(False))
    .values(
        mechanic_id=bindparam("new_mechanic_id"),
        accepted_at=bindparam("new_accepted_at"),
        started_on=None,
        promised_date=None,
    )
)
_PROMISE_OF = Prepared(select(resv.promised_date).where(resv.receipt_id == bindparam("rid")))


@lru_cache(maxsize=256)
def _calendar(mask: str, ranges: tuple[tuple[str, str], ...]) -> WorkingCalendar:
    """A calendar per pattern and set of days not worked, shared: it is read-only and memoises each year."""
    closures = [DateRange(date.fromisoformat(first), date.fromisoformat(last)) for first, last in ranges]
    return WorkingCalendar(weekdays_from_mask(mask), (), closures, korean_public_holidays)


class _Recorded:
    """Events the repository records (the unit of work collects them like an aggregate's)."""

    def __init__(self, event: Event) -> None:
        self.events = [event]


class ScheduleRepository:
    """Calendars, the queue and its promises, for the mechanic context's handlers."""

    def __init__(self, conn: Connection, seen: Seen | None = None) -> None:
        self.conn = conn
        self.seen: Seen = [] if seen is None else seen

    # -- the calendar ---------------------------------------------------------------
    def calendar(self, mechanic_id: int) -> WorkingCalendar:
        return self._load(mechanic_id)[1]

    def _load(self, mechanic_id: int) -> tuple[Any, WorkingCalendar]:
        """The mechanic's row (pattern, queue end) and calendar: two queries, the calendar shared while unchanged."""
        row = self._state(mechanic_id)
        ranges = tuple(sorted((r.first, r.last) for r in _NOT_WORKED.run(self.conn, {"mechanic_id": mechanic_id})))
        return row, _calendar(row.working_weekdays, ranges)

    def _state(self, mechanic_id: int) -> Any:
        row = _WEEKDAYS_AND_END.run(self.conn, {"mechanic_id": mechanic_id}).first()
        if row is None:
            raise NotFound("mechanic.mechanic_not_found", mechanic_id=mechanic_id)
        return row

    def weekdays(self, mechanic_id: int) -> str:
        return str(self._state(mechanic_id).working_weekdays)

    def set_weekdays(self, mechanic_id: int, mask: str) -> None:
        _SET_WEEKDAYS.run(self.conn, {"mechanic_id": mechanic_id, "mask": mask})

    def add_day_off(self, mechanic_id: int, day: str) -> bool:
        """False when it was a day off already."""
        if _HAS_DAY_OFF.run(self.conn, {"mechanic_id": mechanic_id, "day": day}).first() is not None:
            return False
        _ADD_DAY_OFF.run(self.conn, {"mechanic_id": mechanic_id, "day": day})
        return True

    def remove_day_off(self, mechanic_id: int, day: str) -> bool:
        return bool(_REMOVE_DAY_OFF.run(self.conn, {"mechanic_id": mechanic_id, "day": day}).rowcount)

    def add_closure(self, first: str, last: str, note: str) -> int:
        return int(_ADD_CLOSURE.run(self.conn, {"first_day": first, "last_day": last, "note": note}).scalar_one())

    def remove_closure(self, closure_id: int) -> None:
        if _GET_CLOSURE.run(self.conn, {"closure_id": closure_id}).first() is None:
            raise NotFound("mechanic.closure_not_found", closure_id=closure_id)
        _REMOVE_CLOSURE.run(self.conn, {"closure_id": closure_id})

    def mechanic_ids(self) -> list[int]:
        return [int(i) for i in _MECHANIC_IDS.run(self.conn).scalars()]

    # -- the queue ------------------------------------------------------------------
    def queue(self, mechanic_id: int) -> list[QueuedJob]:
        return [
            QueuedJob(
                int(r.receipt_id),
                int(r.man_day),
                r.accepted_at or "",
                date.fromisoformat(r.started_on) if r.started_on else None,
                date.fromisoformat(r.promised_date) if r.promised_date else None,
            )
            for r in _QUEUE.run(self.conn, {"mechanic_id": mechanic_id})
        ]

    def plan(self, mechanic_id: int, today: date) -> list[PlannedJob]:
        """The mechanic's queue planned from today, read only (in queue order)."""
        return plan_queue(self.calendar(mechanic_id), today, self.queue(mechanic_id))

    def replan(
        self,
        mechanic_id: int,
        today: date,
        loaded: tuple[Any, WorkingCalendar] | None = None,
        jobs: list[QueuedJob] | None = None,
    ) -> list[PlannedJob]:
        """Re-plan the queue, store the promises that moved forward and where it ends; returns the plan."""
        jobs = self.queue(mechanic_id) if jobs is None else jobs
        if not jobs and loaded is None:  # an empty queue needs no calendar: it ends nowhere
            row = self._state(mechanic_id)
            if (row.queue_end, row.planned_on) != (None, today.isoformat()):
                self._store_end(mechanic_id, None, today)
            return []
        row, calendar = loaded or self._load(mechanic_id)
        planned = plan_queue(calendar, today, jobs)
        given = {j.job_id: j.promised_date for j in jobs}
        moved = {p.job_id: p.promised_date for p in planned if given.get(p.job_id) != p.promised_date}
        if moved:
            self.conn.execute(_SET_PROMISE, [{"rid": rid, "new_promise": d.isoformat()} for rid, d in moved.items()])
            promises = {str(rid): d.isoformat() for rid, d in sorted(moved.items())}
            self.seen.append(_Recorded(PromisesMoved(mechanic_id, promises)))
        end = queue_end(planned)
        if (row.queue_end, row.planned_on) != (end.isoformat() if end else None, today.isoformat()):
            self._store_end(mechanic_id, end, today)
        return planned

    def replan_all(self, today: date) -> None:
        for mechanic_id in self.mechanic_ids():
            self.replan(mechanic_id, today)

    def slot_for_new(self, mechanic_id: int, today: date, days: int) -> Slot:
        """Where a new job of `days` man-days would go: O(1) from the stored end, re-planning once a day."""
        row, calendar = loaded = self._load(mechanic_id)
        if row.planned_on == today.isoformat():
            end = date.fromisoformat(row.queue_end) if row.queue_end else None
        else:
            end = queue_end(self.replan(mechanic_id, today, loaded))
        return promise_for_new(calendar, today, end, days)

    def next_free_day(self, mechanic_id: int, today: date) -> date:
        """The first day a new job could start (what the desk's picker shows)."""
        row, calendar = self._load(mechanic_id)
        return next_free_day(calendar, today, self._end(row, calendar, mechanic_id, today))

    def _end(self, row: Any, calendar: WorkingCalendar, mechanic_id: int, today: date) -> date | None:
        if row.planned_on == today.isoformat():
            return date.fromisoformat(row.queue_end) if row.queue_end else None
        return queue_end(plan_queue(calendar, today, self.queue(mechanic_id)))

    def earliest_finish(self, mechanic_id: int, today: date, days: int) -> date:
        """The earliest this mechanic could finish a new job (read only: no plan is stored)."""
        row, calendar = self._load(mechanic_id)
        return promise_for_new(calendar, today, self._end(row, calendar, mechanic_id, today), days).promised_date

    def enqueue(self, mechanic_id: int, receipt_id: int, accepted_at: str, slot: Slot, today: date) -> None:
        """A reservation just made joins the end of the queue with its promise."""
        _ENQUEUE.run(
            self.conn,
            {"rid": receipt_id, "new_accepted_at": accepted_at, "new_promise": slot.promised_date.isoformat()},
        )
        self._store_end(mechanic_id, slot.promised_date, today)

    def job_started(self, receipt_id: int, day: date) -> int | None:
        """Mark a queued job started; the mechanic whose queue it is in (None if it is in none)."""
        row = _SET_STARTED.run(self.conn, {"rid": receipt_id, "new_started_on": day.isoformat()}).first()
        return None if row is None else int(row.mechanic_id)

    def start(self, receipt_id: int, day: date, today: date) -> None:
        """A queued job started on `day`: re-plan its queue unless nothing can have moved.

        Nothing moves when the job was the head of the queue (the first waiting, no
        other job under way) and started today: the plan already had it start on the
        first working day from today. Else (started out of order, beside another,
        or recorded late) the queue is planned again.
        """
        mechanic_id = self.job_started(receipt_id, day)
        if mechanic_id is None:
            return
        jobs = self.queue(mechanic_id)
        started = [j for j in jobs if j.job_id == receipt_id]
        others = [j for j in jobs if j.job_id != receipt_id]
        if day == today and started and not any(j.started_on for j in others):
            head = (started[0].accepted_at, started[0].job_id)
            if all(head < (j.accepted_at, j.job_id) for j in others):
                return
        self.replan(mechanic_id, today, jobs=jobs)

    def _store_end(self, mechanic_id: int, end: date | None, today: date) -> None:
        params = {"mechanic_id": mechanic_id, "new_end": end.isoformat() if end else None}
        _SET_END.run(self.conn, {**params, "new_planned_on": today.isoformat()})

    def others_earliest(self, mechanic_id: int, today: date, days: int) -> list[tuple[str, date]]:
        """(name, earliest finish) of every other mechanic with `days` man-days left."""
        rows = _OTHERS.run(self.conn, {"mechanic_id": mechanic_id, "days": days}).all()
        return [(str(r.name), self.earliest_finish(int(r.id), today, days)) for r in rows]

    def held(self, receipt_id: int) -> tuple[int, int] | None:
        """(mechanic_id, man-days) of a receipt's unreleased reservation, or None."""
        row = _HELD.run(self.conn, {"rid": receipt_id}).first()
        return None if row is None else (int(row.mechanic_id), int(row.man_day))

    def move(self, receipt_id: int, to_mechanic_id: int, accepted_at: str) -> None:
        """The reservation moves to another mechanic's queue, accepted anew (its promise is made again)."""
        _MOVE.run(self.conn, {"rid": receipt_id, "new_mechanic_id": to_mechanic_id, "new_accepted_at": accepted_at})

    def promise_of(self, receipt_id: int) -> str:
        return str(_PROMISE_OF.run(self.conn, {"rid": receipt_id}).scalar() or "")
