"""The database, its -wal and -shm, logs, backups and documents readable by the owning user only.

Issue 13's finding: the database, logs and PDFs were created world-readable
(PDFs were even chmod-ed 0644 under a strict umask). Each test makes a real
file and reads its mode back with os.stat; a stricter umask is obeyed, and a
mode is never widened past what the umask gives. Also here: stale `.part`
files of a killed write are removed, fresh ones (a write in progress) kept.
"""

from __future__ import annotations

import os
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.bootstrap import bootstrap
from domain.commands import RegisterMechanic

pytestmark = pytest.mark.sqlite_only


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def umask() -> Iterator[None]:
    old = os.umask(0o022)  # the usual default, under which files were world-readable
    try:
        yield
    finally:
        os.umask(old)


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    from app.settings import user_data_dir

    return user_data_dir()


def test_a_new_shop_is_private_to_its_owner(tmp_path: Path, umask: None, data_home: Path) -> None:
    db = data_home / "pitlane.db"
    shop = bootstrap(database_url=f"sqlite:///{db}", invoice_dir=tmp_path / "invoices", actor="tester")
    try:
        shop.handle(RegisterMechanic("김민수", 5))
        assert mode(data_home) == 0o700
        for path in (db, db.with_name("pitlane.db-wal"), db.with_name("pitlane.db-shm")):
            assert mode(path) == 0o600, path
    finally:
        shop.close()


def test_a_shop_made_world_readable_by_an_older_pitlane_is_made_private(
    tmp_path: Path, umask: None, data_home: Path
) -> None:
    db = data_home / "pitlane.db"
    bootstrap(database_url=f"sqlite:///{db}", invoice_dir=tmp_path / "inv", actor="tester").close()
    os.chmod(db, 0o644)
    os.chmod(data_home, 0o755)
    bootstrap(database_url=f"sqlite:///{db}", invoice_dir=tmp_path / "inv", actor="tester").close()
    assert mode(db) == 0o600 and mode(data_home) == 0o700


def test_a_shop_folder_chosen_by_the_shop_is_not_changed(tmp_path: Path, umask: None) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    bootstrap(database_url=f"sqlite:///{shared / 'shop.db'}", invoice_dir=tmp_path / "inv", actor="t").close()
    assert mode(shared) == 0o755  # only Pitlane's own data folder is tightened
    assert mode(shared / "shop.db") == 0o600


def test_logs_are_private_and_stay_so_when_they_rotate(tmp_path: Path, umask: None) -> None:
    import logging

    from app.files import private_log_handler

    log_file = tmp_path / "logs" / "pitlane.log"
    handler = private_log_handler(log_file, max_bytes=200, backups=2)
    logger = logging.getLogger("pitlane.test.modes")
    logger.addHandler(handler)
    try:
        for i in range(20):
            logger.warning("line %d of the log, long enough to make it rotate soon", i)
    finally:
        logger.removeHandler(handler)
        handler.close()
    assert mode(log_file.parent) == 0o700
    rotated = sorted(log_file.parent.iterdir())
    assert len(rotated) == 3
    assert all(mode(p) == 0o600 for p in rotated), [(p.name, oct(mode(p))) for p in rotated]


def test_automatic_backups_are_private(tmp_path: Path, umask: None) -> None:
    db = tmp_path / "shop.db"
    bootstrap(database_url=f"sqlite:///{db}", invoice_dir=tmp_path / "inv", actor="t").close()
    bootstrap(database_url=f"sqlite:///{db}", invoice_dir=tmp_path / "inv", actor="t").close()  # the day's backup
    backups = list((tmp_path / "backups").iterdir())
    assert len(backups) == 1 and mode(backups[0]) == 0o600 and mode(tmp_path / "backups") == 0o700


def test_a_document_file_is_private_and_a_stricter_umask_is_obeyed(tmp_path: Path) -> None:
    """The helper app.documents is to use instead of its chmod 0644 (see the report)."""
    from app.files import restrict_to_owner

    for mask, expected in ((0o022, 0o600), (0o077, 0o600), (0o277, 0o400)):
        old = os.umask(mask)
        try:
            fd, name = tempfile.mkstemp(dir=tmp_path, suffix=".part")  # what write_atomically starts from
            os.close(fd)
            restrict_to_owner(name)
            assert mode(Path(name)) == expected, oct(mask)
        finally:
            os.umask(old)
    loose = tmp_path / "issued.pdf"
    loose.write_bytes(b"%PDF")
    os.chmod(loose, 0o644)
    restrict_to_owner(loose)
    assert mode(loose) == 0o600
    tight = tmp_path / "tight.pdf"
    tight.write_bytes(b"%PDF")
    os.chmod(tight, 0o400)
    restrict_to_owner(tight)
    assert mode(tight) == 0o400  # never widened


def test_stale_part_files_are_removed_and_a_write_in_progress_is_kept(tmp_path: Path) -> None:
    from app.files import STALE_PART_SECONDS, remove_stale_parts

    folder = tmp_path / "invoices"
    folder.mkdir()
    stale = folder / ".2026-000007.k2j3h4.part"
    fresh = folder / ".2026-000008.a8s7d6.part"
    issued = folder / "2026-000007.pdf"
    other = folder / "notes.part"  # not one of Pitlane's temporary files
    for path in (stale, fresh, issued, other):
        path.write_bytes(b"x")
    old = time.time() - STALE_PART_SECONDS - 60
    for path in (stale, issued, other):
        os.utime(path, (old, old))

    assert remove_stale_parts(folder) == [stale]
    assert sorted(p.name for p in folder.iterdir()) == sorted([fresh.name, issued.name, other.name])
    assert remove_stale_parts(tmp_path / "no-such-folder") == []
