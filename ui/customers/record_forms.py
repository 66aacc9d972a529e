"""The register's two records as forms: a car (model, VIN, year, first registration) and a customer (name, phone, note).

Each form loads a record, marks a wrong value as it is typed and builds the one
command that saves what changed (`UpdateVehicle`, `UpdateCustomer`: None leaves
a field as it is). The forms have no rules of their own: they ask the command
for its problem and show it under the input it names, in the terminal's language.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLineEdit, QPlainTextEdit, QWidget

from app.customers.records import CustomerRecord, VehicleRecord
from domain.commands import Command, UpdateCustomer, UpdateVehicle
from domain.common.fields import field_of
from domain.customers.fields import Field
from ui.domain_text import text_of
from ui.widgets import FieldError, button, label, set_invalid


def typed_year(text: str) -> object:
    """A model year as typed: 0 clears it, digits are a year, anything else goes to the command to refuse."""
    text = text.strip()
    if not text:
        return 0
    return int(text) if text.isascii() and text.isdigit() else text


class RecordForm(QWidget):
    """Inputs in a grid, each with the red sentence under it, and the button that saves them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(1, 1)
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.errors: dict[str, FieldError] = {}
        self._rows = 0
        self.save_button = button(self.tr("Save"), "primary")
        self.save_button.setEnabled(False)

    def add_row(self, field: str, text: str, widget: QLineEdit | QPlainTextEdit) -> None:
        self.grid.addWidget(label(text), self._rows, 0)
        self.grid.addWidget(widget, self._rows, 1)
        self.errors[field] = FieldError()
        self.grid.addWidget(self.errors[field], self._rows + 1, 1)
        self.inputs[field] = widget
        self._rows += 2
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda _t: self.revalidate())
            widget.returnPressed.connect(self.save_button.click)
        else:
            widget.textChanged.connect(self.revalidate)

    def command(self) -> Command | None:
        """The command saving what changed; None when nothing did."""
        raise NotImplementedError

    def problem(self) -> str:
        """The command's refusal in words ('' when it can be sent)."""
        command = self.command()
        problems = command.problems() if command is not None else []
        return text_of(problems[0]) if problems else ""

    def revalidate(self) -> None:
        command = self.command()
        problems = command.problems() if command is not None else []
        marked = {field_of(p): p for p in problems}
        for field, widget in self.inputs.items():
            problem = marked.get(field)
            self.errors[field].set_error(text_of(problem) if problem is not None else "")
            set_invalid(widget, problem is not None)
        self.save_button.setEnabled(command is not None and not problems)

    def set_editable(self, editable: bool) -> None:
        for widget in self.inputs.values():
            widget.setReadOnly(not editable)


def _text(widget: QLineEdit | QPlainTextEdit) -> str:
    return (widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()).strip()


class VehicleForm(RecordForm):
    """A car's model, VIN, model year and first registration date (its plate and owner have their own actions)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save_button.setText(self.tr("Save car"))
        self.record: VehicleRecord | None = None
        self.model = QLineEdit(placeholderText=self.tr("e.g. 쏘나타"))
        self.car_id = QLineEdit(placeholderText=self.tr("17 characters, optional"))
        self.year = QLineEdit(placeholderText=self.tr("e.g. 2019"))
        self.first_registered = QLineEdit(placeholderText=self.tr("YYYY-MM-DD"))
        self.add_row(Field.MODEL.code, self.tr("Model"), self.model)
        self.add_row(Field.VIN.code, self.tr("VIN"), self.car_id)
        self.add_row(Field.YEAR.code, self.tr("Model year"), self.year)
        self.add_row(Field.FIRST_REGISTERED.code, self.tr("First registered"), self.first_registered)

    def load(self, record: VehicleRecord | None) -> None:
        self.record = record
        values = ("", "", "", "") if record is None else self._values(record)
        for widget, value in zip((self.model, self.car_id, self.year, self.first_registered), values, strict=True):
            widget.setText(value)
        self.setEnabled(record is not None)
        self.revalidate()

    @staticmethod
    def _values(record: VehicleRecord) -> tuple[str, str, str, str]:
        year = "" if record.year is None else str(record.year)
        return record.model, record.car_id, year, record.first_registered or ""

    def command(self) -> UpdateVehicle | None:
        if self.record is None:
            return None
        model, car_id, year, first = (_text(w) for w in (self.model, self.car_id, self.year, self.first_registered))
        was = self._values(self.record)
        if (model, car_id, year, first) == was:
            return None
        return UpdateVehicle(
            self.record.vehicle_id,
            car_id=car_id if car_id != was[1] else None,
            model=model if model != was[0] else None,
            year=typed_year(year) if year != was[2] else None,  # type: ignore[arg-type]  # refused by the command
            first_registered=first if first != was[3] else None,
        )


class CustomerForm(RecordForm):
    """A customer's name, phone and note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save_button.setText(self.tr("Save customer"))
        self.record: CustomerRecord | None = None
        self.name = QLineEdit(placeholderText=self.tr("e.g. 홍길동"))
        self.phone = QLineEdit(placeholderText="010-1234-5678")
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Anything the desk should know; never a resident registration number"))
        self.note.setFixedHeight(54)
        self.note.setTabChangesFocus(True)
        self.add_row(Field.NAME.code, self.tr("Name"), self.name)
        self.add_row(Field.PHONE.code, self.tr("Phone"), self.phone)
        self.add_row(Field.NOTE.code, self.tr("Note"), self.note)

    def load(self, record: CustomerRecord | None) -> None:
        self.record = record
        self.name.setText(record.name if record else "")
        self.phone.setText(record.phone if record else "")
        self.note.setPlainText(record.note if record else "")
        live = record is not None and not record.anonymised and record.merged_into is None
        self.setEnabled(live)
        self.revalidate()

    def command(self) -> UpdateCustomer | None:
        if self.record is None:
            return None
        name, phone, note = _text(self.name), _text(self.phone), _text(self.note)
        record = self.record
        if (name, phone, note) == (record.name, record.phone, record.note):
            return None
        return UpdateCustomer(
            record.customer_id,
            name=name if name != record.name else None,
            phone=phone if phone != record.phone else None,
            note=note if note != record.note else None,
        )
