"""An estimate (견적) and what may happen to it: approved once, reopened when its request is refused, declined.

    open --approve--> approved --(request refused)--> open
    open --decline--> declined
An estimate past its validity date is not approved: the desk drafts a new one at today's prices.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from domain.errors import IllegalTransition
from domain.estimates.events import EstimateApproved, EstimateDeclined, EstimateReopened
from domain.messages import Event
from domain.texts import Message


class EstimateStatus(StrEnum):
    OPEN = "open"
    APPROVED = "approved"
    DECLINED = "declined"


_NOT_OPEN = {
    EstimateStatus.APPROVED: "estimates.already_approved",
    EstimateStatus.DECLINED: "estimates.already_declined",
}


@dataclass(frozen=True)
class EstimateLine:
    """A labour line (`part_id` 0) or a part at the price of the day the estimate was drafted."""

    kind: str  # "labour" or "part"
    description: str
    quantity: int
    unit_price: int
    part_id: int = 0
    part_code: str = ""
    origin: str = ""

    @property
    def amount(self) -> int:
        return self.quantity * self.unit_price


@dataclass
class Estimate:
    estimate_no: str
    car_number: str
    status: EstimateStatus
    valid_until: str  # YYYY-MM-DD, the last day it may be approved
    receipt_id: int | None = None
    events: list[Event] = field(default_factory=list)

    def ensure_approvable(self, today: str) -> None:
        """Refuse an approval of an estimate that is not open, or past its validity date."""
        if self.status is not EstimateStatus.OPEN:
            raise IllegalTransition(_NOT_OPEN[self.status], estimate_no=self.estimate_no)
        if today > self.valid_until:
            raise IllegalTransition("estimates.expired", estimate_no=self.estimate_no, valid_until=self.valid_until)

    def approve(self, how: str, taken_by: str, at: str, today: str, receipt_id: int) -> None:
        """Record the customer's consent and the request it made."""
        self.ensure_approvable(today)
        self.status = EstimateStatus.APPROVED
        self.receipt_id = receipt_id
        self.events.append(EstimateApproved(self.estimate_no, how, taken_by, at, receipt_id))

    def reopen(self, receipt_id: int, reason: Message | str) -> None:
        """Its request was refused: open again, with the reason (idempotent for a repeated event)."""
        if self.status is not EstimateStatus.APPROVED or self.receipt_id != receipt_id:
            return
        self.status = EstimateStatus.OPEN
        self.receipt_id = None
        if isinstance(reason, Message):
            self.events.append(
                EstimateReopened(
                    self.estimate_no, receipt_id, reason.render("en"), reason.code, reason.to_dict()["params"]
                )
            )
        else:
            self.events.append(EstimateReopened(self.estimate_no, receipt_id, reason))

    def decline(self, reason: str, at: str) -> None:
        if self.status is not EstimateStatus.OPEN:
            raise IllegalTransition(_NOT_OPEN[self.status], estimate_no=self.estimate_no)
        self.status = EstimateStatus.DECLINED
        self.events.append(EstimateDeclined(self.estimate_no, self.car_number, reason, at))
