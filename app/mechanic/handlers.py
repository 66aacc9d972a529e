"""Mechanic context: registration, capacity, and the man-day reservation policies."""

from __future__ import annotations

from app.handling import HandlerSettings, PolicySpec
from app.uow import UnitOfWork
from domain.mechanic.commands import ChangeManDay, RegisterMechanic
from domain.mechanic.events import ManDayChanged, ManDayIncreased, MechanicRegistered
from domain.mechanic.model import reservation_outcome
from domain.reception.events import RepairRequested, RequestCancelled


def register_mechanic(cmd: RegisterMechanic, uow: UnitOfWork, _: HandlerSettings) -> int:
    mechanic_id = uow.mechanics.add(cmd.name, cmd.man_day, uow.now_text())
    uow.record(MechanicRegistered(mechanic_id, cmd.name, cmd.man_day))
    return mechanic_id


def change_man_day(cmd: ChangeManDay, uow: UnitOfWork, _: HandlerSettings) -> None:
    mechanic = uow.mechanics.get(cmd.mechanic_id)
    if mechanic.man_day == cmd.man_day:
        return
    uow.mechanics.set_man_day(mechanic.id, cmd.man_day)
    uow.record(ManDayChanged(mechanic.id, cmd.man_day, mechanic.man_day))


def reserve_man_days(event: RepairRequested, uow: UnitOfWork, _: HandlerSettings) -> None:
    """RepairRequested -> reserve atomically -> ManDayDecreased, or ManDayOver."""
    if uow.mechanics.has_reservation(event.receipt_id):
        return  # reserved already, or the receipt was cancelled before this (retried) delivery
    reserved, remaining = uow.mechanics.try_reserve(event.mechanic_id, event.receipt_id, event.man_day)
    uow.record(
        reservation_outcome(
            event.mechanic_id, event.mechanic_name, event.receipt_id, event.man_day, reserved, remaining
        )
    )


def release_man_days(event: RequestCancelled, uow: UnitOfWork, _: HandlerSettings) -> None:
    """A cancelled receipt that held man-days gives them back (once)."""
    released = uow.mechanics.release(event.receipt_id)
    if released is None and not event.rejected:
        # Nothing was reserved yet (its reservation may still be waiting for a retry):
        # leave a marker so a late reservation for this receipt is never made.
        uow.mechanics.forbid_reservation(event.receipt_id, event.mechanic_id)
    if released is not None:
        mechanic_id, days, remaining = released
        uow.record(ManDayIncreased(mechanic_id, event.receipt_id, days, remaining))


COMMAND_HANDLERS = {RegisterMechanic: register_mechanic, ChangeManDay: change_man_day}
POLICIES = [
    PolicySpec("mechanic.reserve_man_days", RepairRequested, reserve_man_days),
    PolicySpec("mechanic.release_man_days", RequestCancelled, release_man_days),
]
