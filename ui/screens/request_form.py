"""The new-request form of the reception desk: fields checked as they are typed, the outcome under the button."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import queries
from app.queries import BoardRow, MechanicRow, ReceiptRow
from domain.commands import RequestRepair
from ui.domain_text import translate_domain_message
from ui.errors import describe
from ui.runner import CommandRunner
from ui.widgets import Banner, FieldError, MoneyEdit, button, header_row, label, set_invalid, spin

PHONE = re.compile(r"^[0-9+()\- ]*$")


class RequestForm(QFrame):
    """A customer's repair request: sent by `submit()`, its outcome shown in `outcome`."""

    #: The desk typed in the car number field (the screen looks up the car's earlier visits).
    car_number_edited = Signal(str)
    #: The form was emptied for the next customer.
    cleared = Signal()

    def __init__(self, runner: CommandRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.setFixedWidth(470)
        self.runner = runner
        self.shop = runner.shop
        self._submitted = False
        self._mechanics: list[MechanicRow] = []
        form = QVBoxLayout(self)
        form.setContentsMargins(16, 16, 16, 16)
        form.setSpacing(10)
        form.addWidget(header_row(self.tr("New repair request"), self.tr("Fields marked * are required.")))
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self.customer = QLineEdit(placeholderText=self.tr("e.g. 홍길동"))
        self.phone = QLineEdit(placeholderText="010-1234-5678")
        self.car_number = QLineEdit(placeholderText=self.tr("e.g. 12가3456"))
        self.car_id = QLineEdit(placeholderText=self.tr("VIN, optional"))
        self.mechanic = QComboBox()
        self.mechanic.setMinimumHeight(34)
        self.man_day = spin(1, 365, 1, self.tr(" day(s)"))
        self.fare = MoneyEdit()
        self.term = QLineEdit(placeholderText=self.tr("e.g. 엔진오일 교환"))
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
        grid.addWidget(label(self.tr("Labour fare *")), r, 2)
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
        grid.addWidget(label(self.tr("Notes")), r, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.note, r, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        form.addLayout(grid)
        self.capacity_hint = label("", "FieldHint", wrap=True)
        self.capacity_hint.hide()
        form.addWidget(self.capacity_hint)
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
        for widget in (self.customer, self.phone, self.car_number, self.car_id, self.term):
            widget.textChanged.connect(lambda _t: self._revalidate())
        self.fare.textChanged.connect(lambda _t: self._revalidate())
        self.man_day.valueChanged.connect(lambda _v: self._revalidate())
        self.mechanic.currentIndexChanged.connect(lambda _i: self._revalidate())

    # -- mechanics ------------------------------------------------------------------------
    def show_mechanics(self, mechanics: list[MechanicRow]) -> None:
        chosen = self.mechanic.currentData()
        self._mechanics = mechanics
        self.mechanic.blockSignals(True)
        self.mechanic.clear()
        self.mechanic.addItem(self.tr("Choose a mechanic…"), None)
        for m in mechanics:
            text = self.tr("{name} — {days} man-day(s) left · {jobs} open job(s)").format(
                name=m.name, days=m.man_day, jobs=m.open_jobs
            )
            self.mechanic.addItem(text, m.id)
        at = self.mechanic.findData(chosen) if chosen is not None else 0
        self.mechanic.setCurrentIndex(max(at, 0))
        self.mechanic.blockSignals(False)
        self._revalidate()

    def _chosen_mechanic(self) -> MechanicRow | None:
        mechanic_id = self.mechanic.currentData()
        return next((m for m in self._mechanics if m.id == mechanic_id), None)

    # -- validation -----------------------------------------------------------------------
    def field_errors(self) -> dict[str, str]:
        """Every field's problem in words (empty when the form can be sent)."""
        problems: dict[str, str] = {}
        if not self.customer.text().strip():
            problems["customer"] = self.tr("Enter the customer's name.")
        elif len(self.customer.text().strip()) > 80:
            problems["customer"] = self.tr("At most 80 characters.")
        if not PHONE.match(self.phone.text().strip()):
            problems["phone"] = self.tr("Only digits, spaces, +, - and brackets.")
        car = "".join(self.car_number.text().split())
        if not car:
            problems["car_number"] = self.tr("Enter the car number, e.g. 12가3456.")
        elif len(car) > 20:
            problems["car_number"] = self.tr("At most 20 characters.")
        if len(self.car_id.text().strip()) > 40:
            problems["car_id"] = self.tr("At most 40 characters.")
        if self.mechanic.currentData() is None:
            problems["mechanic"] = self.tr("Choose who will do the work.")
        if self.fare.value() is None:
            problems["fare"] = self.tr("Enter the labour fare (0 is allowed).")
        if len(self.term.text().strip()) > 80:
            problems["term"] = self.tr("At most 80 characters.")
        return problems

    def _revalidate(self) -> None:
        problems = self.field_errors()
        widgets = {
            "customer": self.customer,
            "phone": self.phone,
            "car_number": self.car_number,
            "car_id": self.car_id,
            "mechanic": self.mechanic,
            "fare": self.fare,
            "term": self.term,
            "man_day": self.man_day,
        }
        for key, widget in widgets.items():
            # A blank required field only turns red once the desk tried to send the form;
            # a wrong value shows at once.
            text = problems.get(key, "")
            show = bool(text) and (self._submitted or _has_text(widget))
            self.errors[key].set_error(text if show else "")
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
        else:
            self.capacity_hint.hide()

    # -- submit ---------------------------------------------------------------------------
    def command(self) -> RequestRepair:
        return RequestRepair(
            customer_name=self.customer.text().strip(),
            car_number=self.car_number.text().strip(),
            mechanic_id=int(self.mechanic.currentData() or 0),
            man_day=self.man_day.value(),
            fare=self.fare.value() or 0,
            car_id=self.car_id.text().strip(),
            customer_phone=self.phone.text().strip(),
            term=self.term.text().strip(),
            request_note=self.note.toPlainText().strip(),
        )

    def submit(self) -> None:
        self._submitted = True
        self._revalidate()
        problems = self.field_errors()
        if problems:
            first = next(iter(problems))
            self.outcome.show_message(
                "error", self.tr("Check the form"), self.tr("Correct the fields marked in red, then register again.")
            )
            {
                "customer": self.customer,
                "phone": self.phone,
                "car_number": self.car_number,
                "car_id": self.car_id,
                "mechanic": self.mechanic,
                "fare": self.fare,
                "term": self.term,
            }.get(first, self.customer).setFocus()
            return
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
                translate_domain_message(row.reason),
            )
            return
        mechanic = row.mechanic_name if row else ""
        if row is not None and row.job_id is not None:
            title = self.tr("Accepted — receipt #{receipt}, job #{job}").format(receipt=receipt_id, job=row.job_id)
            body = self.tr("{mechanic} has the job for {car}. Give the customer receipt number {receipt}.").format(
                mechanic=mechanic, car=row.car_number, receipt=receipt_id
            )
        else:
            title = self.tr("Registered — receipt #{receipt}").format(receipt=receipt_id)
            body = self.tr("Waiting for the mechanic's answer; the board will show it.")
        self.outcome.show_message("success", title, body)
        self.clear_form(keep_outcome=True)

    def _refused(self, exc: BaseException) -> None:
        self.submit_button.setEnabled(True)
        self.outcome.show_message("error", self.tr("Not registered"), describe(exc))

    def clear_form(self, keep_outcome: bool = False) -> None:
        for widget in (self.customer, self.phone, self.car_number, self.car_id, self.term):
            widget.clear()
        self.fare.clear()
        self.note.clear()
        self.man_day.setValue(1)
        self._submitted = False
        self._revalidate()
        self.cleared.emit()
        if not keep_outcome:
            self.outcome.clear()
        self.customer.setFocus()

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


def _has_text(widget: Any) -> bool:
    return isinstance(widget, QLineEdit) and bool(widget.text().strip())
