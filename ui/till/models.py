"""Table models of the till: invoices with what is owed, an invoice's money, a day's totals by method."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from app.reception.till import TillInvoiceRow
from domain.billing.day import MethodTotals
from domain.reception.model import InvoiceStatus, Settlement, settlement_of
from ui import fmt
from ui.models.base import RIGHT, Column, RowTableModel

OWED = QColor("#B91C1C")
PAID = QColor("#15803D")
VOID = QColor("#64748B")
REFUND = QColor("#B45309")

METHOD_LABELS = {
    "cash": str(QT_TRANSLATE_NOOP("Till", "Cash")),
    "card": str(QT_TRANSLATE_NOOP("Till", "Card")),
    "transfer": str(QT_TRANSLATE_NOOP("Till", "Transfer")),
}

STATE_LABELS = {
    "owed": str(QT_TRANSLATE_NOOP("Till", "Owed")),
    "paid": str(QT_TRANSLATE_NOOP("Till", "Paid")),
    "voided": str(QT_TRANSLATE_NOOP("Till", "Voided")),
    "refund": str(QT_TRANSLATE_NOOP("Till", "Refund due")),
}


def method_label(method: str) -> str:
    text = METHOD_LABELS.get(method)
    return QCoreApplication.translate("Till", text) if text else method


def state_of(row: TillInvoiceRow) -> Settlement:
    return settlement_of(row.status != InvoiceStatus.ISSUED, row.balance, row.refundable)


def state_label(state: str) -> str:
    return QCoreApplication.translate("Till", STATE_LABELS[state])


def state_colour(state: str) -> QColor:
    return {"owed": OWED, "paid": PAID, "voided": VOID, "refund": REFUND}[state]


def _due(row: TillInvoiceRow) -> int:
    """What still has to change hands: owed by the customer, or owed back to them (one is always 0)."""
    return row.balance + row.refundable


class TillInvoicesModel(RowTableModel):
    """Invoices at the desk, newest first: who, what car, how much, and what is still to settle."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(str(QT_TRANSLATE_NOOP("Columns", "Invoice")), lambda r: r.invoice_no, bold=True),
                Column(str(QT_TRANSLATE_NOOP("Columns", "Customer")), lambda r: r.customer_name),
                Column(str(QT_TRANSLATE_NOOP("Columns", "Car number")), lambda r: r.car_number),
                Column(
                    str(QT_TRANSLATE_NOOP("Columns", "Total")), lambda r: fmt.money(r.total), lambda r: r.total, RIGHT
                ),
                Column(
                    str(QT_TRANSLATE_NOOP("Columns", "To settle")),
                    lambda r: fmt.money(_due(r)) if _due(r) else "",
                    _due,
                    RIGHT,
                    foreground=lambda r: state_colour(state_of(r)),
                    bold=True,
                ),
                Column(
                    str(QT_TRANSLATE_NOOP("Columns", "State")),
                    lambda r: state_label(state_of(r)),
                    foreground=lambda r: state_colour(state_of(r)),
                ),
            ],
            key=lambda r: r.invoice_no,
            parent=parent,
        )


@dataclass(frozen=True)
class MoneyLine:
    """A payment taken or a refund given, as the invoice's money list shows it."""

    key: str
    recorded_at: str
    kind: str  # payment / refund
    method: str
    amount: int
    actor: str


class MoneyLinesModel(RowTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(str(QT_TRANSLATE_NOOP("Columns", "When")), lambda r: fmt.short_time(r.recorded_at)),
                Column(
                    str(QT_TRANSLATE_NOOP("Columns", "What")),
                    lambda r: (
                        QCoreApplication.translate("Till", "Refund")
                        if r.kind == "refund"
                        else QCoreApplication.translate("Till", "Payment")
                    ),
                ),
                Column(str(QT_TRANSLATE_NOOP("Columns", "Method")), lambda r: method_label(r.method)),
                Column(
                    str(QT_TRANSLATE_NOOP("Columns", "Amount")),
                    lambda r: fmt.money(-r.amount if r.kind == "refund" else r.amount),
                    lambda r: r.amount,
                    RIGHT,
                    foreground=lambda r: REFUND if r.kind == "refund" else None,
                ),
                Column(str(QT_TRANSLATE_NOOP("Columns", "By")), lambda r: r.actor),
            ],
            key=lambda r: r.key,
            parent=parent,
        )


class MethodTotalsModel(RowTableModel):
    """A day's money by payment method, and a total row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    str(QT_TRANSLATE_NOOP("Columns", "Method")),
                    lambda r: method_label(r.method) if r.method else QCoreApplication.translate("Till", "Total"),
                    bold=True,
                ),
                Column(
                    str(QT_TRANSLATE_NOOP("Columns", "Payments")),
                    lambda r: f"{fmt.money(r.payments)}  ({r.payment_count:,})",
                    lambda r: r.payments,
                    RIGHT,
                ),
                Column(
                    str(QT_TRANSLATE_NOOP("Columns", "Refunds")),
                    lambda r: f"{fmt.money(-r.refunds)}  ({r.refund_count:,})",
                    lambda r: r.refunds,
                    RIGHT,
                ),
                Column(
                    str(QT_TRANSLATE_NOOP("Columns", "Net")),
                    lambda r: fmt.money(r.net),
                    lambda r: r.net,
                    RIGHT,
                    bold=True,
                ),
            ],
            key=lambda r: r.method,
            parent=parent,
        )

    def set_methods(self, methods: tuple[MethodTotals, ...]) -> None:
        total = MethodTotals(
            "",
            sum(m.payment_count for m in methods),
            sum(m.payments for m in methods),
            sum(m.refund_count for m in methods),
            sum(m.refunds for m in methods),
        )
        self.set_rows([*methods, total])
