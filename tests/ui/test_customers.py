"""The register at the desk: search as you type, fill from the register, history panel, history from board and till."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.bootstrap import Shop
from domain.commands import (
    FinishJob,
    MergeVehicles,
    RegisterCustomer,
    RegisterVehicle,
    RequestPart,
    RequestRepair,
    StartJob,
)
from tests.builders import SmallShop
from tests.ui.helpers import TIMEOUT, click, type_into, wait_until_idle
from ui.customers.history import VehicleHistoryDialog
from ui.main_window import MainWindow
from ui.screens.reception import ReceptionScreen

SHOTS = Path(os.environ.get("PITLANE_SHOTS", "/tmp/pitlane-shots"))


def open_reception(qtbot, window: MainWindow) -> ReceptionScreen:
    screen = window.show_screen("reception")
    assert isinstance(screen, ReceptionScreen)
    qtbot.waitUntil(lambda: screen.form.mechanic.count() == 3, timeout=TIMEOUT)
    return screen


def shoot(window: MainWindow, name: str) -> None:
    """Render the window at 1024x768 for a person to look at (not compared: screens change)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.resize(1024, 768)
    window.grab().save(str(SHOTS / f"{name}.png"))


def a_known_car(shop: Shop, seeded: SmallShop) -> int:
    """홍길동's 12가3456: one finished visit with a part, one open one."""
    rid = shop.handle(
        RequestRepair(
            "홍길동",
            "12가3456",
            seeded.kim,
            1,
            40_000,
            customer_phone="010-1234-5678",
            term="브레이크 패드 교체",
            request_note="고객 비밀 메모",
            mileage=48_200,
        )
    )
    job = next(r.job_id for r in shop.status_board() if r.receipt_id == rid)
    assert job is not None
    shop.handle(StartJob(job))
    shop.handle(RequestPart(job, seeded.brake_pads, 1))
    shop.handle(FinishJob(job))
    shop.handle(RequestRepair("홍길동", "12가3456", seeded.kim, 1, 20_000, term="엔진오일 교환", mileage=52_000))
    return rid


def test_typing_the_last_four_digits_finds_the_car_and_fills_the_form(
    qtbot, window: MainWindow, shop: Shop, seeded: SmallShop
) -> None:
    a_known_car(shop, seeded)
    cid = shop.handle(RegisterCustomer("김영희", "010-5555-6666"))
    shop.handle(RegisterVehicle("34나7777", cid, model="아반떼"))
    vid = shop.handle(RegisterVehicle("12가3456".replace("12", "99")))  # 99가3456: a second car ending in 3456
    screen = open_reception(qtbot, window)

    type_into(qtbot, screen.form.car_number, "345")
    qtbot.wait(400)
    assert not screen.lookup.isVisible()  # three characters: no look-up yet
    type_into(qtbot, screen.form.car_number, "6")
    qtbot.waitUntil(lambda: screen.lookup.matches_model.rowCount() == 2, timeout=TIMEOUT)
    assert screen.lookup.matches_view.isVisible() and screen.lookup.current is None
    assert screen.form.customer.text() == ""  # nothing filled until one car is chosen
    screen.lookup.matches_view.selectRow(1 if screen.lookup.matches[0].vehicle_id == vid else 0)
    qtbot.waitUntil(lambda: screen.lookup.current is not None, timeout=TIMEOUT)
    assert screen.lookup.current.car_number == "12가3456"
    assert screen.form.customer.text() == "홍길동" and screen.form.phone.text() == "010-1234-5678"
    qtbot.waitUntil(lambda: screen.history_model.rowCount() == 2, timeout=TIMEOUT)
    click(qtbot, screen.use_history)
    assert screen.form.car_number.text() == "12가3456"  # the chosen car's plate replaces the four digits
    wait_until_idle(qtbot, window)
    shoot(window, "desk-lookup")


def test_typing_the_phone_digits_finds_the_owner_s_car(qtbot, window: MainWindow, shop: Shop) -> None:
    cid = shop.handle(RegisterCustomer("김영희", "010-5555-6666"))
    shop.handle(RegisterVehicle("34나7777", cid, model="아반떼"))
    screen = open_reception(qtbot, window)
    type_into(qtbot, screen.form.phone, "6666")
    qtbot.waitUntil(lambda: screen.lookup.current is not None, timeout=TIMEOUT)
    assert screen.lookup.current.car_number == "34나7777"
    assert screen.form.customer.text() == "김영희"
    assert screen.form.model.text() == "아반떼"
    assert screen.form.car_number.text() == ""  # found by phone: the plate waits for the desk's choice
    click(qtbot, screen.use_history)
    assert screen.form.car_number.text() == "34나7777"
    wait_until_idle(qtbot, window)


