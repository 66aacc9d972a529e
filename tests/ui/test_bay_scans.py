"""The bay (issue 16): scans are never lost, the field is ready after every scan, F7, the work description."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app import queries
from app.bootstrap import Shop
from domain.commands import RequestRepair
from tests.builders import SmallShop
from tests.ui.helpers import TIMEOUT, click
from tests.ui.test_mechanic_bay import open_bay, scan
from ui.main_window import MainWindow


def test_scans_right_after_start_are_queued_not_lost(qtbot, window: MainWindow, shop: Shop, seeded: SmallShop) -> None:
    shop.handle(RequestRepair("홍길동", "12가3456", seeded.kim, 2, 60_000))
    screen = open_bay(qtbot, window, seeded.kim)
    click(qtbot, screen.start_button)  # F6 …
    scan(qtbot, screen, "BRK-PAD-F01")  # … and the scanner at once, before the job is back as started
    scan(qtbot, screen, "OIL-5W30")
    assert screen.part_entry.text() == ""
    qtbot.waitUntil(lambda: len(shop.query(queries.part_requests)) == 2, timeout=TIMEOUT)
    requested = [r.part_id for r in sorted(shop.query(queries.part_requests), key=lambda r: r.id)]
    assert requested == [seeded.brake_pads, seeded.oil]  # both, in the order scanned


def test_after_a_failed_lookup_the_next_scan_starts_on_an_empty_field(
    qtbot, window: MainWindow, shop: Shop, seeded: SmallShop
) -> None:
    shop.handle(RequestRepair("홍길동", "12가3456", seeded.kim, 2, 60_000))
    screen = open_bay(qtbot, window, seeded.kim)
    click(qtbot, screen.start_button)
    qtbot.waitUntil(lambda: screen.jobs_model.row_at(0).status == "started", timeout=TIMEOUT)
    scan(qtbot, screen, "XYZ-999")
    assert screen.outcome.tone == "error" and "XYZ-999" in screen.outcome.text()
    assert screen.part_entry.text() == "" and screen.part_entry.hasFocus()
    scan(qtbot, screen, "OIL-5W30")  # not "XYZ-999OIL-5W30"
    qtbot.waitUntil(lambda: len(shop.query(queries.part_requests)) == 1, timeout=TIMEOUT)
    assert shop.query(queries.part_requests)[0].part_id == seeded.oil
    assert screen.part_entry.text() == "" and screen.part_entry.hasFocus()


def test_f7_selects_the_scan_field(qtbot, window: MainWindow, shop: Shop, seeded: SmallShop) -> None:
    shop.handle(RequestRepair("홍길동", "12가3456", seeded.kim, 2, 60_000))
    screen = open_bay(qtbot, window, seeded.kim)
    click(qtbot, screen.start_button)
    qtbot.waitUntil(lambda: screen.jobs_model.row_at(0).status == "started", timeout=TIMEOUT)
    screen.part_entry.setText("half typed")
    screen.jobs_view.setFocus()
    qtbot.keyClick(screen, Qt.Key.Key_F7)
    assert screen.part_entry.hasFocus() and screen.part_entry.selectedText() == "half typed"


def test_the_mechanic_sees_the_work_description_and_the_note(
    qtbot, window: MainWindow, shop: Shop, seeded: SmallShop
) -> None:
    shop.handle(
        RequestRepair("홍길동", "12가3456", seeded.kim, 2, 60_000, term="브레이크 패드 교체", request_note="소음 점검")
    )
    screen = open_bay(qtbot, window, seeded.kim)
    screen.jobs_view.selectRow(0)
    qtbot.waitUntil(lambda: "브레이크 패드 교체" in screen.job_detail.text(), timeout=TIMEOUT)
    assert "소음 점검" in screen.job_detail.text()


def test_a_part_scanned_by_mistake_is_returned_with_f9(
    qtbot, window: MainWindow, shop: Shop, seeded: SmallShop
) -> None:
    shop.handle(RequestRepair("홍길동", "12가3456", seeded.kim, 2, 60_000))
    screen = open_bay(qtbot, window, seeded.kim)
    click(qtbot, screen.start_button)
    scan(qtbot, screen, "BRK-PAD-F01")
    qtbot.waitUntil(lambda: screen.requests_model.rowCount() == 1, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: screen.requests_model.row_at(0).status == "provided", timeout=TIMEOUT)
    before = next(p.stock for p in shop.query(queries.parts) if p.id == seeded.brake_pads)
    assert not screen.return_button.isEnabled()  # nothing chosen yet
    screen.requests_view.selectRow(0)
    assert screen.return_button.isEnabled() and "F9" in screen.return_button.text()
    qtbot.keyClick(screen, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: screen.requests_model.row_at(0).status == "returned", timeout=TIMEOUT)
    assert next(p.stock for p in shop.query(queries.parts) if p.id == seeded.brake_pads) == before + 1
    assert screen.outcome.tone == "success"
    assert not screen.return_button.isEnabled()  # it went back once
