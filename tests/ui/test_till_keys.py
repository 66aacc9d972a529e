"""The till by keyboard (issue 16): Ctrl+F, F2, F3, F4, Ctrl+P, Ctrl+Shift+D — shown on the buttons."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.bootstrap import Shop
from tests.builders import make_invoice
from tests.ui.test_till import accept_with, desk, screen, shows  # noqa: F401  (fixtures)
from ui.till import TillScreen
from ui.till.dialogs import PaymentDialog, VoidDialog


def test_every_till_action_shows_its_key(screen: TillScreen) -> None:  # noqa: F811
    tab = screen.invoices
    assert "(F2)" in tab.pay_button.text()
    assert "(F3)" in tab.refund_button.text()
    assert "(F4)" in tab.void_button.text()
    assert "(Ctrl+P)" in tab.print_button.text()
    assert "(Ctrl+P)" in screen.day_close.print_button.text()
    assert "Ctrl+F" in tab.search.placeholderText()


def test_ctrl_f_goes_to_the_search_and_ctrl_shift_d_to_the_day_close(qtbot: Any, screen: TillScreen) -> None:  # noqa: F811
    screen.tabs.setCurrentWidget(screen.day_close)
    screen.day_close.setFocus()
    qtbot.keyClick(screen.day_close, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert screen.tabs.currentWidget() is screen.invoices
    assert screen.invoices.search.hasFocus()
    qtbot.keyClick(
        screen.invoices.search, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert screen.tabs.currentWidget() is screen.day_close
    assert screen.day_close.close_button.hasFocus()


def test_f2_takes_a_payment_and_f4_voids(
    qtbot: Any,
    desk: Shop,  # noqa: F811
    screen: TillScreen,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    no = make_invoice(desk, fare=50_000)
    screen.refresh()
    shows(qtbot, screen, no)
    opened: list[str] = []

    def pay(dialog: PaymentDialog) -> None:
        opened.append("pay")
        dialog.reject()

    def void(dialog: VoidDialog) -> None:
        opened.append("void")
        dialog.reject()

    accept_with(monkeypatch, PaymentDialog, pay)
    accept_with(monkeypatch, VoidDialog, void)
    screen.invoices.view.setFocus()
    qtbot.keyClick(screen.invoices.view, Qt.Key.Key_F2)
    qtbot.keyClick(screen.invoices.view, Qt.Key.Key_F4)
    assert opened == ["pay", "void"]
