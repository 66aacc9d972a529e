"""Every dialog of the till, the parts counter and the reissue: typing starts in the first field, Enter
submits from any field (never a helper button), Escape cancels, and the buttons show those keys."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QWidget

from app.bootstrap import Shop, bootstrap
from tests.builders import make_invoice
from tests.ui.helpers import type_into
from ui.billing.correction import CorrectionDialog
from ui.runner import CommandRunner
from ui.screens.parts_counter import RegisterPartDialog
from ui.till.dialogs import PaymentDialog, RefundDialog, VoidDialog


@pytest.fixture
def shop_(db_url: str, tmp_path: Path):
    shop = bootstrap(db_url, tmp_path / "invoices", actor="desk", terminal="front-1")
    yield shop
    shop.close()


def _dialogs(shop: Shop, runner: CommandRunner) -> dict[str, Callable[[], QDialog]]:
    no = make_invoice(shop, fare=50_000)
    return {
        "payment": lambda: PaymentDialog(no, "홍길동 · 12가3456", 55_000),
        "void": lambda: VoidDialog(no, 0),
        "refund": lambda: RefundDialog(no, 20_000),
        "part": lambda: RegisterPartDialog(runner),
        "reissue": lambda: CorrectionDialog(shop.invoice(no)),
    }


FIRST = {"payment": "card", "void": "reason", "refund": "amount", "part": "code", "reissue": "lines"}
OK = {
    "payment": "take_button",
    "void": "void_button",
    "refund": "refund_button",
    "part": "save_button",
    "reissue": "reissue_button",
}


def _open(qtbot: Any, make: Callable[[], QDialog]) -> QDialog:
    dialog = make()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    QApplication.processEvents()
    return dialog


@pytest.mark.parametrize("name", list(FIRST))
def test_dialog_keys(qtbot: Any, shop_: Shop, name: str) -> None:
    runner = CommandRunner(shop_)
    try:
        make = _dialogs(shop_, runner)[name]
        dialog = _open(qtbot, make)
        ok: QPushButton = getattr(dialog, OK[name])
        cancel: QPushButton = dialog.cancel_button  # type: ignore[attr-defined]
        first: QWidget = getattr(dialog, FIRST[name])
        assert dialog.focusWidget() is first  # typing starts where it should
        assert ok.text().endswith("(Enter)") and cancel.text().endswith("(Esc)")
        assert ok.isDefault()
        helpers = [b for b in dialog.findChildren(QPushButton) if b is not ok]
        assert helpers and not any(b.isDefault() or b.autoDefault() for b in helpers)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
        assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    finally:
        runner.close()


def test_enter_in_a_field_submits_and_never_presses_a_helper(qtbot: Any, shop_: Shop) -> None:
    runner = CommandRunner(shop_)
    try:
        dialogs = _dialogs(shop_, runner)
        payment = _open(qtbot, dialogs["payment"])
        assert isinstance(payment, PaymentDialog)
        payment.all_card.setFocus()
        qtbot.keyClick(payment.all_card, Qt.Key.Key_Return)  # nothing to take yet: Enter does nothing
        assert payment.isVisible() and payment.card.value() is None
        qtbot.keyClicks(payment.card, "55000")
        assert payment.take_button.text().endswith("(Enter)")  # still shown with its amount
        qtbot.keyClick(payment.card, Qt.Key.Key_Return)
        assert payment.result() == QDialog.DialogCode.Accepted
        void = _open(qtbot, dialogs["void"])
        assert isinstance(void, VoidDialog)
        qtbot.keyClick(void.reason, Qt.Key.Key_Return)  # no reason: refused in words, stays open
        assert void.isVisible() and void.error.text()
        type_into(qtbot, void.reason, "금액 오류")
        qtbot.keyClick(void.reason, Qt.Key.Key_Enter)  # the keypad's Enter too
        assert void.result() == QDialog.DialogCode.Accepted and void.reason_text() == "금액 오류"
        refund = _open(qtbot, dialogs["refund"])
        assert isinstance(refund, RefundDialog)
        field = refund.focusWidget()
        assert isinstance(field, QLineEdit) and field.selectedText() == field.text()  # typing replaces it
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert refund.result() == QDialog.DialogCode.Accepted and refund.values()[0] == 20_000
    finally:
        runner.close()
