"""Day close (Z report): totals by method, documents, refunds, open balances; money after it is the next day's."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import schema as s
from app.bootstrap import Shop
from app.reception import till
from domain.billing.day import next_day
from domain.commands import CloseDay, FinishJob, RecordPayment, RecordRefund, VoidInvoice
from domain.errors import IllegalTransition, InvalidInput
from tests.builders import FakeClock, make_invoice, started_jobs
from tests.till_support import pay_or_close, pdf_text, run_in_processes


def a_day_at_the_desk(desk: Shop, clock: FakeClock) -> dict[str, str]:
    """Three invoices: one paid (card + cash), one part paid (transfer), one voided and refunded."""
    a = make_invoice(desk, fare=264_006, customer="홍길동", car_number="12가3456")  # 290,407
    desk.handle(RecordPayment(a, 200_000, "card"))
    desk.handle(RecordPayment(a, 90_407, "cash"))
    b = make_invoice(desk, fare=100_000, customer="김영희", car_number="34나5678")  # 110,000
    desk.handle(RecordPayment(b, 50_000, "transfer"))
    c = make_invoice(desk, fare=20_000, customer="이철수", car_number="56다7890")  # 22,000
    desk.handle(RecordPayment(c, 22_000, "cash"))
    cn = desk.handle(VoidInvoice(c, "중복 발행"))
    desk.handle(RecordRefund(c, 22_000, "cash"))
    clock.set("2026-11-24T18:30:00")
    return {"a": a, "b": b, "c": c, "cn": cn}


def test_z_report_adds_up_the_day(desk: Shop, clock: FakeClock) -> None:
    docs = a_day_at_the_desk(desk, clock)
    z_no = desk.handle(CloseDay())
    assert z_no == "Z2026-0001"
    with desk.db.read.connect() as conn:
        report = till.z_report(conn, "2026-11-24")
        assert till.z_report(conn, z_no) == report
        day = till.till_day(conn, "2026-11-24")
    assert report is not None and day is not None
    assert (day.status, day.z_no, day.closed_by, day.closed_at) == ("closed", z_no, "desk", "2026-11-24T18:30:00+09:00")
    assert report.day == "2026-11-24" and report.terminal == "front-1"
    cash, card, transfer = report.method("cash"), report.method("card"), report.method("transfer")
    assert (cash.payment_count, cash.payments, cash.refund_count, cash.refunds, cash.net) == (
        2,
        112_407,
        1,
        22_000,
        90_407,
    )
    assert (card.payments, card.refunds) == (200_000, 0)
    assert (transfer.payments, transfer.refunds) == (50_000, 0)
    assert (report.payments_total, report.refunds_total, report.net_total) == (362_407, 22_000, 340_407)
    assert [d.number for d in report.invoices] == [docs["a"], docs["b"], docs["c"]]
    assert report.invoices_total == 290_407 + 110_000 + 22_000
    assert [(d.number, d.reference, d.total) for d in report.credit_notes] == [(docs["cn"], docs["c"], 22_000)]
    assert report.net_sales == 400_407
    assert [(b.invoice_no, b.balance) for b in report.open_balances] == [(docs["b"], 60_000)]


def test_z_report_pdf_is_written_and_reprints_identically(desk: Shop, clock: FakeClock) -> None:
    docs = a_day_at_the_desk(desk, clock)
    z_no = desk.handle(CloseDay())
    path = desk.documents.pdf(z_no)
    assert path.name == f"{z_no}.pdf"
    text = pdf_text(path)
    for expected in (z_no, "2026-11-24", "112,407", "-22,000", "90,407", "362,407", "340,407", "400,407", "60,000"):
        assert expected in text, expected
    for expected in (docs["a"], docs["b"], docs["cn"], "김영희", "34나5678"):
        assert expected in text, expected
    issued = path.read_bytes()
    path.unlink()
    assert desk.documents.reprint(z_no).read_bytes() == issued
    with desk.db.read.connect() as conn:
        assert till.till_day(conn, "2026-11-24").pdf_sha256 is not None  # type: ignore[union-attr]


def business_days(shop: Shop, table: object) -> list[tuple[int, str]]:
    with shop.db.read.connect() as conn:
        return [
            (int(a), str(d)) for a, d in conn.execute(select(table.c.amount, table.c.business_day).order_by(table.c.id))
        ]  # type: ignore[attr-defined]


def test_money_after_the_close_goes_to_the_next_business_day(desk: Shop, clock: FakeClock) -> None:
    docs = a_day_at_the_desk(desk, clock)
    paid = make_invoice(desk, fare=5_000)
    desk.handle(RecordPayment(paid, 5_500, "card"))
    z_no = desk.handle(CloseDay())
    with desk.db.read.connect() as conn:
        closed = till.z_report(conn, z_no)
    clock.set("2026-11-24T19:00:00")  # the customer who comes after the close still pays
    desk.handle(RecordPayment(docs["b"], 10_000, "cash"))
    assert business_days(desk, s.payment)[-1] == (10_000, "2026-11-25")
    with pytest.raises(IllegalTransition, match="no credit note can be recorded"):
        desk.handle(VoidInvoice(paid, "잘못 발행"))
    with pytest.raises(IllegalTransition, match="already closed"):
        desk.handle(CloseDay("2026-11-24"))
    with desk.db.read.connect() as conn:
        assert till.z_report(conn, z_no) == closed  # the closed day's Z report never changes
        assert till.day_summary(conn, "2026-11-25").payments_total == 10_000
    clock.set("2026-11-25T09:00:00")
    desk.handle(RecordPayment(docs["b"], 10_000, "cash"))
    desk.handle(VoidInvoice(paid, "잘못 발행"))
    desk.handle(RecordRefund(paid, 5_500, "card"))
    assert desk.invoice(docs["b"]).balance == 40_000
    z_next = desk.handle(CloseDay())
    with desk.db.read.connect() as conn:
        report = till.z_report(conn, z_next)
    assert report is not None
    assert (report.payments_total, report.refunds_total) == (20_000, 5_500)
    assert report.method("cash").payment_count == 2


def test_a_refund_after_the_close_goes_to_the_next_business_day(desk: Shop, clock: FakeClock) -> None:
    no = make_invoice(desk, fare=10_000)
    desk.handle(RecordPayment(no, 11_000, "cash"))
    desk.handle(VoidInvoice(no, "잘못 발행"))
    z_no = desk.handle(CloseDay())
    desk.handle(RecordRefund(no, 11_000, "cash"))
    assert business_days(desk, s.refund) == [(11_000, "2026-11-25")]
    with desk.db.read.connect() as conn:
        closed = till.z_report(conn, z_no)
        assert closed is not None and closed.refunds_total == 0
        assert till.day_summary(conn, "2026-11-25").refunds_total == 11_000


def test_days_close_in_order_and_not_before_the_shops_first(desk: Shop, clock: FakeClock) -> None:
    make_invoice(desk, fare=10_000)  # the 24th has activity
    clock.set("2026-11-25T10:00:00")
    make_invoice(desk, fare=20_000, mechanic="박지훈")
    with pytest.raises(IllegalTransition) as earlier:
        desk.handle(CloseDay("2026-11-25"))
    assert earlier.value.code == "billing.earlier_day_open" and "2026-11-24" in earlier.value.render("ko")
    with pytest.raises(InvalidInput) as before_first:
        desk.handle(CloseDay("2026-11-20"))
    assert before_first.value.code == "billing.day_before_first" and "2026-11-24" in before_first.value.render("en")
    assert desk.handle(CloseDay("2026-11-24")) == "Z2026-0001"
    assert desk.handle(CloseDay("2026-11-25")) == "Z2026-0002"


def test_a_future_day_cannot_be_closed(desk: Shop) -> None:
    with pytest.raises(InvalidInput, match="has not come yet"):
        desk.handle(CloseDay("2026-11-25"))


def test_closing_a_past_day_counts_only_that_day(desk: Shop, clock: FakeClock) -> None:
    no = make_invoice(desk, fare=100_000)  # 110,000, issued on the 24th
    desk.handle(RecordPayment(no, 10_000, "card"))
    clock.set("2026-11-25T10:00:00")
    desk.handle(RecordPayment(no, 30_000, "cash"))
    other = make_invoice(desk, fare=1_000)  # issued on the 25th
    z_no = desk.handle(CloseDay("2026-11-24"))  # closed late, the next morning
    with desk.db.read.connect() as conn:
        report = till.z_report(conn, z_no)
    assert report is not None
    assert (report.payments_total, [d.number for d in report.invoices]) == (10_000, [no])
    assert [(b.invoice_no, b.balance) for b in report.open_balances] == [(no, 100_000)]  # as it stood that night
    assert other not in text_of(desk, z_no)
    desk.handle(RecordPayment(no, 1_000, "transfer"))  # today is still open


def text_of(shop: Shop, number: str) -> str:
    return pdf_text(shop.documents.pdf(number))


def test_z_numbers_are_gapless_per_year(desk: Shop, clock: FakeClock) -> None:
    assert desk.handle(CloseDay("2026-11-22")) == "Z2026-0001"
    assert desk.handle(CloseDay("2026-11-24")) == "Z2026-0002"
    with pytest.raises(IllegalTransition):
        desk.handle(CloseDay("2026-11-24"))
    assert desk.handle(CloseDay("2026-11-23")) == "Z2026-0003"
    with desk.db.read.connect() as conn:
        assert [d.day for d in till.closed_days(conn)] == ["2026-11-24", "2026-11-23", "2026-11-22"]


def test_an_empty_day_closes_with_zeros(desk: Shop) -> None:
    z_no = desk.handle(CloseDay())
    text = pdf_text(desk.documents.pdf(z_no))
    assert "No invoices were issued on this day." in text
    assert "Nothing is owed." in text


def test_a_job_finished_after_the_close_is_still_invoiced(desk: Shop, clock: FakeClock) -> None:
    """The close stops money, not the workshop: the bill is issued; it is paid the next day."""
    (job,) = started_jobs(desk, 1)
    desk.handle(CloseDay())
    desk.handle(FinishJob(job))
    no = next(r.invoice_no for r in desk.status_board() if r.job_id == job)
    assert no is not None
    desk.handle(RecordPayment(no, 1_000, "cash"))  # after the close: the 25th's
    # The closed day's Z report does not change; the invoice is carried by the next day's.
    with desk.db.read.connect() as conn:
        closed = till.z_report(conn, "2026-11-24")
        assert closed is not None and no not in [d.number for d in closed.invoices]
        assert [d.number for d in till.day_summary(conn, "2026-11-25").invoices] == [no]
    clock.set("2026-11-25T09:00:00")
    desk.handle(RecordPayment(no, 1_000, "cash"))
    z_no = desk.handle(CloseDay())
    with desk.db.read.connect() as conn:
        next_day = till.z_report(conn, z_no)
        assert next_day is not None and [d.number for d in next_day.invoices] == [no]
        assert next_day.payments_total == 2_000


@pytest.mark.slow
def test_payments_racing_the_close_are_counted_on_the_day_or_the_next(shop: Shop, db_url: str, tmp_path: Path) -> None:
    invoices = [make_invoice(shop, fare=1_000_000 + n) for n in range(6)]
    args: list[tuple[object, ...]] = [(db_url, str(tmp_path / f"till{n}"), invoices[n::3], 1_000) for n in range(3)]
    results = run_in_processes(
        pay_or_close, [("pay", *a) for a in args] + [("close", db_url, str(tmp_path / "office"), 0.4)]
    )
    z_no = str(results[-1])
    taken = sum(r[0] for r in results[:-1])  # type: ignore[index]
    refused = sum(r[1] for r in results[:-1])  # type: ignore[index]
    assert taken > 0 and refused == 0, results  # never refused for the close
    p = s.payment.c
    with shop.db.read.connect() as conn:
        report = till.z_report(conn, z_no)
        assert report is not None
        recorded = int(conn.execute(select(func.coalesce(func.sum(p.amount), 0))).scalar_one())
        after = conn.execute(select(p.business_day).where(p.recorded_at > report.closed_at)).scalars().all()
        late = int(
            conn.execute(select(func.coalesce(func.sum(p.amount), 0)).where(p.business_day > report.day)).scalar_one()
        )
        tomorrow = till.day_summary(conn, next_day(report.day))
    assert recorded == taken * 1_000
    assert report.payments_total + late == recorded  # each payment is on the Z report or on the next day's
    assert tomorrow.payments_total == late and late > 0, results
    assert set(after) <= {next_day(report.day)}
