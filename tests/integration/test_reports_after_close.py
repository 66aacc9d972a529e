"""Corrections and voids after a close: the sales and receivables reports say what the Z reports say.

On SQLite and PostgreSQL. A day is closed; its invoices are corrected (재발행) the same evening,
after the close, and voided the next day; after midnight, before that next day is closed, more
are corrected and voided. Each credit note belongs to one business day (stored with it, the
one the till gave it): the sales report's rows equal every Z report, the receivables at the end
of every day equal that day's open balances, today's equal the desk's list, and `check` is clean
and notices a credit note moved to another day.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from app import schema as s
from app.bootstrap import Shop, bootstrap
from app.checks import run_checks
from app.reception import till
from app.reports.receivables import owed_by_age, receivables_at_end_of
from app.reports.sales import SalesRow, sales_report
from domain.billing.day import ZReport
from domain.commands import CloseDay, CorrectInvoice, RecordRefund, TakePayment, VoidInvoice
from domain.reports.periods import DayRange
from tests.builders import FakeClock, make_invoice
from tests.integration.core_helpers import wait_for_documents

DAYS = ["2026-11-24", "2026-11-25", "2026-11-26"]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()  # 2026-11-24 09:00 KST


@pytest.fixture
def desk(db_url: str, tmp_path: Path, clock: FakeClock) -> Iterator[Shop]:
    shop = bootstrap(db_url, tmp_path / "invoices", actor="desk", terminal="front-1", clock=clock)
    yield shop
    shop.close()


def assert_row_is_the_z_report(row: SalesRow, z: ZReport) -> None:
    """One day of the sales report against that day's Z report, figure by figure."""
    cn_subtotal = sum(d.subtotal for d in z.credit_notes)
    assert (row.invoices, row.credit_notes) == (len(z.invoices), len(z.credit_notes)), z.day
    assert row.total == z.net_sales, z.day
    assert row.vat == z.invoices_vat - z.credit_notes_vat, z.day
    assert row.labour + row.parts - row.discounts == z.invoices_subtotal - cn_subtotal, z.day
    for method in ("cash", "card", "transfer"):
        assert getattr(row, method) == z.method(method).payments, (z.day, method)
    assert row.refunds == z.refunds_total, z.day


def a_day_corrected_after_its_close(desk: Shop, clock: FakeClock) -> dict[str, str]:
    """Four invoices on the 24th, closed; corrected and voided after it, and after midnight. Their numbers."""
    n = {
        "paid": make_invoice(desk, fare=100_000, customer="가고객", car_number="11가1111"),  # 110,000
        "unpaid": make_invoice(desk, fare=50_000, customer="나고객", car_number="22나2222"),  # 55,000
        "part_paid": make_invoice(desk, fare=80_000, customer="다고객", car_number="33다3333"),  # 88,000
        "late_void": make_invoice(desk, fare=30_000, customer="라고객", car_number="44라4444"),  # 33,000
    }
    desk.handle(TakePayment(n["paid"], (("card", 110_000),)))
    desk.handle(TakePayment(n["part_paid"], (("cash", 40_000),), 40_000))
    clock.set("2026-11-24T18:00:00")
    desk.handle(CloseDay())

    clock.set("2026-11-24T19:00:00")  # the same evening, after the close: the 25th's documents
    n["paid_new"] = desk.handle(CorrectInvoice(n["paid"], "공임 정정", labour=(("엔진 점검", 60_000),)))  # 66,000
    n["part_paid_new"] = desk.handle(CorrectInvoice(n["part_paid"], "공임 추가", labour=(("수리", 120_000),)))

    clock.set("2026-11-25T10:00:00")  # the next day: a void of the closed day's invoice, money back
    desk.handle(VoidInvoice(n["unpaid"], "중복 발행"))
    desk.handle(RecordRefund(n["paid"], 44_000, "card"))  # 110,000 paid, 66,000 carried on

    clock.set("2026-11-26T00:30:00")  # after midnight, the 25th not closed yet: the 26th's
    desk.handle(VoidInvoice(n["late_void"], "취소"))
    n["part_paid_third"] = desk.handle(
        CorrectInvoice(n["part_paid_new"], "공임 재정정", labour=(("수리", 100_000),))  # 110,000
    )
    desk.handle(TakePayment(n["part_paid_third"], (("transfer", 30_000),)))
    clock.set("2026-11-26T00:45:00")
    desk.handle(CloseDay("2026-11-25"))

    clock.set("2026-11-26T18:00:00")
    desk.handle(CloseDay())
    return n


def test_sales_and_receivables_agree_with_every_z_report_after_corrections_and_voids_after_close(
    desk: Shop, clock: FakeClock
) -> None:
    n = a_day_corrected_after_its_close(desk, clock)
    with desk.db.read.connect() as conn:
        zs = {day: till.z_report(conn, day) for day in DAYS}
        report = sales_report(conn, DayRange.of(DAYS[0], DAYS[-1]))
        owed = {day: receivables_at_end_of(conn, day) for day in DAYS}
        ages = {day: owed_by_age(conn, day) for day in DAYS}
        desk_list = till.open_balances(conn)
    by_day = {row.period: row for row in report.rows}
    assert sorted(by_day) == DAYS
    for day, z in zs.items():
        assert z is not None, day
        assert_row_is_the_z_report(by_day[day], z)
        assert sorted((x.invoice_no, x.balance) for x in owed[day].invoices) == sorted(
            (b.invoice_no, b.balance) for b in z.open_balances
        ), day
        assert owed[day].total == z.open_balances_total, day
        assert ages[day] == owed[day].by_age(), day
    z24, z25, z26 = (zs[d] for d in DAYS)
    assert z24 is not None and z25 is not None and z26 is not None
    # where each credit note went: the evening's corrections to the 25th, the after-midnight ones to the 26th
    assert [d.reference for d in z24.credit_notes] == []
    assert sorted(d.reference for d in z25.credit_notes) == sorted([n["paid"], n["part_paid"], n["unpaid"]])
    assert sorted(d.reference for d in z26.credit_notes) == sorted([n["late_void"], n["part_paid_new"]])
    # what is owed: the 24th's as it closed; today's as the desk lists it (what carried over counts as paid)
    assert {b.invoice_no: b.balance for b in z24.open_balances} == {
        n["unpaid"]: 55_000,
        n["part_paid"]: 48_000,
        n["late_void"]: 33_000,
    }
    assert {x.invoice_no: x.balance for x in owed[DAYS[-1]].invoices} == {n["part_paid_third"]: 40_000}
    assert {x.invoice_no: x.balance for x in desk_list} == {n["part_paid_third"]: 40_000}
    assert report.total.total == sum(z.net_sales for z in (z24, z25, z26))
    wait_for_documents(desk)
    checked = run_checks(desk)
    assert checked.ok, checked.render()


def test_check_names_a_credit_note_moved_to_another_business_day(desk: Shop, clock: FakeClock) -> None:
    n = a_day_corrected_after_its_close(desk, clock)
    wait_for_documents(desk)
    assert run_checks(desk).ok
    with desk.db.write.begin() as conn:
        conn.execute(update(s.invoice).where(s.invoice.c.invoice_no == n["paid"]).values(credit_note_day="2026-11-24"))
    checked = run_checks(desk)
    assert not checked.ok
    assert n["paid"] in checked.render() and "credit_note_day" in checked.render()