def test_the_history_panel_shows_the_work_done_not_the_memo(
    qtbot, window: MainWindow, shop: Shop, seeded: SmallShop
) -> None:
    a_known_car(shop, seeded)
    screen = open_reception(qtbot, window)
    type_into(qtbot, screen.form.car_number, "12가 3456")
    qtbot.waitUntil(lambda: screen.history_model.rowCount() == 2, timeout=TIMEOUT)
    model = screen.history_model
    cells = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    newest, oldest = cells
    assert "엔진오일 교환" in newest and "52,000 km" in newest
    assert "브레이크 패드 교체 · 브레이크 패드 (앞) ×1" in oldest and "48,200 km" in oldest  # work done, parts fitted
    assert any(str(c).endswith("115,500") for c in oldest)  # (40,000 + 65,000) × 1.1
    assert not any("비밀 메모" in str(c) for row in cells for c in row)
    assert screen.form.model.text() == "" and screen.form.customer.text() == "홍길동"
    wait_until_idle(qtbot, window)
    shoot(window, "desk-history")


def test_a_lower_mileage_asks_whether_the_odometer_was_replaced(
    qtbot, window: MainWindow, shop: Shop, seeded: SmallShop, monkeypatch
) -> None:
    shop.handle(RequestRepair("홍길동", "12가3456", seeded.kim, 1, 20_000, mileage=152_000))
    screen = open_reception(qtbot, window)
    asked: list[str] = []

    def answer(self, exc) -> bool:  # type: ignore[no-untyped-def]
        asked.append(str(exc))
        return True

    monkeypatch.setattr(type(screen.form), "confirm_odometer_replaced", answer)
    type_into(qtbot, screen.form.customer, "홍길동")
    type_into(qtbot, screen.form.car_number, "12가3456")
    screen.form.mechanic.setCurrentIndex(screen.form.mechanic.findData(seeded.kim))
    type_into(qtbot, screen.form.fare, "30000")
    type_into(qtbot, screen.form.mileage, "1,200")
    click(qtbot, screen.form.submit_button)
    qtbot.waitUntil(lambda: screen.form.outcome.tone == "success", timeout=TIMEOUT)
    assert len(asked) == 1
    visits = shop.vehicle_history("12가3456")
    assert [v.mileage for v in visits] == [1_200, 152_000]
    wait_until_idle(qtbot, window)


def test_a_mileage_that_is_not_a_number_is_marked_and_nothing_is_sent(qtbot, window: MainWindow, shop: Shop) -> None:
    screen = open_reception(qtbot, window)
    type_into(qtbot, screen.form.mileage, "lots")
    assert screen.form.errors["mileage"].isVisible()
    screen.form.mileage.clear()
    type_into(qtbot, screen.form.mileage, "2500000")
    assert "2,000,000" in screen.form.errors["mileage"].text()
    assert shop.status_board() == []


def test_history_opens_from_the_board_and_the_till(qtbot, window: MainWindow, shop: Shop, seeded: SmallShop) -> None:
    a_known_car(shop, seeded)
    board = window.show_screen("board")
    qtbot.waitUntil(lambda: board.model.rowCount() == 2, timeout=TIMEOUT)
    dialog = board.open_history(0)
    assert isinstance(dialog, VehicleHistoryDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=TIMEOUT)
    assert dialog.panel.model.rowCount() == 2 and dialog.car_number == "12가3456"
    dialog.resize(1024, 420)
    dialog.grab().save(str(SHOTS / "history-dialog.png"))
    dialog.close()

    till = window.show_screen("invoice")
    till.refresh()
    wait_until_idle(qtbot, window)
    dialog = till.invoices.open_history()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=TIMEOUT)
    assert dialog.panel.model.rowCount() == 2
    dialog.close()
    wait_until_idle(qtbot, window)


def test_a_merged_duplicate_is_not_offered(qtbot, window: MainWindow, shop: Shop) -> None:
    a = shop.handle(RegisterVehicle("12가3456", model="쏘나타"))
    b = shop.handle(RegisterVehicle("12가3456".replace("가", "나")))
    shop.handle(MergeVehicles(a, b))
    screen = open_reception(qtbot, window)
    type_into(qtbot, screen.form.car_number, "3456")
    qtbot.waitUntil(lambda: screen.lookup.current is not None, timeout=TIMEOUT)
    assert screen.lookup.matches_model.rowCount() == 1 and screen.form.model.text() == "쏘나타"
    assert QMessageBox is not None
    wait_until_idle(qtbot, window)


def test_correct_the_car_and_its_owner_from_the_desk(qtbot, window: MainWindow, shop: Shop, monkeypatch) -> None:
    from ui.customers.lookup import VehicleLookup

    cid = shop.handle(RegisterCustomer("김영희", "010-5555-6666"))
    shop.handle(RegisterVehicle("34나7777", cid, model="아반때"))
    screen = open_reception(qtbot, window)

    def correct(self, dialog) -> bool:  # type: ignore[no-untyped-def]
        dialog.model.setText("아반떼")
        dialog.phone.setText("010-5555-7777")
        return True

    monkeypatch.setattr(VehicleLookup, "ask_corrections", correct)
    type_into(qtbot, screen.form.car_number, "7777")
    qtbot.waitUntil(lambda: screen.lookup.current is not None, timeout=TIMEOUT)
    click(qtbot, screen.lookup.edit_button)
    qtbot.waitUntil(lambda: screen.lookup.message.tone == "success", timeout=TIMEOUT)
    [match] = shop.find_vehicles("34나7777")
    assert (match.model, match.customer_phone, match.customer_name) == ("아반떼", "010-5555-7777", "김영희")
    wait_until_idle(qtbot, window)


