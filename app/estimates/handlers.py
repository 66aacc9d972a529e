"""Estimates context (견적): draft at today's prices, approve (the request then goes through the man-day
check), reopen when that request is refused, decline (the work stays on the car as a recommendation)."""

from __future__ import annotations

import copy
import logging
from datetime import timedelta

from app.handling import HandlerSettings, PolicySpec
from app.jobs.handlers import request_part
from app.reception.handlers import request_repair
from app.uow import UnitOfWork
from domain.errors import DomainError
from domain.estimates.commands import (
    AddCannedJob,
    AddCannedJobToJob,
    ApproveEstimate,
    DeclineEstimate,
    DraftEstimate,
    ProposeAdditionalWork,
    RecordAdditionalWorkConsent,
    UpdateCannedJob,
)
from domain.estimates.events import (
    AdditionalWorkConsentRecorded,
    AdditionalWorkProposed,
    CannedJobAdded,
    CannedJobUpdated,
    EstimateDrafted,
)
from domain.estimates.model import EstimateLine, EstimateStatus
from domain.jobs.commands import RequestPart
from domain.jobs.events import JobStarted, PartLine
from domain.reception.commands import RequestRepair
from domain.reception.events import RequestCancelled
from domain.texts import Message

log = logging.getLogger(__name__)

#: Estimate numbers: E, the year, a serial that counts up by one (a series of their own).
ESTIMATE_NUMBER_FORMAT = "E{year}-{seq:06d}"


def _part_lines(uow: UnitOfWork, parts: tuple[tuple[int, int], ...]) -> tuple[PartLine, ...]:
    """The parts as an event names them (one line a part, quantities merged, today's price); unknown: refused."""
    merged: dict[int, int] = {}
    for part_id, quantity in parts:
        merged[part_id] = merged.get(part_id, 0) + quantity
    lines = []
    for part_id, quantity in merged.items():
        part = uow.parts.get(part_id)  # an unknown part is refused here
        lines.append(PartLine(0, part.id, part.part_code, part.name, quantity, part.price))
    return tuple(lines)


def add_canned_job(cmd: AddCannedJob, uow: UnitOfWork, _: HandlerSettings) -> int:
    parts = _part_lines(uow, cmd.parts)
    canned_job_id = uow.estimates.add_canned_job(cmd.name, cmd.labour, cmd.man_day, cmd.parts)
    uow.record(CannedJobAdded(canned_job_id, cmd.name, cmd.labour, cmd.man_day, parts))
    return canned_job_id


def update_canned_job(cmd: UpdateCannedJob, uow: UnitOfWork, _: HandlerSettings) -> None:
    parts = _part_lines(uow, cmd.parts)
    uow.estimates.update_canned_job(cmd.canned_job_id, cmd.name, cmd.labour, cmd.man_day, cmd.parts)
    uow.record(CannedJobUpdated(cmd.canned_job_id, cmd.name, cmd.labour, cmd.man_day, parts))


def add_canned_job_to_job(cmd: AddCannedJobToJob, uow: UnitOfWork, settings: HandlerSettings) -> int:
    """The menu job's labour on the bill (the bill's rules: a started job), then each part requested as the bay
    would; all in this one transaction, or nothing."""
    canned = uow.estimates.canned_job(cmd.canned_job_id)
    bill = uow.bills.get(cmd.job_id, settings.vat_rate, at=uow.now_text(), by=uow.actor)
    line_id = uow.bills.new_line_id()
    bill.add_labour(line_id, canned.name, canned.labour, uow.actor, uow.now_text())
    uow.bills.save(bill, uow.now_text())
    for part_id, quantity in canned.parts:
        request_part(RequestPart(cmd.job_id, part_id, quantity).validated(), uow, settings)
    return line_id


