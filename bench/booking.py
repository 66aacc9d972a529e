"""Booking a request for a mechanic with 1,000 open jobs, against one with none, in the same run.

Two SQLite shops (WAL, synchronous=FULL, as the app runs): in one the mechanic's
queue is empty, in the other it holds 1,000 accepted, unfinished jobs (1–3
man-days each, years of work). Each then takes the same `RequestRepair`s, timed
one by one (the command and every policy it sets off, committed: man-days
reserved at the end of the queue with its promise, job created). The extra work
per request is the difference of the medians; the first booking of the day,
which re-plans the whole queue once, is reported apart. A third shop books with
the queue switched off (no calendar, no promise: the booking as it was before
the queue existed), for what the queue costs at all.

Target (issue 10): under 2 ms of extra work per request.
"""

from __future__ import annotations

import os
import platform
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from app import queries
from app import schema as s
from app.bootstrap import Shop, bootstrap
from app.mechanic.schedule import ScheduleRepository
from domain.commands import FinishJob, RegisterMechanic, RegisterPart, RequestPart, RequestRepair, StartJob

OPEN_JOBS = 1_000
REQUESTS = 300
ROUNDS = 3


def shop_with_queue(folder: Path, open_jobs: int) -> tuple[Shop, int, float]:
    shop = bootstrap(database_url=f"sqlite:///{folder / 'shop.db'}", invoice_dir=folder / "inv", actor="bench")
    shop.bus.after_commit.remove(shop.documents.schedule_for)
    mechanic = shop.handle(RegisterMechanic("벤치", 10_000))
    rng = random.Random(10)
    for i in range(open_jobs):
        shop.handle(RequestRepair(f"대기{i}", f"99가{i:04d}", mechanic, rng.randint(1, 3), 50_000))
    # The first booking of a day re-plans the whole queue (once a day): measured apart.
    with shop.db.write.begin() as conn:
        conn.execute(s.mechanic.update().values(planned_on=None))
    start = time.perf_counter()
    shop.handle(RequestRepair("첫손님", "11가0000", mechanic, 1, 50_000))
    first = time.perf_counter() - start
    return shop, mechanic, first


def timed_requests(shop: Shop, mechanic: int, n: int) -> list[float]:
    times = []
    for i in range(n):
        command = RequestRepair(f"고객{i}", f"12가{i:04d}", mechanic, 1, 50_000)
        start = time.perf_counter()
        shop.handle(command)
        times.append(time.perf_counter() - start)
    return times


class _NoQueue:
    """The queue switched off: no calendar read, no promise, no re-planning (man-days still come back)."""

    def __enter__(self) -> None:
        r = ScheduleRepository
        self.saved = r.slot_for_new, r.enqueue, r.replan, r.start
        r.slot_for_new = lambda *_a, **_k: None  # type: ignore[assignment,method-assign]
        r.enqueue = lambda *_a, **_k: None  # type: ignore[method-assign]
        r.replan = lambda *_a, **_k: []  # type: ignore[method-assign]
        r.start = lambda *_a, **_k: None  # type: ignore[method-assign]

    def __exit__(self, *_exc: object) -> None:
        r = ScheduleRepository
        r.slot_for_new, r.enqueue, r.replan, r.start = self.saved  # type: ignore[method-assign]


def lifecycles(shop: Shop, mechanic: int, part: int, first: int, n: int) -> list[float]:
    """Whole lifecycles (request, start, part, finish), timed one by one."""
    times = []
    for i in range(first, first + n):
        start = time.perf_counter()
        rid = shop.handle(RequestRepair(f"고객{i}", f"34나{i:04d}", mechanic, 1, 50_000))
        job = shop.query(queries.board_row, rid).job_id
        shop.handle(StartJob(job))
        shop.handle(RequestPart(job, part, 1))
        shop.handle(FinishJob(job))
        times.append(time.perf_counter() - start)
    return times


def lifecycle_overhead() -> tuple[float, float]:
    """Median lifecycle with the queue and with it switched off, interleaved (seconds)."""
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as a, tempfile.TemporaryDirectory(dir=Path.cwd()) as b:
        shops = []
        for folder in (a, b):
            shop, mechanic, _ = shop_with_queue(Path(folder), 0)
            part = shop.handle(RegisterPart("BENCH-1", "벤치 부품", 10_000, stock=1_000_000))
            shops.append((shop, mechanic, part))
        on: list[float] = []
        off: list[float] = []
        try:
            for k in range(8):
                on += lifecycles(*shops[0], 1000 * k, 25)
                with _NoQueue():
                    off += lifecycles(*shops[1], 1000 * k, 25)
        finally:
            for shop, _m, _p in shops:
                shop.close()
    return statistics.median(on), statistics.median(off)


