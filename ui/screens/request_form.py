"""The new-request form of the reception desk: fields checked as they are typed, the outcome under the button.

The form has no rules of its own: it builds the `RequestRepair` it would send and
asks the command for its problems; each refusal marks the input of the field it
names (`params["field"]`), in the terminal's language.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import queries
from app.queries import BoardRow, MechanicRow, ReceiptRow
from domain.commands import RequestRepair
from domain.common.fields import Field, field_of, is_missing
from domain.customers.fields import Field as CustomersField
from domain.customers.model import MileageBelowLast
from domain.customers.search import VehicleMatch
from domain.errors import DomainError
from domain.reception.commands import MAX_MAN_DAY_PER_REPAIR
from ui.domain_text import reason_text, text_of
from ui.errors import describe
from ui.runner import CommandRunner
from ui.widgets import (
    Banner,
    EmptyState,
    FieldError,
    MoneyEdit,
    button,
    header_row,
    label,
    screen_key,
    set_invalid,
    spin,
)

#: The form's input (a key of `errors`) for each field RequestRepair checks, in the form's order.
FIELD_INPUTS = {
    Field.CUSTOMER_NAME.code: "customer",
    Field.PHONE.code: "phone",
    Field.CAR_NUMBER.code: "car_number",
    Field.CAR_ID.code: "car_id",
    Field.MECHANIC_NUMBER.code: "mechanic",
    Field.MAN_DAYS.code: "man_day",
    Field.LABOUR_FARE.code: "fare",
    Field.TERM.code: "term",
    Field.NOTES.code: "note",
    Field.WANTED_BY.code: "wanted_by",
    # the register's checks (customers context) of the same inputs
    CustomersField.CAR_NUMBER.code: "car_number",
    CustomersField.PHONE.code: "phone",
    CustomersField.MILEAGE.code: "mileage",
    CustomersField.ODOMETER_REPLACED.code: "mileage",
}


class RequestForm(QFrame):
    """A customer's repair request: sent by `submit()`, its outcome shown in `outcome`."""

    #: The desk typed in the car number field (the screen looks up the car's earlier visits).
    car_number_edited = Signal(str)
    #: The desk typed in the phone field (the screen looks the phone's digits up on the register).
    phone_edited = Signal(str)
    #: The form was emptied for the next customer.
    cleared = Signal()

    def __init__(self, runner: CommandRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.setMinimumWidth(380)  # 1024 px screens; up to 470 where there is room
        self.setMaximumWidth(470)
        self.runner = runner
        self.shop = runner.shop
        self._submitted = False
        #: The shop's refusal of the last request for one input (key, text): shown under it until it is edited.
        self._refused_for: tuple[str, str] | None = None
        self._typing_in: QWidget | None = None
        self._mechanics: list[MechanicRow] = []
        form = QVBoxLayout(self)
        form.setContentsMargins(14, 12, 14, 12)
        form.setSpacing(5)
        head = QHBoxLayout()
        head.addWidget(header_row(self.tr("New repair request"), self.tr("Fields marked * are required.")), 1)
        #: Beside the title, for the screen's own buttons (the desk's way to the register).
        self.corner = QVBoxLayout()
        head.addLayout(self.corner)
        form.addLayout(head)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self.customer = QLineEdit(placeholderText=self.tr("e.g. Hong Gil-dong"))
        self.phone = QLineEdit(placeholderText="010-1234-5678")
        self.car_number = QLineEdit(placeholderText=self.tr("e.g. 12가3456"))
        self.car_id = QLineEdit(placeholderText=self.tr("VIN, optional"))
        self.model = QLineEdit(placeholderText=self.tr("from the register"))
        self.model.setReadOnly(True)
        self.mileage = QLineEdit(placeholderText=self.tr("km on the odometer, optional"))
        self.mechanic = QComboBox()
        self.mechanic.setMinimumHeight(34)
        self.man_day = spin(1, MAX_MAN_DAY_PER_REPAIR, 1, self.tr(" day(s)"))
        self.fare = MoneyEdit()
        self.fare.setMinimumWidth(130)  # ₩1,500,000 whole, in every language
        self.term = QLineEdit(placeholderText=self.tr("e.g. engine oil change"))
        self.wanted_by = QLineEdit(placeholderText=self.tr("YYYY-MM-DD, optional"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What the customer said, when they pick up the car…"))
        self.note.setFixedHeight(64)
        self.note.setTabChangesFocus(True)
        self.errors: dict[str, FieldError] = {}
        rows: list[tuple[str, str, QWidget]] = [
            ("customer", self.tr("Customer *"), self.customer),
            ("phone", self.tr("Phone"), self.phone),
            ("car_number", self.tr("Car number *"), self.car_number),
            ("car_id", self.tr("Car id (VIN)"), self.car_id),
            ("model", self.tr("Model"), self.model),
            ("mileage", self.tr("Mileage (km)"), self.mileage),
            ("mechanic", self.tr("Mechanic *"), self.mechanic),
        ]
        r = 0
        for key, text, widget in rows:
            grid.addWidget(label(text), r, 0)
            grid.addWidget(widget, r, 1, 1, 3)
            self.errors[key] = FieldError()
            grid.addWidget(self.errors[key], r + 1, 1, 1, 3)
            r += 2
        grid.addWidget(label(self.tr("Man-days *")), r, 0)
        grid.addWidget(self.man_day, r, 1)
        # "Fare": with "Labour fare" beside the man-days an English form squeezed the fare to 92 px at 1024 px.
        grid.addWidget(label(self.tr("Fare *")), r, 2)
        grid.addWidget(self.fare, r, 3)
        self.errors["man_day"] = FieldError()
        self.errors["fare"] = FieldError()
        grid.addWidget(self.errors["man_day"], r + 1, 1)
        grid.addWidget(self.errors["fare"], r + 1, 3)
        r += 2
        grid.addWidget(label(self.tr("Work")), r, 0)
        grid.addWidget(self.term, r, 1, 1, 3)
        self.errors["term"] = FieldError()
        grid.addWidget(self.errors["term"], r + 1, 1, 1, 3)
        r += 2
        grid.addWidget(label(self.tr("Wanted by")), r, 0)
        grid.addWidget(self.wanted_by, r, 1, 1, 3)
        self.errors["wanted_by"] = FieldError()
        grid.addWidget(self.errors["wanted_by"], r + 1, 1, 1, 3)
        r += 2
        grid.addWidget(label(self.tr("Notes")), r, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.note, r, 1, 1, 3)
        self.errors["note"] = FieldError()
        grid.addWidget(self.errors["note"], r + 1, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        form.addLayout(grid)
        self.capacity_hint = label("", "FieldHint", wrap=True)
        self.capacity_hint.hide()
        form.addWidget(self.capacity_hint)
        # A new shop: nobody to give a job to yet. Say what to do, and with which key.
        self.no_mechanics = EmptyState()
        form.addWidget(self.no_mechanics)
        self.clear_button = button(self.tr("Clear"), size="large")
        self.clear_button.setToolTip(self.tr("Empty the form (Ctrl+N)"))
        self.submit_button = button(self.tr("Register request  (Ctrl+Enter)"), "primary", "large")
        actions = QHBoxLayout()
        actions.addWidget(self.clear_button)
        actions.addWidget(self.submit_button, 1)
        form.addLayout(actions)
        self.outcome = Banner()
        form.addWidget(self.outcome)
        form.addStretch(1)
        keys = label(
            self.tr(
                "Ctrl+Enter register · Ctrl+N new request · Ctrl+F search receipts · Delete cancel the selected receipt"
            ),
            "Shortcuts",
            wrap=True,
        )
        form.addWidget(keys)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.submit_button.clicked.connect(self.submit)
        self.clear_button.clicked.connect(lambda: self.clear_form())
        self.car_number.textEdited.connect(self.car_number_edited)
        for key, widget in self.inputs().items():
            if isinstance(widget, QLineEdit):  # typing in the input the shop refused is answering it
                widget.textEdited.connect(lambda _t, key=key: self._answered(key))
        self.phone.textEdited.connect(self.phone_edited)
        typed = (self.customer, self.phone, self.car_number, self.car_id, self.term, self.mileage, self.wanted_by)
        for widget in typed:
            widget.textChanged.connect(lambda _t: self._revalidate())
        self.fare.textChanged.connect(lambda _t: self._revalidate())
        self.note.textChanged.connect(self._revalidate)
        self.man_day.valueChanged.connect(lambda _v: self._revalidate())
        self.mechanic.currentIndexChanged.connect(lambda _i: self._revalidate())

    # -- mechanics ------------------------------------------------------------------------
    @property
    def mechanic_rows(self) -> list[MechanicRow]:
        """The mechanics the picker lists, as last read."""
        return list(self._mechanics)

    def show_mechanics(self, mechanics: list[MechanicRow]) -> None:
        chosen = self.mechanic.currentData()
        self._mechanics = mechanics
        self.mechanic.blockSignals(True)
        self.mechanic.clear()
        if mechanics:
            self.mechanic.addItem(self.tr("Choose a mechanic…"), None)
        else:
            self.mechanic.addItem(self.tr("No mechanic yet: register one first"), None)
        self.no_mechanics.show_if(not mechanics, self._no_mechanics_text())
        for m in mechanics:
            text = self.tr("{name} — {days} man-day(s) left · free from {day} · {jobs} open job(s)").format(
                name=m.name, days=m.man_day, day=m.next_free_day or "—", jobs=m.open_jobs
            )
            self.mechanic.addItem(text, m.id)
        at = self.mechanic.findData(chosen) if chosen is not None else 0
        self.mechanic.setCurrentIndex(max(at, 0))
        self.mechanic.blockSignals(False)
        self._revalidate()

    def _no_mechanics_text(self) -> str:
        """Where mechanics are registered, with the key of that screen when this window has it."""
        key = screen_key(self, "mechanics")
        if key:
            return self.tr(
                "No mechanic is registered yet. Register the shop's mechanics first: Mechanics screen ({key})."
            ).format(key=key)
        return self.tr("No mechanic is registered yet. A manager registers the shop's mechanics first.")

    def _chosen_mechanic(self) -> MechanicRow | None:
        mechanic_id = self.mechanic.currentData()
        return next((m for m in self._mechanics if m.id == mechanic_id), None)

    # -- validation -----------------------------------------------------------------------
    def inputs(self) -> dict[str, QWidget]:
        """The input of each key of `errors`."""
        return {
            "customer": self.customer,
            "phone": self.phone,
            "car_number": self.car_number,
            "car_id": self.car_id,
            "mileage": self.mileage,
            "mechanic": self.mechanic,
            "man_day": self.man_day,
            "fare": self.fare,
            "term": self.term,
            "note": self.note,
            "wanted_by": self.wanted_by,
        }

    def problems(self) -> dict[str, DomainError]:
        """The command's refusal for each input it names (empty when the form can be sent)."""
        found: dict[str, DomainError] = {}
        for problem in self.command().problems():
            found.setdefault(FIELD_INPUTS.get(field_of(problem), "customer"), problem)
        return found

    def field_errors(self) -> dict[str, str]:
        """Every input's problem in words, in the terminal's language."""
        return {key: text_of(problem) for key, problem in self.problems().items()}

    def _answered(self, key: str) -> None:
        if self._refused_for is not None and self._refused_for[0] == key:
            self._refused_for = None

    def _revalidate(self) -> None:
        problems = self.problems()
        for key, widget in self.inputs().items():
            # A blank required field only turns red once the desk tried to send the form;
            # a wrong value shows at once, and so does a field typed blank (spaces only).
            problem = problems.get(key)
            show = problem is not None and (self._submitted or not is_missing(problem) or _typed(widget))
            text = text_of(problem) if problem is not None and show else ""
            if not text and self._refused_for is not None and self._refused_for[0] == key:
                text, show = self._refused_for[1], True  # a later change elsewhere does not wipe the refusal
            self.errors[key].set_error(text)
            set_invalid(widget, show)
        chosen = self._chosen_mechanic()
        if chosen is not None and self.man_day.value() > chosen.man_day:
            self.capacity_hint.setText(
                self.tr(
                    "{name} has {left} man-day(s) left and this needs {need}: the request will be rejected. "
                    "Choose another mechanic or lower the estimate."
                ).format(name=chosen.name, left=chosen.man_day, need=self.man_day.value())
            )
            self.capacity_hint.show()
        elif chosen is not None and "wanted_by" not in problems and _before(self.wanted_by.text(), chosen):
            self.capacity_hint.setText(
                self.tr(
                    "{name} is free from {day}: a job wanted by {wanted} may be rejected. "
                    "The picker shows who is free sooner."
                ).format(name=chosen.name, day=chosen.next_free_day, wanted=self.wanted_by.text().strip())
            )
            self.capacity_hint.show()
        else:
            self.capacity_hint.hide()

    # -- submit ---------------------------------------------------------------------------
    def typed_mileage(self) -> object:
        """The odometer as typed: None when blank, an int for digits ('52,000 km' too), else the text (refused)."""
        text = self.mileage.text().strip().lower().removesuffix("km").replace(",", "").replace(" ", "")
        if not text:
            return None
        return int(text) if text.isascii() and text.isdigit() else text

    def command(self, odometer_replaced: bool = False) -> RequestRepair:
        """The request as typed; nothing chosen or typed is None (the command says it is required)."""
        values: dict[str, Any] = {
            "customer_name": self.customer.text(),
            "car_number": self.car_number.text(),
            "mechanic_id": self.mechanic.currentData(),
            "man_day": self.man_day.value(),
            "fare": self.fare.value(),
            "car_id": self.car_id.text(),
            "customer_phone": self.phone.text(),
            "term": self.term.text(),
            "request_note": self.note.toPlainText(),
            "wanted_by": self.wanted_by.text(),
            "mileage": self.typed_mileage(),
            "odometer_replaced": odometer_replaced,
        }
        return RequestRepair(**values)

    def submit(self) -> None:
        self._submitted = True
        self._refused_for = None
        self._revalidate()
        problems = self.problems()
        if problems:
            self.outcome.show_message(
                "error", self.tr("Check the form"), self.tr("Correct the fields marked in red, then register again.")
            )
            inputs = self.inputs()
            next(inputs[key] for key in inputs if key in problems).setFocus()
            return
        typing_in = self.window().focusWidget()  # disabling the button would move the focus off it
        self._typing_in = typing_in if typing_in is not None and self.isAncestorOf(typing_in) else None
        self.submit_button.setEnabled(False)
        self.outcome.show_message("info", self.tr("Registering the request…"))
        self.runner.call(self._register, self.command(), on_done=self._registered, on_error=self._refused)

    def _register(self, command: RequestRepair) -> tuple[int, BoardRow | None]:
        """On the writer thread: the request, and its outcome as the board shows it."""
        receipt_id = self.shop.handle(command)
        return receipt_id, self.shop.query(queries.board_row, receipt_id)

    def _registered(self, result: tuple[int, BoardRow | None]) -> None:
        receipt_id, row = result
        self.submit_button.setEnabled(True)
        if row is not None and row.job_status == "rejected":
            self.outcome.show_message(
                "error",
                self.tr("Rejected — receipt #{receipt}").format(receipt=receipt_id),
                reason_text(row),
            )
            self.mechanic.setFocus()  # rejected for the mechanic's man-days: another mechanic, or fewer days
            return
        mechanic = row.mechanic_name if row else ""
        if row is not None and row.job_id is not None:
            title = self.tr("Accepted — receipt #{receipt}, job #{job}").format(receipt=receipt_id, job=row.job_id)
            body = self.tr("{mechanic} has the job for {car}. Give the customer receipt number {receipt}.").format(
                mechanic=mechanic, car=row.car_number, receipt=receipt_id
            )
            if row.promised_date:
                body += " " + self.tr("Promised for {date}.").format(date=row.promised_date)
        else:
            title = self.tr("Registered — receipt #{receipt}").format(receipt=receipt_id)
            body = self.tr("Waiting for the mechanic's answer; the board will show it.")
        self.outcome.show_message("success", title, body)
        self.clear_form(keep_outcome=True)

    def confirm_odometer_replaced(self, exc: MileageBelowLast) -> bool:
        """Ask whether a reading below the last one is right because the odometer was replaced."""
        answer = QMessageBox.question(
            self,
            self.tr("Lower mileage than last time"),
            self.tr("{why}\n\nWas the odometer replaced?").format(why=describe(exc)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, MileageBelowLast) and self.confirm_odometer_replaced(exc):
            self.outcome.show_message("info", self.tr("Registering the request…"))
            self.runner.call(
                self._register, self.command(odometer_replaced=True), on_done=self._registered, on_error=self._refused
            )
            return
        self.submit_button.setEnabled(True)
        self.outcome.show_message("error", self.tr("Not registered"), describe(exc))
        key = FIELD_INPUTS.get(field_of(exc))
        if key is not None:  # refused by the shop for a field (another terminal changed something)
            self._refused_for = (key, describe(exc))
            self.errors[key].set_error(describe(exc))
            set_invalid(self.inputs()[key], True)
            self.inputs()[key].setFocus()
        elif self._typing_in is not None and self._typing_in.isEnabled():
            self._typing_in.setFocus()  # where the request was sent from, to send it again

    def clear_form(self, keep_outcome: bool = False) -> None:
        typed = (self.customer, self.phone, self.car_number, self.car_id, self.model, self.mileage, self.term)
        for widget in (*typed, self.wanted_by):
            widget.clear()
        self.fare.clear()
        self.note.clear()
        self.man_day.setValue(1)
        self._submitted = False
        self._refused_for = None
        self._revalidate()
        self.cleared.emit()
        if not keep_outcome:
            self.outcome.clear()
        self.customer.setFocus()

    def fill_from_register(self, match: VehicleMatch, plate: bool = False) -> None:
        """Fill the empty customer, phone and VIN fields, and the model, from the register's record of the car.

        `plate`: the desk chose this car, so its number replaces what was typed (the last four digits, a phone).
        """
        if plate:
            self.car_number.setText(match.car_number)
        for widget, value in (
            (self.customer, match.customer_name),
            (self.phone, match.customer_phone),
            (self.car_id, match.car_id),
        ):
            if value and not widget.text().strip():
                widget.setText(value)
        self.model.setText(match.model)

    def fill_from_visit(self, visit: ReceiptRow) -> None:
        """Copy a customer's details from an earlier visit into the fields still empty."""
        for widget, value in (
            (self.customer, visit.customer_name),
            (self.phone, visit.customer_phone),
            (self.car_id, visit.car_id),
        ):
            if not widget.text().strip():
                widget.setText(value)
        self.mechanic.setFocus()


def _typed(widget: QWidget) -> bool:
    """Whether something (if only spaces) was typed into a text input."""
    if isinstance(widget, QLineEdit):
        return bool(widget.text())
    return isinstance(widget, QPlainTextEdit) and bool(widget.toPlainText())


def _before(wanted_by: str, mechanic: MechanicRow) -> bool:
    """Whether a wanted-by date (already valid) falls before the mechanic's next free day."""
    text = wanted_by.strip()
    return bool(text and mechanic.next_free_day) and text < mechanic.next_free_day
