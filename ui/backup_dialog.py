"""Backup from the manager's screens: a verified copy of the shop while the terminals keep working.

The copy is `app.backup.make_backup` (SQLite's online backup or pg_dump, verified
right after it is written, every guarantee of `check` run on the copy) on a
worker thread; its progress comes back to the GUI thread through a queued
signal and moves the bar. A refusal (a full disk, pg_dump missing) is said in
the words of app.backup; the window keeps working meanwhile.

Restoring replaces the database under every terminal, so it is not done from a
running window: the dialog says the command to run with Pitlane closed
(`pitlane-admin restore PATH`, which verifies the backup first and keeps the
replaced database).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from domain.errors import DomainError
from ui.domain_text import text_of

if TYPE_CHECKING:
    from app.backup import Backup
    from app.shop import Shop


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


class BackupDialog(QDialog):
    """Back up now, with a progress bar; where the copy went; how to restore one."""

    def __init__(self, shop: Shop, parent: QWidget | None = None, target: Path | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.target = target  # None: the shop's backups folder, named by the time
        self.setWindowTitle(self.tr("Backup"))
        self.made: Backup | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "A verified copy of the shop's database, taken while the terminals keep working. "
                    "Automatic copies are also kept every day (7 days, then 4 weeks)."
                )
            )
        )
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setValue(0)
        layout.addWidget(self.bar)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.restore_hint = QLabel(
            self.tr(
                "To restore a backup, close Pitlane on every terminal, then run: pitlane-admin restore PATH "
                "(the backup is verified first and the replaced database is kept)."
            ),
            self,
        )
        self.restore_hint.setWordWrap(True)
        layout.addWidget(self.restore_hint)
        row = QHBoxLayout()
        row.addStretch(1)
        self.start_button = QPushButton(self.tr("Back up now"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        row.addWidget(self.start_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self._signals = _Signals(self)
        self._signals.progress.connect(self._progress)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self.start_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        self.running = False

    def start(self) -> None:
        if self.running:
            return
        self.running = True
        self.start_button.setEnabled(False)
        self.bar.setValue(0)
        self.status.setText(self.tr("Copying…"))
        QThreadPool.globalInstance().start(_BackupTask(self.shop, self.target, self._signals))

    def _progress(self, done: int, total: int) -> None:
        self.bar.setValue(int(100 * done / total) if total else 0)

    def _done(self, made: Backup) -> None:
        self.running = False
        self.made = made
        self.bar.setValue(100)
        self.start_button.setEnabled(True)
        self.status.setText(
            self.tr("Backup written and verified: {path} ({size:,.1f} MB in {seconds:.1f} s).").format(
                path=str(made.path), size=made.size / 1e6, seconds=made.seconds
            )
        )

    def _failed(self, exc: Any) -> None:
        self.running = False
        self.start_button.setEnabled(True)
        self.bar.setValue(0)
        text = text_of(exc) if isinstance(exc, DomainError) else str(exc)
        self.status.setText(self.tr("No backup was made: {why}").format(why=text))
