"""Upgrading a shop written before the queue existed (migration 0007): its open jobs join the queue in the
order they were created, a finished job's reservation leaves it, and the man-days still balance."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, select, text

from app import schema as s
from app.bootstrap import bootstrap
from app.checks import run_checks
from app.db import alembic_config
from domain.events import JobCreated, ManDayDecreased, RepairRequested
from domain.jobs.commands import FinishJob, StartJob
from domain.reception.commands import RequestRepair
from tests.integration.core_helpers import man_day, row
from tests.integration.test_migrations import FIRST, NOW, STAMP, fill_first_revision, insert, log


def test_open_jobs_of_an_older_shop_queue_up_and_get_their_promise(db_url: str, tmp_path: Path) -> None:
    command.upgrade(alembic_config(db_url), FIRST)
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            ids = fill_first_revision(conn)
            kim = ids["mechanic"]
            rid = insert(
                conn,
                "receipt",
                customer_name="김영희",
                customer_phone="",
                car_number="34나5678",
                car_id="",
                mechanic_id=kim,
                mechanic_name="김민수",
                man_day=2,
                fare=50_000,
                term="",
                request_note="",
                status="accepted",
                reason="",
                requested_at=STAMP,
            )
            log(conn, RepairRequested(rid, "김영희", "34나5678", kim, "김민수", 2, 50_000, STAMP))
            insert(conn, "man_day_reservation", False, receipt_id=rid, mechanic_id=kim, man_day=2, released=False)
            conn.execute(text("UPDATE mechanic SET man_day = 5 WHERE id = :id"), {"id": kim})
            log(conn, ManDayDecreased(kim, rid, 2, 5))
            job = insert(conn, "job", receipt_id=rid, mechanic_id=kim, man_day=2, status="created", created_at=STAMP)
            last = log(conn, JobCreated(job, rid, kim, 2))
            insert(
                conn,
                "status_board",
                False,
                receipt_id=rid,
                customer_name="김영희",
                car_id="",
                car_number="34나5678",
                request_date=STAMP,
                mechanic_id=kim,
                mechanic_name="김민수",
                job_id=job,
                job_status="created",
                reason="",
                paid=False,
                voided=False,
                last_event_id=last,
            )
    finally:
        engine.dispose()

    shop = bootstrap(database_url=db_url, invoice_dir=tmp_path / "inv", clock=lambda: NOW)
    try:
        report = run_checks(shop)
        assert report.ok, report.render()
        with shop.db.read.connect() as conn:
            r = s.man_day_reservation.c
            queue = conn.execute(select(r.receipt_id, r.released, r.accepted_at).order_by(r.receipt_id)).all()
        assert [(q.receipt_id, bool(q.released)) for q in queue] == [(ids["receipt"], True), (rid, False)]
        assert queue[1].accepted_at == STAMP  # the queue's order: when the job was created
        assert row(shop, rid).promised_date == ""  # no event promised anything yet

        new = shop.handle(RequestRepair("박철수", "56다7890", kim, 1, 10_000))  # the day's first booking re-plans
        old_promise, new_promise = row(shop, rid).promised_date, row(shop, new).promised_date
        assert old_promise and new_promise and old_promise < new_promise  # the older job first
        shop.handle(StartJob(job))
        shop.handle(FinishJob(job))
        assert man_day(shop, kim) == 6  # 5, less 1 booked, plus 2 given back
        report = run_checks(shop)
        assert report.ok, report.render()
    finally:
        shop.close()
