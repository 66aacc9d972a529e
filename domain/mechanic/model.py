"""The mechanic (정비사) and their remaining man-days (공수): the aggregate that decides reservations.

A mechanic's man-days are the open work they can still take on. `reserve`
decides whether a repair fits and records the outcome; the repository then
writes it behind the database's conditional UPDATE (`… WHERE man_day >= :n`),
the atomic guard that keeps many terminals from overbooking anyone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from domain.mechanic.events import ManDayChanged, ManDayDecreased, ManDayIncreased, ManDayOver, MechanicRegistered
from domain.messages import Event
from domain.texts import Message


@dataclass
class Mechanic:
    id: int
    name: str
    man_day: int
    events: list[Event] = field(default_factory=list)

    @classmethod
    def register(cls, mechanic_id: int, name: str, man_day: int) -> Mechanic:
        mechanic = cls(mechanic_id, name, man_day)
        mechanic.events.append(MechanicRegistered(mechanic_id, name, man_day))
        return mechanic

    def reserve(self, receipt_id: int, days: int) -> bool:
        """Take `days` for a receipt if that many are left (ManDayDecreased), else ManDayOver and take nothing."""
        if days > self.man_day:
            reason = Message("mechanic.man_days_short", {"name": self.name, "left": self.man_day, "need": days})
            self.events.append(
                ManDayOver(
                    self.id,
                    receipt_id,
                    days,
                    self.man_day,
                    reason.render("en"),
                    reason.code,
                    reason.to_dict()["params"],
                )
            )
            return False
        self.man_day -= days
        self.events.append(ManDayDecreased(self.id, receipt_id, days, self.man_day))
        return True

    def release(self, receipt_id: int, days: int) -> None:
        """Days reserved for a receipt come back (its job was finished, or it was cancelled)."""
        self.man_day += days
        self.events.append(ManDayIncreased(self.id, receipt_id, days, self.man_day))

    def change_man_day(self, man_day: int) -> bool:
        """Set the remaining capacity by hand; False (and nothing recorded) when it is already that."""
        if man_day == self.man_day:
            return False
        previous, self.man_day = self.man_day, man_day
        self.events.append(ManDayChanged(self.id, man_day, previous))
        return True
