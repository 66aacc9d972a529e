"""Refuse, never replace: a database that is not a shop this Pitlane can open is refused at start.

Issue 13's findings: an empty (zero-length) file was taken for a new shop (numbering
restarted and the issued 2026-000001.pdf was overwritten); a shop from a newer
Pitlane let Alembic's "Can't locate revision" through. Each refusal is a DomainError
with a code and a sentence saying what the file is and what to do; nothing is
written to the file, and no document is touched. The command line exits 2 with the
sentence on stderr.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.bootstrap import bootstrap
from app.db import head_revision, open_database
from domain.commands import RegisterMechanic
from domain.errors import DomainError
from tests.integration.core_helpers import cli


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused_at_start(url: str, tmp_path: Path) -> DomainError:
    with pytest.raises(DomainError) as info:
        bootstrap(database_url=url, invoice_dir=tmp_path / "invoices", actor="tester")
    return info.value


@pytest.fixture
def issued_pdf(tmp_path: Path) -> Path:
    """An invoice PDF the shop issued before its database file was lost."""
    folder = tmp_path / "invoices"
    folder.mkdir()
    pdf = folder / "2026-000001.pdf"
    pdf.write_bytes(b"%PDF-1.4 the invoice the customer was given\n")
    return pdf


@pytest.mark.sqlite_only
def test_a_zero_length_file_is_refused_and_the_issued_pdf_is_untouched(tmp_path: Path, issued_pdf: Path) -> None:
    db = tmp_path / "shop.db"
    db.touch()
    before = digest(issued_pdf)

    err = refused_at_start(f"sqlite:///{db}", tmp_path)

    assert err.code == "common.shop_file.empty"
    assert str(db) in str(err) and "restore" in str(err)
    assert err.render("ko") != str(err) and str(db) in err.render("ko")
    assert db.stat().st_size == 0  # nothing written
    assert sorted(p.name for p in tmp_path.iterdir()) == ["invoices", "shop.db"]  # no -wal, no backups
    assert digest(issued_pdf) == before and sorted(p.name for p in issued_pdf.parent.iterdir()) == [issued_pdf.name]

    result = cli(f"sqlite:///{db}", tmp_path, "migrate")
    assert result.returncode == 2, result.stdout + result.stderr
    assert "is empty (0 bytes)" in result.stderr and "Traceback" not in result.stderr
    assert db.stat().st_size == 0


@pytest.mark.sqlite_only
def test_a_file_that_is_not_sqlite_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    db.write_bytes("이건 데이터베이스가 아닙니다 — a spreadsheet saved over the shop\n".encode() * 200)
    before = digest(db)

    err = refused_at_start(f"sqlite:///{db}", tmp_path)

    assert err.code == "common.shop_file.not_sqlite" and str(db) in str(err)
    assert digest(db) == before
    result = cli(f"sqlite:///{db}", tmp_path, "migrate")
    assert result.returncode == 2 and "is not a SQLite database" in result.stderr
    assert "Traceback" not in result.stderr and digest(db) == before


@pytest.mark.sqlite_only
def test_a_sqlite_file_with_other_tables_is_refused_without_a_byte_changed(tmp_path: Path) -> None:
    db = tmp_path / "accounts.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE ledger (id INTEGER PRIMARY KEY, memo TEXT)")
    conn.execute("INSERT INTO ledger (memo) VALUES ('the accountant''s own book')")
    conn.commit()
    conn.close()
    before = digest(db)  # rollback-journal mode: switching it to WAL would change the header

    err = refused_at_start(f"sqlite:///{db}", tmp_path)

    assert err.code == "common.shop_file.not_pitlane" and "ledger" in str(err)
    assert digest(db) == before
    assert not db.with_name(db.name + "-wal").exists()


@pytest.mark.sqlite_only
def test_a_sqlite_file_without_any_table_is_a_new_shop(tmp_path: Path) -> None:
    """Decided: a valid SQLite file holding nothing at all (e.g. made by `sqlite3 shop.db 'VACUUM'`)
    has nothing to lose and is built into a shop; only a zero-length file is refused."""
    db = tmp_path / "shop.db"
    conn = sqlite3.connect(db)
    conn.execute("VACUUM")
    conn.execute("PRAGMA user_version = 0")
    conn.close()
    assert db.stat().st_size > 0
    shop = bootstrap(database_url=f"sqlite:///{db}", invoice_dir=tmp_path / "invoices", actor="tester")
    try:
        assert shop.handle(RegisterMechanic("김민수", 5)) == 1
    finally:
        shop.close()


@pytest.mark.sqlite_only
def test_a_missing_file_is_a_new_shop_created_complete(tmp_path: Path) -> None:
    db = tmp_path / "new" / "shop.db"
    shop = bootstrap(database_url=f"sqlite:///{db}", invoice_dir=tmp_path / "invoices", actor="tester")
    shop.close()
    with db.open("rb") as fh:
        assert fh.read(16) == b"SQLite format 3\x00"
    assert [p.name for p in db.parent.iterdir() if p.name.endswith((".new", ".part"))] == []


def _set_revision(db_url: str, revision: str) -> None:
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    finally:
        engine.dispose()


def test_a_shop_from_a_newer_pitlane_is_refused_in_words(db_url: str, tmp_path: Path) -> None:
    shop = bootstrap(database_url=db_url, invoice_dir=tmp_path / "invoices", actor="tester")
    shop.handle(RegisterMechanic("김민수", 5))
    shop.close()
    _set_revision(db_url, "0099_from_the_future")

    err = refused_at_start(db_url, tmp_path)

    assert err.code == "common.shop_file.newer"
    assert "0099_from_the_future" in str(err) and str(head_revision()) in str(err) and "newer Pitlane" in str(err)
    assert "Can't locate revision" not in str(err)
    result = cli(db_url, tmp_path, "migrate")
    assert result.returncode == 2, result.stdout + result.stderr
    assert "written by a newer Pitlane" in result.stderr and "Traceback" not in result.stderr
    assert "Can't locate revision" not in result.stderr


@pytest.mark.postgres
def test_a_postgres_database_holding_other_tables_is_refused(new_postgres_database: object, tmp_path: Path) -> None:
    url = new_postgres_database()  # type: ignore[operator]
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE ledger (id serial PRIMARY KEY, memo text)"))
    finally:
        engine.dispose()

    err = refused_at_start(url, tmp_path)

    assert err.code == "common.shop_file.not_pitlane" and "ledger" in str(err)
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            tables = set(
                conn.execute(
                    text("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
                ).scalars()
            )
    finally:
        engine.dispose()
    assert tables == {"ledger"}  # no alembic_version, no Pitlane table created beside it


@pytest.mark.sqlite_only
def test_open_database_refuses_too_so_nothing_else_writes_first(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    db.touch()
    with pytest.raises(DomainError, match="is empty"):
        open_database(f"sqlite:///{db}")
    assert db.stat().st_size == 0


# -- invoice number formats that would write outside the invoice folder -----------------------------
@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    "pattern",
    [
        "../{year}-{seq:06d}",  # up and out of the invoice folder
        "{year}/{seq:06d}",  # into a folder per year that nobody made
        "{year}\\{seq:06d}",  # Windows' separator
        "INV..{year}-{seq:06d}",
        "C:{year}-{seq:06d}",
        "{seq:/>8d}-{year}",  # a fill character is text in the file name too
        ".{year}-{seq:06d}",  # hidden, and like the temporary .part files
        "{year}-{seq:06d} ",
    ],
)
def test_a_number_format_that_is_not_a_safe_file_name_is_refused_naming_the_key(tmp_path: Path, pattern: str) -> None:
    from app.profiles import ProfileError, load_settings

    for key in ("INVOICE_NUMBER_FORMAT", "CREDIT_NOTE_NUMBER_FORMAT"):
        env = {"PITLANE_CONFIG_DIR": str(tmp_path / "config"), f"PITLANE_{key}": pattern}
        with pytest.raises(ProfileError) as info:
            load_settings(None, env)
        err = info.value
        assert err.code == "common.profile.unsafe_number_format"
        assert key.lower() in str(err) and f"PITLANE_{key}" in str(err) and "file name" in str(err)
        assert key.lower() in err.render("ko")


@pytest.mark.sqlite_only
def test_a_number_format_in_a_profile_file_is_refused_too_and_safe_ones_load(tmp_path: Path) -> None:
    from app.profiles import ProfileError, load_settings

    folder = tmp_path / "config" / "profiles"
    folder.mkdir(parents=True)
    (folder / "shop.toml").write_text('invoice_number_format = "../../etc/{year}-{seq:06d}"\n', encoding="utf-8")
    env = {"PITLANE_CONFIG_DIR": str(tmp_path / "config")}
    with pytest.raises(ProfileError, match=r"shop\.toml: key 'invoice_number_format' would make numbers"):
        load_settings("shop", env)
    for safe in ("{year}-{seq:06d}", "INV_{year}_{seq:05d}", "청구-{year}-{seq:06d}", "CN{year}.{seq:06d}"):
        (folder / "shop.toml").write_text(f'invoice_number_format = "{safe}"\n', encoding="utf-8")
        assert load_settings("shop", env).invoice_number_format == safe
