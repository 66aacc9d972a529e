"""The till's keys (issue 16): every action at the till has one, shown on its button.

Ctrl+F search · F2 take payment · F3 refund · F4 void · Ctrl+P print ·
Ctrl+Shift+D the day close (Enter there closes the day, Ctrl+P prints its report).
Keys only act on the tab they belong to, and only when the button would.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget

if TYPE_CHECKING:
    from ui.till.screen import TillScreen

#: Action -> key, in the till's words (the manual lists these).
KEYS = {
    "search": "Ctrl+F",
    "pay": "F2",
    "refund": "F3",
    "void": "F4",
    "print": "Ctrl+P",
    "day_close": "Ctrl+Shift+D",
}


def show_key(button: QAbstractButton, key: str) -> None:
    """`Take payment` → `Take payment  (F2)`, once; the tooltip says it too."""
    label = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
    if f"({label})" not in button.text():
        button.setText(f"{button.text()}  ({label})")
    button.setToolTip(f"{button.toolTip()}  {label}".strip())


def _press(button: QAbstractButton) -> None:
    if button.isVisible() and button.isEnabled():
        button.click()


def install_till_keys(till: TillScreen) -> None:
    invoices, day_close = till.invoices, till.day_close

    def on(key: str, parent: QWidget, action: Callable[[], None]) -> None:
        shortcut = QShortcut(QKeySequence(key), parent)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(action)

    def search() -> None:
        till.tabs.setCurrentWidget(invoices)
        invoices.search.setFocus()
        invoices.search.selectAll()

    def to_day_close() -> None:
        till.tabs.setCurrentWidget(day_close)
        day_close.close_button.setFocus()

    on(KEYS["search"], till, search)
    on(KEYS["day_close"], till, to_day_close)
    for name, button in (
        ("pay", invoices.pay_button),
        ("refund", invoices.refund_button),
        ("void", invoices.void_button),
        ("print", invoices.print_button),
    ):
        show_key(button, KEYS[name])
        on(KEYS[name], invoices, partial(_press, button))
    show_key(day_close.print_button, KEYS["print"])
    on(KEYS["print"], day_close, lambda: _press(day_close.print_button))
    search_key = QKeySequence(KEYS["search"]).toString(QKeySequence.SequenceFormat.NativeText)
    invoices.search.setPlaceholderText(f"{invoices.search.placeholderText()}  ({search_key})")
    till.tabs.setTabToolTip(till.tabs.indexOf(day_close), KEYS["day_close"])
