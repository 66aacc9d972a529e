"""Faults in plain words, each made for real: say which it is and what to do, lose nothing, recover.

Issue 13's finding: a read-only database and a full disk were both reported as
"busy or cannot be reached … check the network". Here a full disk is a small tmpfs
filled up, a read-only file or folder a read-only bind mount, a lock held past the
timeout another connection in BEGIN IMMEDIATE (or holding the writers' advisory
lock), and a connection lost mid-command the server ending the session
(pg_terminate_backend) in the middle of a command's transaction.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from app import db as app_db
from app.bootstrap import Shop, bootstrap
from app.documents.files import write_atomically
from app.faults import translate_database_error, translate_folder_error
from domain.commands import RegisterMechanic
from domain.errors import DomainError
from tests.integration import mounts
from tests.integration.core_helpers import diff, snapshot


def open_shop(url: str, tmp_path: Path) -> Shop:
    return bootstrap(database_url=url, invoice_dir=tmp_path / "invoices", actor="desk", terminal="t1")


def refusal(shop: Shop, command: Any) -> DomainError:
    before = snapshot(shop)
    with pytest.raises(DomainError) as info:
        shop.handle(command)
    assert diff(before, snapshot(shop)) == []  # nothing was saved, nothing recorded before is lost
    return info.value


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with mounts.tmpfs(tmp_path / "disk", size="3m") as folder:
        yield folder


# -- disk full ---------------------------------------------------------------------------------
@pytest.mark.sqlite_only
def test_a_full_disk_is_said_and_the_same_command_succeeds_once_space_is_freed(disk: Path, tmp_path: Path) -> None:
    db = disk / "shop.db"
    shop = open_shop(f"sqlite:///{db}", tmp_path)
    try:
        shop.handle(RegisterMechanic("김민수", 5))
        other = sqlite3.connect(db)
        assert other.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0  # the next write grows the WAL
        other.close()
        filler = mounts.fill(disk)

        err = refusal(shop, RegisterMechanic("이서준", 3))

        assert err.code == "common.fault.disk_full", str(err)
        assert str(db) in str(err) and "Free some space" in str(err) and "network" not in str(err)
        filler.unlink()
        assert shop.handle(RegisterMechanic("이서준", 3)) == 2
    finally:
        shop.close()


@pytest.mark.sqlite_only
def test_a_full_disk_under_the_invoice_folder_is_said(disk: Path) -> None:
    mounts.fill(disk)
    with pytest.raises(OSError) as info:
        write_atomically(disk / "invoices" / "2026-000001.pdf", b"%PDF" + b"x" * 100_000)
    err = translate_folder_error(info.value, disk / "invoices")
    assert err.code in ("common.folder.disk_full",), str(err)
    assert "is full" in str(err) and "nothing in the database is lost" in str(err)


# -- read-only ---------------------------------------------------------------------------------
@pytest.mark.sqlite_only
def test_a_read_only_database_file_is_said_and_writes_resume_when_it_is_writable(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    shop = open_shop(f"sqlite:///{db}", tmp_path)
    shop.handle(RegisterMechanic("김민수", 5))
    shop.close()
    with mounts.read_only(db):
        shop = open_shop(f"sqlite:///{db}", tmp_path)  # reading works: the board, the invoices
        try:
            assert [r.mechanic_id for r in shop.status_board()] == []

            err = refusal(shop, RegisterMechanic("이서준", 3))

            assert err.code == "common.fault.read_only_file", str(err)
            assert str(db) in str(err) and "read-only" in str(err) and "network" not in str(err)
        except BaseException:
            shop.close()
            raise
    try:
        assert shop.handle(RegisterMechanic("이서준", 3)) == 2  # the same terminal, once the file is writable
    finally:
        shop.close()


@pytest.mark.sqlite_only
def test_a_read_only_folder_is_said_at_start(tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    folder.mkdir()
    db = folder / "shop.db"
    shop = open_shop(f"sqlite:///{db}", tmp_path)
    shop.handle(RegisterMechanic("김민수", 5))
    shop.close()
    assert not db.with_name("shop.db-shm").exists()  # a clean close leaves no -wal or -shm
    with mounts.read_only(folder):
        with pytest.raises(DomainError) as info:
            open_shop(f"sqlite:///{db}", tmp_path)
        err = info.value
        assert err.code == "common.fault.read_only_folder", str(err)
        assert str(folder) in str(err) and "-wal" in str(err)
    shop = open_shop(f"sqlite:///{db}", tmp_path)
    try:
        assert shop.handle(RegisterMechanic("이서준", 3)) == 2
    finally:
        shop.close()


@pytest.mark.sqlite_only
def test_a_read_only_invoice_folder_is_said(tmp_path: Path) -> None:
    folder = tmp_path / "invoices"
    folder.mkdir()
    with mounts.read_only(folder), pytest.raises(OSError) as info:
        write_atomically(folder / "2026-000001.pdf", b"%PDF")
    err = translate_folder_error(info.value, folder)
    assert err.code == "common.folder.read_only" and str(folder) in str(err)


# -- invoice folder missing, or a file ------------------------------------------------------------
@pytest.mark.sqlite_only
def test_an_invoice_folder_that_is_a_file_names_the_file(tmp_path: Path) -> None:
    in_the_way = tmp_path / "invoices"
    in_the_way.write_text("someone saved a file here")
    with pytest.raises(OSError) as info:
        write_atomically(in_the_way / "2026-000001.pdf", b"%PDF")
    err = translate_folder_error(info.value, in_the_way)
    assert err.code == "common.folder.not_a_folder"
    assert str(err).startswith(f"{in_the_way} is a file, not a folder")

    deeper = in_the_way / "2026"  # a file on the way to the folder
    with pytest.raises(OSError) as info:
        write_atomically(deeper / "2026-000001.pdf", b"%PDF")
    assert translate_folder_error(info.value, deeper).params["folder"] == str(in_the_way)


@pytest.mark.sqlite_only
def test_a_missing_invoice_folder_is_said(tmp_path: Path) -> None:
    gone = tmp_path / "usb-drive" / "invoices"
    with pytest.raises(OSError) as info, (gone / "2026-000001.pdf").open("wb"):
        pass
    err = translate_folder_error(info.value, gone)
    assert err.code == "common.folder.missing" and str(gone) in str(err) and "drive" in str(err)
    assert info.value.errno == errno.ENOENT


# -- locked past the timeout -----------------------------------------------------------------------
@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_db, "BUSY_TIMEOUT_MS", 300)


def test_a_database_locked_past_the_timeout_is_said_and_the_command_goes_through_after(
    db_url: str, tmp_path: Path, short_busy_timeout: None
) -> None:
    shop = open_shop(db_url, tmp_path)
    try:
        shop.handle(RegisterMechanic("김민수", 5))
        release = hold_the_write_lock(shop)
        try:
            err = refusal(shop, RegisterMechanic("이서준", 3))
        finally:
            release()
        assert err.code == "common.fault.busy", str(err)
        assert "another terminal" in str(err) and "network" not in str(err)
        assert shop.handle(RegisterMechanic("이서준", 3)) == 2
    finally:
        shop.close()


def hold_the_write_lock(shop: Shop) -> Callable[[], None]:
    """Another terminal in the middle of a write that does not end; returns how to end it."""
    if shop.db.is_sqlite:
        assert shop.db.sqlite_path is not None
        other = sqlite3.connect(shop.db.sqlite_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        return other.close
    engine = create_engine(shop.db.url)
    conn = engine.connect()
    conn.execute(text(f"SELECT pg_advisory_lock({app_db.WRITER_LOCK_KEY})"))

    def release() -> None:
        conn.close()
        engine.dispose()

    return release


# -- PostgreSQL: out of reach, or gone mid-command ---------------------------------------------------
@pytest.mark.postgres
def test_a_connection_lost_mid_command_is_said_and_the_next_try_goes_through(
    new_postgres_database: Callable[[], str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shop = open_shop(new_postgres_database(), tmp_path)
    try:
        shop.handle(RegisterMechanic("김민수", 5))
        from app.mechanic.repository import MechanicRepository

        real_add = MechanicRepository.add

        def cut_mid_command(self: Any, *args: Any, **kwargs: Any) -> Any:
            pid = self.conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
            killer = create_engine(shop.db.url)
            with killer.connect() as other:
                assert other.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid}).scalar_one()
            killer.dispose()
            return real_add(self, *args, **kwargs)

        monkeypatch.setattr(MechanicRepository, "add", cut_mid_command)
        err = refusal(shop, RegisterMechanic("이서준", 3))
        assert err.code == "common.fault.connection_lost", str(err)
        assert "in the middle of saving" in str(err) and "127.0.0.1" in str(err)
        assert "pitlane_test:" not in str(err)  # no password, not even the user's
        monkeypatch.undo()
        assert shop.handle(RegisterMechanic("이서준", 3)) == 2
    finally:
        shop.close()


@pytest.mark.postgres
def test_a_server_out_of_reach_is_said_at_start(tmp_path: Path) -> None:
    url = "postgresql+psycopg://pitlane:hunter2@127.0.0.1:9/pitlane?connect_timeout=3"  # port 9: nobody there
    with pytest.raises(DomainError) as info:
        open_shop(url, tmp_path)
    err = info.value
    assert err.code == "common.fault.server_unreachable", str(err)
    assert "127.0.0.1:9/pitlane" in str(err) and "hunter2" not in str(err)


# -- the translation itself -------------------------------------------------------------------------
def test_every_fault_sentence_exists_in_both_languages() -> None:
    from domain.texts import catalogue

    codes = [c for c in catalogue() if c.startswith(("common.fault.", "common.folder.", "common.shop_file."))]
    assert len(codes) >= 20
    for code in codes:
        text_ = catalogue()[code]
        assert text_.en and text_.ko and text_.en != text_.ko


def test_a_bug_is_not_dressed_up_as_a_fault() -> None:
    from sqlalchemy.exc import ProgrammingError

    from app.faults import is_fault

    bug = ProgrammingError("SELECT nonsense", {}, sqlite3.ProgrammingError("no such column: nonsense"))
    assert not is_fault(bug)
    assert translate_database_error(bug).code == "common.fault.unavailable"


# -- a damaged page ---------------------------------------------------------------------------------
@pytest.mark.sqlite_only
def test_a_write_into_a_damaged_index_is_said_not_raw(tmp_path: Path) -> None:
    from sqlalchemy.exc import DatabaseError

    from domain.commands import RegisterPart
    from tests.integration.test_backup import corrupt_index_entry

    db = tmp_path / "shop.db"
    shop = open_shop(f"sqlite:///{db}", tmp_path)
    for i in range(1, 31):
        shop.handle(RegisterPart(f"P-{i:04d}", f"부품 {i}", 1000, stock=5))
    shop.close()
    corrupt_index_entry(db, "part", b"P-0007", b"P-0097")
    shop = open_shop(f"sqlite:///{db}", tmp_path)
    try:
        with pytest.raises(DatabaseError) as info, shop.db.write.begin() as conn:
            conn.execute(text("DELETE FROM part WHERE id = 7"))  # the index entry it must remove is not there
        err = translate_database_error(info.value)
        assert err.code == "common.fault.damaged" and str(db) in str(err)
        assert "python -m app check" in str(err) and "restore" in str(err)
    finally:
        shop.close()
