"""Capacity on the screens: the picker's free man-days and next free day, the overdue colour on the
board and the wall, the bay's queue in order, the mechanics screen's working days."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from app import queries
from app.bootstrap import Shop, bootstrap
from app.holidays import korean_public_holidays
from domain.commands import AddDayOff, AddShopClosure, FinishJob, RegisterMechanic, RequestRepair, StartJob
from domain.mechanic.schedule import WorkingCalendar
from tests.builders import SmallShop
from tests.ui.helpers import TIMEOUT, click, wait_until_idle
from ui.main_window import MainWindow
from ui.models.board import AT_RISK_FILL, AT_RISK_TEXT, OVERDUE_FILL, OVERDUE_TEXT, BoardModel
from ui.models.tables import JobsModel, ReceiptsModel
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
                # The finished job is on the wall too until it is paid for (test_wall_board), and not overdue.
                qtbot.waitUntil(lambda b=board: b.model.rowCount() == 2, timeout=TIMEOUT)
                model = board.model
                at_late, at_done = model.find(late), model.find(done)
                cell = model.index(at_late, BoardModel.PROMISED)
                assert cell.data(Qt.ItemDataRole.BackgroundRole).color().name() == OVERDUE_FILL.lower()
                # The wall says it with a sign as well as the colour.
                assert cell.data().startswith("Overdue " if role == "all" else "▲ Overdue ")
                assert model.index(at_done, BoardModel.PROMISED).data(Qt.ItemDataRole.BackgroundRole) is None
                wait_until_idle(qtbot, win)
                image = win.grab().toImage()
                image.save(str(tmp_path / f"board-{role}-1024x768.png"))
                rect = board.view.visualRect(board.view.model().index(at_late, BoardModel.PROMISED))
                assert rect.isValid() and rect.right() < board.view.viewport().width()  # in view at 1024 wide
                corner = board.view.viewport().mapTo(win, rect.topLeft() + QPoint(3, 3))  # the fill, not a glyph
                pixel = image.pixelColor(corner.x(), corner.y())
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
    header = screen.receipts_view.horizontalHeader()  # beside the car and the status, not past the fare
    assert header.visualIndex(ReceiptsModel.PROMISED) == header.visualIndex(ReceiptsModel.CAR) + 2


def _bay_jobs(qtbot, screen: MechanicBayScreen, mechanic_id: int, count: int) -> None:
    qtbot.waitUntil(lambda: screen.mechanic_group.button(mechanic_id) is not None, timeout=TIMEOUT)
    screen.choose_mechanic(mechanic_id)
    qtbot.waitUntil(lambda: screen.jobs_model.rowCount() == count, timeout=TIMEOUT)


def _promise_cell(screen: MechanicBayScreen, receipt_id: int):
    model = screen.jobs_model
    at = next(i for i in range(model.rowCount()) if model.row_at(i).receipt_id == receipt_id)
    return model.index(at, PROMISED_COLUMN)


PROMISED_COLUMN = JobsModel.PROMISED


def _pixel_of(qtbot, win: MainWindow, screen: MechanicBayScreen, cell, path: Path):
    """The colour inside a cell of the bay's list as drawn, after checking the whole cell is in view."""
    wait_until_idle(qtbot, win)
    image = win.grab().toImage()
    image.save(str(path))
    view = screen.jobs_view
    rect = view.visualRect(cell)
    assert rect.isValid() and rect.left() >= 0 and rect.right() <= view.viewport().width(), (rect, view.width())
    edge = view.viewport().mapTo(win, QPoint(rect.right() - 3, rect.center().y()))  # beside the text, not on it
    return image.pixelColor(edge.x(), edge.y())


def test_the_bay_marks_a_promise_the_queue_now_misses_in_amber_and_in_words(
    qtbot, window: MainWindow, shop: Shop, seeded: SmallShop, tmp_path: Path
) -> None:
    on_time = shop.handle(RequestRepair("홍길동", "12가3456", seeded.kim, 2, 10_000))
    behind = shop.handle(RequestRepair("김영희", "34나5678", seeded.kim, 1, 10_000))
    (_first, second) = shop.query(queries.mechanic_queue, seeded.kim)
    promised = second.promised_date
    shop.handle(AddDayOff(seeded.kim, second.planned_start))  # Kim is off the day the second job was planned
    (_first, second) = shop.query(queries.mechanic_queue, seeded.kim)
    assert second.at_risk and not second.overdue and second.promised_date == promised  # never pushed back silently

    screen = window.show_screen("mechanic")
    assert isinstance(screen, MechanicBayScreen)
    _bay_jobs(qtbot, screen, seeded.kim, 2)
    qtbot.waitUntil(lambda: _promise_cell(screen, behind).data() == f"At risk\n{promised}", timeout=TIMEOUT)
    cell = _promise_cell(screen, behind)
    assert screen.jobs_model.data(cell, Qt.ItemDataRole.BackgroundRole).color().name() == AT_RISK_FILL.lower()
    assert screen.jobs_model.data(cell, Qt.ItemDataRole.ForegroundRole).color().name() == AT_RISK_TEXT.lower()
    assert second.planned_finish in screen.jobs_model.data(cell, Qt.ItemDataRole.ToolTipRole)
    fine = _promise_cell(screen, on_time)
    assert screen.jobs_model.data(fine, Qt.ItemDataRole.BackgroundRole) is None
    assert fine.data() == shop.query(queries.mechanic_queue, seeded.kim)[0].promised_date

    car = cell.siblingAtColumn(JobsModel.CAR)
    assert car.data() == "34나5678\nAt risk"  # the car's cell says it too: at 1024 px only it is in view
    assert screen.jobs_model.data(car, Qt.ItemDataRole.BackgroundRole).color().name() == AT_RISK_FILL.lower()
    for size, shown in (((1024, 768), car), ((1440, 900), cell)):
        window.resize(*size)
        pixel = _pixel_of(qtbot, window, screen, shown, tmp_path / f"bay-at-risk-{size[0]}.png")
        assert pixel.red() > 200 and 120 < pixel.green() < 190 and pixel.blue() < 60, pixel.name()

    screen.select_job(job_of(shop, behind))  # selected, the row is drawn in the selection's colour: the detail says it
    qtbot.waitUntil(lambda: f"Promised for {promised}: at risk" in screen.job_detail.text(), timeout=TIMEOUT)
    assert second.planned_finish in screen.job_detail.text()


