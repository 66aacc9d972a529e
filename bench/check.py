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

3. board: the status-board check before and after it folded the board in memory — the
   old way (a temporary board, `projection.rebuild` through one SQL statement per event,
   then compared) against `app.checks._board_is_derived` (app.board.projection.fold,
   compared with the stored board), same shop, same run, taking turns; their findings
   must be equal. On the handle-built shops above, and (--seeded N) on the bulk-seeded
   shop of bench/ui_seed.py, whole `check` included.

    .venv/bin/python -m bench check                 (sizes 2,000 / 4,000 / 8,000, then the chain)
    .venv/bin/python -m bench.check --receipts 100000
    .venv/bin/python -m bench.check --sizes 2000 --no-chain-cost --seeded 100000
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from app import queries
from app.bootstrap import bootstrap
from app.checks import check_database
from app.eventlog import chain
from domain.commands import (
    AddDiscount,
    AddLabour,
    CancelRepair,
    CloseDay,
    FinishJob,
    RecordPayment,
    RecordRefund,
    RegisterMechanic,
    RegisterPart,
    RequestPart,
    RequestRepair,
    StartJob,
    TakePayment,
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
    """A shop of `receipts` receipts with the realistic lifecycle of `lifecycle` (one file)."""
    return build_sizes(folder, [receipts])[receipts]


def lifecycle(shop: Any, clock: Clock, n: int, mechanic: int, parts: list[int]) -> None:
    """Receipt `n` as the desk and the bay make it, every command through `Shop.handle`.

    Every 50th is cancelled before work; the rest: started, one or two parts, a labour line, every 4th a
    discount, finished (the bill), paid (every 3rd in two tenders: card and cash), every 25th voided and
    refunded; a Z report closes each day of PER_DAY receipts. About 13 events a receipt.
    """
    receipt = shop.handle(
        RequestRepair(f"고객{n % 997}", f"{10 + n % 89}가{n % 9999:04d}", mechanic, 1, 50_000, customer_phone="")
    )
    if n % 50 == 0:
        shop.handle(CancelRepair(receipt, "고객 취소"))
    else:
        job = shop.query(queries.board_row, receipt).job_id
        shop.handle(StartJob(job))
        shop.handle(RequestPart(job, parts[n % len(parts)], 1))
        if n % 2:
            shop.handle(RequestPart(job, parts[(n + 1) % len(parts)], 2))
        line = shop.handle(AddLabour(job, "점검 및 조정", 20_000 + (n % 7) * 1_000))
        if n % 4 == 0:
            shop.handle(AddDiscount(job, "단골 할인", percent=5, line_id=line))
        shop.handle(FinishJob(job))
        row = shop.query(queries.board_row, receipt)
        invoice_no, total = row.invoice_no, row.total_price
        method = "card" if n % 3 else "cash"
        if n % 3 == 1:
            shop.handle(TakePayment(invoice_no, (("card", total - 10_000), ("cash", 10_000))))
        else:
            shop.handle(RecordPayment(invoice_no, total, method))
        if n % 25 == 0:
            shop.handle(VoidInvoice(invoice_no, "bench"))
            shop.handle(RecordRefund(invoice_no, total, method))
    if n % PER_DAY == 0:
        day = clock.now.date().isoformat()
        clock.now = clock.now.replace(hour=9, minute=0, second=0) + timedelta(days=1)
        shop.handle(CloseDay(day))


def copy_file(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite file (its WAL included), by SQLite's backup API."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def build_sizes(folder: Path, sizes: list[int]) -> dict[int, str]:
    """One history grown to the largest of `sizes`, a copy of the file kept at each size: {size: url}.

    A file already in `folder` for a size (shop-N.db) is reused, so several runs can share one build.
    """
    sizes = sorted(set(sizes))
    urls = {n: f"sqlite:///{folder / f'shop-{n}.db'}" for n in sizes}
    if all((folder / f"shop-{n}.db").exists() for n in sizes):
        return urls
    work = folder / "growing.db"
    for stale in folder.glob("growing.db*"):
        stale.unlink()
    clock = Clock()

    def open_shop() -> Any:
        shop = bootstrap(database_url=f"sqlite:///{work}", invoice_dir=folder / "inv", actor="bench", clock=clock)
        shop.bus.after_commit.remove(shop.documents.schedule_for)  # no PDFs: check reads none
        return shop

    shop = open_shop()
    try:
        # A mechanic holds at most 10,000 man-days: a new one every 9,000 receipts.
        mechanics = [shop.handle(RegisterMechanic(f"벤치{k}", 9_000)) for k in range(sizes[-1] // 9_000 + 1)]
        parts = [
            shop.handle(RegisterPart(f"BENCH-{k}", f"벤치 부품 {k}", 8_000 + 1_000 * k, stock=1_000_000))
            for k in range(5)
        ]
        for n in range(1, sizes[-1] + 1):
            lifecycle(shop, clock, n, mechanics[(n - 1) // 9_000], parts)
            if n in urls:
                shop.close()
                copy_file(work, folder / f"shop-{n}.db")
                shop = open_shop()
    finally:
        shop.close()
    for stale in folder.glob("growing.db*"):
        stale.unlink()
    return urls


def board_by_sql(conn: Any) -> list[str]:
    """The board check as it was before the fold: a temporary board, rebuilt by SQL, compared."""
    import re

    from sqlalchemy import MetaData, select

    from app import schema as s
    from app.board import projection
    from app.queries import BOARD_COLUMNS

    live_board = s.status_board.to_metadata(MetaData(), schema="main")
    live_columns = [live_board.c[c.name] for c in BOARD_COLUMNS]
    live = [tuple(r) for r in conn.execute(select(*live_columns).order_by(live_board.c.receipt_id))]
    ddl = conn.exec_driver_sql("SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = 'status_board'")
    conn.exec_driver_sql(re.sub(r"^CREATE TABLE", "CREATE TEMP TABLE", str(ddl.scalar_one()), count=1))
    for (sql,) in conn.exec_driver_sql(
        "SELECT sql FROM main.sqlite_master WHERE type = 'index' AND tbl_name = 'status_board' AND sql IS NOT NULL"
    ):
        conn.exec_driver_sql(re.sub(r"^CREATE (UNIQUE )?INDEX (\S+)", r"CREATE \1INDEX temp.\2", str(sql), count=1))
    projection.rebuild(conn)
    rebuilt = [tuple(r) for r in conn.execute(select(*BOARD_COLUMNS).order_by(s.status_board.c.receipt_id))]
    live_by_id = {row[0]: row for row in live}
    rebuilt_by_id = {row[0]: row for row in rebuilt}
    names = [c.name for c in BOARD_COLUMNS]
    breaches = []
    for receipt_id in sorted(set(live_by_id) | set(rebuilt_by_id)):
        a, b = live_by_id.get(receipt_id), rebuilt_by_id.get(receipt_id)
        if a is None or b is None:
            breaches.append(f"receipt {receipt_id} is only on the {'rebuilt' if a is None else 'live'} board")
        elif a != b:
            diff = [f"{n}: {x!r} ≠ {y!r}" for n, x, y in zip(names, a, b, strict=True) if x != y]
            breaches.append(f"receipt {receipt_id} differs: " + "; ".join(diff))
    return breaches


def board_before_after(url: str, label: str, rounds: int = 3) -> None:
    """The board check the old way and the new, taking turns on one shop; best of `rounds` each."""
    from app.checks import _board_is_derived, snapshot
    from app.db import open_read_only

    engine = open_read_only(url)
    old, new = [], []
    try:
        for _ in range(rounds):
            with snapshot(engine) as conn:
                t0 = time.perf_counter()
                before = board_by_sql(conn)
                old.append(time.perf_counter() - t0)
            with snapshot(engine) as conn:
                t0 = time.perf_counter()
                after = _board_is_derived(conn).breaches
                new.append(time.perf_counter() - t0)
            if before != after:
                raise SystemExit(f"{label}: the two board checks disagree ({len(before)} vs {len(after)} findings)")
    finally:
        engine.dispose()
    print(
        f"board check, {label}: by SQL {min(old):6.2f} s, folded in memory {min(new):6.2f} s "
        f"({min(old) / min(new):.1f}× faster), same {len(before):,} findings"
    )


def seeded_check(receipts: int) -> None:
    """The bulk-seeded shop of bench/ui_seed.py: the board check before and after, then all of `check`."""
    from bench import ui_seed

    with tempfile.TemporaryDirectory(dir=Path.cwd()) as d:
        t0 = time.perf_counter()
        url = ui_seed.build(Path(d) / "shop.db", receipts)
        built = time.perf_counter() - t0
        events = sqlite3.connect(url.removeprefix("sqlite:///")).execute("SELECT count(*) FROM event_log").fetchone()
        print(f"seeded shop, {receipts:,} receipts ({events[0]:,} events), built in {built:.0f} s")
        board_before_after(url, f"{receipts:,} seeded receipts")
        check_before_after(url, f"{receipts:,} seeded receipts")


def check_before_after(url: str, label: str, rounds: int = 3) -> None:
    """All of check, its board check the old way and the new, taking turns; best of `rounds` each."""
    before, after = [], []
    for _ in range(rounds):
        with board_checked_by_sql():
            before.append(timed_check(url, quiet=True)[0])
        after.append(timed_check(url, quiet=True)[0])
    for way, runs in (("board by SQL (before)", before), ("board folded (now)", after)):
        each = ", ".join(f"{r:.2f}" for r in runs)
        print(f"check, {label}, {way}: {min(runs):6.2f} s best of {rounds} ({each})")


@contextmanager
def board_checked_by_sql() -> Iterator[None]:
    """`check` with its board check as it was before the fold (bench only)."""
    from app import checks

    def old(conn: Any, _scan: Any = None) -> checks.CheckResult:
        return checks.CheckResult("status board equals the board rebuilt from the event log", board_by_sql(conn))

    saved = checks._board_is_derived
    checks._board_is_derived = old  # type: ignore[assignment]
    try:
        yield
    finally:
        checks._board_is_derived = saved


def timed_check(url: str, quiet: bool = False) -> tuple[float, bool, int]:
    start = time.perf_counter()
    report = check_database(url)
    elapsed = time.perf_counter() - start
    if not report.ok and not quiet:
        print(report.render())
    events = sqlite3.connect(url.removeprefix("sqlite:///")).execute("SELECT count(*) FROM event_log").fetchone()[0]
    return elapsed, report.ok, int(events)


PHASES = """
import json, os, sys, time
from app import checks, integrity
from app.checks import check_database, snapshot
from app.db import open_read_only

url = sys.argv[1]
engine = open_read_only(url)
times = {}
with snapshot(engine) as conn:
    scan = None
    if hasattr(integrity, "scan_log"):
        t0 = time.perf_counter()
        scan = integrity.scan_log(conn)
        times["one read of the log"] = time.perf_counter() - t0
    for name in CHECKS:
        fn = getattr(checks, name)
        t0 = time.perf_counter()
        fn(conn, scan) if scan is not None and name in FROM_THE_LOG else fn(conn)
        times[name] = time.perf_counter() - t0
engine.dispose()
t0, c0 = time.perf_counter(), os.times()
ok = check_database(url).ok
times["whole check"] = time.perf_counter() - t0
c1 = os.times()
# CPU of this process and its children (check forks one since check5): user + system
times["whole check, CPU of all processes"] = sum(c1[:4]) - sum(c0[:4])
print(json.dumps({"ok": ok, "times": times}))
"""

#: check's phases: the checks that read the event log (each read it itself before one read served them all)
#: and the largest of the others.
PHASE_CHECKS = (
    "_sqlite_integrity",
    "_event_chain",
    "_money_from_events",
    "_additional_work_from_events",
    "_man_days_conserved",
    "_stock_conserved",
    "_board_is_derived",
    "_invoice_arithmetic",
    "_invoices_match_receipts",
    "_jobs_per_receipt",
)
FROM_THE_LOG = PHASE_CHECKS[1:7]


def phase_times(url: str, tree: Path) -> dict[str, Any]:
    """check's phases and the whole check on `url`, with the code of `tree` (this one, or a baseline's)."""
    prelude = f"CHECKS = {PHASE_CHECKS!r}\nFROM_THE_LOG = {FROM_THE_LOG!r}\n"
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run(
        [sys.executable, "-c", prelude + PHASES, url], env=env, cwd=tree, capture_output=True, text=True, check=True
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def phases(url: str, label: str, baseline: Path | None) -> None:
    """Each phase, now and (with `baseline`) as the baseline tree's code does it, taking turns; best of 2."""
    trees = [("now", Path(__file__).resolve().parent.parent)]
    if baseline is not None:
        trees.insert(0, ("baseline", baseline))
    best: dict[str, dict[str, float]] = {}
    for _ in range(2):
        for name, tree in trees:
            found = phase_times(url, tree)
            if not found["ok"]:
                print(f"{label}, {name}: check finds breaches")
            mine = best.setdefault(name, {})
            for phase, took in found["times"].items():
                mine[phase] = min(mine.get(phase, took), took)
    names = sorted({p for t in best.values() for p in t}, key=lambda p: (p == "whole check", p))
    for phase in names:
        cells = "  ".join(f"{name} {best[name].get(phase, float('nan')):7.2f} s" for name, _ in trees)
        print(f"  {label}: {phase:32s} {cells}")


def check_at(sizes: list[int], keep: Path | None = None, baseline: Path | None = None) -> None:
    """check (and its phases) on one history at each size; `keep`: build into (or reuse) that folder."""
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as d:
        folder = keep or Path(d)
        folder.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        urls = build_sizes(folder, sizes)
        print(f"history of {max(sizes):,} receipts through Shop.handle: {time.perf_counter() - t0:.0f} s")
        for n in sorted(urls):
            url = urls[n]
            phases(url, f"{n:,} receipts", baseline)
            runs = [timed_check(url) for _ in range(3)]
            best = min(r[0] for r in runs)
            verdict = "all guarantees hold" if all(r[1] for r in runs) else "BROKEN"
            events = runs[0][2]
            print(
                f"check, {n:>7,} receipts ({events:,} events): "
                f"{best:6.2f} s best of 3 ({', '.join(f'{r[0]:.2f}' for r in runs)}), "
                f"{best / n * 1e6:6.1f} µs/receipt, {verdict}"
            )


# -- what the chain costs ------------------------------------------------------------------
def lifecycles_per_second(folder: Path, n: int) -> float:
    from bench.lifecycle import app_per_second

    return app_per_second(folder, n)[0]  # (per second, CPU ms each): the rate


def without_chain() -> Callable[[], None]:
    """Stub the chain out (no hash, no head row lock or update); returns the undo. Each event still
    gets a distinct stand-in (a counter): one command's events are matched to their ids by it."""
    saved: dict[str, Any] = {name: getattr(chain, name) for name in ("link", "lock_head", "store_head")}
    stand_in = itertools.count()
    chain.link = lambda *_a: str(next(stand_in))
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
    parser.add_argument("--keep", type=Path, help="build the shops into this folder, or reuse those in it")
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--baseline", type=Path, help="a worktree whose check is timed phase by phase too")
    parser.add_argument("--seeded", type=int, default=0, help="the board before/after and check on a seeded shop")
    args = parser.parse_args(argv if argv is not None else [])
    print(
        f"machine: {platform.machine()} {os.cpu_count()} cores, python {sys.version.split()[0]}, "
        f"SQLite {sqlite3.sqlite_version}, {date.today()}"
    )
    sizes = [int(x) for x in args.sizes.split(",") if x]
    if args.receipts:
        sizes.append(args.receipts)
    if args.build_only:
        t0 = time.perf_counter()
        build_sizes(args.keep or Path.cwd(), sizes)
        print(f"built {sizes} in {time.perf_counter() - t0:.0f} s")
        return 0
    check_at(sizes, args.keep, args.baseline)
    if args.seeded:
        seeded_check(args.seeded)
    if not args.no_chain_cost:
        chain_cost()
        chain_share()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
