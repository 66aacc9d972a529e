"""Jobs context (정비소): the job's life, and the policies that create and cancel jobs."""

from __future__ import annotations

from app.handling import HandlerSettings, PolicySpec
from app.uow import UnitOfWork
from domain.errors import IllegalTransition
from domain.jobs.commands import FinishJob, RequestPart, ReturnPart, StartJob
from domain.jobs.events import JobCreated
from domain.jobs.model import PartRequestStatus
from domain.mechanic.events import ManDayDecreased
from domain.reception.events import RequestCancelled
from domain.vehicleparts.events import PartReceived, PartRequestCancelled


def start_job(cmd: StartJob, uow: UnitOfWork, _: HandlerSettings) -> None:
    job = uow.jobs.get(cmd.job_id)
    job.start(uow.now_text())
    uow.jobs.save_status(job, uow.now_text())


def request_part(cmd: RequestPart, uow: UnitOfWork, settings: HandlerSettings, quoted_price: int | None = None) -> int:
    """`quoted_price`: the unit price the customer agreed to (an approved estimate's part), billed when the
    part is provided; never given by a command (the bus calls this without it: the price of that moment)."""
    job = uow.jobs.get(cmd.job_id)
    part = uow.parts.get(cmd.part_id)  # the catalogue is read to refuse unknown parts up front
    job.ensure_accepts_parts()
    unit_price = part.price if quoted_price is None else quoted_price
    # Refused at the line, before any stock moves, if the bill could no longer be invoiced (billing's rule).
    uow.bills.get(job.id, settings.vat_rate).ensure_room(unit_price * cmd.quantity)
    request_id = uow.jobs.add_part_request(job.id, part.id, cmd.quantity, part.name, part.part_code, uow.now_text())
    job.request_part(request_id, part.id, cmd.quantity, quoted_price)
    return request_id


def return_part(cmd: ReturnPart, uow: UnitOfWork, _: HandlerSettings) -> None:
    """A part provided by mistake goes back: the request is returned (off the bill); vehicleparts restocks it."""
    job = uow.jobs.get(uow.jobs.job_of_part_request(cmd.part_request_id), with_parts=True)
    job.return_part(cmd.part_request_id)
    if not uow.jobs.mark_returned(cmd.part_request_id):  # given back by another terminal meanwhile
        raise IllegalTransition("jobs.return_not_provided", job_id=job.id, request_id=cmd.part_request_id)


def finish_job(cmd: FinishJob, uow: UnitOfWork, _: HandlerSettings) -> None:
    job = uow.jobs.get(cmd.job_id, with_parts=True)
    job.finish(uow.now_text())
    uow.jobs.save_status(job, uow.now_text())


def create_job(event: ManDayDecreased, uow: UnitOfWork, _: HandlerSettings) -> None:
    """Exactly one job per accepted receipt (also enforced by a unique key)."""
    if uow.jobs.for_receipt(event.receipt_id) is not None:
        return
    job_id = uow.jobs.add(event.receipt_id, event.mechanic_id, event.man_day, uow.now_text())
    uow.record(JobCreated(job_id, event.receipt_id, event.mechanic_id, event.man_day, event.promised_date))


def cancel_job(event: RequestCancelled, uow: UnitOfWork, _: HandlerSettings) -> None:
    job = uow.jobs.for_receipt(event.receipt_id)
    if job is None:
        if not event.rejected:
            # The job's creation may still be waiting for a retry: record the receipt's
            # job as cancelled now, so the late create_job finds it and does nothing.
            job_id = uow.jobs.add(event.receipt_id, event.mechanic_id, event.man_day, uow.now_text())
            job = uow.jobs.get(job_id)
        else:
            return
    if job.cancel(event.reason):
        uow.jobs.save_status(job, uow.now_text())


def part_received(event: PartReceived, uow: UnitOfWork, _: HandlerSettings) -> None:
    uow.jobs.settle_part_request(
        event.part_request_id, PartRequestStatus.PROVIDED, event.unit_price, unit_cost=event.unit_cost
    )


def part_request_cancelled(event: PartRequestCancelled, uow: UnitOfWork, _: HandlerSettings) -> None:
    uow.jobs.settle_part_request(
        event.part_request_id, PartRequestStatus.CANCELLED, reason=event.reason, reason_message=event.reason_message
    )


COMMAND_HANDLERS = {StartJob: start_job, RequestPart: request_part, FinishJob: finish_job}
COMMAND_HANDLERS[ReturnPart] = return_part
POLICIES = [
    PolicySpec("shop.create_job", ManDayDecreased, create_job),
    PolicySpec("shop.cancel_job", RequestCancelled, cancel_job),
    PolicySpec("shop.part_received", PartReceived, part_received),
    PolicySpec("shop.part_request_cancelled", PartRequestCancelled, part_request_cancelled),
]
