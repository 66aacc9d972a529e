"""재발행 after the day is closed: never refused for it; the next open business day takes the documents.

On SQLite and PostgreSQL: a correction of an invoice whose day's till is
closed books its credit note and the new invoice to the next open business
day, the money carried over moves with them (what is paid or refunded
afterwards is that day's too), the closed day's Z report does not change, and
the next day's Z report counts the credit note and the new invoice once.
"""

from __future__ import annotations

from sqlalchemy import select

from app import schema as s
from app.bootstrap import Shop
from app.checks import run_checks
from app.reception import till
from domain.commands import CloseDay, CorrectInvoice, RecordPayment, RecordRefund, TakePayment
from tests.builders import FakeClock, make_invoice
from tests.integration.core_helpers import wait_for_documents


def business_day_of_invoice(shop: Shop, invoice_no: str) -> str:
    with shop.db.read.connect() as conn:
        return str(
            conn.execute(select(s.invoice.c.business_day).where(s.invoice.c.invoice_no == invoice_no)).scalar_one()
        )


def test_a_correction_after_the_close_belongs_to_the_next_business_day(desk: Shop, clock: FakeClock) -> None:
    old = make_invoice(desk, fare=100_000)  # 110,000 on the 24th
    desk.handle(RecordPayment(old, 50_000, "card"))
    clock.set("2026-11-24T18:30:00")
    z_24 = desk.handle(CloseDay())
    with desk.db.read.connect() as conn:
        closed = till.z_report(conn, z_24)
    assert closed is not None and [d.number for d in closed.invoices] == [old] and not closed.credit_notes

    clock.set("2026-11-24T19:00:00")  # after the close: not refused
    new = desk.handle(CorrectInvoice(old, "공임 정정", labour=(("엔진 점검", 60_000),)))  # 66,000
    was, now = desk.invoice(old), desk.invoice(new)
    assert was.status == "corrected" and was.credit_note_no
    assert business_day_of_invoice(desk, new) == "2026-11-25"
    assert (now.total, now.carried_in, now.balance) == (66_000, 50_000, 16_000)
    assert desk.handle(TakePayment(new, (("cash", 16_000),), 20_000)) == 4_000

    with desk.db.read.connect() as conn:
        assert till.z_report(conn, z_24) == closed  # the closed day's Z report never changes
        tomorrow = till.day_summary(conn, "2026-11-25")
    assert [d.number for d in tomorrow.invoices] == [new]
    assert [(d.number, d.reference, d.total) for d in tomorrow.credit_notes] == [(was.credit_note_no, old, 110_000)]
    assert tomorrow.payments_total == 16_000 and tomorrow.open_balances == ()

    clock.set("2026-11-25T18:00:00")
    z_25 = desk.handle(CloseDay())
    with desk.db.read.connect() as conn:
        report = till.z_report(conn, z_25)
        assert till.z_report(conn, z_24) == closed
    assert report is not None
    assert (report.invoices_total, report.credit_notes_total, report.payments_total) == (66_000, 110_000, 16_000)
    wait_for_documents(desk)
    checked = run_checks(desk)
    assert checked.ok, checked.render()


def test_money_a_correction_after_the_close_leaves_over_is_refunded_on_the_next_day(
    desk: Shop, clock: FakeClock
) -> None:
    old = make_invoice(desk, fare=100_000)  # 110,000
    desk.handle(RecordPayment(old, 110_000, "card"))
    z_24 = desk.handle(CloseDay())
    with desk.db.read.connect() as conn:
        closed = till.z_report(conn, z_24)
    new = desk.handle(CorrectInvoice(old, "공임 인하", labour=(("공임", 50_000),)))  # 55,000: 55,000 carried
    assert desk.invoice(new).balance == 0
    desk.handle(RecordRefund(old, 55_000, "card"))
    with desk.db.read.connect() as conn:
        assert till.z_report(conn, z_24) == closed
        tomorrow = till.day_summary(conn, "2026-11-25")
        refund_days = list(conn.execute(select(s.refund.c.amount, s.refund.c.business_day)))
    assert refund_days == [(55_000, "2026-11-25")]
    assert (tomorrow.refunds_total, tomorrow.invoices_total, tomorrow.credit_notes_total) == (55_000, 55_000, 110_000)
    assert tomorrow.open_balances == ()  # the new invoice is settled by what was carried over
    wait_for_documents(desk)
    checked = run_checks(desk)
    assert checked.ok, checked.render()