def draft_estimate(cmd: DraftEstimate, uow: UnitOfWork, _: HandlerSettings) -> str:
    mechanic = uow.mechanics.get(cmd.mechanic_id)  # an unknown mechanic is refused here
    lines = [EstimateLine("labour", description, 1, amount) for description, amount in cmd.labour]
    wanted = list(cmd.parts)
    man_day = cmd.man_day
    for canned_id in cmd.canned_jobs:  # a menu job: its labour line, its parts, its man-days, in one step
        canned = uow.estimates.canned_job(canned_id)
        lines.append(EstimateLine("labour", canned.name, 1, canned.labour))
        wanted += canned.parts
        man_day += canned.man_day
    for part_id, quantity in wanted:
        part = uow.parts.get(part_id)  # today's price; an unknown part is refused here
        lines.append(EstimateLine("part", part.name, quantity, part.price, part.id, part.part_code, part.origin))
    year = uow.now.year
    estimate_no = ESTIMATE_NUMBER_FORMAT.format(year=year, seq=uow.series.next(f"estimate:{year}"))
    valid_until = (uow.now.date() + timedelta(days=cmd.valid_days - 1)).isoformat()
    uow.estimates.add(
        {
            "estimate_no": estimate_no,
            "customer_name": cmd.customer_name,
            "customer_phone": cmd.customer_phone,
            "car_number": cmd.car_number,
            "mileage": cmd.mileage,
            "mechanic_id": mechanic.id,
            "mechanic_name": mechanic.name,
            "man_day": man_day,
            "fare": cmd.fare,
            "term": cmd.term,
            "drafted_at": uow.now_text(),
            "drafted_by": uow.actor,
            "valid_until": valid_until,
            "status": EstimateStatus.OPEN.value,
        },
        lines,
    )
    labour = cmd.fare + sum(ln.amount for ln in lines if ln.kind == "labour")
    parts = sum(ln.amount for ln in lines if ln.kind == "part")
    uow.record(EstimateDrafted(estimate_no, cmd.car_number, mechanic.id, man_day, labour, parts, valid_until))
    return estimate_no


def approve_estimate(cmd: ApproveEstimate, uow: UnitOfWork, settings: HandlerSettings) -> int:
    """Record the consent, then request the repair; the man-day check runs on that request now."""
    estimate = uow.estimates.get(cmd.estimate_no, for_update=True)
    today = uow.now.date().isoformat()
    estimate.ensure_approvable(today)  # refused before anything is requested
    row = uow.estimates.row(cmd.estimate_no)
    labour_lines = sum(ln.unit_price * ln.quantity for ln in uow.estimates.lines(row.id) if ln.kind == "labour")
    request = RequestRepair(
        row.customer_name,
        row.car_number,
        row.mechanic_id,
        row.man_day,
        row.fare + labour_lines,
        customer_phone=row.customer_phone,
        term=row.term,
        request_note=row.estimate_no,
        mileage=row.mileage,
    ).validated()
    receipt_id = request_repair(request, uow, settings)
    estimate.approve(cmd.how, uow.actor, uow.now_text(), today, receipt_id)
    uow.estimates.save_approval(estimate, cmd.how, uow.actor, uow.now_text())
    return receipt_id


def decline_estimate(cmd: DeclineEstimate, uow: UnitOfWork, _: HandlerSettings) -> None:
    estimate = uow.estimates.get(cmd.estimate_no, for_update=True)
    estimate.decline(cmd.reason, uow.now_text())
    uow.estimates.save_declined(estimate, cmd.reason, uow.now_text())


def propose_additional_work(cmd: ProposeAdditionalWork, uow: UnitOfWork, settings: HandlerSettings) -> int:
    """The bay's proposal: checked against the bill now (a started job, room on it), billed only after consent."""
    bill = uow.bills.get(cmd.job_id, settings.vat_rate, at=uow.now_text(), by=uow.actor)
    parts = _part_lines(uow, cmd.parts)
    parts_total = sum(line.amount for line in parts)
    # The bill's own rules (a started job, room for the amount), tried on a copy: nothing is billed yet.
    trial = copy.deepcopy(bill)
    trial.add_labour(0, cmd.description, cmd.amount, uow.actor, uow.now_text())
    trial.ensure_room(parts_total)
    car_number = uow.receipts.get(bill.receipt_id).car_number
    work_id = uow.estimates.add_additional_work(
        cmd.job_id, car_number, cmd.description, cmd.amount, uow.actor, uow.now_text(), cmd.parts
    )
    uow.record(
        AdditionalWorkProposed(
            work_id, cmd.job_id, car_number, cmd.description, cmd.amount, parts, uow.actor, uow.now_text()
        )
    )
    return work_id


