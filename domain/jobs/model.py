"""The repair job: a guarded state machine created → started → finished, or cancelled."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from domain.errors import IllegalTransition
from domain.jobs.events import JobCancelled, JobFinished, JobStarted, PartLine, PartRequested, PartReturned
from domain.messages import Event


class JobStatus(StrEnum):
    CREATED = "created"
    STARTED = "started"
    FINISHED = "finished"
    CANCELLED = "cancelled"

    @property
    def can_start(self) -> bool:
        return self is JobStatus.CREATED

    @property
    def accepts_parts(self) -> bool:
        """Parts are requested for a job in work, never before it starts or after it ends."""
        return self is JobStatus.STARTED

    @property
    def can_finish(self) -> bool:
        return self is JobStatus.STARTED


#: Open jobs (not finished or cancelled): on the mechanic's list (for the queries that filter by them).
OPEN_JOB_STATUSES = frozenset({JobStatus.CREATED, JobStatus.STARTED})

#: Why a job cannot do something, by what was asked and the job's status.
_CANNOT = {
    ("start", JobStatus.STARTED): "jobs.start_started",
    ("start", JobStatus.FINISHED): "jobs.start_finished",
    ("start", JobStatus.CANCELLED): "jobs.start_cancelled",
    ("parts", JobStatus.CREATED): "jobs.parts_not_started",
    ("parts", JobStatus.FINISHED): "jobs.parts_finished",
    ("parts", JobStatus.CANCELLED): "jobs.parts_cancelled",
    ("finish", JobStatus.CREATED): "jobs.finish_not_started",
    ("finish", JobStatus.FINISHED): "jobs.finish_finished",
    ("finish", JobStatus.CANCELLED): "jobs.finish_cancelled",
}


class PartRequestStatus(StrEnum):
    REQUESTED = "requested"
    PROVIDED = "provided"
    CANCELLED = "cancelled"
    RETURNED = "returned"  # provided, then given back before the job was finished (ReturnPart)


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
        if not self.status.can_start:
            raise self._cannot("start")
        self.status = JobStatus.STARTED
        self.events.append(JobStarted(self.id, self.receipt_id, now))

    def ensure_accepts_parts(self) -> None:
        if not self.status.accepts_parts:
            raise self._cannot("parts")

    def request_part(self, part_request_id: int, part_id: int, quantity: int, quoted_price: int | None = None) -> None:
        self.ensure_accepts_parts()
        self.part_requests.append(PartRequest(part_request_id, part_id, quantity))
        self.events.append(PartRequested(part_request_id, self.id, self.receipt_id, part_id, quantity, quoted_price))

    def return_part(self, part_request_id: int) -> PartRequest:
        """Give a provided part back (the job started, not finished); returns the request, now returned."""
        if self.status is not JobStatus.STARTED:
            raise IllegalTransition("jobs.return_not_started", job_id=self.id)
        found = next((r for r in self.part_requests if r.id == part_request_id), None)
        if found is None or found.status is not PartRequestStatus.PROVIDED:
            raise IllegalTransition("jobs.return_not_provided", job_id=self.id, request_id=part_request_id)
        found.status = PartRequestStatus.RETURNED
        self.events.append(PartReturned(found.id, self.id, self.receipt_id, found.part_id, found.quantity))
        return found

    def finish(self, now: str) -> None:
        if not self.status.can_finish:
            raise self._cannot("finish")
        waiting = [r for r in self.part_requests if r.status is PartRequestStatus.REQUESTED]
        if waiting:
            raise IllegalTransition("jobs.parts_waiting", job_id=self.id, waiting=len(waiting))
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

    def _cannot(self, what: str) -> IllegalTransition:
        return IllegalTransition(_CANNOT[what, self.status], job_id=self.id)
