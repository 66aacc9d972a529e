"""The append-only event log: who, which terminal, when; written with the change it records."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from app import schema as s
from app.board import projection
from app.bootstrap import Shop, bootstrap
from app.eventlog.serialization import from_json
from domain.commands import IncreaseStock, RegisterMechanic, RequestRepair, StartJob
from domain.events import EVENT_TYPES
from tests.builders import busy_shop
from tests.integration.core_helpers import count, diff, events, job_of, log_rows, snapshot
from tests.published import PUBLISHED_EVENTS

PUBLISHED = set(PUBLISHED_EVENTS)


def test_a_busy_day_logs_every_published_event_with_who_where_and_when(shop: Shop) -> None:
    b = busy_shop(shop)
    shop.handle(IncreaseStock(b.gasket, 5), actor="parts-counter")
    rows = log_rows(shop)
    assert {r.event_type for r in rows} >= PUBLISHED
    ids = [r.id for r in rows]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    for r in rows:
        assert r.actor in ("tester", "parts-counter")
        assert r.terminal == "test-1"
        stamp = datetime.fromisoformat(r.occurred_at)
        assert stamp.tzinfo is not None
        assert abs((datetime.now().astimezone() - stamp).total_seconds()) < 600
        event = from_json(r.event_type, r.payload)
        assert type(event) is EVENT_TYPES[r.event_type]
        assert r.dispatched in (True, 1)
    assert rows[-1].actor == "parts-counter" and rows[-1].event_type == "StockIncreased"


def test_events_a_command_sets_off_carry_the_actor_and_terminal_of_that_command(db_url: str, tmp_path: Path) -> None:
    bay = bootstrap(database_url=db_url, invoice_dir=tmp_path / "inv", actor="nobody", terminal="bay-2")
    try:
        kim = bay.handle(RegisterMechanic("김민수", 5), actor="manager")
        first = len(log_rows(bay))
        rid = bay.handle(RequestRepair("홍길동", "12가3456", kim, 1, 0), actor="desk-kim")
        caused = log_rows(bay)[first:]
        # a new car: the request registers its customer and vehicle first (customers context)
        assert [r.event_type for r in caused] == [
            "CustomerRegistered",
            "VehicleRegistered",
            "RepairRequested",
            "ManDayDecreased",
            "JobCreated",
        ]
        assert {(r.actor, r.terminal) for r in caused} == {("desk-kim", "bay-2")}
        bay.handle(StartJob(job_of(bay, rid)))
        assert (log_rows(bay)[-1].event_type, log_rows(bay)[-1].actor) == ("JobStarted", "nobody")
    finally:
        bay.close()


def test_the_log_is_append_only(shop: Shop) -> None:
    b = busy_shop(shop)
    before = log_rows(shop)
    shop.handle(IncreaseStock(b.oil, 3))
    shop.handle(StartJob(b.created_job))
    after = log_rows(shop)
    assert after[: len(before)] == before
    assert len(after) > len(before)


def test_an_event_that_cannot_be_logged_takes_its_change_with_it(shop: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    """State and events commit in one transaction: when logging fails, nothing is saved."""
    kim = shop.handle(RegisterMechanic("김민수", 5))
    real_project = projection.project

    def failing_project(conn, event_id, event):
        real_project(conn, event_id, event)
        if event.event_type == "RepairRequested":
            raise RuntimeError("disk full while logging")

    before = snapshot(shop)
    monkeypatch.setattr(projection, "project", failing_project)
    with pytest.raises(RuntimeError, match="disk full"):
        shop.handle(RequestRepair("홍길동", "12가3456", kim, 2, 0))
    monkeypatch.undo()
    assert diff(before, snapshot(shop)) == []
    assert count(shop, s.receipt) == 0 and events(shop, "RepairRequested") == []
    # The shop goes on working after the failure.
    rid = shop.handle(RequestRepair("홍길동", "12가3456", kim, 2, 0))
    assert [e.receipt_id for e in events(shop, "RepairRequested")] == [rid]


def test_every_event_of_a_command_is_committed_with_it(shop: Shop) -> None:
    """The change and every event it caused are visible together, in one commit."""
    kim = shop.handle(RegisterMechanic("김민수", 5))
    seen: list[tuple[int, int]] = []

    def on_commit(logged):
        with shop.db.read.connect() as conn:
            receipts = count(shop, s.receipt)
            logged_ids = [e.id for e in logged]
            in_log = conn.execute(s.event_log.select().where(s.event_log.c.id.in_(logged_ids))).all()
        seen.append((receipts, len(in_log)))

    shop.on_commit(on_commit)
    shop.handle(RequestRepair("홍길동", "12가3456", kim, 2, 0))
    # one commit: the receipt and its five events (the new car's customer and vehicle registered, then the three)
    assert seen == [(1, 5)]


@pytest.mark.sqlite_only  # SQLite's temp_store: PostgreSQL has no such setting
def test_the_writers_keep_a_policy_savepoints_undo_pages_in_memory_not_in_a_temporary_file(shop: Shop) -> None:
    """Every policy runs in a savepoint; SQLite's sub-journal for it stays in memory on the write engine
    (a temporary file per command otherwise), while the read engine keeps SQLite's default for its sorts."""
    assert shop.db.is_sqlite
    shop.handle(RegisterMechanic("김정비", 5))  # a command, so the pool holds a used write connection
    with shop.db.write.connect() as writer, shop.db.read.connect() as reader:
        assert writer.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY
        assert reader.exec_driver_sql("PRAGMA temp_store").scalar() == 0  # the build's default
