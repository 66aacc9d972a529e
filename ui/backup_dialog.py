"""Backup from the manager's screens: a verified copy of the shop while the terminals keep working.

The copy is `app.backup.make_backup` (SQLite's online backup or pg_dump, verified
right after it is written, every guarantee of `check` run on the copy) on a
worker thread; its progress comes back to the GUI thread through a queued
signal and moves the bar. A refusal (a full disk, pg_dump missing) is said in
the words of app.backup; the window keeps working meanwhile.

Restore (a manager's, or the owner's in a shop without users): pick a backup
file; it is verified on a worker thread (`app.restore.verified_backup`: SQLite's
integrity, the schema revision, every guarantee of `check`) and shown with its
date and size; a question says the current data is kept aside as a backup first
and that Pitlane closes the shop on this terminal. On yes the window stops its
commands, the shop is closed (a terminal holding the file open would refuse the
restore), and `app.restore.restore_backup` runs — the same code as
`pitlane-admin restore PATH --yes` — with its progress on the bar. Its refusals
are said in the terminal's language; either way the shop stays closed and the
only way on is to quit Pitlane and start it again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.errors import DomainError
from ui.domain_text import text_of
from ui.widgets import action_key, dialog_keys, with_key

if TYPE_CHECKING:
    from app.backup import Backup
    from app.restore import Restored
    from app.shop import Shop

log = logging.getLogger(__name__)


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class _BackupTask(QRunnable):
    def __init__(self, shop: Shop, target: Path | None, signals: _Signals) -> None:
        super().__init__()
        self.shop, self.target, self.signals = shop, target, signals

    def run(self) -> None:
        from app.backup import make_backup

        try:
            made = make_backup(
                self.shop.settings.database_url,
                self.shop.settings,
                self.target,
                progress=lambda done, total: self.signals.progress.emit(done, total),
            )
        except Exception as exc:  # said in the dialog; nothing was kept
            self.signals.failed.emit(exc)
            return
        self.signals.done.emit(made)


@dataclass(frozen=True)
class BackupFile:
    """What a picked backup is, shown before the question: when, how big, whether it verified."""

    path: Path
    written: datetime
    size: int
    revision: str = ""
    #: None: it verified; else why not, in the terminal's language.
    refused: str | None = None

    @property
    def verified(self) -> bool:
        return self.refused is None


class _VerifyTask(QRunnable):
    def __init__(self, shop: Shop, path: Path, signals: _Signals) -> None:
        super().__init__()
        self.shop, self.path, self.signals = shop, path, signals

    def run(self) -> None:
        from app.restore import verified_backup

        settings = self.shop.settings
        url = settings.database_url
        sqlite = url.startswith("sqlite")
        try:
            with verified_backup(self.path, settings, None if sqlite else url) as verified:
                revision = verified.revision
        except Exception as exc:  # said in the dialog; the backup is not offered
            self.signals.failed.emit(exc)
            return
        self.signals.done.emit(revision)


class _RestoreTask(QRunnable):
    def __init__(self, database_url: str, settings: Any, path: Path, signals: _Signals) -> None:
        super().__init__()
        self.database_url, self.settings, self.path, self.signals = database_url, settings, path, signals

    def run(self) -> None:
        from app.restore import restore_backup

        try:  # the same code as `pitlane-admin restore PATH --yes`
            restored = restore_backup(
                self.path,
                self.database_url,
                self.settings,
                confirm=lambda _question: True,  # asked in the dialog, with the shop still open
                progress=lambda done, total: self.signals.progress.emit(done, total),
            )
        except Exception as exc:  # said in the dialog
            self.signals.failed.emit(exc)
            return
        self.signals.done.emit(restored)


def may_restore(shop: Shop) -> bool:
    """A manager signed in on this terminal, or the owner of a shop without users."""
    user = shop.current_user
    if user is None:
        return not shop.has_users()
    return user.role == "manager"


class BackupDialog(QDialog):
    """Back up now, with a progress bar; where the copy went; how to restore one."""

    def __init__(
        self,
        shop: Shop,
        parent: QWidget | None = None,
        target: Path | None = None,
        *,
        before_closing_shop: Callable[[], None] = lambda: None,
        quit_app: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.shop = shop
        #: Run before the shop is closed for a restore (the window stops its commands and feed).
        self.before_closing_shop = before_closing_shop
        self.quit_app = quit_app or QApplication.quit
        self.picked: BackupFile | None = None
        self.restored: Restored | None = None
        self.shop_closed = False
        self.target = target  # None: the shop's backups folder, named by the time
        self.setWindowTitle(self.tr("Backup"))
        self.made: Backup | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A verified copy of the shop's database, taken while the terminals keep working. "
                "Automatic copies are also kept every day (7 days, then 4 weeks)."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.setMinimumWidth(640)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setValue(0)
        layout.addWidget(self.bar)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.may_restore = may_restore(shop)
        self.restore_hint = QLabel(
            self.tr(
                "Restoring a backup replaces the shop's data on every terminal: the backup is verified first "
                "and the current data is kept aside as a backup. Close Pitlane on the other terminals first "
                "(or use pitlane-admin restore PATH)."
            )
            if self.may_restore
            else self.tr("Only a manager may restore a backup (or use pitlane-admin restore PATH)."),
            self,
        )
        self.restore_hint.setWordWrap(True)
        layout.addWidget(self.restore_hint)
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Restore a backup…"), self)
        self.restore_button.setEnabled(self.may_restore)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        self.start_button = QPushButton(self.tr("Back up now"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        row.addWidget(self.start_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        # Enter backs up, Esc closes, Ctrl+O picks a backup to restore; the keys on the buttons.
        dialog_keys(self, self.start_button, self.close_button, self.start_button)
        action_key(self.restore_button, "Ctrl+O", self)
        self._signals = _Signals(self)
        self._signals.progress.connect(self._progress)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self._verify_signals = _Signals(self)
        self._verify_signals.done.connect(self._verified)
        self._verify_signals.failed.connect(self._not_verified)
        self._restore_signals = _Signals(self)
        self._restore_signals.progress.connect(self._progress)
        self._restore_signals.done.connect(self._restore_done)
        self._restore_signals.failed.connect(self._restore_failed)
        self.start_button.clicked.connect(self.start)
        self.restore_button.clicked.connect(self.pick_backup)
        self.close_button.clicked.connect(self._close_or_quit)
        self.running = False
        #: Asks the restore question; a test answers it (True: restore).
        self.ask: Callable[[str], bool] = self._ask

    def start(self) -> None:
        if self.running:
            return
        self.running = True
        self.start_button.setEnabled(False)
        self.bar.setValue(0)
        self._say(self.tr("Copying…"))
        QThreadPool.globalInstance().start(_BackupTask(self.shop, self.target, self._signals))

    def _progress(self, done: int, total: int) -> None:
        self.bar.setValue(int(100 * done / total) if total else 0)

    def _done(self, made: Backup) -> None:
        self.running = False
        self.made = made
        self.bar.setValue(100)
        self.start_button.setEnabled(True)
        self._say(
            self.tr("Backup written and verified: {path} ({size:,.1f} MB in {seconds:.1f} s).").format(
                path=str(made.path), size=made.size / 1e6, seconds=made.seconds
            )
        )

    def _failed(self, exc: Any) -> None:
        self.running = False
        self.start_button.setEnabled(True)
        self.bar.setValue(0)
        text = text_of(exc) if isinstance(exc, DomainError) else str(exc)
        self._say(self.tr("No backup was made: {why}").format(why=text))

    def _say(self, text: str) -> None:
        """The status line, the dialog grown to show all of it."""
        self.status.setText(text)
        self.adjustSize()

    # -- restore --------------------------------------------------------------------------
    def pick_backup(self) -> None:
        """Choose a backup file (starting in the shop's backups folder) and verify it."""
        from app.backup import automatic_folder

        folder = automatic_folder(self.shop.settings.database_url, self.shop.settings)
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore a backup"),
            str(folder or Path.home()),
            self.tr("Backups (*.db *.dump);;All files (*)"),
        )
        if path:
            self.inspect(Path(path))

    def inspect(self, path: Path) -> None:
        """Show what `path` is and verify it on a worker thread; `restore_picked` follows if it verifies."""
        if self.running or not may_restore(self.shop):
            return
        try:
            stat = path.stat()
        except OSError:
            self._say(self.tr("There is no backup file {path}.").format(path=str(path)))
            return
        self.picked = BackupFile(path, datetime.fromtimestamp(stat.st_mtime), stat.st_size)
        self.running = True
        self._buttons(False)
        self._say(self._describe(self.picked) + "\n" + self.tr("Verifying…"))
        QThreadPool.globalInstance().start(_VerifyTask(self.shop, path, self._verify_signals))

    def _describe(self, picked: BackupFile) -> str:
        text = self.tr("Backup {path}, written {when}, {size:,.1f} MB.").format(
            path=str(picked.path), when=picked.written.strftime("%Y-%m-%d %H:%M"), size=picked.size / 1e6
        )
        if picked.refused is not None:
            return text + "\n" + self.tr("Not verified: {why}").format(why=picked.refused)
        if picked.revision:
            return (
                text
                + "\n"
                + self.tr("Verified: schema {revision}, every guarantee holds.").format(revision=picked.revision)
            )
        return text

    def _verified(self, revision: str) -> None:
        assert self.picked is not None
        self.picked = BackupFile(self.picked.path, self.picked.written, self.picked.size, revision)
        self.running = False
        self._say(self._describe(self.picked))
        self._buttons(True)
        self.restore_picked()

    def _not_verified(self, exc: Any) -> None:
        assert self.picked is not None
        self.picked = BackupFile(self.picked.path, self.picked.written, self.picked.size, refused=_said(exc))
        self.running = False
        self._say(self._describe(self.picked) + "\n" + self.tr("Nothing was restored."))
        self._buttons(True)

    def question(self) -> str:
        assert self.picked is not None
        return self.tr(
            "Restore the backup of {when}? The shop's current data is kept aside as a backup first, then "
            "this backup replaces it. Pitlane closes the shop on this terminal and quits when it is done; "
            "every other terminal is told to stop Pitlane first."
        ).format(when=self.picked.written.strftime("%Y-%m-%d %H:%M"))

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_picked(self) -> None:
        """Ask; on yes close the shop on this terminal and restore the verified backup."""
        if self.picked is None or not self.picked.verified or self.running or not may_restore(self.shop):
            return
        if not self.ask(self.question()):
            self._say(self._describe(self.picked) + "\n" + self.tr("Nothing was restored."))
            return
        settings = self.shop.settings
        self.running = True
        self._buttons(False)
        self.bar.setValue(0)
        self._say(self.tr("Closing the shop on this terminal, then restoring…"))
        self.before_closing_shop()
        self.shop.close()
        self.shop_closed = True
        task = _RestoreTask(settings.database_url, settings, self.picked.path, self._restore_signals)
        QThreadPool.globalInstance().start(task)

    def _restore_done(self, restored: Restored) -> None:
        self.running = False
        self.restored = restored
        self.bar.setValue(100)
        kept = (
            self.tr("The data it replaced is kept at {path}.").format(path=str(restored.replaced))
            if restored.replaced is not None
            else ""
        )
        self._say(
            self.tr("Restored the backup {path} (schema {revision}).").format(
                path=str(restored.backup), revision=restored.revision
            )
            + (" " + kept if kept else "")
            + "\n"
            + self.tr("Quit Pitlane and start it again on every terminal.")
        )
        self._after_restore()

    def _restore_failed(self, exc: Any) -> None:
        self.running = False
        self.bar.setValue(0)
        self._say(
            self.tr("Nothing was restored: {why}").format(why=_said(exc))
            + "\n"
            + self.tr("The shop is closed on this terminal: quit Pitlane and start it again.")
        )
        self._after_restore()

    def _after_restore(self) -> None:
        """The shop is closed here: the one way on is to quit."""
        self.start_button.setEnabled(False)
        self.restore_button.setEnabled(False)
        self.close_button.setEnabled(True)
        self.close_button.setText(with_key(self.tr("Quit Pitlane"), "Esc"))  # Escape quits too
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def _close_or_quit(self) -> None:
        if self.shop_closed:
            if not self.running:
                self.quit_app()
            return
        self.reject()

    def reject(self) -> None:
        if self.shop_closed:  # Escape after a restore quits, never back to a window whose shop is closed
            self._close_or_quit()
            return
        super().reject()

    def _buttons(self, enabled: bool) -> None:
        self.start_button.setEnabled(enabled)
        self.restore_button.setEnabled(enabled and self.may_restore)


def _said(exc: Any) -> str:
    """A refusal in the terminal's language; anything else by its first line, never a traceback."""
    if isinstance(exc, DomainError):
        return text_of(exc)
    log.error("restore: %s", type(exc).__name__, exc_info=exc)
    return QCoreApplication.translate("BackupDialog", "an unexpected error ({kind}); see the log").format(
        kind=type(exc).__name__
    )
