"""The manager's menu of standard jobs (정비 메뉴), and a menu job added to an estimate and to a job in work."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app import queries
from app.billing.queries import bill_of_job
from app.bootstrap import Shop
from domain.commands import AddCannedJob, RequestRepair, StartJob
from tests.builders import SmallShop
from tests.ui.helpers import TIMEOUT, click, type_into, wait_until_idle
from ui.estimates import menu as menu_module
from ui.estimates.dialog import EstimateDialog
from ui.main_window import MainWindow


def _open_menu(qtbot: Any, window: MainWindow) -> Any:
    admin = window.show_screen("mechanics")
    click(qtbot, admin.menu_button)  # type: ignore[attr-defined]
    dialog = admin.menu_dialog  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.part.count() == 2, timeout=TIMEOUT)
    return dialog


def _pick(dialog: Any, part_id: int, quantity: int) -> None:
    dialog.part.setCurrentIndex(dialog.part.findData(part_id))
    dialog.quantity.setValue(quantity)
    dialog.add_part_button.click()


def test_the_manager_adds_and_edits_a_standard_job_and_short_parts_are_flagged(
    qtbot: Any, window: MainWindow, shop: Shop, seeded: SmallShop
) -> None:
    dialog = _open_menu(qtbot, window)
    type_into(qtbot, dialog.name, "브레이크 세트")
    type_into(qtbot, dialog.labour, "50000")
    _pick(dialog, seeded.brake_pads, 1)
    _pick(dialog, seeded.brake_pads, 1)  # the same part again: two
    _pick(dialog, seeded.oil, 1)
    assert [(r.part_code, r.quantity) for r in dialog.parts_model.rows()] == [("BRK-PAD-F01", 2), ("OIL-5W30-4L", 1)]
    dialog.parts_view.selectRow(1)
    click(qtbot, dialog.remove_part_button)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=TIMEOUT)
    (job,) = shop.canned_jobs()
    assert (job.name, job.labour, job.man_day, [(p.part_code, p.quantity) for p in job.parts]) == (
        "브레이크 세트",
        50_000,
        1,
        [("BRK-PAD-F01", 2)],
    )
    dialog.table.selectRow(0)  # edit it: the form holds it
    assert dialog.editing == job.canned_job_id and dialog.name.text() == "브레이크 세트"
    dialog.man_day.setValue(2)
    _pick(dialog, seeded.oil, 1)  # none on the shelf
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: shop.canned_jobs()[0].man_day == 2, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: dialog.model.rows()[0].short, timeout=TIMEOUT)
    assert "엔진오일 5W-30 4L" in menu_module.short_text(dialog.model.rows()[0])
    click(qtbot, dialog.new_button)
    type_into(qtbot, dialog.name, "브레이크 세트")  # the same name: refused in the dialog
    type_into(qtbot, dialog.labour, "1000")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.message.tone == "error", timeout=TIMEOUT)
    assert "브레이크 세트" in dialog.message.text() and len(shop.canned_jobs()) == 1


def test_an_estimate_takes_a_ticked_standard_job(qtbot: Any, window: MainWindow, shop: Shop, seeded: SmallShop) -> None:
    shop.handle(AddCannedJob("브레이크 세트", 50_000, 2, ((seeded.brake_pads, 1),)))
    dialog = EstimateDialog(window.runner, shop.query(queries.mechanics), shop.estimate)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.canned.count() == 1, timeout=TIMEOUT)
    assert "브레이크 세트" in dialog.canned.item(0).text()
    dialog.canned.item(0).setCheckState(Qt.CheckState.Checked)
    type_into(qtbot, dialog.customer, "홍길동")
    type_into(qtbot, dialog.car_number, "12가3456")
    type_into(qtbot, dialog.fare, "0")
    qtbot.waitUntil(lambda: dialog.picker.part.count() == 2, timeout=TIMEOUT)
    dialog.picker.part.setCurrentIndex(dialog.picker.part.findData(seeded.oil))
    dialog.picker.quantity.setValue(2)
    click(qtbot, dialog.picker.add_button)  # a part quoted besides the menu job
    assert dialog.picker.chosen.text() == "엔진오일 5W-30 4L × 2"
    click(qtbot, dialog.draft_button)
    qtbot.waitUntil(lambda: dialog.estimate is not None, timeout=TIMEOUT)
    view = dialog.estimate
    assert view is not None and view.man_day == 3  # one typed, two from the menu
    assert [(ln.description, ln.amount) for ln in view.lines] == [
        ("브레이크 세트", 50_000),
        ("엔진오일 5W-30 4L", 96_000),
        ("브레이크 패드 (앞)", 65_000),
    ]
    assert [ln.out_of_stock for ln in view.lines] == [False, True, False]  # no oil on the shelf


def test_the_bay_adds_a_standard_job_to_the_job_in_work(
    qtbot: Any, window: MainWindow, shop: Shop, seeded: SmallShop, monkeypatch: pytest.MonkeyPatch
) -> None:
    menu = shop.handle(AddCannedJob("브레이크 세트", 50_000, 1, ((seeded.brake_pads, 1), (seeded.oil, 1))))
    rid = shop.handle(RequestRepair("홍길동", "12가3456", seeded.kim, 1, 30_000))
    (row,) = [r for r in shop.status_board() if r.receipt_id == rid]
    shop.handle(StartJob(row.job_id))
    offered: list[str] = []

    def choose(rows: list[Any], _parent: Any) -> Any:
        offered.extend(menu_module.canned_choice(r) for r in rows)
        return rows[0]

    monkeypatch.setattr(menu_module, "ask_canned_job", choose)
    bay = window.show_screen("mechanic")
    bay.choose_mechanic(seeded.kim)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bay.jobs_model.rowCount() == 1, timeout=TIMEOUT)  # type: ignore[attr-defined]
    bay.select_job(row.job_id)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bay.canned_button.isEnabled(), timeout=TIMEOUT)  # type: ignore[attr-defined]
    click(qtbot, bay.canned_button)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bay.outcome.tone == "success", timeout=TIMEOUT)  # type: ignore[attr-defined]
    wait_until_idle(qtbot, window)
    assert len(offered) == 1 and "⚠" in offered[0] and "엔진오일 5W-30 4L" in offered[0]  # flagged: none in stock
    assert "브레이크 세트" in bay.outcome.text()  # type: ignore[attr-defined]
    lines = {(ln.kind, ln.amount) for ln in shop.query(bill_of_job, row.job_id).lines}
    assert ("labour", 50_000) in lines and ("part", 65_000) in lines
    assert menu


def test_the_menu_speaks_korean(qtbot: Any, korean: None, window: MainWindow, seeded: SmallShop) -> None:
    admin = window.show_screen("mechanics")
    assert admin.menu_button.text() == "정비 메뉴…"  # type: ignore[attr-defined]
    dialog = _open_menu(qtbot, window)
    assert dialog.windowTitle() == "정비 메뉴" and dialog.save_button.text() == "저장  (Enter)"
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "표준 작업"
    bay = window.show_screen("mechanic")
    assert bay.canned_button.text() == "정비 메뉴 추가…"  # type: ignore[attr-defined]
    assert bay.propose_button.text() == "추가정비 제안…  (F10)"  # type: ignore[attr-defined]
