"""Events of the shop-details context."""

from __future__ import annotations

from dataclasses import dataclass

from domain.messages import Event


@dataclass(frozen=True)
class ShopDetailsUpdated(Event):
    """The letterhead changed; what documents issued from now on print."""

    context = "shopdetails"

    name: str
    address: str
    business_no: str
    phone: str
    owner: str
    repair_registration_no: str
