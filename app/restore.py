"""Restore the shop from a backup, verified first, keeping the database it replaces.

`restore_backup(backup, database_url, settings, confirm=...)`:

1. verifies the backup: SQLite's integrity check (or pg_restore reading the
   archive back), a Pitlane shop at a schema revision this Pitlane knows, and
   every guarantee of `check` on it (an older backup is upgraded in a scratch
   copy first, and that copy is what gets restored). A bad file is refused with
   a sentence (`RestoreRefused`, or `NotAShop`); nothing is touched;
2. asks `confirm(question)` (the command line's `--yes` answers it);
3. tells every other terminal to stop (`app.restoring`: SQLite, a notice file
   beside the shop, up until the restore ends; PostgreSQL, a NOTIFY on the
   events channel, and after `grace` seconds the sessions left are ended) and
   waits up to `wait` seconds for them to let go; one still holding the shop
   then is named in the refusal (`common.restore.shop_in_use`): a terminal left
   open would go on writing into the replaced shop;
4. keeps the database it replaces: a consistent copy beside it (SQLite,
   `NAME.replaced-STAMP.db`) or a dump in the backups folder (PostgreSQL);
5. writes the backup into place (SQLite's backup API into the live file, in
   steps with progress; PostgreSQL: pg_restore in one transaction), then
   checks the integrity of the result.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from app import backup, files, restoring, shopfile
from app.backup import PG_DUMP_MAGIC, BackupRefused, Progress, check_sqlite_file
from app.faults import loggable
from app.settings import Settings
from domain.errors import DomainError

if TYPE_CHECKING:
    from app.checks import Report

log = logging.getLogger(__name__)

#: Seconds the other terminals have to let go of the shop once told of the restore.
WAIT_FOR_OTHERS = 15.0
#: PostgreSQL: seconds they have to close their sessions themselves, before the restore ends them.
GRACE = 5.0

#: SQLite's unix VFS: every connection holds a read lock on this byte of the -shm file while open.
_SHM_DMS_OFFSET = 128


class RestoreRefused(DomainError):
    """Nothing was restored; the sentence says why and what to do."""


@dataclass(frozen=True)
class Verified:
    """A backup that verified: its revision and the guarantees checked on it."""

    path: Path
    kind: str  # "sqlite" or "postgresql"
    revision: str
    #: The guarantees checked on it (None: a PostgreSQL user who may not make a scratch database).
    report: Report | None
    #: What gets written into place: the backup itself, or its copy upgraded to head.
    source: Path


@dataclass(frozen=True)
class Restored:
    backup: Path
    where: str
    revision: str
    #: The database that was replaced, kept (None: there was none).
    replaced: Path | None

    def describe(self) -> str:
        lines = [f"Restored {self.backup} (schema {self.revision}) onto {self.where}."]
        if self.replaced is not None:
            lines.append(f"The database it replaced is kept at {self.replaced}.")
        return "\n".join(lines)


def backup_kind(path: Path) -> str:
    """'sqlite' or 'postgresql' by the file's first bytes; RestoreRefused for anything else."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(shopfile.SQLITE_HEADER))
    except FileNotFoundError:
        raise RestoreRefused("common.restore.no_file", path=str(path)) from None
    except IsADirectoryError:
        raise RestoreRefused("common.restore.not_a_backup", path=str(path), reason="it is a folder") from None
    if head == shopfile.SQLITE_HEADER:
        return "sqlite"
    if head.startswith(PG_DUMP_MAGIC):
        return "postgresql"
    reason = "it is empty" if not head else "it is neither a SQLite file nor a pg_dump archive"
    raise RestoreRefused("common.restore.not_a_backup", path=str(path), reason=reason)


# -- verifying ------------------------------------------------------------------------------
@contextlib.contextmanager
def verified_backup(
    path: Path, settings: Settings, database_url: str | None = None, progress: Progress | None = None
) -> Iterator[Verified]:
    """Verify `path` as a backup (see the module); yields it while its scratch copy, if any, exists."""
    kind = backup_kind(path)
    if kind == "sqlite":
        with _verified_sqlite(path, settings, progress) as verified:
            yield verified
    else:
        with _verified_postgres(path, settings, database_url) as verified:
            yield verified


