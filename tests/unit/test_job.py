"""The job is a guarded state machine: created → started → finished, or cancelled."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from domain.errors import DomainError, IllegalTransition
from domain.jobs.events import JobCancelled, JobFinished, JobStarted, PartLine, PartRequested
from domain.jobs.model import OPEN_JOB_STATUSES, Job, JobStatus, PartRequest, PartRequestStatus

NOW = "2026-03-02T09:30:00+09:00"


def job(status: JobStatus = JobStatus.CREATED, job_id: int = 7, receipt_id: int = 3) -> Job:
    return Job(job_id, receipt_id, mechanic_id=11, status=status)


def test_a_new_job_is_created_and_has_recorded_nothing() -> None:
    j = Job(1, 2, 3)
    assert j.status is JobStatus.CREATED
    assert j.events == []
    assert j.part_requests == []


def test_start_moves_a_created_job_to_started_and_records_job_started() -> None:
    j = job()
    j.start(NOW)
    assert j.status is JobStatus.STARTED
    assert j.events == [JobStarted(7, 3, NOW)]


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (JobStatus.STARTED, "jobs.start_started"),
        (JobStatus.FINISHED, "jobs.start_finished"),
        (JobStatus.CANCELLED, "jobs.start_cancelled"),
    ],
)
def test_start_is_refused_unless_created(status: JobStatus, code: str) -> None:
    j = job(status)
    with pytest.raises(IllegalTransition) as exc:
        j.start(NOW)
    assert (exc.value.code, exc.value.params) == (code, {"job_id": 7})
    assert j.status is status
    assert j.events == []


def test_starting_twice_is_an_error() -> None:
    j = job()
    j.start(NOW)
    with pytest.raises(IllegalTransition) as exc:
        j.start(NOW)
    assert exc.value.code == "jobs.start_started"
    assert len(j.events) == 1


def test_request_part_on_a_started_job_records_part_requested() -> None:
    j = job(JobStatus.STARTED)
    j.request_part(41, part_id=5, quantity=2)
    assert j.part_requests == [PartRequest(41, 5, 2)]
    assert j.events == [PartRequested(41, 7, 3, 5, 2)]


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (JobStatus.CREATED, "jobs.parts_not_started"),
        (JobStatus.FINISHED, "jobs.parts_finished"),
        (JobStatus.CANCELLED, "jobs.parts_cancelled"),
    ],
)
def test_parts_are_refused_unless_started(status: JobStatus, code: str) -> None:
    j = job(status)
    with pytest.raises(IllegalTransition) as exc:
        j.request_part(1, 5, 1)
    assert (exc.value.code, exc.value.params) == (code, {"job_id": 7})
    with pytest.raises(IllegalTransition):
        j.ensure_accepts_parts()
    assert j.part_requests == []
    assert j.events == []


def test_finish_moves_a_started_job_to_finished_with_its_provided_parts_only() -> None:
    j = job(JobStatus.STARTED)
    j.part_requests = [
        PartRequest(1, 5, 2, PartRequestStatus.PROVIDED, "OIL-1", "엔진오일", 48_000),
        PartRequest(2, 6, 1, PartRequestStatus.CANCELLED, "BAT-1", "배터리", 0, "out of stock"),
        PartRequest(3, 7, 4, PartRequestStatus.PROVIDED, "SPK-1", "점화플러그", 16_500),
    ]
    j.finish(NOW)
    assert j.status is JobStatus.FINISHED
    lines = (PartLine(1, 5, "OIL-1", "엔진오일", 2, 48_000), PartLine(3, 7, "SPK-1", "점화플러그", 4, 16_500))
    assert j.events == [JobFinished(7, 3, NOW, lines)]
    assert [line.amount for line in lines] == [96_000, 66_000]


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (JobStatus.CREATED, "jobs.finish_not_started"),
        (JobStatus.FINISHED, "jobs.finish_finished"),
        (JobStatus.CANCELLED, "jobs.finish_cancelled"),
    ],
)
def test_finish_is_refused_unless_started(status: JobStatus, code: str) -> None:
    j = job(status)
    with pytest.raises(IllegalTransition) as exc:
        j.finish(NOW)
    assert (exc.value.code, exc.value.params) == (code, {"job_id": 7})
    assert j.status is status
    assert j.events == []


def test_finish_waits_for_part_requests_still_open() -> None:
    j = job(JobStatus.STARTED)
    j.part_requests = [PartRequest(1, 5, 2), PartRequest(2, 5, 1, PartRequestStatus.PROVIDED)]
    with pytest.raises(IllegalTransition) as exc:
        j.finish(NOW)
    assert (exc.value.code, exc.value.params) == ("jobs.parts_waiting", {"job_id": 7, "waiting": 1})
    assert j.status is JobStatus.STARTED
    assert j.events == []


def test_cancel_a_created_job_records_job_cancelled() -> None:
    j = job()
    assert j.cancel("고객 요청") is True
    assert j.status is JobStatus.CANCELLED
    assert j.events == [JobCancelled(7, 3, "고객 요청")]


def test_cancel_is_idempotent_on_a_cancelled_job() -> None:
    j = job(JobStatus.CANCELLED)
    assert j.cancel("again") is True
    assert j.events == []


@pytest.mark.parametrize("status", [JobStatus.STARTED, JobStatus.FINISHED])
def test_cancel_is_too_late_once_started(status: JobStatus) -> None:
    j = job(status)
    assert j.cancel("late") is False
    assert j.status is status
    assert j.events == []


def test_every_transition_is_covered() -> None:
    """The full table: which action is legal from which status (and nothing else is)."""
    legal = {
        ("start", JobStatus.CREATED): JobStatus.STARTED,
        ("finish", JobStatus.STARTED): JobStatus.FINISHED,
        ("request_part", JobStatus.STARTED): JobStatus.STARTED,
    }
    actions = {
        "start": lambda j: j.start(NOW),
        "finish": lambda j: j.finish(NOW),
        "request_part": lambda j: j.request_part(1, 2, 1),
    }
    for status in JobStatus:
        for name, act in actions.items():
            j = job(status)
            if (name, status) in legal:
                act(j)
                assert j.status is legal[(name, status)]
                assert len(j.events) == 1
            else:
                with pytest.raises(DomainError):
                    act(j)
                assert j.status is status and j.events == []


def test_the_status_says_what_a_job_may_do_as_the_job_itself_decides() -> None:
    """Screens ask JobStatus; the job's own methods follow the same predicates."""
    for status in JobStatus:
        assert status.can_start is _allowed(status, lambda j: j.start(NOW))
        assert status.accepts_parts is _allowed(status, lambda j: j.request_part(1, 2, 1))
        assert status.can_finish is _allowed(status, lambda j: j.finish(NOW))
    assert {s for s in JobStatus if s.can_start or s.accepts_parts} == OPEN_JOB_STATUSES


def _allowed(status: JobStatus, act: Callable[[Job], None]) -> bool:
    try:
        act(job(status))
    except IllegalTransition:
        return False
    return True


def test_statuses_are_the_published_words() -> None:
    assert [s.value for s in JobStatus] == ["created", "started", "finished", "cancelled"]
