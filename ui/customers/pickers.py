"""Picking the other record of an action: the duplicate to merge, the car's new owner.

`RecordPicker` searches as it is typed (cars with `shop.find_vehicles`,
customers with `find_customers`), reads the record picked and says what the
action will do before it is confirmed. The command it would send is asked for
its problem first (a record merged into itself is refused with the command's
own sentence, and the button stays off); nothing is sent from here: the caller
sends `picker.chosen_command`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.customers.records import customer_record, find_customers, vehicle_record
from domain.commands import Command
from ui.customers.models import CustomerMatchModel, VehicleMatchModel
from ui.domain_text import text_of
from ui.errors import describe
from ui.runner import CommandRunner
from ui.widgets import FieldError, action_key, dialog_keys, label, selected_row, table

#: What a picker lists: cars or customers.
VEHICLES, CUSTOMERS = "vehicles", "customers"


class RecordPicker(QDialog):
    """Search, pick one record, read what the action will do, confirm."""

    def __init__(
        self,
        runner: CommandRunner,
        kind: str,
        title: str,
        intro: str,
        confirm: str,
        command_for: Callable[[int], Command],
        describe_pick: Callable[[Any], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.shop = runner.shop
        self.kind = kind
        self.command_for = command_for
        self.describe_pick = describe_pick
        self.chosen_command: Command | None = None
        self.extra_buttons: list[QPushButton] = []
        self.picked_id: int | None = None
        self.setWindowTitle(title)
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(label(intro, "Muted", wrap=True))
        self.search = QLineEdit(
            placeholderText=self.tr("Car number, its last four digits, phone or name")
            if kind == VEHICLES
            else self.tr("Name, phone or car number")
        )
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.model = VehicleMatchModel(self) if kind == VEHICLES else CustomerMatchModel(self)
        self.view = table(self.model, stretch=2 if kind == VEHICLES else 1, row_height=30)
        layout.addWidget(self.view, 1)
        self.preview = label(self.tr("Pick a record to see what will happen."), "", wrap=True)
        self.preview.setMinimumHeight(self.preview.fontMetrics().lineSpacing() * 4)  # the longest, wrapped, in Korean
        layout.addWidget(self.preview)
        self.problem = FieldError()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button: QPushButton = self.buttons.addButton(confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setEnabled(False)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._asked = ""
        self.searched = 0  # answers shown (tests wait on it)
        self._connect_signals()
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        dialog_keys(self, self.confirm_button, self.cancel_button, self.search)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._enter_in_search)
        self._timer.timeout.connect(self._search_now)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._picked())
        self.view.doubleClicked.connect(lambda _i: self.confirm_button.click())
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)

    def add_button(self, text: str, command: Callable[[], Command]) -> QPushButton:
        """A second way to confirm, without a record (e.g. "no owner known")."""
        extra = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        extra.setAutoDefault(False)
        extra.clicked.connect(lambda: self._finish(command()))
        self.extra_buttons.append(extra)
        action_key(extra, f"F{1 + len(self.extra_buttons)}", self)  # F2, F3…
        return extra

    # -- searching ------------------------------------------------------------------------
    def _enter_in_search(self) -> None:
        """Enter after typing searches; Enter again (nothing new typed) confirms the pick."""
        if self.search.text().strip() != self._asked or not self.searched:
            self.confirm_button.setEnabled(False)  # this Enter is the search's, not a confirmation of the old pick
            self._search_now()

    def _search_now(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        self._asked = text
        if self.kind == VEHICLES:
            self.runner.read_call(self.shop.find_vehicles, text, on_done=lambda rows: self._found(text, rows))
        else:
            self.runner.read(find_customers, text, on_done=lambda rows: self._found(text, rows))

    def _found(self, text: str, rows: list[Any]) -> None:
        if text != self._asked:
            return  # typed on since
        self.model.set_rows(rows)
        self.searched += 1
        if rows:
            self.view.selectRow(0)
        else:
            self._clear_pick(self.tr("Nothing found: type more, or something else."))

    def _record_id(self, row: Any) -> int:
        return int(row.vehicle_id if self.kind == VEHICLES else row.customer_id)

    def _picked(self) -> None:
        row = selected_row(self.view)
        if row is None:
            self._clear_pick(self.tr("Pick a record to see what will happen."))
            return
        record_id = self._record_id(row)
        self.picked_id = record_id
        command = self.command_for(record_id)
        problems = command.problems()
        if problems:  # e.g. the record itself: said in the command's own words, nothing to confirm
            self.preview.setText("")
            self.problem.set_error(text_of(problems[0]))
            self.confirm_button.setEnabled(False)
            return
        self.problem.set_error("")
        self.confirm_button.setEnabled(False)
        read = vehicle_record if self.kind == VEHICLES else customer_record
        self.runner.read(read, record_id, on_done=self._show_preview, on_error=self._failed)

    def _show_preview(self, record: Any) -> None:
        record_id = getattr(record, "vehicle_id", getattr(record, "customer_id", None))
        if record_id != self.picked_id:
            return
        self.preview.setText(self.describe_pick(record))
        self.confirm_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self.problem.set_error(describe(exc))
        self.confirm_button.setEnabled(False)

    def _clear_pick(self, why: str) -> None:
        self.picked_id = None
        self.preview.setText(why)
        self.problem.set_error("")
        self.confirm_button.setEnabled(False)

    # -- answer ---------------------------------------------------------------------------
    def _confirm(self) -> None:
        if self.picked_id is not None and self.confirm_button.isEnabled():
            self._finish(self.command_for(self.picked_id))

    def _finish(self, command: Command) -> None:
        self.chosen_command = command
        self.accept()
