"""Commands of the shop context."""

from __future__ import annotations

from dataclasses import dataclass

from domain.messages import Command, require_id, require_positive


@dataclass(frozen=True)
class StartJob(Command):
    job_id: int

    def validated(self) -> StartJob:
        return StartJob(require_id(self.job_id, "Job number"))


@dataclass(frozen=True)
class RequestPart(Command):
    """Ask the parts counter for `quantity` of a part for a started job. Returns the request id."""

    job_id: int
    part_id: int
    quantity: int

    def validated(self) -> RequestPart:
        return RequestPart(
            require_id(self.job_id, "Job number"),
            require_id(self.part_id, "Part number"),
            require_positive(self.quantity, "Quantity", 10_000),
        )


@dataclass(frozen=True)
class FinishJob(Command):
    """Finish a started job; the invoice follows."""

    job_id: int

    def validated(self) -> FinishJob:
        return FinishJob(require_id(self.job_id, "Job number"))
