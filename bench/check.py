"""`check` on a shop with a real history, and what the event chain costs a command.

1. check: a SQLite shop is built through `Shop.handle` (every row and event as the
   desk makes them: receipt, job, part, invoice, payment; every 25th invoice
   voided and refunded; a Z report closing each day of 40 receipts), then
   `python -m app check` (app.checks.check_database: read-only, chain and money
   rebuilt from the events included) is timed at growing sizes to show it grows
   linearly, and at --receipts (default 100,000; building it takes a while).
2. chain: the lifecycle of bench/lifecycle.py with the chain on, and with it off
   (hashing and the head row's lock and update stubbed out), taking turns in the
   same run. Target: the chain adds under 5 %.

    .venv/bin/python -m bench check                 (sizes 2,000 / 4,000 / 8,000, then the chain)
    .venv/bin/python -m bench.check --receipts 100000
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from app import queries
from app.bootstrap import bootstrap
from app.checks import check_database
from app.eventlog import chain
from domain.commands import (
    CloseDay,
    FinishJob,
    RecordPayment,
    RecordRefund,
    RegisterMechanic,
    RegisterPart,
    RequestPart,
    RequestRepair,
    StartJob,
    VoidInvoice,
)

PER_DAY = 40


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2022, 1, 3, 9, 0).astimezone()

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def build(folder: Path, receipts: int) -> str:
    url = f"sqlite:///{folder / 'shop.db'}"
    clock = Clock()
    shop = bootstrap(database_url=url, invoice_dir=folder / "inv", actor="bench", clock=clock)
    shop.bus.after_commit.remove(shop.documents.schedule_for)  # no PDFs: check reads none
    try:
        # A mechanic holds at most 10,000 man-days: a new one every 9,000 receipts.
        mechanics = [shop.handle(RegisterMechanic(f"벤치{k}", 9_000)) for k in range(receipts // 9_000 + 1)]
        part = shop.handle(RegisterPart("BENCH-1", "벤치 부품", 10_000, stock=min(receipts * 2, 1_000_000)))
        for n in range(1, receipts + 1):
            mechanic = mechanics[(n - 1) // 9_000]
            receipt = shop.handle(RequestRepair(f"고객{n % 97}", f"12가{n % 9999:04d}", mechanic, 1, 50_000))
            job = shop.query(queries.board_row, receipt).job_id
            shop.handle(StartJob(job))
            shop.handle(RequestPart(job, part, 1))
            shop.handle(FinishJob(job))
            invoice_no = shop.query(queries.board_row, receipt).invoice_no
            shop.handle(RecordPayment(invoice_no, 66_000, "card" if n % 3 else "cash"))
            if n % 25 == 0:
                shop.handle(VoidInvoice(invoice_no, "bench"))
                shop.handle(RecordRefund(invoice_no, 66_000, "card" if n % 3 else "cash"))
            if n % PER_DAY == 0:
                day = clock.now.date().isoformat()
                clock.now = clock.now.replace(hour=9, minute=0, second=0) + timedelta(days=1)
                shop.handle(CloseDay(day))
    finally:
        shop.close()
    return url


def timed_check(url: str) -> tuple[float, bool, int]:
    start = time.perf_counter()
    report = check_database(url)
    elapsed = time.perf_counter() - start
    if not report.ok:
        print(report.render())
    events = sqlite3.connect(url.removeprefix("sqlite:///")).execute("SELECT count(*) FROM event_log").fetchone()[0]
    return elapsed, report.ok, int(events)


def check_at(sizes: list[int]) -> None:
    for n in sizes:
        with tempfile.TemporaryDirectory(dir=Path.cwd()) as d:
            t0 = time.perf_counter()
            url = build(Path(d), n)
            built = time.perf_counter() - t0
            runs = [timed_check(url) for _ in range(3)]
            best = min(r[0] for r in runs)
            verdict = "all guarantees hold" if all(r[1] for r in runs) else "BROKEN"
            events = runs[0][2]
            print(
                f"check, {n:>7,} receipts ({events:,} events, built in {built:.0f} s): "
                f"{best:6.2f} s best of 3, {best / n * 1e6:6.1f} µs/receipt, {verdict}"
            )


# -- what the chain costs ------------------------------------------------------------------
def lifecycles_per_second(folder: Path, n: int) -> float:
    from bench.lifecycle import app_per_second

    return app_per_second(folder, n)


def without_chain() -> Callable[[], None]:
    """Stub the chain out (no hash, no head row lock or update); returns the undo."""
    saved: dict[str, Any] = {name: getattr(chain, name) for name in ("link", "lock_head", "store_head")}
    chain.link = lambda *_a: ""  # type: ignore[assignment]
    chain.lock_head = lambda _conn: chain.ChainHead("", 0, 0)  # type: ignore[assignment]
    chain.store_head = lambda _conn, _head: None  # type: ignore[assignment]

    def undo() -> None:
        for name, fn in saved.items():
            setattr(chain, name, fn)

    return undo


def chain_cost(rounds: int = 5, n: int = 200) -> None:
    on, off = [], []
    for _ in range(rounds):
        with tempfile.TemporaryDirectory(dir=Path.cwd()) as d:
            undo = without_chain()
            try:
                off.append(lifecycles_per_second(Path(d), n))
            finally:
                undo()
        with tempfile.TemporaryDirectory(dir=Path.cwd()) as d:
            on.append(lifecycles_per_second(Path(d), n))
    a, b = statistics.median(off), statistics.median(on)
    print(f"lifecycles/s without the chain: {a:7.1f}  (rounds {', '.join(f'{x:.0f}' for x in off)})")
    print(f"lifecycles/s with the chain:    {b:7.1f}  (rounds {', '.join(f'{x:.0f}' for x in on)})")
    print(f"the chain adds {(a / b - 1) * 100:+.1f} % to a lifecycle  (target < 5 %)")


def chain_share(n: int = 300) -> None:
    """The time spent inside the chain (hashing, the head row's lock and update) as a share of the
    lifecycles' time, in one run: numerator and denominator see the same machine load."""
    spent = [0.0]
    saved: dict[str, Any] = {name: getattr(chain, name) for name in ("link", "lock_head", "store_head")}

    def timed(fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return fn(*args)
            finally:
                spent[0] += time.perf_counter() - t0

        return run

    for name, fn in saved.items():
        setattr(chain, name, timed(fn))
    try:
        with tempfile.TemporaryDirectory(dir=Path.cwd()) as d:
            rate = lifecycles_per_second(Path(d), n)  # timed from the first lifecycle on
        total = n / rate
    finally:
        for name, fn in saved.items():
            setattr(chain, name, fn)
    print(f"time inside the chain: {spent[0] * 1e3:.0f} ms of {total * 1e3:.0f} ms ({spent[0] / total * 100:.1f} %)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.check", description=__doc__.splitlines()[0])
    parser.add_argument("--receipts", type=int, default=0, help="also time check on a shop this large")
    parser.add_argument("--sizes", default="2000,4000,8000")
    parser.add_argument("--no-chain-cost", action="store_true")
    args = parser.parse_args(argv if argv is not None else [])
    print(
        f"machine: {platform.machine()} {os.cpu_count()} cores, python {sys.version.split()[0]}, "
        f"SQLite {sqlite3.sqlite_version}, {date.today()}"
    )
    sizes = [int(x) for x in args.sizes.split(",") if x]
    if args.receipts:
        sizes.append(args.receipts)
    check_at(sizes)
    if not args.no_chain_cost:
        chain_cost()
        chain_share()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
