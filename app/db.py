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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.pool import NullPool

from app import faults, shopfile
from app.prepared import driver_sql
from app.redact import mask_url

if TYPE_CHECKING:
    from app.settings import Settings

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
    #: The shop's file, for a SQLite database.
    sqlite_path: Path | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.write.dialect.name == "sqlite"

    def __post_init__(self) -> None:
        self._registered = self.sqlite_path is not None
        if self.sqlite_path is not None:
            shopfile.opened_here(self.sqlite_path)  # its file is never opened by hand again here

    def dispose(self) -> None:
        self.write.dispose()
        self.read.dispose()
        if self._registered and self.sqlite_path is not None:
            self._registered = False
            shopfile.closed_here(self.sqlite_path)

    def refuse_connections(self, refusal: Callable[[], Exception]) -> None:
        """From now on every new connection raises `refusal()`, and each one returned is closed (the shop is
        being restored elsewhere; call `dispose` after this)."""

        def refuse(*_args: Any) -> Any:
            raise refusal()

        def close_on_return(dbapi_conn: Any, _record: Any) -> None:
            if dbapi_conn is not None:  # one still out at the dispose (a command running) lets go as it ends
                dbapi_conn.close()

        for engine in (self.write, self.read):
            event.listen(engine, "do_connect", refuse)
            event.listen(engine, "checkin", close_on_return)


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


