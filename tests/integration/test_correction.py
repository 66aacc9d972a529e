"""Correcting an issued invoice (재발행): one transaction, a credit note for the old one and a new invoice.

On a real database (SQLite file, and PostgreSQL when configured): the new
invoice restates labour and discounts, carries the parts, links both ways;
money paid on the old one counts on the new; the board shows the new invoice;
`check` reconciles; both documents read right with pdftotext; bad input and
a second correction are refused with nothing written.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from app import queries
from app.bootstrap import Shop
from app.checks import run_checks
from domain.commands import CorrectInvoice, RecordPayment, TakePayment, VoidInvoice
from domain.errors import Conflict, DomainError, IllegalTransition, InvalidInput
from tests.builders import make_invoice
from tests.integration.core_helpers import diff, snapshot, wait_for_documents
from tests.till_support import pdf_text


def refused(shop: Shop, command: object, error: type[DomainError], code: str) -> None:
    wait_for_documents(shop)
    before = snapshot(shop)
    with pytest.raises(error) as caught:
        shop.handle(command)  # type: ignore[arg-type]
    assert caught.value.code == code, caught.value.render("en")
    assert diff(before, snapshot(shop)) == []


def test_a_correction_credits_the_old_invoice_and_issues_a_new_one_linked_both_ways(desk: Shop) -> None:
    old = make_invoice(desk, fare=100_000, parts=[("OIL-5W30", "엔진오일", 48_000, 1)])  # 148,000 + VAT
    desk.handle(RecordPayment(old, 50_000, "card"))
    new = desk.handle(
        CorrectInvoice(
            old, "공임 정정", labour=(("엔진오일 교환", 80_000), ("점검", 10_000)), discounts=(("할인", 8_000),)
        )
    )
    was, now = desk.invoice(old), desk.invoice(new)
    assert new != old and was.status == "corrected" and was.credit_note_no and was.balance == 0
    assert now.status == "issued" and now.job_id == was.job_id and now.receipt_id == was.receipt_id
    # 80,000 + 10,000 + 48,000 - 8,000 = 130,000; VAT 13,000; 50,000 paid on the old one counts here.
    assert (now.subtotal, now.vat, now.total, now.balance) == (130_000, 13_000, 143_000, 93_000)
    kinds = [(ln.kind, ln.amount) for ln in now.lines]
    assert kinds == [("labour", 80_000), ("labour", 10_000), ("part", 48_000), ("discount", -8_000)]
    assert desk.query(queries.invoice_no_for_job, now.job_id) == new  # the job's current invoice
    row = next(r for r in desk.status_board() if r.job_id == now.job_id)
    assert (row.invoice_no, row.balance, row.voided, row.paid) == (new, 93_000, False, False)
    # The rest is paid on the new invoice; nothing more can be taken, and nothing on the old one.
    assert desk.handle(TakePayment(new, (("cash", 93_000),), 100_000)) == 7_000
    refused(desk, TakePayment(new, (("cash", 1_000),)), Conflict, "reception.already_paid")
    refused(desk, TakePayment(old, (("cash", 1_000),)), IllegalTransition, "reception.pay_voided")
    refused(
        desk, CorrectInvoice(old, "다시", labour=(("공임", 1_000),)), IllegalTransition, "billing.already_corrected"
    )
    refused(desk, VoidInvoice(old, "다시"), IllegalTransition, "reception.already_voided")
    wait_for_documents(desk)
    report = run_checks(desk)
    assert report.ok, report.render()


def test_both_documents_read_right(desk: Shop) -> None:
    old = make_invoice(desk, fare=100_000)
    desk.handle(RecordPayment(old, 30_000, "cash"))
    new = desk.handle(CorrectInvoice(old, "공임 정정", labour=(("엔진 점검", 60_000),)))
    credit_note = desk.invoice(old).credit_note_no
    assert credit_note
    wait_for_documents(desk)
    note = pdf_text(desk.documents.pdf(credit_note))
    for expected in (credit_note, old, "공임 정정", "-100,000", "-110,000", new, "재발행", "Carried to", "-30,000"):
        assert expected in note, expected
    reissued = pdf_text(desk.invoice_pdf(new))
    for expected in (new, old, "엔진 점검", "60,000", "66,000"):
        assert expected in reissued, expected
    assert "100,000" not in reissued


def test_bad_corrections_are_refused_with_nothing_written(desk: Shop) -> None:
    old = make_invoice(desk, fare=100_000)
    refused(desk, CorrectInvoice(old, "같음", labour=(("", 100_000),)), InvalidInput, "billing.required")
    refused(desk, CorrectInvoice(old, "", labour=(("공임", 90_000),)), InvalidInput, "billing.required")
    refused(desk, CorrectInvoice(old, "없음"), InvalidInput, "billing.correction_empty")
    refused(
        desk,
        CorrectInvoice(old, "과할인", labour=(("공임", 10_000),), discounts=(("할인", 20_000),)),
        Conflict,
        "billing.discount_over_bill",
    )
    refused(
        desk, CorrectInvoice("2099-000001", "없음", labour=(("공임", 1),)), DomainError, "reception.invoice_not_found"
    )
    desk.handle(VoidInvoice(old, "취소"))
    refused(desk, CorrectInvoice(old, "취소됨", labour=(("공임", 1_000),)), IllegalTransition, "billing.already_voided")


def test_check_finds_a_correction_that_does_not_link_back_or_carries_too_much(desk: Shop) -> None:
    from sqlalchemy import update

    from app import schema as s

    old = make_invoice(desk, fare=100_000)
    desk.handle(RecordPayment(old, 30_000, "cash"))
    new = desk.handle(CorrectInvoice(old, "공임 정정", labour=(("엔진 점검", 60_000),)))
    wait_for_documents(desk)
    assert run_checks(desk).ok
    with desk.db.write.begin() as conn:
        conn.execute(update(s.invoice).where(s.invoice.c.invoice_no == new).values(carried_in=20_000))
    report = run_checks(desk).render()
    assert f"{old}: carried 30,000 on, but {new} took 20,000" in report
    with desk.db.write.begin() as conn:
        conn.execute(update(s.invoice).where(s.invoice.c.invoice_no == new).values(carried_in=30_000, corrects=None))
    report = run_checks(desk).render()
    assert f"{old}: corrected, but not by an invoice for its job that names it" in report
    assert f"{new}: carries money in but corrects no invoice" in report


def test_a_correction_below_what_was_paid_leaves_the_difference_to_refund_on_the_credit_note(desk: Shop) -> None:
    from domain.commands import RecordRefund

    old = make_invoice(desk, fare=100_000)  # 110,000
    desk.handle(RecordPayment(old, 110_000, "card"))
    new = desk.handle(CorrectInvoice(old, "공임 인하", labour=(("공임", 50_000),)))  # 55,000
    assert desk.invoice(new).balance == 0  # 55,000 of the 110,000 carried over
    receipt = pdf_text(desk.receipt_pdf(new))
    assert "PAID" in receipt and f"Paid on {old}" in receipt and "55,000" in receipt
    refused(desk, RecordRefund(old, 55_001, "card"), Conflict, "reception.refund_too_much")
    desk.handle(RecordRefund(old, 55_000, "card"))
    refused(desk, RecordRefund(old, 1, "card"), Conflict, "reception.nothing_to_refund")
    wait_for_documents(desk)
    assert run_checks(desk).ok, run_checks(desk).render()


def test_check_finds_a_corrected_line_changed_in_the_table(desk: Shop) -> None:
    from sqlalchemy import select, update

    from app import schema as s
    from domain.billing.events import CorrectedLine, InvoiceCorrected
    from tests.integration.core_helpers import events

    old = make_invoice(desk, fare=100_000)
    new = desk.handle(
        CorrectInvoice(
            old,
            "공임 정정",
            labour=(("엔진 점검", 60_000),),
            discounts=(("단골 할인", 0, Decimal(10), 1), ("쿠폰", 1_000)),
        )
    )
    wait_for_documents(desk)
    corrected = [e for e in events(desk) if isinstance(e, InvoiceCorrected)]
    assert [e.lines for e in corrected] == [
        (
            CorrectedLine("labour", "엔진 점검", 60_000),
            CorrectedLine("discount", "단골 할인", -6_000, "10", 1),
            CorrectedLine("discount", "쿠폰", -1_000),
        )
    ]
    assert run_checks(desk).ok
    ln, i = s.invoice_line.c, s.invoice.c
    new_id = select(i.id).where(i.invoice_no == new).scalar_subquery()
    with desk.db.write.begin() as conn:
        conn.execute(update(s.invoice_line).where(ln.invoice_id == new_id, ln.line_no == 1).values(name="엔진 교환"))
    report = run_checks(desk)
    assert not report.ok
    assert f"invoice {new}: its labour or discount lines differ from those its InvoiceCorrected event issued" in (
        report.render()
    )
