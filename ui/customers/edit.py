"""Correcting the register from the desk: a car's model and VIN, its owner's name and phone; merging duplicates.

The dialog only collects what was typed; the commands (`UpdateCustomer`,
`UpdateVehicle`, `MergeVehicles`) check it, and every change they make is an
event (who, when, which field).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from domain.commands import Command, UpdateCustomer, UpdateVehicle
from domain.customers.search import VehicleMatch
from ui.widgets import dialog_keys, label


class EditRecordDialog(QDialog):
    """The chosen car's model and VIN, and its owner's name and phone, to correct."""

    def __init__(self, match: VehicleMatch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.match = match
        self.setWindowTitle(self.tr("Correct {car}").format(car=match.car_number))
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Every change is recorded with who made it and when."), "FieldHint", wrap=True))
        form = QFormLayout()
        self.model = QLineEdit(match.model)
        self.car_id = QLineEdit(match.car_id)
        self.name = QLineEdit(match.customer_name)
        self.phone = QLineEdit(match.customer_phone)
        form.addRow(self.tr("Model"), self.model)
        form.addRow(self.tr("Car id (VIN)"), self.car_id)
        if match.customer_id is not None:
            form.addRow(self.tr("Customer"), self.name)
            form.addRow(self.tr("Phone"), self.phone)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        dialog_keys(self, save, cancel, self.model)  # Enter saves from any field, Esc cancels

    def commands(self) -> list[Command]:
        """The corrections to send: only what changed."""
        out: list[Command] = []
        model, car_id = self.model.text().strip(), self.car_id.text().strip()
        if (model, car_id) != (self.match.model, self.match.car_id):
            out.append(
                UpdateVehicle(
                    self.match.vehicle_id,
                    car_id=car_id if car_id != self.match.car_id else None,
                    model=model if model != self.match.model else None,
                )
            )
        if self.match.customer_id is not None:
            name, phone = self.name.text().strip(), self.phone.text().strip()
            if (name, phone) != (self.match.customer_name, self.match.customer_phone):
                out.append(
                    UpdateCustomer(
                        self.match.customer_id,
                        name=name if name != self.match.customer_name else None,
                        phone=phone if phone != self.match.customer_phone else None,
                    )
                )
        return out
