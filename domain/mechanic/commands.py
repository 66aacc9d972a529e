"""Commands of the mechanic context."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from domain.common.fields import Field
from domain.errors import InvalidInput
from domain.mechanic.schedule import parse_day, weekday_mask, weekdays_from_mask
from domain.messages import Check, Command, optional_text, require_id, require_non_negative, require_text
from domain.texts import Message

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


# -- working days and the queue (domain.mechanic.schedule) -----------------------------------
MAX_CLOSURE_NOTE = 80


def _weekdays(value: object) -> str:
    return weekday_mask(weekdays_from_mask(value))  # type: ignore[arg-type]  # it refuses a non-text itself


def _day(field: Message) -> Check:
    return lambda v: parse_day(v, field).isoformat()


def _optional_day(field: Message) -> Check:
    return lambda v: "" if v is None or (isinstance(v, str) and not v.strip()) else parse_day(v, field).isoformat()


@dataclass(frozen=True)
class SetWorkingWeekdays(Command):
    """Set a mechanic's weekly pattern: seven marks, Monday first, 1 a working day ("1111110")."""

    mechanic_id: int
    weekdays: str

    checks: ClassVar[dict[str, Check]] = {
        "mechanic_id": lambda v: require_id(v, Field.MECHANIC_NUMBER),
        "weekdays": _weekdays,
    }


@dataclass(frozen=True)
class AddDayOff(Command):
    """A mechanic does not work on `day` (YYYY-MM-DD)."""

    mechanic_id: int
    day: str

    checks: ClassVar[dict[str, Check]] = {
        "mechanic_id": lambda v: require_id(v, Field.MECHANIC_NUMBER),
        "day": _day(Field.DAY_OFF),
    }


@dataclass(frozen=True)
class RemoveDayOff(Command):
    """A mechanic works on `day` after all (nothing happens when it was no day off)."""

    mechanic_id: int
    day: str

    checks: ClassVar[dict[str, Check]] = {
        "mechanic_id": lambda v: require_id(v, Field.MECHANIC_NUMBER),
        "day": _day(Field.DAY_OFF),
    }


@dataclass(frozen=True)
class AddShopClosure(Command):
    """The shop is closed from `first` to `last` (both YYYY-MM-DD; `last` empty for one day). Returns its id."""

    first: str
    last: str = ""
    note: str = ""

    checks: ClassVar[dict[str, Check]] = {
        "first": _day(Field.CLOSURE),
        "last": _optional_day(Field.CLOSURE),
        "note": lambda v: optional_text(v, Field.NOTES, MAX_CLOSURE_NOTE),
    }

    def validated(self) -> AddShopClosure:
        command = super().validated()
        if command.last and command.last < command.first:
            raise InvalidInput(
                "mechanic.closure_ends_before_it_starts", field=Field.CLOSURE, first=command.first, last=command.last
            )
        return command


@dataclass(frozen=True)
class RemoveShopClosure(Command):
    """The shop opens on the days of a closure after all."""

    closure_id: int

    checks: ClassVar[dict[str, Check]] = {"closure_id": lambda v: require_id(v, Field.CLOSURE)}


@dataclass(frozen=True)
class ReassignJob(Command):
    """Move a job not yet started to another mechanic: its man-days move with it, in one transaction."""

    job_id: int
    mechanic_id: int

    checks: ClassVar[dict[str, Check]] = {
        "job_id": lambda v: require_id(v, Field.JOB_NUMBER),
        "mechanic_id": lambda v: require_id(v, Field.MECHANIC_NUMBER),
    }
