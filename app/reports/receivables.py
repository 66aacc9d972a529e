"""Who still owes us at the end of a day: open balances by age (0–7, 8–30, 31–90, 90+ days).

An invoice is open at the end of `day` as the Z report counts it
(app.reception.till.open_balances_at_end_of): issued by then, not cancelled by
then (its credit note's business day is later), and less settled by then than
it came to (what a correction carried over from the invoice it replaces counts
as paid). Its age is the days from its business day to `day`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, and_, func, literal, or_, select

from app import schema as s
from app.reports.table import ReportTable, table

i, r, p = s.invoice.c, s.receipt.c, s.payment.c

#: (label, fewest days, most days) of each age bucket.
BUCKETS = (("0-7", 0, 7), ("8-30", 8, 30), ("31-90", 31, 90), ("90+", 91, None))


def bucket_of(age: int) -> str:
    return next(label for label, low, high in BUCKETS if age >= low and (high is None or age <= high))


@dataclass(frozen=True)
class OpenInvoice:
    invoice_no: str
    customer_name: str
    car_number: str
    business_day: str
    total: int
    balance: int
    age: int

    @property
    def bucket(self) -> str:
        return bucket_of(self.age)


@dataclass(frozen=True)
class Receivables:
    day: str
    invoices: tuple[OpenInvoice, ...]

    @property
    def total(self) -> int:
        return sum(x.balance for x in self.invoices)

    def by_age(self) -> ReportTable:
        rows = []
        for label, _low, _high in BUCKETS:
            mine = [x for x in self.invoices if x.bucket == label]
            rows.append((label, len(mine), sum(x.balance for x in mine)))
        rows.append(("total", len(self.invoices), self.total))
        return table("receivables", ("age", "invoices", "balance"), rows)

    def detail(self) -> ReportTable:
        columns = ("invoice_no", "customer_name", "car_number", "business_day", "age", "bucket", "total", "balance")
        rows: list[tuple[object, ...]] = [
            (x.invoice_no, x.customer_name, x.car_number, x.business_day, x.age, x.bucket, x.total, x.balance)
            for x in sorted(self.invoices, key=lambda x: (-x.age, x.invoice_no))
        ]
        rows.append(("total", "", "", "", "", "", sum(x.total for x in self.invoices), self.total))
        return table("receivables", columns, rows)


#: What counts as paid on an invoice now: its own payments and what the invoice it corrects carried in.
_SETTLED = i.paid + i.carried_in
#: Short of its total now. Carried-in money is never negative, so short now means `paid < total` too:
#: said first, as the partial index's predicate is worded (app.reports.tables), so the planners take it.
_SHORT = and_(i.paid < i.total, _SETTLED < i.total)  # noqa: SIM300


def _standing(day: str) -> tuple[Any, ...]:
    """Issued by the end of `day` and not cancelled by then: both by business day, as the Z report counts."""
    return (i.business_day <= day, or_(i.status == "issued", i.credit_note_day > day))


def _paid_after(conn: Connection, day: str) -> dict[int, int]:
    """What each invoice was paid after `day` (usually little: the days since; none, for today)."""
    paid_after: dict[int, int] = {}
    for k, v in conn.execute(select(p.invoice_id, p.amount).where(p.business_day > day)):
        paid_after[int(k)] = paid_after.get(int(k), 0) + int(v)
    return paid_after


def receivables_at_end_of(conn: Connection, day: str, *, names: bool = True) -> Receivables:
    """What was owed at the end of `day`; `names=False` leaves the customers' names and cars out (ages only)."""
    today = date.fromisoformat(day)
    # An invoice was owed at the end of `day` when what it was settled by then (all it is settled
    # now, less what was paid after `day`) is short of its total, so only an invoice short even now,
    # or one paid after `day`, can have been; no other is read. Summed here, not grouped by invoice
    # in SQL: a GROUP BY leads the planner to scan every payment by invoice instead of reading the
    # few after `day` by their business day (none, for today).
    paid_after = _paid_after(conn, day)
    late = select(p.invoice_id).where(p.business_day > day)
    who = (r.customer_name, r.car_number) if names else (literal("").label("n"), literal("").label("c"))
    query = select(i.id, i.invoice_no, *who, i.business_day, i.total, _SETTLED.label("settled"))
    if names:
        query = query.join(s.receipt, r.id == i.receipt_id)
    standing = _standing(day)
    # Two disjoint reads: the invoices short even now, from the partial index on
    # `paid < total` (app.reports.tables.ix_invoice_unpaid: the few, not every
    # invoice), and the settled ones that took money after `day`, by their ids.
    short_now = query.where(_SHORT, *standing)
    paid_later = query.where(~_SHORT, i.id.in_(late), *standing) if paid_after else None
    found = list(conn.execute(short_now))
    if paid_later is not None:
        found += conn.execute(paid_later)
    rows = sorted(found, key=lambda x: int(x.id))
    owed = []
    for x in rows:
        by_end = int(x.settled) - paid_after.get(int(x.id), 0)
        if int(x.total) > by_end:
            age = (today - date.fromisoformat(x.business_day)).days
            owed.append(
                OpenInvoice(
                    x.invoice_no,
                    x[2],
                    x[3],
                    x.business_day,
                    int(x.total),
                    int(x.total) - by_end,
                    age,
                )
            )
    return Receivables(day, tuple(owed))


def owed_by_age(conn: Connection, day: str) -> ReportTable:
    """`receivables_at_end_of(conn, day).by_age()`, added up by the database: what the reports screen shows.

    The invoices short now and paid nothing after `day` are summed per business day straight from
    the covering partial index (app.reports.tables.ix_invoice_unpaid: one aggregate, no row per
    invoice); only those that took money after `day` (none, at the end of today) are read one by one.
    """
    today = date.fromisoformat(day)
    standing = _standing(day)
    late = select(p.invoice_id).where(p.business_day > day)
    count = {label: 0 for label, _low, _high in BUCKETS}
    owed = dict(count)
    by_day = (
        select(i.business_day, func.count(), func.sum(i.total - _SETTLED))
        .where(_SHORT, *standing, i.id.not_in(late))
        .group_by(i.business_day)
    )
    for business_day, n, balance in conn.execute(by_day):
        label = bucket_of((today - date.fromisoformat(business_day)).days)
        count[label] += int(n)
        owed[label] += int(balance)
    paid_after = _paid_after(conn, day)
    if paid_after:
        query = select(i.id, i.business_day, i.total, _SETTLED.label("settled")).where(i.id.in_(late), *standing)
        for x in conn.execute(query):
            balance = int(x.total) - (int(x.settled) - paid_after.get(int(x.id), 0))
            if balance > 0:
                label = bucket_of((today - date.fromisoformat(x.business_day)).days)
                count[label] += 1
                owed[label] += balance
    rows: list[tuple[object, ...]] = [(label, count[label], owed[label]) for label in count]
    rows.append(("total", sum(count.values()), sum(owed.values())))
    return table("receivables", ("age", "invoices", "balance"), rows)
