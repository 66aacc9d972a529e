"""What is particular to PostgreSQL: schema and migrations, writers taking turns, NOTIFY on commit.

Everything else (the scenario, concurrency, recovery) runs on PostgreSQL through the
`[postgresql]` variant of every integration test.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg
import pytest
from alembic import command
from sqlalchemy import text

from app import queries
from app.bootstrap import Shop, bootstrap
from app.db import NOTIFY_CHANNEL, alembic_config, current_revision, head_revision, migrate, open_database
from domain.commands import RegisterMechanic, RequestRepair
from domain.errors import DomainError

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_url(new_postgres_database: Callable[[], str]) -> str:
    return new_postgres_database()


@pytest.fixture
def pg_shop(pg_url: str, tmp_path: Path) -> Iterator[Shop]:
    shop = bootstrap(pg_url, tmp_path / "invoices", actor="tester", terminal="pg-1")
    try:
        yield shop
    finally:
        shop.close()


def _conninfo(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def test_the_migrated_schema_matches_the_models(pg_shop: Shop) -> None:
    """`alembic check` on PostgreSQL: no difference between the models and the migrations."""
    with pg_shop.db.write.connect() as conn:
        cfg = alembic_config(pg_shop.db.url)
        cfg.attributes["connection"] = conn
        command.check(cfg)


def test_columns_have_postgresql_types(pg_shop: Shop) -> None:
    with pg_shop.db.read.connect() as conn:
        types: dict[str, str] = dict(
            conn.execute(
                text(
                    "SELECT table_name || '.' || column_name, data_type FROM information_schema.columns "
                    "WHERE table_schema = current_schema()"
                )
            ).all()
        )
    assert types["event_log.dispatched"] == "boolean"
    assert types["status_board.paid"] == "boolean"
    assert types["invoice.total"] == "bigint"


def test_terminals_starting_together_migrate_once(pg_url: str) -> None:
    def start(_n: int) -> str | None:
        db = open_database(pg_url)
        try:
            migrate(db)
            return current_revision(db.read)
        finally:
            db.dispose()

    with ThreadPoolExecutor(4) as pool:
        revisions = list(pool.map(start, range(4)))
    assert revisions == [head_revision()] * 4


def test_writers_take_turns(pg_shop: Shop) -> None:
    """A second write transaction waits for the first: the same discipline as SQLite's BEGIN IMMEDIATE."""
    second_began = threading.Event()
    with pg_shop.db.write.connect() as first:
        first.begin()
        first.execute(text("SELECT 1"))

        def second() -> None:
            with pg_shop.db.write.begin() as conn:
                second_began.set()
                conn.execute(text("SELECT 1"))

        worker = threading.Thread(target=second)
        worker.start()
        assert not second_began.wait(0.5)
        first.commit()
    worker.join(10)
    assert second_began.is_set()


def test_reads_do_not_wait_for_writers(pg_shop: Shop) -> None:
    with pg_shop.db.write.connect() as writer:
        writer.begin()
        writer.execute(text("SELECT 1"))
        started = time.monotonic()
        assert pg_shop.status_board() == []
        assert time.monotonic() - started < 5
        writer.rollback()


def test_a_commit_with_events_notifies_its_last_event_id(pg_shop: Shop, pg_url: str) -> None:
    with psycopg.connect(_conninfo(pg_url), autocommit=True) as listener:
        listener.execute(f"LISTEN {NOTIFY_CHANNEL}")
        mechanic_id = pg_shop.handle(RegisterMechanic("박정비", 10))
        pg_shop.handle(RequestRepair("김민준", "12가3456", mechanic_id, 1, 50_000))
        payloads = [int(n.payload) for n in listener.notifies(timeout=2.0, stop_after=2)]
        assert payloads == sorted(payloads) and len(payloads) == 2
        assert payloads[-1] == pg_shop.query(queries.last_event_id)

        with pytest.raises(DomainError):  # refused: nothing committed, no one woken
            pg_shop.handle(RequestRepair("", "12가3456", mechanic_id, 1, 50_000))
        with pg_shop.db.write.begin() as conn:  # a write without events wakes no one either
            conn.execute(text("UPDATE mechanic SET name = name"))
        assert list(listener.notifies(timeout=0.5)) == []


