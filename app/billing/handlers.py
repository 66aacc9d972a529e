"""Billing context (청구·결제): the bill's lines, the invoice issued from them, payments in one step."""

from __future__ import annotations

from app.handling import HandlerSettings, PolicySpec
from app.uow import UnitOfWork
from domain.billing.commands import (
    AddDiscount,
    AddLabour,
    CorrectInvoice,
    RecordCashReceipt,
    RemoveLine,
    RequestTaxInvoice,
    TakePayment,
)
from domain.billing.events import PaymentTaken
from domain.billing.model import Invoice
from domain.billing.tender import plan_payment
from domain.errors import Conflict, IllegalTransition
from domain.jobs.events import JobCreated, JobFinished
from domain.reception.events import PaymentRecorded
from domain.reception.model import format_number


def _business_day(uow: UnitOfWork) -> str:
    return uow.now.date().isoformat()


# -- the open bill --------------------------------------------------------------------
def open_bill(event: JobCreated, uow: UnitOfWork, settings: HandlerSettings) -> None:
    """JobCreated -> the receipt's fare is the bill's first labour line (once)."""
    uow.bills.open(event.job_id, event.receipt_id, settings.vat_rate, uow.now_text(), uow.actor)


def add_labour(cmd: AddLabour, uow: UnitOfWork, settings: HandlerSettings) -> int:
    bill = uow.bills.get(cmd.job_id, settings.vat_rate, at=uow.now_text(), by=uow.actor)
    line_id = uow.bills.new_line_id()
    bill.add_labour(line_id, cmd.description, cmd.amount, uow.actor, uow.now_text())
    uow.bills.save(bill, uow.now_text())
    return line_id


def add_discount(cmd: AddDiscount, uow: UnitOfWork, settings: HandlerSettings) -> int:
    bill = uow.bills.get(cmd.job_id, settings.vat_rate, at=uow.now_text(), by=uow.actor)
    line_id = uow.bills.new_line_id()
    bill.add_discount(
        line_id,
        cmd.description,
        amount=cmd.amount,
        percent=cmd.percent,  # type: ignore[arg-type]  # validated(): a Decimal
        on_line=cmd.line_id or 0,
        added_by=uow.actor,
        at=uow.now_text(),
    )
    uow.bills.save(bill, uow.now_text())
    return line_id


def remove_line(cmd: RemoveLine, uow: UnitOfWork, settings: HandlerSettings) -> None:
    bill = uow.bills.get(uow.bills.job_of_line(cmd.line_id), settings.vat_rate, at=uow.now_text(), by=uow.actor)
    bill.remove_line(cmd.line_id, uow.actor, uow.now_text())
    uow.bills.save(bill, uow.now_text())


# -- the invoice ----------------------------------------------------------------------
def issue_bill(event: JobFinished, uow: UnitOfWork, settings: HandlerSettings) -> None:
    """JobFinished -> exactly one invoice from the bill's lines, numbered without gaps -> BillIssued."""
    if uow.invoices.exists_for_job(event.job_id):
        return
    receipt = uow.receipts.get(event.receipt_id)
    bill = uow.bills.get(event.job_id, settings.vat_rate, at=uow.now_text(), by=uow.actor)
    year = uow.now.year
    invoice_no = format_number(settings.invoice_number_format, year, uow.series.next(f"invoice:{year}"))
    issued_at = uow.now_text()
    # A day whose till is closed takes no more sales: the invoice goes on the next Z report.
    business_day = uow.till.first_open_day(_business_day(uow))
    invoice = Invoice.issue(
        bill,
        invoice_no,
        issued_at=issued_at,
        business_day=business_day,
        customer_name=receipt.customer_name,
        car_number=receipt.car_number,
    )
    p = invoice.pricing()
    uow.bills.add_invoice(
        {
            "invoice_no": invoice_no,
            "receipt_id": receipt.id,
            "job_id": event.job_id,
            "issued_at": issued_at,
            "business_day": business_day,
            "fare": p.labour,
            "subtotal": p.subtotal,
            "vat_rate": str(invoice.vat_rate),
            "vat": p.vat,
            "total": p.total,
            "paid": 0,
            "status": "issued",
        },
        invoice.lines,
        p,
    )
    receipt.job_finished()
    uow.receipts.save(receipt)
    uow.record(*invoice.events)


