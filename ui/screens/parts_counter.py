"""Parts counter (부품관리): catalogue with stock and low-stock highlight, register, receive, adjust, live queue."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import queries
from app.queries import PartRequestRow, PartRow
from domain.commands import DecreaseStock, IncreaseStock, RegisterPart
from domain.common.fields import Field, field_of, is_missing
from domain.errors import DomainError
from domain.messages import MAX_COUNT
from domain.vehicleparts.origin import ORIGINS, origin_name
from ui import fmt
from ui.domain_text import text_of
from ui.errors import describe
from ui.feed import ShopFeed
from ui.models.base import SORT_ROLE
from ui.models.tables import PartRequestsModel, PartsModel
from ui.runner import CommandRunner
from ui.widgets import (
    Banner,
    EmptyState,
    FieldError,
    MoneyEdit,
    Refresher,
    button,
    buttons_right,
    card,
    dialog_keys,
    label,
    set_invalid,
    spin,
    table,
)

#: The dialog's input (a key of `errors`) for each field RegisterPart checks.
PART_INPUTS = {Field.PART_CODE.code: "code", Field.PART_NAME.code: "name", Field.PRICE.code: "price"}
PART_EVENTS = {"PartRegistered", "StockIncreased", "StockDecreased", "PartPriceChanged", "PartReceived"}
REQUEST_EVENTS = {"PartRequested", "PartReceived", "PartRequestCancelled", "PartReturned"}


class RegisterPartDialog(QDialog):
    """A new catalogue entry, checked by the command itself before it is sent."""

    def __init__(self, runner: CommandRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(self.tr("Register a part"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setVerticalSpacing(4)
        self.code = QLineEdit(placeholderText=self.tr("e.g. BRK-PAD-F01 (the barcode)"))
        self.name = QLineEdit(placeholderText=self.tr("e.g. brake pads (front)"))
        self.price = MoneyEdit()
        self.stock = spin(0, MAX_COUNT)
        self.low = spin(0, MAX_COUNT, 2)
        self.origin = QComboBox()
        for code in ORIGINS:
            self.origin.addItem(f"{code} — {text_of(origin_name(code))}", code)
        self.errors = {k: FieldError() for k in ("code", "name", "price")}
        form.addRow(self.tr("Code *"), self.code)
        form.addRow("", self.errors["code"])
        form.addRow(self.tr("Name *"), self.name)
        form.addRow("", self.errors["name"])
        form.addRow(self.tr("Price *"), self.price)
        form.addRow("", self.errors["price"])
        form.addRow(self.tr("Stock on the shelf"), self.stock)
        form.addRow(self.tr("Reorder at (low stock)"), self.low)
        form.addRow(self.tr("Origin (구분)"), self.origin)
        layout.addLayout(form)
        self.message = Banner()
        layout.addWidget(self.message)
        self.cancel_button = button(self.tr("Cancel"), size="large")
        self.save_button = button(self.tr("Register part"), "primary", "large")
        layout.addLayout(buttons_right(self.cancel_button, self.save_button))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        dialog_keys(self, self.save_button, self.cancel_button, self.code)
        self._tried = False
        for w in (self.code, self.name, self.price):
            w.textChanged.connect(lambda _t: self._check())

    def command(self) -> RegisterPart:
        """The part as typed; a blank price is None (the command says it is required)."""
        values: dict[str, Any] = {
            "part_code": self.code.text(),
            "name": self.name.text(),
            "price": self.price.value(),
            "stock": self.stock.value(),
            "low_stock": self.low.value(),
            "origin": self.origin.currentData(),
        }
        return RegisterPart(**values)

    def problems(self) -> dict[str, DomainError]:
        """The command's refusal for each input it names; one it cannot place goes to the banner."""
        found: dict[str, DomainError] = {}
        for problem in self.command().problems():
            found.setdefault(PART_INPUTS.get(field_of(problem), ""), problem)
        return found

    def _check(self) -> dict[str, DomainError]:
        found = self.problems()
        for key, widget in (("code", self.code), ("name", self.name), ("price", self.price)):
            problem = found.get(key)
            # A blank required field turns red once the save was tried; a wrong value at once.
            show = problem is not None and (self._tried or not is_missing(problem))
            self.errors[key].set_error(text_of(problem) if problem is not None and show else "")
            set_invalid(widget, show)
        if "" in found and self._tried:
            self.message.show_message("error", self.tr("Not registered"), text_of(found[""]))
        elif self.message.tone == "error":
            self.message.clear()  # corrected (or being corrected after the shop's refusal)
        return found

    def save(self) -> None:
        self._tried = True
        if self._check():
            return
        self.save_button.setEnabled(False)
        self.runner.submit(self.command(), on_done=lambda _id: self.accept(), on_error=self._refused)

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.show_message("error", self.tr("Not registered"), describe(exc))
        key = PART_INPUTS.get(field_of(exc))
        if key is not None:
            set_invalid({"code": self.code, "name": self.name, "price": self.price}[key], True)


