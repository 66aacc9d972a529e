"""Commands of the mechanic context."""

from __future__ import annotations

from dataclasses import dataclass

from domain.messages import Command, require_id, require_non_negative, require_text

MAX_MAN_DAYS = 10_000


@dataclass(frozen=True)
class RegisterMechanic(Command):
    """Add a mechanic with `man_day` days of capacity left. Returns the mechanic id."""

    name: str
    man_day: int

    def validated(self) -> RegisterMechanic:
        return RegisterMechanic(
            name=require_text(self.name, "Mechanic name", 80),
            man_day=require_non_negative(self.man_day, "Man-days", MAX_MAN_DAYS),
        )


@dataclass(frozen=True)
class ChangeManDay(Command):
    """Set a mechanic's remaining capacity to `man_day` days."""

    mechanic_id: int
    man_day: int

    def validated(self) -> ChangeManDay:
        return ChangeManDay(
            mechanic_id=require_id(self.mechanic_id, "Mechanic number"),
            man_day=require_non_negative(self.man_day, "Man-days", MAX_MAN_DAYS),
        )
