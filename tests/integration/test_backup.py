"""Backups while terminals keep working, verified as written; rotation; one before every migration;
restore verified first; and `check` that only reads (a read-only file, a backup, a damaged index page).

Issue 13's findings tested here: `check` needed write access and wrote missing
PDFs into the default folder; a damaged index page passed `check`.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, func, select, update

from app import schema as s
from app.bootstrap import Shop, bootstrap
from app.db import ROOT, alembic_config, head_revision
from app.settings import Settings
from domain.commands import IncreaseStock, RegisterMechanic, RegisterPart
from tests.integration import mounts
from tests.integration.core_helpers import cli, count, ok, wait_for_documents

sqlite_only = pytest.mark.sqlite_only


def open_shop_with_parts(url: str, tmp_path: Path, parts: int = 30) -> Shop:
    shop = bootstrap(database_url=url, invoice_dir=tmp_path / "invoices", actor="desk", terminal="t1")
    shop.handle(RegisterMechanic("김민수", 10))
    for i in range(1, parts + 1):
        shop.handle(RegisterPart(f"P-{i:04d}", f"부품 {i}", 10_000 + i, stock=5))
    return shop


def written_path(out: str) -> Path:
    line = next(line for line in out.splitlines() if line.startswith("Backup written: "))
    return Path(line.removeprefix("Backup written: ").strip())


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- backing up ----------------------------------------------------------------------------------
WRITER = """
import sys, time
from pathlib import Path
from app.bootstrap import bootstrap
from domain.commands import IncreaseStock, RegisterMechanic
shop = bootstrap(database_url=sys.argv[1], invoice_dir=sys.argv[2], actor="bay", terminal="t2")
stop, n = Path(sys.argv[3]), 0
Path(sys.argv[4]).write_text("started")
while not stop.exists():
    shop.handle(IncreaseStock(1, 1))
    if n % 10 == 0:
        shop.handle(RegisterMechanic(f"정비사{n}", 1))
    n += 1
