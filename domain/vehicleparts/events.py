"""Events of the vehicle-parts context."""

from __future__ import annotations

from dataclasses import dataclass

from domain.messages import Event


@dataclass(frozen=True)
class PartsEvent(Event):
    context = "vehicleparts"


@dataclass(frozen=True)
class PartRegistered(PartsEvent):
    part_id: int
    part_code: str
    name: str
    price: int
    stock: int
    low_stock: int = 0


@dataclass(frozen=True)
class PartPriceChanged(PartsEvent):
    part_id: int
    price: int
    previous: int


@dataclass(frozen=True)
class StockIncreased(PartsEvent):
    part_id: int
    quantity: int
    stock: int


@dataclass(frozen=True)
class StockDecreased(PartsEvent):
    """Stock went down: for a job's part request, or by hand with a reason."""

    part_id: int
    quantity: int
    stock: int
    reason: str = ""
    part_request_id: int = 0


@dataclass(frozen=True)
class PartReceived(PartsEvent):
    """A part request was provided; the price is frozen at `unit_price`."""

    part_request_id: int
    job_id: int
    part_id: int
    part_code: str
    name: str
    quantity: int
    unit_price: int


@dataclass(frozen=True)
class PartRequestCancelled(PartsEvent):
    """A part request could not be provided; `reason` says why."""

    part_request_id: int
    job_id: int
    part_id: int
    quantity: int
    reason: str
