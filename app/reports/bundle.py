"""Every report of a range in one read: what the reports screen shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection

from app.reports.mechanics import mechanics_report
from app.reports.parts import parts_report
from app.reports.receivables import owed_by_age
from app.reports.sales import sales_report
from app.reports.table import ReportTable
from domain.reports.periods import DayRange


@dataclass(frozen=True)
class ReportSet:
    days: DayRange
    grouping: str
    sales: ReportTable
    mechanics: ReportTable
    parts: ReportTable
    receivables: ReportTable

    def by_name(self, name: str) -> ReportTable:
        return {
            "sales": self.sales,
            "mechanics": self.mechanics,
            "parts": self.parts,
            "receivables": self.receivables,
        }[name]


def all_reports(conn: Connection, days: DayRange, grouping: str, today: date) -> ReportSet:
    """Sales by `grouping`, mechanics and parts over `days`, and what was owed at the end of its last day."""
    owed_on = min(days.last, today).isoformat()
    return ReportSet(
        days,
        grouping,
        sales_report(conn, days, grouping).as_table(),
        mechanics_report(conn, days, today),
        parts_report(conn, days),
        owed_by_age(conn, owed_on),
    )