def correct_invoice(cmd: CorrectInvoice, uow: UnitOfWork, settings: HandlerSettings) -> str:
    """재발행 in one transaction: a credit note for the old invoice and a new one for the same job, linked both ways.

    The new invoice restates labour and discounts in full (the parts carry over);
    what was paid on the old one counts on the new one up to its total. Returns
    the new invoice number.

    Never refused because the day is closed: the credit note and the new invoice
    belong to the first open business day (the Z report of a closed day stays
    as it was), and what the old invoice carries over moves with them.
    """
    business_day = uow.till.first_open_day(_business_day(uow))  # locked until commit: the close waits
    old = uow.issued_invoices.get(cmd.invoice_no)  # row locked until commit
    year = uow.now.year
    new_no = format_number(settings.invoice_number_format, year, uow.series.next(f"invoice:{year}"))
    credit_note_no = format_number(settings.credit_note_number_format, year, uow.series.next(f"credit-note:{year}"))
    new = old.correct(
        new_invoice_no=new_no,
        credit_note_no=credit_note_no,
        reason=cmd.reason,
        labour=cmd.labour,
        discounts=cmd.discounts,
        at=uow.now_text(),
        business_day=business_day,
        by=uow.actor,
    )
    uow.issued_invoices.save_correction(old, new, uow.bills)
    uow.record(*old.events, *new.events)
    return new_no


# -- money ----------------------------------------------------------------------------
def take_payment(cmd: TakePayment, uow: UnitOfWork, _: HandlerSettings) -> int:
    """Every tender of a TakePayment in this one transaction, or none; returns the change (cash)."""
    day = uow.till.first_open_day(_business_day(uow))  # after a close: the next open business day
    invoice_id, account = uow.invoices.account(cmd.invoice_no)  # row locked until commit
    if account.voided:
        raise IllegalTransition("reception.pay_voided", invoice_no=account.invoice_no)
    if account.balance == 0:
        raise Conflict("reception.already_paid", invoice_no=account.invoice_no)
    plan = plan_payment(account.balance, cmd.tender_list(), cmd.cash_tendered)
    now, paid = uow.now_text(), account.paid
    for tender in plan.payments:
        payment_id = uow.invoices.add_payment(
            invoice_id, tender.amount, tender.method, now, uow.actor, uow.terminal, day
        )
        paid += tender.amount
        uow.record(
            PaymentRecorded(
                payment_id,
                account.invoice_no,
                account.receipt_id,
                tender.amount,
                tender.method,
                paid,
                account.total - paid,
            )
        )
    uow.record(
        PaymentTaken(
            account.invoice_no,
            account.receipt_id,
            plan.by_method("cash"),
            plan.by_method("card"),
            plan.by_method("transfer"),
            plan.cash_tendered,
            plan.change,
            account.total - paid,
            now,
        )
    )
    return plan.change


# -- the tax office's papers ------------------------------------------------------------
def record_cash_receipt(cmd: RecordCashReceipt, uow: UnitOfWork, _: HandlerSettings) -> None:
    """The 현금영수증 approval number, on every cash and transfer payment of the invoice that has none."""
    found = uow.issued_invoices.get(cmd.invoice_no)
    found.record_cash_receipt(cmd.approval_no, at=uow.now_text())
    uow.issued_invoices.save_cash_receipt(found)
    uow.record(*found.events)


def request_tax_invoice(cmd: RequestTaxInvoice, uow: UnitOfWork, _: HandlerSettings) -> None:
    """A 세금계산서 for the customer's business instead of a 현금영수증; its number checked."""
    found = uow.issued_invoices.get(cmd.invoice_no)
    found.request_tax_invoice(cmd.business_number, company_name=cmd.company_name, email=cmd.email, at=uow.now_text())
    uow.issued_invoices.save_tax_invoice(found, cmd.company_name, cmd.email)
    uow.record(*found.events)


COMMAND_HANDLERS = {
    RecordCashReceipt: record_cash_receipt,
    RequestTaxInvoice: request_tax_invoice,
    AddLabour: add_labour,
    AddDiscount: add_discount,
    RemoveLine: remove_line,
    TakePayment: take_payment,
    CorrectInvoice: correct_invoice,
}
POLICIES = [
    PolicySpec("billing.open_bill", JobCreated, open_bill),
    # Named as when the reception context issued the bill: policy names are kept in policy_done.
    PolicySpec("reception.issue_bill", JobFinished, issue_bill),
]
