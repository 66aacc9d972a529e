"""Reception (접수): new repair requests with inline validation, today's receipts, cancel, car history."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QInputDialog, QLineEdit, QVBoxLayout, QWidget

from app import queries
from app.billing.queries import job_of_receipt
from app.queries import ReceiptRow
from domain.commands import CancelRepair, ReassignJob
from domain.reception.model import ReceiptStatus
from ui.billing.lines import BillLinesPanel
from ui.customers.lookup import VehicleLookup
from ui.errors import describe
from ui.feed import MECHANIC_EVENTS, ShopFeed
from ui.models.tables import ReceiptsModel
from ui.runner import CommandRunner
from ui.screens.request_form import RequestForm
from ui.widgets import Banner, Refresher, button, card, label, selected_row, table

RECEIPT_EVENTS = {"RepairRequested", "RequestCancelled", "JobCreated", "JobStarted", "JobFinished", "BillIssued"}
BILL_EVENTS = {
    "LabourAdded",
    "DiscountAdded",
    "LineRemoved",
    "PartReceived",
    "JobStarted",
    "JobFinished",
    "PartReturned",
}
RECEIPT_EVENTS |= {"PromisesMoved", "JobReassigned"}  # the receipt line shows the promise and the mechanic


class ReceptionScreen(QWidget):
    """The front desk: take a request, see its outcome at once, find and cancel receipts."""

    def __init__(self, runner: CommandRunner, feed: ShopFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        self.runner = runner
        self.shop = runner.shop
        self._build()
        self._receipts = Refresher(runner, self._load_receipts, self._show_receipts, self)
        self._mechanic_list = Refresher(
            runner, lambda: self.shop.query(queries.mechanics), self.form.show_mechanics, self
        )
        self._history_timer = QTimer(self)
        self._history_timer.setSingleShot(True)
        self._history_timer.setInterval(250)
        self._connect_signals(feed)

    # -- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        root = QHBoxLayout(self)
        root.setContentsMargins(20, 8, 20, 8)
        root.setSpacing(16)

        self.form = RequestForm(self.runner, self)
        root.addWidget(self.form)

        right = QVBoxLayout()
        right.setSpacing(8)
        list_card, receipts = card(self, margins=12, spacing=6)
        top = QHBoxLayout()
        self.list_title = label(self.tr("Today's receipts"), "SectionTitle")
        top.addWidget(self.list_title)
        top.addStretch(1)
        self.search = QLineEdit(placeholderText=self.tr("Search car number or customer  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.today_only = QCheckBox(self.tr("Today only"))
        self.today_only.setChecked(True)
        self.cancel_button = button(self.tr("Cancel request…"), "danger")
        self.cancel_button.setEnabled(False)
        self.move_button = button(self.tr("Move to…"))
        self.move_button.setToolTip(self.tr("Give the selected job to another mechanic before it starts"))
        self.move_button.setEnabled(False)
        top.addWidget(self.move_button)
        top.addWidget(self.cancel_button)
        receipts.addLayout(top)
        # The search on a row of its own, so the list fits beside the form from 1024 px (ui.fit).
        find = QHBoxLayout()
        find.addWidget(self.search, 1)
        find.addWidget(self.today_only)
        receipts.addLayout(find)
        self.receipts_model = ReceiptsModel(self)
        self.receipts_view = table(self.receipts_model, stretch=3)
        receipts.addWidget(self.receipts_view, 1)
        self.list_message = Banner()
        receipts.addWidget(self.list_message)
        right.addWidget(list_card, 3)

        bill_card, bill = card(self, margins=12, spacing=6)
        # The selected receipt's bill: labour and discounts until its job is finished.
        self.bill = BillLinesPanel(self.runner, discounts=True, vat_rate=self.shop.settings.vat_rate)
        self.bill.view.setMinimumHeight(90)  # the bill, the receipts and the car's history fit 768 px
        bill.addWidget(self.bill)
        right.addWidget(bill_card, 2)

        # The car the desk is typing, found on the register, and its visits (ui.customers).
        self.lookup = VehicleLookup(self.runner, self)
        self.history_card = self.lookup
        self.history_title = self.lookup.title
        self.use_history = self.lookup.use_button
        self.history_model = self.lookup.history.model
        self.history_view = self.lookup.history.view
        right.addWidget(self.lookup, 3)
        root.addLayout(right, 1)

    def _connect_signals(self, feed: ShopFeed) -> None:
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.move_button.clicked.connect(self.move_selected)
        self.search.textChanged.connect(lambda _t: self._receipts.request())
        self.today_only.toggled.connect(lambda _on: self._receipts.now())
        self.receipts_view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.form.car_number_edited.connect(lambda _t: self._look_up_soon(self.form.car_number))
        self.form.phone_edited.connect(lambda _t: self._look_up_soon(self.form.phone))
        self.form.cleared.connect(self.lookup.clear)
        self._history_timer.timeout.connect(self._look_up_car)
        self.lookup.chosen.connect(self.form.fill_from_register)
        self.lookup.use_requested.connect(lambda m: self.form.fill_from_register(m, plate=True))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.form.submit)
        QShortcut(QKeySequence("Ctrl+N"), self, lambda: self.form.clear_form())
        QShortcut(QKeySequence("Ctrl+F"), self, self._focus_search)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.receipts_view, self.cancel_selected)
        feed.changed.connect(self._shop_changed)

    def _shop_changed(self, types: frozenset[str]) -> None:
        if types & RECEIPT_EVENTS:
            self._receipts.request()
        if types & MECHANIC_EVENTS:
            self._mechanic_list.request()
        if types & BILL_EVENTS:
            self._selection_changed()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- mechanics ------------------------------------------------------------------------
    # -- receipts list ----------------------------------------------------------------------
    def _load_receipts(self) -> list[ReceiptRow]:
        since = date.today().isoformat() if self.today_only.isChecked() else ""
        return self.shop.query(queries.receipts, self.search.text().strip(), since, 500)

    def _show_receipts(self, rows: list[ReceiptRow]) -> None:
        self.receipts_model.set_rows(rows)
        self.list_title.setText(
            (self.tr("Today's receipts ({n})") if self.today_only.isChecked() else self.tr("Receipts ({n})")).format(
                n=len(rows)
            )
        )
        self._selection_changed()

    def _selection_changed(self) -> None:
        row: ReceiptRow | None = selected_row(self.receipts_view)
        if row is None:
            self.bill.set_job(None, "")
        else:
            self.runner.read(job_of_receipt, row.receipt_id, on_done=self._show_bill_of)
        can = row is not None and _can_cancel(row)
        self.cancel_button.setEnabled(can)
        self.move_button.setEnabled(row is not None and row.status == ReceiptStatus.ACCEPTED.value)
        if row is not None and not can:
            self.cancel_button.setToolTip(self.tr("Only a request whose job has not started can be cancelled."))
        else:
            self.cancel_button.setToolTip(self.tr("Cancel the selected request (Delete)"))

    def _show_bill_of(self, found: tuple[int, str] | None) -> None:
        self.bill.set_job(*(found or (None, "")))

    def ask_cancel_reason(self, row: ReceiptRow) -> str | None:
        """Ask why; None when the desk changed its mind."""
        text, ok = QInputDialog.getText(
            self,
            self.tr("Cancel request"),
            self.tr("Cancel receipt #{receipt} ({car}, {customer})?\nReason (optional):").format(
                receipt=row.receipt_id, car=row.car_number, customer=row.customer_name
            ),
        )
        return text.strip() if ok else None

    def cancel_selected(self) -> None:
        row: ReceiptRow | None = selected_row(self.receipts_view)
        if row is None or not _can_cancel(row):
            return
        reason = self.ask_cancel_reason(row)
        if reason is None:
            return
        self.cancel_button.setEnabled(False)
        self.runner.submit(
            CancelRepair(row.receipt_id, reason),
            on_done=lambda _r: self.list_message.show_message(
                "success",
                self.tr("Receipt #{receipt} cancelled").format(receipt=row.receipt_id),
                self.tr("The mechanic's man-days were given back."),
            ),
            on_error=lambda exc: self.list_message.show_message("error", self.tr("Not cancelled"), describe(exc)),
        )

    def ask_mechanic(self, row: ReceiptRow) -> int | None:
        """Which mechanic takes the job over; None when the desk changed its mind."""
        others = [m for m in self.form.mechanic_rows if m.name != row.mechanic_name]
        if not others:
            self.list_message.show_message("error", self.tr("Not moved"), self.tr("There is no other mechanic."))
            return None
        choices = [
            self.tr("{name} — {days} man-day(s) left · free from {day}").format(
                name=m.name, days=m.man_day, day=m.next_free_day or "—"
            )
            for m in others
        ]
        text, ok = QInputDialog.getItem(
            self,
            self.tr("Move the job"),
            self.tr("Give receipt #{receipt} ({car}) to:").format(receipt=row.receipt_id, car=row.car_number),
            choices,
            0,
            False,
        )
        return others[choices.index(text)].id if ok else None

    def move_selected(self) -> None:
        row: ReceiptRow | None = selected_row(self.receipts_view)
        if row is None or row.status != ReceiptStatus.ACCEPTED.value:
            return
        self.runner.read(job_of_receipt, row.receipt_id, on_done=lambda found: self._move(row, found))

    def _move(self, row: ReceiptRow, found: tuple[int, str] | None) -> None:
        mechanic_id = self.ask_mechanic(row) if found else None
        if found is None or mechanic_id is None:
            return
        self.move_button.setEnabled(False)
        self.runner.submit(
            ReassignJob(found[0], mechanic_id),
            on_done=lambda _r: self.list_message.show_message(
                "success",
                self.tr("Receipt #{receipt} moved").format(receipt=row.receipt_id),
                self.tr("Its man-days moved with it; both queues and promised dates are updated."),
            ),
            on_error=lambda exc: self.list_message.show_message("error", self.tr("Not moved"), describe(exc)),
        )

    # -- the car on the register, and its history ------------------------------------------------
    def _look_up_soon(self, source: QLineEdit) -> None:
        self._lookup_source = source
        self._history_timer.start()

    def _look_up_car(self) -> None:
        source = getattr(self, "_lookup_source", self.form.car_number)
        self.lookup.search(source.text())

    def fill_from_history(self) -> None:
        """Copy the chosen car's details from the register into the form (its plate too)."""
        if self.lookup.current is not None:
            self.form.fill_from_register(self.lookup.current, plate=True)

    # -- for tests and screenshots ----------------------------------------------------------
    def refresh(self) -> None:
        self._receipts.now()
        self._mechanic_list.now()

    @property
    def busy(self) -> bool:
        return self._receipts.busy or self._mechanic_list.busy


def _can_cancel(row: ReceiptRow) -> bool:
    return ReceiptStatus(row.status).can_cancel
