"""Database work off the GUI thread: one writer thread for commands, one reader thread for queries.

A `CommandRunner` runs `Shop.handle(command)` (or any callable) on a pool of one
thread, so commands from this terminal keep their order, and queries on a second
pool of one thread, so a long search never waits behind a burst of commands (and
the reverse). Each task is a `QRunnable` with a separate `QObject` for its
signal; the result comes back by a queued signal and the callbacks run on the
GUI thread.

    runner.submit(StartJob(7), on_done=..., on_error=...)
    runner.read(queries.parts, "brake", on_done=self.parts_model.set_rows)
    runner.call(shop.invoice_pdf, "2026-000012", on_done=open_pdf)   # any slow work (PDF, print)

`on_error(exc)` gets the exception; show `ui.errors.describe(exc)` where it
happened. Unexpected exceptions (not a `DomainError`) are also logged and
reported by `ui.errors.report_unexpected` whether or not `on_error` is given.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from domain.errors import DomainError
from ui import errors

if TYPE_CHECKING:
    from app.shop import Shop

log = logging.getLogger(__name__)

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


class Mailbox:
    """Items posted from worker threads, taken all at once on the GUI thread.

    Only the first post after a take asks for a wake-up, so a burst of a hundred
    results costs the GUI thread one queued call, not a hundred (each queued call
    into Python has to win the GIL from the busy worker first).
    """

    def __init__(self) -> None:
        self._items: deque[Any] = deque()
        self._lock = threading.Lock()
        self._armed = False

    def post(self, item: Any) -> bool:
        """Add `item`; True when the reader must be woken."""
        with self._lock:
            self._items.append(item)
            if self._armed:
                return False
            self._armed = True
            return True

    def take_all(self) -> list[Any]:
        with self._lock:
            items = list(self._items)
            self._items.clear()
            self._armed = False
            return items


class TaskSignals(QObject):
    """The signals of a task: a QRunnable is not a QObject."""

    #: Results wait in the runner's mailbox: take them (emitted once per batch).
    finished = Signal()


class Task(QRunnable):
    def __init__(
        self, task_id: int, fn: Callable[..., Any], args: tuple[Any, ...], signals: TaskSignals, mailbox: Mailbox
    ) -> None:
        super().__init__()
        self.task_id = task_id
        self.fn = fn
        self.args = args
        self.signals = signals
        self.mailbox = mailbox

    def run(self) -> None:
        try:
            outcome = (self.task_id, True, self.fn(*self.args))
        except Exception as exc:
            outcome = (self.task_id, False, exc)
        if self.mailbox.post(outcome):
            self.signals.finished.emit()


class CommandRunner(QObject):
    """Commands, queries and slow work off the GUI thread; results back on it."""

    #: True while commands are waiting or running (for a busy indicator).
    busy_changed = Signal(bool)
    #: A refusal nobody handled inline: shown in the status bar.
    unhandled_refusal = Signal(str)

    def __init__(self, shop: Shop, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._writes.setExpiryTimeout(-1)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(1)
        self._reads.setExpiryTimeout(-1)
        self._signals = TaskSignals(self)
        self._signals.finished.connect(self._take_results, Qt.ConnectionType.QueuedConnection)
        self._mailbox = Mailbox()
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[OnDone | None, OnError | None, bool]] = {}
        self._pending_writes = 0
        self._closed = False
        #: The window's `ui.feed.ShopFeed` (signals `changed`, `board_rows`), for screens that want it.
        self.feed: Any = None

    # -- submitting ---------------------------------------------------------------------
    def submit(self, command: Any, on_done: OnDone | None = None, on_error: OnError | None = None) -> None:
        """Run `shop.handle(command)` on the writer thread."""
        self.call(self.shop.handle, command, on_done=on_done, on_error=on_error)

    def call(
        self, fn: Callable[..., Any], *args: Any, on_done: OnDone | None = None, on_error: OnError | None = None
    ) -> None:
        """Run `fn(*args)` on the writer thread (writes, PDFs, printing: in submission order)."""
        self._start(self._writes, fn, args, on_done, on_error, write=True)

    def read(
        self, query: Callable[..., Any], *args: Any, on_done: OnDone | None = None, on_error: OnError | None = None
    ) -> None:
        """Run `shop.query(query, *args)` on the reader thread."""
        self._start(self._reads, self.shop.query, (query, *args), on_done, on_error, write=False)

    def read_call(
        self, fn: Callable[..., Any], *args: Any, on_done: OnDone | None = None, on_error: OnError | None = None
    ) -> None:
        """Run `fn(*args)` on the reader thread (a read that needs more than one query)."""
        self._start(self._reads, fn, args, on_done, on_error, write=False)

    def _start(
        self,
        pool: QThreadPool,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        on_done: OnDone | None,
        on_error: OnError | None,
        write: bool,
    ) -> None:
        if self._closed:
            return
        task_id = next(self._ids)
        self._callbacks[task_id] = (on_done, on_error, write)
        if write:
            self._pending_writes += 1
            if self._pending_writes == 1:
                self.busy_changed.emit(True)
        pool.start(Task(task_id, fn, args, self._signals, self._mailbox))

    # -- results ------------------------------------------------------------------------
    @Slot()
    def _take_results(self) -> None:
        for task_id, ok, payload in self._mailbox.take_all():
            self._finished(task_id, ok, payload)

    def _finished(self, task_id: int, ok: bool, payload: object) -> None:
        on_done, on_error, write = self._callbacks.pop(task_id, (None, None, False))
        if write:
            self._pending_writes -= 1
            if self._pending_writes == 0:
                self.busy_changed.emit(False)
        if ok:
            if on_done is not None and _alive(on_done):
                on_done(payload)
            return
        assert isinstance(payload, BaseException)
        if not isinstance(payload, DomainError):
            errors.report_unexpected(payload, getattr(payload, "__qualname__", "a background task"))
        if on_error is not None and _alive(on_error):
            on_error(payload)
        elif isinstance(payload, DomainError):
            self.unhandled_refusal.emit(errors.describe(payload))

    # -- life ---------------------------------------------------------------------------
    @property
    def pending(self) -> int:
        """Tasks (commands and reads) not finished yet."""
        return len(self._callbacks)

    @property
    def pending_writes(self) -> int:
        """Commands (and other writer-thread work) not finished yet."""
        return self._pending_writes

    def is_idle(self) -> bool:
        return not self._callbacks

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until both threads are idle (closing, tests); callbacks still need the event loop."""
        return bool(self._writes.waitForDone(msecs) and self._reads.waitForDone(msecs))

    def close(self, msecs: int = 30_000) -> None:
        """Refuse new work and wait for what runs (a command half-way must reach its commit)."""
        self._closed = True
        self.wait_for_done(msecs)


def _alive(callback: Callable[..., Any]) -> bool:
    """False when the callback is a method of a widget that has been deleted meanwhile."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)