shop.close()
print(n)
"""


@sqlite_only
def test_a_backup_is_one_consistent_moment_while_another_terminal_keeps_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app import backup

    url = f"sqlite:///{tmp_path / 'shop.db'}"
    open_shop_with_parts(url, tmp_path).close()
    stop, started = tmp_path / "stop", tmp_path / "started"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, url, str(tmp_path / "invoices"), str(stop), str(started)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not started.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)
        monkeypatch.setattr(backup, "PAGES_PER_STEP", 4)  # many small steps, the writer between them
        steps: list[tuple[int, int]] = []
        result = backup.make_backup(url, Settings(), tmp_path / "copy.db", progress=lambda d, t: steps.append((d, t)))
    finally:
        stop.touch()
        out, err = writer.communicate(timeout=60)
    assert writer.returncode == 0, err
    assert int(out.strip()) > 0
    assert len(steps) > 5 and steps[-1][0] == steps[-1][1]
    assert result.report is not None and result.report.ok, result.report.render()  # stock vs events agree in it
    assert result.path == tmp_path / "copy.db" and result.revision == head_revision()
    assert not (tmp_path / "copy.db-wal").exists()  # one self-contained file
    shop = bootstrap(database_url=url, invoice_dir=tmp_path / "invoices", actor="desk")
    try:
        assert shop.query(lambda c: c.execute(select(s.part.c.stock).where(s.part.c.id == 1)).scalar()) > 5
    finally:
        shop.close()


@sqlite_only
def test_backup_prints_its_path_and_check_passes_on_the_copy(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    open_shop_with_parts(url, tmp_path).close()
    out = ok(cli(url, tmp_path, "backup"))
    copy = written_path(out)
    assert copy.parent == tmp_path / "backups" and copy.name.startswith("shop-") and copy.is_file()
    assert "every guarantee holds" in out
    assert "All guarantees hold." in ok(cli(f"sqlite:///{copy}", tmp_path, "check"))

    named = tmp_path / "usb" / "monday.db"
    assert written_path(ok(cli(url, tmp_path, "backup", str(named)))) == named
    again = cli(url, tmp_path, "backup", str(named))
    assert again.returncode == 2 and "never writes a backup over a file" in again.stderr


@pytest.mark.postgres
def test_a_postgres_shop_is_backed_up_with_pg_dump_and_restored(
    new_postgres_database: Callable[[], str], tmp_path: Path
) -> None:
    url = new_postgres_database()
    shop = open_shop_with_parts(url, tmp_path, parts=3)
    shop.close()
    dump = tmp_path / "shop.dump"
    out = ok(cli(url, tmp_path, "backup", str(dump)))
    assert written_path(out) == dump and dump.read_bytes()[:5] == b"PGDMP"
    assert "every guarantee holds" in out

    shop = bootstrap(database_url=url, invoice_dir=tmp_path / "invoices", actor="desk")
    shop.handle(RegisterMechanic("이서준", 3))  # after the backup
    shop.close()

    out = ok(cli(url, tmp_path, "restore", str(dump), "--yes"))
    assert "Restored" in out and "is kept at" in out
    replaced = Path(out.split("is kept at ")[1].strip().rstrip("."))
    assert replaced.read_bytes()[:5] == b"PGDMP"
    shop = bootstrap(database_url=url, invoice_dir=tmp_path / "invoices", actor="desk")
    try:
        assert count(shop, s.mechanic) == 1 and count(shop, s.part) == 3
        assert shop.handle(RegisterMechanic("이서준", 3)) == 2  # the id sequences came back too
    finally:
        shop.close()


@pytest.mark.postgres
def test_without_pg_dump_the_backup_says_what_to_install(
    new_postgres_database: Callable[[], str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.backup import BackupRefused, make_backup

    url = new_postgres_database()
    open_shop_with_parts(url, tmp_path, parts=1).close()
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    with pytest.raises(BackupRefused) as info:
        make_backup(url, Settings(), tmp_path / "x.dump")
    assert "postgresql-client" in str(info.value) and "pg_dump" in str(info.value)
    assert not (tmp_path / "x.dump").exists()


# -- automatic backups ---------------------------------------------------------------------------
@sqlite_only
def test_one_automatic_backup_a_day_taken_at_start(tmp_path: Path) -> None:
    from app.backup import take_daily_backup

    url = f"sqlite:///{tmp_path / 'shop.db'}"
    open_shop_with_parts(url, tmp_path, parts=1).close()  # a new shop: nothing to back up yet
    assert not (tmp_path / "backups").exists()
    for _ in range(3):
        bootstrap(database_url=url, invoice_dir=tmp_path / "invoices", actor="desk").close()
    assert [p.name for p in (tmp_path / "backups").iterdir()] == [f"shop-daily-{date.today()}.db"]
    shop = bootstrap(database_url=url, invoice_dir=tmp_path / "invoices", actor="desk")
    try:
        tomorrow = date.today() + timedelta(days=1)
        assert take_daily_backup(shop.db, shop.settings, today=tomorrow) == tmp_path / "backups" / (
            f"shop-daily-{tomorrow}.db"
        )
    finally:
        shop.close()


@sqlite_only
def test_rotation_keeps_seven_days_then_four_weeks(tmp_path: Path) -> None:
    from app.backup import prune

    folder = tmp_path / "backups"
    folder.mkdir()
    last = date(2026, 3, 29)  # a Sunday
    for n in range(60):
        (folder / f"shop-daily-{last - timedelta(days=n)}.db").write_bytes(b"x")
    (folder / "shop-2026-01-01_101010.db").write_bytes(b"by hand")
    (folder / "shop-before-upgrade-from-0002-2026-01-02_101010.db").write_bytes(b"before a migration")
    (folder / "other-daily-2026-01-01.db").write_bytes(b"another shop's")

    removed = prune(folder, "shop", keep_daily=7, keep_weekly=4)

    kept_days = sorted(p.name[len("shop-daily-") : -3] for p in folder.glob("shop-daily-*"))
    assert kept_days == [
        "2026-03-01",  # the newest of each of the four weeks before (a Sunday: the last day of its ISO week)
        "2026-03-08",
        "2026-03-15",
        "2026-03-22",
        "2026-03-23",  # the seven newest days (the whole week of 2026-03-29)
        "2026-03-24",
        "2026-03-25",
        "2026-03-26",
        "2026-03-27",
        "2026-03-28",
        "2026-03-29",
    ]
    assert len(removed) == 60 - 11
    assert {p.name for p in folder.iterdir()} >= {
        "shop-2026-01-01_101010.db",
        "shop-before-upgrade-from-0002-2026-01-02_101010.db",
        "other-daily-2026-01-01.db",
    }


def test_a_verified_backup_is_taken_before_every_migration(db_url: str, tmp_path: Path) -> None:
    from app.backup import pg_archive_revision

    command.upgrade(alembic_config(db_url), "0002")
    folder = tmp_path / "pre-migration"
    settings = Settings(backup_dir=str(folder))
    shop = bootstrap(database_url=db_url, invoice_dir=tmp_path / "invoices", settings=settings, actor="desk")
    shop.close()
    taken = sorted(folder.iterdir())
    assert len(taken) == 2  # the one before the upgrade, and the day's (after it)
    before = next(p for p in taken if "-before-upgrade-from-0002-" in p.name)
    if db_url.startswith("sqlite"):
        conn = sqlite3.connect(before)
        try:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002",)
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        finally:
            conn.close()
    else:
        assert pg_archive_revision(before) == "0002"
    # Already at head: no second backup before a migration that does not happen.
    bootstrap(database_url=db_url, invoice_dir=tmp_path / "invoices", settings=settings, actor="desk").close()
    assert len(list(folder.glob("*-before-upgrade-*"))) == 1


# -- check reads only -------------------------------------------------------------------------------
def corrupt_index_entry(db: Path, table: str, old: bytes, new: bytes) -> None:
    """Change one key inside a page of `table`'s index, leaving the table's own pages as they are."""
    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    roots = [
        r[0] for r in conn.execute("SELECT rootpage FROM sqlite_master WHERE type='index' AND tbl_name=?", (table,))
    ]
    conn.close()
    data = bytearray(db.read_bytes())
    for root in roots:
        start = (root - 1) * page_size
        page = data[start : start + page_size]
        at = page.find(old)
        if at >= 0:
            data[start + at : start + at + len(new)] = new
            db.write_bytes(bytes(data))
            return
    raise AssertionError(f"{old!r} is in no index page of {table}")


@sqlite_only
def test_check_reports_a_damaged_index_page(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    open_shop_with_parts(url, tmp_path).close()
    damaged = tmp_path / "damaged.db"
    shutil.copy(tmp_path / "shop.db", damaged)
    corrupt_index_entry(damaged, "part", b"P-0007", b"P-0097")
    assert "All guarantees hold." in ok(cli(url, tmp_path, "check"))  # the original is fine

    result = cli(f"sqlite:///{damaged}", tmp_path, "check")

    assert result.returncode == 1, result.stdout + result.stderr
    assert "[FAIL] SQLite's own integrity check (PRAGMA integrity_check)" in result.stdout
    assert "index" in result.stdout.split("[FAIL] SQLite's own integrity check")[1].split("\n[")[0]
    assert "Traceback" not in result.stderr


@sqlite_only
def test_check_runs_on_a_read_only_file_and_writes_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    shop = open_shop_with_parts(url, tmp_path, parts=2)
    shop.close()
    with mounts.read_only(tmp_path / "shop.db"):
        assert "All guarantees hold." in ok(cli(url, tmp_path, "check"))
    folder = tmp_path / "shop-folder"
    folder.mkdir()
    shutil.copy(tmp_path / "shop.db", folder / "shop.db")
    with mounts.read_only(folder):  # no -shm can be made beside it: read as an unchanging file
        assert "All guarantees hold." in ok(cli(f"sqlite:///{folder / 'shop.db'}", tmp_path, "check"))


@sqlite_only
def test_check_writes_no_pdf(tmp_path: Path) -> None:
    """An invoice whose PDF was never written (a crash): `check` neither writes it nor stores its hash."""
    from domain.commands import FinishJob, RequestRepair, StartJob
    from tests.integration.core_helpers import job_of

    url = f"sqlite:///{tmp_path / 'shop.db'}"
    shop = open_shop_with_parts(url, tmp_path, parts=1)
    rid = shop.handle(RequestRepair("홍길동", "12가3456", 1, 1, 50_000))
    shop.handle(StartJob(job_of(shop, rid)))
    shop.handle(FinishJob(job_of(shop, rid)))
    wait_for_documents(shop)
    with shop.db.write.begin() as conn:
        conn.execute(update(s.invoice).values(pdf_sha256=None))
    shop.close()
    for pdf in (tmp_path / "invoices").glob("*.pdf"):
        pdf.unlink()
    before = digest(tmp_path / "shop.db")

    assert "All guarantees hold." in ok(cli(url, tmp_path, "check"))

    assert list((tmp_path / "invoices").glob("*.pdf")) == []
    assert not (tmp_path / "home" / "data" / "pitlane" / "invoices").exists()
    assert not (tmp_path / "backups").exists()
    assert digest(tmp_path / "shop.db") == before
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            assert conn.execute(select(func.count()).where(s.invoice.c.pdf_sha256.is_(None))).scalar_one() == 1
    finally:
        engine.dispose()


# -- restoring ------------------------------------------------------------------------------------
@sqlite_only
def test_restore_replaces_the_shop_and_keeps_the_one_it_replaced(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    open_shop_with_parts(url, tmp_path, parts=3).close()
    copy = written_path(ok(cli(url, tmp_path, "backup", str(tmp_path / "friday.db"))))
    shop = bootstrap(database_url=url, invoice_dir=tmp_path / "invoices", actor="desk")
    shop.handle(RegisterMechanic("이서준", 3))
    shop.handle(IncreaseStock(1, 7))
    shop.close()

    asked = cli(url, tmp_path, "restore", str(copy), stdin="n\n")
    assert asked.returncode == 1 and "Replace the shop's database" in asked.stdout
    assert "Nothing was restored." in asked.stderr
    assert "every other terminal of this shop is told to stop Pitlane" in asked.stdout

    out = ok(cli(url, tmp_path, "restore", str(copy), stdin="y\n"))
    replaced = Path(out.split("is kept at ")[1].strip().rstrip("."))
    assert replaced.parent == tmp_path and replaced.name.startswith("shop.replaced-")
    shop = bootstrap(database_url=url, invoice_dir=tmp_path / "invoices", actor="desk")
    try:
        assert count(shop, s.mechanic) == 1
        assert shop.query(lambda c: c.execute(select(s.part.c.stock).where(s.part.c.id == 1)).scalar()) == 5
    finally:
        shop.close()
    old = sqlite3.connect(replaced)
    try:
        assert old.execute("SELECT count(*) FROM mechanic").fetchone() == (2,)  # what was replaced is all there
    finally:
        old.close()
    assert "All guarantees hold." in ok(cli(url, tmp_path, "check"))


def _text_file(path: Path) -> None:
    path.write_text("not a backup at all\n")


def _empty(path: Path) -> None:
    path.touch()


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE ledger (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0099_future'")
    conn.commit()
    conn.close()


def _damaged(path: Path) -> None:
    corrupt_index_entry(path, "part", b"P-0002", b"P-0092")


def _broken_guarantee(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE part SET stock = stock + 100 WHERE id = 1")  # no event says so
    conn.commit()
    conn.close()


@sqlite_only
@pytest.mark.parametrize(
    ("spoil", "words"),
    [
        (_text_file, "is not a Pitlane backup (it is neither a SQLite file nor a pg_dump archive)"),
        (_empty, "is not a Pitlane backup (it is empty)"),
        (_foreign, "holds tables that are not a Pitlane shop's (ledger)"),
        (_newer, "was written by a newer Pitlane"),
        (_damaged, "is damaged (SQLite's integrity check"),
        (_broken_guarantee, "1 of the shop's guarantees do not hold in it"),
    ],
)
def test_restore_refuses_a_bad_backup_and_touches_nothing(
    tmp_path: Path, spoil: Callable[[Path], None], words: str
) -> None:
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    open_shop_with_parts(url, tmp_path, parts=3).close()
    bad = tmp_path / "bad.db"
    if spoil in (_text_file, _empty, _foreign):
        spoil(bad)
    else:
        written_path(ok(cli(url, tmp_path, "backup", str(bad))))
        spoil(bad)
    before = digest(tmp_path / "shop.db")

    result = cli(url, tmp_path, "restore", str(bad), "--yes")

    assert result.returncode == 1, result.stdout + result.stderr
    assert words in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert digest(tmp_path / "shop.db") == before
    assert not list(tmp_path.glob("shop.replaced-*"))


HOLDER = """
import sqlite3, sys, time
from pathlib import Path
conn = sqlite3.connect(sys.argv[1])
conn.execute("SELECT count(*) FROM mechanic").fetchone()  # open, idle, as a terminal between commands
Path(sys.argv[2]).write_text("open")
while not Path(sys.argv[3]).exists():
    time.sleep(0.05)
