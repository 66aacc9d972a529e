"""A restore with the shop open on another terminal: that terminal is told to stop, lets go, then the restore runs.

The other terminal is another OS process (spawned, as a real terminal is) with a
bootstrapped shop and, as every window has, a running watcher. The restore puts
up its notice (SQLite: `shop.db.restoring`; PostgreSQL: a NOTIFY on the events
channel); the terminal's watcher turns it into a stop: its next command is
refused with `common.restore.elsewhere` and it lets go of the database, though
its process stays alive. One that does not let go (no watcher: an older
Pitlane, say) makes the restore refuse after its wait, with nothing restored and
the notice taken down.
"""

from __future__ import annotations

import multiprocessing
import queue
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from app import restoring
from app import schema as s
from app.backup import make_backup
from app.bootstrap import Shop, bootstrap
from app.restore import RestoreRefused, restore_backup
from app.settings import Settings
from domain.commands import RegisterMechanic
from domain.errors import DomainError
from tests.integration.core_helpers import count

pytestmark = pytest.mark.slow

#: Generous bounds, never reached when things work (no timing is asserted).
LONG = 120


def other_terminal(db_url: str, invoice_dir: str, watch: bool, ready: Any, finished: Any, results: Any) -> None:
    """A terminal with the shop open (and its watcher, when `watch`): reports what it saw and what it was told."""
    shop = bootstrap(database_url=db_url, invoice_dir=invoice_dir, actor="bay", terminal="bay-1")
    told = threading.Event()
    if watch:
        shop.watch(lambda _last: None, on_restore=told.set)
    shop.status_board()  # the shop open, idle between commands, as a terminal is
    ready.set()
    if watch:
        results.put("told" if told.wait(LONG) else "never told")
        try:
            shop.handle(RegisterMechanic("늦은 정비사", 1))
            results.put("command accepted")
        except DomainError as exc:
            results.put(exc.code)
        try:
            shop.status_board()
            results.put("read accepted")
        except DomainError as exc:
            results.put(exc.code)
    finished.wait(LONG)  # alive until the restore is over: it went ahead because the shop was let go
    shop.close()


def shop_with_a_backup(db_url: str, tmp_path: Path) -> Path:
    """One mechanic in the backup, a second one registered after it."""
    shop = bootstrap(database_url=db_url, invoice_dir=tmp_path / "inv", actor="office", terminal="office")
    try:
        shop.handle(RegisterMechanic("김민수", 5))
        suffix = ".db" if make_url(db_url).get_backend_name() == "sqlite" else ".dump"
        backup = make_backup(db_url, Settings(), tmp_path / f"monday{suffix}").path
        shop.handle(RegisterMechanic("이서준", 3))  # after the backup: the restore undoes it
    finally:
        shop.close()
    return backup


def mechanics(db_url: str, tmp_path: Path) -> int:
    shop: Shop = bootstrap(database_url=db_url, invoice_dir=tmp_path / "inv", actor="office", terminal="office")
    try:
        return count(shop, s.mechanic)
    finally:
        shop.close()


def start_terminal(db_url: str, tmp_path: Path, *, watch: bool) -> tuple[Any, Any, Any]:
    ctx = multiprocessing.get_context("spawn")
    ready, finished, results = ctx.Event(), ctx.Event(), ctx.Queue()
    proc = ctx.Process(target=other_terminal, args=(db_url, str(tmp_path / "inv-bay"), watch, ready, finished, results))
    proc.start()
    assert ready.wait(LONG), "the other terminal never opened the shop"
    return proc, finished, results


def restore(backup: Path, db_url: str, tmp_path: Path, **wait: float) -> Any:
    settings = Settings(backup_dir=str(tmp_path / "backups"), terminal_name="office")
    return restore_backup(backup, db_url, settings, confirm=lambda _question: True, **wait)


def test_a_terminal_with_the_shop_open_is_told_lets_go_and_the_backup_is_restored(db_url: str, tmp_path: Path) -> None:
    backup = shop_with_a_backup(db_url, tmp_path)
    proc, finished, results = start_terminal(db_url, tmp_path, watch=True)
    try:
        restored = restore(backup, db_url, tmp_path, wait=LONG, grace=LONG)
        told = [results.get(timeout=LONG) for _ in range(3)]
    finally:
        finished.set()
        proc.join(LONG)
    assert told == ["told", "common.restore.elsewhere", "common.restore.elsewhere"]
    assert proc.exitcode == 0
    assert restored.replaced is not None and restored.replaced.exists()
    assert mechanics(db_url, tmp_path) == 1  # the backup's shop
    if make_url(db_url).get_backend_name() == "sqlite":
        assert not restoring.notice_path(Path(make_url(db_url).database or "")).exists()


