"""The restore notice: how a restore tells the other terminals to let go of the shop.

SQLite: a notice file beside the database, `NAME.db.restoring` (owner-only; the
moment and the restoring terminal's name in it). The restoring process holds a
lock on it for as long as the restore runs, so a notice left by a restore that
died (its lock is free) is stale and ignored. Watchers see it in their poll.
PostgreSQL: `NOTIFY pitlane_events, 'restore:TERMINAL'` on the channel the
watchers LISTEN to (event notifications carry a number, so the two never mix);
after a grace period the restore ends the sessions still connected.

A terminal that sees the notice refuses every further command
(`common.restore.elsewhere`) and lets go of the database (`app.shop.Shop`);
`restore_backup` waits for every terminal to do so before it writes.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from app.db import NOTIFY_CHANNEL

log = logging.getLogger(__name__)

#: The notice file is the database's name with this added.
NOTICE_SUFFIX = ".restoring"
#: A NOTIFY payload on the events channel that starts so announces a restore (events send a number).
RESTORE_PAYLOAD = "restore"
#: Seconds between two looks at whether the other terminals have let go.
WAIT_STEP = 0.1
#: The notices this process has up: never opened here while up (closing any descriptor of a
#: file drops every POSIX lock the process holds on it, the notice's own included).
_held: set[Path] = set()


def notice_path(live: Path) -> Path:
    """Where the restore notice of the SQLite shop at `live` goes."""
    return live.with_name(live.name + NOTICE_SUFFIX)


@contextlib.contextmanager
def sqlite_notice(live: Path, terminal: str) -> Iterator[Path | None]:
    """Put up the notice beside `live`, locked while the block runs; removed when it ends, however it ends.

    No shop file yet (None): nobody can have it open, so nobody is told.
    """
    if not live.exists():
        yield None
        return
    path = notice_path(live)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)
        fcntl.lockf(fd, fcntl.LOCK_EX)
        os.write(fd, f"{datetime.now().astimezone().isoformat(timespec='seconds')} {terminal}\n".encode())
        _held.add(path)
        yield path
    finally:
        _held.discard(path)
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        os.close(fd)


def sqlite_restoring(live: Path) -> bool:
    """True while a restore of the SQLite shop at `live` runs on another terminal (its notice is up and locked).

    This process's own restore is not another terminal's: False, without touching its notice.
    """
    path = notice_path(live)
    if path in _held:
        return False
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return False
    except PermissionError:
        return True  # another user's notice, which we may not read: believe it
    try:
        fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False  # a notice nobody holds: left by a restore that died


def is_restore_payload(payload: str) -> bool:
    return payload.startswith(RESTORE_PAYLOAD)


def announce_postgres(conn: Connection, terminal: str) -> None:
    """Tell every terminal listening on the shop's channel that a restore starts (an AUTOCOMMIT connection)."""
    conn.execute(
        text("SELECT pg_notify(:channel, :payload)"),
        {"channel": NOTIFY_CHANNEL, "payload": f"{RESTORE_PAYLOAD}:{terminal}"[:7000]},
    )


_OTHERS = (
    "SELECT count(*), string_agg(DISTINCT coalesce(nullif(application_name, ''), 'a client') "
    "|| ' from ' || coalesce(host(client_addr), 'this server'), ', ') "
    "FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
)


def postgres_others(conn: Connection) -> tuple[int, str]:
    """How many other sessions than `conn`'s are connected to the shop's database, and who (application from host)."""
    count, who = conn.execute(text(_OTHERS)).one()
    return int(count), str(who or "")


def terminate_postgres_others(conn: Connection) -> int:
    """End every other session on the shop's database (pg_signal_backend); returns how many were ended.

    One this user may not end (a superuser's) is left; the wait after it then refuses the restore.
    """
    ended = 0
    pids = conn.execute(
        text("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")
    ).scalars()
    for pid in list(pids):
        try:
            ended += bool(conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar_one())
        except DBAPIError as exc:
            log.warning("a restore may not end session %d (%s)", pid, type(exc.orig).__name__)
    if ended:
        log.warning("a restore ended %d session(s) that did not close when told", ended)
    return ended


def wait_until(let_go: Callable[[], bool], seconds: float) -> bool:
    """Look at `let_go()` every WAIT_STEP until it is true or `seconds` have passed; returns its last answer."""
    deadline = time.monotonic() + max(seconds, 0.0)
    while True:
        if let_go():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(WAIT_STEP)