conn.close()
"""


@sqlite_only
def test_restore_refuses_while_another_terminal_has_the_shop_open(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    open_shop_with_parts(url, tmp_path, parts=1).close()
    copy = written_path(ok(cli(url, tmp_path, "backup", str(tmp_path / "copy.db"))))
    is_open, done = tmp_path / "open", tmp_path / "done"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path / "shop.db"), str(is_open), str(done)])
    try:
        deadline = time.monotonic() + 30
        while not is_open.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        result = cli(url, tmp_path, "restore", str(copy), "--yes", "--wait", "1")  # a holder that never lets go
        assert result.returncode == 1, result.stdout + result.stderr
        assert "still open elsewhere" in result.stderr and "Close Pitlane on every terminal" in result.stderr
        assert "did not close it within 1 s of being told" in result.stderr
        assert not (tmp_path / "shop.db.restoring").exists()  # the notice is taken down
    finally:
        done.touch()
        holder.wait(timeout=30)
    assert "Restored" in ok(cli(url, tmp_path, "restore", str(copy), "--yes"))


@sqlite_only
def test_an_older_backup_is_restored_upgraded(tmp_path: Path) -> None:
    from tests.integration.test_migrations import FIRST, fill_first_revision

    url = f"sqlite:///{tmp_path / 'shop.db'}"
    old = tmp_path / "old.db"
    command.upgrade(alembic_config(f"sqlite:///{old}"), FIRST)
    engine = create_engine(f"sqlite:///{old}")
    try:
        with engine.begin() as conn:
            ids = fill_first_revision(conn)
    finally:
        engine.dispose()
    before = digest(old)
    open_shop_with_parts(url, tmp_path, parts=1).close()

    out = ok(cli(url, tmp_path, "restore", str(old), "--yes"))

    assert f"schema {FIRST}" in out
    shop = bootstrap(database_url=url, invoice_dir=tmp_path / "invoices", actor="desk")
    try:
        assert shop.invoice("2026-000001").balance == 115_606
        assert count(shop, s.mechanic) == 1 and count(shop, s.part) == 1
        assert shop.handle(RegisterMechanic("이서준", 3)) == ids["mechanic"] + 1
    finally:
        shop.close()
    assert digest(old) == before  # the backup itself is never changed


@sqlite_only
@pytest.mark.parametrize("ruin", ["empty", "not sqlite", "damaged"])
def test_a_ruined_shop_file_is_restored_and_kept_as_it_was(tmp_path: Path, ruin: str) -> None:
    """The case a restore is for: the shop's own file emptied, overwritten or damaged."""
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    open_shop_with_parts(url, tmp_path, parts=3).close()
    copy = written_path(ok(cli(url, tmp_path, "backup", str(tmp_path / "copy.db"))))
    live = tmp_path / "shop.db"
    if ruin == "empty":
        live.write_bytes(b"")
    elif ruin == "not sqlite":
        live.write_bytes(b"PK\x03\x04 a spreadsheet saved over the shop")
    else:
        corrupt_index_entry(live, "part", b"P-0002", b"P-0092")
    ruined = digest(live)

    out = ok(cli(url, tmp_path, "restore", str(copy), "--yes"))

    replaced = Path(out.split("is kept at ")[1].strip().rstrip("."))
    if ruin != "damaged":
        assert digest(replaced) == ruined  # kept byte for byte
    shop = bootstrap(database_url=url, invoice_dir=tmp_path / "invoices", actor="desk")
    try:
        assert count(shop, s.part) == 3
    finally:
        shop.close()
    assert "All guarantees hold." in ok(cli(url, tmp_path, "check"))


@pytest.mark.postgres
def test_a_postgres_user_who_may_not_create_databases_gets_the_guarantees_checked_after(
    new_postgres_database: Callable[[], str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app import restore
    from app.backup import make_backup

    url = new_postgres_database()
    open_shop_with_parts(url, tmp_path, parts=2).close()
    dump = make_backup(url, Settings(), tmp_path / "shop.dump").path

    def no_createdb(database_url: str) -> str:
        engine = create_engine(database_url)
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("CREATE ROLE pitlane_not_allowed")  # refused: this user lacks the right
        finally:
            engine.dispose()
        raise AssertionError("the test role may create roles; this test needs one that may not")

    monkeypatch.setattr(restore, "_create_scratch_database", no_createdb)
    said: list[str] = []
    restored = restore.restore_backup(
        dump, url, Settings(backup_dir=str(tmp_path / "b")), confirm=lambda _q: True, say=said.append
    )
    assert restored.replaced is not None and restored.replaced.is_file()
    assert any("checked once it is restored" in line for line in said)
    assert said[-1] == "Every guarantee holds in the restored shop."
