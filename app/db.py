"""Engines for the shop's database, and schema migration to head at start.

SQLite: WAL and synchronous=FULL (a committed payment survives a power cut),
foreign keys on, and every write transaction opened with BEGIN IMMEDIATE so a
read-then-write never fails with "database is locked" under concurrency: the
writer waits for the lock (busy_timeout) before reading anything.

PostgreSQL (psycopg 3): the same discipline. Every write transaction first takes
one transaction-level advisory lock, so writers follow each other as on SQLite:
no deadlock between terminals (the core does not retry those), and event ids
become visible in the order they were assigned, which is what lets another
terminal follow the log with a plain `id > cursor`. A transaction that appended
events sends `NOTIFY pitlane_events` (payload: the last event id) as it commits,
which wakes the other terminals' watchers (app.watch).
"""

from __future__ import annotations

import logging
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
MIGRATIONS = ROOT / "migrations"
BUSY_TIMEOUT_MS = 60_000
#: PostgreSQL advisory lock keys: one writer at a time; one migrator at a time.
WRITER_LOCK_KEY = 4242002
MIGRATION_LOCK_KEY = 4242001
#: The channel on which a committing PostgreSQL transaction announces new events.
NOTIFY_CHANNEL = "pitlane_events"
_EVENTS_WRITTEN = "pitlane_events_written"


@dataclass
class Database:
    """The write engine (serialised writers) and the read engine (plain snapshots)."""

    url: str
    write: Engine
    read: Engine

    @property
    def is_sqlite(self) -> bool:
        return self.write.dialect.name == "sqlite"

    def dispose(self) -> None:
        self.write.dispose()
        self.read.dispose()


def _enable_wal(cur: Any) -> None:
    """Switch the file to WAL, waiting out other terminals opening a new file at once.

    Changing the journal mode needs the file to itself for a moment and does not
    honour busy_timeout, so several processes creating the same database at the
    same instant see "database is locked": retry until the deadline.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    delay = 0.005
    while True:
        try:
            mode = cur.execute("PRAGMA journal_mode = WAL").fetchone()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.2)
            continue
        if mode and str(mode[0]).lower() != "wal":
            log.warning("SQLite refused WAL mode (journal_mode=%s); writes will be slower", mode[0])
        return


def _sqlite_engine(url: str, begin: str) -> Engine:
    engine = create_engine(
        url,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take transaction control away from pysqlite so BEGIN is ours to choose.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _enable_wal(cur)
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql(begin)

    return engine


def open_database(url: str) -> Database:
    """Engines for `url`; a SQLite file's folder is created if missing."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        db_path = parsed.database or ""
        if not db_path or db_path == ":memory:":
            raise ValueError("Pitlane needs a database file, not an in-memory SQLite database.")
        Path(db_path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        return Database(url, _sqlite_engine(url, "BEGIN IMMEDIATE"), _sqlite_engine(url, "BEGIN"))
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("", "psycopg2"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    write = create_engine(parsed, pool_pre_ping=True, isolation_level="READ COMMITTED")
    read = create_engine(parsed, pool_pre_ping=True, pool_size=2, isolation_level="READ COMMITTED")
    _serialise_postgres_writers(write)
    return Database(url, write, read)


def _serialise_postgres_writers(engine: Engine) -> None:
    """One writer at a time (as SQLite's BEGIN IMMEDIATE), and NOTIFY on commit of new events."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Wait for a lock as long as SQLite's busy timeout, then fail instead of hanging.
        with dbapi_conn.cursor() as cur:
            cur.execute(f"SET lock_timeout = {BUSY_TIMEOUT_MS}")
        dbapi_conn.commit()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK_KEY})")

    @event.listens_for(engine, "before_cursor_execute")
    def _on_execute(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.startswith("INSERT INTO event_log"):
            conn.info[_EVENTS_WRITTEN] = True

    @event.listens_for(engine, "commit")
    def _on_commit(conn: Any) -> None:
        if conn.info.pop(_EVENTS_WRITTEN, False):
            # Still inside the transaction: the notification leaves only if it commits,
            # and (writers being serialised) max(id) is this transaction's last event.
            with conn.connection.dbapi_connection.cursor() as cur:
                cur.execute(f"SELECT pg_notify('{NOTIFY_CHANNEL}', (SELECT max(id) FROM event_log)::text)")

    @event.listens_for(engine, "rollback")
    def _on_rollback(conn: Any) -> None:
        conn.info.pop(_EVENTS_WRITTEN, None)


def alembic_config(url: str) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(db: Database) -> None:
    """Upgrade the schema to head; safe when several terminals start at once."""
    from alembic import command

    head = head_revision()
    if current_revision(db.read) == head:
        return
    cfg = alembic_config(db.url)
    if db.is_sqlite:
        # Batch migrations copy tables; with foreign keys on, a copied parent would
        # cascade into its children. Migrate with them off, then verify.
        engine = create_engine(db.url, poolclass=NullPool, connect_args={"timeout": 60})

        @event.listens_for(engine, "connect")
        def _fk_off(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None
            dbapi_conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            dbapi_conn.execute("PRAGMA journal_mode = WAL")
            dbapi_conn.execute("PRAGMA foreign_keys = OFF")

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")  # one migrator at a time

        try:
            with engine.connect() as conn, conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise RuntimeError(f"Migration broke foreign keys: {problems[:5]}")
        finally:
            engine.dispose()
    else:
        with db.write.connect() as conn, conn.begin():
            conn.execute(text(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})"))
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    log.info("database migrated to %s", head)
