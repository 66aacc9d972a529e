"""The receipt (영수증) as data, the 현금영수증 approval number, and the 세금계산서 business number."""

from __future__ import annotations

from decimal import Decimal

import pytest

from domain.billing.bill import Bill
from domain.billing.events import CashReceiptRecorded, TaxInvoiceRequested
from domain.billing.model import Invoice
from domain.billing.receipt import ReceiptMark, payment_receipt
from domain.billing.tax import (
    CASH_RECEIPT_THRESHOLD,
    approval_number,
    business_number,
    business_number_check_digit,
    email_address,
    format_business_number,
)
from domain.billing.tender import Tender
from domain.errors import Conflict, IllegalTransition, InvalidInput
from domain.jobs.model import JobStatus

DAY = "2026-03-02"


def invoice(fare: int = 240_006) -> Invoice:
    bill = Bill.open(7, 3, Decimal("0.10"), fare=fare, fare_line_id=1, description="엔진 점검")
    bill.job_status = JobStatus.FINISHED
    return Invoice.issue(
        bill,
        "2026-000001",
        issued_at="2026-03-02T10:00:00",
        business_day=DAY,
        customer_name="홍길동",
        car_number="12가3456",
    )


# -- the receipt ----------------------------------------------------------------------
def test_an_unpaid_invoice_has_a_receipt_with_its_balance_due() -> None:
    r = payment_receipt(invoice())
    assert (r.invoice_no, r.subtotal, r.vat, r.total) == ("2026-000001", 240_006, 24_001, 264_007)
    assert (r.payments, r.paid, r.balance, r.mark, r.settled) == ((), 0, 264_007, ReceiptMark.DUE, False)


def test_a_paid_invoices_receipt_shows_each_payment_and_says_paid() -> None:
    inv = invoice()
    plan = inv.plan_payment([Tender("card", 200_000), Tender("cash", 64_007)], 70_000)
    inv.take(plan, [1, 2], at="2026-03-02T11:05:00", business_day=DAY)
    r = payment_receipt(inv)
    assert [(p.method, p.paid_at, p.amount, p.tendered, p.change) for p in r.payments] == [
        ("card", "2026-03-02T11:05:00", 200_000, 0, 0),
        ("cash", "2026-03-02T11:05:00", 64_007, 70_000, 5_993),
    ]
    assert (r.paid, r.balance, r.mark, r.settled) == (264_007, 0, ReceiptMark.PAID, True)
    assert r.mark.label.render("en") == "PAID" and r.mark.label.render("ko") == "결제 완료"


def test_a_voided_invoices_receipt_says_so_and_lists_refunds() -> None:
    inv = invoice()
    inv.pay(1, 100_000, "card", at="t1", business_day=DAY)
    inv.void("CN2026-000001", "잘못 발행", at="t2")
    inv.refund(1, 100_000, "card", at="t3", business_day=DAY)
    r = payment_receipt(inv)
    assert (r.mark, r.balance, r.credit_note_no) == (ReceiptMark.VOIDED, 0, "CN2026-000001")
    assert [(x.method, x.refunded_at, x.amount) for x in r.refunds] == [("card", "t3", 100_000)]


def test_a_corrected_invoices_receipt_points_to_its_replacement_and_the_new_one_shows_what_carried() -> None:
    old = invoice()
    old.pay(1, 50_000, "cash", at="t1", business_day=DAY)
    new = old.correct(
        new_invoice_no="2026-000002",
        credit_note_no="CN2026-000001",
        reason="공임 오기",
        labour=(("엔진 점검", 200_000),),
        at="t2",
        business_day=DAY,
    )
    assert payment_receipt(old).mark is ReceiptMark.CORRECTED
    assert payment_receipt(old).corrected_by == "2026-000002"
    r = payment_receipt(new)
    assert (r.corrects, r.carried_in, r.paid, r.balance) == ("2026-000001", 50_000, 50_000, 220_000 - 50_000)


# -- 현금영수증 ------------------------------------------------------------------------
def test_the_cash_receipt_threshold_is_a_named_constant_of_100000_won() -> None:
    assert CASH_RECEIPT_THRESHOLD == 100_000


def test_a_cash_sale_of_100000_won_or_more_reminds_the_desk_until_the_approval_is_recorded() -> None:
    inv = invoice(fare=90_910)  # 90,910 + 9,091 VAT = 100,001
    inv.pay(1, 60_000, "cash", at="t1", business_day=DAY)
    inv.pay(2, 40_001, "transfer", at="t2", business_day=DAY)
    assert inv.cash_receipt_due() and payment_receipt(inv).cash_receipt_due
    inv.record_cash_receipt("123456789", at="t3")
    assert inv.events[-1] == CashReceiptRecorded("2026-000001", 3, "123456789", 100_001, "t3")
    assert [p.cash_receipt_no for p in inv.payments] == ["123456789", "123456789"]
    assert not inv.cash_receipt_due()
    with pytest.raises(Conflict) as exc:
        inv.record_cash_receipt("987654321", at="t4")
    assert exc.value.code == "billing.no_cash_payment_waiting"