@contextlib.contextmanager
def _verified_sqlite(path: Path, settings: Settings, progress: Progress | None) -> Iterator[Verified]:
    from app.db import head_revision, migrate, open_database

    try:
        conn = shopfile.connect_read_only(path)
    except sqlite3.Error as exc:
        raise RestoreRefused("common.restore.not_a_backup", path=str(path), reason=str(exc)) from None
    try:
        problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(20)")]
        if problems != ["ok"]:
            raise RestoreRefused("common.restore.damaged", path=str(path), reason="; ".join(problems[:3]))
        state = shopfile.refuse_unless_pitlane(shopfile.sqlite_state(conn), str(path))
    except sqlite3.DatabaseError as exc:
        raise RestoreRefused("common.restore.damaged", path=str(path), reason=str(exc)) from None
    finally:
        conn.close()
    if state.revision is None:
        raise RestoreRefused("common.restore.not_a_backup", path=str(path), reason="it holds no shop")
    if state.revision == head_revision():
        report = check_sqlite_file(path, settings)
        _refuse_broken(report, path)
        yield Verified(path, "sqlite", state.revision, report, path)
        return
    # An older backup: upgrade a scratch copy, check that, and restore that.
    with tempfile.TemporaryDirectory(prefix="pitlane-restore-") as scratch_dir:
        scratch = Path(scratch_dir) / "upgraded.db"
        backup.copy_sqlite(path, scratch, progress).close()
        db = open_database(f"sqlite:///{scratch}")
        try:
            migrate(db, Settings(backup_keep_daily=0, backup_keep_weekly=0, backup_dir=str(Path(scratch_dir) / "b")))
        finally:
            db.dispose()
        report = check_sqlite_file(scratch, settings)
        _refuse_broken(report, path)
        yield Verified(path, "sqlite", state.revision, report, scratch)


def _refuse_broken(report: Report, path: Path) -> None:
    broken = sum(1 for r in report.results if not r.ok)
    if broken:
        raise RestoreRefused("common.restore.guarantees_broken", path=str(path), count=broken)


@contextlib.contextmanager
def _verified_postgres(path: Path, settings: Settings, database_url: str | None) -> Iterator[Verified]:
    """Read the archive back; restore it into a scratch database and check that (when the user may)."""
    from app.checks import run_checks
    from app.db import head_revision, migrate, open_database, open_read_only

    try:
        revision = backup.verify_pg_archive(path, path, database_url)
    except BackupRefused as exc:
        if exc.code == "common.backup.pg_dump_missing":
            raise
        raise RestoreRefused("common.restore.not_a_backup", path=str(path), reason=exc.params["reason"]) from None
    if database_url is None:
        raise RestoreRefused("common.restore.wrong_kind", path=str(path), kind="PostgreSQL", backend="SQLite")
    try:
        scratch_url = _create_scratch_database(database_url)
    except DBAPIError as exc:
        log.warning("no scratch database to check the backup in (%s); it is checked once restored", loggable(exc))
        yield Verified(path, "postgresql", revision, None, path)
        return
    try:
        _pg_restore(path, scratch_url)
        if revision != head_revision():
            db = open_database(scratch_url)
            try:
                migrate(db, Settings(backup_keep_daily=0, backup_keep_weekly=0))
            finally:
                db.dispose()
        engine = open_read_only(scratch_url)
        try:
            report = run_checks(engine, settings)
        finally:
            engine.dispose()
        _refuse_broken(report, path)
        yield Verified(path, "postgresql", revision, report, path)
    finally:
        _drop_database(database_url, make_url(scratch_url).database or "")


def _admin_engine(database_url: str) -> Engine:
    url = make_url(database_url)
    if url.get_driver_name() in ("", "psycopg2"):
        url = url.set(drivername="postgresql+psycopg")
    return create_engine(url, isolation_level="AUTOCOMMIT", hide_parameters=True)


def _create_scratch_database(database_url: str) -> str:
    url = make_url(database_url)
    name = f"{(url.database or 'pitlane')[:40]}_restore_check_{os.getpid()}"
    engine = _admin_engine(database_url)
    try:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        engine.dispose()
    return url.set(database=name).render_as_string(hide_password=False)


def _drop_database(database_url: str, name: str) -> None:
    engine = _admin_engine(database_url)
    try:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    except Exception:
        log.warning("could not drop the scratch database %s; drop it by hand", name)
    finally:
        engine.dispose()


def _pg_restore(path: Path, database_url: str, *, clean: bool = False) -> None:
    args = [backup.pg_tool("pg_restore", database_url), "--no-owner", "--no-privileges", "--exit-on-error"]
    if clean:
        args += ["--clean", "--if-exists"]
    args += ["--single-transaction", f"--dbname={make_url(database_url).database}", str(path)]
    backup.run_pg_tool(args, database_url, "pg_restore")


