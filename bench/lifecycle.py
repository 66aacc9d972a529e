"""Full repair lifecycles per second against the durable floor, on a SQLite file.

A lifecycle is what the desk and the bay do for one car: RequestRepair (→ man-days
reserved, job created), StartJob, RequestPart (→ stock taken, part received),
FinishJob (→ bill issued). The PDF is excluded. The floor is raw sqlite3 doing one
`BEGIN IMMEDIATE … COMMIT` per user command (four per lifecycle) on a WAL file
with synchronous=FULL — the same durability the app uses. Target: ratio ≤ 4× (issue 10; ≤ 5× before).
"""

from __future__ import annotations

import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from app import queries
from app.bootstrap import bootstrap
from domain.commands import FinishJob, RegisterMechanic, RegisterPart, RequestPart, RequestRepair, StartJob

ROUNDS = 3
LIFECYCLES = 200


def floor_per_second(path: Path, n: int) -> tuple[float, float]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS receipt (id INTEGER PRIMARY KEY, customer TEXT, status TEXT)")
    conn.execute("CREATE TABLE IF NOT EXISTS stock (id INTEGER PRIMARY KEY, qty INTEGER)")
    conn.execute("INSERT OR REPLACE INTO stock VALUES (1, 1000000000)")
    start, cpu = time.perf_counter(), time.process_time()
    for i in range(n):
        for sql, args in (
            ("INSERT INTO receipt (customer, status) VALUES (?, 'requested')", (f"c{i}",)),
            ("UPDATE receipt SET status='started' WHERE id=?", (i + 1,)),
            ("UPDATE stock SET qty = qty - 1 WHERE id=1 AND qty >= 1", ()),
            ("UPDATE receipt SET status='finished' WHERE id=?", (i + 1,)),
        ):
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(sql, args)
            conn.execute("COMMIT")
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    conn.close()
    return n / elapsed, cpu / n * 1000


def app_per_second(folder: Path, n: int) -> tuple[float, float]:
    shop = bootstrap(database_url=f"sqlite:///{folder / 'shop.db'}", invoice_dir=folder / "inv", actor="bench")
    shop.bus.after_commit.remove(shop.documents.schedule_for)  # PDF rendering is excluded here
    mechanic = shop.handle(RegisterMechanic("벤치", 1_000))
    part = shop.handle(RegisterPart("BENCH-1", "벤치 부품", 10_000, stock=1_000_000))
    start, cpu = time.perf_counter(), time.process_time()
    for i in range(n):
        receipt = shop.handle(RequestRepair(f"고객{i}", f"12가{i:04d}", mechanic, 1, 50_000))
        job = shop.query(queries.board_row, receipt).job_id
        shop.handle(StartJob(job))
        shop.handle(RequestPart(job, part, 1))
        shop.handle(FinishJob(job))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    shop.close()
    return n / elapsed, cpu / n * 1000


def main() -> None:
    floors, apps, floor_cpus, app_cpus = [], [], [], []
    for _ in range(ROUNDS):
        with tempfile.TemporaryDirectory(dir=Path.cwd()) as d:
            rate, cpu = floor_per_second(Path(d) / "floor.db", LIFECYCLES)
            floors.append(rate)
            floor_cpus.append(cpu)
        with tempfile.TemporaryDirectory(dir=Path.cwd()) as d:
            rate, cpu = app_per_second(Path(d), LIFECYCLES)
            apps.append(rate)
            app_cpus.append(cpu)
    floor, app_rate = statistics.median(floors), statistics.median(apps)
    floor_cpu, app_cpu = statistics.median(floor_cpus), statistics.median(app_cpus)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"machine: {platform.machine()} {os.cpu_count()} cores, python {sys.version.split()[0]}, {date.today()}")
    print(f"load average (1, 5, 15 min) at the end: {load}")
    rounds = ", ".join(f"{x:.0f}" for x in floors)
    print(f"durable floor (raw sqlite3, 4 commits/lifecycle): {floor:8.1f} lifecycles/s  (rounds {rounds})")
    rounds = ", ".join(f"{x:.0f}" for x in apps)
    print(f"pitlane (handle(), policies, board, event log):  {app_rate:8.1f} lifecycles/s  (rounds {rounds})")
    print(f"ratio floor/pitlane: {floor / app_rate:.2f}x  (target <= 4x)")
    # The disk's flush time swings with the machine's load; the CPU a lifecycle costs swings less.
    print(
        f"CPU per lifecycle: floor {floor_cpu:.2f} ms, pitlane {app_cpu:.2f} ms "
        f"(rounds {', '.join(f'{x:.2f}' for x in app_cpus)}), ratio {app_cpu / floor_cpu:.1f}x"
    )


if __name__ == "__main__":
    main()
