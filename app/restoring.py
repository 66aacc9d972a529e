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
from typing import Any

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


#: PostgreSQL: the advisory lock a restore holds, on a session of its own, for as long as it runs.
#: Each new connection of a terminal takes it shared for an instant (app.db.open_database): while a
#: restore holds it, the terminal is refused (`common.restore.elsewhere`) instead of reading or
#: writing a shop half restored. A terminal never keeps it, so a restore gets it at once.
RESTORE_LOCK = 0x5049544C  # "PITL"
#: The sessions of the shop's database other than this one and the restore's lock-holder.
_NOT_MINE = (
    "datname = current_database() AND pid <> pg_backend_pid() AND pid NOT IN (SELECT pid FROM pg_locks "
    f"WHERE locktype = 'advisory' AND classid = 0 AND objid = {RESTORE_LOCK} AND objsubid = 1 "
    "AND mode = 'ExclusiveLock' AND granted AND database = (SELECT oid FROM pg_database "
    "WHERE datname = current_database()))"
)
_OTHERS = (
    "SELECT count(*), string_agg(DISTINCT coalesce(nullif(application_name, ''), 'a client') "
    "|| ' from ' || coalesce(host(client_addr), 'this server'), ', ') "
    f"FROM pg_stat_activity WHERE {_NOT_MINE}"
)


@contextlib.contextmanager
def postgres_restore_lock(conn: Connection) -> Iterator[None]:
    """Hold the shop's restore lock on `conn` (an AUTOCOMMIT connection of its own) until the block ends.

    Raises DomainError `common.restore.running` when another restore holds it."""
    from domain.errors import DomainError

    if not conn.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": RESTORE_LOCK}).scalar_one():
        raise DomainError("common.restore.running")
    try:
        yield
    finally:
        try:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": RESTORE_LOCK})
        except DBAPIError as exc:  # the session is gone: so is its lock
            log.warning("a restore could not let go of its lock (%s)", type(exc.orig).__name__)


def refused_by_a_restore(dbapi_conn: Any) -> bool:
    """True when a restore holds the shop's lock (`RESTORE_LOCK`); a new terminal connection asks once."""
    with dbapi_conn.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock_shared(%s)", (RESTORE_LOCK,))
        free = bool(cursor.fetchone()[0])
        if free:
            cursor.execute("SELECT pg_advisory_unlock_shared(%s)", (RESTORE_LOCK,))
    dbapi_conn.commit()
    return not free


def postgres_others(conn: Connection) -> tuple[int, str]:
    """How many other sessions than `conn`'s are connected to the shop's database, and who (application from host)."""
    count, who = conn.execute(text(_OTHERS)).one()
    return int(count), str(who or "")


def terminate_postgres_others(conn: Connection) -> int:
    """End every other session on the shop's database (pg_signal_backend); returns how many were ended.

    One this user may not end (a superuser's) is left; the wait after it then refuses the restore.
    """
    ended = 0
    pids = conn.execute(text(f"SELECT pid FROM pg_stat_activity WHERE {_NOT_MINE}")).scalars()
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
