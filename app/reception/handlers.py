"""Reception context: requests, their outcome, payments and voids (the bill is issued by billing)."""

from __future__ import annotations

from datetime import date

from app.customers.handlers import link_request
from app.handling import HandlerSettings, PolicySpec
from app.persistence import stored_reason
from app.uow import UnitOfWork
from domain.billing.day import TillDay
from domain.billing.numbers import Z_REPORT_NUMBER_FORMAT, format_number, series
from domain.jobs.events import JobStarted
from domain.mechanic.events import JobReassigned, ManDayDecreased, ManDayOver
from domain.mechanic.schedule import require_not_past
from domain.reception.commands import (
    CancelRepair,
    CloseDay,
    RecordPayment,
    RecordRefund,
    RequestRepair,
    VoidInvoice,
)
from domain.reception.events import (
    InvoiceVoided,
    PaymentRecorded,
    RefundRecorded,
    RepairRequested,
)
from domain.reception.model import ReceiptStatus

#: The reason columns of a receipt nobody refused (yet).
NO_REASON = stored_reason(None)


def request_repair(cmd: RequestRepair, uow: UnitOfWork, _: HandlerSettings) -> int:
    # The desk picks from the mechanics' published list; an unknown id is refused here.
    mechanic = uow.mechanics.get(cmd.mechanic_id)
    if cmd.wanted_by:
        require_not_past(date.fromisoformat(cmd.wanted_by), uow.now.date())
    # The register's car and customer, found or created in this transaction (a low mileage refuses here).
    link = link_request(
        uow, cmd.customer_name, cmd.car_number, cmd.customer_phone, cmd.car_id, cmd.mileage, cmd.odometer_replaced
    )
    requested_at = uow.now_text()
    receipt_id = uow.receipts.add(
        {
            "customer_name": cmd.customer_name,
            "customer_phone": cmd.customer_phone,
            "car_number": cmd.car_number,
            "car_id": cmd.car_id,
            "mechanic_id": mechanic.id,
            "mechanic_name": mechanic.name,
            "man_day": cmd.man_day,
            "fare": cmd.fare,
            "term": cmd.term,
            "request_note": cmd.request_note,
            "status": ReceiptStatus.REQUESTED.value,
            "reason": "",
            **NO_REASON,
            "requested_at": requested_at,
            "vehicle_id": link.vehicle_id,
            "customer_id": link.customer_id,
            "mileage": cmd.mileage,
        }
    )
    uow.record(
        RepairRequested(
            receipt_id,
            cmd.customer_name,
            cmd.car_number,
            mechanic.id,
            mechanic.name,
            cmd.man_day,
            cmd.fare,
            requested_at,
            cmd.car_id,
            cmd.customer_phone,
            cmd.term,
            cmd.request_note,
            wanted_by=cmd.wanted_by,
            mileage=cmd.mileage,
            vehicle_id=link.vehicle_id,
            customer_id=link.customer_id,
        )
    )
    return receipt_id


def cancel_repair(cmd: CancelRepair, uow: UnitOfWork, _: HandlerSettings) -> None:
    receipt = uow.receipts.get(cmd.receipt_id)
    receipt.cancel(cmd.reason)
    uow.receipts.save(receipt)


def _business_day(uow: UnitOfWork) -> str:
    return uow.now.date().isoformat()


def record_payment(cmd: RecordPayment, uow: UnitOfWork, _: HandlerSettings) -> int:
    # The close waits for us; after it, the money is the next open business day's.
    day = uow.till.first_open_day(_business_day(uow))
    invoice_id, account = uow.invoices.account(cmd.invoice_no)  # row locked until commit
    account.check_payment(cmd.amount)
    payment_id = uow.invoices.add_payment(
        invoice_id, cmd.amount, cmd.method, uow.now_text(), uow.actor, uow.terminal, day
    )
    paid = account.paid + cmd.amount
    uow.record(
        PaymentRecorded(
            payment_id,
            account.invoice_no,
            account.receipt_id,
            cmd.amount,
            cmd.method,
            paid,
            account.total - paid,
        )
    )
    return payment_id


