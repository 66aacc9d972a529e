"""Errors as people read them: domain refusals inline, the unexpected logged and explained.

A `DomainError` is a refusal meant for the person at the terminal: screens show
`describe(exc)` (rendered by code, in the terminal's language) right where it
happened. Anything else is a bug or a broken environment: `report_unexpected`
writes the traceback to the log file in the user's data folder and shows a
dialog that says what to do — never the traceback.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QThread, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.documents import PdfError
from app.files import ensure_private_dir, private_log_handler
from app.redact import redact_handler
from domain.errors import DomainError
from ui.domain_text import text_of

log = logging.getLogger("pitlane.ui")

_log_file: Path | None = None
_dialog: QMessageBox | None = None
dialogs_enabled = True  # tests switch the dialog off and read `last_report`
last_report: str = ""


def log_file() -> Path:
    if _log_file is not None:
        return _log_file
    from app.settings import user_data_dir

    return user_data_dir() / "logs" / "pitlane.log"


def setup_logging(level: str = "INFO", path: Path | None = None) -> Path:
    """Log to a rotating file in the user's data folder (and warnings to stderr)."""
    global _log_file
    target = path or log_file()
    ensure_private_dir(target.parent)
    handler = private_log_handler(target)  # 0600, rotating, passwords masked
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"))
    root = logging.getLogger()
    set_level(level)
    root.addHandler(handler)
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(_OneLine("%(levelname)s %(name)s: %(message)s"))
    redact_handler(console)
    root.addHandler(console)
    _log_file = target
    return target


def set_level(level: str) -> None:
    """The log file's level from now on (a profile's `log_level`; an unknown name means INFO)."""
    logging.getLogger().setLevel(getattr(logging, level.upper(), logging.INFO))


class _OneLine(logging.Formatter):
    """The console gets one line per problem; the traceback is in the log file."""

    def formatException(self, ei: Any) -> str:
        return f"  ({ei[0].__name__}: {ei[1]}; details in {log_file()})" if ei and ei[0] else ""


def describe(exc: BaseException) -> str:
    """One sentence for the screen: the refusal's own words, or where the details went."""
    if isinstance(exc, DomainError):
        return text_of(exc)
    if isinstance(exc, PdfError):  # its message is meant for people (where the file should go, what to fix)
        return str(exc)
    return QCoreApplication.translate(
        "Errors", "This could not be done because of an unexpected problem. The details are in {log}."
    ).format(log=log_file())


def report_unexpected(exc: BaseException, where: str = "") -> None:
    """Log the traceback and tell the person what to do (on the GUI thread, never a traceback)."""
    global last_report
    log.error("unexpected error%s", f" in {where}" if where else "", exc_info=(type(exc), exc, exc.__traceback__))
    last_report = f"{type(exc).__name__}: {exc}"
    app = QApplication.instance()
    if app is None or not dialogs_enabled:
        return
    if QThread.currentThread() is not app.thread():
        QTimer.singleShot(0, app, lambda: _show_dialog())
        return
    _show_dialog()


def _show_dialog() -> None:
    global _dialog
    if _dialog is not None and _dialog.isVisible():
        return  # one dialog at a time; the log has every occurrence
    parent: QWidget | None = QApplication.activeWindow()
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Pitlane — unexpected problem"))
    box.setText(QCoreApplication.translate("Errors", "Something went wrong that Pitlane did not expect."))
    box.setInformativeText(
        QCoreApplication.translate(
            "Errors",
            "What you just did may not have been saved: check the screen (for example the status board) "
            "and do it again if it is missing.\n\nIf this keeps happening, restart Pitlane and send this "
            "file to whoever supports your shop's computers:\n{log}",
        ).format(log=log_file())
    )
    open_folder = box.addButton(
        QCoreApplication.translate("Errors", "Open log folder"), QMessageBox.ButtonRole.ActionRole
    )
    copy = box.addButton(QCoreApplication.translate("Errors", "Copy file path"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)

    def clicked(button: object) -> None:
        if button is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file().parent)))
        elif button is copy:
            QGuiApplication.clipboard().setText(str(log_file()))

    box.buttonClicked.connect(clicked)
    box.setStyleSheet("QLabel { min-width: 440px; }")
    box.setModal(False)
    _dialog = box
    box.show()


def install_excepthook() -> None:
    """Route uncaught exceptions (also in slots and threads) to `report_unexpected`."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        exc.__traceback__ = tb
        report_unexpected(exc)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            report_unexpected(args.exc_value, f"thread {args.thread.name if args.thread else '?'}")

    sys.excepthook = hook
    threading.excepthook = thread_hook
