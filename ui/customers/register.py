"""The register (고객·차량 관리): find a car, open it and its owner, correct them, merge, export, erase.

Opened from the desk (the button under the receipts' search, or Ctrl+R) as a
page of the main window without a rail button, so the idle lock covers it
like any screen. Each action sends one existing command of the customers
context and shows its outcome in the banner; a refusal is the command's own
sentence, in the terminal's language, and nothing is written. Which buttons a
user sees is ui.users.session's ACTIONS table (the bus checks again).
The dialogs that ask (`ask_new_number`, `run_picker`, and ui.customers.privacy's
`ask_export_path`, `confirm_erase`) are methods, so tests answer for the desk.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.customers.records import CustomerRecord, VehicleRecord, customer_record, vehicle_record
from domain.commands import (
    ChangeCarNumber,
    ChangeVehicleOwner,
    Command,
    MergeCustomers,
    MergeVehicles,
    RecordConsent,
)
from domain.customers.identifiers import car_number_key
from domain.customers.search import VehicleMatch
from domain.texts import Message
from ui.customers.history import open_vehicle_history
from ui.customers.models import VehicleMatchModel
from ui.customers.pickers import CUSTOMERS, VEHICLES, RecordPicker
from ui.customers.privacy import PrivacyRequests
from ui.customers.record_forms import CustomerForm, VehicleForm
from ui.domain_text import text_of
from ui.errors import describe
from ui.fit import FlowLayout
from ui.runner import CommandRunner
from ui.widgets import Banner, EmptyState, button, card, header_row, label, selected_row, table

#: Changes to the register, from this terminal or another: the list is read again.
REGISTER_EVENTS = frozenset(
    {
        "CustomerUpdated",
        "ConsentRecorded",
        "CustomerErased",
        "CustomersMerged",
        "VehicleRegistered",
        "VehicleUpdated",
        "VehicleOwnerChanged",
        "CarNumberChanged",
        "VehiclesMerged",
        "RepairRequested",
    }
)
#: The list's last-visit column, left out below this width (1024 px screens) so the owner's name fits.
LAST_VISIT, NARROW = 4, 1100


class RegisterScreen(QWidget):
    """Search on the left; the chosen car and its owner on the right, each with its actions."""

    #: The desk is done here: show the screen it came from.
    back_requested = Signal()

    def __init__(self, runner: CommandRunner, feed: object = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        self.runner = runner
        self.shop = runner.shop
        self.match: VehicleMatch | None = None
        self.vehicle: VehicleRecord | None = None
        self.customer: CustomerRecord | None = None
        self._busy = False
        self._asked = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._build()
        #: The customer's requests to see or erase what is held about them.
        self.privacy = PrivacyRequests(runner, self.message, self.send, self)
        self._connect_signals(feed)
        self._show_record(None, None)

    # -- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(20, 8, 20, 8)
        root.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(
            header_row(
                self.tr("Customers and cars"),
                self.tr("Every change is recorded with who made it and when; names and phones never enter the log."),
            ),
            1,
        )
        self.back_button = button(self.tr("Back  (Esc)"))
        top.addWidget(self.back_button)
        root.addLayout(top)

        body = QHBoxLayout()
        body.setSpacing(16)
        find_card, find = card(self, margins=12, spacing=6)
        self.search = QLineEdit(placeholderText=self.tr("Car number, last four digits, phone, name or VIN  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        find.addWidget(self.search)
        self.results_model = VehicleMatchModel(self)
        self.results = table(self.results_model, stretch=2, row_height=30)
        find.addWidget(self.results, 1)
        self.found_label = label("", "Muted", wrap=True)
        self.found_label.hide()
        find.addWidget(self.found_label)
        self.empty = EmptyState(self._type_text())
        find.addWidget(self.empty)
        self.empty.show()
        self.message = Banner()
        find.addWidget(self.message)
        body.addWidget(find_card, 1)

        right = QVBoxLayout()
        right.setSpacing(8)
        car_card, car = card(self, margins=12, spacing=6)
        self.car_title = label("", "SectionTitle", wrap=True)
        self.car_facts = label("", "Muted", wrap=True)
        self.vehicle_form = VehicleForm()
        self.plate_button = button(self.tr("Change number…"))
        self.plate_button.setToolTip(self.tr("The car got a new plate: its history follows it"))
        self.owner_button = button(self.tr("Change owner…"))
        self.owner_button.setToolTip(self.tr("The car changed hands: its history stays with the car"))
        self.merge_vehicle_button = button(self.tr("Merge a duplicate car…"))
        self.history_button = button(self.tr("Visits…"))
        car_actions = FlowLayout()
        for b in (
            self.vehicle_form.save_button,
            self.plate_button,
            self.owner_button,
            self.merge_vehicle_button,
            self.history_button,
        ):
            car_actions.addWidget(b)
        for w in (self.car_title, self.car_facts, self.vehicle_form):
            car.addWidget(w)
        car.addLayout(car_actions)
        right.addWidget(car_card)

        owner_card, owner = card(self, margins=12, spacing=6)
        self.owner_title = label("", "SectionTitle", wrap=True)
        self.customer_form = CustomerForm()
        consent = QHBoxLayout()
        self.consent_label = label("", "", wrap=True)
        self.consent_button = button("")
        consent.addWidget(self.consent_label, 1)
        consent.addWidget(self.consent_button)
        self.merge_customer_button = button(self.tr("Merge a duplicate customer…"))
        self.export_button = button(self.tr("Export data…"))
        self.export_button.setToolTip(self.tr("Everything held about this customer, as JSON or CSV (개인정보 열람)"))
        self.erase_button = button(self.tr("Erase on request…"), "danger")
        self.erase_button.setToolTip(self.tr("Erase the name, phone and note at the customer's request (삭제)"))
        owner_actions = FlowLayout()
        for b in (self.customer_form.save_button, self.merge_customer_button, self.export_button, self.erase_button):
            owner_actions.addWidget(b)
        owner.addWidget(self.owner_title)
        owner.addWidget(self.customer_form)
        owner.addLayout(consent)
        owner.addLayout(owner_actions)
        right.addWidget(owner_card)
        right.addStretch(1)
        body.addLayout(right, 1)
        root.addLayout(body, 1)

    def _connect_signals(self, feed: object) -> None:
        self.back_button.clicked.connect(self.back_requested)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.search_now)
        self._timer.timeout.connect(self.search_now)
        self.results.selectionModel().selectionChanged.connect(lambda *_: self._picked())
        self.vehicle_form.save_button.clicked.connect(self.save_vehicle)
        self.customer_form.save_button.clicked.connect(self.save_customer)
        self.consent_button.clicked.connect(self.toggle_consent)
        self.plate_button.clicked.connect(self.change_number)
        self.owner_button.clicked.connect(self.change_owner)
        self.merge_vehicle_button.clicked.connect(self.merge_vehicle)
        self.merge_customer_button.clicked.connect(self.merge_customer)
        self.export_button.clicked.connect(lambda: self.privacy.export(self.customer))
        self.erase_button.clicked.connect(lambda: self.privacy.erase(self.customer))
        self.history_button.clicked.connect(self.open_history)
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)
        QShortcut(QKeySequence("Escape"), self, self.back_requested.emit)
        changed = getattr(feed, "changed", None)
        if changed is not None:
            changed.connect(lambda types: self._shop_changed(types))

    @property
    def busy(self) -> bool:
        """A read or a command of this screen is running (tests wait on it)."""
        return self._busy or self.privacy.busy

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.results.setColumnHidden(LAST_VISIT, self.width() < NARROW)

    def _type_text(self) -> str:
        return self.tr(
            "Type a car number, a phone, a name or a VIN to find a car (Ctrl+F). "
            "A car goes on the register with its first repair request."
        )

    def focus_first(self) -> None:
        self.focus_search()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _shop_changed(self, types: frozenset[str]) -> None:
        if types & REGISTER_EVENTS and self._asked and not self.busy:
            self.search_now(keep=True)

    # -- search and open ------------------------------------------------------------------
    def search_now(self, keep: bool = False) -> None:
        """Look the typed text up; `keep` re-selects the open car when it is still found."""
        self._timer.stop()
        text = self.search.text().strip()
        self._asked = text
        keep_id = self.match.vehicle_id if keep and self.match else None
        self._busy = True
        self.runner.read_call(
            self.shop.find_vehicles,
            text,
            on_done=lambda rows: self._found(text, rows, keep_id),
            on_error=self._read_failed,
        )

    def _found(self, text: str, rows: list[VehicleMatch], keep_id: int | None) -> None:
        self._busy = False
        if text != self._asked:
            return
        self.results_model.set_rows(rows)
        self.found_label.setText(self.tr("{n} car(s) found.").format(n=len(rows)))
        self.found_label.setVisible(bool(rows))
        no_match = self.tr("No car on the register matches. Try the last four digits or the phone (Ctrl+F).")
        self.empty.show_if(not rows, no_match if text else self._type_text())
        at = next((n for n, r in enumerate(rows) if r.vehicle_id == keep_id), 0 if rows else -1)
        if at >= 0:
            selected: VehicleMatch | None = selected_row(self.results)
            if selected is not None and selected.vehicle_id == rows[at].vehicle_id:
                self._picked()  # still selected (the list kept it): read the record again all the same
            else:
                self.results.selectRow(at)
        else:
            self._show_record(None, None)

    def _picked(self) -> None:
        match: VehicleMatch | None = selected_row(self.results)
        self.match = match
        if match is None:
            self._show_record(None, None)
            return
        self.open_vehicle(match.vehicle_id)

    def open_vehicle(self, vehicle_id: int) -> None:
        self._busy = True
        self.runner.read_call(self._read_records, vehicle_id, on_done=self._opened, on_error=self._read_failed)

    def _read_records(self, vehicle_id: int) -> tuple[VehicleRecord, CustomerRecord | None]:
        """On the reader thread: the car and its owner."""
        car = self.shop.query(vehicle_record, vehicle_id)
        owner = self.shop.query(customer_record, car.owner_id) if car.owner_id is not None else None
        return car, owner

    def _opened(self, records: tuple[VehicleRecord, CustomerRecord | None]) -> None:
        self._busy = False
        if self.match is None or records[0].vehicle_id != self.match.vehicle_id:
            return  # another car was picked since
        self._show_record(*records)

    def _read_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.message.show_message("error", self.tr("Could not read the register"), describe(exc))

    def _show_record(self, car: VehicleRecord | None, owner: CustomerRecord | None) -> None:
        self.vehicle, self.customer = car, owner
        self.vehicle_form.load(car)
        self.customer_form.load(owner)
        for b in (self.plate_button, self.owner_button, self.merge_vehicle_button, self.history_button):
            b.setEnabled(car is not None)
        live = owner is not None and not owner.anonymised and owner.merged_into is None
        for b in (self.consent_button, self.merge_customer_button, self.erase_button):
            b.setEnabled(live)
        self.export_button.setEnabled(owner is not None)
        if car is None:
            self.car_title.setText(self.tr("Pick a car from the list"))
            self.car_facts.setText("")
        else:
            self.car_title.setText(self.tr("{car} · vehicle record {n}").format(car=car.car_number, n=car.vehicle_id))
            facts = [self.tr("{n} visit(s)").format(n=car.visits)]
            if car.last_mileage is not None:
                facts.append(self.tr("last reading {km:,} km").format(km=car.last_mileage))
            if car.former_numbers:
                facts.append(self.tr("formerly {plates}").format(plates=", ".join(car.former_numbers)))
            self.car_facts.setText(" · ".join(facts))
        self._show_owner(car, owner)

    def _show_owner(self, car: VehicleRecord | None, owner: CustomerRecord | None) -> None:
        if owner is None:
            self.owner_title.setText(self.tr("No owner on record") if car else self.tr("Owner"))
            self.consent_label.setText("")
            self.consent_button.setText(self.tr("Record consent"))
            return
        if owner.anonymised:
            self.owner_title.setText(
                self.tr("{name} · customer record {n} (erased on {day})").format(
                    name=text_of_erased(), n=owner.customer_id, day=owner.anonymised_on or "—"
                )
            )
        else:
            self.owner_title.setText(
                self.tr("Owner · customer record {n} · {visits} visit(s)").format(
                    n=owner.customer_id, visits=owner.visits
                )
            )
        if owner.consent_date is None:
            self.consent_label.setText(self.tr("Consent to be contacted: not asked yet."))
        elif owner.consent:
            self.consent_label.setText(self.tr("Agreed to be contacted on {day}.").format(day=owner.consent_date))
        else:
            self.consent_label.setText(self.tr("Declined to be contacted on {day}.").format(day=owner.consent_date))
        self.consent_button.setText(self.tr("Withdraw consent") if owner.consent else self.tr("Record consent"))
        self.consent_button.setToolTip(
            self.tr("The customer no longer wants reminders or offers; dated today")
            if owner.consent
            else self.tr("The customer agrees to reminders and offers; dated today")
        )

    # -- sending ----------------------------------------------------------------------------
    def send(self, command: Command, done: str, then_search: str | None = None) -> None:
        """Send one command; on success say `done` and read the register again (searching `then_search`)."""
        problems = command.problems()
        if problems:  # refused before it leaves the screen: nothing is sent
            self.message.show_message("error", self.tr("Not saved"), text_of(problems[0]))
            return
        self._busy = True
        self.runner.submit(command, on_done=lambda _r: self._sent(done, then_search), on_error=self._refused)

    def _sent(self, done: str, then_search: str | None) -> None:
        self._busy = False
        self.message.show_message("success", self.tr("Saved"), done)
        if then_search is not None and then_search != self.search.text().strip():
            self.search.setText(then_search)  # the list follows the car to its new number
        self.search_now(keep=True)

    def _refused(self, exc: BaseException) -> None:
        self._busy = False
        self.message.show_message("error", self.tr("Not saved"), describe(exc))

    # -- the car ----------------------------------------------------------------------------
    def save_vehicle(self) -> None:
        command = self.vehicle_form.command()
        if command is not None:
            self.send(command, self.tr("The car's record is corrected."))

    def ask_new_number(self, current: str) -> str | None:
        """The car's new plate; None when the desk changed its mind."""
        text, ok = QInputDialog.getText(
            self,
            self.tr("Change the car number"),
            self.tr("New number for {car} (its visits stay with the car, under both numbers):").format(car=current),
        )
        return text if ok else None

    def change_number(self) -> None:
        if self.vehicle is None:
            return
        typed = self.ask_new_number(self.vehicle.car_number)
        if typed is None:
            return
        command = ChangeCarNumber(self.vehicle.vehicle_id, typed)
        self.send(
            command,
            self.tr("{old} now carries the number {new}; its history followed it.").format(
                old=self.vehicle.car_number, new=typed.strip()
            ),
            then_search=typed.strip(),
        )

    def run_picker(self, picker: RecordPicker) -> Command | None:
        """Show the picker; the command it chose, or None (tests answer for the desk)."""
        picker.exec()
        return picker.chosen_command

    def change_owner(self) -> None:
        car = self.vehicle
        if car is None:
            return
        picker = RecordPicker(
            self.runner,
            CUSTOMERS,
            self.tr("Change the owner of {car}").format(car=car.car_number),
            self.tr("Find the new owner on the register. The car's visits stay with the car."),
            self.tr("Make owner"),
            lambda cid: ChangeVehicleOwner(car.vehicle_id, cid),
            lambda owner: self.tr("{car} will belong to {name} (customer record {n}) from today.").format(
                car=car.car_number, name=owner.name or text_of_erased(), n=owner.customer_id
            ),
            self,
        )
        picker.add_button(self.tr("No owner known"), lambda: ChangeVehicleOwner(car.vehicle_id, None))
        command = self.run_picker(picker)
        if command is not None:
            self.send(command, self.tr("The owner of {car} is changed.").format(car=car.car_number))

    def merge_vehicle(self) -> None:
        car = self.vehicle
        if car is None:
            return
        picker = RecordPicker(
            self.runner,
            VEHICLES,
            self.tr("Merge a duplicate of {car}").format(car=car.car_number),
            self.tr("Pick the other record of this same car. Its visits and readings move to {car}.").format(
                car=car.car_number
            ),
            self.tr("Merge"),
            lambda other: MergeVehicles(car.vehicle_id, other),
            lambda other: self.tr(
                "{other} (vehicle record {n}, {visits} visit(s)) becomes part of {car}: its visits and readings "
                "move to {car} and {other} is kept as a former number. This cannot be undone."
            ).format(other=other.car_number, n=other.vehicle_id, visits=other.visits, car=car.car_number),
            self,
        )
        picker.search.setText(car_number_key(car.car_number) or car.car_number)
        command = self.run_picker(picker)
        if command is not None:
            self.send(command, self.tr("The two records of {car} are one now.").format(car=car.car_number))

    def open_history(self) -> QWidget | None:
        if self.vehicle is None:
            return None
        return open_vehicle_history(self.runner, self.vehicle.car_number, self)

    # -- the owner --------------------------------------------------------------------------
    def save_customer(self) -> None:
        command = self.customer_form.command()
        if command is not None:
            self.send(command, self.tr("The customer's record is corrected."))

    def toggle_consent(self) -> None:
        owner = self.customer
        if owner is None:
            return
        if owner.consent:
            self.send(RecordConsent(owner.customer_id, False), self.tr("Consent withdrawn, dated today."))
        else:
            self.send(RecordConsent(owner.customer_id, True), self.tr("Consent recorded, dated today."))

    def merge_customer(self) -> None:
        owner = self.customer
        if owner is None:
            return
        picker = RecordPicker(
            self.runner,
            CUSTOMERS,
            self.tr("Merge a duplicate of customer record {n}").format(n=owner.customer_id),
            self.tr("Pick the other record of this same person. Their cars and visits move to record {n}.").format(
                n=owner.customer_id
            ),
            self.tr("Merge"),
            lambda other: MergeCustomers(owner.customer_id, other),
            lambda other: self.tr(
                "Customer record {n} ({cars} car(s), {visits} visit(s)) becomes part of record {keep}: its cars and "
                "visits move there, and record {keep} takes its phone and note only where it has none. "
                "This cannot be undone."
            ).format(n=other.customer_id, cars=len(other.cars), visits=other.visits, keep=owner.customer_id),
            self,
        )
        picker.search.setText(owner.name)
        command = self.run_picker(picker)
        if command is not None:
            self.send(command, self.tr("The two customer records are one now."))


def text_of_erased() -> str:
    """'Erased customer', where an erased record's name was."""
    return text_of(Message("customers.erased_customer"))