def _sqlite_engine(url: str, begin: str, path: Path, *, writer: bool = False) -> Engine:
    engine = create_engine(
        url,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        hide_parameters=True,  # customer names and phones never reach an error message or a log
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
        if writer:
            # Every policy runs in a savepoint, and SQLite keeps the pages a savepoint may have to
            # undo in a sub-journal: by default a temporary file, created and written on every
            # command (about a tenth of a lifecycle's CPU, bench/lifecycle.py). It only ever serves
            # a rollback inside the open transaction, never crash recovery (that is the WAL's), so
            # memory holds it as safely. The writer's statements are small; reports read elsewhere.
            cur.execute("PRAGMA temp_store = MEMORY")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        driver_sql(conn, begin)  # every command begins so: the short way (app.prepared)

    _say_where_errors_happen(engine, str(path), sqlite_path=str(path))
    return engine


def open_database(url: str) -> Database:
    """Engines for `url`, after making sure the file there is a Pitlane shop (or none yet).

    A SQLite file is looked at before anything can write to it: an empty file,
    a file that is not SQLite, a database without Pitlane's tables, or one
    written by a newer Pitlane is refused with a `DomainError` (nothing
    written). A missing file is a new shop: it is created, private to its owner,
    with its folder.
    """
    parsed = _parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        db_path = parsed.database or ""
        if not db_path or db_path == ":memory:":
            raise ValueError("Pitlane needs a database file, not an in-memory SQLite database.")
        path = Path(db_path).expanduser()
        _refuse_while_restoring(path)
        shopfile.prepare_sqlite_file(path)
        return Database(
            url,
            _sqlite_engine(url, "BEGIN IMMEDIATE", path, writer=True),
            _sqlite_engine(url, "BEGIN", path),
            sqlite_path=path,
        )
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("", "psycopg2"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    write = create_engine(parsed, pool_pre_ping=True, isolation_level="READ COMMITTED", hide_parameters=True)
    read = create_engine(
        parsed, pool_pre_ping=True, pool_size=2, isolation_level="READ COMMITTED", hide_parameters=True
    )
    _serialise_postgres_writers(write)
    for engine in (write, read):
        event.listen(engine, "connect", _refuse_during_a_restore)
        _say_where_errors_happen(engine, server_name(parsed))
    return Database(url, write, read)


def _refuse_during_a_restore(dbapi_conn: Any, _record: Any) -> None:
    """A new connection while another terminal restores the shop (PostgreSQL) is closed and refused."""
    from app.restoring import refused_by_a_restore
    from domain.errors import DomainError

    if refused_by_a_restore(dbapi_conn):
        dbapi_conn.close()
        raise DomainError("common.restore.elsewhere")


def _refuse_while_restoring(path: Path) -> None:
    """A terminal started while another restores the shop waits for it to finish (app.restoring)."""
    from app.restoring import sqlite_restoring
    from domain.errors import DomainError

    if sqlite_restoring(path):
        raise DomainError("common.restore.elsewhere")


def _parse_url(url: str) -> URL:
    try:
        return make_url(url)
    except ArgumentError:
        # SQLAlchemy's own message repeats the whole string, password and all.
        raise ValueError(
            f"{mask_url(url)!r} is not a database URL; use sqlite:///PATH or postgresql://USER@HOST/DATABASE."
        ) from None


def server_name(url: URL) -> str:
    """host:port/database of a server URL, for sentences and logs (never the password)."""
    host = url.host or url.query.get("host") or "localhost"
    port = f":{url.port}" if url.port else ""
    return f"{host}{port}/{url.database or ''}"


def where_of(url: str) -> str:
    """The place a database URL names, for a sentence: the SQLite file, or the server."""
    parsed = _parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        return str(Path(parsed.database or "").expanduser())
    return server_name(parsed)


def _say_where_errors_happen(engine: Engine, where: str, sqlite_path: str | None = None) -> None:
    """Every error from `engine` names its database (for app.faults), holds no row values, and
    drops a connection that is of no more use."""

    @event.listens_for(engine, "handle_error")
    def _on_error(context: Any) -> None:
        _drop_row_values(context)
        for exc in (context.sqlalchemy_exception, context.original_exception):
            if exc is not None:
                faults.tag(exc, where=where, sqlite_path=sqlite_path)
        if faults.is_connection_fault(context.original_exception):
            context.is_disconnect = True


def _drop_row_values(context: Any) -> None:
    """PostgreSQL puts the failing row's values in an error's DETAIL (a customer's name, a phone):
    keep only the primary message, in the driver's exception and SQLAlchemy's alike."""
    orig = context.original_exception
    diag = getattr(orig, "diag", None)
    if diag is None or not getattr(diag, "message_detail", None):
        return
    primary = diag.message_primary or str(orig).splitlines()[0]
    orig.args = (primary,)
    wrapped = context.sqlalchemy_exception
    if wrapped is not None and wrapped.args:
        wrapped.args = (f"({type(orig).__module__}.{type(orig).__name__}) {primary}", *wrapped.args[1:])


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
        if not conn.invalidated:  # a connection the server ended has no info left to clear
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


def open_read_only(url: str) -> Engine:
    """An engine that can only read the database at `url` (for `check`, and to verify a backup).

    SQLite: the file opened with `mode=ro` (works on a read-only file or
    folder, and on a backup); each transaction is a deferred BEGIN, one
    snapshot that never blocks a writer. PostgreSQL: every transaction is read
    only unless it says otherwise. Refuses what is not a Pitlane shop, like
    `open_database`, and a missing file.
    """
    parsed = _parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database or "").expanduser()
        if shopfile.inspect_sqlite_file(path) is None:
            raise shopfile.NotAShop("common.shop_file.missing", path=str(path))
        engine = create_engine(
            "sqlite://", creator=lambda: shopfile.connect_read_only(path), poolclass=NullPool, hide_parameters=True
        )

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN")

        _say_where_errors_happen(engine, str(path), sqlite_path=str(path))
        return engine
    if parsed.get_driver_name() in ("", "psycopg2"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    engine = create_engine(
        parsed,
        poolclass=NullPool,
        hide_parameters=True,
        connect_args={"options": "-c default_transaction_read_only=on"},
    )
    _say_where_errors_happen(engine, server_name(parsed))
    return engine


def shop_state(db: Database) -> shopfile.ShopState:
    """What the database holds (tables, revision), refusing what is not a shop this Pitlane can open."""
    if db.sqlite_path is not None:
        raw = shopfile.connect_read_only(db.sqlite_path)
        try:
            state = shopfile.sqlite_state(raw)
        finally:
            raw.close()
        return shopfile.refuse_unless_pitlane(state, str(db.sqlite_path))
    with db.read.connect() as conn:
        tables = frozenset(
            conn.execute(
                text("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
            ).scalars()
        )
        revision = None
        if shopfile.ALEMBIC_TABLE in tables:
            revision = conn.execute(text(f"SELECT version_num FROM {shopfile.ALEMBIC_TABLE}")).scalar()
    return shopfile.refuse_unless_pitlane(shopfile.ShopState(tables, revision), where_of(db.url))


def migrate(db: Database, settings: Settings | None = None) -> None:
    """Upgrade the schema to head; safe when several terminals start at once.

    A database that is not a Pitlane shop, or that a newer Pitlane wrote, is
    refused before anything is written (`shopfile.NotAShop`). An existing shop
    behind head is backed up first (app.backup, verified); an existing SQLite
    shop also gets the day's automatic backup. A database fault comes out in
    words (app.faults).
    """
    try:
        _migrate(db, settings)
    except DBAPIError as exc:
        raise faults.translate_database_error(exc) from None


def _migrate(db: Database, settings: Settings | None) -> None:
    from alembic import command

    from app import backup

    head = head_revision()
    state = shop_state(db)
    if db.is_sqlite:
        with db.write.connect():
            pass  # a folder where SQLite cannot keep its -wal and -shm files is said at start, not later
    if state.revision == head:
        backup.take_daily_backup(db, settings)
        return
    cfg = alembic_config(db.url)
    if db.is_sqlite:
        # Batch migrations copy tables; with foreign keys on, a copied parent would
        # cascade into its children. Migrate with them off, then verify.
        engine = create_engine(db.url, poolclass=NullPool, connect_args={"timeout": 60}, hide_parameters=True)
        _say_where_errors_happen(engine, str(db.sqlite_path), sqlite_path=str(db.sqlite_path))

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
                _back_up_if_behind(db, conn, head, settings)
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
            _back_up_if_behind(db, conn, head, settings)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    log.info("database migrated to %s", head)
    if state.revision is not None:
        backup.take_daily_backup(db, settings)


def _back_up_if_behind(db: Database, conn: Any, head: str | None, settings: Settings | None) -> None:
    """Under the migration lock: a verified backup of an existing shop about to be upgraded."""
    from alembic.runtime.migration import MigrationContext

    from app import backup

    revision = MigrationContext.configure(conn).get_current_revision()
    if revision is None or revision == head:
        return  # a new shop, or another terminal upgraded it while this one waited
    backup.take_backup_before_migration(db, revision, settings)
