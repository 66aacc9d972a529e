"""`python -m app report KIND --from YYYY-MM-DD --to YYYY-MM-DD --format csv|xlsx` (registered in app.cli).

Reads only. CSV goes to the terminal unless `--output` names a file; XLSX
needs a file (`--output`, or report-KIND-FROM-TO.xlsx in the current folder).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection

from app.reports import export
from app.reports.sales import sales_report
from app.reports.table import ReportTable
from domain.reports.periods import GROUPINGS, DayRange


def _sales(conn: Connection, days: DayRange, args: argparse.Namespace) -> ReportTable:
    return sales_report(conn, days, args.by).as_table()


#: Report kind -> (what builds it from a connection, the range and the arguments; its help).
REPORTS: dict[str, tuple[Callable[[Connection, DayRange, argparse.Namespace], ReportTable], str]] = {
    "sales": (_sales, "sales by business day, week or month, as the Z reports count them, and a total row"),
}


def report_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("kind", choices=sorted(REPORTS), help="which report: " + ", ".join(sorted(REPORTS)))
    p.add_argument("--from", dest="first", metavar="YYYY-MM-DD", required=True, help="first business day")
    p.add_argument("--to", dest="last", metavar="YYYY-MM-DD", required=True, help="last business day (included)")
    p.add_argument("--format", choices=export.FORMATS, default="csv", help="csv (default) or xlsx")
    p.add_argument("--by", choices=GROUPINGS, default="day", help="sales: one row per day (default), week or month")
    p.add_argument("--output", metavar="FILE", type=Path, help="write the report to FILE")


def cmd_report(args: argparse.Namespace) -> int:
    from app.cli import _open

    days = DayRange.of(args.first, args.last)  # refused before the shop is opened
    shop = _open(args)
    try:
        build = REPORTS[args.kind][0]
        with shop.db.read.connect() as conn:
            report = build(conn, days, args)
    finally:
        shop.close()
    if args.format == "csv" and args.output is None:
        sys.stdout.write(export.to_csv(report))
        return 0
    path = args.output or Path(f"report-{args.kind}-{days.first_day}-{days.last_day}.{args.format}")
    export.write(report, path, args.format)
    print(path)
    return 0
