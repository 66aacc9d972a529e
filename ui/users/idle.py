"""The idle lock: no key, click, wheel or touch for the terminal's idle time, and it locks itself.

An application-wide event filter restarts a single-shot timer on every input;
when it fires, `idle` is emitted and whoever owns the session signs out (reason
"idle") and shows the PIN pad. Zero minutes means never (the wall board's).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
    }
)


class IdleLock(QObject):
    """Emits `idle` after `minutes` without input (never when `minutes` is 0)."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def enabled(self) -> bool:
        return self._msecs > 0

    def set_minutes(self, minutes: float) -> None:
        self._msecs = max(0, int(minutes * 60_000))
        self.timer.setInterval(self._msecs)
        self.restart()

    def restart(self) -> None:
        if self._msecs > 0:
            self.timer.start()
        else:
            self.timer.stop()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self.timer.isActive():
            self.timer.start()  # restarts the countdown
        return False
