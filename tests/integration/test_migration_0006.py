"""Migration 0006 on a shop with work in every state: down to 0005 and up again keeps the shop whole."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import select

from app import schema as s
from app.bootstrap import bootstrap
from app.checks import run_checks
from app.db import alembic_config
from domain.commands import AddLabour, RecordPayment, RegisterMechanic, RequestRepair, StartJob
from tests.builders import make_invoice
from tests.integration.core_helpers import job_of


def test_down_and_up_again_rebuilds_the_labour_lines_and_business_days(db_url: str, tmp_path: Path) -> None:
    shop = bootstrap(db_url, tmp_path / "inv", actor="desk")
    try:
        no = make_invoice(shop, fare=100_005, parts=[("OIL-1", "엔진오일", 24_000, 2)])
        shop.handle(RecordPayment(no, 50_000, "card"))
        kim = shop.handle(RegisterMechanic("박지훈", 10))
        rid = shop.handle(RequestRepair("김영희", "34나5678", kim, 1, 70_000))
        open_job = job_of(shop, rid)
        shop.handle(StartJob(open_job))
    finally:
        shop.close()

    cfg = alembic_config(db_url)
    command.downgrade(cfg, "0005")
    command.upgrade(cfg, "head")

    shop = bootstrap(db_url, tmp_path / "inv", actor="desk")
    try:
        b, ln, p = s.bill_line.c, s.invoice_line.c, s.payment.c
        with shop.db.read.connect() as conn:
            fare_lines = conn.execute(select(b.id, b.kind, b.amount).where(b.job_id == open_job)).all()
            invoice_lines = conn.execute(select(ln.line_no, ln.kind, ln.amount).order_by(ln.line_no)).all()
            days = [tuple(r) for r in conn.execute(select(p.business_day, p.recorded_at))]
        assert [tuple(r) for r in fare_lines] == [(1, "labour", 70_000)]  # the open job's fare, a real line again
        assert [tuple(r) for r in invoice_lines] == [(1, "labour", 100_005), (2, "part", 48_000)]
        assert len(days) == 1 and days[0][0] == days[0][1][:10]  # the day it was taken, as before 0006
        view = shop.invoice(no)
        assert (view.subtotal, view.balance) == (148_005, view.total - 50_000)
        # Going down to 0005 also dropped what later revisions keep on the board (0007's promised
        # dates): the log still holds them, and a rebuild is how a downgraded shop gets them back.
        shop.rebuild_board()
        report = run_checks(shop)
        assert report.ok, report.render()
        line = shop.handle(AddLabour(open_job, "세차", 10_000))  # line ids carry on after the migrated ones
        assert line == 2
    finally:
        shop.close()
