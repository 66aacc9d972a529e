"""Is this a Pitlane shop? Refuse a database instead of replacing it.

Before anything may write to a database, Pitlane looks at what is there:

- no file (SQLite), or a database without a single table: a new shop, which
  Pitlane may build;
- a zero-length file, a file that is not SQLite, a database whose tables are
  not Pitlane's, or a shop at a schema revision this Pitlane does not know (a
  newer Pitlane wrote it): refused with a `DomainError` naming the file and
  saying what to do; nothing is written, no document is touched;
- otherwise a Pitlane shop at a known revision (head, or behind it).

A new SQLite file is created complete (a valid header, WAL mode, private to its
owner) beside its final name and linked into place, so no terminal ever sees a
half-made file and a zero-length file is never one Pitlane left.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import tempfile
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from app import files
from domain.errors import DomainError

SQLITE_HEADER = b"SQLite format 3\x00"
#: Tables every Pitlane shop has had since the first revision.
CORE_TABLES = frozenset({"event_log", "receipt", "mechanic"})
ALEMBIC_TABLE = "alembic_version"


class NotAShop(DomainError):
    """The database there is not a Pitlane shop this Pitlane can open; nothing was written."""


@dataclass(frozen=True)
class ShopState:
    """What a database holds: its tables, and the Alembic revision it is at (None: a new shop)."""

    tables: frozenset[str]
    revision: str | None

    @property
    def is_new(self) -> bool:
        return self.revision is None and self.tables <= {ALEMBIC_TABLE}


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from app.db import alembic_config

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config("sqlite://")).walk_revisions()}


def refuse_unless_pitlane(state: ShopState, where: str) -> ShopState:
    """`state` if it is a new shop or a Pitlane shop at a revision this Pitlane knows; else NotAShop."""
    if state.is_new:
        return state
    if state.revision is None or not state.tables & CORE_TABLES:
        foreign = sorted(state.tables - {ALEMBIC_TABLE})
        shown = ", ".join(foreign[:5]) + (", …" if len(foreign) > 5 else "")
        raise NotAShop("common.shop_file.not_pitlane", where=where, tables=shown)
    if state.revision not in known_revisions():
        from app.db import head_revision

        raise NotAShop("common.shop_file.newer", where=where, revision=state.revision, head=head_revision())
    return state


# -- SQLite files -----------------------------------------------------------------------------
def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """The `file:` URI opening `path` read-only (`immutable`: also without -wal/-shm files)."""
    quoted = urllib.parse.quote(str(path.resolve()))
    return f"file:{quoted}?mode=ro" + ("&immutable=1" if immutable else "")


def connect_read_only(path: Path, timeout: float = 5.0) -> sqlite3.Connection:
    """A read-only connection to the SQLite file at `path`; nothing is ever written through it.

    On a read-only folder with no -shm file beside the database, SQLite cannot
    open a WAL database even for reading; the file is then read as immutable,
    which is exact as long as there is no -wal file holding changes.
    """
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=timeout, check_same_thread=False)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        wal = path.with_name(path.name + "-wal")
        wal_empty = not wal.exists() or wal.stat().st_size == 0
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF != 14 or not path.is_file() or not wal_empty:
            raise
        conn = sqlite3.connect(read_only_uri(path, immutable=True), uri=True, timeout=timeout, check_same_thread=False)
    conn.isolation_level = None  # mode=ro already refuses every write to the file (temporary tables stay possible)
    return conn


def sqlite_state(conn: sqlite3.Connection) -> ShopState:
    """The tables and revision of an open SQLite database."""
    tables = frozenset(
        row[0]
        for row in conn.execute("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    )
    revision = None
    if ALEMBIC_TABLE in tables:
        row = conn.execute(f"SELECT version_num FROM main.{ALEMBIC_TABLE}").fetchone()
        revision = row[0] if row else None
    return ShopState(tables, revision)


#: The SQLite files this process has open as a shop (app.db.Database), how many times. Their header was
#: read when they were opened, and is never read again through a descriptor of ours: closing any
#: descriptor of a file drops every POSIX lock the process holds on it, SQLite's own included. Without
#: its shared lock on the file, this terminal looks closed to the others, and the last of them to close
#: takes the WAL away under it ("disk I/O error": four terminals and the day's backup showed it).
_open_here: dict[Path, int] = {}


def opened_here(path: Path) -> None:
    """`path` is open in this process as a shop (app.db.open_database)."""
    key = path.resolve()
    _open_here[key] = _open_here.get(key, 0) + 1


def closed_here(path: Path) -> None:
    """One of this process's shops on `path` was closed."""
    key = path.resolve()
    left = _open_here.get(key, 0) - 1
    if left > 0:
        _open_here[key] = left
    else:
        _open_here.pop(key, None)


