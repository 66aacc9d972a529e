"""A job's bill on screen: its lines (labour, parts, discounts), and adding labour or a discount.

The bay adds labour to a started job; the desk adds labour and discounts, and
takes a labour or discount line off again, until the job is finished. Each
action is one command (AddLabour, AddDiscount, RemoveLine); its refusal is
shown inline in the terminal's language.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from app.billing.queries import BillLineRow, BillView, bill_of_job
from domain.commands import AddDiscount, AddLabour, RemoveLine
from ui import fmt
from ui.errors import describe
from ui.fit import FlowLayout
from ui.models.base import RIGHT, Column, RowTableModel
from ui.runner import CommandRunner
from ui.widgets import Banner, MoneyEdit, button, label, selected_row, table

KINDS = {
    "labour": str(QT_TRANSLATE_NOOP("Bill", "Labour")),
    "part": str(QT_TRANSLATE_NOOP("Bill", "Part")),
    "discount": str(QT_TRANSLATE_NOOP("Bill", "Discount")),
}


def _kind(row: BillLineRow) -> str:
    return QCoreApplication.translate("Bill", KINDS.get(row.kind, row.kind))


def _description(row: BillLineRow) -> str:
    text = row.description or QCoreApplication.translate("Bill", "Labour (the receipt's fare)")
    if row.kind == "discount" and row.percent != "0":
        text += f" · {row.percent}%"
    if row.kind == "part" and row.quantity != 1:
        text += f" × {row.quantity:,}"
    return text


class BillLinesModel(RowTableModel):
    """One row per line of a job's open bill (`app.billing.queries.bill_of_job`)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(str(QT_TRANSLATE_NOOP("Columns", "Kind")), _kind, bold=True),
                Column(str(QT_TRANSLATE_NOOP("Columns", "Description")), _description),
                Column(
                    str(QT_TRANSLATE_NOOP("Columns", "Amount")),
                    lambda r: fmt.money(r.amount),
                    lambda r: r.amount,
                    RIGHT,
                ),
                Column(str(QT_TRANSLATE_NOOP("Columns", "Added by")), lambda r: r.added_by),
            ],
            key=lambda r: r.line_id,
            parent=parent,
        )


