"""Till placeholder (계산): open balances and the selected invoice, shown when `ui.till` is not there.

The real till (payments, PDF preview, day close) lives in `ui.till`; this screen
only lists what is owed and shows an invoice, so the desk is never blind.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QTextBrowser, QWidget
from sqlalchemy import Connection

from app import till
from app.queries import InvoiceView
from domain.reception.model import InvoiceStatus, Settlement, settlement_of
from ui import fmt
from ui.errors import describe
from ui.feed import ShopFeed
from ui.models.tables import BalancesModel
from ui.runner import CommandRunner
from ui.widgets import Banner, Refresher, button, card, header_row, selected_row, table

INVOICE_EVENTS = {"BillIssued", "PaymentRecorded", "InvoiceVoided"}


def _open_balances(conn: Connection) -> list[tuple[str, str, str, int, int]]:
    """The till's open balances, oldest first, as the rows of BalancesModel."""
    return [
        (r.invoice_no, r.customer_name, r.car_number, r.total, r.balance) for r in reversed(till.open_balances(conn))
    ]


class InvoiceListScreen(QWidget):
    """What customers still owe, and any invoice by number."""

    def __init__(self, runner: CommandRunner, feed: ShopFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        self.runner = runner
        self.shop = runner.shop
        self.invoice: InvoiceView | None = None
        self._build()
        self._balances = Refresher(runner, lambda: self.shop.query(_open_balances), self._show_balances, self)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.number.returnPressed.connect(lambda: self.show_invoice(self.number.text().strip()))
        self.pdf_button.clicked.connect(self.open_pdf)
        feed.changed.connect(lambda types: self._balances.request() if types & INVOICE_EVENTS else None)

    def _build(self) -> None:
        root = QHBoxLayout(self)
        root.setContentsMargins(20, 16, 20, 16)
        root.setSpacing(16)
        left_card, left = card(self)
        left.addWidget(header_row(self.tr("Open balances"), self.tr("Invoices not yet paid in full.")))
        self.model = BalancesModel(self)
        self.view = table(self.model, stretch=1, row_height=36)
        left.addWidget(self.view, 1)
        self.number = QLineEdit(placeholderText=self.tr("Invoice number, then Enter"))
        left.addWidget(self.number)
        root.addWidget(left_card, 2)
        right_card, right = card(self)
        self.document = QTextBrowser()
        self.document.setOpenExternalLinks(False)
        right.addWidget(self.document, 1)
        self.message = Banner()
        right.addWidget(self.message)
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.pdf_button = button(self.tr("Open PDF"), "primary", "large")
        self.pdf_button.setEnabled(False)
        actions.addWidget(self.pdf_button)
        right.addLayout(actions)
        root.addWidget(right_card, 3)
        self.document.setHtml(f"<p style='color:#64748B'>{html.escape(self.tr('Select an invoice.'))}</p>")

    def _show_balances(self, rows: list[tuple[str, str, str, int, int]]) -> None:
        self.model.set_rows(rows)
        if self.invoice is None and rows:
            self.view.selectRow(0)

    def _selection_changed(self) -> None:
        row = selected_row(self.view)
        if row is not None:
            self.show_invoice(row[0])

    def show_invoice(self, invoice_no: str) -> None:
        if not invoice_no:
            return
        self.runner.read_call(self.shop.invoice, invoice_no, on_done=self._show, on_error=self._not_found)

    def _not_found(self, exc: BaseException) -> None:
        self.message.show_message("error", self.tr("No such invoice"), describe(exc))

    def _show(self, view: InvoiceView) -> None:
        self.invoice = view
        self.message.clear()
        self.pdf_button.setEnabled(True)
        self.document.setHtml(invoice_html(view))

    def open_pdf(self) -> None:
        if self.invoice is None:
            return
        self.pdf_button.setEnabled(False)
        self.runner.call(
            self.shop.invoice_pdf, self.invoice.invoice_no, on_done=self._pdf_ready, on_error=self._pdf_failed
        )

    def _pdf_ready(self, path: Path) -> None:
        self.pdf_button.setEnabled(True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _pdf_failed(self, exc: BaseException) -> None:
        self.pdf_button.setEnabled(True)
        self.message.show_message("error", self.tr("No PDF"), describe(exc))

    def refresh(self) -> None:
        self._balances.now()

    @property
    def busy(self) -> bool:
        return self._balances.busy


def invoice_html(view: InvoiceView) -> str:
    """The invoice as rich text for the screen (the PDF is the printed original)."""
    e = html.escape
    words = {
        "invoice": QCoreApplication.translate("InvoiceListScreen", "Invoice"),
        "item": QCoreApplication.translate("InvoiceListScreen", "Item"),
        "qty": QCoreApplication.translate("InvoiceListScreen", "Qty"),
        "unit": QCoreApplication.translate("InvoiceListScreen", "Unit price"),
        "amount": QCoreApplication.translate("InvoiceListScreen", "Amount"),
        "subtotal": QCoreApplication.translate("InvoiceListScreen", "Subtotal"),
        "vat": QCoreApplication.translate("InvoiceListScreen", "VAT"),
        "total": QCoreApplication.translate("InvoiceListScreen", "Total"),
        "paid": QCoreApplication.translate("InvoiceListScreen", "Paid"),
    }
    w = {k: e(v) for k, v in words.items()}
    settlement = settlement_of(view.status == InvoiceStatus.VOIDED, view.balance, 0)
    if settlement is Settlement.VOIDED:
        state = QCoreApplication.translate("InvoiceListScreen", "Voided")
    elif settlement is Settlement.PAID:
        state = QCoreApplication.translate("InvoiceListScreen", "Paid in full")
    else:
        state = QCoreApplication.translate("InvoiceListScreen", "Balance due")
    rows = "".join(
        f"<tr><td>{e(line.name)}</td><td align='right'>{line.quantity:,}</td>"
        f"<td align='right'>{fmt.money(line.unit_price)}</td><td align='right'>{fmt.money(line.amount)}</td></tr>"
        for line in view.lines
    )
    return f"""
    <h2 style='margin:0'>{w["invoice"]} {e(view.invoice_no)}</h2>
    <p style='color:#475569'>{e(fmt.short_time(view.issued_at))} · {e(view.customer_name)} ·
       <b>{e(view.car_number)}</b> · {e(view.mechanic_name)}</p>
    <table width='100%' cellspacing='0' cellpadding='6'>
      <tr style='background:#F1F5F9'><th align='left'>{w["item"]}</th><th align='right'>{w["qty"]}</th>
      <th align='right'>{w["unit"]}</th><th align='right'>{w["amount"]}</th></tr>
      {rows}
      <tr><td colspan='3' align='right'>{w["subtotal"]}</td><td align='right'>{fmt.money(view.subtotal)}</td></tr>
      <tr><td colspan='3' align='right'>{w["vat"]}</td><td align='right'>{fmt.money(view.vat)}</td></tr>
      <tr><td colspan='3' align='right'><b>{w["total"]}</b></td>
          <td align='right'><b>{fmt.money(view.total)}</b></td></tr>
      <tr><td colspan='3' align='right'>{w["paid"]}</td><td align='right'>{fmt.money(view.paid)}</td></tr>
      <tr><td colspan='3' align='right'><b>{e(state)}</b></td>
          <td align='right'><b>{fmt.money(view.balance)}</b></td></tr>
    </table>"""