def test_merge_two_records_of_the_same_car_without_losing_a_visit(
    qtbot, window: MainWindow, shop: Shop, seeded: SmallShop, monkeypatch
) -> None:
    from ui.customers.lookup import VehicleLookup

    shop.handle(RequestRepair("홍길동", "12가3456", seeded.kim, 1, 20_000, term="엔진오일 교환"))
    shop.handle(RequestRepair("홍길동", "12기3456", seeded.kim, 1, 20_000, term="타이어 교체"))  # a typing slip
    screen = open_reception(qtbot, window)
    offered: list[list[str]] = []

    def pick(self, others):  # type: ignore[no-untyped-def]
        offered.append([m.car_number for m in others])
        return others[0]

    monkeypatch.setattr(VehicleLookup, "ask_duplicate", pick)
    type_into(qtbot, screen.form.car_number, "3456")
    qtbot.waitUntil(lambda: screen.lookup.matches_model.rowCount() == 2, timeout=TIMEOUT)
    keep = next(r for r in range(2) if screen.lookup.matches[r].car_number == "12가3456")
    screen.lookup.matches_view.selectRow(keep)
    qtbot.waitUntil(lambda: screen.lookup.merge_button.isEnabled(), timeout=TIMEOUT)
    click(qtbot, screen.lookup.merge_button)
    assert offered == [["12기3456"]]  # never the chosen record itself
    qtbot.waitUntil(lambda: screen.lookup.message.tone == "success", timeout=TIMEOUT)
    qtbot.waitUntil(lambda: screen.history_model.rowCount() == 2, timeout=TIMEOUT)
    assert [v.term for v in shop.vehicle_history("12가3456")] == ["타이어 교체", "엔진오일 교환"]
    assert shop.vehicle_history("12기3456") == shop.vehicle_history("12가3456")  # the slip is a former plate now
    wait_until_idle(qtbot, window)
    shoot(window, "desk-merged")


def test_a_refused_correction_is_said_in_a_sentence(qtbot, window: MainWindow, shop: Shop, monkeypatch) -> None:
    from ui.customers.lookup import VehicleLookup

    shop.handle(RegisterVehicle("34나7777", model="아반떼"))
    screen = open_reception(qtbot, window)

    def bad_vin(self, dialog) -> bool:  # type: ignore[no-untyped-def]
        dialog.car_id.setText("KMH12")
        return True

    monkeypatch.setattr(VehicleLookup, "ask_corrections", bad_vin)
    type_into(qtbot, screen.form.car_number, "34나7777")
    qtbot.waitUntil(lambda: screen.lookup.current is not None, timeout=TIMEOUT)
    click(qtbot, screen.lookup.edit_button)
    qtbot.waitUntil(lambda: screen.lookup.message.tone == "error", timeout=TIMEOUT)
    assert "17" in screen.lookup.message.body.text()
    assert shop.find_vehicles("34나7777")[0].car_id == ""
    wait_until_idle(qtbot, window)


def test_the_register_speaks_korean(qtbot, qapp, korean, shop: Shop, seeded: SmallShop) -> None:
    from ui import theme

    a_known_car(shop, seeded)
    theme.apply(qapp)
    win = MainWindow(shop, "all")
    qtbot.addWidget(win)
    win.resize(1440, 900)
    win.show()
    try:
        screen = open_reception(qtbot, win)
        type_into(qtbot, screen.form.car_number, "3456")
        qtbot.waitUntil(lambda: screen.history_model.rowCount() == 2, timeout=TIMEOUT)
        assert screen.lookup.use_button.text() == "이 차량 정보 사용"
        assert screen.history_model.headerData(2, Qt.Orientation.Horizontal) == "정비 내용"
        wait_until_idle(qtbot, win)
        shoot(win, "desk-lookup-ko")
    finally:
        win.shutdown()


def test_an_erased_owner_shows_as_erased_and_fills_nothing(qtbot, window: MainWindow, shop: Shop) -> None:
    from domain.commands import EraseCustomer

    cid = shop.handle(RegisterCustomer("김영희", "010-5555-6666"))
    shop.handle(RegisterVehicle("34나7777", cid, model="아반떼"))
    shop.handle(EraseCustomer(cid))
    screen = open_reception(qtbot, window)
    type_into(qtbot, screen.form.car_number, "7777")
    qtbot.waitUntil(lambda: screen.lookup.current is not None, timeout=TIMEOUT)
    assert "Erased customer" in screen.lookup.title.text()
    assert screen.form.customer.text() == "" and screen.form.phone.text() == ""
    assert screen.lookup.matches_model.index(0, 2).data() == "Erased customer"
    wait_until_idle(qtbot, window)
