"""The mechanic and the outcome of a man-day reservation.

The check-and-decrement itself is done by the database in one conditional
UPDATE (see app.repositories); this module decides what that outcome means.
"""

from __future__ import annotations

from dataclasses import dataclass

from domain.mechanic.events import ManDayDecreased, ManDayOver
from domain.messages import Event


@dataclass
class Mechanic:
    id: int
    name: str
    man_day: int


def reservation_outcome(
    mechanic_id: int, mechanic_name: str, receipt_id: int, wanted: int, reserved: bool, remaining: int
) -> Event:
    """The event that records whether `wanted` man-days could be reserved."""
    if reserved:
        return ManDayDecreased(mechanic_id, receipt_id, wanted, remaining)
    return ManDayOver(
        mechanic_id,
        receipt_id,
        wanted,
        remaining,
        reason=(
            f"{mechanic_name} has only {remaining} man-day(s) left and this repair needs {wanted}. "
            "Choose another mechanic, lower the estimate, or raise their man-days."
        ),
    )
