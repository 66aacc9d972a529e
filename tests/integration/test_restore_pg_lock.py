"""PostgreSQL: while a restore runs, no terminal connects to the shop (app.restoring.RESTORE_LOCK).

The restore holds an advisory lock on a session of its own from before it tells the
others to stop until the backup is written. Every new connection of a terminal
asks for it shared, for an instant: a terminal started meanwhile, or one whose
pool connects again after the restore ended its session, is refused with
`common.restore.elsewhere` instead of reading or writing a shop half restored.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app import restoring
from app.bootstrap import bootstrap
from app.restore import _admin_engine
from domain.commands import RegisterMechanic
from domain.errors import DomainError
from tests.integration.test_restore_others import mechanics, restore, shop_with_a_backup

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


@contextmanager
def a_restore_running(url: str) -> Iterator[Any]:
    """The restore's lock held, as `restore_backup` holds it; yields the lock's own connection."""
    engine = _admin_engine(url)
    try:
        with engine.connect() as conn, restoring.postgres_restore_lock(conn):
            yield conn
    finally:
        engine.dispose()


def test_a_terminal_started_during_a_restore_is_refused_and_writes_nothing(
    new_postgres_database: Any, tmp_path: Path
) -> None:
    url = new_postgres_database()
    shop = bootstrap(database_url=url, invoice_dir=tmp_path / "inv", actor="desk", terminal="desk")
    shop.handle(RegisterMechanic("김민수", 5))
    shop.close()
    with a_restore_running(url):
        with pytest.raises(DomainError) as refused:
            late = bootstrap(database_url=url, invoice_dir=tmp_path / "inv", actor="bay", terminal="bay-1")
            late.handle(RegisterMechanic("늦은 정비사", 1))
        assert refused.value.code == "common.restore.elsewhere"
    assert mechanics(url, tmp_path) == 1  # the restore over, the same terminal opens; nothing was written


def test_a_terminal_open_before_the_restore_cannot_connect_again_during_it(
    new_postgres_database: Any, tmp_path: Path
) -> None:
    url = new_postgres_database()
    shop = bootstrap(database_url=url, invoice_dir=tmp_path / "inv", actor="desk", terminal="desk")
    try:
        shop.status_board()
        with a_restore_running(url):
            shop.db.write.dispose()  # its connections ended, as the restore ends a session left behind
            shop.db.read.dispose()
            with pytest.raises(DomainError) as refused:
                shop.handle(RegisterMechanic("늦은 정비사", 1))
            assert refused.value.code == "common.restore.elsewhere"
        shop.handle(RegisterMechanic("김민수", 5))  # connects again once the restore is over
    finally:
        shop.close()
    assert mechanics(url, tmp_path) == 1


def test_a_second_restore_is_refused_while_one_runs_and_restores_nothing(
    new_postgres_database: Any, tmp_path: Path
) -> None:
    url = new_postgres_database()
    backup = shop_with_a_backup(url, tmp_path)  # one mechanic in the backup, two in the shop
    with a_restore_running(url):
        with pytest.raises(DomainError) as refused:
            restore(backup, url, tmp_path, wait=5, grace=1)
        assert refused.value.code == "common.restore.running"
    assert mechanics(url, tmp_path) == 2


def test_the_restores_own_lock_session_is_not_a_terminal_to_wait_for_or_end(
    new_postgres_database: Any, tmp_path: Path
) -> None:
    url = new_postgres_database()
    bootstrap(database_url=url, invoice_dir=tmp_path / "inv", actor="desk", terminal="desk").close()
    engine = _admin_engine(url)
    try:
        with a_restore_running(url) as lock, engine.connect() as restorer:
            assert restoring.postgres_others(restorer)[0] == 0
            assert restoring.terminate_postgres_others(restorer) == 0
            assert lock.execute(text("SELECT 1")).scalar_one() == 1  # still there, lock and all
    finally:
        engine.dispose()


def test_a_restore_lets_go_of_its_lock_when_it_is_done(new_postgres_database: Any, tmp_path: Path) -> None:
    url = new_postgres_database()
    backup = shop_with_a_backup(url, tmp_path)
    restored = restore(backup, url, tmp_path, wait=30, grace=1)
    assert restored.replaced is not None
    assert mechanics(url, tmp_path) == 1  # a terminal opens the restored shop: the lock is free again
