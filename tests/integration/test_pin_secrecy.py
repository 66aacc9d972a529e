"""A PIN is never in any file the app writes: the database (and its WAL), the log, the event log, documents.

Every way a PIN reaches the app is used once (creating, signing in right and
wrong, changing one's own, a manager's reset, a refused trivial PIN), with the
log at DEBUG, and then every byte of every file is searched for each PIN.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import select

from app.bootstrap import bootstrap
from app.eventlog.tables import event_log
from domain.commands import ChangePin, CreateUser, FinishJob, RegisterMechanic, RequestRepair, StartJob
from domain.errors import InvalidInput, LoginFailed
from tests.integration.core_helpers import wait_for_documents

PINS = ("58392071", "61739254", "40617283", "93058172", "27150394")


@pytest.mark.sqlite_only
def test_no_pin_in_any_file_the_app_writes(tmp_path: Path) -> None:
    log_file = tmp_path / "pitlane.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    db_file = tmp_path / "shop.db"
    shop = bootstrap(database_url=f"sqlite:///{db_file}", invoice_dir=tmp_path / "invoices", terminal="desk-1")
    refusals: list[str] = []
    try:
        kim = shop.handle(RegisterMechanic("김민수", 10))
        manager = shop.handle(CreateUser("최관리", "manager", PINS[0]))
        shop.login("최관리", PINS[0])
        desk = shop.handle(CreateUser("박지영", "desk", PINS[1]))
        mechanic = shop.handle(CreateUser("김민수", "mechanic", PINS[2], mechanic_id=kim))
        shop.handle(ChangePin(mechanic, PINS[3]))  # a manager's reset
        for wrong in ("0001", PINS[4]):
            with pytest.raises(LoginFailed) as failed:
                shop.login("박지영", wrong)
            refusals += [str(failed.value), repr(failed.value), failed.value.render("ko")]
        shop.login("박지영", PINS[1])
        shop.handle(ChangePin(desk, PINS[4], old_pin=PINS[1]))
        with pytest.raises(InvalidInput) as trivial:
            shop.handle(ChangePin(desk, "5555", old_pin=PINS[4]))
        refusals += [str(trivial.value), trivial.value.render("ko")]
        shop.login("최관리", PINS[0])
        rid = shop.handle(RequestRepair("홍길동", "12가3456", kim, 1, 50_000))
        job = next(r.job_id for r in shop.status_board() if r.receipt_id == rid)
        shop.handle(StartJob(job))
        shop.handle(FinishJob(job))
        wait_for_documents(shop)
        with shop.db.read.connect() as conn:
            payloads = [row.payload for row in conn.execute(select(event_log.c.payload))]
        audit = repr(shop.audit())
        assert manager
    finally:
        shop.close()
        root.removeHandler(handler)
        handler.close()
        root.setLevel(old_level)
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert db_file in written and log_file in written and any(p.suffix == ".pdf" for p in written)
    assert log_file.stat().st_size > 0
    for pin in PINS:
        for path in written:
            assert pin.encode() not in path.read_bytes(), f"a PIN is in {path.name}"
        assert all(pin not in payload for payload in payloads)
        assert pin not in audit
        assert all(pin not in text for text in refusals)
    assert "5555" not in " ".join(refusals)
