"""The mechanic (정비사) and their remaining man-days (공수): the aggregate that decides reservations.

A mechanic's man-days are the open work they can still take on. `reserve`
decides whether a repair fits and records the outcome; the repository then
writes it behind the database's conditional UPDATE (`… WHERE man_day >= :n`),
the atomic guard that keeps many terminals from overbooking anyone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from domain.errors import Conflict
from domain.mechanic.events import ManDayChanged, ManDayDecreased, ManDayIncreased, ManDayOver, MechanicRegistered
from domain.mechanic.schedule import Slot, cannot_finish_by, check_wanted_by
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

    def reserve(
        self,
        receipt_id: int,
        days: int,
        slot: Slot | None = None,
        wanted_by: date | None = None,
        others: Iterable[tuple[str, date]] = (),
    ) -> bool:
        """Take `days` for a receipt if that many are left and the queue makes `wanted_by`.

        `slot` is where the job would go in this mechanic's queue; `others` are the
        (name, earliest finish) of the other mechanics who have the man-days, so a
        refusal for the date can name one who could make it. ManDayDecreased, or
        ManDayOver (with the reason) and nothing taken.
        """
        if days > self.man_day:
            reason = Message("mechanic.man_days_short", {"name": self.name, "left": self.man_day, "need": days})
            self._over(receipt_id, days, reason)
            return False
        if slot is not None and wanted_by is not None and not check_wanted_by(wanted_by, slot.promised_date):
            self._over(receipt_id, days, cannot_finish_by(self.name, days, wanted_by, slot.promised_date, others))
            return False
        self.man_day -= days
        start, promise = ("", "") if slot is None else (slot.planned_start.isoformat(), slot.promised_date.isoformat())
        self.events.append(ManDayDecreased(self.id, receipt_id, days, self.man_day, start, promise))
        return True

    def _over(self, receipt_id: int, days: int, reason: Message) -> None:
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

    def release(self, receipt_id: int, days: int) -> None:
        """Days reserved for a receipt come back (its job was finished, or it was cancelled)."""
        self.man_day += days
        self.events.append(ManDayIncreased(self.id, receipt_id, days, self.man_day))

    def take_over(self, days: int) -> None:
        """A job not yet started moves to this mechanic: take its man-days, or refuse it (nothing taken)."""
        if days > self.man_day:
            raise Conflict("mechanic.man_days_short", name=self.name, left=self.man_day, need=days)
        self.man_day -= days

    def hand_over(self, days: int) -> None:
        """A job not yet started moves away from this mechanic: its man-days come back."""
        self.man_day += days

    def change_man_day(self, man_day: int) -> bool:
        """Set the remaining capacity by hand; False (and nothing recorded) when it is already that."""
        if man_day == self.man_day:
            return False
        previous, self.man_day = self.man_day, man_day
        self.events.append(ManDayChanged(self.id, man_day, previous))
        return True
