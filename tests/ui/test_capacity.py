"""Capacity on the screens: the picker's free man-days and next free day, the overdue colour on the
board and the wall, the bay's queue in order, the mechanics screen's working days."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from app import queries
from app.bootstrap import Shop, bootstrap
from app.holidays import korean_public_holidays
from domain.commands import FinishJob, RegisterMechanic, RequestRepair, StartJob
from domain.mechanic.schedule import WorkingCalendar
from tests.builders import SmallShop
from tests.ui.helpers import TIMEOUT, click, wait_until_idle
from ui.main_window import MainWindow
from ui.models.board import OVERDUE_FILL, BoardModel
from ui.screens.board import BoardScreen
from ui.screens.mechanic_admin import MechanicAdminScreen
from ui.screens.mechanic_bay import MechanicBayScreen
from ui.screens.reception import ReceptionScreen


def job_of(shop: Shop, rid: int) -> int:
    (row,) = [r for r in shop.status_board() if r.receipt_id == rid]
    assert row.job_id is not None
    return row.job_id


def picker_text(screen: ReceptionScreen, mechanic_id: int) -> str:
    return screen.form.mechanic.itemText(screen.form.mechanic.findData(mechanic_id))


def test_the_picker_shows_free_man_days_and_the_next_free_day(
    qtbot, window: MainWindow, shop: Shop, seeded: SmallShop
) -> None:
    first = shop.handle(RequestRepair("홍길동", "12가3456", seeded.kim, 3, 10_000))
    second = shop.handle(RequestRepair("김영희", "34나5678", seeded.kim, 2, 10_000))
    calendar = WorkingCalendar(holidays=korean_public_holidays)
    today = date.today()
    end = calendar.lay_out(calendar.first_working_day(today), [3, 2])[1][1]  # the second job's last day
    expected = calendar.first_working_day(end + timedelta(days=1)).isoformat()

    screen = window.show_screen("reception")
    assert isinstance(screen, ReceptionScreen)
    qtbot.waitUntil(lambda: f"free from {expected}" in picker_text(screen, seeded.kim), timeout=TIMEOUT)
    assert "5 man-day(s) left" in picker_text(screen, seeded.kim)

    for rid in (first, second):  # the work is done: the man-days and the days come back
        shop.handle(StartJob(job_of(shop, rid)))
        shop.handle(FinishJob(job_of(shop, rid)))
    free_today = calendar.first_working_day(today).isoformat()
    qtbot.waitUntil(lambda: "10 man-day(s) left" in picker_text(screen, seeded.kim), timeout=TIMEOUT)
    assert f"free from {free_today}" in picker_text(screen, seeded.kim)


class Past:
    """A clock ten days back, so the jobs booked with it are overdue today."""

    def __init__(self) -> None:
        self.now = datetime.now().astimezone() - timedelta(days=10)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def _late_shop(tmp_path: Path) -> tuple[Shop, int, int]:
    shop = bootstrap(database_url=f"sqlite:///{tmp_path / 'late.db'}", invoice_dir=tmp_path / "inv", clock=Past())
    kim = shop.handle(RegisterMechanic("김민수", 10))
    late = shop.handle(RequestRepair("홍길동", "12가3456", kim, 1, 10_000))
    done = shop.handle(RequestRepair("김영희", "34나5678", kim, 1, 10_000))
    shop.handle(StartJob(job_of(shop, done)))
    shop.handle(FinishJob(job_of(shop, done)))
    return shop, late, done


def test_the_board_and_the_wall_show_an_overdue_promise_in_a_colour_seen_from_afar(qtbot, tmp_path: Path) -> None:
    shop, late, done = _late_shop(tmp_path)
    try:
        for role in ("all", "board"):
            win = MainWindow(shop, role)
            qtbot.addWidget(win)
            win.resize(1024, 768)
            win.show()
            qtbot.waitExposed(win)
            try:
                board = win.show_screen("board") if role == "all" else win.screens["board"]
                assert isinstance(board, BoardScreen)
                qtbot.waitUntil(lambda b=board: b.model.rowCount() == 2, timeout=TIMEOUT)
                model = board.model
                at_late, at_done = model.find(late), model.find(done)
                cell = model.index(at_late, BoardModel.PROMISED)
                assert cell.data(Qt.ItemDataRole.BackgroundRole).color().name() == OVERDUE_FILL.lower()
                assert cell.data().startswith("Overdue ")
                assert model.index(at_done, BoardModel.PROMISED).data(Qt.ItemDataRole.BackgroundRole) is None
                wait_until_idle(qtbot, win)
                image = win.grab().toImage()
                image.save(str(tmp_path / f"board-{role}-1024x768.png"))
                rect = board.view.visualRect(board.view.model().index(at_late, BoardModel.PROMISED))
                assert rect.isValid() and rect.right() < board.view.viewport().width()  # in view at 1024 wide
                centre = board.view.viewport().mapTo(win, rect.center())
                pixel = image.pixelColor(centre.x() + 2, centre.y() - rect.height() // 4)
                assert pixel.red() > 150 and pixel.green() < 60 and pixel.blue() < 60, pixel.name()
            finally:
                win.shutdown()
    finally:
        shop.close()


def test_the_bay_lists_the_queue_in_order_with_its_promises(
    qtbot, window: MainWindow, shop: Shop, seeded: SmallShop
) -> None:
    ids = [shop.handle(RequestRepair(f"손님 {n}", f"{n}가1234", seeded.kim, 2, 10_000)) for n in range(3)]
    shop.handle(StartJob(job_of(shop, ids[2])))  # the one started comes first
    screen = window.show_screen("mechanic")
    assert isinstance(screen, MechanicBayScreen)
    qtbot.waitUntil(lambda: screen.mechanic_group.button(seeded.kim) is not None, timeout=TIMEOUT)
    screen.choose_mechanic(seeded.kim)
    qtbot.waitUntil(lambda: screen.jobs_model.rowCount() == 3, timeout=TIMEOUT)
    order = [screen.jobs_model.row_at(i).receipt_id for i in range(3)]
    assert order == [ids[2], ids[0], ids[1]]
    queue = shop.query(queries.mechanic_queue, seeded.kim)
    assert [q.receipt_id for q in queue] == order
    promises = [screen.jobs_model.row_at(i).promised_date for i in range(3)]
    assert promises == [q.promised_date for q in queue] and promises == sorted(promises)


def test_the_mechanics_screen_sets_the_week_and_a_day_off(
    qtbot, window: MainWindow, shop: Shop, seeded: SmallShop
) -> None:
    screen = window.show_screen("mechanics")
    assert isinstance(screen, MechanicAdminScreen)
    qtbot.waitUntil(lambda: screen.model.rowCount() >= 2, timeout=TIMEOUT)
    row = next(i for i in range(screen.model.rowCount()) if screen.model.row_at(i).id == seeded.kim)
    screen.view.selectRow(row)
    panel = screen.working_days
    qtbot.waitUntil(lambda: panel.mechanic is not None and panel.weekdays_mask() == "1111110", timeout=TIMEOUT)
    panel.weekday_boxes[5].setChecked(False)  # no Saturdays
    click(qtbot, panel.save_week)
    qtbot.waitUntil(lambda: shop.query(queries.working_days, seeded.kim).weekdays == "1111100", timeout=TIMEOUT)
    click(qtbot, panel.add_off)
    today = date.today().isoformat()
    qtbot.waitUntil(lambda: shop.query(queries.working_days, seeded.kim).days_off == [today], timeout=TIMEOUT)
    qtbot.waitUntil(lambda: today in panel.days_off.text(), timeout=TIMEOUT)


def test_the_form_takes_a_wanted_by_date_warns_early_and_tells_the_promise(
    qtbot, window: MainWindow, shop: Shop, seeded: SmallShop
) -> None:
    shop.handle(RequestRepair("홍길동", "12가3456", seeded.kim, 4, 10_000))  # Kim is busy for a few days
    screen = window.show_screen("reception")
    assert isinstance(screen, ReceptionScreen)
    form = screen.form
    today = date.today().isoformat()
    qtbot.waitUntil(lambda: "6 man-day(s) left" in picker_text(screen, seeded.kim), timeout=TIMEOUT)
    assert f"free from {today}" not in picker_text(screen, seeded.kim)
    form.mechanic.setCurrentIndex(form.mechanic.findData(seeded.kim))
    form.wanted_by.setText("2026-02-30")
    assert form.errors["wanted_by"].text()  # no such day: said at once, in words
    form.wanted_by.setText(today)
    assert not form.errors["wanted_by"].text()
    assert form.capacity_hint.isVisible() and "is free from" in form.capacity_hint.text()

    form.wanted_by.clear()
    form.customer.setText("김영희")
    form.car_number.setText("34나5678")
    form.fare.setText("60000")
    click(qtbot, form.submit_button)
    qtbot.waitUntil(lambda: "Accepted" in form.outcome.title.text(), timeout=TIMEOUT)
    promise = next(r.promised_date for r in shop.status_board() if r.customer_name == "김영희")
    assert promise and f"Promised for {promise}." in form.outcome.body.text()

    # The desk's receipt line shows it too.
    def line_promise() -> str:
        rows = [screen.receipts_model.row_at(i) for i in range(screen.receipts_model.rowCount())]
        return next((r.promised_date for r in rows if r.customer_name == "김영희"), "")

    qtbot.waitUntil(lambda: line_promise() == promise, timeout=TIMEOUT)
