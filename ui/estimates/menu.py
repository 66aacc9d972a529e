"""The manager's menu of standard jobs (정비 메뉴): list, add and edit (name, labour, man-days, parts with
quantities), parts short on the shelf flagged. Opened from the Mechanics screen (Standard jobs…).

Also `ask_canned_job`, the picker the bay and the desk use to put a menu job on a job in work.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import queries
from app.estimates.queries import CannedJobPart, CannedJobRow
from app.queries import PartRow
from domain.commands import AddCannedJob, UpdateCannedJob
from ui import fmt
from ui.errors import describe
from ui.models.base import RIGHT, Column, RowTableModel
from ui.models.tables import DANGER_FG
from ui.runner import CommandRunner
from ui.tr import QT_TRANSLATE_NOOP
from ui.widgets import Banner, MoneyEdit, action_key, button, dialog_keys, label, selected_row, spin, table, with_key


def parts_text(row: CannedJobRow) -> str:
    return ", ".join(f"{p.name} × {p.quantity}" for p in row.parts) or "—"


def short_text(row: CannedJobRow) -> str:
    """The parts short on the shelf, or "" when all are there."""
    short = [p.name for p in row.parts if p.out_of_stock]
    if not short:
        return ""
    return QCoreApplication.translate("CannedJobs", "Not enough in stock: {parts}").format(parts=", ".join(short))


class CannedJobsModel(RowTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Standard job"), lambda r: r.name, bold=True),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Labour"), lambda r: fmt.money(r.labour), lambda r: r.labour, RIGHT
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Man-days"), lambda r: str(r.man_day), lambda r: r.man_day, RIGHT),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Parts"),
                    parts_text,
                    foreground=lambda r: DANGER_FG if r.short else None,
                    tooltip=short_text,
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Parts total"),
                    lambda r: fmt.money(r.parts_total),
                    lambda r: r.parts_total,
                    RIGHT,
                ),
            ],
            key=lambda r: r.canned_job_id,
            parent=parent,
        )


class ChosenPartsModel(RowTableModel):
    """The parts of the job being edited."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Code"), lambda r: r.part_code),
                Column(QT_TRANSLATE_NOOP("Columns", "Part"), lambda r: r.name),
                Column(QT_TRANSLATE_NOOP("Columns", "Qty"), lambda r: str(r.quantity), align=RIGHT),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Stock"),
                    lambda r: str(r.stock),
                    align=RIGHT,
                    foreground=lambda r: DANGER_FG if r.out_of_stock else None,
                ),
            ],
            key=lambda r: r.part_id,
            parent=parent,
        )


