"""Reception: inline validation, the outcome at once, rejection with its reason, cancel, car history."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app import queries
from app.bootstrap import Shop
from domain.commands import RequestRepair
from tests.builders import SmallShop
from tests.ui.helpers import TIMEOUT, click, type_into, wait_until_idle
from ui.main_window import MainWindow
from ui.screens.reception import ReceptionScreen


def open_reception(qtbot, window: MainWindow) -> ReceptionScreen:
    screen = window.show_screen("reception")
    assert isinstance(screen, ReceptionScreen)
    qtbot.waitUntil(lambda: screen.form.mechanic.count() == 3, timeout=TIMEOUT)
    return screen


def fill(qtbot, screen: ReceptionScreen, mechanic_id: int, days: int = 1, car: str = "12가3456") -> None:
    type_into(qtbot, screen.form.customer, "홍길동")
    type_into(qtbot, screen.form.phone, "010-1234-5678")
    type_into(qtbot, screen.form.car_number, car)
    screen.form.mechanic.setCurrentIndex(screen.form.mechanic.findData(mechanic_id))
    screen.form.man_day.setValue(days)
    type_into(qtbot, screen.form.fare, "60000")
    type_into(qtbot, screen.form.term, "엔진오일 교환")


def test_blank_form_shows_what_is_missing_and_sends_nothing(qtbot, window: MainWindow, shop: Shop) -> None:
    screen = open_reception(qtbot, window)
    click(qtbot, screen.form.submit_button)
    assert screen.form.errors["customer"].isVisible()
    assert "customer" in screen.form.errors["customer"].text().lower()
    assert screen.form.errors["car_number"].isVisible()
    assert screen.form.errors["mechanic"].isVisible()
    assert screen.form.errors["fare"].isVisible()
    assert screen.form.outcome.tone == "error"
    assert screen.runner.pending_writes == 0  # nothing was sent
    assert shop.status_board() == []


def test_wrong_phone_is_flagged_while_typing(qtbot, window: MainWindow) -> None:
    screen = open_reception(qtbot, window)
    type_into(qtbot, screen.form.phone, "010-12ab")
    assert screen.form.errors["phone"].isVisible()
    screen.form.phone.clear()
    assert not screen.form.errors["phone"].isVisible()


def test_accepted_request_shows_receipt_and_job(qtbot, window: MainWindow, shop: Shop, seeded: SmallShop) -> None:
    screen = open_reception(qtbot, window)
    fill(qtbot, screen, seeded.kim, days=2)
    qtbot.keyClick(screen.form.term, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.form.outcome.tone == "success", timeout=TIMEOUT)
    row = shop.status_board()[0]
    assert row.job_status == "created"
    assert f"#{row.receipt_id}" in screen.form.outcome.text()
    assert f"#{row.job_id}" in screen.form.outcome.text()
    assert screen.form.customer.text() == ""  # ready for the next customer
    qtbot.waitUntil(lambda: screen.receipts_model.rowCount() == 1, timeout=TIMEOUT)
    # the mechanic picker now shows the reserved days gone
    kim = screen.form.mechanic.findData(seeded.kim)
    qtbot.waitUntil(lambda: "8 man-day(s) left" in screen.form.mechanic.itemText(kim), timeout=TIMEOUT)


def test_rejected_request_shows_the_reason(qtbot, window: MainWindow, shop: Shop, seeded: SmallShop) -> None:
    screen = open_reception(qtbot, window)
    fill(qtbot, screen, seeded.choi, days=3)
    assert screen.form.capacity_hint.isVisible()  # warned before sending
    click(qtbot, screen.form.submit_button)
    qtbot.waitUntil(lambda: screen.form.outcome.tone == "error", timeout=TIMEOUT)
    text = screen.form.outcome.text()
    assert "Rejected" in text
    assert "최영호 has only 1 man-day(s) left and this repair needs 3" in text
    assert shop.status_board()[0].job_status == "rejected"
    assert screen.form.customer.text() == "홍길동"  # kept, to change the mechanic and send again


def test_cancel_a_request(qtbot, window: MainWindow, shop: Shop, seeded: SmallShop, monkeypatch) -> None:
    screen = open_reception(qtbot, window)
    receipt_id = shop.handle(RequestRepair("이철수", "34나5678", seeded.kim, 2, 30_000))
    qtbot.waitUntil(lambda: screen.receipts_model.rowCount() == 1, timeout=TIMEOUT)
    screen.receipts_view.selectRow(0)
    assert screen.cancel_button.isEnabled()
    monkeypatch.setattr(screen, "ask_cancel_reason", lambda row: "고객 요청")
    click(qtbot, screen.cancel_button)
    qtbot.waitUntil(lambda: screen.list_message.tone == "success", timeout=TIMEOUT)
    row = shop.query(queries.board_row, receipt_id)
    assert row is not None and row.job_status == "cancelled"
    assert shop.query(queries.mechanics)[0].man_day == 10  # the two days came back
    qtbot.waitUntil(lambda: not screen.cancel_button.isEnabled(), timeout=TIMEOUT)


def test_search_finds_by_car_number_or_customer(qtbot, window: MainWindow, shop: Shop, seeded: SmallShop) -> None:
    screen = open_reception(qtbot, window)
    shop.handle(RequestRepair("이철수", "34나5678", seeded.kim, 1, 30_000))
    shop.handle(RequestRepair("박민지", "56다7890", seeded.kim, 1, 30_000))
    qtbot.waitUntil(lambda: screen.receipts_model.rowCount() == 2, timeout=TIMEOUT)
    type_into(qtbot, screen.search, "56다")
    qtbot.waitUntil(lambda: screen.receipts_model.rowCount() == 1, timeout=TIMEOUT)
    assert screen.receipts_model.row_at(0).customer_name == "박민지"
    screen.search.clear()
    type_into(qtbot, screen.search, "이철수")
    qtbot.waitUntil(
        lambda: screen.receipts_model.rowCount() == 1 and screen.receipts_model.row_at(0).customer_name == "이철수",
        timeout=TIMEOUT,
    )


def test_known_car_shows_earlier_visits(qtbot, window: MainWindow, shop: Shop, seeded: SmallShop) -> None:
    screen = open_reception(qtbot, window)
    shop.handle(RequestRepair("이철수", "34나5678", seeded.kim, 1, 30_000, customer_phone="010-9999-0000"))
    type_into(qtbot, screen.form.car_number, "34나 5678")
    qtbot.waitUntil(lambda: screen.history_card.isVisible(), timeout=TIMEOUT)
    assert screen.history_model.rowCount() == 1
    click(qtbot, screen.use_history)
    assert screen.form.customer.text() == "이철수"
    assert screen.form.phone.text() == "010-9999-0000"
    wait_until_idle(qtbot, window)


def test_move_a_job_to_another_mechanic_before_it_starts(
    qtbot, window: MainWindow, shop: Shop, seeded: SmallShop, monkeypatch
) -> None:
    screen = open_reception(qtbot, window)
    receipt_id = shop.handle(RequestRepair("이철수", "34나5678", seeded.kim, 1, 30_000))
    qtbot.waitUntil(lambda: screen.receipts_model.rowCount() == 1, timeout=TIMEOUT)
    screen.receipts_view.selectRow(0)
    assert screen.move_button.isEnabled()
    offered: list[list[str]] = []

    def choose(row):
        offered.append([m.name for m in screen.form.mechanic_rows if m.name != row.mechanic_name])
        return seeded.choi

    monkeypatch.setattr(screen, "ask_mechanic", choose)
    click(qtbot, screen.move_button)
    qtbot.waitUntil(lambda: screen.list_message.tone == "success", timeout=TIMEOUT)
    assert offered == [["최영호"]]  # the other mechanics, not the one who has it
    row = shop.query(queries.board_row, receipt_id)
    assert row is not None and row.mechanic_name == "최영호"
    days = {m.name: m.man_day for m in shop.query(queries.mechanics)}
    assert days == {"김민수": 10, "최영호": 0}  # the day moved with the job

    # A started job stays with its mechanic: the button goes grey.
    job_id = row.job_id
    assert job_id is not None
    from domain.commands import StartJob

    shop.handle(StartJob(job_id))
    screen.refresh()
    wait_until_idle(qtbot, window)
    screen.receipts_view.selectRow(0)
    assert not screen.move_button.isEnabled()
