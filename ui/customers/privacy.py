"""A customer's requests about their data (개인정보 보호법 §35, §36): see everything held, and erase it.

*Export data…* writes `shop.export_customer()` (JSON or CSV, readable by the
owner only) to a file the desk chooses; *Erase on request…* asks first, saying
what is erased and what the law makes the shop keep (docs/privacy.md), then
sends `EraseCustomer`. The register screen owns the buttons; `ask_export_path`
and `confirm_erase` are methods so tests answer for the desk.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.customers.records import CustomerRecord
from domain.commands import Command, EraseCustomer
from ui.errors import describe
from ui.runner import CommandRunner
from ui.widgets import Banner

EXPORT_FILTERS = {"JSON (*.json)": "json", "CSV (*.csv)": "csv"}


class PrivacyRequests(QObject):
    """Export and erase for the register screen: outcomes in its banner, commands through its `send`."""

    def __init__(
        self,
        runner: CommandRunner,
        message: Banner,
        send: Callable[[Command, str], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.shop = runner.shop
        self.message = message
        self.send = send
        self.dialog_parent = parent
        self.busy = False

    # -- export (열람) ------------------------------------------------------------------------
    def ask_export_path(self, suggested: str) -> tuple[str, str] | None:
        """Where to write the export and as what ('json' or 'csv'); None when the desk changed its mind."""
        path, chosen = QFileDialog.getSaveFileName(
            self.dialog_parent, self.tr("Export a customer's data"), suggested, ";;".join(EXPORT_FILTERS)
        )
        if not path:
            return None
        fmt = "csv" if Path(path).suffix.lower() == ".csv" else EXPORT_FILTERS.get(chosen, "json")
        return path, fmt

    def export(self, owner: CustomerRecord | None) -> None:
        if owner is None:
            return
        answer = self.ask_export_path(str(Path.home() / f"customer-{owner.customer_id}.json"))
        if answer is None:
            return
        path, fmt = answer
        self.busy = True
        self.runner.call(self._write, owner.customer_id, path, fmt, on_done=self._exported, on_error=self._failed)

    def _write(self, customer_id: int, path: str, fmt: str) -> tuple[bool, str]:
        """On the writer thread: (True, path written) or (False, why the file could not be written)."""
        try:
            return True, str(self.shop.export_customer(customer_id, path, fmt))
        except OSError as exc:
            return False, exc.strerror or type(exc).__name__

    def _exported(self, outcome: tuple[bool, str]) -> None:
        self.busy = False
        ok, text = outcome
        if not ok:
            self.message.show_message(
                "error", self.tr("Not exported"), self.tr("The file could not be written: {why}.").format(why=text)
            )
            return
        self.message.show_message(
            "success",
            self.tr("Exported to {path}").format(path=os.path.basename(text)),
            self.tr(
                "{path} is readable by this computer's user only. Give the customer a copy, then delete yours."
            ).format(path=text),
        )

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.message.show_message("error", self.tr("Not exported"), describe(exc))

    # -- erase (삭제) -------------------------------------------------------------------------
    def erase_text(self, owner: CustomerRecord) -> str:
        """What erasing does and does not change, for the question before it (docs/privacy.md)."""
        return self.tr(
            "Erase customer record {n} ({name}) at the customer's request?\n\n"
            'Erased now: the name, phone and note, and the consent decision. Screens show "Erased customer" '
            "where the name was.\n\n"
            "Kept, because the law makes the shop keep them: issued invoices, receipts and payments "
            "(5 years, 국세기본법 §85조의3), repair statements and estimates with their receipts "
            "(1 year, 자동차관리법 시행규칙 §134), and the cars with their history, which describe the car, not "
            "the person. The record number stays so that those still add up.\n\n"
            "This cannot be undone. Tell the customer what was erased and what is kept."
        ).format(n=owner.customer_id, name=owner.name or "—")

    def confirm_erase(self, text: str) -> bool:
        """Ask before erasing; Cancel is the default, so Enter does not erase."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Erase a customer"), text, parent=self.dialog_parent)
        erase = box.addButton(self.tr("Erase"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is erase

    def erase(self, owner: CustomerRecord | None) -> None:
        if owner is None or not self.confirm_erase(self.erase_text(owner)):
            return
        self.send(
            EraseCustomer(owner.customer_id),
            self.tr("Customer record {n} is erased; the documents the law requires are kept.").format(
                n=owner.customer_id
            ),
        )
