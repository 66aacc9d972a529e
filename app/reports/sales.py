"""Sales by business day, week or month: what the Z reports say, over any range of days.

A day's figures are those of its Z report: invoices by their business day,
money by the business day it was taken on (after a close, the next open day),
credit notes against the day they were issued. `labour`, `parts`,
`discounts`, `vat` and `total` are net of that day's credit notes, so
`labour + parts - discounts + vat == total`, and `total` is the Z report's net
sales. `cash`, `card` and `transfer` are payments taken, `refunds` money
given back. Every query is one GROUP BY over an indexed business-day column.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, fields

from sqlalchemy import Connection, Select, func, select

from app import schema as s
from app.reports.table import ReportTable, table
from domain.reports.periods import DayRange, period_of

i, r, ln, p, rf = s.invoice.c, s.receipt.c, s.invoice_line.c, s.payment.c, s.refund.c
_CN_DAY = func.substr(i.voided_at, 1, 10)


@dataclass
class SalesRow:
    """One period's sales (won)."""

    period: str
    invoices: int = 0
    credit_notes: int = 0
    cars: int = 0
    labour: int = 0
    parts: int = 0
    discounts: int = 0
    vat: int = 0
    total: int = 0
    cash: int = 0
    card: int = 0
    transfer: int = 0
    refunds: int = 0

    @property
    def aro(self) -> int:
        """Average repair order: net sales over the invoices that still stand (won, rounded down)."""
        standing = self.invoices - self.credit_notes
        return self.total // standing if standing > 0 else 0

    @property
    def net_money(self) -> int:
        return self.cash + self.card + self.transfer - self.refunds

    def add(self, other: SalesRow) -> None:
        for f in fields(self)[1:]:
            if f.name != "cars":
                setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


#: The published columns, in order (DESIGN.md, Part 2, "Reports"), then the extras.
COLUMNS = (
    "invoices",
    "cars",
    "labour",
    "parts",
    "discounts",
    "vat",
    "total",
    "cash",
    "card",
    "transfer",
    "refunds",
    "credit_notes",
    "aro",
)


@dataclass(frozen=True)
class SalesReport:
    grouping: str
    rows: tuple[SalesRow, ...]
    total: SalesRow

    def as_table(self) -> ReportTable:
        values = [(row.period, *(getattr(row, c) for c in COLUMNS)) for row in (*self.rows, self.total)]
        return table("sales", (self.grouping, *COLUMNS), values)


def sales_by_day(conn: Connection, days: DayRange) -> dict[str, SalesRow]:
    """Every business day of `days` with any sale, credit note, payment or refund, by day."""
    a, b = days.first_day, days.last_day
    rows: dict[str, SalesRow] = {}

    def row(day: str) -> SalesRow:
        found = rows.get(day)
        if found is None:
            found = rows[day] = SalesRow(day)
        return found

    in_range = i.business_day.between(a, b)
    for day, count, vat, total in conn.execute(
        select(i.business_day, func.count(), func.sum(i.vat), func.sum(i.total))
        .where(in_range)
        .group_by(i.business_day)
    ):
        x = row(day)
        x.invoices, x.vat, x.total = int(count), int(vat), int(total)
    for day, kind, amount in conn.execute(
        select(i.business_day, ln.kind, func.sum(ln.amount))
        .join(s.invoice, i.id == ln.invoice_id)
        .where(in_range)
        .group_by(i.business_day, ln.kind)
    ):
        _add_line(row(day), kind, int(amount))
    cn_range = (i.credit_note_no.is_not(None), i.voided_at >= a, i.voided_at < days.end)
    for day, count, vat, total in conn.execute(
        select(_CN_DAY, func.count(), func.sum(i.vat), func.sum(i.total)).where(*cn_range).group_by(_CN_DAY)
    ):
        x = row(day)
        x.credit_notes, x.vat, x.total = int(count), x.vat - int(vat), x.total - int(total)
    for day, kind, amount in conn.execute(
        select(_CN_DAY, ln.kind, func.sum(ln.amount))
        .join(s.invoice, i.id == ln.invoice_id)
        .where(ln.invoice_id.in_(credit_noted(days)))
        .group_by(_CN_DAY, ln.kind)
    ):
        _add_line(row(day), kind, -int(amount))
    for day, method, amount in conn.execute(
        select(p.business_day, p.method, func.sum(p.amount))
        .where(p.business_day.between(a, b))
        .group_by(p.business_day, p.method)
    ):
        if method in ("cash", "card", "transfer"):
            x = row(day)
            setattr(x, method, getattr(x, method) + int(amount))
    for day, amount in conn.execute(
        select(rf.business_day, func.sum(rf.amount)).where(rf.business_day.between(a, b)).group_by(rf.business_day)
    ):
        row(day).refunds += int(amount)
    return rows


def credit_noted(days: DayRange) -> Select[tuple[int]]:
    """The ids of the invoices whose credit note was issued in `days` (by the index on `voided_at`)."""
    return select(i.id).where(i.voided_at >= days.first_day, i.voided_at < days.end, i.credit_note_no.is_not(None))


def _add_line(row: SalesRow, kind: str, amount: int) -> None:
    if kind == "labour":
        row.labour += amount
    elif kind == "discount":
        row.discounts -= amount  # a discount line is negative; the column says won taken off
    else:
        row.parts += amount


def _cars(conn: Connection, days: DayRange, grouping: str) -> tuple[dict[str, int], int]:
    """Distinct car numbers on the invoices of each period, and of the whole range.

    Days and months are counted by the database; an ISO week has no portable SQL,
    so for weeks the (day, car) pairs come back and are counted here.
    """
    in_range = i.business_day.between(days.first_day, days.last_day)
    cars = func.count(r.car_number.distinct())
    base = select(cars).select_from(s.invoice.join(s.receipt, r.id == i.receipt_id)).where(in_range)
    every = int(conn.execute(base).scalar_one())
    if grouping in ("day", "month"):
        key = i.business_day if grouping == "day" else func.substr(i.business_day, 1, 7)
        return {str(k): int(n) for n, k in conn.execute(base.add_columns(key).group_by(key)).all()}, every
    pairs: dict[str, set[str]] = defaultdict(set)
    for day, car in conn.execute(
        select(i.business_day, r.car_number).join(s.receipt, r.id == i.receipt_id).where(in_range).distinct()
    ):
        pairs[period_of(day, grouping)].add(car)
    return {k: len(v) for k, v in pairs.items()}, every


def sales_report(conn: Connection, days: DayRange, grouping: str = "day") -> SalesReport:
    """Sales of `days` by day, ISO week or month, and a last row for the whole range."""
    periods: dict[str, SalesRow] = {}
    for day, figures in sorted(sales_by_day(conn, days).items()):
        label = period_of(day, grouping)
        periods.setdefault(label, SalesRow(label)).add(figures)
    cars, every_car = _cars(conn, days, grouping)
    total = SalesRow("total")
    for label, x in periods.items():
        x.cars = cars.get(label, 0)
        total.add(x)
    total.cars = every_car
    return SalesReport(grouping, tuple(periods[k] for k in sorted(periods)), total)
