"""The desktop client on PostgreSQL: the same screens, other terminals' changes by LISTEN/NOTIFY."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import queries
from app.bootstrap import bootstrap
from domain.commands import RegisterMechanic, RequestRepair, StartJob
from tests.ui.helpers import TIMEOUT
from ui.main_window import MainWindow
from ui.screens.board import BoardScreen

pytestmark = pytest.mark.postgres


def test_board_on_postgres_follows_this_and_another_terminal(qtbot, new_postgres_database, tmp_path: Path) -> None:
    url = new_postgres_database()
    here = bootstrap(database_url=url, invoice_dir=tmp_path / "a", actor="desk", terminal="pg-1")
    other = bootstrap(database_url=url, invoice_dir=tmp_path / "b", actor="bay", terminal="pg-2")
    window = MainWindow(here, "all")
    qtbot.addWidget(window)
    window.show()
    try:
        board = window.show_screen("board")
        assert isinstance(board, BoardScreen)
        kim = other.handle(RegisterMechanic("김민수", 10))
        receipt_id = other.handle(RequestRepair("홍길동", "12가3456", kim, 1, 10_000))
        qtbot.waitUntil(lambda: board.model.find(receipt_id) >= 0, timeout=1000)
        job_id = other.query(queries.board_row, receipt_id).job_id
        window.runner.submit(StartJob(job_id))  # this terminal, through the bus
        qtbot.waitUntil(
            lambda: board.model.row_at(board.model.find(receipt_id)).job_status == "started", timeout=TIMEOUT
        )
        qtbot.waitUntil(lambda: board.kpis["started"].value.text() == "1", timeout=TIMEOUT)
    finally:
        window.shutdown()
        other.close()
        here.close()