def test_event_ids_are_visible_in_the_order_they_were_given(pg_shop: Shop, pg_url: str) -> None:
    """Writers take turns, so a cursor `id > last seen` never skips an event that committed late."""
    mechanic_id = pg_shop.handle(RegisterMechanic("박정비", 1000))
    seen: list[int] = []
    stop = threading.Event()

    def follow() -> None:
        last = 0
        with psycopg.connect(_conninfo(pg_url), autocommit=True) as conn:
            while not stop.is_set():
                ids = [r[0] for r in conn.execute("SELECT id FROM event_log WHERE id > %s ORDER BY id", (last,))]
                seen.extend(ids)
                last = ids[-1] if ids else last
            seen.extend(r[0] for r in conn.execute("SELECT id FROM event_log WHERE id > %s ORDER BY id", (last,)))

    def desk(n: int) -> None:
        shop = bootstrap(pg_url, pg_shop.invoice_dir, terminal=f"desk-{n}")
        try:
            for k in range(15):
                shop.handle(RequestRepair(f"손님{n}-{k}", "12가3456", mechanic_id, 1, 10_000))
        finally:
            shop.close()

    follower = threading.Thread(target=follow)
    follower.start()
    try:
        with ThreadPoolExecutor(3) as pool:
            list(pool.map(desk, range(3)))
    finally:
        stop.set()
        follower.join(30)
    every_id = pg_shop.query(lambda c: list(c.execute(text("SELECT id FROM event_log ORDER BY id")).scalars()))
    assert seen == every_id


def test_the_conditional_updates_alone_never_overbook(pg_shop: Shop, pg_url: str) -> None:
    """Without the writer lock or the row lock: the aggregate decides on what it read, possibly stale,
    and the conditional UPDATE behind it either agrees or trips; man-days and stock stay whole."""
    import itertools

    from sqlalchemy import Connection, create_engine

    from app.mechanic.repository import MechanicRepository
    from app.persistence import GuardTripped
    from app.vehicleparts.repository import PartRepository
    from domain.commands import RegisterPart

    mechanic_id = pg_shop.handle(RegisterMechanic("박정비", 50))
    part_id = pg_shop.handle(RegisterPart("OIL-1", "엔진오일", 48_000, 30))
    plain = create_engine(pg_url, isolation_level="READ COMMITTED", pool_size=8)  # no advisory lock here
    start = threading.Barrier(8)
    receipt_ids = itertools.count(10_000)

    def reserve(conn: Connection) -> bool:
        mechanics = MechanicRepository(conn)
        kim = mechanics.get(mechanic_id)  # no row lock: the UPDATE's WHERE alone guards
        receipt_id = next(receipt_ids)
        if not kim.reserve(receipt_id, 1):
            return False
        mechanics.reserve(kim, receipt_id, 1)
        return True

    def take(conn: Connection) -> bool:
        parts = PartRepository(conn)
        oil = parts.get(part_id)
        if not oil.take(1, 1, 1):
            return False
        parts.take(oil, 1)
        return True

    def until_refused(step: Callable[[Connection], bool]) -> int:
        """Run `step` in a transaction of its own until the aggregate says no more; how many times it took."""
        taken = 0
        while True:
            try:
                with plain.begin() as conn:
                    if not step(conn):
                        return taken
                taken += 1
            except GuardTripped:
                pass  # decided on a value another writer had changed: rolled back, nothing overbooked

    def grab(n: int) -> tuple[int, int]:
        start.wait(30)
        return until_refused(reserve), until_refused(take)

    try:
        with ThreadPoolExecutor(8) as pool:
            got = list(pool.map(grab, range(8)))
    finally:
        plain.dispose()
    assert sum(d for d, _ in got) == 50 and sum(p for _, p in got) == 30
    with pg_shop.db.read.connect() as conn:
        assert conn.execute(text("SELECT man_day FROM mechanic WHERE id = :i"), {"i": mechanic_id}).scalar() == 0
        assert conn.execute(text("SELECT stock FROM part WHERE id = :i"), {"i": part_id}).scalar() == 0
