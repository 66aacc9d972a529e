"""Following the other terminals: a background thread that reports new events in the shared log.

PostgreSQL: `LISTEN pitlane_events` on a connection of its own. A transaction
that appended events sends `NOTIFY pitlane_events, '<its last event id>'` as it
commits (see app.db), so a watcher wakes within a round trip of the commit.
SQLite: a light poll of `max(event_log.id)` (the primary key: one b-tree
descent, no table read) on a connection of its own, every `poll_interval`.

Either way the watcher only learns *that* the log grew and up to which id; the
board then reads just the rows touched since its cursor::

    cursor = shop.query(queries.last_event_id)
    rows = shop.status_board()

    def on_new_events(last_event_id: int) -> None:   # runs on the watcher's thread
        bridge.changed.emit(last_event_id)             # e.g. a Qt signal, queued to the GUI

    watcher = shop.watch(on_new_events, since=cursor)
    # GUI thread, on `changed`: rows = shop.query(queries.board_rows_changed_after, cursor)
    ...
    watcher.stop()   # or shop.close(), which stops its watchers

A restore on another terminal (`app.restoring`) puts up a notice beside a SQLite
shop, seen in the poll, or sends `NOTIFY pitlane_events, 'restore:…'`: the
watcher then lets go of its own connection, calls `on_restore()` once and stops.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import make_url

from app.db import BUSY_TIMEOUT_MS, NOTIFY_CHANNEL
from app.restoring import is_restore_payload, sqlite_restoring

if TYPE_CHECKING:  # imported lazily: a SQLite-only terminal never loads psycopg
    import psycopg

log = logging.getLogger(__name__)

#: Seconds between two polls of a SQLite log.
SQLITE_POLL_INTERVAL = 0.1
#: Seconds a PostgreSQL listener waits for a notification before it checks for stop().
LISTEN_WAKE = 0.25
#: Longest pause between two attempts to reach a database that went away.
MAX_BACKOFF = 5.0

#: How the listening connection shows in pg_stat_activity.
APPLICATION_NAME = "pitlane-watch"

NewEvents = Callable[[int], None]
RestoreSeen = Callable[[], None]


class Watcher:
    """Calls `callback(last_event_id)` from a background thread whenever the shared event log grows.

    - `last_event_id` is the highest event id committed so far, by any terminal
      (this one included). Calls come one at a time, from the watcher's own
      thread, only when the id went up, and may skip ids: several commits in a
      burst can arrive as one call. Keep the callback short and thread-safe
      (hand over to the GUI thread by a queued signal); an exception in it is
      logged and the watcher goes on.
    - `since`: the id the caller has already seen (its board's cursor). When the
      log is already past it at start, the first call comes at once. Default:
      the current last id, read by `start()`.
    - A lost PostgreSQL connection is reopened, with growing pauses; on
      reconnection the watcher reads the last id, so nothing committed in the
      meantime is missed.
    - `on_restore`: called once, from the watcher's thread, when another
      terminal announces a restore of the shop; the watcher has closed its
      connection by then and stops.
    """

    def __init__(
        self,
        database_url: str,
        callback: NewEvents,
        *,
        since: int | None = None,
        poll_interval: float = SQLITE_POLL_INTERVAL,
        on_restore: RestoreSeen | None = None,
    ) -> None:
        self._url = make_url(database_url)
        self._backend = self._url.get_backend_name()
        if self._backend not in ("sqlite", "postgresql"):
            raise ValueError(f"Pitlane cannot watch a {self._backend} database.")
        self._callback = callback
        self._on_restore = on_restore
        #: Another terminal announced a restore: the watcher stopped for good.
        self.restore_seen = False
        self._last = since
        self._poll_interval = poll_interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    # -- public --------------------------------------------------------------------
    @property
    def last_event_id(self) -> int:
        """The highest event id reported so far (or the starting cursor)."""
        return self._last or 0

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> Watcher:
        """Start the background thread; returns self."""
        if self._thread is not None:
            raise RuntimeError("This watcher has been started already.")
        start_from = self._last
        if start_from is None:
            start_from = self._read_last_id_once()
        self._last = start_from
        self._thread = threading.Thread(target=self._run, name="pitlane-watch", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the thread and wait for it (at most `timeout` seconds). Safe to call twice."""
        self._stop.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    def __enter__(self) -> Watcher:
        return self if self._thread is not None else self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- both backends ---------------------------------------------------------------
    def _run(self) -> None:
        try:
            if self._backend == "postgresql":
                self._listen()
            else:
                self._poll()
        except Exception:
            log.exception("the watcher stopped on an unexpected error; other terminals' changes are not followed")
        if self.restore_seen:  # its connection is closed by now
            log.warning("another terminal is restoring the shop from a backup; this terminal stops")
            if self._on_restore is not None:
                try:
                    self._on_restore()
                except Exception:
                    log.exception("the watcher's restore callback failed")

    def _restore_announced(self) -> None:
        self.restore_seen = True
        self._stop.set()

    def _advance(self, last_id: int | None) -> None:
        if last_id is None or last_id <= (self._last or 0):
            return
        self._last = last_id
        try:
            self._callback(last_id)
        except Exception:
            log.exception("a watcher callback failed (event %d)", last_id)

    def _read_last_id_once(self) -> int:
        if self._backend == "sqlite":
            conn = self._sqlite_connect()
            try:
                return _sqlite_last_id(conn)
            finally:
                conn.close()
        import psycopg

        with psycopg.connect(self._conninfo(), autocommit=True) as pg:
            return _pg_last_id(pg)

    # -- SQLite: poll ----------------------------------------------------------------
    def _sqlite_connect(self) -> sqlite3.Connection:
        # Autocommit: each poll is its own short read, so the watcher never holds a
        # read transaction open (which would keep WAL checkpoints from finishing).
        conn = sqlite3.connect(
            self._url.database or "", timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return conn

    def _poll(self) -> None:
        conn: sqlite3.Connection | None = None
        failing = False
        notice_of = Path(self._url.database or "").expanduser()
        try:
            while not self._stop.wait(self._poll_interval):
                if sqlite_restoring(notice_of):
                    self._restore_announced()
                    return
                try:
                    if conn is None:
                        conn = self._sqlite_connect()
                    latest = _sqlite_last_id(conn)
                except sqlite3.Error as exc:
                    if not failing:
                        log.warning("watching the event log failed (%s); trying again", exc)
                    failing = True
                    if conn is not None:
                        conn.close()
                        conn = None
                    continue
                if failing:
                    log.info("watching the event log again")
                    failing = False
                self._advance(latest)
        finally:
            if conn is not None:
                conn.close()

    # -- PostgreSQL: LISTEN ----------------------------------------------------------
    def _conninfo(self) -> str:
        return self._url.set(drivername="postgresql").render_as_string(hide_password=False)

    def _listen(self) -> None:
        import psycopg

        backoff = 0.25
        while not self._stop.is_set():
            try:
                with psycopg.connect(self._conninfo(), autocommit=True, application_name=APPLICATION_NAME) as conn:
                    conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
                    # Listening before this read: a commit in between is both read here
                    # and notified, never neither.
                    self._advance(_pg_last_id(conn))
                    if backoff > 0.25:
                        log.info("listening to the other terminals again")
                    backoff = 0.25
                    self._listen_on(conn)
            except psycopg.Error as exc:
                if self._stop.is_set():
                    return
                log.warning("lost the connection that follows the other terminals (%s); retrying", exc)
                self._stop.wait(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF)

    def _listen_on(self, conn: psycopg.Connection[Any]) -> None:
        """Wait for notifications; never run a query on `conn` while its notifies() is open."""
        while not self._stop.is_set():
            reread = False
            for note in conn.notifies(timeout=LISTEN_WAKE):
                if is_restore_payload(note.payload):
                    self._restore_announced()
                    return
                try:
                    self._advance(int(note.payload))
                except ValueError:
                    reread = True  # someone else's NOTIFY on our channel: ask the log itself
                if self._stop.is_set():
                    break
            if reread:
                self._advance(_pg_last_id(conn))


def _sqlite_last_id(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT max(id) FROM event_log").fetchone()
    return int(row[0] or 0)


def _pg_last_id(conn: psycopg.Connection[Any]) -> int:
    row = conn.execute("SELECT coalesce(max(id), 0) FROM event_log").fetchone()
    return int(row[0]) if row else 0


def watch(
    database_url: str, callback: NewEvents, *, since: int | None = None, on_restore: RestoreSeen | None = None
) -> Watcher:
    """Start and return a watcher on `database_url` (see `Watcher`)."""
    return Watcher(database_url, callback, since=since, on_restore=on_restore).start()
