"""The receipt (영수증): each payment with method and time, the balance, PAID once settled (checked with pdftotext)."""

from __future__ import annotations

import stat

import pytest

from app.bootstrap import Shop
from domain.commands import AddDiscount, FinishJob, RegisterMechanic, RequestRepair, StartJob, TakePayment, VoidInvoice
from domain.errors import NotFound
from tests.builders import make_invoice
from tests.till_support import pdf_text


def test_a_paid_invoices_receipt_says_paid_with_each_payment(desk: Shop) -> None:
    no = make_invoice(desk, fare=240_006, customer="홍길동", parts=[("OIL-1", "엔진오일", 12_000, 2)])
    total = desk.invoice(no).total  # (240,006 + 24,000) × 1.1 = 290,407 (half up)
    assert total == 290_407
    desk.handle(TakePayment(no, (("card", 200_000), ("cash", 90_407)), 100_000))
    path = desk.receipt_pdf(no)
    assert path.name == f"receipt-{no}.pdf" and path.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0  # the customer's name is on it
    text = pdf_text(path)
    for expected in ("영수증", "RECEIPT", no, "홍길동", "엔진오일", "290,407", "200,000", "90,407", "결제 완료 PAID"):
        assert expected in text, expected
    assert "카드 Card" in text and "현금 Cash" in text and "2026-11-24 09:00" in text
    assert "BALANCE DUE" not in text
    # The invoice itself stays as issued: no payment on it.
    invoice_text = pdf_text(desk.invoice_pdf(no))
    assert "200,000" not in invoice_text and "PAID" not in invoice_text


def test_a_part_paid_receipt_shows_the_balance_due(desk: Shop) -> None:
    no = make_invoice(desk, fare=100_000)  # 110,000
    desk.handle(TakePayment(no, (("transfer", 60_000),)))
    text = pdf_text(desk.receipt_pdf(no))
    assert "잔액 있음 BALANCE DUE" in text and "50,000" in text and "계좌이체 Transfer" in text
    assert "PAID" not in text.replace("Paid", "")


def test_discount_lines_are_on_the_receipt_and_a_voided_one_says_so(desk: Shop) -> None:
    kim = desk.handle(RegisterMechanic("김민수", 10))
    rid = desk.handle(RequestRepair("김영희", "34나5678", kim, 1, 100_000))
    job_id = next(r.job_id for r in desk.status_board() if r.receipt_id == rid)
    assert job_id is not None
    desk.handle(StartJob(job_id))
    desk.handle(AddDiscount(job_id, "단골 할인", percent=10))
    desk.handle(FinishJob(job_id))
    no = next(r.invoice_no for r in desk.status_board() if r.receipt_id == rid)
    assert no is not None
    text = pdf_text(desk.receipt_pdf(no))
    assert "할인 Discount 10% — 단골 할인" in text and "-10,000" in text and "99,000" in text
    desk.handle(VoidInvoice(no, "잘못 발행"))
    assert "취소됨 VOIDED" in pdf_text(desk.receipt_pdf(no))


def test_an_unknown_invoice_has_no_receipt(desk: Shop) -> None:
    with pytest.raises(NotFound):
        desk.receipt_pdf("2026-999999")
