"""The first booking of a terminal: Korea's holidays loaded lazily by it, against warmed at bootstrap.

Each round starts a fresh process (so nothing is cached), bootstraps a new SQLite
shop (WAL, synchronous=FULL, as the app runs), registers a mechanic and times
its first `RequestRepair` (committed, policies included), then the median of the
next ten. In "lazy" the process skips `app.holidays.warm` at bootstrap, as
before: the first booking computes this year's holidays (the `holidays`
package's lunar tables). In "warmed" bootstrap has computed them. Bootstrap's
own time is reported too, since the work moves there. The two take turns;
medians of the rounds.

Target (issue 10): the first booking costs no more than ~2× a later one.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys

ROUNDS = 5
LATER = 10

_CHILD = """
import json, shutil, sys, tempfile, time
from pathlib import Path
import app.bootstrap
if sys.argv[1] == "lazy":
    app.bootstrap.warm_holidays = lambda today: None
from domain.commands import RegisterMechanic, RequestRepair
folder = Path(tempfile.mkdtemp(prefix="pitlane-bench-"))
t0 = time.perf_counter()
shop = app.bootstrap.bootstrap(database_url=f"sqlite:///{folder / 'shop.db'}", invoice_dir=folder / "inv", actor="b")
t1 = time.perf_counter()
mechanic = shop.handle(RegisterMechanic("벤치", 10_000))
times = []
for i in range(1 + int(sys.argv[2])):
    start = time.perf_counter()
    shop.handle(RequestRepair(f"손님{i}", f"12가{i:04d}", mechanic, 1, 50_000))
    times.append(time.perf_counter() - start)
shop.close()
shutil.rmtree(folder, ignore_errors=True)
print(json.dumps({"bootstrap": t1 - t0, "first": times[0], "later": sorted(times[1:])[len(times[1:]) // 2]}))
"""


def _round(mode: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", _CHILD, mode, str(LATER)], capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    runs: dict[str, list[dict[str, float]]] = {"lazy": [], "warmed": []}
    for _ in range(ROUNDS):
        for mode in runs:
            runs[mode].append(_round(mode))
    load = os.getloadavg()[0]
    print(f"{platform.machine()} {platform.system()}, Python {platform.python_version()}, load {load:.1f}")
    print(f"{'':8} {'bootstrap':>10} {'first booking':>14} {'later (median)':>15} {'first/later':>12}")
    for mode, rows in runs.items():
        boot, first, later = (statistics.median(r[k] for r in rows) * 1000 for k in ("bootstrap", "first", "later"))
        print(f"{mode:8} {boot:8.0f} ms {first:11.1f} ms {later:12.1f} ms {first / later:11.1f}×")


if __name__ == "__main__":
    main()
