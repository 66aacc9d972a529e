"""The manager's "Shop details…" dialog: the letterhead new documents print, kept in the shop's database.

Documents already issued keep the letterhead they were issued with; the dialog says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.settings import ShopDetails
from domain.errors import DomainError, InvalidInput
from ui.domain_text import text_of
from ui.setup.shop_details_form import ShopDetailsForm
from ui.widgets import Banner, dialog_keys, label

if TYPE_CHECKING:
    from ui.runner import CommandRunner

#: The key that opens the dialog from the main window.
SHORTCUT = "Ctrl+Shift+S"


class ShopDetailsDialog(QDialog):
    """Edit the shop's name, address, numbers and owner; Enter saves, Escape closes."""

    saved = Signal(object)  # the ShopDetails now stored

    def __init__(self, runner: CommandRunner, details: ShopDetails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(self.tr("Shop details"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "Printed on every invoice, receipt, estimate, repair statement and Z report issued from now on. "
                    "Documents already issued keep the details they were issued with."
                ),
                "FieldHint",
                wrap=True,
            )
        )
        self.form = ShopDetailsForm(details, self)
        layout.addWidget(self.form)
        self.banner = Banner(self)
        layout.addWidget(self.banner)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        dialog_keys(self, self.save_button, self.cancel_button, self.form.name)

    def save(self) -> None:
        command = self.form.checked()
        if command is None:
            return
        self.banner.clear()
        self.save_button.setEnabled(False)
        self.runner.submit(command, on_done=lambda _r: self._saved(), on_error=self._refused)

    def _saved(self) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit(self.runner.shop.shop_details())
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, InvalidInput):
            self.form.show_error(error)
        elif isinstance(error, DomainError):
            self.banner.show_message("error", self.tr("Not saved"), text_of(error))
        else:
            self.banner.show_message("error", self.tr("Not saved"), self.tr("Something went wrong; see the log."))
