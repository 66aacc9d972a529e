"""Mechanic bay: pick yourself, start, parts by barcode (code + Enter), cancelled parts with the reason, finish."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app import queries
from app.bootstrap import Shop
from domain.commands import RequestRepair
from tests.builders import SmallShop
from tests.ui.helpers import TIMEOUT, click, type_into
from ui.main_window import MainWindow
from ui.screens.mechanic_bay import MechanicBayScreen


def open_bay(qtbot, window: MainWindow, mechanic_id: int) -> MechanicBayScreen:
    screen = window.show_screen("mechanic")
    assert isinstance(screen, MechanicBayScreen)
    qtbot.waitUntil(lambda: screen.mechanic_group.button(mechanic_id) is not None, timeout=TIMEOUT)
    click(qtbot, screen.mechanic_group.button(mechanic_id))
    qtbot.waitUntil(lambda: screen.jobs_model.rowCount() > 0, timeout=TIMEOUT)
    return screen


def new_job(shop: Shop, mechanic_id: int) -> int:
    receipt_id = shop.handle(RequestRepair("홍길동", "12가3456", mechanic_id, 2, 60_000))
    row = shop.query(queries.board_row, receipt_id)
    assert row is not None and row.job_id is not None
    return row.job_id


def job_status(shop: Shop, job_id: int) -> str:
    return next(j.status for j in shop.query(queries.jobs, None, False) if j.job_id == job_id)


def scan(qtbot, screen: MechanicBayScreen, code: str) -> None:
    """A barcode scanner types the code and presses Enter."""
    type_into(qtbot, screen.part_entry, code)
    qtbot.keyClick(screen.part_entry, Qt.Key.Key_Return)


def test_start_scan_and_finish(qtbot, window: MainWindow, shop: Shop, seeded: SmallShop) -> None:
    job_id = new_job(shop, seeded.kim)
    screen = open_bay(qtbot, window, seeded.kim)
    assert screen.start_button.isEnabled()
    assert not screen.part_entry.isEnabled()  # parts only for a started job
    assert screen.start_button.height() >= 60  # big enough for gloves
    click(qtbot, screen.start_button)
    qtbot.waitUntil(lambda: screen.jobs_model.row_at(0).status == "started", timeout=TIMEOUT)  # scans before it wait
    assert job_status(shop, job_id) == "started"

    scan(qtbot, screen, "BRK-PAD-F01")
    qtbot.waitUntil(lambda: screen.outcome.tone == "success" and "Provided" in screen.outcome.text(), timeout=TIMEOUT)
    assert screen.requests_model.rowCount() == 1
    assert screen.requests_model.row_at(0).status == "provided"
    assert next(p for p in shop.query(queries.parts) if p.id == seeded.brake_pads).stock == 4
    assert screen.part_entry.text() == "" and screen.part_entry.hasFocus()  # ready for the next scan

    click(qtbot, screen.finish_button)  # first tap arms
    assert job_status(shop, job_id) == "started"
    click(qtbot, screen.finish_button)  # second tap finishes
    qtbot.waitUntil(lambda: job_status(shop, job_id) == "finished", timeout=TIMEOUT)
    qtbot.waitUntil(lambda: screen.jobs_model.rowCount() == 0, timeout=TIMEOUT)
    row = shop.status_board()[0]
    assert row.job_status == "finished" and row.total_price == (60_000 + 65_000) * 11 // 10


def test_out_of_stock_part_is_cancelled_with_its_reason(qtbot, window: MainWindow, shop: Shop, seeded) -> None:
    new_job(shop, seeded.kim)
    screen = open_bay(qtbot, window, seeded.kim)
    click(qtbot, screen.start_button)
    qtbot.waitUntil(lambda: screen.jobs_model.row_at(0).status == "started", timeout=TIMEOUT)  # scans before it wait
    scan(qtbot, screen, "oil-5w30-4l")  # scanners and people type lower case too
    qtbot.waitUntil(lambda: screen.outcome.tone == "error", timeout=TIMEOUT)
    assert "out of stock" in screen.outcome.text()
    qtbot.waitUntil(lambda: screen.requests_model.rowCount() == 1, timeout=TIMEOUT)
    assert screen.requests_model.row_at(0).status == "cancelled"


def test_more_than_in_stock_and_quantity_buttons(qtbot, window: MainWindow, shop: Shop, seeded) -> None:
    new_job(shop, seeded.kim)
    screen = open_bay(qtbot, window, seeded.kim)
    click(qtbot, screen.start_button)
    qtbot.waitUntil(lambda: screen.jobs_model.row_at(0).status == "started", timeout=TIMEOUT)  # scans before it wait
    for _ in range(5):
        click(qtbot, screen.more)
    assert screen.quantity.value() == 6
    type_into(qtbot, screen.part_entry, "브레이크 패드")  # by name
    click(qtbot, screen.request_button)
    qtbot.waitUntil(lambda: screen.outcome.tone == "error", timeout=TIMEOUT)
    assert "Only 5 of 브레이크 패드 (앞) (BRK-PAD-F01) in stock; 6 asked." in screen.outcome.text()


def test_unknown_code_is_said_inline_and_nothing_is_sent(qtbot, window: MainWindow, shop: Shop, seeded) -> None:
    new_job(shop, seeded.kim)
    screen = open_bay(qtbot, window, seeded.kim)
    click(qtbot, screen.start_button)
    qtbot.waitUntil(lambda: screen.jobs_model.row_at(0).status == "started", timeout=TIMEOUT)  # scans before it wait
    scan(qtbot, screen, "NOPE-123")
    assert screen.outcome.tone == "error"
    assert "No part matches" in screen.outcome.text()
    assert screen.runner.pending_writes == 0  # nothing was sent
    assert shop.query(queries.part_requests) == []


def test_completion_offers_code_and_name(qtbot, window: MainWindow, shop: Shop, seeded) -> None:
    new_job(shop, seeded.kim)
    screen = open_bay(qtbot, window, seeded.kim)
    qtbot.waitUntil(lambda: screen.completer_model.rowCount() == 2, timeout=TIMEOUT)
    entries = screen.completer_model.stringList()
    assert any(e.startswith("BRK-PAD-F01 — 브레이크 패드 (앞)") for e in entries)
    assert screen.find_part(entries[0]) is not None


def test_completion_shows_each_parts_origin_code(qtbot, window: MainWindow, shop: Shop, seeded) -> None:
    new_job(shop, seeded.kim)
    screen = open_bay(qtbot, window, seeded.kim)
    qtbot.waitUntil(lambda: screen.completer_model.rowCount() == 2, timeout=TIMEOUT)
    entries = screen.completer_model.stringList()
    assert any(e.startswith("BRK-PAD-F01 — 브레이크 패드 (앞)  [A]") for e in entries)
    assert all(screen.find_part(e) is not None for e in entries)


def test_at_1024_by_768_the_queue_shows_the_car_and_the_promised_date_whole(
    qtbot, desk: MainWindow, shop: Shop, seeded: SmallShop, lang: str
) -> None:
    """The list is about 220 px wide there: the car and its promise stay whole, the other columns give way."""
    from tests.ui.helpers import wait_until_idle
    from ui.models.tables import JobsModel

    for n in range(10):  # more than the list shows: its scroll bar takes room too
        shop.handle(RequestRepair("홍길동", f"12가34{n:02d}", seeded.kim, 1, 60_000))
    desk.resize(1024, 768)
    qtbot.waitUntil(lambda: desk.width() == 1024, timeout=TIMEOUT)
    screen = open_bay(qtbot, desk, seeded.kim)
    wait_until_idle(qtbot, desk)
    view, header = screen.jobs_view, screen.jobs_view.horizontalHeader()

    def whole() -> bool:
        room = view.viewport().width()
        for column in (JobsModel.CAR, JobsModel.PROMISED):
            left = header.sectionViewportPosition(column)
            if header.isSectionHidden(column) or left < 0 or left + header.sectionSize(column) > room:
                return False
        return True

    qtbot.waitUntil(whole, timeout=TIMEOUT)
    assert view.verticalScrollBar().isVisible()
    promised = header.sectionSize(JobsModel.PROMISED)
    assert promised >= view.sizeHintForColumn(JobsModel.PROMISED)  # every date, not "2026-12-…"
    assert promised >= header.sectionSizeHint(JobsModel.PROMISED)  # and its header
    assert header.sectionSize(JobsModel.CAR) >= view.sizeHintForColumn(JobsModel.CAR)
    assert view.horizontalScrollBar().maximum() == 0  # nothing to scroll to
    desk.resize(1920, 1080)
    qtbot.waitUntil(lambda: not header.isSectionHidden(JobsModel.STATUS), timeout=TIMEOUT)  # room: more columns