def test_a_terminal_that_does_not_let_go_makes_the_restore_refuse_and_nothing_is_restored(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = shop_with_a_backup(db_url, tmp_path)
    sqlite = make_url(db_url).get_backend_name() == "sqlite"
    if not sqlite:  # sessions this database user may not end (another user's, a superuser's)
        monkeypatch.setattr(restoring, "terminate_postgres_others", lambda _conn: 0)
    proc, finished, _results = start_terminal(db_url, tmp_path, watch=False)  # no watcher: never stops
    try:
        with pytest.raises(RestoreRefused) as refused:
            restore(backup, db_url, tmp_path, wait=2, grace=1)
    finally:
        finished.set()
        proc.join(LONG)
    assert refused.value.code == "common.restore.shop_in_use"
    assert "still open elsewhere" in str(refused.value) and "Close Pitlane on every terminal" in str(refused.value)
    assert mechanics(db_url, tmp_path) == 2  # nothing restored
    if sqlite:
        live = Path(make_url(db_url).database or "")
        assert not restoring.notice_path(live).exists()
        assert not list(tmp_path.glob("shop.replaced-*"))


@pytest.mark.postgres
def test_postgres_sessions_left_after_the_grace_are_ended_and_the_restore_goes_ahead(
    new_postgres_database: Any, tmp_path: Path
) -> None:
    url = new_postgres_database()
    backup = shop_with_a_backup(url, tmp_path)
    proc, finished, _results = start_terminal(url, tmp_path, watch=False)  # never stops by itself
    try:
        restored = restore(backup, url, tmp_path, wait=LONG, grace=1)
    finally:
        finished.set()
        proc.join(LONG)
    assert restored.replaced is not None
    assert mechanics(url, tmp_path) == 1


def open_elsewhere(live: Path) -> bool:
    """`sqlite_open_elsewhere` asked from another process (a process never conflicts with its own locks)."""
    probe = f"import pathlib, app.restore as r; print(r.sqlite_open_elsewhere(pathlib.Path({str(live)!r})))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=LONG, check=True)
    return out.stdout.strip() == "True"


@pytest.mark.sqlite_only
def test_a_command_running_when_the_restore_is_seen_lets_go_of_the_file_as_it_ends(shop: Shop) -> None:
    live = Path(make_url(shop.db.url).database or "")
    running = shop.db.write.connect()  # a command's connection, out of the pool at that moment
    running.exec_driver_sql("SELECT count(*) FROM mechanic").fetchone()
    shop.restore_seen_elsewhere()
    assert open_elsewhere(live)
    running.close()
    assert not open_elsewhere(live)
    with pytest.raises(DomainError) as refused:
        shop.status_board()
    assert refused.value.code == "common.restore.elsewhere"


@pytest.mark.sqlite_only
def test_a_notice_left_by_a_restore_that_died_is_ignored(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    desk = bootstrap(database_url=url, invoice_dir=tmp_path / "inv", actor="desk", terminal="desk")
    wall = bootstrap(database_url=url, invoice_dir=tmp_path / "inv-wall", actor="wall", terminal="wall")
    try:
        restoring.notice_path(tmp_path / "shop.db").write_text("2026-12-01T09:00:00+09:00 office\n")  # nobody holds it
        reported: queue.Queue[int] = queue.Queue()
        told = threading.Event()
        watcher = wall.watch(reported.put, on_restore=told.set)
        desk.handle(RegisterMechanic("김민수", 5))
        assert reported.get(timeout=LONG) >= 1  # the watcher polled past the stale notice and saw the commit
        assert not told.is_set() and not watcher.restore_seen and not wall.restoring_elsewhere
    finally:
        wall.close()
        desk.close()


NOTICE_UP = """
import sys
from pathlib import Path
from app.restoring import sqlite_notice
with sqlite_notice(Path(sys.argv[1]), "office"):
    print("up", flush=True)
    sys.stdin.readline()
"""


@pytest.mark.sqlite_only
def test_a_terminal_started_while_another_restores_is_refused_at_the_door(tmp_path: Path) -> None:
    live = tmp_path / "shop.db"
    url = f"sqlite:///{live}"
    bootstrap(database_url=url, invoice_dir=tmp_path / "inv", actor="desk", terminal="desk").close()
    restorer = subprocess.Popen(
        [sys.executable, "-c", NOTICE_UP, str(live)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert restorer.stdout is not None and restorer.stdout.readline().strip() == "up"
        with pytest.raises(DomainError) as refused:
            bootstrap(database_url=url, invoice_dir=tmp_path / "inv", actor="desk", terminal="desk")
        assert refused.value.code == "common.restore.elsewhere"
    finally:
        restorer.communicate("done\n", timeout=LONG)
    bootstrap(database_url=url, invoice_dir=tmp_path / "inv", actor="desk", terminal="desk").close()  # done: opens
