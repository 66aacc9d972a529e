"""Commands of the mechanic context."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from domain.common.fields import Field
from domain.messages import Check, Command, require_id, require_non_negative, require_text

MAX_MAN_DAYS = 10_000
MAX_MECHANIC_NAME = 80


def _man_day(value: object) -> int:
    return require_non_negative(value, Field.MAN_DAYS, MAX_MAN_DAYS)


@dataclass(frozen=True)
class RegisterMechanic(Command):
    """Add a mechanic with `man_day` days of capacity left. Returns the mechanic id."""

    name: str
    man_day: int

    checks: ClassVar[dict[str, Check]] = {
        "name": lambda v: require_text(v, Field.MECHANIC_NAME, MAX_MECHANIC_NAME),
        "man_day": _man_day,
    }


@dataclass(frozen=True)
class ChangeManDay(Command):
    """Set a mechanic's remaining capacity to `man_day` days."""

    mechanic_id: int
    man_day: int

    checks: ClassVar[dict[str, Check]] = {
        "mechanic_id": lambda v: require_id(v, Field.MECHANIC_NUMBER),
        "man_day": _man_day,
    }