def void_invoice(cmd: VoidInvoice, uow: UnitOfWork, settings: HandlerSettings) -> str:
    day = _business_day(uow)
    uow.till.hold_open_day(day, "credit note")  # a void waits for an open day: it is that day's
    invoice_id, account = uow.invoices.account(cmd.invoice_no)
    account.check_void()
    year = uow.now.year
    seq = uow.series.next(series("credit-note", year))
    credit_note_no = format_number(settings.credit_note_number_format, year, seq)
    uow.invoices.void(invoice_id, credit_note_no, cmd.reason, uow.now_text(), day)
    uow.record(
        InvoiceVoided(account.invoice_no, account.receipt_id, credit_note_no, cmd.reason, account.total, account.paid)
    )
    return credit_note_no


def record_refund(cmd: RecordRefund, uow: UnitOfWork, _: HandlerSettings) -> int:
    day = uow.till.first_open_day(_business_day(uow))  # after a close: the next open business day
    invoice_id, account = uow.till.refund_account(cmd.invoice_no)  # row locked until commit
    account.check_refund(cmd.amount)
    refund_id = uow.till.add_refund(invoice_id, cmd.amount, cmd.method, uow.now_text(), uow.actor, uow.terminal, day)
    refunded = account.refunded + cmd.amount
    uow.record(
        RefundRecorded(
            refund_id,
            account.invoice_no,
            account.receipt_id,
            account.credit_note_no,
            cmd.amount,
            cmd.method,
            refunded,
            account.paid - refunded,
        )
    )
    return refund_id


def close_day(cmd: CloseDay, uow: UnitOfWork, _: HandlerSettings) -> str:
    """Close the till for a day: fix its Z report; no money moves into the day afterwards.

    The rules are the billing context's (domain.billing.day.TillDay): not before it has
    begun, not twice, not before the shop's first day, and in order.
    """
    today = _business_day(uow)
    day = cmd.day or today
    first_day = uow.till.first_day()  # before holding the day, which opens its row
    z_no_before = uow.till.hold_day(day) if day <= today else None  # waits for payments in flight
    till_day = TillDay(day, z_no_before or "")
    open_days = uow.till.open_days_with_activity()
    till_day.check_closable(today=today, first_day=first_day, open_with_activity=open_days)  # before a Z number
    year = int(day[:4])
    z_no = format_number(Z_REPORT_NUMBER_FORMAT, year, uow.series.next(series("z-report", year)))
    report = uow.till.day_summary(
        day,
        z_no=z_no,
        closed_at=uow.now_text(),
        closed_by=uow.actor,
        terminal=uow.terminal,
        chain_code=uow.chain_code(),  # the log before this close; its DayClosed event follows
    )
    till_day.close(report, today=today, first_day=first_day, open_with_activity=open_days)
    uow.till.mark_closed(report)
    uow.record(*till_day.events)
    return z_no


def reject_receipt(event: ManDayOver, uow: UnitOfWork, _: HandlerSettings) -> None:
    """ManDayOver -> the receipt is rejected (the compensating transaction), reason given."""
    receipt = uow.receipts.get(event.receipt_id)
    receipt.reject(event.reason_message or event.reason)  # the mechanic's reason, by code
    if receipt.events:
        uow.receipts.save(receipt)


def accept_receipt(event: ManDayDecreased, uow: UnitOfWork, _: HandlerSettings) -> None:
    receipt = uow.receipts.get(event.receipt_id)
    if receipt.status is ReceiptStatus.REQUESTED:
        receipt.accept()
        uow.receipts.save(receipt)


def job_started(event: JobStarted, uow: UnitOfWork, _: HandlerSettings) -> None:
    receipt = uow.receipts.get(event.receipt_id)
    receipt.job_started()
    uow.receipts.save(receipt)


COMMAND_HANDLERS = {
    RequestRepair: request_repair,
    CancelRepair: cancel_repair,
    RecordPayment: record_payment,
    VoidInvoice: void_invoice,
    RecordRefund: record_refund,
    CloseDay: close_day,
}


def job_reassigned(event: JobReassigned, uow: UnitOfWork, _: HandlerSettings) -> None:
    """JobReassigned -> the receipt names the mechanic who now does the work."""
    uow.receipts.set_mechanic(event.receipt_id, event.to_mechanic_id, event.to_mechanic_name)


POLICIES = [
    PolicySpec("reception.reject_receipt", ManDayOver, reject_receipt),
    PolicySpec("reception.accept_receipt", ManDayDecreased, accept_receipt),
    PolicySpec("reception.job_started", JobStarted, job_started),
    PolicySpec("reception.job_reassigned", JobReassigned, job_reassigned),
]
