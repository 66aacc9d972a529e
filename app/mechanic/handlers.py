"""Mechanic context: registration, capacity, and the man-day reservation policies.

The rules are the `Mechanic` aggregate's; these functions load it, ask it, and
have the repository write what it decided. The unit of work collects the
events it recorded.
"""

from __future__ import annotations

from datetime import date

from app.handling import HandlerSettings, PolicySpec
from app.mechanic.schedule_handlers import SCHEDULE_HANDLERS, SCHEDULE_POLICIES
from app.uow import UnitOfWork
from domain.jobs.events import JobFinished, JobStarted
from domain.mechanic.commands import ChangeManDay, RegisterMechanic
from domain.reception.events import RepairRequested, RequestCancelled


def register_mechanic(cmd: RegisterMechanic, uow: UnitOfWork, _: HandlerSettings) -> int:
    return uow.mechanics.add(cmd.name, cmd.man_day, uow.now_text()).id


def change_man_day(cmd: ChangeManDay, uow: UnitOfWork, _: HandlerSettings) -> None:
    mechanic = uow.mechanics.get(cmd.mechanic_id, for_update=True)
    if mechanic.change_man_day(cmd.man_day):
        uow.mechanics.save_man_day(mechanic)


def reserve_man_days(event: RepairRequested, uow: UnitOfWork, _: HandlerSettings) -> None:
    """RepairRequested -> reserve atomically at the end of the queue -> ManDayDecreased, or ManDayOver.

    Over when too few man-days are left, or when the queue cannot finish the job
    by the customer's `wanted_by` (the reason names who could).
    """
    mechanic = uow.mechanics.for_reservation(event.mechanic_id, event.receipt_id)
    if mechanic is None:
        return  # reserved already, or the receipt was cancelled before this (retried) delivery
    today = uow.now.date()
    slot = uow.schedule.slot_for_new(mechanic.id, today, event.man_day)
    wanted_by = date.fromisoformat(event.wanted_by) if event.wanted_by else None
    others: list[tuple[str, date]] = []
    if wanted_by is not None and slot.promised_date > wanted_by and event.man_day <= mechanic.man_day:
        others = uow.schedule.others_earliest(mechanic.id, today, event.man_day)
    if mechanic.reserve(event.receipt_id, event.man_day, slot, wanted_by, others):
        uow.mechanics.reserve(mechanic, event.receipt_id, event.man_day, uow.now_text(), slot, today)


def release_man_days(event: RequestCancelled, uow: UnitOfWork, _: HandlerSettings) -> None:
    """A cancelled receipt that held man-days gives them back (once)."""
    held = uow.mechanics.end_reservation(event.receipt_id)
    if held is None:
        if not event.rejected:
            # Nothing was reserved yet (its reservation may still be waiting for a retry):
            # leave a marker so a late reservation for this receipt is never made.
            uow.mechanics.forbid_reservation(event.receipt_id, event.mechanic_id)
        return
    _give_back(uow, event.receipt_id, held)


def release_finished_job(event: JobFinished, uow: UnitOfWork, _: HandlerSettings) -> None:
    """JobFinished -> the job's man-days come back (once: the reservation is released by one conditional UPDATE)."""
    held = uow.mechanics.end_reservation(event.receipt_id)
    if held is not None:
        _give_back(uow, event.receipt_id, held)


def _give_back(uow: UnitOfWork, receipt_id: int, held: tuple[int, int]) -> None:
    mechanic_id, days = held
    mechanic = uow.mechanics.get(mechanic_id, for_update=True)
    mechanic.release(receipt_id, days)
    uow.mechanics.give_back(mechanic, days)
    uow.schedule.replan(mechanic_id, uow.now.date())  # the jobs behind it move forward


def job_started(event: JobStarted, uow: UnitOfWork, _: HandlerSettings) -> None:
    """JobStarted -> the job is counted from the day it started; the queue behind it is planned again."""
    uow.schedule.start(event.receipt_id, date.fromisoformat(event.started_at[:10]), uow.now.date())


COMMAND_HANDLERS = {RegisterMechanic: register_mechanic, ChangeManDay: change_man_day, **SCHEDULE_HANDLERS}
POLICIES = [
    PolicySpec("mechanic.reserve_man_days", RepairRequested, reserve_man_days),
    PolicySpec("mechanic.release_man_days", RequestCancelled, release_man_days),
    PolicySpec("mechanic.release_finished_job", JobFinished, release_finished_job),
    PolicySpec("mechanic.job_started", JobStarted, job_started),
    *SCHEDULE_POLICIES,
]
