"""Per mechanic over a range of days: jobs finished, man-days sold and available, utilisation, labour, overdue.

- `jobs`, `man_days_sold`: the jobs finished in the range and the man-days they were booked for;
- `man_days_available`: the mechanic's working days in the range (their weekdays, less days off,
  shop closures and public holidays, as the queue plans them): one man-day each;
- `utilisation`: sold over available, percent (over 100: overloaded);
- `labour`: the labour lines of the invoices of the range for the mechanic's jobs, less those of
  the range's credit notes (as the sales report counts them);
- `overdue`: jobs still open today whose promised day has passed.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import Connection, func, select

from app import schema as s
from app.mechanic.schedule import ScheduleRepository
from app.reports.sales import credit_noted
from app.reports.table import ReportTable, table
from domain.reports.periods import DayRange

j, m, i, ln, resv = s.job.c, s.mechanic.c, s.invoice.c, s.invoice_line.c, s.man_day_reservation.c

COLUMNS = ("mechanic", "jobs", "man_days_sold", "man_days_available", "utilisation", "labour", "overdue")


def mechanics_report(conn: Connection, days: DayRange, today: date) -> ReportTable:
    a, end = days.first_day, days.end
    finished = {
        mid: (int(n), int(md or 0))
        for mid, n, md in conn.execute(
            select(j.mechanic_id, func.count(), func.sum(j.man_day))
            .where(j.finished_at >= a, j.finished_at < end)
            .group_by(j.mechanic_id)
        )
    }
    labour: Counter[int] = Counter()
    labour_lines = select(j.mechanic_id, func.sum(ln.amount)).join(s.invoice, i.id == ln.invoice_id)
    labour_lines = labour_lines.join(s.job, j.id == i.job_id).where(ln.kind == "labour").group_by(j.mechanic_id)
    for mid, amount in conn.execute(labour_lines.where(i.business_day.between(a, days.last_day))):
        labour[mid] += int(amount)
    for mid, amount in conn.execute(labour_lines.where(ln.invoice_id.in_(credit_noted(days)))):
        labour[mid] -= int(amount)
    overdue: dict[int, int] = dict(
        conn.execute(
            select(resv.mechanic_id, func.count())
            .where(resv.released.is_(False), resv.promised_date < today.isoformat())
            .group_by(resv.mechanic_id)
        ).all()
    )
    schedule = ScheduleRepository(conn)
    rows = []
    totals = [0, 0, 0, 0, 0]
    for mid, name in conn.execute(select(m.id, m.name).order_by(m.name, m.id)):
        jobs, sold = finished.get(mid, (0, 0))
        available = schedule.calendar(mid).working_days_between(days.first, days.last)
        late = int(overdue.get(mid, 0))
        rows.append((name, jobs, sold, available, _percent(sold, available), labour[mid], late))
        for k, v in enumerate((jobs, sold, available, labour[mid], late)):
            totals[k] += v
    jobs, sold, available, money, late = totals
    rows.append(("total", jobs, sold, available, _percent(sold, available), money, late))
    return table("mechanics", COLUMNS, rows)


def _percent(part: int, whole: int) -> float:
    return round(100 * part / whole, 1) if whole else 0.0
