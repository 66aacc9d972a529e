"""Desktop client benchmarks: cold start to a painted board, one event on the board, resident memory.

    .venv/bin/python -m bench.ui_client [--receipts 100000] [--runs 5]

All on the offscreen Qt platform (no display needed), in one run so the figures
compare on the same machine and load:

* cold start: a fresh process from `exec` to the first painted status board on a
  100,000-receipt SQLite shop (the real start-up path, `ui.app.start`, role board),
  against a fresh process showing a bare PySide6 window with a 10,000-row table;
  median of `--runs` of each, interleaved. Target: ratio ≤ 2.5.
* one event: the GUI-thread cost of applying one changed board row (`BoardModel.upsert`,
  with a shown view), alone and with the repaint it causes; and from this terminal's
  commit to the row on the board. Target: ≤ 2 ms.
* memory: resident set size (VmRSS) of the board terminal after its first paint, and of
  an all-screens terminal after every screen was shown once. Target: ≤ 150 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


def _rss_kb() -> tuple[int, int]:
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])


def _after_first_paint(widget, done) -> None:
    """Call `done()` once the widget has been painted (after its first Paint event is handled)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Watch(QObject):
        fired = False

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not self.fired:
                self.fired = True
                QTimer.singleShot(0, done)
            return False

    watch = Watch(widget)
    widget.installEventFilter(watch)


# -- children (each in a fresh interpreter) ------------------------------------------
def child_bare(rows: int) -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication(sys.argv[:1])
    model = QStandardItemModel(rows, 8)
    for r in range(rows):
        for c in range(8):
            model.setItem(r, c, QStandardItem(f"{r}-{c}"))
    view = QTableView()
    view.setModel(model)
    view.resize(1920, 1080)

    def done() -> None:
        rss, hwm = _rss_kb()
        print(json.dumps({"painted_at": time.time(), "rss_kb": rss, "hwm_kb": hwm}), flush=True)
        app.quit()

    _after_first_paint(view.viewport(), done)
    view.show()
    app.exec()


def child_app(url: str, role: str) -> None:
    from ui.app import start
    from ui.main_window import ROLE_SCREENS

    sys.argv[1:] = []
    args = argparse.Namespace(database=url, role=role, lang="ko", demo=False, profile=None, screenshot=None)
    started = start(args)
    assert started is not None
    window = started.window
    board = window.page("board")

    def report(extra: dict[str, object]) -> None:
        rss, hwm = _rss_kb()
        print(json.dumps({"painted_at": time.time(), "rss_kb": rss, "hwm_kb": hwm, **extra}), flush=True)

    def painted() -> None:
        if role == "board":
            report({"rows": board.model.rowCount()})
            started.app.quit()
            return
        for key in ROLE_SCREENS[role]:  # every screen once, as a day at the desk would
            window.show_screen(key)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and not window.runner.is_idle():
                started.app.processEvents()
            started.app.processEvents()
        report({"screens": list(ROLE_SCREENS[role])})
        started.app.quit()

    _after_first_paint(board.view.viewport(), painted)
    window.show_screen("board")
    started.app.exec()
    window.shutdown()
    started.shop.close()


#: Children cache their bytecode (as an installed application does) in a folder of their own,
#: even where PYTHONDONTWRITEBYTECODE is set, so the figures do not include compiling Python.
PYCACHE = Path(tempfile.gettempdir()) / "pitlane-bench-pycache"


