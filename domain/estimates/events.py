"""Events of the estimates context."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from domain.jobs.events import PartLine
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


@dataclass(frozen=True)
class AdditionalWorkProposed(EstimatesEvent):
    """The bay proposed more work on a running job (추가정비); nothing is billed before the customer consents.

    `parts` are the parts proposed with it, at the price of the moment (`part_request_id` 0: nothing is
    requested yet)."""

    work_id: int
    job_id: int
    car_number: str
    description: str
    amount: int
    parts: tuple[PartLine, ...]
    proposed_by: str
    at: str


@dataclass(frozen=True)
class AdditionalWorkConsentRecorded(EstimatesEvent):
    """The customer's answer to proposed work (approved or declined, how, who took it, when); approved labour
    went on the bill as `line_id` (None: declined, or a parts-only proposal)."""

    work_id: int
    job_id: int
    approved: bool
    how: str
    taken_by: str
    at: str
    line_id: int | None


@dataclass(frozen=True)
class CannedJobAdded(EstimatesEvent):
    """A standard job put on the menu (정비 메뉴); `parts` with their quantities (`part_request_id` 0), priced
    as that day."""

    canned_job_id: int
    name: str
    labour: int
    man_day: int
    parts: tuple[PartLine, ...]


@dataclass(frozen=True)
class CannedJobUpdated(EstimatesEvent):
    """A menu job changed: what it is now (name, labour, man-days, parts as for CannedJobAdded)."""

    canned_job_id: int
    name: str
    labour: int
    man_day: int
    parts: tuple[PartLine, ...]
