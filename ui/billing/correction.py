"""재발행: correct an issued invoice in one step, from the till (CorrectInvoice; a manager's command).

The dialog shows the invoice's labour and discount lines to change; the part
lines carry over as they are. It asks for the reason, printed on the credit
note. Discounts are given in won on the whole bill (a percentage or a
discount on one line is restated as the won it came to).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.queries import InvoiceView
from domain.commands import CorrectInvoice
from ui.domain_text import text_of
from ui.widgets import FieldError, button, dialog_keys, label, set_invalid

MAX_REASON = 200


class CorrectionDialog(QDialog):
    """The new invoice's labour and discounts, and why (the command checks everything again)."""

    def __init__(self, view: InvoiceView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.invoice_no = view.invoice_no
        self.setWindowTitle(self.tr("Reissue invoice {no}").format(no=view.invoice_no))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "A credit note cancels invoice {no} and a new invoice is issued for the same job with the "
                    "lines below; the parts carry over. What was paid counts on the new invoice."
                ).format(no=view.invoice_no),
                wrap=True,
            )
        )
        self.lines = QTableWidget(0, 3)
        self.lines.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Description"), self.tr("Amount (won)")])
        self.lines.horizontalHeader().setStretchLastSection(True)
        for line in view.lines:
            if line.kind == "labour":
                self.add_row("labour", line.name, line.amount)
            elif line.kind == "discount":
                self.add_row("discount", line.name, -line.amount)
        layout.addWidget(self.lines, 1)
        rows = QHBoxLayout()
        self.add_labour_button = button(self.tr("Add labour"))
        self.add_discount_button = button(self.tr("Add discount"))
        self.remove_button = button(self.tr("Remove line"), "danger")
        for b in (self.add_labour_button, self.add_discount_button, self.remove_button):
            rows.addWidget(b)
        rows.addStretch(1)
        layout.addLayout(rows)
        self.reason = QLineEdit(placeholderText=self.tr("Why is it reissued? (printed on the credit note)"))
        self.reason.setMaxLength(MAX_REASON)
        layout.addWidget(self.reason)
        self.error = FieldError()
        layout.addWidget(self.error)
        ok_row = QHBoxLayout()
        ok_row.addStretch(1)
        self.cancel_button = button(self.tr("Cancel"), size="large")
        self.reissue_button = button(self.tr("Reissue (재발행)"), "confirm", "large")
        self.reissue_button.setDefault(True)
        ok_row.addWidget(self.cancel_button)
        ok_row.addWidget(self.reissue_button)
        layout.addLayout(ok_row)
        self.cancel_button.clicked.connect(self.reject)
        self.reissue_button.clicked.connect(self._reissue)
        dialog_keys(self, self.reissue_button, self.cancel_button, self.lines)  # the lines are what changes
        self.add_labour_button.clicked.connect(lambda: self.add_row("labour", "", 0))
        self.add_discount_button.clicked.connect(lambda: self.add_row("discount", "", 0))
        self.remove_button.clicked.connect(self._remove_row)

    def add_row(self, kind: str, description: str, amount: int) -> None:
        n = self.lines.rowCount()
        self.lines.insertRow(n)
        shown = QTableWidgetItem(self.tr("Labour") if kind == "labour" else self.tr("Discount"))
        shown.setData(Qt.ItemDataRole.UserRole, kind)
        shown.setFlags(shown.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.lines.setItem(n, 0, shown)
        self.lines.setItem(n, 1, QTableWidgetItem(description))
        self.lines.setItem(n, 2, QTableWidgetItem(f"{amount:,}"))

    def _remove_row(self) -> None:
        row = self.lines.currentRow()
        if row >= 0:
            self.lines.removeRow(row)

    def command(self) -> CorrectInvoice:
        """The CorrectInvoice these rows and the reason make (an amount that is not a number is sent as typed)."""
        labour: list[tuple[str, object]] = []
        discounts: list[tuple[str, object]] = []
        for n in range(self.lines.rowCount()):
            kind = self._cell(n, 0).data(Qt.ItemDataRole.UserRole)
            description, raw = self._cell(n, 1).text(), self._cell(n, 2).text()
            typed = raw.replace(",", "").replace("원", "").strip()
            amount: object = int(typed) if typed.lstrip("-").isdigit() else raw
            (labour if kind == "labour" else discounts).append((description, amount))
        return CorrectInvoice(self.invoice_no, self.reason.text(), tuple(labour), tuple(discounts))  # type: ignore[arg-type]

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.lines.item(row, column)
        if item is None:  # a cell never typed in
            item = QTableWidgetItem("")
            self.lines.setItem(row, column, item)
        return item

    def _reissue(self) -> None:
        problems = self.command().problems()
        if problems:
            self.error.set_error(text_of(problems[0]))
            set_invalid(self.reason, not self.reason.text().strip())
            return
        self.accept()
