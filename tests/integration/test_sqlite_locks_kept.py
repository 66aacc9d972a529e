"""A terminal keeps SQLite's locks on its shop file while it reads that file's header again.

Closing any descriptor of a file drops every POSIX lock the process holds on it, SQLite's own
included. The day's automatic backup checked the live file by opening it by hand: the terminal
that took it then held no shared lock on the file, looked closed to the others, and the last of
them to close took the WAL away under it ("disk I/O error"; seen with four terminals booking at
once). A file open here as a shop is now read through SQLite only (app.shopfile).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app import backup, queries, shopfile
from app.bootstrap import bootstrap
from app.settings import Settings
from domain.commands import RegisterMechanic

pytestmark = pytest.mark.sqlite_only

#: Another terminal opens the shop, reads it and closes: the last connection to close checkpoints
#: and deletes the WAL, unless some other process still holds its shared lock on the file.
_OTHER_TERMINAL = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA journal_mode").fetchone()
conn.execute("SELECT count(*) FROM event_log").fetchone()
conn.close()
"""


def _another_terminal_opens_and_closes(path: Path) -> None:
    subprocess.run([sys.executable, "-c", _OTHER_TERMINAL, str(path)], check=True, timeout=60)


def test_a_backup_taken_by_a_running_terminal_keeps_its_hold_on_the_shop(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    shop = bootstrap(database_url=f"sqlite:///{path}", invoice_dir=tmp_path / "inv")
    try:
        shop.handle(RegisterMechanic("김민수", 5))  # the pool keeps a connection open on the file
        assert shopfile.is_open_here(path)
        backup.make_backup(shop.db.url, Settings(), tmp_path / "copy.db", check_guarantees=False)
        wal = path.with_name(path.name + "-wal")
        assert wal.exists()
        _another_terminal_opens_and_closes(path)
        assert wal.exists()  # this terminal still has the shop open: the other did not take its WAL away
        shop.handle(RegisterMechanic("박지훈", 5))  # and it goes on writing
        assert [m.name for m in shop.query(queries.mechanics)] == ["김민수", "박지훈"]
    finally:
        shop.close()
    assert not shopfile.is_open_here(path)


def test_a_file_not_open_here_is_still_read_by_hand_and_refused_when_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    with pytest.raises(shopfile.NotAShop) as refused:
        shopfile.inspect_sqlite_file(path)
    assert refused.value.code == "common.shop_file.empty"
