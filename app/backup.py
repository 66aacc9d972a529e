"""Backups of the shop, each verified as it is written, and rotating automatic ones.

`make_backup(url, settings, target)` writes a consistent copy while other
terminals keep working:

- SQLite: SQLite's online backup, in steps of pages (a progress callback gets
  `(done, total)`), from one read snapshot held for the whole copy, so writers
  go on and the copy is one moment of the shop. The copy is a single
  self-contained file (rollback-journal mode, no -wal beside it).
- PostgreSQL: `pg_dump -Fc` (custom format), run on a snapshot exported by a
  read-only transaction in which the guarantees are checked too; without
  pg_dump installed, a sentence saying what to install.

A backup is verified right after it is written: SQLite's integrity check (or
pg_restore reading the archive back), a schema revision this Pitlane knows,
and, for backups asked for by hand, every guarantee of `check` on the copy
itself. A backup that does not verify is deleted and refused in words.

Automatic backups go to `<folder of the shop's file>/backups` (or the profile's
`backup_dir`): one a day, taken at the day's first start, pruned to the newest
of `backup_keep_daily` days and then of `backup_keep_weekly` weeks; and one
before every migration of an existing shop (kept). A file is never written
over: a backup is made under a temporary name and linked into place.

Restoring is in app.restore.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import URL, make_url

from app import files, shopfile
from app.redact import mask_secrets
from app.settings import Settings, user_data_dir
from domain.errors import DomainError

if TYPE_CHECKING:
    from app.checks import Report
    from app.db import Database

log = logging.getLogger(__name__)

#: (done, total): pages of a SQLite copy; 0/1 then 1/1 around a pg_dump.
Progress = Callable[[int, int], None]
#: Pages copied per step of SQLite's backup (4 MiB of 4 KiB pages): progress, and writers get turns.
PAGES_PER_STEP = 1024
SQLITE_SUFFIX, PG_SUFFIX = ".db", ".dump"
PG_DUMP_MAGIC = b"PGDMP"
_DAILY = re.compile(r"^(?P<stem>.+)-daily-(?P<day>\d{4}-\d{2}-\d{2})(?P<suffix>\.db|\.dump)$")


class BackupRefused(DomainError):
    """No backup was kept (or none could be taken); the sentence says why and what to do."""


@dataclass(frozen=True)
class Backup:
    """A backup written and verified."""

    path: Path
    revision: str
    size: int
    seconds: float
    #: The guarantees checked on the copy (None: only its integrity and revision were verified).
    report: Report | None = None

    def describe(self) -> str:
        checked = "SQLite integrity ok" if self.path.suffix == SQLITE_SUFFIX else "archive reads back"
        if self.report is not None:
            broken = sum(1 for r in self.report.results if not r.ok)
            checked += ", every guarantee holds" if not broken else f", {broken} guarantee(s) broken"
        return (
            f"Backup written: {self.path}\n"
            f"  {self.size / 1e6:,.1f} MB in {self.seconds:.1f} s, schema {self.revision}; verified: {checked}."
        )


# -- where backups go ---------------------------------------------------------------------------
def _is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def _sqlite_path(url: URL) -> Path:
    return Path(url.database or "").expanduser()


def shop_stem(database_url: str) -> str:
    """The name backups of this shop start with: the SQLite file's stem, or the PostgreSQL database."""
    url = make_url(database_url)
    name = _sqlite_path(url).stem if _is_sqlite(url) else (url.database or "pitlane")
    return re.sub(r"[^\w.-]", "_", name) or "pitlane"


def automatic_folder(database_url: str, settings: Settings) -> Path | None:
    """Where automatic backups of this shop go (None: not taken automatically)."""
    if settings.backup_dir:
        return Path(settings.backup_dir).expanduser()
    url = make_url(database_url)
    if _is_sqlite(url):
        return _sqlite_path(url).parent / "backups"
    return None  # a PostgreSQL server has its own backups; set backup_dir to have Pitlane's too


def default_target(database_url: str, settings: Settings, now: datetime | None = None) -> Path:
    """Where `python -m app backup` without a PATH writes."""
    folder = automatic_folder(database_url, settings) or user_data_dir() / "backups"
    stamp = (now or datetime.now()).strftime("%Y-%m-%d_%H%M%S")
    suffix = SQLITE_SUFFIX if _is_sqlite(make_url(database_url)) else PG_SUFFIX
    return folder / f"{shop_stem(database_url)}-{stamp}{suffix}"


