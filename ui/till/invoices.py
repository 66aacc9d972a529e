"""The till's invoices: what is owed or to refund, one invoice with its PDF, and the money actions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QWidget,
)

from app.billing.queries import cash_receipt_due
from app.queries import InvoiceView
from app.reception import till
from app.reception.till import RefundView, TillInvoiceRow
from domain.billing.tender import CASH_LIKE
from domain.commands import RecordCashReceipt, RecordRefund, RequestTaxInvoice, TakePayment, VoidInvoice
from domain.reception.model import InvoiceStatus, Settlement
from domain.reception.till import TenderPlan
from ui import fmt
from ui.customers.history import VehicleHistoryDialog, open_vehicle_history
from ui.errors import describe
from ui.fit import FlowLayout
from ui.runner import CommandRunner
from ui.till.dialogs import PaymentDialog, RefundDialog, VoidDialog
from ui.till.models import MoneyLine, MoneyLinesModel, TillInvoicesModel, method_label, state_label, state_of
from ui.till.pdf import Outcome, PdfPane, ask_printer, fetch_then, open_folder, try_print
from ui.widgets import Banner, EmptyState, Refresher, button, card, header_row, label, selected_row, table

if TYPE_CHECKING:
    from app.shop import Shop

TILL_EVENTS = frozenset({"BillIssued", "PaymentRecorded", "InvoiceVoided", "RefundRecorded", "DayClosed"})

#: (key, label) of the list's filter.
FILTERS = [
    ("open", str(QT_TRANSLATE_NOOP("Till", "Open balances"))),
    ("refunds", str(QT_TRANSLATE_NOOP("Till", "Refunds due"))),
    ("all", str(QT_TRANSLATE_NOOP("Till", "All invoices"))),
]


@dataclass(frozen=True)
class InvoiceDetail:
    """One invoice as the till shows it: the invoice, its refunds, what is left to settle."""

    view: InvoiceView
    refunds: tuple[RefundView, ...]
    row: TillInvoiceRow

    @property
    def voided(self) -> bool:
        return self.view.status != InvoiceStatus.ISSUED  # voided, or corrected (재발행)

    @property
    def settlement(self) -> Settlement:
        return state_of(self.row)


def load_list(shop: Shop, which: str, text: str) -> list[TillInvoiceRow]:
    with shop.db.read.connect() as conn:
        if text.strip():
            return till.find_invoices(conn, text)
        if which == "open":
            return till.open_balances(conn)
        if which == "refunds":
            return till.refunds_due(conn)
        return till.find_invoices(conn)


def load_detail(shop: Shop, invoice_no: str) -> InvoiceDetail:
    view = shop.invoice(invoice_no)
    with shop.db.read.connect() as conn:
        refunds = tuple(till.refunds_of(conn, invoice_no))
        row = next(r for r in till.find_invoices(conn, invoice_no) if r.invoice_no == invoice_no)
    return InvoiceDetail(view, refunds, row)


def record_tender(shop: Shop, invoice_no: str, plan: TenderPlan) -> TenderPlan:
    """Record every payment of the plan in one TakePayment: all of them or none (each still its own event)."""
    tenders = tuple((tender.method, tender.amount) for tender in plan.payments)
    cash = sum(t.amount for t in plan.payments if t.method == "cash")
    shop.handle(TakePayment(invoice_no, tenders, cash_tendered=plan.cash_tendered if cash else 0))
    return plan


def ask_text(parent: QWidget, title: str, prompt: str) -> str | None:
    """One line typed by the desk, None when cancelled."""
    text, ok = QInputDialog.getText(parent, title, prompt)
    return text if ok else None


def ask_which_document(invoice_no: str, parent: QWidget | None) -> str | None:
    """For a paid invoice: 'receipt', 'invoice' (as issued) or 'statement' (명세서) to print, None when cancelled."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("Till", "Print {no}").format(no=invoice_no))
    box.setText(
        QCoreApplication.translate(
            "Till", "This invoice is paid. Print the receipt (what was paid and how) or the invoice as issued?"
        )
    )
    receipt = box.addButton(QCoreApplication.translate("Till", "Receipt"), QMessageBox.ButtonRole.AcceptRole)
    invoice = box.addButton(QCoreApplication.translate("Till", "Invoice as issued"), QMessageBox.ButtonRole.AcceptRole)
    # The 자동차 점검·정비 명세서 the customer takes with the car (written on completion, on the invoice's letterhead).
    statement = box.addButton(
        QCoreApplication.translate("Till", "Repair statement (명세서)"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(receipt)
    box.exec()
    clicked = box.clickedButton()
    chosen = {id(receipt): "receipt", id(invoice): "invoice", id(statement): "statement"}
    return chosen.get(id(clicked)) if clicked is not None else None


class InvoicesTab(QWidget):
    """Pick an invoice on the left; see its PDF, take payment, void, refund or print on the right."""

    def __init__(self, shop: Shop, runner: CommandRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.runner = runner
        self.detail: InvoiceDetail | None = None
        self.document_number: str | None = None
        self._build()
        self._list = Refresher(runner, lambda: load_list(shop, self.which(), self.search.text()), self._show_list, self)
        self._connect_signals()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        root = QHBoxLayout(self)
        root.setContentsMargins(0, 4, 0, 0)
        root.setSpacing(16)
        left_card, left = card(self, margins=12, spacing=8)
        left.addWidget(header_row(self.tr("Invoices"), self.tr("What customers owe, and money to give back.")))
        self.filter = QComboBox()
        for key, text in FILTERS:
            self.filter.addItem(QCoreApplication.translate("Till", text), key)
        self.search = QLineEdit(placeholderText=self.tr("Invoice, car number or customer"))
        self.search.setClearButtonEnabled(True)
        row = QHBoxLayout()
        row.addWidget(self.filter)
        row.addWidget(self.search, 1)
        left.addLayout(row)
        self.model = TillInvoicesModel(self)
        self.view = table(self.model, stretch=1, row_height=36)
        left.addWidget(self.view, 1)
        self.list_empty = EmptyState()
        left.addWidget(self.list_empty)
        root.addWidget(left_card, 6)

        right_card, right = card(self, margins=12, spacing=8)
        self.title = label(self.tr("No invoice selected"), "SectionTitle")
        self.state = label("", "Chip")
        self.facts = label("", "Muted", wrap=True)
        self.amounts = label("", wrap=True)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.state)
        head.addStretch(1)
        right.addLayout(head)
        right.addWidget(self.facts)
        right.addWidget(self.amounts)
        actions = FlowLayout()  # wraps onto a second line on narrow screens (ui.fit)
        self.pay_button = button(self.tr("Take payment"), "primary", "large")
        self.void_button = button(self.tr("Void…"), "danger", "large")
        self.refund_button = button(self.tr("Refund…"), "warning", "large")
        self.reissue_button = button(self.tr("Reissue…"), "warning", "large")  # 재발행 (CorrectInvoice)
        self.cash_receipt_button = button(self.tr("Cash receipt no.…"))
        self.tax_invoice_button = button(self.tr("Tax invoice…"))
        for b in (self.pay_button, self.void_button, self.refund_button, self.reissue_button):
            actions.addWidget(b)
        actions.addWidget(self.cash_receipt_button)
        actions.addWidget(self.tax_invoice_button)
        actions.addStretch(1)
        self.show_invoice_button = button(self.tr("Invoice"))
        self.show_credit_button = button(self.tr("Credit note"))
        for b in (self.show_invoice_button, self.show_credit_button):
            b.setCheckable(True)
            actions.addWidget(b)
        self.print_button = button(self.tr("Print…"), size="large")
        self.folder_button = button(self.tr("Open folder"), size="large")
        actions.addWidget(self.print_button)
        actions.addWidget(self.folder_button)
        self.history_button = button(self.tr("Vehicle history…"), size="large")
        self.history_button.setToolTip(self.tr("Every visit of the selected invoice's car"))
        actions.addWidget(self.history_button)
        right.addLayout(actions)
        self.message = Banner()
        right.addWidget(self.message)
        # The document and the money taken, one at a time: the preview gets the card's height
        # (stacked, it was ~160 px tall at 1366×768).
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pdf = PdfPane(self)
        self.pages.addTab(self.pdf, self.tr("Document"))
        self.money = MoneyLinesModel(self)
        self.money_view = table(self.money, stretch=3, row_height=30)
        self.pages.addTab(self.money_view, self.tr("Payments and refunds"))
        right.addWidget(self.pages, 1)
        root.addWidget(right_card, 8)
        self._enable_actions()

    def _connect_signals(self) -> None:
        self.filter.currentIndexChanged.connect(lambda _i: self._list.now())
        self.search.textChanged.connect(lambda _t: self._list.request())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.pay_button.clicked.connect(self.take_payment)
        self.void_button.clicked.connect(self.void_invoice)
        self.refund_button.clicked.connect(self.record_refund)
        self.reissue_button.clicked.connect(self.reissue_invoice)
        self.cash_receipt_button.clicked.connect(self.record_cash_receipt)
        self.tax_invoice_button.clicked.connect(self.request_tax_invoice)
        self.print_button.clicked.connect(self.print_document)
        self.folder_button.clicked.connect(self.open_folder)
        self.history_button.clicked.connect(lambda: self.open_history())
        self.show_invoice_button.clicked.connect(lambda: self._show_document(self._invoice_no()))
        self.show_credit_button.clicked.connect(lambda: self._show_document(self._credit_note_no()))
        feed = getattr(self.runner, "feed", None)
        if feed is not None:
            feed.changed.connect(self._shop_changed)

    # -- reading ---------------------------------------------------------------------------
    def which(self) -> str:
        return str(self.filter.currentData())

    def refresh(self) -> None:
        self._list.now()
        if self.detail is not None:
            self.show_invoice(self.detail.view.invoice_no, keep_document=True)

    @property
    def busy(self) -> bool:
        return self._list.busy

    def _shop_changed(self, types: frozenset[str]) -> None:
        if types & TILL_EVENTS:
            self.refresh()

    def _show_list(self, rows: list[TillInvoiceRow]) -> None:
        self.model.set_rows(rows)
        self.list_empty.show_if(not rows, self._empty_text())
        if self.detail is None and rows:
            self.view.selectRow(0)

    def _empty_text(self) -> str:
        if self.search.text().strip():
            return self.tr("No invoice matches the search. Search for another number, car or customer (Ctrl+F).")
        if self.which() == "open":
            return self.tr(
                "No balance is open. An invoice appears here when a mechanic finishes a job; "
                "find any other with the search (Ctrl+F)."
            )
        if self.which() == "refunds":
            return self.tr("No refund is due. Find an invoice with the search (Ctrl+F).")
        return self.tr("No invoices yet. One is issued when a mechanic finishes a job (Finish job, F8 at the bay).")

    def _selection_changed(self) -> None:
        row = selected_row(self.view)
        if row is not None and (self.detail is None or row.invoice_no != self.detail.view.invoice_no):
            self.show_invoice(row.invoice_no)

    def show_invoice(self, invoice_no: str, keep_document: bool = False) -> None:
        """Show `invoice_no` on the right (and its PDF, unless it is shown already)."""
        self.runner.read_call(
            load_detail,
            self.shop,
            invoice_no,
            on_done=lambda detail: self._show_detail(detail, keep_document),
            on_error=lambda exc: self.message.show_message("error", self.tr("No such invoice"), describe(exc)),
        )

    def _show_detail(self, detail: InvoiceDetail, keep_document: bool) -> None:
        same = self.detail is not None and self.detail.view.invoice_no == detail.view.invoice_no
        self.detail = detail
        v, state = detail.view, state_of(detail.row)
        self.title.setText(self.tr("Invoice {no}").format(no=v.invoice_no))
        self.state.setText(state_label(state))
        colour = {"owed": "#B91C1C", "paid": "#15803D", "voided": "#64748B", "refund": "#B45309"}[state]
        self.state.setStyleSheet(f"background: {colour};")
        self.facts.setText(
            " · ".join(
                x
                for x in (
                    fmt.short_time(v.issued_at),
                    v.customer_name,
                    v.customer_phone,
                    v.car_number,
                    v.mechanic_name,
                    self.tr("credit note {no}").format(no=v.credit_note_no) if v.credit_note_no else "",
                )
                if x
            )
        )
        parts = [
            self.tr("Total {amount}").format(amount=fmt.money(v.total)),
            self.tr("paid {amount}").format(amount=fmt.money(v.paid)),
        ]
        if detail.voided:
            parts.append(self.tr("refunded {amount}").format(amount=fmt.money(detail.row.refunded)))
            if detail.row.refundable:
                parts.append(self.tr("to give back {amount}").format(amount=fmt.money(detail.row.refundable)))
        else:
            parts.append(self.tr("balance {amount}").format(amount=fmt.money(v.balance)))
        text = "<b>" + " · ".join(parts) + "</b>"
        if cash_receipt_due(v):
            text += "<br/>" + self.tr(
                "A cash receipt is due for this sale (100,000 won or more, paid in cash or by transfer): "
                "record its approval number."
            )
        self.amounts.setText(text)
        lines = [
            MoneyLine(f"p{p.payment_id}", p.recorded_at, "payment", p.method, p.amount, p.actor) for p in v.payments
        ]
        lines += [
            MoneyLine(f"r{r.refund_id}", r.recorded_at, "refund", r.method, r.amount, r.actor) for r in detail.refunds
        ]
        self.money.set_rows(sorted(lines, key=lambda m: (m.recorded_at, m.key)))
        self.pages.setTabText(1, self.tr("Payments and refunds ({n})").format(n=len(lines)))
        self._enable_actions()
        if not (same and keep_document and self.document_number):
            self._show_document(v.invoice_no)

    def _invoice_no(self) -> str | None:
        return self.detail.view.invoice_no if self.detail else None

    def _credit_note_no(self) -> str | None:
        return self.detail.view.credit_note_no if self.detail else None

    def _show_document(self, number: str | None) -> None:
        if not number:
            return
        self.document_number = number
        self._enable_actions()
        self.pdf.clear(self.tr("Preparing the PDF of {no}…").format(no=number))
        fetch_then(self.runner, self.shop.documents.pdf, number, lambda outcome: self._document_ready(number, outcome))

    def _document_ready(self, number: str, outcome: Outcome) -> None:
        if number != self.document_number:
            return
        if outcome.error:
            self.pdf.clear(self.tr("No PDF to show."))
            self.message.show_message("error", self.tr("The PDF of {no} is not there").format(no=number), outcome.error)
        else:
            self.pdf.show_pdf(outcome.value)

    def _enable_actions(self) -> None:
        d = self.detail
        self.pay_button.setEnabled(d is not None and d.settlement is Settlement.OWED)
        self.void_button.setEnabled(d is not None and not d.voided)
        self.reissue_button.setEnabled(d is not None and not d.voided)
        self.refund_button.setEnabled(d is not None and d.settlement is Settlement.REFUND_DUE)
        issued = d is not None and not d.voided
        self.cash_receipt_button.setEnabled(issued and any(p.method in CASH_LIKE for p in d.view.payments))  # type: ignore[union-attr]
        self.tax_invoice_button.setEnabled(issued and not d.view.tax_business_number)  # type: ignore[union-attr]
        self.show_invoice_button.setEnabled(d is not None)
        self.show_credit_button.setEnabled(d is not None and d.view.credit_note_no is not None)
        self.show_invoice_button.setChecked(d is not None and self.document_number == d.view.invoice_no)
        self.show_credit_button.setChecked(d is not None and self.document_number == d.view.credit_note_no)
        self.print_button.setEnabled(self.document_number is not None)
        self.folder_button.setEnabled(self.document_number is not None)

    def open_history(self) -> VehicleHistoryDialog | None:
        """The history of the selected invoice's car, in a window of its own."""
        row: TillInvoiceRow | None = selected_row(self.view)
        if row is None or not row.car_number.strip():
            return None
        return open_vehicle_history(self.runner, row.car_number, self)

    # -- money -----------------------------------------------------------------------------
    def take_payment(self) -> None:
        d = self.detail
        if d is None:
            return
        who = f"{d.view.customer_name} · {d.view.car_number}"
        dialog = PaymentDialog(d.view.invoice_no, who, d.view.balance, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.plan() is None:
            return
        plan = dialog.plan()
        self._busy(self.pay_button)
        self.runner.call(
            record_tender,
            self.shop,
            d.view.invoice_no,
            plan,
            on_done=lambda done: self._paid(d.view.invoice_no, d.view.balance, done),
            on_error=lambda exc: self._refused(self.tr("Payment not taken"), exc),
        )

    def _paid(self, invoice_no: str, balance: int, plan: TenderPlan) -> None:
        parts = " + ".join(f"{method_label(p.method)} {fmt.money(p.amount)}" for p in plan.payments)
        left = balance - plan.total
        body = (
            self.tr("Paid in full.") if left == 0 else self.tr("Still owed: {amount}.").format(amount=fmt.money(left))
        )
        if plan.change:
            body = self.tr("Give back {amount} change. ").format(amount=fmt.money(plan.change)) + body
        self.message.show_message(
            "success", self.tr("Payment taken on {no}: {parts}").format(no=invoice_no, parts=parts), body
        )
        self.refresh()

    def record_cash_receipt(self) -> None:
        """The 현금영수증 approval number the card terminal printed, for the cash and transfer payments."""
        d = self.detail
        if d is None:
            return
        number = ask_text(self, self.tr("Cash receipt"), self.tr("Approval number of the cash receipt (현금영수증):"))
        if number is None:
            return
        self.runner.submit(
            RecordCashReceipt(d.view.invoice_no, number),
            on_done=lambda _r: self._noted(self.tr("Cash receipt recorded on {no}").format(no=d.view.invoice_no)),
            on_error=lambda exc: self._refused(self.tr("Cash receipt not recorded"), exc),
        )

    def request_tax_invoice(self) -> None:
        """The customer's business asks for a 세금계산서: its registration number, checked."""
        d = self.detail
        if d is None:
            return
        number = ask_text(self, self.tr("Tax invoice"), self.tr("Business registration number (사업자등록번호):"))
        if number is None:
            return
        self.runner.submit(
            RequestTaxInvoice(d.view.invoice_no, number),
            on_done=lambda _r: self._noted(self.tr("Tax invoice requested for {no}").format(no=d.view.invoice_no)),
            on_error=lambda exc: self._refused(self.tr("Tax invoice not requested"), exc),
        )

    def _noted(self, title: str) -> None:
        self.message.show_message("success", title)
        self.refresh()

    def void_invoice(self) -> None:
        d = self.detail
        if d is None:
            return
        dialog = VoidDialog(d.view.invoice_no, d.view.paid, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._busy(self.void_button)
        self.runner.submit(
            VoidInvoice(d.view.invoice_no, dialog.reason_text()),
            on_done=lambda cn: self._voided(d.view.invoice_no, str(cn), d.view.paid),
            on_error=lambda exc: self._refused(self.tr("Not voided"), exc),
        )

    def _voided(self, invoice_no: str, credit_note_no: str, paid: int) -> None:
        body = (
            self.tr("Refund {amount} to the customer and record it with Refund.").format(amount=fmt.money(paid))
            if paid
            else ""
        )
        self.message.show_message(
            "success", self.tr("Invoice {no} voided by credit note {cn}").format(no=invoice_no, cn=credit_note_no), body
        )
        self.document_number = credit_note_no
        self.refresh()
        self._show_document(credit_note_no)

    def reissue_invoice(self) -> None:
        """재발행: a credit note for this invoice and a new one for the same job, with the lines changed."""
        from ui.billing.correction import CorrectionDialog

        d = self.detail
        if d is None:
            return
        dialog = CorrectionDialog(d.view, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._busy(self.reissue_button)
        old = d.view.invoice_no
        self.runner.submit(
            dialog.command(),
            on_done=lambda new: self._reissued(old, str(new)),
            on_error=lambda exc: self._refused(self.tr("Not reissued"), exc),
        )

    def _reissued(self, old: str, new: str) -> None:
        self.message.show_message("success", self.tr("Invoice {old} reissued as {new}").format(old=old, new=new))
        self.refresh()
        self.show_invoice(new)  # the new invoice and its PDF

    def record_refund(self) -> None:
        d = self.detail
        if d is None:
            return
        last_method = d.view.payments[-1].method if d.view.payments else "cash"
        dialog = RefundDialog(d.view.invoice_no, d.row.refundable, last_method, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        amount, method = dialog.values()
        self._busy(self.refund_button)
        self.runner.submit(
            RecordRefund(d.view.invoice_no, amount, method),
            on_done=lambda _id: self._refunded(d.view.invoice_no, amount, method),
            on_error=lambda exc: self._refused(self.tr("Refund not recorded"), exc),
        )

    def _refunded(self, invoice_no: str, amount: int, method: str) -> None:
        self.message.show_message(
            "success",
            self.tr("Refund recorded on {no}").format(no=invoice_no),
            self.tr("{amount} given back by {method}.").format(amount=fmt.money(amount), method=method_label(method)),
        )
        self.refresh()

    def _busy(self, pressed: QPushButton) -> None:
        self.message.clear()
        if self.window().focusWidget() is pressed:
            # Disabled, the button would pass the focus to whichever button is next: the list is where the next
            # invoice is picked (F2 pays it, Ctrl+F searches).
            self.view.setFocus()
        pressed.setEnabled(False)

    def _refused(self, title: str, exc: BaseException) -> None:
        self.message.show_message("error", title, describe(exc))
        self.refresh()

    # -- the document ------------------------------------------------------------------------
    def print_document(self) -> None:
        """Print the shown document exactly as issued (or say why a reprint would differ).

        A paid invoice offers its receipt (영수증, what was paid and how) as well as the invoice as issued.
        """
        number = self.document_number
        if number is None:
            return
        get: Callable[[str], Path] = self.shop.documents.reprint
        detail = self.detail
        if detail is not None and number == detail.view.invoice_no and detail.settlement is Settlement.PAID:
            which = ask_which_document(number, self)
            if which is None:
                return
            if which == "receipt":
                get = self.shop.documents.receipt
            elif which == "statement":
                get = self.shop.statement_pdf  # shop details still missing: said by name, nothing printed
        self.print_button.setEnabled(False)
        fetch_then(self.runner, get, number, lambda outcome: self._print(number, outcome))

    def _print(self, number: str, outcome: Outcome) -> None:
        self.print_button.setEnabled(True)
        if outcome.error:
            self._print_failed(number, outcome.error)
            return
        printer = ask_printer(outcome.value, self)
        if printer is None:
            return
        self.runner.call(
            try_print,
            outcome.value,
            printer,
            on_done=lambda printed: self._printed(number, printed),
            on_error=lambda exc: self._print_failed(number, describe(exc)),
        )

    def _printed(self, number: str, outcome: Outcome) -> None:
        if outcome.error:
            self._print_failed(number, outcome.error)
            return
        self.message.show_message(
            "success",
            self.tr("{no} sent to the printer").format(no=number),
            self.tr("{n} page(s), identical to the issued PDF.").format(n=outcome.value),
        )

    def _print_failed(self, number: str, error: str) -> None:
        self.print_button.setEnabled(True)
        self.message.show_message("error", self.tr("{no} was not printed").format(no=number), error)

    def open_folder(self) -> None:
        if self.document_number is None:
            return
        open_folder(self.pdf.path or self.shop.documents.path(self.document_number))