class PartsCounterScreen(QWidget):
    """The parts counter: what is on the shelf, what is running low, and what the bays asked for."""

    def __init__(self, runner: CommandRunner, feed: ShopFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        self.runner = runner
        self.shop = runner.shop
        self.dialog: RegisterPartDialog | None = None
        self._all_parts: list[PartRow] = []
        self._build()
        self._catalogue = Refresher(runner, lambda: self.shop.query(queries.parts), self._show_parts, self)
        self._queue = Refresher(
            runner, lambda: self.shop.query(queries.part_requests, None, 200), self._show_queue, self
        )
        self._connect_signals(feed)
        self._selection_changed()

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(20, 16, 20, 16)
        root.setSpacing(14)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Parts counter"), "ScreenTitle"))
        top.addStretch(1)
        self.search = QLineEdit(placeholderText=self.tr("Find a part by code or name  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self.low_only = QCheckBox(self.tr("Only low stock"))
        self.register_button = button(self.tr("Register part…  (Ctrl+N)"), "primary", "large", "plus")
        top.addWidget(self.search)
        top.addWidget(self.low_only)
        top.addWidget(self.register_button)
        root.addLayout(top)

        middle = QHBoxLayout()
        middle.setSpacing(16)
        cat_card, cat = card(self)
        self.catalogue_title = label(self.tr("Catalogue"), "SectionTitle")
        cat.addWidget(self.catalogue_title)
        self.parts_model = PartsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.parts_model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.parts_view = table(self.proxy, stretch=1)
        self.parts_view.setSortingEnabled(True)
        self.parts_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        cat.addWidget(self.parts_view, 1)
        self.catalogue_empty = EmptyState()
        cat.addWidget(self.catalogue_empty)
        middle.addWidget(cat_card, 3)

        side_card, side = card(self)
        side_card.setFixedWidth(360)
        self.part_title = label("", "SectionTitle", wrap=True)
        self.part_stock = label("", "", wrap=True)
        side.addWidget(self.part_title)
        side.addWidget(self.part_stock)
        side.addSpacing(6)
        side.addWidget(label(self.tr("Receive a delivery"), "SectionTitle"))
        receive = QHBoxLayout()
        self.receive_qty = spin(1, MAX_COUNT, 1)
        self.receive_qty.setMinimumHeight(40)
        self.receive_button = button(self.tr("Add to stock"), "success", "large")
        # What each piece cost the shop (optional): the reports value stock and margins by it.
        self.receive_cost = MoneyEdit()
        self.receive_cost.setMinimumSize(140, 40)  # ₩1,500,000 whole, as every money field
        self.receive_cost.setPlaceholderText(self.tr("Cost each"))
        self.receive_cost.setToolTip(self.tr("Purchase cost of one piece of this delivery (optional)"))
        receive.addWidget(self.receive_qty)
        receive.addWidget(self.receive_cost)
        receive.addWidget(self.receive_button, 1)
        side.addLayout(receive)
        side.addSpacing(6)
        side.addWidget(label(self.tr("Take off the shelf (damaged, lost, count)"), "SectionTitle", wrap=True))
        take = QHBoxLayout()
        self.take_qty = spin(1, MAX_COUNT, 1)
        self.take_qty.setMinimumHeight(40)
        self.take_reason = QLineEdit(placeholderText=self.tr("Reason *"))
        take.addWidget(self.take_qty)
        take.addWidget(self.take_reason, 1)
        side.addLayout(take)
        self.take_error = FieldError()
        side.addWidget(self.take_error)
        self.take_button = button(self.tr("Take off stock"), "danger", "large")
        side.addWidget(self.take_button)
        self.message = Banner()
        side.addWidget(self.message)
        side.addStretch(1)
        middle.addWidget(side_card)
        root.addLayout(middle, 3)

        queue_card, queue = card(self)
        queue.addWidget(label(self.tr("Part requests from the bays — live"), "SectionTitle"))
        self.queue_model = PartRequestsModel(with_job=True, parent=self)
        self.queue_view = table(self.queue_model, stretch=6, row_height=30)
        queue.addWidget(self.queue_view, 1)
        root.addWidget(queue_card, 2)

    def _connect_signals(self, feed: ShopFeed) -> None:
        self.search.textChanged.connect(self._filter)
        self.low_only.toggled.connect(lambda _on: self._show_catalogue())
        self.register_button.clicked.connect(self.open_register)
        self.parts_view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.receive_button.clicked.connect(self.receive)
        self.take_button.clicked.connect(self.take_off)
        self.take_reason.textChanged.connect(lambda _t: self.take_error.set_error(""))
        QShortcut(QKeySequence("Ctrl+N"), self, self.open_register)
        QShortcut(QKeySequence("Ctrl+F"), self, self._focus_search)
        feed.changed.connect(self._shop_changed)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _shop_changed(self, types: frozenset[str]) -> None:
        if types & (PART_EVENTS | REQUEST_EVENTS):
            self._catalogue.request()
        if types & REQUEST_EVENTS:
            self._queue.request()

    # -- catalogue ------------------------------------------------------------------------------
    def _show_parts(self, parts: list[PartRow]) -> None:
        self._all_parts = parts
        self._show_catalogue()

    def _show_catalogue(self) -> None:
        shown = [p for p in self._all_parts if p.is_low] if self.low_only.isChecked() else self._all_parts
        self.parts_model.set_rows(shown)
        low = sum(1 for p in self._all_parts if p.is_low)
        self.catalogue_title.setText(
            self.tr("Catalogue — {n} parts, {low} low on stock").format(n=len(self._all_parts), low=low)
        )
        self._update_empty()
        self._selection_changed()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_empty()

    def _update_empty(self) -> None:
        if not self._all_parts:
            text = self.tr("No parts in the catalogue yet. Register the first one: Register part… (Ctrl+N).")
        elif self.low_only.isChecked() and not self.search.text().strip():
            text = self.tr("No part is low on stock.")
        else:
            text = self.tr("No part matches. Search for another code or name (Ctrl+F).")
        self.catalogue_empty.show_if(self.proxy.rowCount() == 0, text)

    def focus_first(self) -> None:
        """After the screen is shown, typing goes to the search."""
        self._focus_search()

    def selected_part(self) -> PartRow | None:
        rows = self.parts_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.parts_model.row_at(self.proxy.mapToSource(rows[0]).row())

    def select_part(self, part_code: str) -> None:
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            if self.parts_model.row_at(source.row()).part_code == part_code:
                self.parts_view.selectRow(row)
                return

    def _selection_changed(self) -> None:
        part = self.selected_part()
        widgets = (self.receive_qty, self.receive_cost, self.receive_button, self.take_qty, self.take_reason)
        for w in (*widgets, self.take_button):
            w.setEnabled(part is not None)
        if part is None:
            self.part_title.setText(self.tr("Select a part in the catalogue"))
            self.part_stock.setText("")
            return
        self.part_title.setText(f"{part.part_code} — {part.name} [{part.origin}]")
        state = (
            self.tr("Out of stock — reorder now.")
            if part.stock <= 0
            else self.tr("Low — reorder.")
            if part.is_low
            else self.tr("Enough on the shelf.")
        )
        self.part_stock.setText(
            self.tr("{stock} in stock · reorder at {low} · {price} each").format(
                stock=part.stock, low=part.low_stock, price=fmt.money(part.price)
            )
            + "\n"
            + state
        )

    # -- stock -----------------------------------------------------------------------------------
    def receive(self) -> None:
        part = self.selected_part()
        if part is None:
            return
        qty = self.receive_qty.value()
        cost = self.receive_cost.value() or 0
        self.runner.submit(
            IncreaseStock(part.id, qty, unit_cost=cost),
            on_done=lambda _r: self._received(qty, part.part_code),
            on_error=lambda exc: self.message.show_message("error", self.tr("Not added"), describe(exc)),
        )

    def _received(self, qty: int, code: str) -> None:
        self.receive_cost.clear()  # the next delivery says its own cost
        self.message.show_message("success", self.tr("{qty} × {code} added to stock").format(qty=qty, code=code))

    def take_off(self) -> None:
        part = self.selected_part()
        if part is None:
            return
        reason = self.take_reason.text().strip()
        if not reason:
            self.take_error.set_error(self.tr("Say why (damaged, lost, stock count…)."))
            self.take_reason.setFocus()
            return
        qty = self.take_qty.value()

        def done(_r: object) -> None:
            self.take_reason.clear()
            self.message.show_message(
                "success", self.tr("{qty} × {code} taken off stock").format(qty=qty, code=part.part_code), reason
            )

        self.runner.submit(
            DecreaseStock(part.id, qty, reason),
            on_done=done,
            on_error=lambda exc: self.message.show_message("error", self.tr("Not taken off"), describe(exc)),
        )

    def open_register(self) -> None:
        self.dialog = RegisterPartDialog(self.runner, self)
        self.dialog.accepted.connect(lambda: self.message.show_message("success", self.tr("Part registered")))
        self.dialog.open()
        self.dialog.code.setFocus()

    # -- queue -------------------------------------------------------------------------------------
    def _show_queue(self, rows: list[PartRequestRow]) -> None:
        self.queue_model.set_rows(rows)

    # -- for tests and screenshots -------------------------------------------------------------------
    def refresh(self) -> None:
        self._catalogue.now()
        self._queue.now()

    @property
    def busy(self) -> bool:
        return self._catalogue.busy or self._queue.busy
