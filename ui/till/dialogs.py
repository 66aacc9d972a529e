"""The till's dialogs: take a payment (cash gives change), void by credit note, refund by method."""

from __future__ import annotations

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

from domain.errors import DomainError
from domain.reception.commands import PAYMENT_METHODS
from domain.reception.till import TenderPlan, plan_tender
from ui import fmt
from ui.domain_text import translate_domain_message
from ui.till.models import method_label
from ui.widgets import FieldError, MoneyEdit, button, label, set_invalid


def _buttons(dialog: QDialog, ok_text: str, kind: str) -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    row = QHBoxLayout()
    row.addStretch(1)
    cancel = button(dialog.tr("Cancel"), size="large")
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

    def _only(self, field: MoneyEdit) -> None:
        for other in (self.card, self.transfer, self.cash):
            other.set_value(self.balance if other is field else None)
        field.setFocus()

    def _update(self) -> None:
        self._plan, problem = None, ""
        amounts = {
            name: field.value()
            for name, field in (("card", self.card), ("transfer", self.transfer), ("cash", self.cash))
        }
        bad = [f for f in (self.card, self.transfer, self.cash) if f.text().strip() and f.value() is None]
        if bad:
            problem = self.tr("Enter whole won amounts only.")
        elif any(amounts.values()):
            try:
                self._plan = plan_tender(
                    self.balance, amounts["card"] or 0, amounts["transfer"] or 0, amounts["cash"] or 0
                )
            except DomainError as exc:
                problem = translate_domain_message(exc.message)
        for field in (self.card, self.transfer):
            set_invalid(field, bool(problem) and bool(field.value()))
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
        self.take_button.setText(self.tr("Take {amount}").format(amount=fmt.money(plan.total)))
        self.take_button.setEnabled(True)

    def _take(self) -> None:
        if self._plan is not None:
            self.accept()

    def plan(self) -> TenderPlan | None:
        """The payments to record and the change to give, once the amounts make sense."""
        return self._plan


class VoidDialog(QDialog):
    """Cancel an issued invoice in full by a credit note; a reason is required."""

    def __init__(self, invoice_no: str, paid: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.reason.setMaxLength(200)
        layout.addWidget(self.reason)
        self.error = FieldError()
        layout.addWidget(self.error)
        row, self.cancel_button, self.void_button = _buttons(self, self.tr("Void invoice"), "confirm")
        layout.addLayout(row)
        self.void_button.clicked.connect(self._void)

    def _void(self) -> None:
        if not self.reason.text().strip():
            self.error.set_error(self.tr("Enter the reason; it is printed on the credit note."))
            set_invalid(self.reason, True)
            return
        self.accept()

    def reason_text(self) -> str:
        return self.reason.text().strip()


class RefundDialog(QDialog):
    """Give back money paid on a voided invoice, by the method it goes back by."""

    def __init__(self, invoice_no: str, refundable: int, method: str = "cash", parent: QWidget | None = None) -> None:
        super().__init__(parent)
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

    def _refund(self) -> None:
        amount = self.amount.value()
        if not amount:
            self.error.set_error(self.tr("Enter the amount given back, in won."))
        elif amount > self.refundable:
            self.error.set_error(
                self.tr("At most {amount} can be given back.").format(amount=fmt.money(self.refundable))
            )
        else:
            self.accept()
            return
        set_invalid(self.amount, True)

    def values(self) -> tuple[int, str]:
        return self.amount.value() or 0, str(self.method.currentData())
