"""The till's dialogs: take a payment (cash gives change), void by credit note, refund by method.

Each dialog checks what it would send with the domain's own rules (the tender
plan, the commands' checks, the refund limit) and shows their refusal inline.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.commands import RecordPayment, RecordRefund, VoidInvoice
from domain.common.fields import Field, field_of
from domain.errors import Conflict, DomainError
from domain.reception.commands import MAX_REASON, PAYMENT_METHODS
from domain.reception.model import check_refund_amount
from domain.reception.till import TenderPlan, plan_tender
from ui import fmt
from ui.domain_text import text_of
from ui.till.models import method_label
from ui.widgets import FieldError, MoneyEdit, button, dialog_keys, label, set_invalid, with_key


def _buttons(dialog: QDialog, ok_text: str, kind: str) -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    row = QHBoxLayout()
    row.addStretch(1)
    # A literal context: lupdate cannot see the class behind `dialog.tr`, and the button stayed English.
    cancel = button(QCoreApplication.translate("TillDialog", "Cancel"), size="large")
    ok = button(ok_text, kind, "large")
    ok.setDefault(True)
    row.addWidget(cancel)
    row.addWidget(ok)
    cancel.clicked.connect(dialog.reject)
    return row, cancel, ok


class PaymentDialog(QDialog):
    """What the customer hands over: card and transfer exactly, cash tendered (the excess is change)."""

    def __init__(self, invoice_no: str, who: str, balance: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.invoice_no = invoice_no
        self.balance = balance
        self.setWindowTitle(self.tr("Take payment — {no}").format(no=invoice_no))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(label(who, "Muted"))
        self.due = label(self.tr("Balance due {amount}").format(amount=fmt.money(balance)), "SectionTitle")
        layout.addWidget(self.due)
        form = QFormLayout()
        self.card = MoneyEdit()
        self.transfer = MoneyEdit()
        self.cash = MoneyEdit()
        form.addRow(self.tr("Card"), self.card)
        form.addRow(self.tr("Transfer"), self.transfer)
        form.addRow(self.tr("Cash tendered"), self.cash)
        layout.addLayout(form)
        quick = QHBoxLayout()
        self.all_card = button(self.tr("All by card"))
        self.all_transfer = button(self.tr("All by transfer"))
        self.exact_cash = button(self.tr("Exact cash"))
        for b in (self.all_card, self.all_transfer, self.exact_cash):
            quick.addWidget(b)
        layout.addLayout(quick)
        self.summary = label("", "Muted", wrap=True)
        layout.addWidget(self.summary)
        self.change = label("", "KpiValue")
        layout.addWidget(self.change)
        self.error = FieldError()
        layout.addWidget(self.error)
        row, self.cancel_button, self.take_button = _buttons(self, self.tr("Take payment"), "primary")
        layout.addLayout(row)
        self.take_button.clicked.connect(self._take)
        self.all_card.clicked.connect(lambda: self._only(self.card))
        self.all_transfer.clicked.connect(lambda: self._only(self.transfer))
        self.exact_cash.clicked.connect(lambda: self._only(self.cash))
        for field in (self.card, self.transfer, self.cash):
            field.textChanged.connect(lambda _t: self._update())
        self._plan: TenderPlan | None = None
        self._update()
        dialog_keys(self, self.take_button, self.cancel_button, self.card)

    def _only(self, field: MoneyEdit) -> None:
        for other in (self.card, self.transfer, self.cash):
            other.set_value(self.balance if other is field else None)
        field.setFocus()

    def _update(self) -> None:
        self._plan, problem = None, ""
        inputs = {"card": self.card, "transfer": self.transfer, "cash": self.cash}
        amounts = {name: field.value() for name, field in inputs.items()}
        marked: list[MoneyEdit] = []
        bad = [f for f in inputs.values() if f.text().strip() and f.value() is None]
        if bad:
            problem, marked = self.tr("Enter whole won amounts only."), bad
        elif any(amounts.values()):
            try:
                planned = plan_tender(
                    self.balance, amounts["card"] or 0, amounts["transfer"] or 0, amounts["cash"] or 0
                )
                for tender in planned.payments:  # each is recorded by its own command: it must pass it
                    RecordPayment(self.invoice_no, tender.amount, tender.method).validated()
                self._plan = planned
            except DomainError as exc:
                problem = text_of(exc)
                named = _TENDER_INPUTS.get(field_of(exc))
                if named is not None:
                    marked = [inputs[named]]
                elif isinstance(exc, Conflict):  # card and transfer do not fit the balance
                    marked = [f for f in (self.card, self.transfer) if f.value()]
        for field in inputs.values():
            set_invalid(field, field in marked)
        self.error.set_error(problem)
        plan = self._plan
        if plan is None:
            self.summary.setText("")
            self.change.setText("")
            self.take_button.setEnabled(False)
            return
        parts = " + ".join(f"{method_label(p.method)} {fmt.money(p.amount)}" for p in plan.payments)
        left = self.balance - plan.total
        self.summary.setText(
            self.tr("Recorded: {parts}. Left to pay after this: {left}.").format(parts=parts, left=fmt.money(left))
        )
        self.change.setText(self.tr("Change {amount}").format(amount=fmt.money(plan.change)) if plan.change else "")
        self.take_button.setText(with_key(self.tr("Take {amount}").format(amount=fmt.money(plan.total)), "Enter"))
        self.take_button.setEnabled(True)

    def _take(self) -> None:
        if self._plan is not None:
            self.accept()

    def plan(self) -> TenderPlan | None:
        """The payments to record and the change to give, once the amounts make sense."""
        return self._plan


#: The payment dialog's input for each field the tender plan names.
_TENDER_INPUTS = {
    Field.CARD_AMOUNT.code: "card",
    Field.TRANSFER_AMOUNT.code: "transfer",
    Field.CASH_TENDERED.code: "cash",
}


class VoidDialog(QDialog):
    """Cancel an issued invoice in full by a credit note; the command requires a reason."""

    def __init__(self, invoice_no: str, paid: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.invoice_no = invoice_no
        self.setWindowTitle(self.tr("Void invoice {no}").format(no=invoice_no))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        text = self.tr(
            "A credit note will cancel invoice {no} in full. An issued invoice is never changed: "
            "if the work is billed again, a new invoice is issued."
        ).format(no=invoice_no)
        if paid:
            text += " " + self.tr("The customer paid {amount}; record the refund afterwards.").format(
                amount=fmt.money(paid)
            )
        layout.addWidget(label(text, wrap=True))
        self.reason = QLineEdit(placeholderText=self.tr("Why is it voided? (printed on the credit note)"))
        self.reason.setMaxLength(MAX_REASON)
        layout.addWidget(self.reason)
        self.error = FieldError()
        layout.addWidget(self.error)
        row, self.cancel_button, self.void_button = _buttons(self, self.tr("Void invoice"), "confirm")
        layout.addLayout(row)
        self.void_button.clicked.connect(self._void)
        dialog_keys(self, self.void_button, self.cancel_button, self.reason)

    def _void(self) -> None:
        problems = VoidInvoice(self.invoice_no, self.reason.text()).problems()
        if problems:
            self.error.set_error(text_of(problems[0]))
            set_invalid(self.reason, True)
            return
        self.accept()

    def reason_text(self) -> str:
        return self.reason.text().strip()


class RefundDialog(QDialog):
    """Give back money paid on a voided invoice, by the method it goes back by."""

    def __init__(self, invoice_no: str, refundable: int, method: str = "cash", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.invoice_no = invoice_no
        self.refundable = refundable
        self.setWindowTitle(self.tr("Refund on {no}").format(no=invoice_no))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(self.tr("Still to give back: {amount}").format(amount=fmt.money(refundable)), "SectionTitle")
        )
        form = QFormLayout()
        self.amount = MoneyEdit()
        self.amount.set_value(refundable)
        self.method = QComboBox()
        for m in PAYMENT_METHODS:
            self.method.addItem(method_label(m), m)
        self.method.setCurrentIndex(max(0, self.method.findData(method)))
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Given back by"), self.method)
        layout.addLayout(form)
        self.error = FieldError()
        layout.addWidget(self.error)
        row, self.cancel_button, self.refund_button = _buttons(self, self.tr("Record refund"), "warning")
        layout.addLayout(row)
        self.refund_button.clicked.connect(self._refund)
        dialog_keys(self, self.refund_button, self.cancel_button, self.amount)
        self.amount.selectAll()

    def _refund(self) -> None:
        amount, method = self.values()
        try:
            RecordRefund(self.invoice_no, amount, method).validated()
            check_refund_amount(self.invoice_no, amount, self.refundable)
        except DomainError as exc:
            self.error.set_error(text_of(exc))
            set_invalid(self.amount, True)
            return
        self.accept()

    def values(self) -> tuple[Any, str]:
        """The amount (None when blank: the command says it is required) and the method."""
        return self.amount.value(), str(self.method.currentData())
