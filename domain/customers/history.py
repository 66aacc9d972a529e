"""A vehicle's visits: the rows of `shop.vehicle_history(car_number)`, newest first.

The history belongs to the vehicle, not the plate: it holds every receipt
linked to the vehicle that carries `car_number` today, also those written under
its former numbers (each visit keeps the plate and the name typed that day).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class VisitPart:
    """A part fitted on that visit, at the price it was billed."""

    part_code: str
    name: str
    quantity: int
    unit_price: int

    @property
    def amount(self) -> int:
        return self.quantity * self.unit_price


@dataclass(frozen=True)
class VisitWork:
    """A piece of work done on that visit (a labour line; before labour lines, the receipt's term)."""

    description: str
    amount: int = 0


@dataclass(frozen=True)
class Visit:
    """One receipt of the vehicle: what was done, by whom, how far the car had run, what it cost."""

    receipt_id: int
    request_date: str  # 'YYYY-MM-DD'
    mileage: int | None  # km on the odometer that day, None when not read
    term: str  # the work asked for
    mechanic_name: str
    job_status: str  # as on the board: requested, rejected, cancelled, created, started, finished
    invoice_no: str | None
    total_price: int | None  # invoice total with VAT; None until invoiced
    car_number: str = ""  # as typed that day: the plate may have changed since
    customer_name: str = ""  # as typed that day
    parts: tuple[VisitPart, ...] = ()
    work: tuple[VisitWork, ...] = ()


def newest_first(visits: Iterable[Visit]) -> list[Visit]:
    """Visits in history order: newest request first, a later receipt first on the same day."""
    return sorted(visits, key=lambda v: (v.request_date, v.receipt_id), reverse=True)
