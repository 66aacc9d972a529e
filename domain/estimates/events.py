"""Events of the estimates context."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from domain.messages import Event


@dataclass(frozen=True)
class EstimatesEvent(Event):
    context = "estimates"


@dataclass(frozen=True)
class EstimateDrafted(EstimatesEvent):
    estimate_no: str
    car_number: str
    mechanic_id: int
    man_day: int
    labour_total: int  # the fare and every labour line
    parts_total: int
    valid_until: str


@dataclass(frozen=True)
class EstimateApproved(EstimatesEvent):
    """The customer's consent (how, who took it, when); the repair was requested as `receipt_id`."""

    estimate_no: str
    how: str
    taken_by: str
    at: str
    receipt_id: int


@dataclass(frozen=True)
class EstimateReopened(EstimatesEvent):
    """The request an approval made was refused (man-days, the promised date): the estimate is open again."""

    estimate_no: str
    receipt_id: int
    reason: str
    reason_code: str = ""
    reason_params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class EstimateDeclined(EstimatesEvent):
    """The customer said no; the work is kept on the car as a recommendation."""

    estimate_no: str
    car_number: str
    reason: str
    at: str
