"""Users and PINs: a manager adds users, resets a PIN, disables a user; everyone changes their own PIN.

Each action sends one command (CreateUser, ChangePin, DisableUser) on the
writer thread; the bus decides who may (a non-manager sees only "My PIN").
PIN fields echo dots and are cleared after every try, right or wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from app.queries import mechanics
from app.users.queries import UserRow, user_rows
from domain.commands import ChangePin, CreateUser, DisableUser
from domain.errors import DomainError
from domain.users.model import Role
from ui.domain_text import text_of
from ui.models.base import Column, RowTableModel
from ui.tr import QT_TRANSLATE_NOOP
from ui.widgets import Banner, EmptyState, button, card, label, table

if TYPE_CHECKING:
    from ui.runner import CommandRunner

USER_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name, bold=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Role"), lambda r: text_of(Role(r.role).label)),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: "—" if r.disabled else "✓"),
]


def pin_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(8)
    field.setInputMask("")
    return field


class UsersScreen(QWidget):
    def __init__(self, runner: CommandRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.model = RowTableModel(USER_COLUMNS, key=lambda r: r.id, parent=self)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        self.banner = Banner(self)
        outer.addWidget(self.banner)
        row = QHBoxLayout()
        self.manage, box = card(self)
        box.addWidget(label(self.tr("Users of the shop"), "H2"))
        self.view = table(self.model, self)
        box.addWidget(self.view, 1)
        self.empty = EmptyState(parent=self)
        box.addWidget(self.empty)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.role = QComboBox(self)
        for role in Role:
            self.role.addItem(text_of(role.label), role.value)
        self.mechanic = QComboBox(self)
        self.new_pin = pin_field(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Mechanic"), self.mechanic)
        form.addRow(self.tr("PIN"), self.new_pin)
        box.addLayout(form)
        actions = QHBoxLayout()
        self.create_button = button(self.tr("Add user  (Enter)"), "primary", "large")
        self.reset_button = button(self.tr("Reset PIN of the selected user"), size="large")
        self.disable_button = button(self.tr("Disable the selected user"), "danger", "large")
        for b in (self.create_button, self.reset_button, self.disable_button):
            actions.addWidget(b)
        box.addLayout(actions)
        row.addWidget(self.manage, 2)
        own, own_box = card(self)
        own_box.addWidget(label(self.tr("My PIN"), "H2"))
        own_form = QFormLayout()
        self.old_pin = pin_field(self)
        self.my_new_pin = pin_field(self)
        own_form.addRow(self.tr("Current PIN"), self.old_pin)
        own_form.addRow(self.tr("New PIN"), self.my_new_pin)
        own_box.addLayout(own_form)
        self.change_button = button(self.tr("Change my PIN"), "primary", "large")
        own_box.addWidget(self.change_button)
        own_box.addStretch(1)
        row.addWidget(own, 1)
        outer.addLayout(row, 1)

    def _connect_signals(self) -> None:
        self.create_button.clicked.connect(self.create_user)
        self.reset_button.clicked.connect(self.reset_pin)
        self.disable_button.clicked.connect(self.disable_user)
        self.change_button.clicked.connect(self.change_own_pin)
        for field in (self.name, self.new_pin):  # Enter in the new user's fields adds them, as the button says
            field.returnPressed.connect(self.create_user)
        self.role.currentIndexChanged.connect(
            lambda _i: self.mechanic.setEnabled(self.role.currentData() == "mechanic")
        )

    # -- reading --------------------------------------------------------------------------
    def reload(self) -> None:
        user = self.runner.shop.current_user
        self.manage.setVisible(user is not None and user.role == Role.MANAGER.value)
        self.runner.read(user_rows, on_done=self._show_users)
        self.runner.read(mechanics, on_done=self._show_mechanics)
        self.mechanic.setEnabled(self.role.currentData() == "mechanic")

    def _show_users(self, rows: list[UserRow]) -> None:
        self.model.reset_rows(rows)
        me = self.runner.shop.current_user
        others = [r for r in rows if me is None or r.id != me.id]
        if rows:
            text = self.tr(
                "Only you are a user yet. Type a name, pick a role and a PIN below, then press Enter to add a user."
            )
        else:
            text = self.tr("No user yet. Type a name, pick a role and a PIN below, then press Enter to add a user.")
        self.empty.show_if(not others, text)

    def _show_mechanics(self, rows: list[Any]) -> None:
        self.mechanic.clear()
        for m in rows:
            self.mechanic.addItem(m.name, m.id)

    def selected(self) -> UserRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    # -- commands ---------------------------------------------------------------------------
    def create_user(self) -> None:
        role = str(self.role.currentData())
        mechanic = self.mechanic.currentData() if role == "mechanic" else None
        pin, name = self.new_pin.text(), self.name.text()
        self.new_pin.clear()
        self._send(CreateUser(name, role, pin, mechanic_id=mechanic), self.tr("User added"), after=self._ready_for_next)

    def _ready_for_next(self) -> None:
        """Added: the name is cleared and typing starts on the next user's (Enter again adds no one twice)."""
        self.name.clear()
        self.name.setFocus()

    def reset_pin(self) -> None:
        chosen = self.selected()
        pin = self.new_pin.text()
        self.new_pin.clear()
        if chosen is None:
            self.banner.show_message("warning", self.tr("Select a user first."))
            return
        self._send(ChangePin(chosen.id, pin), self.tr("PIN reset"))

    def disable_user(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.banner.show_message("warning", self.tr("Select a user first."))
            return
        self._send(DisableUser(chosen.id), self.tr("User disabled"))

    def change_own_pin(self) -> None:
        me = self.runner.shop.current_user
        old, new = self.old_pin.text(), self.my_new_pin.text()
        self.old_pin.clear()
        self.my_new_pin.clear()
        if me is None:
            return
        self._send(ChangePin(me.id, new, old_pin=old), self.tr("Your PIN is changed"))

    def _send(self, command: Any, done: str, after: Callable[[], None] | None = None) -> None:
        def ok(_result: object) -> None:
            self.banner.show_message("success", done)
            if after is not None:
                after()
            self.reload()

        def refused(error: BaseException) -> None:
            if isinstance(error, DomainError):
                self.banner.show_message("error", self.tr("Not saved"), text_of(error))

        self.runner.submit(command, on_done=ok, on_error=refused)
