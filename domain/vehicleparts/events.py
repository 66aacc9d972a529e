"""Events of the vehicle-parts context."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from domain.messages import Event
from domain.texts import Message


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
    origin: str = "A"  # events logged before origin codes were new genuine parts


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
    """A part request was provided to its job (부품 제공, not a delivery); the price is frozen at `unit_price`.

    `unit_cost` is what each piece cost the shop when it left the shelf (the part's average purchase
    cost then, app.reports' margins); 0 when no delivery said a cost, and in events logged before it.
    """

    part_request_id: int
    job_id: int
    part_id: int
    part_code: str
    name: str
    quantity: int
    unit_price: int
    unit_cost: int = 0


@dataclass(frozen=True)
class PartRequestCancelled(PartsEvent):
    """A part request could not be provided; `reason` says why.

    `reason` is the English sentence; `reason_code` and `reason_params` are the
    same reason by code (`Message.to_dict()` form). Events logged before the codes
    existed load with them empty.
    """

    part_request_id: int
    job_id: int
    part_id: int
    quantity: int
    reason: str
    reason_code: str = ""
    reason_params: dict[str, Any] = field(default_factory=dict)

    @property
    def reason_message(self) -> Message | None:
        return Message.from_dict({"code": self.reason_code, "params": self.reason_params}) if self.reason_code else None
