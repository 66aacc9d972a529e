"""A month's sales report on a shop of 100,000 receipts, against a hand-written SQL query; the screen's opening.

Seeds a SQLite shop (bulk inserts shaped like three years of a real shop:
typed lines with discounts, split payments, a few voids with refunds), then,
in the same run and on the same connection:

- `sales_report` for one month (by day), median of the rounds;
- one hand-written SQL statement giving the same figures per business day
  (the floor: what the database needs at least), median of the rounds;
- what is owed at the end of the shop's last day by age, as the screen reads it
  (`owed_by_age`, checked equal to the invoice-by-invoice figures), median of the rounds;
- the reports screen built and shown until every report is on it.

Targets (issue 15): the report ≤ 300 ms and ≤ 2× the hand-written query; the
screen ≤ 500 ms.

    .venv/bin/python -m bench reports            # ~1 min (the seed is most of it)
    .venv/bin/python -m bench.reports --receipts 20000
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, text

from app import schema as s
from app.bootstrap import bootstrap
from app.reports.receivables import owed_by_age, receivables_at_end_of
from app.reports.sales import SalesRow, sales_report
from domain.commands import RegisterMechanic, RegisterPart
from domain.reports.periods import DayRange, this_month

FIRST_DAY = date(2024, 1, 2)
MONTH = DayRange.of("2025-06-01", "2025-06-30")
ROUNDS = 31
PARTS = [(f"P-{i:04d}", f"부품 {i}", 10_000 + 1_000 * i) for i in range(30)]

HAND_WRITTEN = text(
    """
    SELECT day, SUM(invoices) AS invoices, SUM(credit_notes) AS credit_notes,
           SUM(labour) AS labour, SUM(parts) AS parts, SUM(discounts) AS discounts,
           SUM(vat) AS vat, SUM(total) AS total, SUM(cash) AS cash, SUM(card) AS card,
           SUM(transfer) AS transfer, SUM(refunds) AS refunds, SUM(cars) AS cars
    FROM (
        SELECT i.business_day AS day, COUNT(*) AS invoices, 0 AS credit_notes, 0 AS labour, 0 AS parts,
               0 AS discounts, SUM(i.vat) AS vat, SUM(i.total) AS total, 0 AS cash, 0 AS card, 0 AS transfer,
               0 AS refunds, 0 AS cars
        FROM invoice i WHERE i.business_day BETWEEN :a AND :b GROUP BY i.business_day
        UNION ALL
        SELECT i.business_day, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, COUNT(DISTINCT r.car_number)
        FROM invoice i JOIN receipt r ON r.id = i.receipt_id
        WHERE i.business_day BETWEEN :a AND :b GROUP BY i.business_day
        UNION ALL
        SELECT i.business_day, 0, 0,
               SUM(CASE WHEN l.kind = 'labour' THEN l.amount ELSE 0 END),
               SUM(CASE WHEN l.kind = 'part' THEN l.amount ELSE 0 END),
               -SUM(CASE WHEN l.kind = 'discount' THEN l.amount ELSE 0 END), 0, 0, 0, 0, 0, 0, 0
        FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id
        WHERE i.business_day BETWEEN :a AND :b GROUP BY i.business_day
        UNION ALL
        SELECT i.credit_note_day, 0, COUNT(*), 0, 0, 0, -SUM(i.vat), -SUM(i.total), 0, 0, 0, 0, 0
        FROM invoice i WHERE i.credit_note_no IS NOT NULL AND i.credit_note_day BETWEEN :a AND :b
        GROUP BY i.credit_note_day
        UNION ALL
        SELECT i.credit_note_day, 0, 0,
               -SUM(CASE WHEN l.kind = 'labour' THEN l.amount ELSE 0 END),
               -SUM(CASE WHEN l.kind = 'part' THEN l.amount ELSE 0 END),
               SUM(CASE WHEN l.kind = 'discount' THEN l.amount ELSE 0 END), 0, 0, 0, 0, 0, 0, 0
        FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id
        WHERE i.credit_note_no IS NOT NULL AND i.credit_note_day BETWEEN :a AND :b
        GROUP BY i.credit_note_day
        UNION ALL
        SELECT p.business_day, 0, 0, 0, 0, 0, 0, 0,
               SUM(CASE WHEN p.method = 'cash' THEN p.amount ELSE 0 END),
               SUM(CASE WHEN p.method = 'card' THEN p.amount ELSE 0 END),
               SUM(CASE WHEN p.method = 'transfer' THEN p.amount ELSE 0 END), 0, 0
        FROM payment p WHERE p.business_day BETWEEN :a AND :b GROUP BY p.business_day
        UNION ALL
        SELECT r.business_day, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, SUM(r.amount), 0
        FROM refund r WHERE r.business_day BETWEEN :a AND :b GROUP BY r.business_day
        UNION ALL
        SELECT 'total', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, COUNT(DISTINCT r.car_number)
        FROM invoice i JOIN receipt r ON r.id = i.receipt_id
        WHERE i.business_day BETWEEN :a AND :b
    ) AS figures
    GROUP BY day ORDER BY day
    """
)


def seed(url: str, receipts: int, rng: random.Random) -> date:
    """Fill the shop; returns its last business day."""
    shop = bootstrap(database_url=url, invoice_dir=tempfile.mkdtemp(prefix="pitlane-bench-"), actor="bench")
    try:
        mechanics = [shop.handle(RegisterMechanic(n, 400)) for n in ("김민수", "이서준", "박지훈", "최영호")]
        for code, name, price in PARTS:
            shop.handle(RegisterPart(code, name, price, 1_000, 5))
        per_day = max(1, receipts // 900)  # three years of six-day weeks, about
        rows: dict[str, list[dict[str, object]]] = {k: [] for k in ("receipt", "job", "invoice", "line", "pay", "ref")}
        day, n = FIRST_DAY, 0
        while n < receipts:
            if day.weekday() == 6:
                day += timedelta(days=1)
                continue
            for _ in range(per_day):
                n += 1
                if n > receipts:
                    break
                _one(n, day, mechanics, rng, rows)
            day += timedelta(days=1)
        with shop.db.write.begin() as conn:
            for table, key in (
                (s.receipt, "receipt"),
                (s.job, "job"),
                (s.invoice, "invoice"),
                (s.invoice_line, "line"),
                (s.payment, "pay"),
                (s.refund, "ref"),
            ):
                for k in range(0, len(rows[key]), 5_000):
                    conn.execute(insert(table), rows[key][k : k + 5_000])
    finally:
        shop.close()
    return day - timedelta(days=1)


def _one(n: int, day: date, mechanics: list[int], rng: random.Random, rows: dict[str, list[dict[str, object]]]) -> None:
    at = datetime(day.year, day.month, day.day, 9 + n % 9, n % 60).isoformat()
    mechanic = mechanics[n % len(mechanics)]
    fare = rng.choice((30_000, 60_000, 120_000, 350_000))
    car = f"{rng.randint(10, 399)}가{rng.randint(1000, 9999)}"
    rows["receipt"].append(
        {
            "id": n,
            "customer_name": "고객",
            "customer_phone": "",
            "car_number": car,
            "car_id": "",
            "mechanic_id": mechanic,
            "mechanic_name": "정비사",
            "man_day": 1,
            "fare": fare,
            "status": "finished",
            "requested_at": at,
        }
    )
    rows["job"].append(
        {"id": n, "receipt_id": n, "mechanic_id": mechanic, "man_day": 1, "status": "finished", "created_at": at}
        | {"started_at": at, "finished_at": at}
    )
    lines = [("labour", "", "공임", 1, fare)]
    for _ in range(rng.randrange(3)):
        code, name, price = rng.choice(PARTS)
        qty = rng.randint(1, 3)
        lines.append(("part", code, name, qty, price))
    subtotal = sum(q * p for _k, _c, _n, q, p in lines)
    if rng.random() < 0.2:
        off = subtotal // 10
        lines.append(("discount", "", "할인", 1, -off))
        subtotal -= off
    vat = (subtotal + 5) // 10
    total = subtotal + vat
    voided = rng.random() < 0.01
    paid = total if rng.random() < 0.97 else total // 2
    rows["invoice"].append(
        {
            "id": n,
            "invoice_no": f"B{n:07d}",
            "receipt_id": n,
            "job_id": n,
            "issued_at": at,
            "business_day": day.isoformat(),
            "fare": fare,
            "subtotal": subtotal,
            "vat_rate": "0.10",
            "vat": vat,
            "total": total,
            "paid": paid,
            "status": "voided" if voided else "issued",
            "credit_note_no": f"BCN{n:07d}" if voided else None,
            "voided_at": at if voided else None,
            "credit_note_day": day.isoformat() if voided else None,
            "refunded": paid if voided else 0,
            # written already, as a real shop's would be: the document writer leaves them alone
            "pdf_sha256": "0" * 64,
            "credit_note_pdf_sha256": "0" * 64 if voided else None,
        }
    )
    for k, (kind, code, name, qty, price) in enumerate(lines, start=1):
        rows["line"].append(
            {"invoice_id": n, "line_no": k, "part_code": code, "name": name, "quantity": qty, "unit_price": price}
            | {"amount": qty * price, "kind": kind}
        )
    money = {"invoice_id": n, "recorded_at": at, "actor": "bench", "terminal": "t", "business_day": day.isoformat()}
    if paid == total and rng.random() < 0.3:
        rows["pay"].append(money | {"amount": 20_000 if total > 20_000 else total, "method": "cash"})
        if total > 20_000:
            rows["pay"].append(money | {"amount": total - 20_000, "method": "card"})
    else:
        rows["pay"].append(money | {"amount": paid, "method": rng.choice(("card", "card", "transfer"))})
    if voided:
        rows["ref"].append(money | {"amount": paid, "method": "card"})


def _median_ms(fn: object, rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - t0) * 1_000)
    return statistics.median(times)


def _screen_open_ms(url: str, last_day: date) -> float:
    """The screen as a manager opens it at the end of the shop's last day: this month, every report."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.runner import CommandRunner
    from ui.screens.reports import ReportsScreen

    app = QApplication.instance() or QApplication([])
    evening = datetime(last_day.year, last_day.month, last_day.day, 18, 0).astimezone()
    shop = bootstrap(
        database_url=url, invoice_dir=tempfile.mkdtemp(prefix="pitlane-bench-"), actor="bench", clock=lambda: evening
    )
    runner = CommandRunner(shop)
    month = this_month(last_day)
    times = []
    try:
        for _ in range(5):
            loop = QEventLoop()
            t0 = time.perf_counter()
            screen = ReportsScreen(runner)  # "this month" by default, read at once
            screen.loaded.connect(lambda s=screen, q=loop: q.quit() if s.reports and s.reports.days == month else None)
            screen.resize(1440, 900)
            screen.show()
            QTimer.singleShot(10_000, loop.quit)
            loop.exec()
            app.processEvents()
            times.append((time.perf_counter() - t0) * 1_000)
            screen.close()
            screen.deleteLater()
    finally:
        runner.close()
        shop.close()
    return statistics.median(times)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--receipts", type=int, default=100_000)
    args = parser.parse_args(argv if argv is not None else [])
    folder = Path(tempfile.mkdtemp(prefix="pitlane-bench-reports-"))
    url = f"sqlite:///{folder / 'shop.db'}"
    t0 = time.perf_counter()
    last_day = seed(url, args.receipts, random.Random(15))
    print(f"seeded {args.receipts:,} receipts in {time.perf_counter() - t0:.1f} s")
    shop = bootstrap(database_url=url, invoice_dir=folder / "invoices", actor="bench")
    try:
        with shop.db.read.connect() as conn:
            params = {"a": MONTH.first_day, "b": MONTH.last_day, "end": MONTH.end}
            report = sales_report(conn, MONTH)
            floor_rows = conn.execute(HAND_WRITTEN, params).all()
            _same_figures(report, floor_rows)
            # interleaved rounds, so load on the machine touches both alike
            ours, floor = [], []
            for _ in range(ROUNDS):
                ours.append(_median_ms(lambda: sales_report(conn, MONTH), 1))
                floor.append(_median_ms(lambda: conn.execute(HAND_WRITTEN, params).all(), 1))
            owed = receivables_at_end_of(conn, last_day.isoformat(), names=False)
            owed_ms = _median_ms(lambda: owed_by_age(conn, last_day.isoformat()))
            assert owed_by_age(conn, last_day.isoformat()) == owed.by_age()
    finally:
        shop.close()
    mine, base = statistics.median(ours), statistics.median(floor)
    screen = _screen_open_ms(url, last_day)
    print(f"a month ({len(report.rows)} business days, {report.total.invoices:,} invoices):")
    print(f"  sales_report {mine:.1f} ms, hand-written SQL {base:.1f} ms, ratio {mine / base:.2f}x (≤ 300 ms, ≤ 2x)")
    print(f"  owed by age at the end of {last_day} ({len(owed.invoices):,} open invoices): {owed_ms:.1f} ms")
    print(f"  reports screen opened on {last_day:%Y-%m} with every report in {screen:.0f} ms (≤ 500 ms)")


def _same_figures(report: Any, floor: Sequence[Any]) -> None:
    """The report's days and its total's cars are the hand-written query's (its last row is 'total')."""
    *days, total = floor
    assert report.total.cars == int(total._mapping["cars"]) and total._mapping["day"] == "total"
    rows: tuple[SalesRow, ...] = report.rows
    floor = days
    names = ("invoices", "credit_notes", "labour", "parts", "discounts", "vat", "total", "cash", "card", "transfer")
    for ours, theirs in zip(rows, floor, strict=True):
        t = theirs._mapping
        assert ours.period == t["day"], (ours.period, t["day"])
        for name in (*names, "refunds", "cars"):
            assert getattr(ours, name) == int(t[name]), (ours.period, name, getattr(ours, name), t[name])


if __name__ == "__main__":
    main(sys.argv[1:])
