"""Faults in plain words: which of the database's (or a folder's) troubles it is, and what to do.

`translate_database_error(exc)` turns whatever the driver raised (through
SQLAlchemy, or bare) into a `DomainError` whose code says which fault it is —
a read-only file or folder, a full disk, a database locked past the timeout, a
server out of reach or a connection lost mid-command — and whose sentence says
what to do. Nothing was saved when it is raised: the transaction was rolled
back. `translate_folder_error(exc, folder)` does the same for a folder Pitlane
writes files into (invoice PDFs, backups).

The engines of app.db tag every error with the place it concerns (the file,
or the server as host:port/database, never a password), so the sentence can
name it. `loggable(exc)` is a one-line description for the log that holds no
statement parameters and no row values.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path
from typing import Any

from domain.errors import DomainError

#: The attribute app.db's engines set on an exception: the place it concerns (masked).
WHERE = "pitlane_where"
#: The attribute naming the SQLite database file an exception concerns.
SQLITE_PATH = "pitlane_sqlite_path"

_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_FULL = 5, 6, 8, 13
_SQLITE_PERM, _SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_CANTOPEN, _SQLITE_AUTH, _SQLITE_NOTADB = 3, 10, 11, 14, 23, 26
_UNKNOWN_PLACE = "(the shop's database)"


class DatabaseUnavailable(DomainError):
    """The database could not do what was asked (read-only, full, busy, out of reach); nothing was saved."""


class FolderUnavailable(DomainError):
    """A folder Pitlane writes files into cannot take them; the database lost nothing."""


def tag(exc: BaseException, *, where: str, sqlite_path: str | None = None) -> None:
    """Note on `exc` (and the driver's exception inside it) which database it concerns."""
    for target in (exc, getattr(exc, "orig", None)):
        if target is None:
            continue
        try:
            setattr(target, WHERE, where)
            if sqlite_path is not None:
                setattr(target, SQLITE_PATH, sqlite_path)
        except (AttributeError, TypeError):
            continue  # an exception type that takes no attributes: the sentence names no place


def driver_error(exc: BaseException) -> BaseException:
    """The driver's own exception inside a SQLAlchemy one (or `exc` itself)."""
    orig = getattr(exc, "orig", None)
    return orig if isinstance(orig, BaseException) else exc


def translate_database_error(exc: BaseException) -> DomainError:
    """The fault behind a database error, as a DomainError with a code and a sentence."""
    if isinstance(exc, DomainError):
        return exc
    orig = driver_error(exc)
    where = getattr(exc, WHERE, None) or getattr(orig, WHERE, None) or _UNKNOWN_PLACE
    if isinstance(orig, sqlite3.Error):
        sqlite_path = getattr(exc, SQLITE_PATH, None) or getattr(orig, SQLITE_PATH, None)
        return _sqlite_fault(orig, where, sqlite_path)
    if _is_psycopg_error(orig):
        return _postgres_fault(exc, orig, where)
    if isinstance(orig, OSError):
        folder = Path(orig.filename).parent if orig.filename else Path(where)
        return translate_folder_error(orig, folder)
    return DatabaseUnavailable("common.fault.unavailable")


def is_fault(exc: BaseException) -> bool:
    """True for the database's troubles (busy, full, read-only, out of reach, damaged); False for a bug.

    A statement Pitlane got wrong (ProgrammingError, DataError) is not a fault
    to put in words: it goes on to the log and the unexpected-error report.
    """
    from sqlalchemy.exc import OperationalError

    if isinstance(exc, OperationalError) or isinstance(driver_error(exc), OSError):
        return True
    return translate_database_error(exc).code != "common.fault.unavailable"


def _sqlite_fault(orig: sqlite3.Error, where: str, path: str | None) -> DomainError:
    code = getattr(orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        from app.db import BUSY_TIMEOUT_MS

        return DatabaseUnavailable("common.fault.busy", seconds=max(1, round(BUSY_TIMEOUT_MS / 1000)))
    if primary == _SQLITE_FULL:
        return DatabaseUnavailable("common.fault.disk_full", where=where)
    if primary in (_SQLITE_READONLY, _SQLITE_CANTOPEN, _SQLITE_PERM, _SQLITE_AUTH):
        return _sqlite_cannot_write(primary, where, path)
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return DatabaseUnavailable("common.fault.damaged", where=where)
    if primary == _SQLITE_IOERR:
        return DatabaseUnavailable("common.fault.disk_error", where=where)
    return DatabaseUnavailable("common.fault.unavailable")


def _sqlite_cannot_write(primary: int | None, where: str, path: str | None) -> DomainError:
    """Which it is: the file read-only, its folder read-only, or the folder not there."""
    if path:
        file = Path(path)
        folder = file.parent
        if not folder.is_dir():
            return DatabaseUnavailable("common.fault.folder_missing", folder=str(folder))
        if not os.access(folder, os.W_OK):  # a read-only disk, or a folder only the owner may change
            return DatabaseUnavailable("common.fault.read_only_folder", folder=str(folder))
        if file.exists() and not os.access(file, os.W_OK):
            return DatabaseUnavailable("common.fault.read_only_file", where=str(file))
        for companion in (file.with_name(file.name + "-wal"), file.with_name(file.name + "-shm")):
            if companion.exists() and not os.access(companion, os.W_OK):
                return DatabaseUnavailable("common.fault.read_only_file", where=str(companion))
    if primary == _SQLITE_CANTOPEN:
        return DatabaseUnavailable("common.fault.unavailable")
    return DatabaseUnavailable("common.fault.read_only_file", where=where)


def _is_psycopg_error(orig: BaseException) -> bool:
    return type(orig).__module__.split(".")[0] == "psycopg"


_PG_BUSY = ("55P03", "40P01", "40001")  # lock timeout, deadlock, serialisation failure
_PG_LOST = ("57P01", "57P02")  # the server ended the session (administrator, crash)


def _postgres_fault(exc: BaseException, orig: BaseException, where: str) -> DomainError:
    sqlstate = getattr(orig, "sqlstate", None) or ""
    text = str(orig).lower()
    if sqlstate.startswith("28") or "password authentication failed" in text or "no password supplied" in text:
        return DatabaseUnavailable("common.fault.login_refused", where=where)
    if sqlstate in _PG_BUSY:
        from app.db import BUSY_TIMEOUT_MS

        return DatabaseUnavailable("common.fault.busy", seconds=max(1, round(BUSY_TIMEOUT_MS / 1000)))
    if sqlstate == "53100":
        return DatabaseUnavailable("common.fault.disk_full", where=where)
    if sqlstate == "25006":
        return DatabaseUnavailable("common.fault.server_read_only", where=where)
    if sqlstate == "42501":
        return DatabaseUnavailable("common.fault.permission_denied", where=where)
    if sqlstate == "57P03":  # the server is starting up or shutting down
        return DatabaseUnavailable("common.fault.server_unreachable", where=where)
    if sqlstate in _PG_LOST or sqlstate.startswith("08"):
        return DatabaseUnavailable("common.fault.connection_lost", where=where)
    if type(orig).__name__ == "OperationalError" and not sqlstate:
        # No answer from the server: before any statement it was never reached, after one it went away.
        if getattr(exc, "statement", None) is None and not getattr(exc, "connection_invalidated", False):
            return DatabaseUnavailable("common.fault.server_unreachable", where=where)
        return DatabaseUnavailable("common.fault.connection_lost", where=where)
    return DatabaseUnavailable("common.fault.unavailable")


def is_connection_fault(exc: BaseException) -> bool:
    """True when the connection that raised `exc` is of no more use and the pool should drop it.

    A SQLite connection that opened its file read-only stays read-only after the
    file becomes writable again, so a read-only or cannot-open fault asks for a
    fresh connection; PostgreSQL's server ending the session likewise.
    """
    orig = driver_error(exc)
    if isinstance(orig, sqlite3.Error):
        code = getattr(orig, "sqlite_errorcode", None)
        return isinstance(code, int) and code & 0xFF in (_SQLITE_READONLY, _SQLITE_CANTOPEN)
    if _is_psycopg_error(orig):
        sqlstate = getattr(orig, "sqlstate", None) or ""
        return sqlstate in _PG_LOST or sqlstate.startswith("08")
    return False


def translate_folder_error(exc: OSError, folder: str | os.PathLike[str]) -> DomainError:
    """What is wrong with `folder` that a file could not be written into it, in words."""
    place = Path(folder)
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return FolderUnavailable("common.folder.disk_full", folder=str(place))
    if code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return FolderUnavailable("common.folder.read_only", folder=str(place))
    if code in (errno.ENOTDIR, errno.EEXIST) or (place.exists() and not place.is_dir()):
        return FolderUnavailable("common.folder.not_a_folder", folder=str(_first_file_on_the_way(place)))
    if code == errno.ENOENT:
        return FolderUnavailable("common.folder.missing", folder=str(place))
    return FolderUnavailable("common.folder.write_failed", folder=str(place), reason=exc.strerror or type(exc).__name__)


def _first_file_on_the_way(folder: Path) -> Path:
    """The file standing where `folder` (or one of the folders above it) should be."""
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            return candidate if not candidate.is_dir() else folder
    return folder


def loggable(exc: BaseException) -> str:
    """One line for the log: what failed, never the statement's parameters or a row's values."""
    orig = driver_error(exc)
    kind = f"{type(orig).__module__}.{type(orig).__name__}"
    detail: Any = getattr(orig, "sqlite_errorname", None) or getattr(orig, "sqlstate", None)
    diag = getattr(orig, "diag", None)
    primary = getattr(diag, "message_primary", None) if diag is not None else None
    text = primary or (str(orig).splitlines()[0] if str(orig) else "")
    return f"{kind}" + (f" [{detail}]" if detail else "") + (f": {text}" if text else "")
