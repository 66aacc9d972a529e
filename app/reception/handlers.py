"""Reception context: requests, their outcome, the bill, payments and voids."""

from __future__ import annotations

from app.handling import HandlerSettings, PolicySpec
from app.persistence import stored_reason
from app.uow import UnitOfWork
from domain.errors import IllegalTransition
from domain.jobs.events import JobFinished, JobStarted
from domain.mechanic.events import ManDayDecreased, ManDayOver
from domain.reception.commands import (
    CancelRepair,
    CloseDay,
    RecordPayment,
    RecordRefund,
    RequestRepair,
    VoidInvoice,
)
from domain.reception.events import (
    BillIssued,
    DayClosed,
    InvoiceVoided,
    PaymentRecorded,
    RefundRecorded,
    RepairRequested,
)
from domain.reception.model import ReceiptStatus, compute_bill, format_number
from domain.reception.till import Z_REPORT_NUMBER_FORMAT, check_closable

#: The reason columns of a receipt nobody refused (yet).
NO_REASON = stored_reason(None)


def request_repair(cmd: RequestRepair, uow: UnitOfWork, _: HandlerSettings) -> int:
    # The desk picks from the mechanics' published list; an unknown id is refused here.
    mechanic = uow.mechanics.get(cmd.mechanic_id)
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
    uow.till.hold_open_day(_business_day(uow), "payment")  # the close waits for us
    invoice_id, account = uow.invoices.account(cmd.invoice_no)  # row locked until commit
    account.check_payment(cmd.amount)
    payment_id = uow.invoices.add_payment(invoice_id, cmd.amount, cmd.method, uow.now_text(), uow.actor, uow.terminal)
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
    uow.till.hold_open_day(_business_day(uow), "credit note")
    invoice_id, account = uow.invoices.account(cmd.invoice_no)
    account.check_void()
    year = uow.now.year
    seq = uow.series.next(f"credit-note:{year}")
    credit_note_no = format_number(settings.credit_note_number_format, year, seq)
    uow.invoices.void(invoice_id, credit_note_no, cmd.reason, uow.now_text())
    uow.record(
        InvoiceVoided(account.invoice_no, account.receipt_id, credit_note_no, cmd.reason, account.total, account.paid)
    )
    return credit_note_no


def record_refund(cmd: RecordRefund, uow: UnitOfWork, _: HandlerSettings) -> int:
    uow.till.hold_open_day(_business_day(uow), "refund")
    invoice_id, account = uow.till.refund_account(cmd.invoice_no)  # row locked until commit
    account.check_refund(cmd.amount)
    refund_id = uow.till.add_refund(invoice_id, cmd.amount, cmd.method, uow.now_text(), uow.actor, uow.terminal)
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
    """Close the till for a day: fix its Z report; no money moves into the day afterwards."""
    today = _business_day(uow)
    day = cmd.day or today
    check_closable(day, today)
    closed_by = uow.till.hold_day(day)  # waits for payments in flight
    if closed_by is not None:
        raise IllegalTransition("reception.day_already_closed", day=day, z_no=closed_by)
    year = int(day[:4])
    z_no = format_number(Z_REPORT_NUMBER_FORMAT, year, uow.series.next(f"z-report:{year}"))
    report = uow.till.day_summary(
        day,
        z_no=z_no,
        closed_at=uow.now_text(),
        closed_by=uow.actor,
        terminal=uow.terminal,
        chain_code=uow.chain_code(),  # the log before this close; its DayClosed event follows
    )
    uow.till.mark_closed(report)
    uow.record(
        DayClosed(
            day,
            z_no,
            report.closed_at,
            report.payments_total,
            report.refunds_total,
            len(report.invoices),
            report.invoices_total,
            len(report.credit_notes),
            report.credit_notes_total,
            report.open_balances_total,
        )
    )
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


def issue_bill(event: JobFinished, uow: UnitOfWork, settings: HandlerSettings) -> None:
    """JobFinished -> exactly one invoice, numbered without gaps -> BillIssued."""
    if uow.invoices.exists_for_job(event.job_id):
        return
    receipt = uow.receipts.get(event.receipt_id)
    bill = compute_bill(receipt.fare, event.parts, settings.vat_rate)
    year = uow.now.year
    seq = uow.series.next(f"invoice:{year}")
    invoice_no = format_number(settings.invoice_number_format, year, seq)
    issued_at = uow.now_text()
    uow.invoices.add(
        {
            "invoice_no": invoice_no,
            "receipt_id": receipt.id,
            "job_id": event.job_id,
            "issued_at": issued_at,
            # A day whose till is closed takes no more sales: the invoice goes on the next Z report.
            "business_day": uow.till.first_open_day(_business_day(uow)),
            "fare": bill.fare,
            "subtotal": bill.subtotal,
            "vat_rate": str(bill.vat_rate),
            "vat": bill.vat,
            "total": bill.total,
            "paid": 0,
            "status": "issued",
        },
        [
            {
                "line_no": n,
                "part_code": p.part_code,
                "name": p.name,
                "quantity": p.quantity,
                "unit_price": p.unit_price,
                "amount": p.amount,
            }
            for n, p in enumerate(bill.parts, start=1)
        ],
    )
    receipt.job_finished()
    uow.receipts.save(receipt)
    uow.record(
        BillIssued(
            invoice_no,
            receipt.id,
            event.job_id,
            receipt.customer_name,
            receipt.car_number,
            issued_at,
            bill.fare,
            bill.subtotal,
            str(bill.vat_rate),
            bill.vat,
            bill.total,
            bill.parts,
        )
    )


COMMAND_HANDLERS = {
    RequestRepair: request_repair,
    CancelRepair: cancel_repair,
    RecordPayment: record_payment,
    VoidInvoice: void_invoice,
    RecordRefund: record_refund,
    CloseDay: close_day,
}
POLICIES = [
    PolicySpec("reception.reject_receipt", ManDayOver, reject_receipt),
    PolicySpec("reception.accept_receipt", ManDayDecreased, accept_receipt),
    PolicySpec("reception.job_started", JobStarted, job_started),
    PolicySpec("reception.issue_bill", JobFinished, issue_bill),
]
