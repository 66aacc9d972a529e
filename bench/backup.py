"""Seconds to back up a 100,000-receipt shop, Pitlane against SQLite's own backup API on the same file.

The shop is seeded as bench.ui_seed does (mechanics and parts through the shop,
100,000 receipts of history bulk-inserted). In the same run, taking turns:

- baseline: `sqlite3.Connection.backup` of the file into a new file, all pages
  in one step, from a plain connection — SQLite's own online backup API;
- Pitlane, copy: `app.backup.copy_sqlite` — a read-only connection holding one
  snapshot, steps of 1,024 pages with a progress callback, the copy switched
  to one self-contained file;
- Pitlane, automatic backup: `make_backup(check_guarantees=False)` — the copy,
  then SQLite's integrity check on it and its schema revision (what the daily
  and before-migration backups do);
- Pitlane, by hand: `make_backup()` — the same and every guarantee of `check`
  on the copy (`python -m app backup`).

Median of 3 rounds. Target: the backup within 1.5× of the baseline.

    .venv/bin/python -m bench backup        (or: python -m bench.backup --receipts 100000)
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
from pathlib import Path

from app import backup
from app.settings import Settings
from bench import ui_seed

ROUNDS = 3


def baseline(source: Path, target: Path) -> None:
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def pitlane_copy(source: Path, target: Path) -> None:
    backup.copy_sqlite(source, target, progress=lambda _done, _total: None).close()


def pitlane_automatic(source: Path, target: Path) -> None:
    backup.make_backup(f"sqlite:///{source}", Settings(), target, check_guarantees=False)


def pitlane_by_hand(source: Path, target: Path) -> None:
    result = backup.make_backup(f"sqlite:///{source}", Settings(), target)
    assert result.report is not None


def timed(fn: Callable[[Path, Path], None], source: Path, folder: Path, n: int) -> float:
    target = folder / f"{fn.__name__}-{n}.db"
    start = time.perf_counter()
    fn(source, target)
    elapsed = time.perf_counter() - start
    target.unlink()
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.backup", description=__doc__.splitlines()[0])
    parser.add_argument("--receipts", type=int, default=100_000)
    args = parser.parse_args(argv or [])
    with tempfile.TemporaryDirectory(prefix="pitlane-bench-backup-") as tmp:
        folder = Path(tmp)
        shop = folder / "shop.db"
        t0 = time.perf_counter()
        ui_seed.build(shop, args.receipts)
        size = shop.stat().st_size
        print(f"seeded {args.receipts:,} receipts ({size / 1e6:.0f} MB) in {time.perf_counter() - t0:.0f} s")
        runs: dict[str, list[float]] = {
            f.__name__: [] for f in (baseline, pitlane_copy, pitlane_automatic, pitlane_by_hand)
        }
        for n in range(ROUNDS):
            for fn in (baseline, pitlane_copy, pitlane_automatic, pitlane_by_hand):
                runs[fn.__name__].append(timed(fn, shop, folder, n))
        base = statistics.median(runs["baseline"])
        print(f"{platform.machine()}, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
              f"{os.cpu_count()} cores; median of {ROUNDS} rounds")  # fmt: skip
        for name, times in runs.items():
            median = statistics.median(times)
            print(f"  {name:<18} {median:7.2f} s   {median / base:5.2f}×   ({', '.join(f'{t:.2f}' for t in times)})")
        ratio = statistics.median(runs["pitlane_copy"]) / base
        print(f"backup (the copy) vs SQLite's backup API: {ratio:.2f}× (target ≤ 1.5×)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
