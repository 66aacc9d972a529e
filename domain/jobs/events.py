"""Events of the jobs context (the design's "shop" context: 정비소)."""

from __future__ import annotations

from dataclasses import dataclass

from domain.messages import Event


@dataclass(frozen=True)
class PartLine:
    """A part provided to a job, at the price frozen when it was received."""

    part_request_id: int
    part_id: int
    part_code: str
    name: str
    quantity: int
    unit_price: int

    @property
    def amount(self) -> int:
        return self.quantity * self.unit_price


@dataclass(frozen=True)
class ShopEvent(Event):
    context = "shop"


@dataclass(frozen=True)
class JobCreated(ShopEvent):
    job_id: int
    receipt_id: int
    mechanic_id: int
    man_day: int
    promised_date: str = ""  # YYYY-MM-DD, the planned finish the customer was promised


@dataclass(frozen=True)
class JobStarted(ShopEvent):
    job_id: int
    receipt_id: int
    started_at: str


@dataclass(frozen=True)
class PartRequested(ShopEvent):
    part_request_id: int
    job_id: int
    receipt_id: int
    part_id: int
    quantity: int
    #: The unit price the customer agreed to (a part quoted on an approved estimate), billed whatever the
    #: price when the part is provided; None (and in events logged before it): the price of that moment.
    quoted_price: int | None = None


@dataclass(frozen=True)
class JobFinished(ShopEvent):
    """The job is done; `parts` are the lines the invoice will carry."""

    job_id: int
    receipt_id: int
    finished_at: str
    parts: tuple[PartLine, ...] = ()


@dataclass(frozen=True)
class JobCancelled(ShopEvent):
    job_id: int
    receipt_id: int
    reason: str


@dataclass(frozen=True)
class PartReturned(ShopEvent):
    """A provided part went back to the shelf before the job was finished (ReturnPart)."""

    part_request_id: int
    job_id: int
    receipt_id: int
    part_id: int
    quantity: int
