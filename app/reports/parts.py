"""Parts over a range of days: most used, revenue, cost and margin, stock value at cost, slow movers, low stock.

`used` and `revenue` are the part lines of the range's invoices less those of its credit notes;
`cost` is what those pieces cost the shop: each invoice line keeps the part's average purchase
cost when the part was provided (recorded at delivery, app.vehicleparts), so a later delivery at
another price leaves a past month's margin alone. `unit_cost` is the part's average cost now and
`stock_value` the stock on the shelf at it. A part in stock that no invoice of the
range used is a slow mover; one at or under its low-stock mark is `below_low`.
Rows come most used first.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from app import schema as s
from app.reports.sales import credit_noted
from app.reports.table import ReportTable, table
from domain.reports.costs import margin_percent
from domain.reports.periods import DayRange

p, i, ln = s.part.c, s.invoice.c, s.invoice_line.c

COLUMNS = (
    "part_code",
    "name",
    "used",
    "revenue",
    "cost",
    "margin",
    "margin_percent",
    "stock",
    "unit_cost",
    "stock_value",
    "low_stock",
    "below_low",
    "slow",
)


def parts_report(conn: Connection, days: DayRange) -> ReportTable:
    used: Counter[str] = Counter()
    revenue: Counter[str] = Counter()
    cost: Counter[str] = Counter()
    lines = (
        select(ln.part_code, func.sum(ln.quantity), func.sum(ln.amount), func.sum(ln.quantity * ln.unit_cost))
        .join(s.invoice, i.id == ln.invoice_id)
        .where(ln.kind == "part")
        .group_by(ln.part_code)
    )
    for sign, where in ((1, i.business_day.between(days.first_day, days.last_day)), (-1, i.id.in_(credit_noted(days)))):
        for code, qty, amount, at_cost in conn.execute(lines.where(where)):
            used[code] += sign * int(qty)
            revenue[code] += sign * int(amount)
            cost[code] += sign * int(at_cost)
    rows = []
    for code, name, stock, low, unit_cost in conn.execute(
        select(p.part_code, p.name, p.stock, p.low_stock, p.unit_cost).order_by(p.part_code)
    ):
        rows.append(
            PartFigures(code, name, used[code], revenue[code], int(stock), int(unit_cost), int(low), cost[code])
        )
    rows.sort(key=lambda r: (-r.used, r.part_code))
    total = PartFigures(
        "total",
        "",
        sum(r.used for r in rows),
        sum(r.revenue for r in rows),
        sum(r.stock for r in rows),
        0,
        0,
        cost_override=sum(r.cost for r in rows),
        stock_value_override=sum(r.stock_value for r in rows),
    )
    values = [r.values() for r in rows]
    values.append((*total.values()[:8], "", total.stock_value, "", "", ""))
    return table("parts", COLUMNS, values)


@dataclass(frozen=True)
class PartFigures:
    part_code: str
    name: str
    used: int
    revenue: int
    stock: int
    unit_cost: int
    low_stock: int
    cost_override: int | None = None
    stock_value_override: int | None = None

    @property
    def cost(self) -> int:
        """What the pieces used cost when provided (the lines' costs), or `used` at today's cost."""
        return self.used * self.unit_cost if self.cost_override is None else self.cost_override

    @property
    def stock_value(self) -> int:
        return self.stock * self.unit_cost if self.stock_value_override is None else self.stock_value_override

    def values(self) -> tuple[object, ...]:
        return (
            self.part_code,
            self.name,
            self.used,
            self.revenue,
            self.cost,
            self.revenue - self.cost,
            margin_percent(self.revenue, self.cost),
            self.stock,
            self.unit_cost,
            self.stock_value,
            self.low_stock,
            self.low_stock > 0 and self.stock <= self.low_stock,
            self.used <= 0 and self.stock > 0,
        )
