"""The sales report agrees with every Z report and with `check`, over a generated month (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app import schema as s
from app.bootstrap import Shop, bootstrap
from app.checks import run_checks
from app.cli import main
from app.reception import till
from app.reports.sales import sales_report
from domain.errors import InvalidInput
from domain.reports.periods import DayRange
from tests.builders import FakeClock
from tests.reports_support import a_month_at_the_desk


@pytest.fixture
def month_shop(db_url: str, tmp_path: Path) -> tuple[Shop, list[str]]:
    clock = FakeClock()
    shop = bootstrap(db_url, tmp_path / "invoices", actor="desk", terminal="front-1", clock=clock)
    month = a_month_at_the_desk(shop, clock)
    return shop, month.days


def test_every_day_of_the_month_agrees_with_its_z_report_and_check_passes(month_shop: tuple[Shop, list[str]]) -> None:
    shop, days = month_shop
    try:
        assert run_checks(shop).ok, run_checks(shop).render()
        with shop.db.read.connect() as conn:
            report = sales_report(conn, DayRange.of(days[0], days[-1]))
            by_day = {row.period: row for row in report.rows}
            assert sorted(by_day) == days  # every closed day had activity; nothing outside the range
            credit_noted = refunded = 0
            for day in days:
                z = till.z_report(conn, day)
                assert z is not None
                row = by_day[day]
                assert row.invoices == len(z.invoices)
                assert row.credit_notes == len(z.credit_notes)
                assert row.total == z.net_sales
                assert row.vat == z.invoices_vat - sum(d.vat for d in z.credit_notes)
                assert row.labour + row.parts - row.discounts == z.invoices_subtotal - sum(
                    d.subtotal for d in z.credit_notes
                )
                assert row.labour + row.parts - row.discounts + row.vat == row.total
                for method in ("cash", "card", "transfer"):
                    assert getattr(row, method) == z.method(method).payments, (day, method)
                assert row.refunds == z.refunds_total
                assert row.net_money == z.net_total
                assert row.cars == len({d.car_number for d in z.invoices})
                credit_noted += row.credit_notes
                refunded += row.refunds
            assert credit_noted >= 4 and refunded > 0  # the month had voids, corrections and refunds
            assert sum(r.card for r in report.rows) > 0 and sum(r.transfer for r in report.rows) > 0
            assert sum(r.discounts for r in report.rows) > 0 and sum(r.parts for r in report.rows) > 0
            t = report.total
            i, p = s.invoice.c, s.payment.c
            assert t.invoices == conn.execute(select(func.count()).select_from(s.invoice)).scalar_one()
            assert t.cash + t.card + t.transfer == conn.execute(select(func.sum(p.amount))).scalar_one()
            standing = conn.execute(select(func.sum(i.total)).where(i.status == "issued")).scalar_one()
            assert t.total == standing  # every credit note of the month is inside the month
            invoiced_cars = select(func.count(s.receipt.c.car_number.distinct())).join(
                s.invoice, i.receipt_id == s.receipt.c.id
            )
            assert t.cars == conn.execute(invoiced_cars).scalar_one()
            # weeks and the month add up to the same total, and no more cars than there are
            for grouping, periods in (("week", 4), ("month", 1)):
                grouped = sales_report(conn, DayRange.of(days[0], days[-1]), grouping)
                assert len(grouped.rows) == periods
                assert grouped.total == t
                assert sum(r.total for r in grouped.rows) == t.total
                assert all(r.cars <= t.cars for r in grouped.rows)
            # one day alone is that day's row
            one = sales_report(conn, DayRange.of(days[3], days[3]))
            assert one.rows == (by_day[days[3]],)
    finally:
        shop.close()


def test_cli_csv_has_the_published_columns_and_a_total_row_and_xlsx_the_same_figures(
    month_shop: tuple[Shop, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shop, days = month_shop
    url = shop.db.url
    with shop.db.read.connect() as conn:
        expected = sales_report(conn, DayRange.of(days[0], days[-1])).as_table()
    shop.close()
    base = ["--database", str(url), "--invoice-dir", str(tmp_path / "invoices"), "report", "sales"]
    code = main([*base, "--from", days[0], "--to", days[-1], "--format", "csv"])
    out, err = capsys.readouterr()
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    published = ["day", "invoices", "cars", "labour", "parts", "discounts", "vat", "total", "cash", "card"]
    assert list(rows[0])[: len(published) + 2] == [*published, "transfer", "refunds"]
    assert [r["day"] for r in rows] == [*days, "total"]
    assert rows[-1]["total"] == str(expected.rows[-1][expected.columns.index("total")])
    assert sum(int(r["total"]) for r in rows[:-1]) == int(rows[-1]["total"])
    xlsx = tmp_path / "sales.xlsx"
    code = main([*base, "--from", days[0], "--to", days[-1], "--format", "xlsx", "--by", "week", "--output", str(xlsx)])
    assert code == 0 and str(xlsx) in capsys.readouterr().out
    sheet = load_workbook(xlsx).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:3] == ("week", "invoices", "cars")
    assert values[-1][0] == "total" and len(values) == 1 + 4 + 1
    assert values[-1][values[0].index("total")] == int(rows[-1]["total"])


@pytest.mark.sqlite_only
def test_bad_ranges_are_refused_in_a_sentence_and_nothing_runs(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    base = ["--database", db_url, "--invoice-dir", str(tmp_path / "inv"), "report", "sales"]
    assert main([*base, "--from", "2026-11-30", "--to", "2026-11-01"]) == 2
    err = capsys.readouterr().err
    assert "cannot end (2026-11-01) before it starts (2026-11-30)" in err and "Traceback" not in err
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    monkeypatch.setenv("LC_ALL", "ko_KR.UTF-8")
    assert main([*base, "--from", "30/11/2026", "--to", "2026-11-01"]) == 2
    err = capsys.readouterr().err
    assert "YYYY-MM-DD" in err and "날짜" in err
    assert not Path(db_url.removeprefix("sqlite:///")).exists()  # refused before the shop was opened
    with pytest.raises(InvalidInput):
        DayRange.of("2020-01-01", "2030-12-31")
