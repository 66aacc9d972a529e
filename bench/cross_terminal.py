"""Cross-terminal latency: a commit on terminal A → the row updated in terminal B's board.

Terminal A is a separate process that handles one `RequestRepair` at a time and
reports the moment its commit returned (its `on_commit` hook). Terminal B, this
process, keeps a board model (receipt id → row) the way the desktop board does:
`shop.watch(callback)`, and on each call `queries.board_rows_changed_after(cursor)`.
The latency of an event is B's clock when the new row is in its model minus A's
clock at the commit (both CLOCK_MONOTONIC, one machine). A waits a random pause
before each command so commits fall at every phase of SQLite's poll.

    .venv/bin/python -m bench cross_terminal                        # SQLite, and PostgreSQL if set
    .venv/bin/python -m bench.cross_terminal --postgres URL --events 200

PostgreSQL comes from --postgres, else PITLANE_BENCH_POSTGRES_URL, else
PITLANE_TEST_POSTGRES_URL: a role that may create databases; the benchmark
makes one of its own and drops it afterwards. Targets: ≤ 20 ms (PostgreSQL),
≤ 300 ms (SQLite), median and p95 over 200 events.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import random
import statistics
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from multiprocessing.connection import Connection
from pathlib import Path

from app import queries
from app.bootstrap import bootstrap
from app.watch import SQLITE_POLL_INTERVAL
from domain.commands import RegisterMechanic, RequestRepair

EVENTS = 200
WARM_UP = 10
TARGET_MS = {"sqlite": 300.0, "postgresql": 20.0}


def terminal_a(url: str, invoice_dir: str, mechanic_id: int, pipe: Connection) -> None:
    """The front desk: on each "go", take one repair request and report when it committed."""
    shop = bootstrap(url, invoice_dir, actor="desk", terminal="terminal-a", deliver_pending=False)
    committed: list[float] = []
    shop.on_commit(lambda _events: committed.append(time.monotonic()))
    try:
        while True:
            message = pipe.recv()
            if message is None:
                break
            time.sleep(message)  # a random pause: commits at every phase of B's poll
            receipt_id = shop.handle(RequestRepair("김민준", "12가3456", mechanic_id, 1, 50_000))
            pipe.send((receipt_id, committed[-1]))
    finally:
        shop.close()
        pipe.close()


class Board:
    """Terminal B's board model: receipt id → row, kept current by the watcher."""

    def __init__(self, query: Callable[..., object], cursor: int) -> None:
        self._query = query
        self.cursor = cursor
        self.rows: dict[int, object] = {}
        self.first_seen: dict[int, float] = {}
        self.changed = threading.Condition()

    def on_new_events(self, _last_event_id: int) -> None:
        rows = self._query(queries.board_rows_changed_after, self.cursor)
        now = time.monotonic()
        with self.changed:
            for row in rows:  # type: ignore[attr-defined]
                self.rows[row.receipt_id] = row
                self.first_seen.setdefault(row.receipt_id, now)
                self.cursor = max(self.cursor, row.last_event_id)
            self.changed.notify_all()

    def wait_for(self, receipt_id: int, timeout: float = 30.0) -> float:
        with self.changed:
            if not self.changed.wait_for(lambda: receipt_id in self.first_seen, timeout):
                raise TimeoutError(f"receipt {receipt_id} never reached terminal B's board")
            return self.first_seen[receipt_id]


def measure(url: str, events: int, workdir: Path) -> list[float]:
    """Latencies in milliseconds, commit on A → row in B's board, for `events` events."""
    shop_b = bootstrap(url, workdir / "inv-b", actor="wall", terminal="terminal-b")
    try:
        mechanic_id = shop_b.handle(RegisterMechanic("박정비", 10_000))
        board = Board(shop_b.query, shop_b.query(queries.last_event_id))
        shop_b.watch(board.on_new_events, since=board.cursor)
        ctx = multiprocessing.get_context("spawn")
        ours, theirs = ctx.Pipe()
        a = ctx.Process(target=terminal_a, args=(url, str(workdir / "inv-a"), mechanic_id, theirs))
        a.start()
        latencies: list[float] = []
        try:
            for n in range(events + WARM_UP):
                ours.send(random.uniform(0, SQLITE_POLL_INTERVAL))
                receipt_id, committed_at = ours.recv()
                seen_at = board.wait_for(receipt_id)
                if n >= WARM_UP:
                    latencies.append((seen_at - committed_at) * 1000)
        finally:
            ours.send(None)
            a.join(60)
        return latencies
    finally:
        shop_b.close()


def postgres_admin_url(flag: str | None) -> str | None:
    """The server to measure on: --postgres, else PITLANE_BENCH_POSTGRES_URL, else PITLANE_TEST_POSTGRES_URL."""
    return flag or os.environ.get("PITLANE_BENCH_POSTGRES_URL") or os.environ.get("PITLANE_TEST_POSTGRES_URL")


@contextmanager
def postgres_database(admin_url: str) -> Iterator[str]:
    import psycopg
    from sqlalchemy.engine import make_url

    admin = make_url(admin_url)
    name = f"pitlane_bench_{os.getpid()}"
    conninfo = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield admin.set(drivername="postgresql+psycopg", database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def summary(backend: str, latencies: list[float]) -> str:
    ordered = sorted(latencies)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    median = statistics.median(ordered)
    target = TARGET_MS[backend]
    verdict = "ok" if median <= target and p95 <= target else "MISSED"
    return (
        f"{backend:10} events={len(ordered)} median={median:.1f} ms p95={p95:.1f} ms "
        f"max={ordered[-1]:.1f} ms  target ≤ {target:.0f} ms: {verdict}"
    )


def backend_arguments(parser: argparse.ArgumentParser) -> None:
    """--postgres and --only, as every benchmark that runs on both databases takes them."""
    parser.add_argument("--postgres", metavar="URL", help="admin URL of a PostgreSQL server (may create databases)")
    parser.add_argument("--only", choices=("sqlite", "postgresql"))


def on_each_backend(args: argparse.Namespace, run: Callable[[str, str, Path], None]) -> None:
    """`run(backend, url, work)` on a SQLite file and, when a server is named, a fresh PostgreSQL database."""
    pg_url = postgres_admin_url(args.postgres)
    print(f"{date.today()} {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}")
    with tempfile.TemporaryDirectory(prefix="pitlane-bench-") as tmp:
        work = Path(tmp)
        if args.only in (None, "sqlite"):
            run("sqlite", f"sqlite:///{work / 'shop.db'}", work)
        if args.only in (None, "postgresql"):
            if not pg_url:
                print("postgresql skipped: no server (--postgres URL or PITLANE_BENCH_POSTGRES_URL)")
            else:
                with postgres_database(pg_url) as url:
                    run("postgresql", url, work)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=EVENTS)
    backend_arguments(parser)
    args = parser.parse_args(argv or [])
    on_each_backend(args, lambda backend, url, work: print(summary(backend, measure(url, args.events, work))))


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
