"""Moving up: `python -m app copy-to URL` moves a SQLite shop onto an empty PostgreSQL database."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app import schema as s
from app.bootstrap import Shop, bootstrap
from app.cli import main
from app.copy import CopyRefused, copy_shop
from app.demo import fill_demo
from domain.commands import FinishJob, RegisterMechanic, RequestRepair, StartJob

pytestmark = pytest.mark.postgres
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def sqlite_shop(tmp_path: Path) -> tuple[str, Shop]:
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    shop = bootstrap(url, tmp_path / "invoices", actor="desk", terminal="front-desk")
    fill_demo(shop)
    return url, shop


def counts(shop: Shop) -> dict[str, int]:
    with shop.db.read.connect() as conn:
        return {
            t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
            for t in s.metadata.sorted_tables
        }


def test_copy_to_moves_the_whole_shop_and_it_goes_on_working(
    sqlite_shop: tuple[str, Shop], new_postgres_database: Callable[[], str], tmp_path: Path
) -> None:
    src_url, src = sqlite_shop
    before, board, invoices = counts(src), src.status_board(), sorted(src.query(_invoice_numbers))
    src.close()
    target = new_postgres_database()

    result = subprocess.run(
        [sys.executable, "-m", "app", "--database", src_url, "--invoice-dir", str(tmp_path / "invoices"),
         "copy-to", target],
        cwd=ROOT, env=os.environ, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "All guarantees hold." in result.stdout
    assert "pitlane_test:***@" in result.stdout  # the password is not printed

    moved = bootstrap(target, tmp_path / "invoices", actor="desk", terminal="front-desk")
    try:
        assert counts(moved) == before
        assert moved.status_board() == board
        assert sorted(moved.query(_invoice_numbers)) == invoices
        moved.login("관리자", "7391")  # the demo's manager (docs/admin.md): the users came along too
        # The id sequences were moved past the copied ids, and the numbering goes on without a hole.
        mechanic_id = moved.handle(RegisterMechanic("새정비", 5))
        assert mechanic_id == before["mechanic"] + 1
        receipt_id = moved.handle(RequestRepair("새손님", "99가9999", mechanic_id, 1, 10_000))
        assert receipt_id == before["receipt"] + 1
        job_id = moved.query(lambda c: c.execute(select(s.job.c.id).where(s.job.c.receipt_id == receipt_id)).scalar())
        moved.handle(StartJob(job_id))
        moved.handle(FinishJob(job_id))
        numbers = sorted(moved.query(_invoice_numbers))
        assert len(numbers) == len(invoices) + 1
        assert int(numbers[-1].rsplit("-", 1)[1]) == int(invoices[-1].rsplit("-", 1)[1]) + 1
    finally:
        moved.close()


def test_copy_to_refuses_a_database_that_already_holds_a_shop(
    sqlite_shop: tuple[str, Shop], new_postgres_database: Callable[[], str], tmp_path: Path
) -> None:
    _, src = sqlite_shop
    target = new_postgres_database()
    other = bootstrap(target, tmp_path / "other", actor="x")
    other.handle(RegisterMechanic("다른정비", 3))
    other.close()
    try:
        with pytest.raises(CopyRefused, match="already holds a shop"):
            copy_shop(src, target)
    finally:
        src.close()
    again = bootstrap(target, tmp_path / "other", actor="x")
    try:
        assert counts(again)["mechanic"] == 1
    finally:
        again.close()


def test_copy_to_refuses_a_database_with_other_tables(
    sqlite_shop: tuple[str, Shop], new_postgres_database: Callable[[], str]
) -> None:
    _, src = sqlite_shop
    target = new_postgres_database()
    import psycopg

    with psycopg.connect(target.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        conn.execute("CREATE TABLE customers (id int)")
    try:
        with pytest.raises(CopyRefused, match=r"not empty.*customers"):
            copy_shop(src, target)
    finally:
        src.close()


def test_copy_to_refuses_the_shops_own_database(
    sqlite_shop: tuple[str, Shop], capsys: pytest.CaptureFixture[str]
) -> None:
    src_url, src = sqlite_shop
    src.close()
    assert main(["--database", src_url, "copy-to", src_url]) == 2
    assert "own database" in capsys.readouterr().err


def test_a_failed_copy_keeps_nothing_and_can_be_run_again(
    sqlite_shop: tuple[str, Shop], new_postgres_database: Callable[[], str]
) -> None:
    _, src = sqlite_shop
    target = new_postgres_database()
    # SQLite does not enforce VARCHAR lengths; PostgreSQL does.
    with src.db.write.begin() as conn:
        conn.execute(text("UPDATE mechanic SET name = :long WHERE id = 1"), {"long": "가" * 200})
    try:
        with pytest.raises(CopyRefused, match="table mechanic"):
            copy_shop(src, target)
        moved = bootstrap(target, actor="x", deliver_pending=False)
        try:
            assert set(counts(moved).values()) == {0}
        finally:
            moved.close()
        with src.db.write.begin() as conn:
            conn.execute(text("UPDATE mechanic SET name = '김정비' WHERE id = 1"))
        report = copy_shop(src, target)
        assert report.ok, report.render()
    finally:
        src.close()


def _invoice_numbers(conn: object) -> list[str]:
    return list(conn.execute(select(s.invoice.c.invoice_no)).scalars())  # type: ignore[attr-defined]
