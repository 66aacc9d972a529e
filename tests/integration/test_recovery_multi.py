"""Recovery with several terminals: a terminal killed mid-way never leaves half a change, and
whatever it committed but did not deliver is delivered by whichever terminal comes next,
each policy exactly once (both databases; terminals are separate processes).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import schema as s
from app.bootstrap import Shop, bootstrap
from app.checks import run_checks
from domain.commands import RegisterMechanic

ROOT = Path(__file__).resolve().parents[2]
KILLED = 9
pytestmark = pytest.mark.slow

# Run first in every child terminal: helpers to break one policy, or to die at a given point.
PRELUDE = """
import os, sys
from dataclasses import replace
from app.bootstrap import bootstrap
from domain.commands import RequestRepair

def patch_policy(name, run):
    from app.contexts import CONTEXTS
    (module,) = [c for c in CONTEXTS if any(p.name == name for p in c.POLICIES)]
    module.POLICIES[:] = [replace(p, run=run) if p.name == name else p for p in module.POLICIES]

def fail(*_args, **_kwargs):
    raise RuntimeError("the network went away")

def die(*_args, **_kwargs):
    os._exit(9)
"""


def terminal(script: str, *, check_exit: int = 0) -> None:
    """Run `script` as another terminal (a separate process) and check how it ended."""
    done = subprocess.run(
        [sys.executable, "-c", PRELUDE + textwrap.dedent(script)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == check_exit, done.stderr[-3000:]


@pytest.fixture
def desk(db_url: str, tmp_path: Path) -> Iterator[Shop]:
    shop = bootstrap(db_url, tmp_path / "invoices", actor="desk", terminal="front-desk")
    try:
        yield shop
    finally:
        shop.close()


def count(shop: Shop, table: object, *where: object) -> int:
    with shop.db.read.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one())  # type: ignore[arg-type]


def pending(shop: Shop) -> int:
    return count(shop, s.event_log, s.event_log.c.dispatched.is_(False))


def assert_all_guarantees(shop: Shop) -> None:
    report = run_checks(shop)
    assert report.ok, report.render()


def leave_requests_pending(db_url: str, tmp_path: Path, mechanic_id: int, n: int) -> None:
    """A terminal commits `n` requests while the man-day policy fails, then is killed at once."""
    terminal(
        f"""
        patch_policy("mechanic.reserve_man_days", fail)
        shop = bootstrap({db_url!r}, {str(tmp_path / "inv-k")!r}, actor="bay", terminal="killed",
                         deliver_pending=False)
        for n in range({n}):
            shop.handle(RequestRepair(f"손님{{n}}", "12가3456", {mechanic_id}, 1, 50_000))
        shop.on_commit(die)   # killed right after its next commit, before anything else
        shop.handle(RequestRepair("마지막", "12가3456", {mechanic_id}, 1, 50_000))
        """,
        check_exit=KILLED,
    )


def test_a_terminal_killed_inside_a_command_leaves_nothing_behind(desk: Shop, db_url: str, tmp_path: Path) -> None:
    mechanic_id = desk.handle(RegisterMechanic("박정비", 10))
    before = count(desk, s.event_log)
    terminal(
        f"""
        from app.messagebus import EventBus
        EventBus.deliver = die   # killed after the command's writes, before its commit
        shop = bootstrap({db_url!r}, {str(tmp_path / "inv-k")!r}, actor="bay", terminal="killed")
        shop.handle(RequestRepair("김민준", "12가3456", {mechanic_id}, 1, 50_000))
        """,
        check_exit=KILLED,
    )
    assert count(desk, s.event_log) == before
    assert count(desk, s.receipt) == 0
    desk.handle(RegisterMechanic("이정비", 5))  # the dead terminal holds no lock
    assert_all_guarantees(desk)


def test_what_a_killed_terminal_left_pending_is_delivered_by_the_next_one(
    desk: Shop, db_url: str, tmp_path: Path
) -> None:
    mechanic_id = desk.handle(RegisterMechanic("박정비", 10))
    leave_requests_pending(db_url, tmp_path, mechanic_id, 3)
    assert pending(desk) == 4
    assert count(desk, s.job) == 0

    nxt = bootstrap(db_url, tmp_path / "inv-n", actor="bay", terminal="next")  # delivers on start
    try:
        assert pending(nxt) == 0
        assert count(nxt, s.job) == 4
        assert nxt.query(lambda c: c.execute(select(s.mechanic.c.man_day)).scalar_one()) == 6
        assert {r.job_status for r in nxt.status_board()} == {"created"}
        assert_all_guarantees(nxt)
    finally:
        nxt.close()


def test_a_terminal_killed_while_delivering_is_taken_over_by_the_next(desk: Shop, db_url: str, tmp_path: Path) -> None:
    mechanic_id = desk.handle(RegisterMechanic("박정비", 10))
    leave_requests_pending(db_url, tmp_path, mechanic_id, 2)
    # The second terminal starts delivering and dies halfway through a chain of policies.
    terminal(
        f"""
        patch_policy("shop.create_job", die)
        bootstrap({db_url!r}, {str(tmp_path / "inv-2")!r}, actor="bay", terminal="killed-too")
        """,
        check_exit=KILLED,
    )
    assert pending(desk) == 3
    assert count(desk, s.man_day_reservation) == 0  # its half-done delivery was undone
    terminal(f"bootstrap({db_url!r}, {str(tmp_path / 'inv-3')!r}, actor='bay', terminal='third').close()")
    assert pending(desk) == 0
    assert count(desk, s.job) == 3
    assert count(desk, s.man_day_reservation) == 3
    assert_all_guarantees(desk)


def test_terminals_starting_together_deliver_each_event_once(desk: Shop, db_url: str, tmp_path: Path) -> None:
    mechanic_id = desk.handle(RegisterMechanic("박정비", 100))
    leave_requests_pending(db_url, tmp_path, mechanic_id, 11)
    assert pending(desk) == 12
    starters = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                PRELUDE + f"bootstrap({db_url!r}, {str(tmp_path / f'inv-{n}')!r}, terminal='t{n}').close()",
            ],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(3)
    ]
    for p in starters:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err[-3000:]
    assert pending(desk) == 0
    assert count(desk, s.job) == 12
    assert count(desk, s.man_day_reservation) == 12
    assert desk.query(lambda c: c.execute(select(s.mechanic.c.man_day)).scalar_one()) == 88
    assert_all_guarantees(desk)
