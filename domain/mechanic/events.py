"""Events of the mechanic context."""

from __future__ import annotations

from dataclasses import dataclass

from domain.messages import Event


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
    """Man-days were reserved for a receipt; `remaining` is what is left after."""

    mechanic_id: int
    receipt_id: int
    man_day: int
    remaining: int


@dataclass(frozen=True)
class ManDayOver(MechanicEvent):
    """The mechanic had too few man-days left for a receipt."""

    mechanic_id: int
    receipt_id: int
    man_day: int
    remaining: int
    reason: str


@dataclass(frozen=True)
class ManDayIncreased(MechanicEvent):
    """Reserved man-days came back because the receipt was cancelled."""

    mechanic_id: int
    receipt_id: int
    man_day: int
    remaining: int
