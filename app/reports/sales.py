"""Sales by business day, week or month: what the Z reports say, over any range of days.

A day's figures are those of its Z report: invoices by their business day,
money by the business day it was taken on (after a close, the next open day),
credit notes against the business day they were issued on (`credit_note_day`,
the one the Z report counts them on: after a close, the next open day). `labour`, `parts`,
`discounts`, `vat` and `total` are net of that day's credit notes, so
`labour + parts - discounts + vat == total`, and `total` is the Z report's net
sales. `cash`, `card` and `transfer` are payments taken, `refunds` money
given back. Every query is one GROUP BY over an indexed business-day column.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import BigInteger, Connection, Select, String, and_, bindparam, case, func, literal, select, union_all

from app import schema as s
from app.reports.table import ReportTable, table
from domain.reports.periods import DayRange, period_of

i, r, ln, p, rf = s.invoice.c, s.receipt.c, s.invoice_line.c, s.payment.c, s.refund.c
_CN_DAY = i.credit_note_day  # the business day the till gave the credit note (migration 0017)


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


def _branch(day: Any, tag: str, n: Any, v1: Any = None, v2: Any = None, v3: Any = None) -> Select[Any]:
    zero = literal(0, BigInteger)
    return select(
        day.label("day"),
        literal(tag, String).label("tag"),
        n.label("n"),
        (zero if v1 is None else v1).label("v1"),
        (zero if v2 is None else v2).label("v2"),
        (zero if v3 is None else v3).label("v3"),
    )


def _sum_if(condition: Any, value: Any) -> Any:
    return func.sum(case((condition, value), else_=0))


_A, _B = bindparam("a", type_=String), bindparam("b", type_=String)
_NONE, _ZERO = literal("", String), literal(0, BigInteger)
_IN_RANGE = i.business_day.between(_A, _B)
_CREDIT_NOTE_IN_RANGE = and_(_CN_DAY.between(_A, _B), i.credit_note_no.is_not(None))
_WITH_LINES = s.invoice_line.join(s.invoice, i.id == ln.invoice_id)
_WITH_CAR = s.invoice.join(s.receipt, r.id == i.receipt_id)
#: A line's amount by its kind: labour, discount (negative on the line), and everything else a part.
_LABOUR = _sum_if(ln.kind == "labour", ln.amount)
_DISCOUNT = _sum_if(ln.kind == "discount", ln.amount)
_PART = _sum_if(ln.kind.not_in(("labour", "discount")), ln.amount)
#: Every figure of every day of a range in one statement (one round trip, one plan), a row per day and
#: branch, each grouped by its day alone (its index's order: no sort) with the kinds summed side by side.
_BY_DAY = union_all(
    _branch(i.business_day, "inv", func.count(), func.sum(i.vat), func.sum(i.total))
    .where(_IN_RANGE)
    .group_by(i.business_day),
    _branch(i.business_day, "line", _ZERO, _LABOUR, _PART, _DISCOUNT)
    .select_from(_WITH_LINES)
    .where(_IN_RANGE)
    .group_by(i.business_day),
    _branch(_CN_DAY, "cn", func.count(), func.sum(i.vat), func.sum(i.total))
    .where(_CREDIT_NOTE_IN_RANGE)
    .group_by(_CN_DAY),
    _branch(_CN_DAY, "cnline", _ZERO, _LABOUR, _PART, _DISCOUNT)
    .select_from(_WITH_LINES)
    .where(_CREDIT_NOTE_IN_RANGE)
    .group_by(_CN_DAY),
    _branch(
        p.business_day,
        "pay",
        _ZERO,
        _sum_if(p.method == "cash", p.amount),
        _sum_if(p.method == "card", p.amount),
        _sum_if(p.method == "transfer", p.amount),
    )
    .where(p.business_day.between(_A, _B))
    .group_by(p.business_day),
    _branch(rf.business_day, "ref", _ZERO, func.sum(rf.amount))
    .where(rf.business_day.between(_A, _B))
    .group_by(rf.business_day),
    _branch(i.business_day, "cars", func.count(r.car_number.distinct()))
    .select_from(_WITH_CAR)
    .where(_IN_RANGE)
    .group_by(i.business_day),
    _branch(_NONE, "allcars", func.count(r.car_number.distinct())).select_from(_WITH_CAR).where(_IN_RANGE),
)


def sales_by_day(conn: Connection, days: DayRange) -> tuple[dict[str, SalesRow], int]:
    """Every business day of `days` with any sale, credit note, payment or refund, and the range's cars.

    Each day's `cars` is that day's distinct car numbers; the int is the whole range's.
    """
    rows: dict[str, SalesRow] = {}
    every_car = 0
    for day, tag, n, v1, v2, v3 in conn.execute(_BY_DAY, {"a": days.first_day, "b": days.last_day}):
        if tag == "allcars":
            every_car = int(n)
            continue
        x = rows.get(day)
        if x is None:
            x = rows[day] = SalesRow(day)
        if tag == "inv":
            x.invoices, x.vat, x.total = x.invoices + int(n), x.vat + int(v1), x.total + int(v2)
        elif tag == "line":  # a discount line is negative; the column says won taken off
            x.labour, x.parts, x.discounts = x.labour + int(v1), x.parts + int(v2), x.discounts - int(v3)
        elif tag == "cn":
            x.credit_notes, x.vat, x.total = x.credit_notes + int(n), x.vat - int(v1), x.total - int(v2)
        elif tag == "cnline":
            x.labour, x.parts, x.discounts = x.labour - int(v1), x.parts - int(v2), x.discounts + int(v3)
        elif tag == "pay":
            x.cash, x.card, x.transfer = x.cash + int(v1), x.card + int(v2), x.transfer + int(v3)
        elif tag == "ref":
            x.refunds += int(v1)
        elif tag == "cars":
            x.cars = int(n)
    return rows, every_car


def credit_noted(days: DayRange) -> Select[tuple[int]]:
    """The ids of the invoices whose credit note counts in `days` (by the index on `credit_note_day`)."""
    return select(i.id).where(_CN_DAY.between(days.first_day, days.last_day), i.credit_note_no.is_not(None))


def _cars(conn: Connection, days: DayRange, grouping: str) -> dict[str, int]:
    """Distinct car numbers on the invoices of each week or month of the range.

    Months are counted by the database; an ISO week has no portable SQL, so for
    weeks the (day, car) pairs come back and are counted here.
    """
    in_range = i.business_day.between(days.first_day, days.last_day)
    if grouping == "month":
        key = func.substr(i.business_day, 1, 7)
        query = select(key, func.count(r.car_number.distinct())).select_from(_WITH_CAR).where(in_range).group_by(key)
        return {str(k): int(n) for k, n in conn.execute(query)}
    pairs: dict[str, set[str]] = defaultdict(set)
    for day, car in conn.execute(
        select(i.business_day, r.car_number).select_from(_WITH_CAR).where(in_range).distinct()
    ):
        pairs[period_of(day, grouping)].add(car)
    return {k: len(v) for k, v in pairs.items()}


def sales_report(conn: Connection, days: DayRange, grouping: str = "day") -> SalesReport:
    """Sales of `days` by day, ISO week or month, and a last row for the whole range."""
    by_day, every_car = sales_by_day(conn, days)
    if grouping == "day":
        periods = dict(sorted(by_day.items()))
    else:
        periods = {}
        for day, figures in sorted(by_day.items()):
            label = period_of(day, grouping)
            periods.setdefault(label, SalesRow(label)).add(figures)
        cars = _cars(conn, days, grouping)
        for label, x in periods.items():
            x.cars = cars.get(label, 0)
    total = SalesRow("total")
    for x in periods.values():
        total.add(x)
    total.cars = every_car
    return SalesReport(grouping, tuple(periods.values()), total)
