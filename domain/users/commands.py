"""Commands of the users context.

A PIN travels in a command from the keypad to the handler that hashes it, and
no further: its fields are left out of `repr()` (and so of `str()`, of a log
line that shows the command, of a traceback's locals in a test report).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from domain.common.fields import Field
from domain.errors import InvalidInput
from domain.messages import Command, require_id, require_text
from domain.texts import Message
from domain.users.model import parse_role, require_mechanic_link
from domain.users.pins import MAX_DIGITS, MIN_DIGITS, check_pin, normalise_pin

MAX_NAME = 40  # a name on a PIN pad's button and in the audit's column

_NEW_PIN = Message("users.field.new_pin")
_OLD_PIN = Message("users.field.old_pin")
_NAME = Message("users.field.name")
_USER_NUMBER = Message("users.field.user_number")


@dataclass(frozen=True)
class CreateUser(Command):
    """Add a user who signs in with `pin`; a mechanic user names their mechanic. Returns the user id."""

    name: str
    role: str  # a Role, or its value ('manager', 'desk', 'mechanic', 'parts')
    pin: str = field(repr=False)
    mechanic_id: int | None = None

    def validated(self) -> CreateUser:
        name = require_text(self.name, _NAME, MAX_NAME)
        role = parse_role(self.role)
        pin = check_pin(self.pin)
        mechanic_id = None if self.mechanic_id is None else require_id(self.mechanic_id, Field.MECHANIC_NUMBER)
        require_mechanic_link(role, mechanic_id)
        return CreateUser(name, role, pin, mechanic_id)


@dataclass(frozen=True)
class ChangePin(Command):
    """Set a user's PIN. One's own needs `old_pin`; a manager resets someone else's without it."""

    user_id: int
    new_pin: str = field(repr=False)
    old_pin: str = field(default="", repr=False)

    def validated(self) -> ChangePin:
        new_pin = check_pin(self.new_pin, _NEW_PIN)
        old_pin = _typed_pin(self.old_pin)
        if old_pin == new_pin:
            raise InvalidInput("users.pin_unchanged", field=_NEW_PIN)
        return ChangePin(require_id(self.user_id, _USER_NUMBER), new_pin, old_pin)


@dataclass(frozen=True)
class DisableUser(Command):
    """Nobody can sign in as this user any more; what they did stays in the audit under their name."""

    user_id: int

    def validated(self) -> DisableUser:
        return DisableUser(require_id(self.user_id, _USER_NUMBER))


def _typed_pin(value: object) -> str:
    """An old PIN as typed ('' for none): not held to today's policy, which it may predate."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidInput("users.pin_digits_only", field=_OLD_PIN, min=MIN_DIGITS, max=MAX_DIGITS)
    return normalise_pin(value)