# -- taking one ---------------------------------------------------------------------------------
def make_backup(
    database_url: str,
    settings: Settings | None = None,
    target: Path | None = None,
    *,
    progress: Progress | None = None,
    check_guarantees: bool = True,
) -> Backup:
    """Write a verified backup of the shop at `database_url` to `target` (default: the backups folder).

    `check_guarantees` also runs every check of `python -m app check` on the
    copy; its report is in the result (a broken guarantee does not undo the
    backup: the copy is as good as the shop it was taken from).
    """
    settings = settings or Settings()
    target = Path(target) if target is not None else default_target(database_url, settings)
    if target.exists():
        raise BackupRefused("common.backup.exists", path=str(target))
    url = make_url(database_url)
    started = time.perf_counter()
    if _is_sqlite(url):
        revision, report = _sqlite_backup(_sqlite_path(url), target, settings, progress, check_guarantees)
    else:
        revision, report = _postgres_backup(database_url, target, settings, progress, check_guarantees)
    return Backup(target, revision, target.stat().st_size, time.perf_counter() - started, report)


@contextlib.contextmanager
def _written_under_a_temporary_name(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside `target`; on success link it into place (never over a file)."""
    try:
        files.ensure_private_dir(target.parent, tighten=target.parent.name == "backups")
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:
        from app.faults import translate_folder_error

        raise translate_folder_error(exc, target.parent) from None
    os.close(fd)
    tmp = Path(tmp_name)
    files.restrict_to_owner(tmp)
    try:
        yield tmp
        try:
            os.link(tmp, target)
        except FileExistsError:
            raise BackupRefused("common.backup.exists", path=str(target)) from None
    finally:
        for leftover in files.sqlite_companions(tmp):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def copy_sqlite(source: Path, target: Path, progress: Progress | None = None) -> sqlite3.Connection:
    """Copy the SQLite database `source` into the new file `target`; returns the open copy.

    The source is read through a read-only connection holding one snapshot for
    the whole copy: other terminals go on writing, and no write of theirs
    restarts the copy. The copy is switched to rollback-journal mode, so it is
    one self-contained file.
    """
    src = shopfile.connect_read_only(source)
    try:
        src.execute("BEGIN")
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts here
        dst = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
        try:

            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(dst, pages=PAGES_PER_STEP, progress=step)
            dst.execute("PRAGMA journal_mode = DELETE")
        except BaseException:
            dst.close()
            raise
    finally:
        src.close()
    return dst


def _sqlite_backup(
    source: Path, target: Path, settings: Settings, progress: Progress | None, check_guarantees: bool
) -> tuple[str, Report | None]:
    if shopfile.inspect_sqlite_file(source) is None:
        raise shopfile.NotAShop("common.shop_file.missing", path=str(source))
    with _written_under_a_temporary_name(target) as tmp:
        try:
            copy = copy_sqlite(source, tmp, progress)
        except sqlite3.Error as exc:
            from app.faults import translate_database_error

            raise translate_database_error(_tagged(exc, tmp)) from None
        try:
            revision = _verify_sqlite_copy(copy, tmp, target)
        finally:
            copy.close()
        report = check_sqlite_file(tmp, settings) if check_guarantees else None
    return revision, report


def _tagged(exc: sqlite3.Error, path: Path) -> sqlite3.Error:
    from app.faults import tag

    tag(exc, where=str(path), sqlite_path=str(path))
    return exc


def _verify_sqlite_copy(conn: sqlite3.Connection, tmp: Path, target: Path) -> str:
    """The copy's revision, once SQLite's integrity check passes on it and the revision is known."""
    problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(20)")]
    if problems != ["ok"]:
        raise BackupRefused("common.backup.not_verified", path=str(target), reason="; ".join(problems[:3]))
    try:
        state = shopfile.refuse_unless_pitlane(shopfile.sqlite_state(conn), str(target))
    except DomainError as exc:
        raise BackupRefused("common.backup.not_verified", path=str(target), reason=str(exc)) from None
    if state.revision is None:
        raise BackupRefused("common.backup.not_verified", path=str(target), reason="it holds no shop yet")
    return state.revision


def check_sqlite_file(path: Path, settings: Settings) -> Report:
    """Run the shop's checks over a SQLite file, opened read-only (a backup, or a restore's scratch copy)."""
    from app.checks import run_checks
    from app.db import open_read_only

    engine = open_read_only(f"sqlite:///{path}")
    try:
        return run_checks(engine, settings)
    finally:
        engine.dispose()


# -- PostgreSQL ---------------------------------------------------------------------------------
def pg_tool(name: str, database_url: str | None = None) -> str:
    """The path of pg_dump / pg_restore, or BackupRefused saying what to install."""
    found = shutil.which(name)
    if found is None:
        version = _server_major(database_url) if database_url else "13"
        raise BackupRefused("common.backup.pg_dump_missing", version=version)
    return found


def _server_major(database_url: str) -> str:
    from sqlalchemy import create_engine, text

    try:
        engine = create_engine(_psycopg(make_url(database_url)), hide_parameters=True)
        try:
            with engine.connect() as conn:
                number = int(conn.execute(text("SHOW server_version_num")).scalar_one())
        finally:
            engine.dispose()
        return str(number // 10000)
    except Exception:  # only to word the sentence: the server's version is a nicety
        return "13"


def _psycopg(url: URL) -> URL:
    return url.set(drivername="postgresql+psycopg") if url.get_driver_name() in ("", "psycopg2") else url


def libpq_environment(database_url: str) -> dict[str, str]:
    """The environment that points libpq tools at the database (the password never on a command line)."""
    env = dict(os.environ)  # the administrator's own PG* settings (PGPASSFILE, PGSSLROOTCERT...) still apply
    if not database_url:
        return env  # reading an archive: no server needed
    url = make_url(database_url)
    pairs = {
        "PGHOST": url.host,
        "PGPORT": str(url.port) if url.port else None,
        "PGUSER": url.username,
        "PGPASSWORD": url.password if isinstance(url.password, str) else None,
        "PGDATABASE": url.database,
    }
    query_to_env = {
        "host": "PGHOST",
        "port": "PGPORT",
        "user": "PGUSER",
        "password": "PGPASSWORD",
        "sslmode": "PGSSLMODE",
        "sslrootcert": "PGSSLROOTCERT",
        "sslcert": "PGSSLCERT",
        "sslkey": "PGSSLKEY",
        "passfile": "PGPASSFILE",
        "application_name": "PGAPPNAME",
    }
    for key, var in query_to_env.items():
        value = url.query.get(key)
        if isinstance(value, str):
            pairs[var] = value
    env.update({k: v for k, v in pairs.items() if v})
    return env


def run_pg_tool(args: list[str], database_url: str, tool: str) -> subprocess.CompletedProcess[bytes]:
    """Run a libpq tool; its failure becomes BackupRefused with its last line of stderr (passwords masked)."""
    result = subprocess.run(args, env=libpq_environment(database_url), capture_output=True, check=False)
    if result.returncode != 0:
        lines = [line for line in result.stderr.decode("utf-8", "replace").splitlines() if line.strip()]
        reason = mask_secrets(lines[-1] if lines else f"exit status {result.returncode}")
        raise BackupRefused("common.backup.tool_failed", tool=tool, reason=reason)
    return result


def _postgres_backup(
    database_url: str, target: Path, settings: Settings, progress: Progress | None, check_guarantees: bool
) -> tuple[str, Report | None]:
    from app.checks import check_in_snapshot, snapshot
    from app.db import open_read_only

    pg_dump = pg_tool("pg_dump", database_url)
    engine = open_read_only(database_url)
    try:
        with _written_under_a_temporary_name(target) as tmp, snapshot(engine) as conn:
            exported = conn.exec_driver_sql("SELECT pg_export_snapshot()").scalar_one()
            if progress is not None:
                progress(0, 1)
            run_pg_tool(
                [pg_dump, "-Fc", "--no-owner", f"--snapshot={exported}", f"--file={tmp}"], database_url, "pg_dump"
            )
            revision = verify_pg_archive(tmp, target, database_url)
            # The guarantees of exactly what was dumped: the same snapshot.
            report = check_in_snapshot(conn, settings) if check_guarantees else None
            if progress is not None:
                progress(1, 1)
    finally:
        engine.dispose()
    return revision, report


def pg_archive_tables(path: Path, database_url: str | None = None) -> set[str]:
    """The tables whose data a pg_dump archive holds (pg_restore --list)."""
    listing = run_pg_tool([pg_tool("pg_restore", database_url), "--list", str(path)], database_url or "", "pg_restore")
    tables = set()
    for line in listing.stdout.decode("utf-8", "replace").splitlines():
        if line.startswith(";"):
            continue
        m = re.search(r"\bTABLE DATA \S+ (\S+)", line)
        if m:
            tables.add(m.group(1))
    return tables


def pg_archive_revision(path: Path, database_url: str | None = None) -> str | None:
    """The Alembic revision stored in a pg_dump archive."""
    out = run_pg_tool(
        [
            pg_tool("pg_restore", database_url),
            "--data-only",
            f"--table={shopfile.ALEMBIC_TABLE}",
            "--file=-",
            str(path),
        ],
        database_url or "",
        "pg_restore",
    ).stdout.decode("utf-8", "replace")
    in_copy = False
    for line in out.splitlines():
        if line.startswith("COPY ") and shopfile.ALEMBIC_TABLE in line:
            in_copy = True
            continue
        if in_copy:
            return None if line == "\\." else line.strip()
    return None


def verify_pg_archive(path: Path, shown_as: Path, database_url: str | None = None) -> str:
    """The archive's revision, once pg_restore reads it back as a Pitlane shop this Pitlane knows."""
    try:
        tables = frozenset(pg_archive_tables(path, database_url))
        revision = pg_archive_revision(path, database_url)
        state = shopfile.refuse_unless_pitlane(shopfile.ShopState(tables, revision), str(shown_as))
    except BackupRefused as exc:
        if exc.code == "common.backup.pg_dump_missing":
            raise
        raise BackupRefused("common.backup.not_verified", path=str(shown_as), reason=str(exc)) from None
    except DomainError as exc:
        raise BackupRefused("common.backup.not_verified", path=str(shown_as), reason=str(exc)) from None
    if state.revision is None:
        raise BackupRefused("common.backup.not_verified", path=str(shown_as), reason="it holds no shop")
    return state.revision