# -- restoring ------------------------------------------------------------------------------
def restore_backup(
    path: Path,
    database_url: str,
    settings: Settings | None = None,
    *,
    confirm: Callable[[str], bool] = lambda _question: False,
    progress: Progress | None = None,
    say: Callable[[str], None] = lambda _line: None,
    wait: float | None = None,
    grace: float | None = None,
) -> Restored:
    """Replace the shop at `database_url` by the backup at `path` (see the module). Raises DomainError.

    `wait`: seconds the other terminals have to let go once told (default
    WAIT_FOR_OTHERS); PostgreSQL: the sessions left after `grace` (GRACE) are ended.
    """
    from app.db import where_of

    settings = settings or Settings()
    wait = WAIT_FOR_OTHERS if wait is None else wait
    grace = GRACE if grace is None else grace
    path = Path(path)
    url = make_url(database_url)
    sqlite_shop = url.get_backend_name() == "sqlite"
    kind = backup_kind(path)
    if (kind == "sqlite") != sqlite_shop:
        raise RestoreRefused(
            "common.restore.wrong_kind",
            path=str(path),
            kind="SQLite" if kind == "sqlite" else "PostgreSQL",
            backend="SQLite" if sqlite_shop else "PostgreSQL",
        )
    where = where_of(database_url)
    say(f"Verifying {path} (integrity, schema revision, every guarantee) ...")
    with verified_backup(path, settings, None if sqlite_shop else database_url, progress) as verified:
        if verified.report is not None:
            say(f"The backup verifies: schema {verified.revision}, every guarantee holds.")
        else:
            say(
                f"The archive reads back (schema {verified.revision}); its guarantees are checked once it is "
                "restored (this database user may not create the scratch database to check them first)."
            )
        question = (
            f"Replace the shop's database {where} with the backup {path}? "
            "Pitlane is told to stop on every other terminal first."
        )
        if not confirm(question):
            raise RestoreRefused("common.restore.declined")
        if sqlite_shop:
            live = Path(url.database or "").expanduser()
            with restoring.sqlite_notice(live, settings.terminal_name):
                _wait_for_sqlite_terminals(live, wait, say)
                replaced = _restore_sqlite(verified.source, live, progress, say)
        else:
            # Held from before the others are told until the restore is written: a terminal started (or a
            # pool reconnecting) meanwhile is refused instead of reading a shop half restored.
            lock_engine = _admin_engine(database_url)
            try:
                with lock_engine.connect() as lock, restoring.postgres_restore_lock(lock):
                    _wait_for_postgres_sessions(database_url, where, settings.terminal_name, wait, grace, say)
                    replaced = _restore_postgres(verified.source, database_url, settings, say)
            finally:
                lock_engine.dispose()
            if verified.report is None:
                _say_guarantees_after(database_url, settings, replaced, say)
    return Restored(path, where, verified.revision, replaced)


def _say_guarantees_after(database_url: str, settings: Settings, replaced: Path, say: Callable[[str], None]) -> None:
    from app.checks import check_database

    report = check_database(database_url, settings)
    if report.ok:
        say("Every guarantee holds in the restored shop.")
    else:
        say(report.render())
        say(f"The restored shop breaks the guarantees above; the database it replaced is kept at {replaced}.")


def sqlite_open_elsewhere(live: Path) -> bool:
    """True when another process has the SQLite shop at `live` open (it holds the -shm's DMS lock).

    Call it with no connection of this process open on the file: closing the
    probe's descriptor drops every POSIX lock this process holds on the -shm.
    """
    shm = live.with_name(live.name + "-shm")
    try:
        fd = os.open(shm, os.O_RDWR)
    except FileNotFoundError:
        return False  # no -shm: nobody has the (WAL) database open
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _SHM_DMS_OFFSET)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


def _wait_for_sqlite_terminals(live: Path, wait: float, say: Callable[[str], None]) -> None:
    """With the notice up: wait up to `wait` seconds for every other process to close the file, else refuse."""
    if not live.exists():
        return
    if sqlite_open_elsewhere(live):
        say(f"Another terminal has the shop open: told to stop, waiting up to {wait:g} s for it to close ...")
        restoring.wait_until(lambda: not sqlite_open_elsewhere(live), wait)
    _refuse_if_open_elsewhere(live, wait)


def _refuse_if_open_elsewhere(live: Path, waited: float) -> None:
    if sqlite_open_elsewhere(live):
        raise RestoreRefused(
            "common.restore.shop_in_use",
            where=str(live),
            who=f"another program or terminal has the file open and did not close it within {waited:g} s of being told",
        )
    if not _is_sqlite_file(live):
        return  # an empty or foreign file (the reason for restoring, perhaps): no writer can hold it
    probe = sqlite3.connect(live, timeout=0.5, isolation_level=None)
    try:
        probe.execute("BEGIN IMMEDIATE")  # a writer holding it (on a system where the -shm probe cannot see)
        probe.execute("ROLLBACK")
    except sqlite3.OperationalError:
        raise RestoreRefused("common.restore.shop_in_use", where=str(live), who="a terminal is writing to it") from None
    except sqlite3.DatabaseError:
        pass  # damaged beyond opening: kept as it is below
    finally:
        probe.close()