def is_open_here(path: Path) -> bool:
    return _open_here.get(path.resolve(), 0) > 0


def inspect_sqlite_file(path: Path) -> ShopState | None:
    """What the SQLite file at `path` holds (None: there is no file), refusing what is not a shop.

    A file this process has open as a shop is read through SQLite only (see `_open_here`)."""
    header: bytes | None = SQLITE_HEADER  # read when it was opened: SQLite has it open now
    if not is_open_here(path):
        header = _read_header(path)
    elif not path.is_file():
        header = None
    if header is None:
        return None
    if not header:
        raise NotAShop("common.shop_file.empty", path=str(path))
    if header != SQLITE_HEADER:
        raise NotAShop("common.shop_file.not_sqlite", path=str(path))
    return _state_of(path)


def _read_header(path: Path) -> bytes | None:
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise NotAShop("common.shop_file.not_sqlite", path=str(path)) from None
    except PermissionError as exc:
        raise NotAShop(
            "common.shop_file.unreadable", path=str(path), reason=exc.strerror or "permission denied"
        ) from None
    return header


def _state_of(path: Path) -> ShopState:
    try:
        conn = connect_read_only(path)
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF == 26:  # SQLITE_NOTADB
            raise NotAShop("common.shop_file.not_sqlite", path=str(path)) from None
        raise
    try:
        state = sqlite_state(conn)
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF in (11, 26):  # CORRUPT, NOTADB
            raise NotAShop("common.shop_file.not_sqlite", path=str(path)) from None
        raise
    finally:
        conn.close()
    return refuse_unless_pitlane(state, str(path))


def create_sqlite_file(path: Path) -> None:
    """Create a new, empty SQLite database at `path` in WAL mode, 0600 (& umask); its folder 0700.

    Built under a temporary name and hard-linked into place, which fails if
    another terminal got there first (its file is then the shop's, and ours goes).
    """
    files.ensure_private_dir(path.parent)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".new")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        files.restrict_to_owner(tmp)
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("PRAGMA journal_mode = WAL")  # writes the header: the file is never empty
        finally:
            conn.close()
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass  # another terminal created the shop at the same moment
        except OSError:
            # A file system without hard links: a rename is as good, but for a race nobody wins twice.
            if not path.exists():
                os.replace(tmp, path)
    finally:
        for leftover in files.sqlite_companions(tmp):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def prepare_sqlite_file(path: Path) -> ShopState:
    """Refuse the file at `path` unless it is a shop (or there is none: then create it); make it private."""
    from app.settings import user_data_dir

    state = inspect_sqlite_file(path)
    if state is None:
        try:
            files.ensure_private_dir(path.parent, tighten=path.parent == user_data_dir())
            create_sqlite_file(path)
        except OSError as exc:
            raise _cannot_create(exc, path) from None
        state = ShopState(frozenset(), None)
    elif path.parent == user_data_dir():
        files.ensure_private_dir(path.parent, tighten=True)
    files.restrict_sqlite_files(path)
    return state


def _cannot_create(exc: OSError, path: Path) -> DomainError:
    from app.faults import DatabaseUnavailable

    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return DatabaseUnavailable("common.fault.read_only_folder", folder=str(path.parent))
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return DatabaseUnavailable("common.fault.folder_missing", folder=str(path.parent))
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return DatabaseUnavailable("common.fault.disk_full", where=str(path))
    return DatabaseUnavailable("common.fault.disk_error", where=str(path))
