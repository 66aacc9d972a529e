"""Mechanics, parts and receivables over a generated month: they add up to the sales report, the Z reports'
open balances and the calendar, on SQLite and PostgreSQL; purchase costs are averaged at delivery."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from sqlalchemy import select

from app import schema as s
from app.bootstrap import Shop, bootstrap
from app.cli import main
from app.queries import invoice_no_for_job
from app.reception import till
from app.reports.mechanics import mechanics_report
from app.reports.parts import parts_report
from app.reports.receivables import bucket_of, owed_by_age, receivables_at_end_of
from app.reports.sales import sales_report
from domain.commands import (
    CorrectInvoice,
    FinishJob,
    IncreaseStock,
    RegisterMechanic,
    RegisterPart,
    RequestPart,
    RequestRepair,
    StartJob,
    VoidInvoice,
)
from domain.errors import InvalidInput
from domain.reports.periods import DayRange
from tests.builders import FakeClock
from tests.reports_support import Month, a_month_at_the_desk


@pytest.fixture
def month_shop(db_url: str, tmp_path: Path) -> tuple[Shop, Month]:
    clock = FakeClock()
    shop = bootstrap(db_url, tmp_path / "invoices", actor="desk", terminal="front-1", clock=clock)
    return shop, a_month_at_the_desk(shop, clock)


def test_mechanics_parts_and_receivables_reconcile_with_sales_and_the_z_reports(
    month_shop: tuple[Shop, Month], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shop, month = month_shop
    days = DayRange.of(month.days[0], month.days[-1])
    today = shop.clock().date()
    try:
        with shop.db.read.connect() as conn:
            sales = sales_report(conn, days).total
            mech = mechanics_report(conn, days, today).as_dicts()
            parts = {r["part_code"]: r for r in parts_report(conn, days).as_dicts()}
            z_days = [(d, till.z_report(conn, d)) for d in month.days]
            owed = {d: receivables_at_end_of(conn, d) for d in month.days}
            screen_ages = {d: owed_by_age(conn, d) for d in month.days}  # the screen's: summed in SQL
            finished = conn.execute(select(s.job.c.man_day).where(s.job.c.finished_at.is_not(None))).scalars().all()
    finally:
        shop.close()
    # mechanics: labour adds up to the sales report's, jobs and man-days to the finished jobs
    *people, total = mech
    assert total["mechanic"] == "total" and len(people) == 3
    assert sum(int(r["labour"]) for r in people) == total["labour"] == sales.labour  # type: ignore[call-overload]
    assert total["jobs"] == len(finished) and total["man_days_sold"] == sum(finished)
    # 2026-11-02..2026-11-29, Monday to Saturday, no public holiday in it: 24 working days each
    assert [r["man_days_available"] for r in people] == [24, 24, 24]
    for r in people:
        sold, available = int(r["man_days_sold"]), int(r["man_days_available"])  # type: ignore[call-overload]
        assert r["utilisation"] == round(100 * sold / available, 1)
    assert [r["overdue"] for r in people] == [1, 0, 0]  # 김민수's job promised for early November
    # parts: revenue adds up to the sales report's parts; costs are the delivery averages
    *_, parts_total = parts_report_rows = list(parts.values())
    assert parts_total["part_code"] == "total"
    assert parts_total["revenue"] == sales.parts
    oil = parts["EO-5W30"]
    assert oil["unit_cost"] == (600 * 30_000 + 400 * 25_000) // 1_000 == 28_000
    assert oil["stock_value"] == int(oil["stock"]) * 28_000  # type: ignore[call-overload]
    assert oil["cost"] == int(oil["used"]) * 28_000 and oil["margin"] == int(oil["revenue"]) - int(oil["cost"])  # type: ignore[call-overload]
    assert parts["BP-F01"]["unit_cost"] == 60_000 and parts["FL-A10"]["unit_cost"] == 0  # no cost said yet
    assert (parts["WB-SLOW"]["slow"], parts["WB-SLOW"]["below_low"]) == (True, True)
    assert parts["EO-5W30"]["slow"] is False and parts["EO-5W30"]["below_low"] is False
    used = [int(r["used"]) for r in parts_report_rows[:-1]]  # type: ignore[call-overload]
    assert used == sorted(used, reverse=True)  # most used first
    # receivables: the end of every day agrees with that day's Z report
    for day, z in z_days:
        assert z is not None
        assert owed[day].total == z.open_balances_total
        assert sorted(x.invoice_no for x in owed[day].invoices) == sorted(b.invoice_no for b in z.open_balances)
        assert screen_ages[day] == owed[day].by_age(), day
    last = owed[month.days[-1]]
    assert last.total > 0 and any(x.age > 7 for x in last.invoices)  # the never-paid ones age
    by_age = last.by_age().as_dicts()
    assert [r["age"] for r in by_age] == ["0-7", "8-30", "31-90", "90+", "total"]
    assert by_age[-1]["balance"] == last.total == sum(int(r["balance"]) for r in by_age[:-1])  # type: ignore[call-overload]
    # the command line gives the same figures
    base = ["--database", str(shop.db.url), "--invoice-dir", str(tmp_path / "invoices"), "report"]
    rng = ["--from", month.days[0], "--to", month.days[-1]]
    for kind, column, expected in (
        ("mechanics", "labour", sales.labour),
        ("parts", "revenue", sales.parts),
        ("receivables", "balance", last.total),
    ):
        assert main([*base, kind, *rng]) == 0
        rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
        assert int(rows[-1][column]) == expected, kind
    assert main([*base, "receivables", "--to", month.days[-1], "--detail"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == len(last.invoices) + 1 and rows[0]["bucket"] == bucket_of(int(rows[0]["age"]))


@pytest.mark.sqlite_only
def test_a_delivery_refuses_a_negative_cost_and_costs_average_half_up(shop: Shop) -> None:
    from domain.commands import RegisterPart

    part_id = shop.handle(RegisterPart("X-1", "볼트", 1_000, stock=0))
    shop.handle(IncreaseStock(part_id, 1, unit_cost=1))
    shop.handle(IncreaseStock(part_id, 2, unit_cost=2))
    with pytest.raises(InvalidInput) as refused:
        shop.handle(IncreaseStock(part_id, 1, unit_cost=-5))
    assert "매입 단가" in refused.value.render("ko") and "Purchase cost" in refused.value.render("en")
    with shop.db.read.connect() as conn:
        cost = conn.execute(select(s.part.c.unit_cost).where(s.part.c.id == part_id)).scalar_one()
        deliveries = conn.execute(select(s.part_delivery.c.quantity, s.part_delivery.c.unit_cost)).all()
    assert cost == 2  # (1*1 + 2*2) / 3 = 1.67, half up
    assert [tuple(d) for d in deliveries] == [(1, 1), (2, 2)]
    assert bucket_of(0) == "0-7" and bucket_of(8) == "8-30" and bucket_of(90) == "31-90" and bucket_of(91) == "90+"


def test_the_month_summary_is_one_pdf_page_with_the_reports_figures(
    month_shop: tuple[Shop, Month], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.till_support import pdf_pages, pdf_text

    shop, month = month_shop
    days = DayRange.of(month.days[0], month.days[-1])
    with shop.db.read.connect() as conn:
        sales = sales_report(conn, days).total
    shop.close()
    out = tmp_path / "summary.pdf"
    args = ["--database", str(shop.db.url), "--invoice-dir", str(tmp_path / "inv"), "report", "summary"]
    assert main([*args, "--to", month.days[-1], "--output", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    assert pdf_pages(out) == 1
    text = pdf_text(out)
    assert "월간 실적 요약" in text and "MONTH SUMMARY" in text and "2026-11" in text
    assert f"{sales.total:,}" in text and f"{sales.labour:,}" in text and f"{sales.aro:,}" in text
    assert "김민수" in text and "EO-5W30" in text and "90+" in text


@pytest.mark.sqlite_only
def test_receivables_without_names_have_the_same_figures(month_shop: tuple[Shop, Month]) -> None:
    shop, month = month_shop
    try:
        with shop.db.read.connect() as conn:
            for day in month.days[::5]:
                full, ages = receivables_at_end_of(conn, day), receivables_at_end_of(conn, day, names=False)
                assert full.by_age() == ages.by_age() and full.total == ages.total
                assert all(x.customer_name == "" for x in ages.invoices)
    finally:
        shop.close()


def _sell_parts(shop: Shop, mechanic: int, part: int, quantity: int, car: str) -> str:
    receipt = shop.handle(RequestRepair("원가고객", car, mechanic, 1, 30_000))
    job = next(r.job_id for r in shop.status_board() if r.receipt_id == receipt)
    assert job is not None
    shop.handle(StartJob(job))
    shop.handle(RequestPart(job, part, quantity))
    shop.handle(FinishJob(job))
    return str(shop.query(invoice_no_for_job, job))


def _oil(shop: Shop, days: DayRange) -> dict[str, object]:
    with shop.db.read.connect() as conn:
        return next(r for r in parts_report(conn, days).as_dicts() if r["part_code"] == "OIL-COST")


def test_a_later_delivery_at_another_cost_leaves_last_months_margin_alone(db_url: str, tmp_path: Path) -> None:
    """Each part line keeps what its pieces cost when provided; the average moves only for later sales."""
    clock = FakeClock()
    clock.set("2026-10-05T09:00:00")
    shop = bootstrap(db_url, tmp_path / "invoices", actor="desk", clock=clock)
    october, november = DayRange.of("2026-10-01", "2026-10-31"), DayRange.of("2026-11-01", "2026-11-30")
    try:
        mechanic = shop.handle(RegisterMechanic("김민수", 400))
        oil = shop.handle(RegisterPart("OIL-COST", "엔진오일", 45_000, stock=0))
        shop.handle(IncreaseStock(oil, 10, unit_cost=20_000))
        sold = _sell_parts(shop, mechanic, oil, 2, "12가3456")
        kept = _sell_parts(shop, mechanic, oil, 1, "34나5678")
        before = _oil(shop, october)
        assert (before["used"], before["revenue"], before["cost"]) == (3, 135_000, 60_000)
        assert before["margin"] == 75_000
        # November: a dearer delivery moves the average; October's figures stay as they were
        clock.set("2026-11-03T09:00:00")
        shop.handle(IncreaseStock(oil, 7, unit_cost=40_000))  # (7*20,000 + 7*40,000) / 14
        after = _oil(shop, october)
        assert after["unit_cost"] == 30_000 and before["unit_cost"] == 20_000  # today's average, for stock value
        assert {k: after[k] for k in ("used", "revenue", "cost", "margin", "margin_percent")} == {
            k: before[k] for k in ("used", "revenue", "cost", "margin", "margin_percent")
        }
        # November's sale costs the new average; October's invoice credited in November takes back
        # its own pieces at what they cost then, and its correction keeps them at that cost
        _sell_parts(shop, mechanic, oil, 1, "56다7890")
        shop.handle(VoidInvoice(sold, "중복 발행"))
        shop.handle(CorrectInvoice(kept, "상호 정정"))
        nov = _oil(shop, november)
        assert (nov["used"], nov["cost"]) == (1 - 2 - 1 + 1, 30_000 - 40_000 - 20_000 + 20_000)
        assert _oil(shop, october)["cost"] == 60_000
        with shop.db.read.connect() as conn:
            costs = (
                conn.execute(
                    select(s.invoice_line.c.unit_cost)
                    .where(s.invoice_line.c.kind == "part")
                    .order_by(s.invoice_line.c.invoice_id)
                )
                .scalars()
                .all()
            )
            provided = conn.execute(select(s.part_request.c.unit_cost).order_by(s.part_request.c.id)).scalars().all()
        assert costs == [20_000, 20_000, 30_000, 20_000] and provided == [20_000, 20_000, 30_000]
    finally:
        shop.close()
