"""Reception (접수): new repair requests with inline validation, today's receipts, cancel, car history."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QInputDialog, QLineEdit, QTabWidget, QVBoxLayout, QWidget

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
from ui.widgets import Banner, EmptyState, Refresher, button, card, label, selected_row, table

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

    #: The desk asked for the register of customers and cars (the main window shows it).
    register_requested = Signal()

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
        root.setContentsMargins(20, 4, 20, 4)
        root.setSpacing(16)

        self.form = RequestForm(self.runner, self)
        # Beside the form's title: under the form or beside the receipts' search it would not fit 1024×768.
        self.register_button = button(self.tr("Customers and cars…"))
        self.register_button.setToolTip(
            self.tr("Find, correct, merge, export or erase a customer or a car on the register (Ctrl+R)")
        )
        self.form.corner.addWidget(self.register_button)
        root.addWidget(self.form)

        right = QVBoxLayout()
        right.setSpacing(8)
        list_card, receipts = card(self, margins=10, spacing=6)
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
        self.estimates_button = button(self.tr("Estimates…"))
        self.estimates_button.setToolTip(
            self.tr("Estimates, additional work waiting for the customer, a car's recommendations (Ctrl+E)")
        )
        find.addWidget(self.estimates_button)
        receipts.addLayout(find)
        self.receipts_model = ReceiptsModel(self)
        self.receipts_view = table(self.receipts_model, stretch=3)
        # The state and the promise beside the car, so the list this narrow still shows what the desk is asked.
        header = self.receipts_view.horizontalHeader()
        for visual, logical in enumerate((ReceiptsModel.STATUS, ReceiptsModel.PROMISED)):
            header.moveSection(header.visualIndex(logical), ReceiptsModel.CAR + 1 + visual)
        self.receipts_view.setMinimumHeight(6 * 34)  # several receipts in view at 1024×768 (header + 5 rows)
        receipts.addWidget(self.receipts_view, 1)
        self.receipts_empty = EmptyState()
        receipts.addWidget(self.receipts_empty)
        self.list_message = Banner()
        receipts.addWidget(self.list_message)
        right.addWidget(list_card, 3)

        # Below the list, one panel at a time (as at the bay): the selected receipt's bill, or the
        # car the desk is typing. Stacked, the three left the list one row at 1024×768.
        self.details = QTabWidget(self)
        self.details.setDocumentMode(True)
        bill_page = QWidget()
        bill = QVBoxLayout(bill_page)
        bill.setContentsMargins(8, 8, 8, 8)
        # The selected receipt's bill: labour and discounts until its job is finished.
        self.bill = BillLinesPanel(self.runner, discounts=True, vat_rate=self.shop.settings.vat_rate)
        self.bill.view.setMinimumHeight(90)
        bill.addWidget(self.bill)
        self.details.addTab(bill_page, self.tr("Bill  (Alt+1)"))

        # The car the desk is typing, found on the register, and its visits (ui.customers).
        history_page = QWidget()
        history = QVBoxLayout(history_page)
        history.setContentsMargins(0, 4, 0, 0)
        self.lookup = VehicleLookup(self.runner, self)
        self.history_card = self.lookup
        self.history_title = self.lookup.title
        self.use_history = self.lookup.use_button
        self.history_model = self.lookup.history.model
        self.history_view = self.lookup.history.view
        history.addWidget(self.lookup, 1)
        self.history_empty = label(
            self.tr("Type a car number or a phone number in the form: the car's earlier visits show here."),
            "Muted",
            wrap=True,
        )
        history.addWidget(self.history_empty)
        history.addStretch(0)
        self.details.addTab(history_page, self.tr("Car history  (Alt+2)"))
        self.lookup.installEventFilter(self)
        right.addWidget(self.details, 2)
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
        self.estimates_button.clicked.connect(self.open_estimates)
        QShortcut(QKeySequence("Ctrl+E"), self, self._estimates_shortcut)
        self.register_button.clicked.connect(self.register_requested)
        QShortcut(QKeySequence("Ctrl+R"), self, self._open_register)
        QShortcut(QKeySequence("Alt+1"), self, lambda: self.details.setCurrentIndex(0))
        QShortcut(QKeySequence("Alt+2"), self, lambda: self.details.setCurrentIndex(1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.receipts_view, self.cancel_selected)
        feed.changed.connect(self._shop_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The car look-up shows itself when the typed car is known: bring its tab forward."""
        if watched is self.lookup and event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            shown = event.type() == QEvent.Type.ShowToParent
            self.history_empty.setVisible(not shown)
            if shown:
                self.details.setCurrentIndex(1)
        return super().eventFilter(watched, event)

    def _shop_changed(self, types: frozenset[str]) -> None:
        if types & RECEIPT_EVENTS:
            self._receipts.request()
        if types & MECHANIC_EVENTS:
            self._mechanic_list.request()
        if types & BILL_EVENTS:
            self._selection_changed()

    def _open_register(self) -> None:
        if not self.register_button.isHidden():  # hidden from a user who may not correct the register
            self.register_requested.emit()

    def focus_first(self) -> None:
        """After the screen is shown, typing goes to the form's first field (the customer)."""
        self.form.customer.setFocus()

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
        self.receipts_empty.show_if(not rows, self._no_receipts_text())
        self._selection_changed()

    def _no_receipts_text(self) -> str:
        if self.search.text().strip():
            return self.tr("No receipt matches the search: search for something else (Ctrl+F) or untick Today only.")
        if self.today_only.isChecked():
            return self.tr("No receipts today. Fill in the form and press Ctrl+Enter to register the first request.")
        return self.tr("No receipts yet. Fill in the form and press Ctrl+Enter to register the first request.")

    def _selection_changed(self) -> None:
        row: ReceiptRow | None = selected_row(self.receipts_view)
        if row is None:
            self.bill.set_job(None, "")
        else:
            self.runner.read(job_of_receipt, row.receipt_id, on_done=self._show_bill_of)
            if self.receipts_view.hasFocus():
                self.details.setCurrentIndex(0)  # the desk picked a receipt: show its bill
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

    # -- estimates (견적) ---------------------------------------------------------------------
    def _estimates_shortcut(self) -> None:
        if not self.estimates_button.isHidden():  # hidden from a user who may not draft estimates
            self.open_estimates()

    def open_estimates(self) -> QWidget:
        """The estimates window (ui.estimates.desk), one per screen, brought forward when open."""
        from ui.estimates.desk import EstimatesWindow

        window = getattr(self, "estimates_window", None)
        if window is None:
            window = EstimatesWindow(self.runner, lambda: self.form.mechanic_rows, self)
            self.estimates_window = window
            plate = self.form.car_number.text().strip()
            if plate:
                window.recommendations.show_car(plate)
        else:
            window.estimates.refresh()
            window.additional.refresh()
        window.show()
        window.raise_()
        window.activateWindow()
        return window

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
