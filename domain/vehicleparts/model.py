"""A part in the catalogue, and what a stock request's outcome means.

The check-and-decrement is one conditional UPDATE in the database; this module
turns its outcome into events.
"""

from __future__ import annotations

from dataclasses import dataclass

from domain.messages import Event
from domain.vehicleparts.events import PartReceived, PartRequestCancelled, StockDecreased


@dataclass
class Part:
    id: int
    part_code: str
    name: str
    price: int
    stock: int
    low_stock: int = 0


def part_request_outcome(
    part: Part, part_request_id: int, job_id: int, quantity: int, taken: bool, stock_after: int
) -> list[Event]:
    """Events for a part request: provided (stock down, price frozen) or cancelled."""
    if taken:
        return [
            StockDecreased(part.id, quantity, stock_after, f"job {job_id}", part_request_id),
            PartReceived(part_request_id, job_id, part.id, part.part_code, part.name, quantity, part.price),
        ]
    if stock_after <= 0:
        reason = f"{part.name} ({part.part_code}) is out of stock."
    else:
        reason = f"Only {stock_after} of {part.name} ({part.part_code}) in stock; {quantity} asked."
    return [PartRequestCancelled(part_request_id, job_id, part.id, quantity, reason)]
