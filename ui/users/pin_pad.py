"""The PIN pad: tap your name, type your PIN (big keys, the number row or the keypad), sign in.

One screen for signing in at the desk, switching user, unlocking after the idle
lock, and the bay, where a mechanic taps their name and types their PIN. The
sign-in runs on the writer thread (scrypt and a write); a refusal (wrong PIN,
locked) is shown in words under the dots, and the PIN typed is cleared. The
PIN lives only in this widget's buffer until it is handed to `shop.login`; it
is never shown, logged or kept after.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from domain.errors import DomainError
from domain.users.pins import MAX_DIGITS
from ui.domain_text import text_of
from ui.widgets import button, label, set_kind

if TYPE_CHECKING:
    from app.users.guard import SignedInUser
    from ui.runner import CommandRunner

_DIGIT_KEYS = {getattr(Qt.Key, f"Key_{d}"): str(d) for d in range(10)}
_KEY_SIZE = 88  # px: a gloved finger hits it


class PinPad(QWidget):
    """Names to tap, dots for the PIN, and a keypad; emits `signed_in(user)` when the PIN is right."""

    signed_in = Signal(object)

    def __init__(self, runner: CommandRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._pin = ""
        self._name = ""
        self.setObjectName("PinPad")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()

    # -- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.setSpacing(48)
        outer.addStretch(1)
        names = QVBoxLayout()
        names.addWidget(label(self.tr("Who are you?"), "H2"))
        self.names_box = QVBoxLayout()
        self.names_box.setSpacing(8)
        names.addLayout(self.names_box)
        names.addStretch(1)
        holder = QWidget(self)
        holder.setLayout(names)
        holder.setFixedWidth(300)
        outer.addWidget(holder)
        self.name_group = QButtonGroup(self)
        self.name_group.setExclusive(True)
        self.name_buttons: dict[str, QPushButton] = {}

        pad = QVBoxLayout()
        pad.setSpacing(12)
        self.who = label(self.tr("Tap your name"), "H2")
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pad.addWidget(self.who)
        self.dots = QLabel("", self)
        self.dots.setObjectName("PinDots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setStyleSheet("font-size: 40px; letter-spacing: 8px; min-height: 56px;")
        pad.addWidget(self.dots)
        self.error = label("", "FieldError", wrap=True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pad.addWidget(self.error)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.keys: dict[str, QPushButton] = {}
        layout = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
        for n, key in enumerate(layout):
            text = self.tr("OK") if key == "OK" else key
            b = button(text, "primary" if key == "OK" else "", "big")
            b.setFixedSize(_KEY_SIZE, _KEY_SIZE)
            b.setStyleSheet("font-size: 28px; font-weight: 700;")
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the pad keeps the keyboard
            b.clicked.connect(lambda _c=False, k=key: self._press(k))
            grid.addWidget(b, n // 3, n % 3)
            self.keys[key] = b
        pad.addLayout(grid)
        pad.addStretch(1)
        outer.addLayout(pad, 0)
        outer.addStretch(1)
        self._show_pin()

    # -- the names ----------------------------------------------------------------------
    def set_names(self, names: Sequence[str]) -> None:
        """The users to choose from (active ones, by name)."""
        for b in self.name_buttons.values():
            self.name_group.removeButton(b)
            b.deleteLater()
        self.name_buttons = {}
        for name in names:
            b = button(name, "", "large")
            b.setCheckable(True)
            b.setMinimumHeight(56)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(lambda _c=False, n=name: self.choose(n))
            self.name_group.addButton(b)
            self.names_box.addWidget(b)
            b.show()  # added to a pad already on screen
            self.name_buttons[name] = b
        if self._name not in self.name_buttons:
            self._name = ""
        if len(names) == 1:
            self.choose(names[0])

    def choose(self, name: str) -> None:
        self._name = name
        for other, b in self.name_buttons.items():
            set_kind(b, "primary" if other == name else "")  # the chosen name shows at a glance
        if name in self.name_buttons:
            self.name_buttons[name].setChecked(True)
        self.who.setText(name)
        self._pin = ""
        self.error.setText("")
        self._show_pin()
        self.setFocus()

    @property
    def chosen(self) -> str:
        return self._name

    # -- typing -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The number row and the keypad (same keys, the keypad with KeypadModifier), Backspace, Enter."""
        key = event.key()
        if key in _DIGIT_KEYS:
            self._press(_DIGIT_KEYS[Qt.Key(key)])
        elif key == Qt.Key.Key_Backspace:
            self._press("⌫")
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._press("OK")
        elif key == Qt.Key.Key_Escape:
            self.clear()
        else:
            super().keyPressEvent(event)

    def _press(self, key: str) -> None:
        if key == "⌫":
            self._pin = self._pin[:-1]
        elif key == "OK":
            self.submit()
            return
        elif len(self._pin) < MAX_DIGITS:
            self._pin += key
        self.error.setText("")
        self._show_pin()

    def clear(self) -> None:
        self._pin = ""
        self.error.setText("")
        self._show_pin()

    def _show_pin(self) -> None:
        self.dots.setText("●" * len(self._pin) if self._pin else "○ ○ ○ ○")
        self.keys["OK"].setEnabled(bool(self._name) and len(self._pin) >= 4)

    @property
    def typed_digits(self) -> int:
        """How many digits are typed (the PIN itself is not readable from outside)."""
        return len(self._pin)

    # -- signing in ---------------------------------------------------------------------
    def submit(self) -> None:
        if not self._name:
            self.error.setText(self.tr("Tap your name first."))
            return
        if len(self._pin) < 4:
            return
        pin, self._pin = self._pin, ""
        self._show_pin()
        self.keys["OK"].setEnabled(False)
        self.runner.call(self.runner.shop.login, self._name, pin, on_done=self._done, on_error=self._refused)

    def _done(self, user: SignedInUser) -> None:
        self.error.setText("")
        self.signed_in.emit(user)

    def _refused(self, error: Any) -> None:
        self._show_pin()
        if isinstance(error, DomainError):
            self.error.setText(text_of(error))