class BillLinesPanel(QWidget):
    """The lines of the selected job's bill, with labour (and, at the desk, discounts) to add."""

    def __init__(
        self, runner: CommandRunner, *, discounts: bool, vat_rate: Decimal, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.discounts = discounts
        self.vat_rate = vat_rate
        self.job_id: int | None = None
        self.status = ""
        self.bill: BillView | None = None
        self._build()
        self._connect_signals()
        self.set_job(None, "")

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(8)
        root.addWidget(label(self.tr("Bill lines"), "SectionTitle"))
        self.model = BillLinesModel(self)
        self.view = table(self.model, row_height=36, stretch=1)
        self.view.setMinimumHeight(150)  # the fare, a line or two more and a discount, without scrolling
        root.addWidget(self.view, 1)
        self.sums = label("", "Muted")
        root.addWidget(self.sums)
        labour = QHBoxLayout()
        self.labour_text = QLineEdit(placeholderText=self.tr("Labour: what was done"))
        self.labour_amount = MoneyEdit()
        self.labour_amount.setMinimumWidth(130)  # ₩1,500,000 whole beside the text at 1024 px
        self.labour_button = button(self.tr("Add labour"), "primary")
        labour.addWidget(self.labour_text, 2)
        labour.addWidget(self.labour_amount, 1)
        labour.addWidget(self.labour_button)
        root.addLayout(labour)
        discount = FlowLayout()  # wraps on narrow screens (ui.fit)
        self.discount_text = QLineEdit(placeholderText=self.tr("Discount: why"))
        self.discount_text.setMinimumWidth(160)
        self.discount_amount = MoneyEdit()
        self.discount_amount.setMinimumWidth(130)
        self.discount_percent = QSpinBox(minimum=0, maximum=100, suffix=" %")
        self.discount_button = button(self.tr("Add discount"))
        self.remove_button = button(self.tr("Remove line"), "danger")
        for w in (self.discount_text, self.discount_amount, self.discount_percent, self.discount_button):
            discount.addWidget(w)
        discount.addWidget(self.remove_button)
        root.addLayout(discount)
        for w in (self.discount_text, self.discount_amount, self.discount_percent, self.discount_button):
            w.setVisible(self.discounts)
        self.remove_button.setVisible(self.discounts)
        self.outcome = Banner()
        root.addWidget(self.outcome)

    def _connect_signals(self) -> None:
        self.labour_button.clicked.connect(self.add_labour)
        self.discount_button.clicked.connect(self.add_discount)
        self.remove_button.clicked.connect(self.remove_line)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())

    # -- the job shown -------------------------------------------------------------------
    def set_job(self, job_id: int | None, status: str) -> None:
        changed = job_id != self.job_id
        self.job_id, self.status = job_id, status
        if changed:
            self.outcome.clear()
            self.model.set_rows([])
            self.bill = None
            self.sums.setText("")
        self._enable()
        self.reload()

    def reload(self) -> None:
        job_id = self.job_id
        if job_id is None:
            return
        self.runner.read(bill_of_job, job_id, self.vat_rate, on_done=lambda bill: self._show(job_id, bill))

    def _show(self, job_id: int, bill: BillView) -> None:
        if job_id != self.job_id:
            return
        self.bill = bill
        self.model.set_rows(list(bill.lines))
        self.sums.setText(
            self.tr("Subtotal {subtotal} · VAT {vat} · total {total}").format(
                subtotal=fmt.money(bill.subtotal), vat=fmt.money(bill.vat), total=fmt.money(bill.total)
            )
        )
        self._enable()

    def _enable(self) -> None:
        open_bill = self.job_id is not None and self.status in ("created", "started")
        self.labour_button.setEnabled(self.job_id is not None and self.status == "started")
        self.labour_text.setEnabled(self.labour_button.isEnabled())
        self.labour_amount.setEnabled(self.labour_button.isEnabled())
        for widget in (self.discount_text, self.discount_amount, self.discount_percent, self.discount_button):
            widget.setEnabled(open_bill)
        row: BillLineRow | None = selected_row(self.view)
        self.remove_button.setEnabled(open_bill and row is not None and row.removable)

    # -- the actions ---------------------------------------------------------------------
    def add_labour(self) -> None:
        if self.job_id is None:
            return
        command = AddLabour(self.job_id, self.labour_text.text(), self.labour_amount.value() or 0)
        self.runner.submit(command, on_done=lambda _id: self._done(self.tr("Labour added")), on_error=self._refused)

    def add_discount(self) -> None:
        if self.job_id is None:
            return
        command = AddDiscount(
            self.job_id,
            self.discount_text.text(),
            amount=self.discount_amount.value() or 0,
            percent=self.discount_percent.value(),
        )
        self.runner.submit(command, on_done=lambda _id: self._done(self.tr("Discount added")), on_error=self._refused)

    def remove_line(self) -> None:
        row: BillLineRow | None = selected_row(self.view)
        if row is None or not row.removable:
            return
        self.runner.submit(
            RemoveLine(row.line_id), on_done=lambda _r: self._done(self.tr("Line removed")), on_error=self._refused
        )

    def _done(self, title: str) -> None:
        self.outcome.show_message("success", title)
        for w in (self.labour_text, self.discount_text):
            w.clear()
        self.labour_amount.set_value(None)
        self.discount_amount.set_value(None)
        self.discount_percent.setValue(0)
        self.reload()

    def _refused(self, exc: BaseException) -> None:
        self.outcome.show_message("error", self.tr("Not done"), describe(exc))
