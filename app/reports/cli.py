"""`python -m app report KIND --from YYYY-MM-DD --to YYYY-MM-DD --format csv|xlsx` (registered in app.cli).

Reads only. The range defaults to this month up to today. CSV goes to the
terminal unless `--output` names a file; XLSX needs a file (`--output`, or
report-KIND-FROM-TO.xlsx in the current folder).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from app.reports import export
from app.reports.mechanics import mechanics_report
from app.reports.parts import parts_report
from app.reports.receivables import receivables_at_end_of
from app.reports.sales import sales_report
from app.reports.table import ReportTable
from domain.reports.periods import GROUPINGS, DayRange, parse_day

if TYPE_CHECKING:
    from app.shop import Shop

Build = Callable[[Connection, DayRange, argparse.Namespace, date], ReportTable]


def _sales(conn: Connection, days: DayRange, args: argparse.Namespace, today: date) -> ReportTable:
    return sales_report(conn, days, args.by).as_table()


def _mechanics(conn: Connection, days: DayRange, args: argparse.Namespace, today: date) -> ReportTable:
    return mechanics_report(conn, days, today)


def _parts(conn: Connection, days: DayRange, args: argparse.Namespace, today: date) -> ReportTable:
    return parts_report(conn, days)


def _receivables(conn: Connection, days: DayRange, args: argparse.Namespace, today: date) -> ReportTable:
    owed = receivables_at_end_of(conn, days.last_day)
    return owed.detail() if args.detail else owed.by_age()


#: Report kind -> (what builds it; its help).
REPORTS: dict[str, tuple[Build, str]] = {
    "sales": (_sales, "sales by business day, week or month, as the Z reports count them, and a total row"),
    "mechanics": (_mechanics, "per mechanic: jobs, man-days sold and available, utilisation, labour, overdue"),
    "parts": (_parts, "per part: used, revenue, cost, margin, stock value at cost, low stock, slow movers"),
    "receivables": (_receivables, "what is still owed at the end of --to, by age (0-7, 8-30, 31-90, 90+ days)"),
}
#: Kinds that are a document rather than a table.
DOCUMENTS = {"summary": "the month of --to on one PDF page: sales, weeks, mechanics, parts, receivables"}


def report_arguments(p: argparse.ArgumentParser) -> None:
    kinds = [*REPORTS, *DOCUMENTS]
    p.add_argument("kind", choices=kinds, help="which report: " + ", ".join(kinds))
    p.add_argument("--from", dest="first", metavar="YYYY-MM-DD", default="", help="first day (default: the 1st)")
    p.add_argument("--to", dest="last", metavar="YYYY-MM-DD", default="", help="last day, included (default: today)")
    p.add_argument("--format", choices=export.FORMATS, default="csv", help="csv (default) or xlsx")
    p.add_argument("--by", choices=GROUPINGS, default="day", help="sales: one row per day (default), week or month")
    p.add_argument("--detail", action="store_true", help="receivables: one row per open invoice, oldest first")
    p.add_argument("--output", metavar="FILE", type=Path, help="write the report to FILE")


def _range(args: argparse.Namespace, today: date) -> DayRange:
    last = args.last or today.isoformat()
    first = args.first or parse_day(last).replace(day=1).isoformat()
    return DayRange.of(first, last)


def cmd_report(args: argparse.Namespace) -> int:
    from app.cli import _open

    days = _range(args, date.today())  # refused before the shop is opened
    shop = _open(args)
    try:
        today = shop.clock().date()
        if not (args.first and args.last):
            days = _range(args, today)
        if args.kind in DOCUMENTS:
            return _summary(shop, days, today, args.output)
        with shop.db.read.connect() as conn:
            report = REPORTS[args.kind][0](conn, days, args, today)
    finally:
        shop.close()
    if args.format == "csv" and args.output is None:
        sys.stdout.write(export.to_csv(report))
        return 0
    path = args.output or Path(f"report-{args.kind}-{days.first_day}-{days.last_day}.{args.format}")
    export.write(report, path, args.format)
    print(path)
    return 0


def _summary(shop: Shop, days: DayRange, today: date, output: Path | None) -> int:
    from app.documents.fonts import find_korean_font
    from app.reports.summary_pdf import month_figures, render_month_summary_pdf

    with shop.db.read.connect() as conn:
        figures = month_figures(conn, days.last, today)
    pdf = render_month_summary_pdf(figures, shop.shop_details(), find_korean_font(shop.settings.font_path))
    path = output or Path(f"month-summary-{figures.days.first_day[:7]}.pdf")
    path.write_bytes(pdf)
    print(path)
    return 0
