"""A document's PDF inside the till: preview (QtPdf), print through the system dialog, open its folder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QLabel, QStackedLayout, QWidget

from app.documents import PdfError
from ui.errors import describe
from ui.runner import CommandRunner

PRINT_DPI = 300  # enough for text on any office printer; higher only makes the job bigger


class PdfPane(QWidget):
    """The PDF as the customer gets it, page after page, fitted to the pane's width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("Muted")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(self.view)
        self.clear(self.tr("Select an invoice to see its PDF."))

    def show_pdf(self, path: Path) -> bool:
        """Show the PDF at `path`; False (and a note) when it cannot be read."""
        self.document.close()
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_ or self.document.pageCount() == 0:
            self.clear(self.tr("The PDF {name} cannot be shown.").format(name=path.name))
            return False
        self.path = path
        self._stack.setCurrentWidget(self.view)
        return True

    def clear(self, text: str) -> None:
        self.document.close()
        self.path = None
        self.placeholder.setText(text)
        self._stack.setCurrentWidget(self.placeholder)

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.path is not None else 0


def ask_printer(path: Path, parent: QWidget | None) -> QPrinter | None:
    """The system print dialog for `path`; the chosen printer, or None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.name)
    printer.setFullPage(True)  # the PDF carries its own margins
    dialog = QPrintDialog(printer, parent)
    # A literal context: lupdate cannot see the class behind `parent.tr`, and the title stayed English.
    dialog.setWindowTitle(QCoreApplication.translate("PrintDialog", "Print {name}").format(name=path.name))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def print_pdf(path: Path, printer: QPrinter) -> int:
    """Print every page of `path` on `printer`; the number of pages sent.

    Runs on a worker thread: painting on a QPrinter is allowed off the GUI
    thread, and rasterising pages is the slow part of printing.
    """
    document = QPdfDocument()
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_:
            raise OSError(f"{path} cannot be read as a PDF")
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("the printer could not be started")
        try:
            dpi = min(printer.resolution(), PRINT_DPI)
            for page in range(document.pageCount()):
                if page:
                    printer.newPage()
                points = document.pagePointSize(page)
                image = document.render(page, QSize(int(points.width() * dpi / 72), int(points.height() * dpi / 72)))
                target = QRectF(painter.viewport())
                scale = min(target.width() / image.width(), target.height() / image.height())
                size = QSize(int(image.width() * scale), int(image.height() * scale))
                painter.drawImage(QRectF(QPointF(target.x(), target.y()), size.toSizeF()), image)
            return document.pageCount()
        finally:
            painter.end()
    finally:
        document.close()


def open_folder(path: Path) -> bool:
    """Show the folder holding `path` in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


@dataclass(frozen=True)
class Outcome:
    """A document (or a print job) that may have failed in a way the person can fix: never 'unexpected'."""

    value: Any = None
    error: str = ""


def fetch_document(get: Callable[[str], Path], number: str) -> Outcome:
    """`get(number)` (Documents.pdf or .reprint), with a PDF that cannot be written as an error to show."""
    try:
        return Outcome(get(number))
    except PdfError as exc:
        return Outcome(error=str(exc))


def fetch_then(runner: CommandRunner, get: Callable[[str], Path], number: str, ready: Callable[[Outcome], Any]) -> None:
    """`fetch_document(get, number)` on the writer thread, then `ready(outcome)`; an unexpected failure as its error."""
    runner.call(fetch_document, get, number, on_done=ready, on_error=lambda exc: ready(Outcome(error=describe(exc))))


def try_print(path: Path, printer: QPrinter) -> Outcome:
    try:
        return Outcome(print_pdf(path, printer))
    except OSError as exc:
        return Outcome(error=str(exc))
