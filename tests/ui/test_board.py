"""Status board: fed by the read model, single-row updates from the bus, other terminals by the poll, filters."""

from __future__ import annotations

import time
from pathlib import Path

from app import queries
from app.bootstrap import Shop, bootstrap
from domain.commands import RequestRepair, StartJob
from tests.builders import SmallShop
from tests.ui.helpers import TIMEOUT
from ui.main_window import MainWindow
from ui.models.board import BoardModel
from ui.screens.board import FILTERS, BoardScreen


def open_board(window: MainWindow) -> BoardScreen:
    screen = window.show_screen("board")
    assert isinstance(screen, BoardScreen)
    return screen


def statuses(model: BoardModel) -> list[str]:
    return [model.row_at(i).job_status for i in range(model.rowCount())]


def test_commands_here_update_single_rows_without_reset(qtbot, window: MainWindow, shop: Shop, seeded) -> None:
    board = open_board(window)
    model = board.model
    resets: list[int] = []
    inserted: list[int] = []
    changed: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda _p, first, _last: inserted.append(first))
    model.dataChanged.connect(lambda top, _bottom, _roles=(): changed.append(top.row()))
    window.runner.submit(RequestRepair("홍길동", "12가3456", seeded.kim, 1, 10_000))
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.row_at(0).job_status == "created", timeout=TIMEOUT)
    job_id = model.row_at(0).job_id
    window.runner.submit(StartJob(job_id))
    qtbot.waitUntil(lambda: model.row_at(0).job_status == "started", timeout=TIMEOUT)
    assert resets == []
    assert inserted == [0]
    assert changed and set(changed) == {0}
    qtbot.waitUntil(lambda: board.kpis["started"].value.text() == "1", timeout=TIMEOUT)


def test_another_terminal_changes_this_board_within_a_second(
    qtbot, window: MainWindow, shop: Shop, seeded: SmallShop, db_url: str, tmp_path: Path
) -> None:
    board = open_board(window)
    qtbot.waitUntil(lambda: window.runner.is_idle(), timeout=TIMEOUT)
    other = bootstrap(database_url=db_url, invoice_dir=tmp_path / "inv2", actor="desk-2", terminal="test-2")
    try:
        receipt_id = other.handle(RequestRepair("이철수", "34나5678", seeded.kim, 1, 20_000))
        seen_at = time.monotonic()
        qtbot.waitUntil(lambda: board.model.find(receipt_id) >= 0, timeout=1000)
        assert time.monotonic() - seen_at < 1.0
        row = other.query(queries.board_row, receipt_id)
        assert row is not None and row.job_id is not None
        other.handle(StartJob(row.job_id))
        qtbot.waitUntil(lambda: board.model.row_at(board.model.find(receipt_id)).job_status == "started", timeout=1000)
    finally:
        other.close()


def test_filter_by_status_and_mechanic(qtbot, window: MainWindow, shop: Shop, seeded: SmallShop) -> None:
    a = shop.handle(RequestRepair("A", "11가1111", seeded.kim, 1, 1))
    shop.handle(RequestRepair("B", "22가2222", seeded.choi, 5, 1))  # rejected: 최영호 has one day
    c = shop.handle(RequestRepair("C", "33가3333", seeded.kim, 1, 1))
    job_a = shop.query(queries.board_row, a).job_id
    shop.handle(StartJob(job_a))
    board = open_board(window)
    qtbot.waitUntil(lambda: board.model.rowCount() == 3, timeout=TIMEOUT)
    assert statuses(board.model) == ["created", "rejected", "started"]  # newest first

    in_work = next(i for i, f in enumerate(FILTERS) if f[1] == ("started",))
    board.status_filter.setCurrentIndex(in_work)
    assert statuses(board.model) == ["started"]
    # a job that starts elsewhere joins the filtered board; one that leaves the status leaves it
    window.runner.submit(StartJob(shop.query(queries.board_row, c).job_id))
    qtbot.waitUntil(lambda: board.model.rowCount() == 2, timeout=TIMEOUT)

    board.status_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: board.mechanic_filter.count() == 3, timeout=TIMEOUT)
    board.mechanic_filter.setCurrentIndex(board.mechanic_filter.findData(seeded.choi))
    assert statuses(board.model) == ["rejected"]
    assert board.model.row_at(0).reason  # the reason is on the row (tooltip)


def test_board_role_is_a_full_screen_wall(qtbot, shop: Shop, seeded: SmallShop) -> None:
    wall = MainWindow(shop, "board")
    qtbot.addWidget(wall)
    try:
        assert list(wall.nav_buttons) == ["board"]
        assert wall.nav.isHidden() and wall.header.isHidden()
        board = wall.screens["board"]
        assert isinstance(board, BoardScreen) and board.wall
        assert board.view.verticalHeader().defaultSectionSize() >= 48  # legible from across the shop (test_wall_board)
    finally:
        wall.shutdown()


def test_each_role_shows_only_its_screens(qtbot, shop: Shop, seeded: SmallShop) -> None:
    for role, screens in {
        "mechanic": ["mechanic", "board"],
        "parts": ["parts", "board"],
        "reception": ["reception", "invoice", "board", "mechanics"],
    }.items():
        win = MainWindow(shop, role)
        qtbot.addWidget(win)
        assert list(win.nav_buttons) == screens
        win.shutdown()
