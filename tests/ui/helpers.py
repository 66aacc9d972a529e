"""Driving the screens like a person: wait for the background work, click, type."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from ui.main_window import MainWindow

TIMEOUT = 10_000  # generous: a loaded CI machine with two cores


def wait_until_idle(qtbot: Any, window: MainWindow) -> None:
    """Wait until no command or read is running and no screen waits to refresh."""

    def idle() -> bool:
        return window.runner.is_idle() and not any(getattr(s, "busy", False) for s in window.screens.values())

    qtbot.waitUntil(idle, timeout=TIMEOUT)


def click(qtbot: Any, widget: QWidget) -> None:
    assert widget.isEnabled(), f"{widget.objectName() or widget} is disabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type `text` key by key (Hangul as text-carrying key events: QTest cannot map it to keys)."""
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QCoreApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
