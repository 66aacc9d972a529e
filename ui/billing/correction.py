"""재발행: correct an issued invoice in one step, from the till (CorrectInvoice; a manager's command).

The dialog shows the invoice's lines as they are, numbered as the new invoice
will number them (labour, then parts, then discounts): the labour and discount
lines to change, the part lines (which carry over as they are) for reference.
A discount stays what it was: on its line or on the whole bill, in won or in
percent. It asks for the reason, printed on the credit note, and sends the
lines as shown.
"""

from __future__ import annotations

from itertools import count

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
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
NO, KIND, DESCRIPTION, AMOUNT, PERCENT, ON_LINE = range(6)
KIND_ROLE = Qt.ItemDataRole.UserRole  # on the Kind cell: "labour", "part" or "discount"
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # on the Kind cell: the row's own key (what a discount points at)
WHOLE_BILL = 0  # the On line key of a discount on the whole bill
ORDER = {"labour": 0, "part": 1, "discount": 2}


def _won(raw: str) -> object:
    """A typed amount: blank is 0, '80,000' or '80,000원' the number; anything else as typed (the command says why)."""
    typed = raw.replace(",", "").replace("원", "").strip()
    if not typed:
        return 0
    return int(typed) if typed.lstrip("-").isdigit() else raw


class CorrectionDialog(QDialog):
    """The new invoice's lines, and why (the command checks everything again)."""

    def __init__(self, view: InvoiceView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.invoice_no = view.invoice_no
        self._keys = count(1)
        self.setWindowTitle(self.tr("Reissue invoice {no}").format(no=view.invoice_no))
        self.setMinimumWidth(720)
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
        self.lines = QTableWidget(0, 6)
        self.lines.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Kind"),
                self.tr("Description"),
                self.tr("Amount (won)"),
                self.tr("Percent (%)"),
                self.tr("On line"),
            ]
        )
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column in (NO, KIND, AMOUNT, PERCENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.lines.setColumnWidth(ON_LINE, 180)
        self.lines.verticalHeader().setVisible(False)
        self.lines.verticalHeader().setDefaultSectionSize(max(34, QComboBox().sizeHint().height() + 4))
        self.lines.setMinimumHeight(260)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._fill(view)
        self.lines.itemChanged.connect(self._changed)
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
        self.add_labour_button.clicked.connect(lambda: self._edit_new(self.add_labour("", 0)))
        self.add_discount_button.clicked.connect(lambda: self._edit_new(self.add_discount("", 0, "", WHOLE_BILL)))
        self.remove_button.clicked.connect(self._remove_row)

    # -- the rows ------------------------------------------------------------------------
    def _fill(self, view: InvoiceView) -> None:
        key_of: dict[int, int] = {}  # the old invoice's line number -> the row's key
        for line in view.lines:
            if line.kind == "labour":
                key_of[line.line_no] = self.add_labour(line.description, line.amount)
            elif line.kind == "part":
                key_of[line.line_no] = self._add_part(line.part_code, line.name, line.quantity, line.amount)
        for line in view.lines:
            if line.kind == "discount":
                percent = line.percent if line.percent not in ("", "0") else ""
                won = 0 if percent else -line.amount
                self.add_discount(line.description, won, percent, key_of.get(line.on_line, WHOLE_BILL))

    def add_labour(self, description: str, amount: int) -> int:
        """A labour row after the last one; its key."""
        row = self._insert("labour")
        self._set(row, DESCRIPTION, description)
        self._set(row, AMOUNT, f"{amount:,}" if amount else "")
        self._set(row, PERCENT, "", editable=False)
        self._set(row, ON_LINE, "", editable=False)
        self._renumber()
        return self._key(row)

    def add_discount(self, description: str, amount: int, percent: str, on_key: int) -> int:
        """A discount row at the end: `amount` won or `percent` %, on the row keyed `on_key` or the whole bill."""
        row = self._insert("discount")
        self._set(row, DESCRIPTION, description)
        self._set(row, AMOUNT, f"{amount:,}" if amount else "")
        self._set(row, PERCENT, percent)
        self._set(row, ON_LINE, "", editable=False)
        combo = QComboBox()
        combo.setProperty("target", on_key)
        combo.currentIndexChanged.connect(lambda _i, c=combo: c.setProperty("target", c.currentData()))
        self.lines.setCellWidget(row, ON_LINE, combo)
        self._renumber()
        return self._key(row)

    def _add_part(self, code: str, name: str, quantity: int, amount: int) -> int:
        row = self._insert("part")
        self._set(row, DESCRIPTION, f"{code} {name} × {quantity:,}".strip(), editable=False)
        self._set(row, AMOUNT, f"{amount:,}", editable=False)
        self._set(row, PERCENT, "", editable=False)
        self._set(row, ON_LINE, "", editable=False)
        for column in range(self.lines.columnCount()):
            cell = self.lines.item(row, column)
            if cell is not None:
                cell.setForeground(self.palette().placeholderText())
                cell.setToolTip(self.tr("Parts carry over as they are."))
        self._renumber()
        return self._key(row)

    def _insert(self, kind: str) -> int:
        """A new row of `kind` after the last row of its kind (labour, then parts, then discounts)."""
        row = sum(1 for n in range(self.lines.rowCount()) if ORDER[self.kind(n)] <= ORDER[kind])
        self.lines.blockSignals(True)
        self.lines.insertRow(row)
        shown = QTableWidgetItem(
            {"labour": self.tr("Labour"), "part": self.tr("Part"), "discount": self.tr("Discount")}[kind]
        )
        shown.setData(KIND_ROLE, kind)
        shown.setData(KEY_ROLE, next(self._keys))
        shown.setFlags(shown.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.lines.setItem(row, KIND, shown)
        self._set(row, NO, "", editable=False)
        self.lines.blockSignals(False)
        return row

    def _set(self, row: int, column: int, text: str, *, editable: bool = True) -> None:
        item = QTableWidgetItem(text)
        if not editable:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        if column in (NO, AMOUNT, PERCENT):
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.lines.blockSignals(True)
        self.lines.setItem(row, column, item)
        self.lines.blockSignals(False)

    def kind(self, row: int) -> str:
        return str(self._cell(row, KIND).data(KIND_ROLE))

    def _key(self, row: int) -> int:
        return int(self._cell(row, KIND).data(KEY_ROLE))

    def _row_of(self, key: int) -> int:
        return next(n for n in range(self.lines.rowCount()) if self._key(n) == key)

    def on_line(self, row: int) -> QComboBox:
        """The On line choice of discount row `row`."""
        combo = self.lines.cellWidget(row, ON_LINE)
        assert isinstance(combo, QComboBox)
        return combo

    def _changed(self, item: QTableWidgetItem) -> None:
        if item.column() == DESCRIPTION:
            self._renumber()  # the On line choices name the lines

    def _renumber(self) -> None:
        """Number the rows as the new invoice will (1, 2, …) and offer each charge to the discounts."""
        self.lines.blockSignals(True)
        charges: list[tuple[int, str]] = []
        for n in range(self.lines.rowCount()):
            self._cell(n, NO).setText(str(n + 1))
            if self.kind(n) != "discount":
                charges.append((self._key(n), f"{n + 1} · {self._cell(n, DESCRIPTION).text()}"))
        for n in range(self.lines.rowCount()):
            if self.kind(n) != "discount":
                continue
            combo = self.on_line(n)
            target = int(combo.property("target") or WHOLE_BILL)
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Whole bill"), WHOLE_BILL)
            for key, text in charges:
                combo.addItem(text, key)
            combo.setCurrentIndex(max(0, combo.findData(target)))
            combo.setProperty("target", combo.currentData())
            combo.blockSignals(False)
        self.lines.blockSignals(False)

    def _edit_new(self, key: int) -> None:
        row = self._row_of(key)
        self.lines.setCurrentCell(row, DESCRIPTION)
        self.lines.editItem(self._cell(row, DESCRIPTION))

    def _remove_row(self) -> None:
        row = self.lines.currentRow()
        if row < 0:
            return
        if self.kind(row) == "part":
            self.error.set_error(self.tr("Parts carry over as they are; they cannot be removed here."))
            return
        key = self._key(row)
        if any(
            self.kind(n) == "discount" and self.on_line(n).currentData() == key for n in range(self.lines.rowCount())
        ):
            self.error.set_error(
                self.tr("A discount is on line {no}: remove the discount or put it on another line first.").format(
                    no=row + 1
                )
            )
            return
        self.error.set_error("")
        self.lines.removeRow(row)
        self._renumber()

    # -- the command ---------------------------------------------------------------------
    def command(self) -> CorrectInvoice:
        """The CorrectInvoice these rows and the reason make (what is not a number is sent as typed).

        A discount's line is numbered as on the new invoice: its labour lines
        first, then the parts (the order the rows are shown in).
        """
        labour: list[tuple[str, object]] = []
        discounts: list[tuple[str, object, str, int]] = []
        number_of = {self._key(n): n + 1 for n in range(self.lines.rowCount()) if self.kind(n) != "discount"}
        for n in range(self.lines.rowCount()):
            kind = self.kind(n)
            description, amount = self._cell(n, DESCRIPTION).text(), _won(self._cell(n, AMOUNT).text())
            if kind == "labour":
                labour.append((description, amount))
            elif kind == "discount":
                percent = self._cell(n, PERCENT).text().strip() or "0"
                target = self.on_line(n).currentData()
                discounts.append((description, amount, percent, number_of.get(int(target or 0), 0)))
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
