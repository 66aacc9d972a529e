"""The keys of the register's, the estimates' and the backup dialogs (issue 16): typing starts in the first field,
Enter submits the form (never a helper button), Escape cancels, every action has a key shown on its button."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

from app.bootstrap import Shop, bootstrap
from domain.commands import ChangeVehicleOwner, StartJob
from tests.builders import make_invoice, small_shop
from ui.backup_dialog import BackupDialog
from ui.customers.edit import EditRecordDialog
from ui.customers.history import VehicleHistoryDialog
from ui.customers.pickers import CUSTOMERS, RecordPicker
from ui.estimates.desk import EstimatesWindow
from ui.estimates.dialog import AdditionalWorkConsentDialog, EstimateDialog, ProposeAdditionalWorkDialog
from ui.estimates.menu import CannedJobsDialog
from ui.runner import CommandRunner


@pytest.fixture
def desk(db_url: str, tmp_path: Path) -> Iterator[tuple[Shop, CommandRunner]]:
    shop = bootstrap(db_url, tmp_path / "invoices", actor="desk", terminal="front-1")
    runner = CommandRunner(shop)
    yield shop, runner
    runner.close()
    shop.close()


def _open(qtbot: Any, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    QApplication.processEvents()
    return dialog


def _dialogs(shop: Shop, runner: CommandRunner) -> dict[str, tuple[Callable[[], QDialog], str, str, str]]:
    """name -> (make, first field, the Enter button, the Esc button)."""
    seeded = small_shop(shop)
    make_invoice(shop, fare=50_000, mechanic="김민수")
    match = shop.find_vehicles("3456")[0]
    from app import queries

    rows = shop.query(queries.mechanics)
    job = next(j.job_id for j in shop.query(queries.jobs, None, False) if j.status == "finished")
    assert seeded and job
    return {
        "correct": (lambda: EditRecordDialog(match), "model", "save", "cancel"),
        "picker": (
            lambda: RecordPicker(
                runner,
                CUSTOMERS,
                "Owner",
                "Pick the new owner.",
                "Change owner",
                lambda cid: ChangeVehicleOwner(match.vehicle_id, cid),
                lambda record: "ok",
            ),
            "search",
            "confirm_button",
            "cancel_button",
        ),
        "estimate": (lambda: EstimateDialog(runner, rows, shop.estimate), "customer", "draft_button", "close_button"),
        "propose": (
            lambda: ProposeAdditionalWorkDialog(runner, job, "12가3456"),
            "description",
            "propose_button",
            "cancel_button",
        ),
        "menu": (lambda: CannedJobsDialog(runner), "name", "save_button", "close_button"),
        "backup": (lambda: BackupDialog(shop), "start_button", "start_button", "close_button"),
    }


def _button(dialog: QDialog, name: str) -> QPushButton:
    if name in ("save", "cancel"):
        from PySide6.QtWidgets import QDialogButtonBox

        box = dialog.findChild(QDialogButtonBox)
        standard = QDialogButtonBox.StandardButton.Save if name == "save" else QDialogButtonBox.StandardButton.Cancel
        return box.button(standard)
    return getattr(dialog, name)


@pytest.mark.parametrize("name", ["correct", "picker", "estimate", "propose", "menu", "backup"])
def test_enter_submits_escape_cancels_and_the_buttons_say_so(qtbot: Any, desk, name: str) -> None:
    shop, runner = desk
    make, first, ok_name, cancel_name = _dialogs(shop, runner)[name]
    dialog = _open(qtbot, make())
    ok, cancel = _button(dialog, ok_name), _button(dialog, cancel_name)
    expected: QWidget = getattr(dialog, first)
    assert dialog.focusWidget() is expected, f"{name}: typing starts in {dialog.focusWidget()}"
    assert ok.text().endswith("(Enter)") and cancel.text().endswith("(Esc)")
    assert ok.isDefault()
    assert not any(b.isDefault() or b.autoDefault() for b in dialog.findChildren(QPushButton) if b is not ok)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_enter_in_a_field_saves_a_correction(qtbot: Any, desk) -> None:
    shop, runner = desk
    make, *_ = _dialogs(shop, runner)["correct"]
    dialog = _open(qtbot, make())
    assert isinstance(dialog, EditRecordDialog)
    dialog.model.setText("아반떼")
    qtbot.keyClick(dialog.car_id, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.commands()


def test_the_picker_searches_on_enter_then_confirms_on_the_next(qtbot: Any, desk) -> None:
    shop, runner = desk
    make, *_ = _dialogs(shop, runner)["picker"]
    dialog = _open(qtbot, make())
    assert isinstance(dialog, RecordPicker)
    qtbot.keyClicks(dialog.search, "010")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # the search's Enter: nothing confirmed yet
    assert dialog.isVisible() and dialog.chosen_command is None
    qtbot.waitUntil(lambda: dialog.confirm_button.isEnabled(), timeout=10_000)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.chosen_command is not None


def test_the_history_closes_on_escape(qtbot: Any, desk) -> None:
    shop, runner = desk
    small_shop(shop)
    make_invoice(shop, fare=50_000, mechanic="김민수")
    dialog = _open(qtbot, VehicleHistoryDialog(runner, "12가3456"))
    assert dialog.close_button.text().endswith("(Esc)")  # type: ignore[attr-defined]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_customers_answer_has_keys_and_no_enter(qtbot: Any, desk, monkeypatch: pytest.MonkeyPatch) -> None:
    _shop, runner = desk
    dialog = _open(qtbot, AdditionalWorkConsentDialog(runner, 1, "뒤 브레이크 디스크 연마", 30_000))
    assert isinstance(dialog, AdditionalWorkConsentDialog)
    answers: list[bool] = []
    monkeypatch.setattr(dialog, "answer", answers.append)
    assert "(F2)" in dialog.approve_button.text() and "(F4)" in dialog.decline_button.text()
    assert dialog.cancel_button.text().endswith("(Esc)")
    assert not any(b.isDefault() or b.autoDefault() for b in dialog.findChildren(QPushButton))
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # a stray Enter bills nobody
    assert answers == [] and dialog.isVisible()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_F2)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_F4)
    assert answers == [True, False]


def test_the_parts_picker_adds_on_enter_and_alt_a_without_proposing(qtbot: Any, desk) -> None:
    shop, runner = desk
    make, *_ = _dialogs(shop, runner)["propose"]
    dialog = _open(qtbot, make())
    assert isinstance(dialog, ProposeAdditionalWorkDialog)
    qtbot.waitUntil(lambda: dialog.part.count() > 0, timeout=10_000)
    dialog.part.setFocus()
    qtbot.keyClick(dialog.part, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.picker.lines() == ((dialog.part.currentData(), 1),)
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert dialog.picker.lines() == ((dialog.part.currentData(), 2),)
    assert "(Alt+A)" in dialog.add_part_button.text()


def test_the_estimates_window_answers_by_key(qtbot: Any, desk, monkeypatch: pytest.MonkeyPatch) -> None:
    _shop, runner = desk
    window = _open(qtbot, EstimatesWindow(runner, lambda: []))
    assert isinstance(window, EstimatesWindow)
    tab = window.estimates
    assert window.focusWidget() is tab.search
    assert "(F2)" in tab.approve_button.text() and "(F4)" in tab.decline_button.text()
    assert "(Ctrl+P)" in tab.print_button.text() and window.close_button.text().endswith("(Esc)")
    assert "(F5)" in window.additional.refresh_button.text()
    pressed: list[str] = []
    for b in (tab.approve_button, tab.decline_button):
        b.setEnabled(True)
        b.clicked.connect(lambda _c=False, b=b: pressed.append(b.text()))
    monkeypatch.setattr(tab, "approve", lambda: None)
    monkeypatch.setattr(tab, "decline", lambda: None)
    qtbot.keyClick(tab.search, Qt.Key.Key_F2)
    qtbot.keyClick(tab.search, Qt.Key.Key_F4)
    assert [p.split("  (")[1] for p in pressed] == ["F2)", "F4)"]
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_a_started_job_can_be_proposed_by_enter(qtbot: Any, desk) -> None:
    """Enter in the work's field sends the proposal (the dialog's form), as the button says."""
    shop, runner = desk
    seeded = small_shop(shop)
    from domain.commands import RequestRepair

    rid = shop.handle(RequestRepair("이영희", "34나5678", seeded.kim, 1, 50_000))
    job = next(r.job_id for r in shop.status_board() if r.receipt_id == rid)
    assert job is not None
    shop.handle(StartJob(job))
    dialog = _open(qtbot, ProposeAdditionalWorkDialog(runner, job, "34나5678"))
    assert isinstance(dialog, ProposeAdditionalWorkDialog)
    dialog.description.setText("디스크 연마")
    dialog.amount.set_value(30_000)
    qtbot.keyClick(dialog.description, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.work_id is not None, timeout=10_000)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_estimates_window_of_an_empty_shop_says_what_to_do(qtbot: Any, desk) -> None:
    _shop, runner = desk
    window = _open(qtbot, EstimatesWindow(runner, lambda: []))
    assert isinstance(window, EstimatesWindow)
    qtbot.waitUntil(lambda: window.estimates.empty.isVisible(), timeout=10_000)
    assert "(Ctrl+N)" in window.estimates.empty.text()
    window.tabs.setCurrentWidget(window.additional)
    qtbot.waitUntil(lambda: window.additional.empty.isVisible(), timeout=10_000)
    assert "F5" in window.additional.empty.text()
