"""Files readable by the owning user only: the data folder, the database, logs, documents, backups.

Folders Pitlane makes are 0700 and files 0600, as far as the umask allows: a
stricter umask is obeyed (a mode is never widened past what it gives), and an
existing file only ever loses group and other bits. Also here: the clean-up of
`*.part` files that a killed write left behind.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import stat
import threading
import time
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
#: A `.part` file older than this is a write that died (a PDF is written in well under a second).
STALE_PART_SECONDS = 10 * 60

_umask_lock = threading.Lock()


def current_umask() -> int:
    """The process's umask, read without changing it where the system says it (Linux)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    with _umask_lock:  # elsewhere: set and put back at once, under a lock
        mask = os.umask(0o077)
        os.umask(mask)
    return mask


def private_mode(wanted: int = PRIVATE_FILE) -> int:
    """`wanted`, narrowed further by the umask."""
    return wanted & ~current_umask()


def restrict_to_owner(path: str | os.PathLike[str], wanted: int = PRIVATE_FILE) -> None:
    """Take group and other access away from `path` (and what the umask forbids); never add any.

    For a file Pitlane has just created (e.g. a temporary file from `mkstemp`,
    which is 0600 whatever the umask says), this leaves it at `wanted & ~umask`.
    Files owned by someone else are left alone (they cannot be changed anyway).
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return
    if hasattr(os, "geteuid") and st.st_uid != os.geteuid():
        return
    current = stat.S_IMODE(st.st_mode)
    narrowed = current & private_mode(wanted)
    if narrowed != current:
        os.chmod(path, narrowed)


def ensure_private_dir(path: str | os.PathLike[str], *, tighten: bool = False) -> Path:
    """Create `path` (and missing parents) as 0700 & ~umask; with `tighten`, narrow it if it exists.

    Only Pitlane's own folders are tightened (the data folder, its backups and
    logs): a folder the shop chose for its database may be shared on purpose.
    """
    folder = Path(path)
    missing = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for new in reversed(missing):
        with contextlib.suppress(FileExistsError):
            new.mkdir(mode=PRIVATE_DIR)  # mkdir applies the umask itself
    if tighten and not missing:
        restrict_to_owner(folder, PRIVATE_DIR)
    return folder


def sqlite_companions(db_path: Path) -> tuple[Path, Path, Path]:
    """The database file and the -wal and -shm files SQLite keeps beside it."""
    return db_path, db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")


def restrict_sqlite_files(db_path: Path) -> None:
    """The shop's database and its -wal and -shm files readable by their owner only."""
    for path in sqlite_companions(db_path):
        with contextlib.suppress(OSError):
            restrict_to_owner(path)


def remove_stale_parts(folder: str | os.PathLike[str], older_than: float = STALE_PART_SECONDS) -> list[Path]:
    """Delete the `.NAME.*.part` files in `folder` left by writes that died; returns what was removed.

    A write in progress (another terminal's, or this one's) is younger than
    `older_than` seconds and is left alone.
    """
    root = Path(folder)
    removed: list[Path] = []
    if not root.is_dir():
        return removed
    limit = time.time() - older_than
    for path in root.glob(".*.part"):
        try:
            if path.is_file() and path.stat().st_mtime < limit:
                path.unlink()
                removed.append(path)
        except FileNotFoundError:
            continue  # another terminal cleaned it at the same moment
        except OSError as exc:
            log.warning("cannot remove the unfinished file %s: %s", path, exc.strerror or exc)
    if removed:
        log.info("removed %d unfinished file(s) left in %s", len(removed), root)
    return removed


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file (and its folder) readable by the owning user only."""

    def __init__(self, filename: str | os.PathLike[str], *args: Any, **kwargs: Any) -> None:
        ensure_private_dir(Path(filename).parent, tighten=True)
        super().__init__(filename, *args, **kwargs)

    def _open(self) -> Any:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE)
        restrict_to_owner(self.baseFilename)  # a log written by an older Pitlane, or rotated
        return os.fdopen(fd, self.mode if "a" in self.mode else "a", encoding=self.encoding, errors=self.errors)


def private_log_handler(path: str | os.PathLike[str], max_bytes: int = 2_000_000, backups: int = 5) -> logging.Handler:
    """The log file handler Pitlane uses: rotating, 0600, passwords masked (app.redact)."""
    from app.redact import redact_handler

    return redact_handler(PrivateRotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8"))
