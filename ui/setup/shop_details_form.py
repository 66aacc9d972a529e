"""The shop's details as a form: the letterhead fields, each with its refusal underneath.

The form only collects what was typed; `UpdateShopDetails` checks it (its own
`problems()`), and each refusal is shown under its field in the terminal's
language. Used by the manager's dialog and by the first-run wizard's first page.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from app.settings import ShopDetails
from domain.errors import DomainError
from domain.shopdetails.commands import (
    MAX_ADDRESS,
    MAX_NAME,
    MAX_OWNER,
    MAX_REGISTRATION_NO,
    UpdateShopDetails,
)
from domain.texts import Message
from ui.domain_text import text_of
from ui.widgets import FieldError, set_invalid

#: Which field a refusal is about, by the code of the field's name.
_FIELD_OF = {
    "shopdetails.field.name": "name",
    "shopdetails.field.address": "address",
    "billing.field.business_number": "business_no",
    "shopdetails.field.phone": "phone",
    "shopdetails.field.owner": "owner",
    "shopdetails.field.repair_registration_no": "repair_registration_no",
}
FIELDS = tuple(_FIELD_OF.values())


class ShopDetailsForm(QWidget):
    """Name, address, business registration number, phone, owner and repair registration number."""

    def __init__(self, details: ShopDetails | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setMaxLength(MAX_NAME + 20)  # longer than allowed is refused with a sentence, not cut silently
        self.name.setPlaceholderText(self.tr("as on the business registration"))
        self.address = QLineEdit(self)
        self.address.setMaxLength(MAX_ADDRESS + 20)
        self.business_no = QLineEdit(self)
        self.business_no.setPlaceholderText("000-00-00000")
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText("02-123-4567")
        self.owner = QLineEdit(self)
        self.owner.setMaxLength(MAX_OWNER + 20)
        self.repair_registration_no = QLineEdit(self)
        self.repair_registration_no.setMaxLength(MAX_REGISTRATION_NO + 20)
        self.errors: dict[str, FieldError] = {key: FieldError(self) for key in FIELDS}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (
            ("name", self.tr("Shop name")),
            ("address", self.tr("Address")),
            ("business_no", self.tr("Business registration no.")),
            ("phone", self.tr("Phone")),
            ("owner", self.tr("Owner")),
            ("repair_registration_no", self.tr("Repair business registration no.")),
        )
        for key, title in rows:
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(self.edit(key))
            column.addWidget(self.errors[key])
            form.addRow(title, column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        if details is not None:
            self.set_details(details)
        for key in FIELDS:
            self.edit(key).textEdited.connect(lambda _t, k=key: self._clear(k))

    def edit(self, key: str) -> QLineEdit:
        field = getattr(self, key)
        assert isinstance(field, QLineEdit)
        return field

    def set_details(self, details: ShopDetails) -> None:
        for key in FIELDS:
            self.edit(key).setText(str(getattr(details, key)))

    def command(self) -> UpdateShopDetails:
        """The command as typed (not yet checked)."""
        return UpdateShopDetails(*(self.edit(key).text() for key in FIELDS))

    def checked(self) -> UpdateShopDetails | None:
        """The command checked by its own rules, or None with every refusal shown under its field."""
        command = self.command()
        problems = command.problems()
        for key in FIELDS:
            self._clear(key)
        for problem in problems:
            self.show_error(problem)
        if problems:
            self.edit(self._key_of(problems[0])).setFocus()
            return None
        return command.validated()

    def show_error(self, error: DomainError) -> None:
        """Show a refusal under the field it names (the name field when it names none)."""
        key = self._key_of(error)
        self.errors[key].set_error(text_of(error))
        set_invalid(self.edit(key), True)

    @staticmethod
    def _key_of(error: DomainError) -> str:
        field = error.params.get("field")
        return _FIELD_OF.get(field.code, "name") if isinstance(field, Message) else "name"

    def _clear(self, key: str) -> None:
        self.errors[key].set_error("")
        set_invalid(self.edit(key), False)

    def error_texts(self) -> dict[str, str]:
        """The refusals shown now, by field (for tests)."""
        return {key: e.text() for key, e in self.errors.items() if not e.isHidden() and e.text()}
