"""Small widgets every screen uses: cards, banners, field errors, money and number fields, tables."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPropertyAnimation, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut, QValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QFrame,
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import fmt, theme
from ui.runner import CommandRunner


def card(parent: QWidget | None = None, margins: int = 16, spacing: int = 10) -> tuple[QFrame, QVBoxLayout]:
    """A white rounded panel and its layout."""
    frame = QFrame(parent)
    frame.setObjectName("Card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(margins, margins, margins, margins)
    layout.setSpacing(spacing)
    return frame, layout


def label(text: str, name: str = "", parent: QWidget | None = None, wrap: bool = False) -> QLabel:
    widget = QLabel(text, parent)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    return widget


def button(text: str, kind: str = "", size: str = "", icon: str = "", parent: QWidget | None = None) -> QPushButton:
    """A push button styled by kind (primary, success, warning, danger) and size (large, big: for gloves)."""
    widget = QPushButton(text, parent)
    if kind:
        widget.setProperty("kind", kind)
    if size:
        widget.setProperty("tier", size)  # not "size": that is QWidget's own property
    if icon:
        widget.setIcon(QIcon(theme.icon_path(icon)))
        widget.setIconSize(QSize(28, 28) if size == "big" else QSize(18, 18))
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    return widget


def buttons_right(*buttons: QPushButton) -> QHBoxLayout:
    """A dialog's row of buttons, in this order, pushed to the right."""
    row = QHBoxLayout()
    row.addStretch(1)
    for b in buttons:
        row.addWidget(b)
    return row