def test_no_reminder_below_the_threshold_or_for_card() -> None:
    small = invoice(fare=90_000)  # 99,000
    small.pay(1, 99_000, "cash", at="t", business_day=DAY)
    assert not small.cash_receipt_due()
    assert small.cash_receipt_due(threshold=50_000)  # the shop's own setting
    card = invoice()
    card.pay(1, 264_007, "card", at="t", business_day=DAY)
    assert not card.cash_receipt_due()
    with pytest.raises(Conflict):
        card.record_cash_receipt("123456789", at="t")


@pytest.mark.parametrize(
    ("typed", "digits"), [("123456789", "123456789"), ("1234-5678-9", "123456789"), (" 123 456 ", "123456")]
)
def test_approval_numbers_are_digits(typed: str, digits: str) -> None:
    assert approval_number(typed) == digits


@pytest.mark.parametrize("typed", ["", "12345", "12345A789", "1" * 21, None, 123456789])
def test_bad_approval_numbers_are_refused(typed: object) -> None:
    with pytest.raises(InvalidInput) as exc:
        approval_number(typed)
    assert exc.value.params["field"].code == "billing.field.approval_no"


# -- 세금계산서 and the business registration number ---------------------------------------
@pytest.mark.parametrize("number", ["124-81-00998", "220-81-62517", "120-81-47521"])
def test_real_business_numbers_pass_the_check_digit(number: str) -> None:
    digits = business_number(number)
    assert digits == number.replace("-", "")
    assert format_business_number(digits) == number


def test_the_check_digit_weights_and_the_carried_tens_of_the_ninth_digit() -> None:
    # 1·1 + 2·3 + 4·7 + 8·1 + 1·3 + 0·7 + 0·1 + 9·3 + 9·5 = 118, plus 9·5 // 10 = 4: 122 -> 8
    assert business_number_check_digit("124810099") == 8
    assert business_number_check_digit("000000000") == 0
    assert business_number_check_digit("000000002") == 9  # 2·5 = 10, +1 carried: 11 -> 9


def test_every_wrong_last_digit_is_refused() -> None:
    for last in "0123456789":
        if last == "8":
            continue
        with pytest.raises(InvalidInput) as exc:
            business_number("124-81-0099" + last)
        assert exc.value.code == "billing.business_number_check"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("124-81-0099", "billing.business_number_length"),
        ("124-81-009980", "billing.business_number_length"),
        ("124.81.00998", "billing.business_number_form"),
        ("12가-81-00998", "billing.business_number_form"),
        ("", "billing.business_number_form"),
        (1248100998, "billing.business_number_form"),
    ],
)
def test_malformed_business_numbers_are_refused_without_echoing_them(typed: object, code: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        business_number(typed)
    assert exc.value.code == code
    assert "00998" not in str(exc.value) and "00998" not in exc.value.render("ko")


def test_a_tax_invoice_request_is_recorded_once() -> None:
    inv = invoice()
    inv.request_tax_invoice("1248100998", company_name="삼성전자", email="tax@example.com", at="t1")
    assert inv.events[-1] == TaxInvoiceRequested("2026-000001", 3, "1248100998", "삼성전자", "tax@example.com", "t1")
    assert payment_receipt(inv).tax_business_number == "124-81-00998"
    with pytest.raises(Conflict) as exc:
        inv.request_tax_invoice("2208162517", at="t2")
    assert exc.value.code == "billing.tax_invoice_already"


def test_one_sale_gets_a_cash_receipt_or_a_tax_invoice_never_both() -> None:
    inv = invoice()
    inv.pay(1, 264_007, "cash", at="t", business_day=DAY)
    inv.record_cash_receipt("123456789", at="t")
    with pytest.raises(Conflict) as exc:
        inv.request_tax_invoice("1248100998", at="t")
    assert exc.value.code == "billing.tax_invoice_after_cash_receipt"
    other = invoice()
    other.request_tax_invoice("1248100998", at="t")
    other.pay(1, 264_007, "cash", at="t", business_day=DAY)
    assert not other.cash_receipt_due()  # the tax invoice is the evidence
    with pytest.raises(Conflict) as exc:
        other.record_cash_receipt("123456789", at="t")
    assert exc.value.code == "billing.cash_receipt_after_tax_invoice"


def test_a_cancelled_invoice_takes_neither() -> None:
    inv = invoice()
    inv.void("CN2026-000001", "x", at="t")
    with pytest.raises(IllegalTransition):
        inv.request_tax_invoice("1248100998", at="t")
    with pytest.raises(IllegalTransition):
        inv.record_cash_receipt("123456789", at="t")


@pytest.mark.parametrize("typed", ["tax@", "a b@c.kr", "@example.com", "x@y", 5])
def test_bad_emails_are_refused(typed: object) -> None:
    with pytest.raises(InvalidInput) as exc:
        email_address(typed)
    assert exc.value.code == "billing.email_form"


def test_blank_email_is_none() -> None:
    assert email_address("") == email_address(None) == email_address("  ") == ""
    assert email_address(" tax@example.co.kr ") == "tax@example.co.kr"
