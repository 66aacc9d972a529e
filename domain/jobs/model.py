"""The repair job: a guarded state machine created → started → finished, or cancelled."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from domain.errors import IllegalTransition
from domain.jobs.events import JobCancelled, JobFinished, JobStarted, PartLine, PartRequested
from domain.messages import Event


class JobStatus(StrEnum):
    CREATED = "created"
    STARTED = "started"
    FINISHED = "finished"
    CANCELLED = "cancelled"


class PartRequestStatus(StrEnum):
    REQUESTED = "requested"
    PROVIDED = "provided"
    CANCELLED = "cancelled"


@dataclass
class PartRequest:
    id: int
    part_id: int
    quantity: int
    status: PartRequestStatus = PartRequestStatus.REQUESTED
    part_code: str = ""
    name: str = ""
    unit_price: int = 0
    reason: str = ""


@dataclass
class Job:
    id: int
    receipt_id: int
    mechanic_id: int
    status: JobStatus = JobStatus.CREATED
    part_requests: list[PartRequest] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def start(self, now: str) -> None:
        if self.status is not JobStatus.CREATED:
            raise IllegalTransition(self._cannot("start"))
        self.status = JobStatus.STARTED
        self.events.append(JobStarted(self.id, self.receipt_id, now))

    def ensure_accepts_parts(self) -> None:
        if self.status is not JobStatus.STARTED:
            raise IllegalTransition(self._cannot("request parts for"))

    def request_part(self, part_request_id: int, part_id: int, quantity: int) -> None:
        self.ensure_accepts_parts()
        self.part_requests.append(PartRequest(part_request_id, part_id, quantity))
        self.events.append(PartRequested(part_request_id, self.id, self.receipt_id, part_id, quantity))

    def finish(self, now: str) -> None:
        if self.status is not JobStatus.STARTED:
            raise IllegalTransition(self._cannot("finish"))
        waiting = [r for r in self.part_requests if r.status is PartRequestStatus.REQUESTED]
        if waiting:
            raise IllegalTransition(
                f"Job {self.id} still waits for {len(waiting)} part request(s); "
                "wait for the parts counter, then finish."
            )
        self.status = JobStatus.FINISHED
        self.events.append(JobFinished(self.id, self.receipt_id, now, self.part_lines()))

    def cancel(self, reason: str) -> bool:
        """Cancel a job that has not started; returns False when it is too late."""
        if self.status is JobStatus.CANCELLED:
            return True
        if self.status is not JobStatus.CREATED:
            return False
        self.status = JobStatus.CANCELLED
        self.events.append(JobCancelled(self.id, self.receipt_id, reason))
        return True

    def part_lines(self) -> tuple[PartLine, ...]:
        return tuple(
            PartLine(r.id, r.part_id, r.part_code, r.name, r.quantity, r.unit_price)
            for r in self.part_requests
            if r.status is PartRequestStatus.PROVIDED
        )

    def _cannot(self, what: str) -> str:
        hint = {
            JobStatus.CREATED: "it has not been started yet",
            JobStatus.STARTED: "it is already started",
            JobStatus.FINISHED: "it is already finished",
            JobStatus.CANCELLED: "it was cancelled",
        }[self.status]
        return f"Cannot {what} job {self.id}: {hint}."
