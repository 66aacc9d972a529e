"""The Korean shop's papers: the 현금영수증 approval number for cash, the business number for a 세금계산서."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from app import schema as s
from app.bootstrap import Shop
from domain.commands import RecordCashReceipt, RequestTaxInvoice, TakePayment, VoidInvoice
from domain.errors import Conflict, DomainError, IllegalTransition, InvalidInput
from tests.builders import make_invoice
from tests.integration.core_helpers import diff, events, snapshot
from tests.till_support import pdf_text


def approvals(shop: Shop) -> list[tuple[str, str | None]]:
    p = s.payment.c
    with shop.db.read.connect() as conn:
        return [(m, n) for m, n in conn.execute(select(p.method, p.cash_receipt_no).order_by(p.id))]


def refused(shop: Shop, command: object, error: type[DomainError], code: str) -> None:
    before = snapshot(shop)
    with pytest.raises(error) as caught:
        shop.handle(command)  # type: ignore[arg-type]
    assert caught.value.code == code, caught.value.render("en")
    assert re.search("[가-힣]", caught.value.render("ko")) and not re.search("[가-힣]", caught.value.render("en"))
    assert diff(before, snapshot(shop)) == []


def test_cash_of_100000_or_more_is_reminded_then_its_approval_number_recorded(desk: Shop) -> None:
    no = make_invoice(desk, fare=100_000)  # 110,000
    desk.handle(TakePayment(no, (("card", 10_000), ("cash", 100_000))))
    assert "현금영수증 발급 대상입니다" in pdf_text(desk.receipt_pdf(no))  # the reminder
    desk.handle(RecordCashReceipt(no, "1234-5678-90"))
    assert approvals(desk) == [("card", None), ("cash", "1234567890")]
    (recorded,) = events(desk, "CashReceiptRecorded")
    assert (recorded.invoice_no, recorded.approval_no, recorded.amount) == (no, "1234567890", 100_000)
    text = pdf_text(desk.receipt_pdf(no))
    assert "현금영수증 1234567890" in text and "발급 대상" not in text
    refused(desk, RecordCashReceipt(no, "99999999"), Conflict, "billing.no_cash_payment_waiting")
    refused(desk, RequestTaxInvoice(no, "124-81-00998"), Conflict, "billing.tax_invoice_after_cash_receipt")


def test_a_small_cash_sale_needs_no_reminder(desk: Shop) -> None:
    no = make_invoice(desk, fare=50_000)  # 55,000
    desk.handle(TakePayment(no, (("cash", 55_000),)))
    assert "발급 대상" not in pdf_text(desk.receipt_pdf(no))


def test_a_tax_invoice_records_the_checked_business_number(desk: Shop) -> None:
    no = make_invoice(desk, fare=200_000)
    refused(desk, RequestTaxInvoice(no, "124-81-00999"), InvalidInput, "billing.business_number_check")
    refused(desk, RequestTaxInvoice(no, "12481"), InvalidInput, "billing.business_number_length")
    desk.handle(RequestTaxInvoice(no, "124-81-00998", "주식회사 새봄", "tax@saebom.example"))
    with desk.db.read.connect() as conn:
        row = conn.execute(
            select(s.invoice.c.tax_business_number, s.invoice.c.tax_company_name).where(s.invoice.c.invoice_no == no)
        ).one()
    assert tuple(row) == ("1248100998", "주식회사 새봄")
    (asked,) = events(desk, "TaxInvoiceRequested")
    assert (asked.business_number, asked.email) == ("1248100998", "tax@saebom.example")
    desk.handle(TakePayment(no, (("transfer", 220_000),)))
    text = pdf_text(desk.receipt_pdf(no))
    assert "124-81-00998" in text and "발급 대상" not in text  # a tax invoice, so no cash receipt is due
    refused(desk, RequestTaxInvoice(no, "124-81-00998"), Conflict, "billing.tax_invoice_already")
    refused(desk, RecordCashReceipt(no, "12345678"), Conflict, "billing.cash_receipt_after_tax_invoice")


def test_a_voided_invoice_takes_neither(desk: Shop) -> None:
    no = make_invoice(desk, fare=200_000)
    desk.handle(TakePayment(no, (("cash", 100_000),)))
    desk.handle(VoidInvoice(no, "잘못 발행"))
    refused(desk, RecordCashReceipt(no, "12345678"), IllegalTransition, "billing.cash_receipt_voided")
    refused(desk, RequestTaxInvoice(no, "124-81-00998"), IllegalTransition, "billing.tax_invoice_voided")
    refused(desk, RecordCashReceipt(no, "12ab"), InvalidInput, "billing.approval_no_form")
