"""The manager's audit screen: every event with who gave it, filtered, and exported as CSV.

Filters: the user (name), a date range, a receipt number, an invoice number, a
car number (any part). The rows are `shop.audit`'s, read on the reader thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.files import restrict_to_owner
from app.users.audit import AuditRow, audit_csv, audit_rows, has_audit_entries
from domain.users.model import Role
from ui.domain_text import text_of
from ui.event_names import event_label
from ui.models.base import Column, RowTableModel
from ui.tr import QT_TRANSLATE_NOOP
from ui.widgets import EmptyState, button, card, label, table

if TYPE_CHECKING:
    from ui.runner import CommandRunner

AUDIT_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "When"), lambda r: r.at.replace("T", " ")[:19]),
    Column(QT_TRANSLATE_NOOP("Columns", "Who"), lambda r: r.actor, bold=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Role"), lambda r: text_of(Role(r.role).label) if r.role else ""),
    Column(QT_TRANSLATE_NOOP("Columns", "Terminal"), lambda r: r.terminal),
    Column(QT_TRANSLATE_NOOP("Columns", "Event"), lambda r: event_label(r.event)),
    Column(QT_TRANSLATE_NOOP("Columns", "Receipt"), lambda r: "" if r.receipt_id is None else str(r.receipt_id)),
    Column(QT_TRANSLATE_NOOP("Columns", "Invoice"), lambda r: r.invoice_no),
    Column(QT_TRANSLATE_NOOP("Columns", "Car number"), lambda r: r.car_number),
]


class AuditModel(RowTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(AUDIT_COLUMNS, key=lambda r: (r.at, r.event, r.actor, r.receipt_id), parent=parent)


class AuditScreen(QWidget):
    def __init__(self, runner: CommandRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.rows: list[AuditRow] = []
        self.model = AuditModel(self)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        frame, box = card(self)
        box.addWidget(label(self.tr("Audit trail: who did what, where and when"), "H2"))
        grid = QGridLayout()
        self.user = QLineEdit(self)
        self.user.setPlaceholderText(self.tr("User name"))
        self.receipt = QLineEdit(self)
        self.receipt.setPlaceholderText(self.tr("Receipt no."))
        self.invoice = QLineEdit(self)
        self.invoice.setPlaceholderText(self.tr("Invoice no."))
        self.car = QLineEdit(self)
        self.car.setPlaceholderText(self.tr("Car number"))
        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-30), self)
        self.until = QDateEdit(today, self)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.apply = button(self.tr("Show"), "primary")
        self.export = button(self.tr("Export CSV…"))
        grid.addWidget(self.user, 0, 0)
        grid.addWidget(self.receipt, 0, 1)
        grid.addWidget(self.invoice, 0, 2)
        grid.addWidget(self.car, 0, 3)
        grid.addWidget(label(self.tr("From"), "Muted"), 1, 0)
        grid.addWidget(self.since, 1, 1)
        grid.addWidget(label(self.tr("To"), "Muted"), 1, 2)
        grid.addWidget(self.until, 1, 3)
        grid.addWidget(self.apply, 0, 4)
        grid.addWidget(self.export, 1, 4)
        box.addLayout(grid)
        self.count = label("", "Muted")
        box.addWidget(self.count)
        outer.addWidget(frame)
        self.view = table(self.model, self)
        outer.addWidget(self.view, 1)
        self.empty = EmptyState(parent=self)
        outer.addWidget(self.empty)

    def _connect_signals(self) -> None:
        self.apply.clicked.connect(self.reload)
        self.export.clicked.connect(self.export_csv)
        for edit in (self.user, self.receipt, self.invoice, self.car):
            edit.returnPressed.connect(self.reload)

    def filters(self) -> dict[str, Any]:
        receipt = self.receipt.text().strip()
        return {
            "user": self.user.text().strip() or None,
            "receipt_id": int(receipt) if receipt.isdigit() else None,
            "since": self.since.date().toString("yyyy-MM-dd"),
            "until": self.until.date().toString("yyyy-MM-dd"),
            "invoice_no": self.invoice.text().strip() or None,
            "car_number": self.car.text().strip() or None,
        }

    def reload(self) -> None:
        filters = self.filters()

        def read(conn: Any) -> tuple[list[AuditRow], bool]:
            rows = audit_rows(conn, **filters)
            return rows, bool(rows) or has_audit_entries(conn)

        self.runner.read(read, on_done=lambda found: self._show(*found))

    def _show(self, rows: list[AuditRow], any_entry: bool = True) -> None:
        self.rows = rows
        self.model.reset_rows(rows)
        self.count.setText(self.tr("{n} events").format(n=f"{len(rows):,}"))
        if not any_entry:
            text = self.tr("No audit entries yet. Every command given on a terminal appears here, with who gave it.")
        else:
            text = self.tr(
                "No event matches the filter. Change the name, numbers or dates above and press Enter to show again."
            )
        self.empty.show_if(not rows, text)

    def export_csv(self) -> Path | None:
        """Write the rows shown to a CSV file the manager picks; returns its path (None when cancelled)."""
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit trail"), "audit.csv", "CSV (*.csv)")
        if not chosen:
            return None
        path = Path(chosen)
        path.write_text(audit_csv(self.rows), encoding="utf-8-sig")  # utf-8-sig: Excel reads the Hangul
        restrict_to_owner(path)  # who did what in the shop: for the manager's eyes
        self.count.setText(self.tr("{n} events exported to {path}").format(n=f"{len(self.rows):,}", path=path.name))
        return path
