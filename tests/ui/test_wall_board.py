"""The wall board (role `board`), read from 3 m: big rows and counts, cars in the shop only, overdue marked, pages."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtGui import QFontInfo

from app import queries
from app.bootstrap import Shop
from domain.commands import CancelRepair, FinishJob, RecordPayment, RegisterMechanic, RequestRepair, StartJob
from tests.builders import SmallShop
from tests.ui.helpers import TIMEOUT, wait_until_idle
from ui.main_window import MainWindow
from ui.models.board import BoardModel
from ui.screens.board import WALL_HIDDEN, BoardScreen


def _wall(qtbot, qapp, shop: Shop, size: tuple[int, int] = (1920, 1080)) -> tuple[MainWindow, BoardScreen]:
    from ui import theme

    theme.apply(qapp)
    window = MainWindow(shop, "board")
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    board = window.screens["board"]
    assert isinstance(board, BoardScreen) and board.wall
    return window, board


def _job(shop: Shop, receipt_id: int) -> int:
    row = shop.query(queries.board_row, receipt_id)
    assert row is not None and row.job_id is not None
    return row.job_id


def test_the_wall_shows_only_cars_in_the_shop(qtbot, qapp, shop: Shop, seeded: SmallShop) -> None:
    waiting = shop.handle(RequestRepair("대기", "11가1111", seeded.kim, 1, 10_000))
    working = shop.handle(RequestRepair("작업", "22가2222", seeded.kim, 1, 10_000))
    done = shop.handle(RequestRepair("완료", "33가3333", seeded.kim, 1, 10_000))
    gone = shop.handle(RequestRepair("취소", "44가4444", seeded.kim, 1, 10_000))
    shop.handle(RequestRepair("거절", "55가5555", seeded.choi, 5, 10_000))  # rejected: one day left
    shop.handle(StartJob(_job(shop, working)))
    shop.handle(StartJob(_job(shop, done)))
    shop.handle(FinishJob(_job(shop, done)))
    shop.handle(CancelRepair(gone, ""))
    window, board = _wall(qtbot, qapp, shop)
    try:
        qtbot.waitUntil(lambda: board.model.rowCount() == 3, timeout=TIMEOUT)
        shown = {board.model.row_at(i).receipt_id for i in range(board.model.rowCount())}
        assert shown == {waiting, working, done}  # done: finished, its invoice still to pay (not collected)
        # A finished car leaves the wall once it is paid for, as it happens.
        finished = shop.query(queries.board_row, done)
        assert finished is not None and finished.invoice_no and finished.balance
        window.runner.submit(RecordPayment(finished.invoice_no, finished.balance, "card"))
        qtbot.waitUntil(lambda: board.model.rowCount() == 2, timeout=TIMEOUT)
        window.runner.submit(StartJob(_job(shop, waiting)))
        window.runner.submit(FinishJob(_job(shop, waiting)))
        qtbot.waitUntil(
            lambda: (
                board.model.find(waiting) >= 0
                and board.model.row_at(board.model.find(waiting)).job_status == "finished"
            ),
            timeout=TIMEOUT,
        )
        waited = shop.query(queries.board_row, waiting)
        assert waited is not None and waited.invoice_no and waited.balance
        window.runner.submit(RecordPayment(waited.invoice_no, waited.balance, "cash"))
        qtbot.waitUntil(lambda: board.model.rowCount() == 1, timeout=TIMEOUT)
        assert board.model.row_at(0).receipt_id == working
        # No filters and only car, mechanic, status and promise on the wall.
        assert not board.status_filter.isVisible() and not board.mechanic_filter.isVisible()
        visible = [c for c in range(board.model.columnCount()) if not board.view.isColumnHidden(c)]
        assert visible == [BoardModel.CAR, BoardModel.MECHANIC, BoardModel.STATUS, BoardModel.PROMISED]
        assert set(WALL_HIDDEN) == {BoardModel.RECEIPT, BoardModel.CUSTOMER, BoardModel.AGE, BoardModel.TOTAL, 7}
    finally:
        window.shutdown()


def test_rows_and_counts_are_big_at_1080p_and_scale_down(qtbot, qapp, shop: Shop, seeded: SmallShop) -> None:
    shop.handle(RequestRepair("홍길동", "12가3456", seeded.kim, 1, 10_000))
    window, board = _wall(qtbot, qapp, shop)
    try:
        qtbot.waitUntil(lambda: board.model.rowCount() == 1, timeout=TIMEOUT)
        wait_until_idle(qtbot, window)
        assert board.height() >= 1000
        text_px = QFontInfo(board.view.font()).pixelSize()
        assert text_px >= 48
        assert board.view.rowHeight(0) >= 48 and board.view.rowHeight(0) > text_px
        for kpi in board.kpis.values():
            assert QFontInfo(kpi.value.font()).pixelSize() >= 80  # a count read from 3 m
            assert QFontInfo(kpi.caption.font()).pixelSize() >= 24
        car = board.view.visualRect(board.model.index(0, BoardModel.CAR))
        assert car.width() > board.view.fontMetrics().horizontalAdvance("12가3456")  # not elided
        window.resize(1024, 768)
        wait_until_idle(qtbot, window)
        smaller = QFontInfo(board.view.font()).pixelSize()
        assert 28 <= smaller < text_px  # in proportion to the screen
    finally:
        window.shutdown()


def test_an_overdue_promise_has_a_sign_not_colour_alone(qtbot, qapp, shop: Shop, seeded: SmallShop) -> None:
    shop.handle(RequestRepair("홍길동", "12가3456", seeded.kim, 1, 10_000))
    window, board = _wall(qtbot, qapp, shop)
    try:
        qtbot.waitUntil(lambda: board.model.rowCount() == 1, timeout=TIMEOUT)
        on_time = board.model.text(0, BoardModel.PROMISED)
        assert not on_time.startswith("▲")
        board.model.tick(datetime.now().astimezone() + timedelta(days=30))
        late = board.model.text(0, BoardModel.PROMISED)
        assert late.startswith("▲ ") and on_time in late
        index = board.model.index(0, BoardModel.PROMISED)
        assert index.data(9) is not None  # BackgroundRole: the colour as well
    finally:
        window.shutdown()


def test_a_long_list_pages_on_its_own(qtbot, qapp, shop: Shop, seeded: SmallShop) -> None:
    mechanics = [shop.handle(RegisterMechanic(f"정비사{i}", 10)) for i in range(3)]
    for n in range(24):
        shop.handle(RequestRepair(f"고객{n}", f"{10 + n}가{1000 + n}", mechanics[n % 3], 1, 10_000))
    window, board = _wall(qtbot, qapp, shop)
    try:
        qtbot.waitUntil(lambda: board.model.rowCount() == 24, timeout=TIMEOUT)
        wait_until_idle(qtbot, window)
        per_page = board.rows_per_page()
        assert 5 <= per_page < 24
        pages = board.page_count()
        assert pages == -(-24 // per_page) and pages >= 2
        assert board.page_label.isVisible() and board.page_label.text() == f"Page 1 of {pages}"

        def shown() -> list[int]:
            return [r for r in range(board.model.rowCount()) if not board.view.isRowHidden(r)]

        assert shown() == list(range(per_page))
        for row in shown():  # every shown row lies inside the table: nobody has to scroll a wall
            rect = board.view.visualRect(board.model.index(row, BoardModel.CAR))
            assert rect.bottom() <= board.view.viewport().height()
        board._pager.timeout.emit()  # the page timer
        assert board.page == 1 and shown() == list(range(per_page, min(24, 2 * per_page)))
        for _ in range(pages - 1):
            board.next_page()
        assert board.page == 0 and shown() == list(range(per_page))  # round again
        assert board._pager.isActive() and board._pager.interval() >= 5000
    finally:
        window.shutdown()


def test_a_finished_car_leaves_the_wall_after_the_shops_minutes(qtbot, qapp, tmp_path) -> None:
    """board_finished_minutes = 30: unpaid, the finished car goes after 30 minutes (on the wall's tick)."""
    from dataclasses import replace

    from app.bootstrap import bootstrap
    from app.settings import Settings
    from tests.builders import FakeClock, make_invoice, small_shop

    clock = FakeClock()
    settings = replace(
        Settings(database_url=f"sqlite:///{tmp_path / 'wall.db'}", invoice_dir=tmp_path / "invoices"),
        board_finished_minutes=30,
    )
    shop = bootstrap(settings=settings, actor="wall", terminal="wall-1", clock=clock)
    try:
        seeded = small_shop(shop)
        make_invoice(shop, car_number="12가3456")
        working = shop.handle(RequestRepair("이영희", "34나5678", seeded.kim, 1, 50_000))
        shop.handle(StartJob(_job(shop, working)))
        window, board = _wall(qtbot, qapp, shop)
        try:
            qtbot.waitUntil(lambda: board.model.rowCount() == 2, timeout=TIMEOUT)
            clock.advance(minutes=29)
            board.drop_finished()
            assert board.model.rowCount() == 2
            clock.advance(minutes=2)
            board.drop_finished()
            assert [board.model.row_at(i).car_number for i in range(board.model.rowCount())] == ["34나5678"]
        finally:
            window.shutdown()
    finally:
        shop.close()