def test_the_bay_marks_an_overdue_promise_in_red_and_in_korean(qtbot, korean, tmp_path: Path) -> None:
    shop, late, _done = _late_shop(tmp_path)
    try:
        win = MainWindow(shop, "mechanic")
        qtbot.addWidget(win)
        win.resize(1024, 768)
        win.show()
        qtbot.waitExposed(win)
        try:
            screen = win.screens["mechanic"]
            assert isinstance(screen, MechanicBayScreen)
            kim = shop.query(queries.mechanics)[0].id
            _bay_jobs(qtbot, screen, kim, 1)
            cell = _promise_cell(screen, late)
            (row,) = shop.query(queries.mechanic_queue, kim)
            assert row.overdue
            assert f"{row.promised_date}까지 약속: 지연" in screen.job_detail.text()
            assert cell.data() == f"지연\n{row.promised_date}"
            assert screen.jobs_model.data(cell, Qt.ItemDataRole.BackgroundRole).color().name() == OVERDUE_FILL.lower()
            assert screen.jobs_model.data(cell, Qt.ItemDataRole.ForegroundRole).color().name() == OVERDUE_TEXT.lower()
            car = cell.siblingAtColumn(JobsModel.CAR)
            assert car.data() == "12가3456\n지연"
            screen.jobs_view.clearSelection()  # the selected row is drawn in the selection's colour (the word stays)
            pixel = _pixel_of(qtbot, win, screen, car, tmp_path / "bay-overdue-ko-1024x768.png")
            assert pixel.red() > 150 and pixel.green() < 60 and pixel.blue() < 60, pixel.name()
        finally:
            win.shutdown()
    finally:
        shop.close()


def test_the_mechanics_screen_removes_a_closure_with_delete_after_asking(
    qtbot, window: MainWindow, shop: Shop, seeded: SmallShop, monkeypatch, tmp_path: Path
) -> None:
    today = date.today()
    closure = shop.handle(AddShopClosure(today.isoformat(), (today + timedelta(days=6)).isoformat(), "여름 휴가"))
    rid = shop.handle(RequestRepair("홍길동", "12가3456", seeded.kim, 1, 10_000))
    (queued,) = shop.query(queries.mechanic_queue, seeded.kim)
    assert queued.planned_start > (today + timedelta(days=6)).isoformat()  # after the closure

    screen = window.show_screen("mechanics")
    assert isinstance(screen, MechanicAdminScreen)
    panel = screen.working_days
    qtbot.waitUntil(lambda: panel.closure_list.count() == 1, timeout=TIMEOUT)
    assert "여름 휴가" in panel.closure_list.item(0).text() and panel.closure_list.isVisible()
    assert not panel.remove_closure.isEnabled()  # nothing chosen yet
    panel.closure_list.setFocus()
    panel.closure_list.setCurrentRow(0)
    assert panel.selected_closure() == closure and panel.remove_closure.isEnabled()
    wait_until_idle(qtbot, window)
    window.grab().save(str(tmp_path / "mechanics-closure.png"))

    asked: list[str] = []
    monkeypatch.setattr(panel, "confirm_remove_closure", lambda text: asked.append(text) or False)
    qtbot.keyClick(panel.closure_list, Qt.Key.Key_Delete)
    assert asked and "여름 휴가" in asked[0]
    assert len(shop.query(queries.working_days, seeded.kim).closures) == 1  # "No": nothing removed

    monkeypatch.setattr(panel, "confirm_remove_closure", lambda text: True)
    qtbot.keyClick(panel.closure_list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: shop.query(queries.working_days, seeded.kim).closures == [], timeout=TIMEOUT)
    qtbot.waitUntil(lambda: panel.closure_list.count() == 0 and "none" in panel.closures.text(), timeout=TIMEOUT)
    assert "Closure removed" in panel.message.title.text()
    # The queue is planned again: the job now starts on the first working day from today, promised earlier.
    (queued_now,) = shop.query(queries.mechanic_queue, seeded.kim)
    calendar = WorkingCalendar(holidays=korean_public_holidays)
    assert queued_now.planned_start == calendar.first_working_day(today).isoformat()
    assert queued_now.promised_date < queued.promised_date
    assert next(r for r in shop.status_board() if r.receipt_id == rid).promised_date == queued_now.promised_date
