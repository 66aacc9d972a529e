"""Events of the mechanic context."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from domain.messages import Event
from domain.texts import Message


@dataclass(frozen=True)
class MechanicEvent(Event):
    context = "mechanic"


@dataclass(frozen=True)
class MechanicRegistered(MechanicEvent):
    mechanic_id: int
    name: str
    man_day: int


@dataclass(frozen=True)
class ManDayChanged(MechanicEvent):
    """The remaining capacity was set by hand (from `previous` to `man_day`)."""

    mechanic_id: int
    man_day: int
    previous: int


@dataclass(frozen=True)
class ManDayDecreased(MechanicEvent):
    """Man-days were reserved for a receipt; `remaining` is what is left after.

    `planned_start` and `promised_date` (YYYY-MM-DD) are where the job went in the
    mechanic's queue (empty in events logged before the queue existed).
    """

    mechanic_id: int
    receipt_id: int
    man_day: int
    remaining: int
    planned_start: str = ""
    promised_date: str = ""


@dataclass(frozen=True)
class ManDayOver(MechanicEvent):
    """The mechanic had too few man-days left for a receipt.

    `reason` is the English sentence; `reason_code` and `reason_params` are the
    same reason by code (`Message.to_dict()` form), so every terminal shows it in
    its own language. Events logged before the codes existed load with them empty.
    """

    mechanic_id: int
    receipt_id: int
    man_day: int
    remaining: int
    reason: str
    reason_code: str = ""
    reason_params: dict[str, Any] = field(default_factory=dict)

    @property
    def reason_message(self) -> Message | None:
        return Message.from_dict({"code": self.reason_code, "params": self.reason_params}) if self.reason_code else None


@dataclass(frozen=True)
class ManDayIncreased(MechanicEvent):
    """Reserved man-days came back: the job was finished, or the receipt cancelled (once either way)."""

    mechanic_id: int
    receipt_id: int
    man_day: int
    remaining: int


# -- working days and the queue ---------------------------------------------------------------
@dataclass(frozen=True)
class WorkingWeekdaysChanged(MechanicEvent):
    """The weekly pattern was set (seven marks, Monday first: "1111110")."""

    mechanic_id: int
    weekdays: str
    previous: str


@dataclass(frozen=True)
class DayOffAdded(MechanicEvent):
    mechanic_id: int
    day: str


@dataclass(frozen=True)
class DayOffRemoved(MechanicEvent):
    mechanic_id: int
    day: str


@dataclass(frozen=True)
class ShopClosureAdded(MechanicEvent):
    closure_id: int
    first: str
    last: str
    note: str = ""


@dataclass(frozen=True)
class ShopClosureRemoved(MechanicEvent):
    closure_id: int


@dataclass(frozen=True)
class PromisesMoved(MechanicEvent):
    """Re-planning a mechanic's queue brought promises forward: receipt id (as text) -> YYYY-MM-DD."""

    mechanic_id: int
    promises: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class JobReassigned(MechanicEvent):
    """A job not yet started moved to another mechanic with its man-days (from one to the other, at once)."""

    job_id: int
    receipt_id: int
    from_mechanic_id: int
    to_mechanic_id: int
    to_mechanic_name: str
    man_day: int
    from_remaining: int
    to_remaining: int
    promised_date: str = ""