def record_additional_work_consent(
    cmd: RecordAdditionalWorkConsent, uow: UnitOfWork, settings: HandlerSettings
) -> None:
    """Approved: the labour goes on the bill (as proposed, by whom) and its parts are requested on the job, as the
    bay would. Declined: kept as a recommendation."""
    work = uow.estimates.additional_work(cmd.work_id)  # locked; one answered already is refused
    line_id = None
    if cmd.approved:
        parts = uow.estimates.additional_work_parts(cmd.work_id)
        if work.amount or not parts:  # a parts-only proposal puts no empty labour line on the bill
            bill = uow.bills.get(work.job_id, settings.vat_rate, at=uow.now_text(), by=uow.actor)
            line_id = uow.bills.new_line_id()
            bill.add_labour(line_id, work.description, work.amount, work.proposed_by, uow.now_text())
            uow.bills.save(bill, uow.now_text())
        for part_id, quantity in parts:  # a job no longer in work refuses them here, and nothing is written
            request_part(RequestPart(work.job_id, part_id, quantity).validated(), uow, settings)
    uow.estimates.answer_additional_work(cmd.work_id, cmd.approved, cmd.how, uow.actor, uow.now_text(), line_id)
    uow.record(
        AdditionalWorkConsentRecorded(
            cmd.work_id, work.job_id, cmd.approved, cmd.how, uow.actor, uow.now_text(), line_id
        )
    )


def reopen_refused(event: RequestCancelled, uow: UnitOfWork, _: HandlerSettings) -> None:
    """RequestCancelled (refused) of an approved estimate's request -> the estimate is open again, with why."""
    if not event.rejected:
        return  # the customer withdrew the request: the consent stands
    estimate = uow.estimates.of_receipt(event.receipt_id)
    if estimate is None:
        return
    reason: Message | str = (
        Message.from_dict({"code": event.reason_code, "params": event.reason_params})
        if event.reason_code
        else event.reason
    )
    estimate.reopen(event.receipt_id, reason)
    if estimate.events:
        uow.estimates.save_reopened(estimate, reason)


def request_quoted_parts(event: JobStarted, uow: UnitOfWork, settings: HandlerSettings) -> None:
    """JobStarted of an approved estimate's job -> its quoted parts are requested on the job, as the bay would.

    A job takes parts only once started, so the approval's parts wait for this moment; each goes through
    the mechanic's own RequestPart handler (the bill's room, then the counter takes it from stock or
    cancels it as out of stock, as for any request).
    """
    estimate = uow.estimates.of_receipt(event.receipt_id)
    if estimate is None or estimate.status is not EstimateStatus.APPROVED:
        return
    row = uow.estimates.row(estimate.estimate_no)
    for line in uow.estimates.lines(row.id):
        if line.kind == "part" and line.part_id is not None:
            try:
                # at the quoted price: the customer consented to the estimate's amount
                request_part(
                    RequestPart(event.job_id, line.part_id, line.quantity).validated(),
                    uow,
                    settings,
                    quoted_price=line.unit_price,
                )
            except DomainError as exc:  # refused before anything is written: the bay can request it by hand
                log.info("quoted part of %s not requested on job %s (%s)", estimate.estimate_no, event.job_id, exc.code)


COMMAND_HANDLERS = {
    AddCannedJob: add_canned_job,
    UpdateCannedJob: update_canned_job,
    AddCannedJobToJob: add_canned_job_to_job,
    ProposeAdditionalWork: propose_additional_work,
    RecordAdditionalWorkConsent: record_additional_work_consent,
    DraftEstimate: draft_estimate,
    ApproveEstimate: approve_estimate,
    DeclineEstimate: decline_estimate,
}
POLICIES = [
    PolicySpec("estimates.reopen_refused", RequestCancelled, reopen_refused),
    PolicySpec("estimates.request_quoted_parts", JobStarted, request_quoted_parts),
]
