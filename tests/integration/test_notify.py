"""Live boards across terminals: the watcher reports other terminals' commits (both databases)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from app import queries
from app.bootstrap import Shop, bootstrap
from app.watch import APPLICATION_NAME, Watcher
from domain.commands import RegisterMechanic, RequestRepair
from domain.errors import DomainError

ROOT = Path(__file__).resolve().parents[2]
WAIT = 20.0  # generous: CI machines are small and busy; a pass takes milliseconds


class Calls:
    """Collects watcher callbacks; lets a test wait for an id to be reported."""

    def __init__(self) -> None:
        self.ids: list[int] = []
        self.threads: set[str] = set()
        self._cond = threading.Condition()

    def __call__(self, last_event_id: int) -> None:
        with self._cond:
            self.ids.append(last_event_id)
            self.threads.add(threading.current_thread().name)
            self._cond.notify_all()

    def wait_for(self, event_id: int, timeout: float = WAIT) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: bool(self.ids) and self.ids[-1] >= event_id, timeout)


@pytest.fixture
def terminals(db_url: str, tmp_path: Path) -> Iterator[tuple[Shop, Shop]]:
    a = bootstrap(db_url, tmp_path / "inv-a", actor="desk", terminal="front-desk")
    b = bootstrap(db_url, tmp_path / "inv-b", actor="wall", terminal="wall-screen")
    try:
        yield a, b
    finally:
        a.close()
        b.close()


def _request(shop: Shop, mechanic_id: int, name: str = "김민준") -> int:
    return int(shop.handle(RequestRepair(name, "12가3456", mechanic_id, 1, 50_000)))


def test_a_commit_on_one_terminal_reaches_the_board_of_another(terminals: tuple[Shop, Shop]) -> None:
    desk, wall = terminals
    mechanic_id = desk.handle(RegisterMechanic("박정비", 10))
    cursor = wall.query(queries.last_event_id)
    calls = Calls()
    watcher = wall.watch(calls, since=cursor)

    receipt_id = _request(desk, mechanic_id)
    last = desk.query(queries.last_event_id)
    assert calls.wait_for(last), f"the wall screen never heard of event {last}: {calls.ids}"
    assert calls.threads == {"pitlane-watch"}
    assert calls.ids == sorted(set(calls.ids)), "ids only go up, never twice"

    changed = wall.query(queries.board_rows_changed_after, cursor)
    assert [r.receipt_id for r in changed] == [receipt_id]
    assert changed[0].job_status == "created"
    assert watcher.last_event_id == last


def test_the_watcher_catches_up_at_once_from_an_old_cursor(terminals: tuple[Shop, Shop]) -> None:
    desk, wall = terminals
    mechanic_id = desk.handle(RegisterMechanic("박정비", 10))
    _request(desk, mechanic_id)
    last = desk.query(queries.last_event_id)
    calls = Calls()
    wall.watch(calls, since=0)
    assert calls.wait_for(last)
    assert calls.ids == [last]


def test_without_a_cursor_only_later_commits_are_reported(terminals: tuple[Shop, Shop]) -> None:
    desk, wall = terminals
    mechanic_id = desk.handle(RegisterMechanic("박정비", 10))
    calls = Calls()
    watcher = wall.watch(calls)
    assert watcher.last_event_id == desk.query(queries.last_event_id)
    _request(desk, mechanic_id)
    assert calls.wait_for(desk.query(queries.last_event_id))
    assert all(i > 1 for i in calls.ids)


def test_a_refused_command_wakes_no_one(terminals: tuple[Shop, Shop]) -> None:
    desk, wall = terminals
    mechanic_id = desk.handle(RegisterMechanic("박정비", 10))
    calls = Calls()
    wall.watch(calls)
    with pytest.raises(DomainError):
        desk.handle(RequestRepair("", "12가3456", mechanic_id, 1, 50_000))  # blank name: refused
    time.sleep(0.6)  # several SQLite polls, and more than a NOTIFY round trip
    assert calls.ids == []


def test_a_failing_callback_does_not_stop_the_watcher(terminals: tuple[Shop, Shop]) -> None:
    desk, wall = terminals
    mechanic_id = desk.handle(RegisterMechanic("박정비", 10))
    calls = Calls()
    failed = threading.Event()

    def flaky(last_event_id: int) -> None:
        if not failed.is_set():
            failed.set()
            raise RuntimeError("the screen was busy")
        calls(last_event_id)

    wall.watch(flaky)
    _request(desk, mechanic_id)
    assert failed.wait(WAIT)
    _request(desk, mechanic_id, "이서연")
    assert calls.wait_for(desk.query(queries.last_event_id))


def test_stop_and_close_end_the_thread(terminals: tuple[Shop, Shop], db_url: str) -> None:
    _desk, wall = terminals
    watcher = wall.watch(Calls())
    assert watcher.running
    watcher.stop()
    assert not watcher.running
    other = wall.watch(Calls())
    wall.close()
    assert not other.running
    with Watcher(db_url, Calls()) as w:
        assert w.running
    assert not w.running


def test_commits_from_another_process_are_seen(db_url: str, tmp_path: Path) -> None:
    """Terminal A is a separate process; the board on terminal B follows it."""
    wall = bootstrap(db_url, tmp_path / "inv-b", actor="wall", terminal="wall-screen")
    try:
        mechanic_id = wall.handle(RegisterMechanic("박정비", 100))
        calls = Calls()
        wall.watch(calls)
        script = textwrap.dedent(
            f"""
            from app.bootstrap import bootstrap
            from domain.commands import RequestRepair
            shop = bootstrap({db_url!r}, {str(tmp_path / "inv-a")!r}, actor="desk", terminal="front-desk")
            for n in range(5):
                shop.handle(RequestRepair(f"손님{{n}}", "12가3456", {mechanic_id}, 1, 50_000))
            shop.close()
            """
        )
        subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=True, timeout=120)
        last = wall.query(queries.last_event_id)
        assert calls.wait_for(last)
        rows = wall.query(queries.board_rows_changed_after, 0)
        assert len(rows) == 5 and {r.job_status for r in rows} == {"created"}
    finally:
        wall.close()


@pytest.mark.sqlite_only
def test_the_sqlite_poll_reads_no_table(shop: Shop) -> None:
    """max(id) walks the primary key; the changed rows come from their index."""
    with shop.db.read.connect() as conn:
        plan = " ".join(str(r[-1]) for r in conn.execute(text("EXPLAIN QUERY PLAN SELECT max(id) FROM event_log")))
        assert "SCAN" not in plan, plan
        plan = " ".join(
            str(r[-1])
            for r in conn.execute(
                text("EXPLAIN QUERY PLAN SELECT receipt_id FROM status_board WHERE last_event_id > 5")
            )
        )
        assert "ix_status_board_last_event" in plan, plan


@pytest.mark.postgres
def test_the_listener_comes_back_after_its_connection_is_killed(new_postgres_database: object, tmp_path: Path) -> None:
    url = new_postgres_database()  # type: ignore[operator]
    desk = bootstrap(url, tmp_path / "inv-a", actor="desk", terminal="front-desk")
    wall = bootstrap(url, tmp_path / "inv-b", actor="wall", terminal="wall-screen")
    try:
        mechanic_id = desk.handle(RegisterMechanic("박정비", 10))
        calls = Calls()
        wall.watch(calls)
        _request(desk, mechanic_id)
        assert calls.wait_for(desk.query(queries.last_event_id))

        with desk.db.write.begin() as conn:
            killed = conn.execute(
                text(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE application_name = :name AND datname = current_database()"
                ),
                {"name": APPLICATION_NAME},
            ).scalar_one()
        assert killed == 1
        _request(desk, mechanic_id, "이서연")  # committed while the listener is down or coming back
        assert calls.wait_for(desk.query(queries.last_event_id))
    finally:
        desk.close()
        wall.close()