# -- automatic backups ------------------------------------------------------------------------
def take_daily_backup(db: Database, settings: Settings | None = None, today: date | None = None) -> Path | None:
    """The day's automatic backup, if none is there yet; then prune. Never stops the shop from starting."""
    settings = settings or Settings()
    folder = automatic_folder(db.url, settings)
    if folder is None or settings.backup_keep_daily + settings.backup_keep_weekly == 0:
        return None
    day = today or date.today()
    suffix = SQLITE_SUFFIX if db.is_sqlite else PG_SUFFIX
    target = folder / f"{shop_stem(db.url)}-daily-{day.isoformat()}{suffix}"
    if target.exists():
        return None
    try:
        make_backup(db.url, settings, target, check_guarantees=False)
    except BackupRefused as exc:
        if exc.code != "common.backup.exists":  # another terminal took today's at the same moment
            log.warning("the day's automatic backup was not taken: %s", exc)
        return None
    except DomainError as exc:
        log.warning("the day's automatic backup was not taken: %s", exc)
        return None
    log.info("automatic backup written: %s", target)
    prune(folder, shop_stem(db.url), settings.backup_keep_daily, settings.backup_keep_weekly)
    return target


def take_backup_before_migration(db: Database, revision: str, settings: Settings | None = None) -> Path | None:
    """A verified backup of the shop at `revision` before it is upgraded; refuses the upgrade if it fails."""
    from app.db import where_of

    settings = settings or Settings()
    folder = automatic_folder(db.url, settings)
    if folder is None:
        log.warning("no backup before upgrading %s: set backup_dir in the profile to have one", where_of(db.url))
        return None
    stamp = datetime.now().strftime("%Y-%m-%d_%H%M%S")
    suffix = SQLITE_SUFFIX if db.is_sqlite else PG_SUFFIX
    target = folder / f"{shop_stem(db.url)}-before-upgrade-from-{revision}-{stamp}{suffix}"
    try:
        make_backup(db.url, settings, target, check_guarantees=False)
    except DomainError as exc:
        raise shopfile.NotAShop(
            "common.shop_file.backup_before_migration_failed", where=where_of(db.url), reason=str(exc)
        ) from None
    log.info("backup before upgrading the schema from %s: %s", revision, target)
    return target


def prune(folder: Path, stem: str, keep_daily: int, keep_weekly: int) -> list[Path]:
    """Delete the daily backups of `stem` in `folder` that the rotation no longer keeps; returns them.

    Kept: the newest of each of the newest `keep_daily` days; then the newest of
    each of the newest `keep_weekly` ISO weeks not already kept that way (as
    `borg prune --keep-daily --keep-weekly` does). Backups by hand and before a
    migration are never pruned.
    """
    dailies: list[tuple[date, Path]] = []
    for path in folder.glob(f"{stem}-daily-*"):
        m = _DAILY.match(path.name)
        if m and m.group("stem") == stem:
            with contextlib.suppress(ValueError):
                dailies.append((date.fromisoformat(m.group("day")), path))
    dailies.sort(reverse=True)
    kept: set[Path] = set()
    for rule, count in ((lambda d: d, keep_daily), (lambda d: d.isocalendar()[:2], keep_weekly)):
        last, taken = None, 0
        for day, path in dailies:
            if taken >= count:
                break
            period = rule(day)
            if period == last:
                continue
            last = period
            if path not in kept:
                kept.add(path)
                taken += 1
    removed = []
    for _day, path in dailies:
        if path not in kept:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed.append(path)
    return removed
