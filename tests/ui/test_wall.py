"""The wall board, read from 3 m: the cars in the shop only, big rows and counts, few columns, pages that turn."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontInfo

from app import queries
from app.bootstrap import Shop, bootstrap
from domain.commands import CancelRepair, FinishJob, RegisterMechanic, RequestRepair, StartJob
from tests.ui.helpers import TIMEOUT, settle
from ui import theme
from ui.main_window import MainWindow
from ui.models.board import BoardModel
from ui.screens.board import WALL_HIDDEN, BoardScreen


@pytest.fixture
def busy(tmp_path: Path) -> tuple[Shop, dict[str, int]]:
    shop = bootstrap(database_url=f"sqlite:///{tmp_path / 'shop.db'}", invoice_dir=tmp_path / "inv", actor="desk")
    kim = shop.handle(RegisterMechanic("김민수", 500))
    ids = {}
    for n in range(30):
        ids[f"car{n}"] = shop.handle(RequestRepair(f"손님{n}", f"{10 + n}가{1000 + n}", kim, 1, 10_000))
    finished = shop.query(queries.board_row, ids["car0"]).job_id
    shop.handle(StartJob(finished))
    shop.handle(FinishJob(finished))
    shop.handle(CancelRepair(ids["car1"], "손님 취소"))
    shop.handle(StartJob(shop.query(queries.board_row, ids["car2"]).job_id))
    return shop, ids


def open_wall(qtbot, qapp, shop: Shop, size: tuple[int, int]) -> tuple[MainWindow, BoardScreen]:
    theme.apply(qapp)
    win = MainWindow(shop, "board")
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    board = win.screens["board"]
    assert isinstance(board, BoardScreen) and board.wall
    return win, board


def test_the_wall_shows_only_the_cars_in_the_shop_with_few_big_columns(qtbot, qapp, busy, tmp_path: Path) -> None:
    shop, ids = busy
    win, board = open_wall(qtbot, qapp, shop, (1920, 1080))
    try:
        qtbot.waitUntil(lambda: board.model.rowCount() == 28, timeout=TIMEOUT)
        shown = {board.model.row_at(i).receipt_id for i in range(board.model.rowCount())}
        assert ids["car0"] not in shown and ids["car1"] not in shown  # finished, cancelled: not on the wall
        assert ids["car2"] in shown
        assert {board.model.row_at(i).job_status for i in range(board.model.rowCount())} <= {"created", "started"}
        for col in range(board.model.columnCount()):
            assert board.view.isColumnHidden(col) == (col in WALL_HIDDEN)
        assert BoardModel.CUSTOMER in WALL_HIDDEN  # no customer names where the waiting room can see
        assert board.view.verticalHeader().defaultSectionSize() >= 48
        assert QFontInfo(board.view.font()).pixelSize() >= 28
        count = board.kpis["created"].value
        assert QFontInfo(count.font()).pixelSize() >= 36
        assert not board.status_filter.isVisible() and not board.mechanic_filter.isVisible()
        settle(qtbot, win)
        win.grab().save(str(tmp_path / "wall-1920x1080.png"))
    finally:
        win.shutdown()
        shop.close()


def test_the_wall_turns_its_pages_and_comes_back_to_the_first(qtbot, qapp, busy) -> None:
    shop, _ids = busy
    win, board = open_wall(qtbot, qapp, shop, (1024, 768))
    try:
        qtbot.waitUntil(lambda: board.model.rowCount() == 28, timeout=TIMEOUT)
        qtbot.waitUntil(lambda: board.page()[1] > 1, timeout=TIMEOUT)
        qtbot.waitUntil(lambda: board.page_label.text() == f"Page 1 of {board.page()[1]}", timeout=TIMEOUT)
        here, pages = board.page()
        assert here == 1 and board.page_label.isVisible()
        for expected in range(2, pages + 1):
            board.turn_page()
            assert board.page()[0] == expected
        assert board.page_label.text() == f"Page {pages} of {pages}"
        board.turn_page()
        assert board.page() == (1, pages)
        assert board._pages.isActive() and board._pages.interval() >= 5000  # turns by itself, slowly
        for col in range(board.model.columnCount()):  # every shown column inside the window
            if not board.view.isColumnHidden(col):
                right = board.view.columnViewportPosition(col) + board.view.columnWidth(col)
                assert right <= board.view.viewport().width(), col
    finally:
        win.shutdown()
        shop.close()


def test_the_desk_board_still_lists_everything_and_the_customer(qtbot, qapp, busy) -> None:
    shop, _ids = busy
    theme.apply(qapp)
    win = MainWindow(shop, "all")
    qtbot.addWidget(win)
    win.resize(1440, 900)
    win.show()
    try:
        board = win.show_screen("board")
        assert isinstance(board, BoardScreen) and not board.wall
        qtbot.waitUntil(lambda: board.model.rowCount() == 30, timeout=TIMEOUT)
        assert not board.view.isColumnHidden(BoardModel.CUSTOMER)
        assert board.page_label.isHidden()
    finally:
        win.shutdown()
        shop.close()
