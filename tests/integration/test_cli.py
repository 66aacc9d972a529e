"""The admin command line, run as a person would: `python -m app --database URL COMMAND`."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import create_engine, delete, func, select, update

from app import schema as s
from app.bootstrap import bootstrap
from app.db import current_revision, head_revision
from tests.integration.core_helpers import cli, ok, snapshot


def test_migrate_creates_a_new_database_at_head(db_url: str, tmp_path: Path) -> None:
    out = ok(cli(db_url, tmp_path, "migrate"))
    assert "up to date" in out
    engine = create_engine(db_url)
    try:
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()
    ok(cli(db_url, tmp_path, "migrate"))  # and again: nothing to do, still fine


def rebuild_as_demo_manager(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> str:
    from app.cli import main
    from app.demo import DEMO_USERS
    from app.users import cli_signin

    name, _role, pin = DEMO_USERS[0]
    monkeypatch.setattr(cli_signin, "read_pin", lambda _prompt: pin)
    capsys.readouterr()
    code = main(["--database", db_url, "--invoice-dir", str(tmp_path / "invoices"), "--user", name, "rebuild-board"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_demo_check_tamper_rebuild(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """One demo shop, then the guarantees checked, broken by hand, reported and repaired."""
    out = ok(cli(db_url, tmp_path, "demo"))
    assert "4 mechanics" in out and "40 receipts" in out
    assert "All guarantees hold." in ok(cli(db_url, tmp_path, "check"))
    assert "already has data" in ok(cli(db_url, tmp_path, "demo"))  # a second demo adds nothing

    shop = bootstrap(database_url=db_url, invoice_dir=tmp_path / "invoices")
    try:
        board = shop.status_board()
        statuses = Counter(r.job_status for r in board)
        assert set(statuses) == {"created", "started", "finished", "cancelled", "rejected"}
        assert any(r.paid for r in board) and any(r.invoice_no and not r.paid for r in board)
        with shop.db.read.connect() as conn:
            assert conn.execute(select(func.count()).select_from(s.part)).scalar_one() >= 25
            names = list(conn.execute(select(s.mechanic.c.name)).scalars())
        assert len(names) == 4 and all("\uac00" <= name[0] <= "\ud7a3" for name in names)  # Korean names

        # Neither check nor deliver-pending writes anything.
        before = snapshot(shop)
        ok(cli(db_url, tmp_path, "check"))
        ok(cli(db_url, tmp_path, "deliver-pending"))
        assert snapshot(shop) == before

        # A board row changed behind the app's back.
        victim = next(r for r in board if r.job_status == "finished")
        with shop.db.write.begin() as conn:
            conn.execute(
                update(s.status_board)
                .where(s.status_board.c.receipt_id == victim.receipt_id)
                .values(customer_name="변조됨", paid=not victim.paid)
            )
    finally:
        shop.close()

    result = cli(db_url, tmp_path, "check")
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert "[FAIL] status board equals the board rebuilt from the event log" in result.stdout
    assert f"receipt {victim.receipt_id} differs: customer_name: '변조됨' ≠ {victim.customer_name!r}" in result.stdout
    assert "1 guarantee(s) broken." in result.stdout

    # The demo shop has users: rebuilding the board asks for a manager (the demo's, PIN from app.demo).
    assert "Status board rebuilt from" in rebuild_as_demo_manager(db_url, tmp_path, monkeypatch, capsys)
    assert "All guarantees hold." in ok(cli(db_url, tmp_path, "check"))
    shop = bootstrap(database_url=db_url, invoice_dir=tmp_path / "invoices")
    try:
        assert shop.status_board() == board
    finally:
        shop.close()

    check_names_every_breach_in_words(db_url, tmp_path)


def check_names_every_breach_in_words(db_url: str, tmp_path: Path) -> None:
    """Four guarantees broken by hand at once: `check` exits 1 and names each breach."""
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            # A mechanic's man-days edited by hand.
            mechanic_id, days = conn.execute(
                select(s.mechanic.c.id, s.mechanic.c.man_day).order_by(s.mechanic.c.id).limit(1)
            ).one()
            conn.execute(update(s.mechanic).where(s.mechanic.c.id == mechanic_id).values(man_day=days + 5))
            # A part's stock edited by hand.
            part_id, on_shelf = conn.execute(select(s.part.c.id, s.part.c.stock).order_by(s.part.c.id).limit(1)).one()
            conn.execute(update(s.part).where(s.part.c.id == part_id).values(stock=on_shelf + 3))
            # A job deleted: its receipt is accepted and now has none.
            job_id, receipt_id = conn.execute(
                select(s.job.c.id, s.job.c.receipt_id)
                .where(s.job.c.status == "created", ~s.job.c.id.in_(select(s.part_request.c.job_id)))
                .order_by(s.job.c.id)
                .limit(1)
            ).one()
            conn.execute(delete(s.bill_line).where(s.bill_line.c.job_id == job_id))  # its bill goes with it
            conn.execute(delete(s.job).where(s.job.c.id == job_id))
            # A hole in the invoice numbers: the last one renumbered past the end.
            last_no = conn.execute(select(func.max(s.invoice.c.invoice_no))).scalar_one()
            year, seq = last_no.split("-")
            moved = f"{year}-{int(seq) + 2:06d}"
            conn.execute(update(s.invoice).where(s.invoice.c.invoice_no == last_no).values(invoice_no=moved))
    finally:
        engine.dispose()

    result = cli(db_url, tmp_path, "check")
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    assert "Traceback" not in out + result.stderr
    assert "[FAIL] man-days conserved against the event log" in out
    assert f"mechanic {mechanic_id} has {days + 5} man-days left; the event log says {days}" in out
    assert "[FAIL] stock conserved against the event log, never below zero" in out
    assert f"part {part_id} has {on_shelf + 3} in stock; the event log says {on_shelf}" in out
    assert "[FAIL] one job per accepted receipt, none for rejected ones" in out
    assert f"receipt {receipt_id} is accepted but has no job" in out
    assert "[FAIL] invoice numbers unique and gapless" in out
    assert f"{year}: invoice numbers have holes at [{int(seq)}, {int(seq) + 1}]" in out
    # The renumbered invoice is also one no event issued (app.integrity).
    assert "[FAIL] invoices, payments, refunds and closed days equal to those rebuilt from the events" in out
    assert f"invoice {moved} (row " in out and f"invoice {last_no} was issued by an event but has no row" in out
    assert "5 guarantee(s) broken." in out


def test_a_bad_database_url_is_one_readable_line(tmp_path: Path) -> None:
    result = cli("nosuchdb://x", tmp_path, "check")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0 and "check failed" in result.stderr


def test_check_catches_money_and_lines_edited_by_hand(db_url: str, tmp_path: Path) -> None:
    """An invoice line's price or an invoice's refunded total edited by hand: `check` names both."""
    ok(cli(db_url, tmp_path, "demo"))
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            invoice_id, invoice_no, job_id = conn.execute(
                select(s.invoice.c.id, s.invoice.c.invoice_no, s.invoice.c.job_id)
                .where(s.invoice.c.id.in_(select(s.invoice_line.c.invoice_id).where(s.invoice_line.c.kind == "part")))
                .order_by(s.invoice.c.id)
                .limit(1)
            ).one()
            line = s.invoice_line.c
            conn.execute(
                update(s.invoice_line)
                .where(line.invoice_id == invoice_id, line.kind == "part")
                .values(unit_price=line.unit_price + 1, amount=line.quantity * (line.unit_price + 1))
            )
            conn.execute(update(s.invoice).where(s.invoice.c.id == invoice_id).values(refunded=1))
    finally:
        engine.dispose()
    result = cli(db_url, tmp_path, "check")
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    assert f"job {job_id}: the invoice's part lines differ from the parts provided to it" in out
    assert f"{invoice_no}: refunded 1 but refunds add to 0" in out