class CannedJobsDialog(QDialog):
    """Pick a job on the left to edit it; New clears the form; Save adds or changes it (one command)."""

    def __init__(self, runner: CommandRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.shop = runner.shop
        self.editing: int | None = None
        self.catalogue: list[PartRow] = []
        self.setWindowTitle(self.tr("Standard jobs (정비 메뉴)"))
        self.setMinimumSize(760, 520)
        root = QHBoxLayout(self)
        left = QVBoxLayout()
        self.model = CannedJobsModel(self)
        self.table = table(self.model, stretch=3)
        left.addWidget(self.table, 1)
        root.addLayout(left, 3)
        right = QVBoxLayout()
        self.form_title = label(self.tr("New standard job"), "SectionTitle")
        right.addWidget(self.form_title)
        form = QFormLayout()
        self.name = QLineEdit(placeholderText=self.tr("e.g. 엔진오일 세트 교환"))
        self.labour = MoneyEdit()
        self.man_day = spin(1, 99, 1)
        form.addRow(self.tr("Name *"), self.name)
        form.addRow(self.tr("Labour *"), self.labour)
        form.addRow(self.tr("Man-days *"), self.man_day)
        right.addLayout(form)
        pick = QHBoxLayout()
        self.part = QComboBox()
        self.part.setMinimumWidth(160)
        self.quantity = QSpinBox(minimum=1, maximum=99, value=1)
        self.add_part_button = button(self.tr("Add part"))
        pick.addWidget(self.part, 1)
        pick.addWidget(self.quantity)
        pick.addWidget(self.add_part_button)
        right.addLayout(pick)
        self.parts_model = ChosenPartsModel(self)
        self.parts_view = table(self.parts_model, row_height=30, stretch=1)
        right.addWidget(self.parts_view, 1)
        self.remove_part_button = button(self.tr("Remove part"), "danger")
        right.addWidget(self.remove_part_button)
        self.message = Banner()
        right.addWidget(self.message)
        buttons = QHBoxLayout()
        self.new_button = button(self.tr("New"))
        self.close_button = button(self.tr("Close"))
        self.save_button = button(self.tr("Save"), "primary")
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        right.addLayout(buttons)
        root.addLayout(right, 2)
        self._connect_signals()
        self.refresh()
        self.runner.read(queries.parts, on_done=self._show_catalogue)

    def _connect_signals(self) -> None:
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._edit_selected())
        self.add_part_button.clicked.connect(self.add_part)
        self.remove_part_button.clicked.connect(self.remove_part)
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new)
        # Enter (or Ctrl+S) saves from any field, Esc closes, Ctrl+N a new job; Alt+A adds the part, Delete in the
        # parts list removes it.
        dialog_keys(self, self.save_button, self.close_button, self.name)
        self.new_button.setText(with_key(self.new_button.text(), "Ctrl+N"))
        action_key(self.add_part_button, "Alt+A", self)
        action_key(self.remove_part_button, "Delete", self.parts_view)

    def refresh(self) -> None:
        self.runner.read_call(self.shop.canned_jobs, on_done=self.model.set_rows)

    def _show_catalogue(self, parts: list[PartRow]) -> None:
        self.catalogue = parts
        self.part.clear()
        for p in parts:
            self.part.addItem(f"{p.part_code} · {p.name} ({fmt.money(p.price)})", p.id)

    # -- the form ---------------------------------------------------------------------------
    def new(self) -> None:
        self.table.clearSelection()
        self.editing = None
        self.form_title.setText(self.tr("New standard job"))
        self.name.clear()
        self.labour.set_value(None)
        self.man_day.setValue(1)
        self.parts_model.set_rows([])
        self.name.setFocus()

    def _edit_selected(self) -> None:
        row: CannedJobRow | None = selected_row(self.table)
        if row is None:
            return
        self.editing = row.canned_job_id
        self.form_title.setText(self.tr("Edit {name}").format(name=row.name))
        self.name.setText(row.name)
        self.labour.set_value(row.labour)
        self.man_day.setValue(row.man_day)
        self.parts_model.set_rows(list(row.parts))

    def add_part(self) -> None:
        part = next((p for p in self.catalogue if p.id == self.part.currentData()), None)
        if part is None:
            return
        rows = self.parts_model.rows()
        at = self.parts_model.find(part.id)
        quantity = self.quantity.value() + (rows[at].quantity if at >= 0 else 0)
        chosen = CannedJobPart(part.id, part.part_code, part.name, part.origin, quantity, part.price, part.stock)
        if at >= 0:
            rows[at] = chosen
        else:
            rows.append(chosen)
        self.parts_model.set_rows(rows)

    def remove_part(self) -> None:
        row: CannedJobPart | None = selected_row(self.parts_view)
        if row is not None:
            self.parts_model.set_rows([r for r in self.parts_model.rows() if r.part_id != row.part_id])

    def save(self) -> None:
        parts = tuple((p.part_id, p.quantity) for p in self.parts_model.rows())
        labour = self.labour.value()
        command: AddCannedJob | UpdateCannedJob
        if self.editing is None:
            command = AddCannedJob(self.name.text(), labour, self.man_day.value(), parts)  # type: ignore[arg-type]
        else:
            command = UpdateCannedJob(self.editing, self.name.text(), labour, self.man_day.value(), parts)  # type: ignore[arg-type]
        self.save_button.setEnabled(False)
        self.runner.submit(command, on_done=lambda _r: self._saved(command.name), on_error=self._refused)

    def _saved(self, name: str) -> None:
        self.save_button.setEnabled(True)
        self.message.show_message("success", self.tr("{name} saved").format(name=name.strip()), "")
        self.refresh()

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.show_message("error", self.tr("Not saved"), describe(exc))


def canned_choice(row: CannedJobRow) -> str:
    """How a menu job reads in a picker: name, labour, parts total, and the parts short on the shelf."""
    text = QCoreApplication.translate("CannedJobs", "{name} — labour {labour}, parts {parts}").format(
        name=row.name, labour=fmt.money(row.labour), parts=fmt.money(row.parts_total)
    )
    short = short_text(row)
    return f"{text}  ⚠ {short}" if short else text


def ask_canned_job(rows: list[CannedJobRow], parent: QWidget | None) -> CannedJobRow | None:
    """Which menu job to add to the job in work; None when cancelled."""
    if not rows:
        return None
    choices = [canned_choice(r) for r in rows]
    text, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("CannedJobs", "Add a standard job"),
        QCoreApplication.translate("CannedJobs", "Its labour goes on the bill and its parts are requested:"),
        choices,
        0,
        False,
    )
    return rows[choices.index(text)] if ok and text in choices else None
