"""Cycles are collected on the GUI thread only (ui.gui_gc), so a widget is never freed on a worker thread."""

from __future__ import annotations

import gc
import threading
from typing import Any, ClassVar

from ui.gui_gc import GuiThreadCollector


class _Cycle:
    """Garbage only the cycle collector can free; says on which thread it was freed."""

    freed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread().name)


def _make_garbage_on_a_worker(cycles: int = 1000, churn: int = 200_000) -> None:
    def work() -> None:
        for _ in range(cycles):
            _Cycle()
        junk: list[Any] = []
        for n in range(churn):  # allocations enough to pass every threshold many times over
            junk.append([n])
            if len(junk) > 1000:
                junk.clear()

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()


def test_the_tests_run_screens_with_the_collector_on_the_gui_thread() -> None:
    assert not gc.isenabled()  # tests/ui/conftest.py does what ui.app does


def test_cycles_made_on_a_worker_are_freed_on_the_gui_thread(qtbot: Any) -> None:
    _Cycle.freed_on.clear()
    collector = GuiThreadCollector(interval_ms=50)
    try:
        _make_garbage_on_a_worker()
        assert _Cycle.freed_on == []  # the worker allocated a lot, but collected nothing
        qtbot.waitUntil(lambda: len(_Cycle.freed_on) == 1000, timeout=5000)
        assert set(_Cycle.freed_on) == {threading.main_thread().name}
    finally:
        collector.stop()


def test_without_it_a_worker_would_collect_them() -> None:
    """What the collector prevents, shown: with automatic collection on, the worker frees the cycles."""
    _Cycle.freed_on.clear()
    gc.enable()
    try:
        _make_garbage_on_a_worker()
    finally:
        gc.disable()
    assert "worker" in _Cycle.freed_on


def test_stop_gives_automatic_collection_back() -> None:
    gc.enable()
    collector = GuiThreadCollector()
    assert not gc.isenabled()
    collector.stop()
    assert gc.isenabled()
    gc.disable()  # as this test's fixture left it
