"""What changed in the shop: this terminal's commits through the bus, other terminals' by a poll.

`ShopFeed` turns both into two Qt signals on the GUI thread:

* `board_rows(list[BoardRow])` — the latest state of every board row an event touched;
* `changed(frozenset[str])` — the event types that happened, so screens re-read what they show.

This terminal: `Shop.on_commit` calls us on the thread that ran the command; we read
the touched board rows right there (off the GUI thread) and hand them over by a
queued signal — never touching a widget from that thread. Other terminals:
`Shop.watch` (PostgreSQL LISTEN/NOTIFY, SQLite a poll of the log's last id) tells us
the log grew; then the reader thread reads only the rows touched since the last id
seen (indexed on `status_board.last_event_id`). Without `Shop.watch`, and as a
safety net beside it, a timer does the same check (a primary-key lookup, well
under a millisecond) every `interval_ms`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from app import queries
from app.board.projection import BOARD_EVENTS
from app.board.queries import BoardChanges as Changes
from app.board.queries import board_rows_for, changes_after
from app.eventlog.serialization import LoggedEvent
from app.queries import BoardRow
from ui.runner import CommandRunner, Mailbox

if TYPE_CHECKING:
    from app.shop import Shop

log = logging.getLogger(__name__)

SAFETY_POLL_MS = 5000  # beside Shop.watch: in case its thread stopped


#: What changes a mechanic's man-days, queue, promises or working days: screens that
#: show mechanics (the desk's picker, the mechanics screen) re-read on these.
MECHANIC_EVENTS = frozenset(
    {
        "MechanicRegistered",
        "ManDayChanged",
        "ManDayDecreased",
        "ManDayIncreased",
        "JobCreated",
        "JobStarted",
        "JobFinished",
        "JobCancelled",
        "PromisesMoved",
        "JobReassigned",
        "WorkingWeekdaysChanged",
        "DayOffAdded",
        "DayOffRemoved",
        "ShopClosureAdded",
        "ShopClosureRemoved",
    }
)


class _CommitListener:
    """The plain callable given to `Shop.on_commit` (which cannot unsubscribe): it goes quiet on detach."""

    def __init__(self, feed: ShopFeed, shop: Shop) -> None:
        self.feed: ShopFeed | None = feed
        self.shop = shop

    def __call__(self, logged: list[LoggedEvent]) -> None:
        feed = self.feed
        if feed is None:
            return
        receipt_ids = list(
            dict.fromkeys(
                int(e.event.receipt_id)  # type: ignore[attr-defined]
                for e in logged
                if e.event.event_type in BOARD_EVENTS
            )
        )
        rows = self.shop.query(board_rows_for, receipt_ids) if receipt_ids else []
        types = frozenset(e.event.event_type for e in logged)
        ids = [e.id for e in logged]
        if self.feed is None or not shiboken6.isValid(feed):
            self.feed = None
            return
        if feed.mailbox.post((rows, types, ids)):
            feed.local_commit.emit()


class ShopFeed(QObject):
    """Board rows and event types from this terminal (bus) and others (poll), on the GUI thread."""

    board_rows = Signal(object)
    changed = Signal(object)
    #: A poll finished: True when the database answered (the status bar's "live" light).
    synced = Signal(bool)
    #: Emitted on the writer thread when commits wait in `mailbox`; delivered queued to the GUI thread.
    local_commit = Signal()
    #: Emitted on the watcher's thread when the shared log grew; delivered queued to the GUI thread.
    log_grew = Signal()
    #: Another terminal is restoring the shop from a backup: the shop here has let go and refuses commands.
    restore_elsewhere = Signal()

    def __init__(
        self, shop: Shop, runner: CommandRunner, interval_ms: int = 500, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.shop = shop
        self.runner = runner
        self.seen: int | None = None
        self._polling = False
        self._failing = False
        self.mailbox = Mailbox()
        self._local_ids: set[int] = set()  # this terminal's events the poll has not passed yet
        self._listener = _CommitListener(self, shop)
        shop.on_commit(self._listener)
        self.local_commit.connect(self._on_local_commit, Qt.ConnectionType.QueuedConnection)
        self.log_grew.connect(self.poll, Qt.ConnectionType.QueuedConnection)
        self._interval_ms = interval_ms
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._watcher: Any = None

    def start(self, seen: int | None = None) -> None:
        """Follow the shop from event `seen` (default: the log's last event now)."""
        self.seen = self.shop.query(queries.last_event_id) if seen is None else seen
        watch = getattr(self.shop, "watch", None)
        if callable(watch):
            try:
                self._watcher = watch(self._log_grew, since=self.seen, on_restore=self._restore_seen)
                self._timer.setInterval(max(self._interval_ms, SAFETY_POLL_MS))
            except Exception:
                log.warning("cannot watch the event log; polling every %d ms instead", self._interval_ms, exc_info=True)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._listener.feed = None
        watcher, self._watcher = self._watcher, None
        if watcher is not None:
            watcher.stop()

    def _log_grew(self, _last_event_id: int) -> None:
        """On the watcher's thread: only wake the GUI thread (the read happens on the reader thread)."""
        if shiboken6.isValid(self):
            self.log_grew.emit()

    def _restore_seen(self) -> None:
        """On the watcher's thread: the shop has stopped; tell the GUI thread (a queued signal)."""
        if shiboken6.isValid(self):
            self.restore_elsewhere.emit()

    @Slot()
    def poll(self) -> None:
        if self._polling or self.seen is None:
            return
        self._polling = True
        self.runner.read_call(self._read_changes, self.seen, on_done=self._polled)

    def _read_changes(self, seen: int) -> Changes:
        try:
            return self.shop.query(changes_after, seen)
        except Exception as exc:  # the database is away: say so in the status bar, keep polling
            if not self._failing:
                log.warning("cannot read the shop's database: %s", exc)
            return Changes(seen, [], [], error=str(exc) or type(exc).__name__)

    def _polled(self, changes: Changes) -> None:
        self._polling = False
        self._failing = bool(changes.error)
        if self.seen is not None:
            self.seen = max(self.seen, changes.upto)
        if changes.rows:
            self.board_rows.emit(changes.rows)
        # This terminal's own events came through the bus already: the screens re-read once, not twice.
        types = frozenset(t for event_id, t in changes.events if event_id not in self._local_ids)
        self._local_ids = {i for i in self._local_ids if i > changes.upto}
        if types:
            self.changed.emit(types)
        self.synced.emit(not changes.error)
        if changes.more:
            QTimer.singleShot(0, self.poll)

    @Slot()
    def _on_local_commit(self) -> None:
        rows: list[BoardRow] = []
        types: set[str] = set()
        for commit_rows, commit_types, ids in self.mailbox.take_all():
            rows.extend(commit_rows)
            types |= commit_types
            self._local_ids.update(ids)
        if rows:
            self.board_rows.emit(rows)
        if types:
            self.changed.emit(frozenset(types))