def queue_work(shop: Shop, mechanic: int, n: int = 300) -> float:
    """The queue's own work per booking (calendar read, slot from the stored end, enqueue), median seconds.

    An upper bound: booking now writes the promise and the queue's end in the statements it makes anyway
    (the reservation's insert, the conditional UPDATE); `enqueue` writes them in two more.

    Inside one transaction, rolled back: no commit and no fsync, so the machine's
    noise (other processes, the disk) hardly reaches it.
    """
    today = date.today()
    times = []
    with shop.db.write.connect() as conn:
        tx = conn.begin()
        repo = ScheduleRepository(conn)
        for _ in range(n):
            start = time.perf_counter()
            slot = repo.slot_for_new(mechanic, today, 1)
            repo.enqueue(mechanic, 0, "bench", slot, today)
            times.append(time.perf_counter() - start)
        tx.rollback()
    return statistics.median(times)


def main() -> None:
    bare_medians, empty_medians, full_medians, firsts = [], [], [], []
    work_empty: list[float] = []
    work_full: list[float] = []
    for _ in range(ROUNDS):
        with (
            tempfile.TemporaryDirectory(dir=Path.cwd()) as a,
            tempfile.TemporaryDirectory(dir=Path.cwd()) as b,
            tempfile.TemporaryDirectory(dir=Path.cwd()) as c,
        ):
            bare, m_bare, _ = shop_with_queue(Path(c), 0)
            empty, m0, _ = shop_with_queue(Path(a), 0)
            full, m1, first = shop_with_queue(Path(b), OPEN_JOBS)
            try:
                # Interleaved in slices, so the machine's noise falls on all three alike.
                tb: list[float] = []
                t0: list[float] = []
                t1: list[float] = []
                work_empty.append(queue_work(empty, m0))
                work_full.append(queue_work(full, m1))
                for _slice in range(REQUESTS // 50):
                    with _NoQueue():
                        tb += timed_requests(bare, m_bare, 50)
                    t0 += timed_requests(empty, m0, 50)
                    t1 += timed_requests(full, m1, 50)
            finally:
                for shop in (bare, empty, full):
                    shop.close()
            bare_medians.append(statistics.median(tb))
            empty_medians.append(statistics.median(t0))
            full_medians.append(statistics.median(t1))
            firsts.append(first)
    bare_ms = statistics.median(bare_medians)
    base, loaded = statistics.median(empty_medians), statistics.median(full_medians)
    print(f"machine: {platform.machine()} {os.cpu_count()} cores, python {sys.version.split()[0]}, {date.today()}")
    print(f"RequestRepair, queue switched off: {bare_ms * 1e3:7.3f} ms  (rounds {_ms(bare_medians)})")
    print(f"RequestRepair, empty queue:        {base * 1e3:7.3f} ms  (rounds {_ms(empty_medians)})")
    print(f"RequestRepair, {OPEN_JOBS:,} open jobs:     {loaded * 1e3:7.3f} ms  (rounds {_ms(full_medians)})")
    print(f"extra work per request:            {(loaded - base) * 1e3:7.3f} ms  (target < 2 ms)")
    print(f"the queue's own cost, 1,000 jobs:  {(loaded - bare_ms) * 1e3:7.3f} ms  (vs. switched off)")
    print(
        f"the queue's work per booking, in a transaction: empty {statistics.median(work_empty) * 1e3:.3f} ms, "
        f"{OPEN_JOBS:,} open jobs {statistics.median(work_full) * 1e3:.3f} ms"
    )
    with_queue, without = lifecycle_overhead()
    print(
        f"whole lifecycle (request, start, part, finish): with the queue {with_queue * 1e3:.2f} ms, "
        f"switched off {without * 1e3:.2f} ms ({(with_queue / without - 1) * 100:+.0f}%)"
    )
    print(f"first booking of the day (re-plans {OPEN_JOBS:,} jobs): {statistics.median(firsts) * 1e3:7.1f} ms")


def _ms(values: list[float]) -> str:
    return ", ".join(f"{v * 1e3:.3f}" for v in values)


if __name__ == "__main__":
    main()