def _spawn(*child_args: str) -> dict[str, float]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(PYCACHE))
    t0 = time.time()
    out = subprocess.run(
        [sys.executable, "-m", "bench.ui_client", *child_args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env=env,
        timeout=300,
    ).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    result["seconds"] = result["painted_at"] - t0
    return result


# -- in-process: one event on the board ------------------------------------------------
def one_event(url: str, n: int = 1000) -> dict[str, float]:
    from dataclasses import replace

    from PySide6.QtWidgets import QApplication

    from app import queries
    from app.bootstrap import bootstrap
    from domain.commands import RequestRepair
    from ui import theme
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme.apply(app)
    shop = bootstrap(database_url=url, invoice_dir=Path(tempfile.mkdtemp()) / "invoices", actor="bench")
    committed: list[float] = []
    shop.on_commit(lambda _logged: committed.append(time.perf_counter()))
    window = MainWindow(shop, "board")
    window.resize(1920, 1080)
    window.show()
    board = window.page("board")
    model = board.model
    for _ in range(20):
        app.processEvents()
    top = model.row_at(0)
    apply_ms, apply_paint_ms = [], []
    event = top.last_event_id
    for i in range(n):
        event += 1
        row = replace(top, job_status=("started", "finished")[i % 2], last_event_id=event)
        t0 = time.perf_counter()
        model.upsert(row)
        t1 = time.perf_counter()
        board.view.viewport().repaint(board.view.visualRect(model.index(0, 0)).adjusted(-2000, 0, 2000, 0))
        t2 = time.perf_counter()
        apply_ms.append((t1 - t0) * 1000)
        apply_paint_ms.append((t2 - t0) * 1000)
    fetch_ms = []
    for _ in range(200):
        t0 = time.perf_counter()
        shop.query(queries.board_row, top.receipt_id)
        fetch_ms.append((time.perf_counter() - t0) * 1000)
    mechanic = shop.query(queries.mechanics)[0].id
    latency_ms = []
    for i in range(30):
        committed.clear()
        before = model.rowCount()
        window.runner.submit(RequestRepair(f"벤치{i}", f"99가{1000 + i}", mechanic, 1, 10_000))
        while model.rowCount() == before:
            app.processEvents()
        latency_ms.append((time.perf_counter() - committed[0]) * 1000)
        time.sleep(0.3)  # single events, not a burst (a burst is coalesced on purpose)
        app.processEvents()
    window.shutdown()
    shop.close()

    def p(values: list[float], q: float) -> float:
        return sorted(values)[int(q * (len(values) - 1))]

    return {
        "apply_median_ms": statistics.median(apply_ms),
        "apply_p95_ms": p(apply_ms, 0.95),
        "apply_paint_median_ms": statistics.median(apply_paint_ms),
        "apply_paint_p95_ms": p(apply_paint_ms, 0.95),
        "fetch_row_median_ms": statistics.median(fetch_ms),
        "commit_to_board_median_ms": statistics.median(latency_ms),
        "commit_to_board_p95_ms": p(latency_ms, 0.95),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--receipts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--database", help="an existing large shop (default: build one in a temp folder)")
    parser.add_argument("--child-bare", type=int, metavar="ROWS", help=argparse.SUPPRESS)
    parser.add_argument("--child-app", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--role", default="board", help=argparse.SUPPRESS)
    args = parser.parse_args(argv if argv is not None else [])
    if args.child_bare:
        child_bare(args.child_bare)
        return
    if args.child_app:
        child_app(args.child_app, args.role)
        return

    from bench.ui_seed import build

    if args.database:
        url = args.database
    else:
        t0 = time.perf_counter()
        url = build(Path(tempfile.mkdtemp(prefix="pitlane-bench-")) / "shop.db", args.receipts)
        print(f"seeded {args.receipts:,} receipts in {time.perf_counter() - t0:.1f} s: {url}")
    _spawn("--child-app", url)  # warm the file cache and compile the .qm once, like a second start
    _spawn("--child-bare", "10000")
    bare, ours = [], []
    for _ in range(args.runs):
        bare.append(_spawn("--child-bare", "10000"))
        ours.append(_spawn("--child-app", url))
    bare_s = statistics.median(r["seconds"] for r in bare)
    ours_s = statistics.median(r["seconds"] for r in ours)
    all_screens = _spawn("--child-app", url, "--role", "all")
    event = one_event(url)
    figures = {
        "machine": f"{platform.node()} · {platform.processor() or platform.machine()} · {os.cpu_count()} cores · "
        f"Python {platform.python_version()} · {platform.system()} {platform.release()}",
        "bare_start_s": bare_s,
        "app_start_s": ours_s,
        "ratio": ours_s / bare_s,
        "board_rows_loaded": ours[-1]["rows"],
        "board_rss_mb": statistics.median(r["rss_kb"] for r in ours) / 1024,
        "bare_rss_mb": statistics.median(r["rss_kb"] for r in bare) / 1024,
        "all_screens_rss_mb": all_screens["rss_kb"] / 1024,
        "all_screens_peak_mb": all_screens["hwm_kb"] / 1024,
        **event,
    }
    print(json.dumps(figures, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