def _is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(shopfile.SQLITE_HEADER)) == shopfile.SQLITE_HEADER
    except OSError:
        return False


def _keep_replaced(live: Path, say: Callable[[str], None]) -> Path:
    """Keep the database about to be replaced beside it: a consistent copy, or (when it is not a
    readable shop, e.g. the empty or damaged file a restore is for) the file itself, moved aside."""
    stamp = datetime.now().strftime("%Y-%m-%d_%H%M%S")
    replaced = live.with_name(f"{live.stem}.replaced-{stamp}{live.suffix or '.db'}")
    say(f"Keeping the database it replaces at {replaced} ...")
    try:
        backup.make_backup(f"sqlite:///{live}", None, replaced, check_guarantees=False)
        return replaced
    except DomainError as exc:
        log.warning("the replaced database is moved aside as it is: %s", exc)
    for companion, moved in zip(files.sqlite_companions(live), files.sqlite_companions(replaced), strict=True):
        if companion.exists():
            os.replace(companion, moved)
    shopfile.create_sqlite_file(live)
    return replaced


def _restore_sqlite(source: Path, live: Path, progress: Progress | None, say: Callable[[str], None]) -> Path | None:
    replaced: Path | None = None
    if live.exists():
        replaced = _keep_replaced(live, say)
    else:
        shopfile.create_sqlite_file(live)
    src = shopfile.connect_read_only(source)
    dst = sqlite3.connect(live, timeout=5, isolation_level=None)
    try:
        dst.execute("PRAGMA busy_timeout = 5000")
        same_pages = src.execute("PRAGMA page_size").fetchone() == dst.execute("PRAGMA page_size").fetchone()
        if not same_pages:  # SQLite copies into a WAL database only at the same page size
            dst.execute("PRAGMA journal_mode = DELETE")

        def step(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        say(f"Writing the backup into {live} ...")
        src.backup(dst, pages=backup.PAGES_PER_STEP, progress=step)
        dst.execute("PRAGMA journal_mode = WAL")
        problems = [str(r[0]) for r in dst.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            raise RestoreRefused("common.restore.damaged", path=str(live), reason="; ".join(problems[:3]))
    finally:
        dst.close()
        src.close()
    files.restrict_sqlite_files(live)
    return replaced


def _wait_for_postgres_sessions(
    database_url: str, where: str, terminal: str, wait: float, grace: float, say: Callable[[str], None]
) -> None:
    """Tell the other sessions of the shop's database to stop; end those left after `grace`; refuse if any stay."""
    engine = _admin_engine(database_url)
    try:
        with engine.connect() as conn:
            if not restoring.postgres_others(conn)[0]:
                return
            say(f"Other terminals have the shop open: told to stop, waiting up to {wait:g} s for them to close ...")
            restoring.announce_postgres(conn, terminal)
            grace = min(grace, wait)

            def gone() -> bool:
                return restoring.postgres_others(conn)[0] == 0

            if not restoring.wait_until(gone, grace):
                restoring.terminate_postgres_others(conn)
                restoring.wait_until(gone, wait - grace)
            count, who = restoring.postgres_others(conn)
    finally:
        engine.dispose()
    if count:
        raise RestoreRefused(
            "common.restore.shop_in_use",
            where=where,
            who=f"{count} connection(s) still there {wait:g} s after being told to close: {who}",
        )


def _restore_postgres(source: Path, database_url: str, settings: Settings, say: Callable[[str], None]) -> Path:
    stamp = datetime.now().strftime("%Y-%m-%d_%H%M%S")
    folder = backup.automatic_folder(database_url, settings) or backup.default_target(database_url, settings).parent
    replaced = folder / f"{backup.shop_stem(database_url)}.replaced-{stamp}{backup.PG_SUFFIX}"
    say(f"Keeping the database it replaces at {replaced} ...")
    backup.make_backup(database_url, settings, replaced, check_guarantees=False)
    keep = backup.pg_archive_tables(source, database_url)
    engine = _admin_engine(database_url)
    try:
        with engine.connect() as conn:
            # Tables the backup does not have (a later schema's) would outlive the restore: drop them.
            present = set(
                conn.execute(
                    text("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
                ).scalars()
            )
            for table in sorted(present - keep):
                conn.execute(text(f'DROP TABLE IF EXISTS "{table}" CASCADE'))
    finally:
        engine.dispose()
    say("Writing the backup into the database (one transaction) ...")
    _pg_restore(source, database_url, clean=True)
    return replaced
