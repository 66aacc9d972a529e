"""The mechanic context's working days and queue: calendar commands, and moving a job.

Every change to a calendar re-plans the queues it touches in the same
transaction, so the promises on the board move forward at once (they never
move back silently: see domain.mechanic.schedule.plan).
"""

from __future__ import annotations

from app.handling import HandlerSettings, PolicySpec
from app.uow import UnitOfWork
from domain.errors import IllegalTransition
from domain.jobs.model import JobStatus
from domain.mechanic.commands import (
    AddDayOff,
    AddShopClosure,
    ReassignJob,
    RemoveDayOff,
    RemoveShopClosure,
    SetWorkingWeekdays,
)
from domain.mechanic.events import (
    DayOffAdded,
    DayOffRemoved,
    JobReassigned,
    ShopClosureAdded,
    ShopClosureRemoved,
    WorkingWeekdaysChanged,
)


def set_working_weekdays(cmd: SetWorkingWeekdays, uow: UnitOfWork, _: HandlerSettings) -> None:
    uow.mechanics.get(cmd.mechanic_id, for_update=True)
    previous = uow.schedule.weekdays(cmd.mechanic_id)
    if previous == cmd.weekdays:
        return
    uow.schedule.set_weekdays(cmd.mechanic_id, cmd.weekdays)
    uow.record(WorkingWeekdaysChanged(cmd.mechanic_id, cmd.weekdays, previous))
    uow.schedule.replan(cmd.mechanic_id, uow.now.date())


def add_day_off(cmd: AddDayOff, uow: UnitOfWork, _: HandlerSettings) -> None:
    uow.mechanics.get(cmd.mechanic_id, for_update=True)
    if uow.schedule.add_day_off(cmd.mechanic_id, cmd.day):
        uow.record(DayOffAdded(cmd.mechanic_id, cmd.day))
        uow.schedule.replan(cmd.mechanic_id, uow.now.date())


def remove_day_off(cmd: RemoveDayOff, uow: UnitOfWork, _: HandlerSettings) -> None:
    uow.mechanics.get(cmd.mechanic_id, for_update=True)
    if uow.schedule.remove_day_off(cmd.mechanic_id, cmd.day):
        uow.record(DayOffRemoved(cmd.mechanic_id, cmd.day))
        uow.schedule.replan(cmd.mechanic_id, uow.now.date())


def add_shop_closure(cmd: AddShopClosure, uow: UnitOfWork, _: HandlerSettings) -> int:
    last = cmd.last or cmd.first
    closure_id = uow.schedule.add_closure(cmd.first, last, cmd.note)
    uow.record(ShopClosureAdded(closure_id, cmd.first, last, cmd.note))
    uow.schedule.replan_all(uow.now.date())
    return closure_id


def remove_shop_closure(cmd: RemoveShopClosure, uow: UnitOfWork, _: HandlerSettings) -> None:
    uow.schedule.remove_closure(cmd.closure_id)
    uow.record(ShopClosureRemoved(cmd.closure_id))
    uow.schedule.replan_all(uow.now.date())


def reassign_job(cmd: ReassignJob, uow: UnitOfWork, _: HandlerSettings) -> None:
    """Move a job not yet started, and its man-days, to another mechanic: all in this one transaction."""
    job = uow.jobs.get(cmd.job_id)
    if job.status is not JobStatus.CREATED:
        raise IllegalTransition("mechanic.reassign_not_waiting", job_id=job.id)
    if job.mechanic_id == cmd.mechanic_id:
        uow.mechanics.get(cmd.mechanic_id)  # an unknown id is still refused
        return
    held = uow.schedule.held(job.receipt_id)
    if held is None:
        raise IllegalTransition("mechanic.reassign_not_waiting", job_id=job.id)
    from_id, days = held
    # Both rows locked in id order, so two moves the other way round cannot deadlock.
    locked = {i: uow.mechanics.get(i, for_update=True) for i in sorted((from_id, cmd.mechanic_id))}
    source, target = locked[from_id], locked[cmd.mechanic_id]
    target.take_over(days)  # refuses (nothing written) when the other mechanic has too few man-days left
    source.hand_over(days)
    uow.mechanics.take(target, days)
    uow.mechanics.give_back(source, days)
    uow.schedule.move(job.receipt_id, target.id, uow.now_text())
    uow.jobs.set_mechanic(job.id, target.id)
    today = uow.now.date()
    uow.schedule.replan(source.id, today)
    uow.schedule.replan(target.id, today)
    uow.record(
        JobReassigned(
            job.id,
            job.receipt_id,
            source.id,
            target.id,
            target.name,
            days,
            source.man_day,
            target.man_day,
            uow.schedule.promise_of(job.receipt_id),
        )
    )


SCHEDULE_HANDLERS = {
    SetWorkingWeekdays: set_working_weekdays,
    AddDayOff: add_day_off,
    RemoveDayOff: remove_day_off,
    AddShopClosure: add_shop_closure,
    RemoveShopClosure: remove_shop_closure,
    ReassignJob: reassign_job,
}
SCHEDULE_POLICIES: list[PolicySpec] = []
