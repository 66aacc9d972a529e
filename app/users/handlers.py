"""Users context: creating users, changing PINs, disabling users.

The rules are `User`'s (domain.users.model); these functions hash the PIN
(app.pins), load the user, ask it, and have the repository write what it
decided. A wrong old PIN in ChangePin counts towards the lockout: the handler
keeps that count with `RefusalToKeep`, so the bus commits it before the
refusal goes on.
"""

from __future__ import annotations

from app import pins
from app.handling import HandlerSettings, PolicySpec, RefusalToKeep
from app.uow import UnitOfWork
from domain.errors import InvalidInput, UserLocked
from domain.users.commands import ChangePin, CreateUser, DisableUser
from domain.users.model import Role, require_manager_first


def create_user(cmd: CreateUser, uow: UnitOfWork, _: HandlerSettings) -> int:
    role = Role(cmd.role)
    require_manager_first(role, uow.users.any_exists())
    if cmd.mechanic_id is not None:
        uow.mechanics.get(cmd.mechanic_id)  # NotFound for a mechanic that does not exist
    return uow.users.add(cmd.name, role, pins.hash_pin(cmd.pin), cmd.mechanic_id, uow.now_text()).id


def change_pin(cmd: ChangePin, uow: UnitOfWork, settings: HandlerSettings) -> None:
    user = uow.users.get(cmd.user_id)
    old_pin_ok = pins.verify_pin(cmd.old_pin, user.pin_hash) if cmd.old_pin else None
    counted = user.failed_attempts, user.locked_until
    try:
        user.change_pin(
            pins.hash_pin(cmd.new_pin),
            by_user_id=uow.user_id,
            old_pin_ok=old_pin_ok,
            now=uow.now,
            lockout_minutes=settings.lockout_minutes,
        )
    except (InvalidInput, UserLocked) as refusal:
        if (user.failed_attempts, user.locked_until) != counted:
            uow.users.save(user)  # the wrong old PIN is counted, and the lockout kept
            raise RefusalToKeep(refusal) from None
        raise
    uow.users.save(user)


def disable_user(cmd: DisableUser, uow: UnitOfWork, _: HandlerSettings) -> None:
    user = uow.users.get(cmd.user_id)
    user.disable(other_active_managers=uow.users.other_active_managers(user.id))
    uow.users.save(user)


COMMAND_HANDLERS = {CreateUser: create_user, ChangePin: change_pin, DisableUser: disable_user}
POLICIES: list[PolicySpec] = []
