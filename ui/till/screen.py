"""The till (계산): invoices and payments, and the day close, with a warning for PDFs not written."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from ui.fit import fit_tabs
from ui.runner import CommandRunner
from ui.till.dayclose import DayCloseTab
from ui.till.invoices import InvoicesTab
from ui.till.keys import install_till_keys
from ui.widgets import Banner, button

if TYPE_CHECKING:
    from app.shop import Shop


class _DocumentBridge(QObject):
    """Brings the PDF thread's news to the GUI thread (a queued signal; never a widget off-thread)."""

    written = Signal(str, str, object, str)  # kind, number, path or None, error or ""

    def __call__(self, kind: str, number: str, path: Path | None, error: str | None) -> None:
        if shiboken6.isValid(self):
            self.written.emit(kind, number, path, error or "")


class TillScreen(QWidget):
    """Take payments, void and refund, print, and close the day."""

    def __init__(self, shop: Shop, runner: CommandRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        self.shop = shop
        self.runner = runner
        root = QVBoxLayout(self)
        root.setContentsMargins(20, 8, 20, 8)
        root.setSpacing(4)
        self.pdf_warning = Banner()
        self.retry_button = button(self.tr("Write the PDFs again"), size="large")
        warn_row = QHBoxLayout()
        warn_row.addWidget(self.pdf_warning, 1)
        warn_row.addWidget(self.retry_button)
        self.retry_button.hide()
        root.addLayout(warn_row)
        self.tabs = QTabWidget(self)
        self.invoices = InvoicesTab(shop, runner, self.tabs)
        self.day_close = DayCloseTab(shop, runner, self.tabs)
        self.tabs.addTab(self.invoices, self.tr("Invoices and payments"))
        self.tabs.addTab(self.day_close, self.tr("Day close"))
        root.addWidget(self.tabs, 1)
        fit_tabs(self.tabs)  # the window's minimum is the shown tab's (ui.fit)
        install_till_keys(self)  # Ctrl+F, F2, F3, F4, Ctrl+P, Ctrl+Shift+D (ui.till.keys)
        self._bridge = _DocumentBridge(self)
        self._bridge.written.connect(self._document_written, Qt.ConnectionType.QueuedConnection)
        shop.documents.on_written(self._bridge)
        self.retry_button.clicked.connect(self.retry_pdfs)
        self._show_failures(shop.documents.failures())

    # -- PDFs that could not be written ---------------------------------------------------------
    def _document_written(self, _kind: str, _number: str, _path: object, _error: str) -> None:
        self._show_failures(self.shop.documents.failures())

    def _show_failures(self, failures: dict[str, str]) -> None:
        if not failures:
            self.pdf_warning.clear()
            self.retry_button.hide()
            return
        numbers = ", ".join(sorted(failures))
        self.pdf_warning.show_message(
            "warning",
            self.tr("{n} PDF(s) could not be written: {numbers}").format(n=len(failures), numbers=numbers),
            self.tr("The invoices themselves are saved. {what}").format(what=next(iter(failures.values()))),
        )
        self.retry_button.show()

    def retry_pdfs(self) -> None:
        self.retry_button.setEnabled(False)

        def done(still: dict[str, str]) -> None:
            self.retry_button.setEnabled(True)
            self._show_failures(still)

        self.runner.call(self.shop.documents.retry_failed, on_done=done)

    # -- the main window's screen protocol ----------------------------------------------------
    def focus_first(self) -> None:
        """Typing goes to the invoices' search, or the day to close on that tab."""
        if self.tabs.currentWidget() is self.day_close:
            self.day_close.date.setFocus()
        else:
            self.invoices.search.setFocus()
            self.invoices.search.selectAll()

    def refresh(self) -> None:
        self.invoices.refresh()
        self.day_close.refresh()

    @property
    def busy(self) -> bool:
        return self.invoices.busy or self.day_close.busy