def set_kind(widget: QWidget, kind: str) -> None:
    """Change a styled property at run time (the style sheet needs a re-polish)."""
    widget.setProperty("kind", kind)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def set_invalid(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def with_key(text: str, key: str) -> str:
    """A button's words with its key shown, once: "Take payment  (Enter)"."""
    suffix = f"  ({key})"
    return text if text.endswith(suffix) else text + suffix


def dialog_keys(dialog: QWidget, ok: QPushButton, cancel: QPushButton, first: QWidget) -> None:
    """Enter submits the dialog from any field, Escape cancels it, typing starts in `first`; the keys on the buttons.

    Only `ok` is a default button: Enter never presses a helper button that happens to have the focus.
    """
    for b in dialog.findChildren(QPushButton):
        b.setAutoDefault(False)
    ok.setDefault(True)
    ok.setText(with_key(ok.text(), "Enter"))
    cancel.setText(with_key(cancel.text(), "Esc"))
    first.setFocus()


class EmptyState(QLabel):
    """What an empty list or screen means and what to do next, with the key to press (issue 16).

    Hidden while there is something to show: `show_if(empty, text)` keeps the sentence and its visibility together.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("EmptyState")
        self.setWordWrap(True)
        self.hide()

    def show_if(self, empty: bool, text: str | None = None) -> None:
        if text is not None:
            self.setText(text)
        self.setVisible(empty and bool(self.text()))


def screen_key(widget: QWidget, screen: str) -> str:
    """The key that shows `screen` in `widget`'s window ("Ctrl+3"), or "" when this terminal has no such screen."""
    screens = list(getattr(widget.window(), "nav_buttons", {}))
    return f"Ctrl+{screens.index(screen) + 1}" if screen in screens else ""


def action_key(button: QAbstractButton, key: str, scope: QWidget) -> QShortcut:
    """`key` presses `button` anywhere in `scope` when the button would take a click; the key shown on it."""
    button.setText(with_key(button.text(), key))
    button.setToolTip(f"{button.toolTip()}  ({key})".strip())
    shortcut = QShortcut(QKeySequence(key), scope)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(lambda: press(button))
    return shortcut


def press(button: QAbstractButton) -> None:
    """Click `button` as a key does: only when a person could click it."""
    if button.isVisible() and button.isEnabled():
        button.click()


#: How long a success message stays before it fades, and how long the fade takes.
SUCCESS_SHOWN_MS = 6000
FADE_MS = 700


class Banner(QFrame):
    """An inline outcome: a bold title and a sentence, coloured by tone (success, error, info, warning)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.title = QLabel(self)
        self.title.setObjectName("BannerTitle")
        self.title.setWordWrap(True)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        self.tone = ""
        # A success fades after a few seconds (nobody has to dismiss it); errors and warnings stay.
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(SUCCESS_SHOWN_MS)
        self._hold.timeout.connect(self._fade)
        self._fading: QPropertyAnimation | None = None
        self.hide()

    def show_message(self, tone: str, title: str, body: str = "") -> None:
        self._stop_fading()
        self.tone = tone
        self.setProperty("tone", tone)
        self.style().unpolish(self)
        self.style().polish(self)
        for child in (self.title, self.body):
            child.style().unpolish(child)
            child.style().polish(child)
        self.title.setText(title)
        self.body.setText(body)
        self.body.setVisible(bool(body))
        self.show()
        if tone == "success":
            self._hold.start()

    def text(self) -> str:
        return f"{self.title.text()} {self.body.text()}".strip()

    def clear(self) -> None:
        self._stop_fading()
        self.tone = ""
        self.hide()

    @property
    def fading(self) -> bool:
        """A success on its way out (held, or fading)."""
        return self._hold.isActive() or self._fading is not None

    def _fade(self) -> None:
        effect = QGraphicsOpacityEffect(self)
        self.setGraphicsEffect(effect)
        self._fading = QPropertyAnimation(effect, b"opacity", self)
        self._fading.setDuration(FADE_MS)
        self._fading.setStartValue(1.0)
        self._fading.setEndValue(0.0)
        self._fading.finished.connect(self.clear)
        self._fading.start()

    def _stop_fading(self) -> None:
        self._hold.stop()
        if self._fading is not None:
            self._fading.finished.disconnect(self.clear)
            self._fading.stop()
            self._fading.deleteLater()
            self._fading = None
            self.setGraphicsEffect(None)  # type: ignore[arg-type]


class FieldError(QLabel):
    """The red sentence under a field; empty and hidden when the field is fine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FieldError")
        self.setWordWrap(True)
        self.hide()

    def set_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def spin(minimum: int, maximum: int, value: int = 0, suffix: str = "", parent: QWidget | None = None) -> QSpinBox:
    """A whole-number field; its text keeps off the border (the style sheet's padding does not reach it)."""
    widget = QSpinBox(parent)
    widget.setRange(minimum, maximum)
    widget.setValue(value)
    if suffix:
        widget.setSuffix(suffix)
    inner = widget.findChild(QLineEdit)
    if inner is not None:
        inner.setTextMargins(6, 0, 0, 0)
    return widget


class MoneyValidator(QValidator):
    def validate(self, text: str, pos: int) -> object:
        if not text.strip() or fmt.parse_money(text) is not None:
            return QValidator.State.Acceptable
        return QValidator.State.Invalid


class MoneyEdit(QLineEdit):
    """Whole won, shown with separators (₩1,234,000) once the field is left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(MoneyValidator(self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(fmt.money(0))
        self.editingFinished.connect(self._pretty)

    #: The widest amount a field must show whole (issue 16: "0,000" for ₩1,500,000 in English).
    FITS = 1_500_000

    def minimumSizeHint(self) -> QSize:
        """Wide enough for ₩1,500,000 in the field's font, whatever the layout squeezes it to."""
        hint = super().minimumSizeHint()
        text = self.fontMetrics().horizontalAdvance(fmt.money(self.FITS))
        margins = self.textMargins()
        return QSize(max(hint.width(), text + margins.left() + margins.right() + 24), hint.height())

    def value(self) -> int | None:
        return fmt.parse_money(self.text())

    def set_value(self, won: int | None) -> None:
        self.setText(fmt.money(won) if won is not None else "")

    def _pretty(self) -> None:
        value = self.value()
        if value is not None:
            self.setText(fmt.money(value))


def table(
    model: Any, parent: QWidget | None = None, row_height: int = 34, stretch: int = -1, fit: bool = True
) -> QTableView:
    """A read-only, row-selecting table; columns fit their contents, `stretch` takes the rest."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setIconSize(QSize(360, 80))  # status pills (DecorationRole pixmaps) at their own size
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(row_height)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    if fit:
        _fit_columns_on_change(view, stretch)
    return view


def _fit_columns_on_change(view: QTableView, stretch: int) -> None:
    """Columns follow their contents after every change (a header's ResizeToContents does not)."""
    timer = QTimer(view)
    timer.setSingleShot(True)
    timer.setInterval(0)

    def fit() -> None:
        model = view.model()
        if model is None:
            return
        for col in range(model.columnCount()):
            if col != stretch:
                view.resizeColumnToContents(col)
                view.setColumnWidth(col, view.columnWidth(col) + 12)

    timer.timeout.connect(fit)
    model = view.model()
    for sig in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.dataChanged, model.layoutChanged):
        sig.connect(lambda *_args: timer.start())
    fit()


def selected_row(view: QTableView) -> Any:
    """The plain row object of the selected line, or None."""
    indexes = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not indexes:
        return None
    model = view.model()
    return model.row_at(indexes[0].row()) if hasattr(model, "row_at") else None


def header_row(title: str, hint: str = "", parent: QWidget | None = None) -> QWidget:
    """A screen's title and one line saying what the screen is for."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(label(title, "ScreenTitle"))
    if hint:
        layout.addWidget(label(hint, "ScreenHint", wrap=True))
    return box


class Refresher(QObject):
    """Re-read what a screen shows when the shop changed: coalesced, on the reader thread.

    `request()` may be called for every event; the read runs at most once per
    `delay_ms`, never twice at the same time, and not at all while `watch` is
    hidden (it runs when the widget is shown again).
    """

    refreshed = Signal()

    def __init__(
        self,
        runner: CommandRunner,
        load: Callable[[], Any],
        apply: Callable[[Any], None],
        watch: QWidget,
        delay_ms: int = 120,
    ) -> None:
        super().__init__(watch)
        self._runner = runner
        self._load = load
        self._apply = apply
        self._watch = watch
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._fire)
        self._in_flight = False
        self._again = False
        self._dirty = True
        watch.installEventFilter(self)

    def request(self) -> None:
        if not self._watch.isVisible():
            self._dirty = True
            return
        if not self._timer.isActive():
            self._timer.start()

    def now(self) -> None:
        self._dirty = False
        self._timer.stop()
        self._fire()

    @property
    def busy(self) -> bool:
        return self._in_flight or self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watch and event.type() == QEvent.Type.Show and self._dirty:
            self._dirty = False
            self._timer.start(0)
        return False

    def _fire(self) -> None:
        if self._in_flight:
            self._again = True
            return
        self._in_flight = True
        self._runner.read_call(self._load, on_done=self._done, on_error=self._failed)

    def _done(self, result: Any) -> None:
        self._in_flight = False
        self._apply(result)
        self.refreshed.emit()
        if self._again:
            self._again = False
            self.request()

    def _failed(self, _exc: BaseException) -> None:
        self._in_flight = False
        self._again = False
