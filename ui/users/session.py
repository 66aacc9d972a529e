"""Who is signed in on this window: the PIN pad when nobody is, quick switch, the idle lock, what the role may see.

Attached to the main window only when the shop has users (a shop without users
has no sign-in at all) and the terminal is not the wall board (which gives no
commands and never locks). While locked the window shows only the PIN pad;
after a sign-in it shows the screens the user's role may use (app.permissions
decides; the bus checks again on every command) and, for a manager, the audit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.permissions import may
from app.users.queries import user_rows
from domain.users.model import IDLE, SWITCHED, Role
from ui.domain_text import text_of
from ui.users.idle import IdleLock
from ui.users.pin_pad import PinPad
from ui.widgets import button, label

if TYPE_CHECKING:
    from app.users.guard import SignedInUser
    from ui.main_window import MainWindow

#: A screen is offered when the user may give at least one of these commands (the board: to everyone).
SCREEN_COMMANDS: dict[str, tuple[str, ...]] = {
    "reception": ("RequestRepair", "CancelRepair"),
    "mechanic": ("StartJob", "RequestPart", "FinishJob"),
    "parts": ("RegisterPart", "IncreaseStock", "DecreaseStock"),
    "invoice": ("RecordPayment", "TakePayment"),
    "mechanics": ("RegisterMechanic", "ChangeManDay"),
    "board": (),
}
#: Buttons inside a screen that give one command: hidden from a user who may not give it.
#: (screen, attribute path on the screen, command)
ACTIONS: tuple[tuple[str, str, str], ...] = (
    ("invoice", "invoices.pay_button", "RecordPayment"),
    ("invoice", "invoices.void_button", "VoidInvoice"),
    ("invoice", "invoices.refund_button", "RecordRefund"),
    ("invoice", "day_close.close_button", "CloseDay"),
    ("invoice", "invoices.reissue_button", "CorrectInvoice"),
    ("reception", "cancel_button", "CancelRepair"),
    ("reception", "move_button", "ReassignJob"),
    ("parts", "register_button", "RegisterPart"),
    ("parts", "receive_button", "IncreaseStock"),
    ("parts", "take_button", "DecreaseStock"),
    ("mechanics", "register_button", "RegisterMechanic"),
    ("mechanics", "change_button", "ChangeManDay"),
    ("mechanics", "working_days.save_week", "SetWorkingWeekdays"),
    ("mechanics", "working_days.add_off", "AddDayOff"),
    ("mechanics", "working_days.remove_off", "RemoveDayOff"),
    ("mechanics", "working_days.add_closure", "AddShopClosure"),
    ("reception", "lookup.edit_button", "UpdateVehicle"),
    ("reception", "estimates_button", "DraftEstimate"),
    ("mechanic", "propose_button", "ProposeAdditionalWork"),
    ("mechanic", "canned_button", "AddCannedJobToJob"),
    ("mechanics", "menu_button", "AddCannedJob"),
    ("reception", "lookup.merge_button", "MergeVehicles"),
    # The register of customers and cars (ui.customers.register), opened from the desk.
    ("reception", "register_button", "UpdateCustomer"),
    ("register", "vehicle_form.save_button", "UpdateVehicle"),
    ("register", "plate_button", "ChangeCarNumber"),
    ("register", "owner_button", "ChangeVehicleOwner"),
    ("register", "merge_vehicle_button", "MergeVehicles"),
    ("register", "customer_form.save_button", "UpdateCustomer"),
    ("register", "consent_button", "RecordConsent"),
    ("register", "merge_customer_button", "MergeCustomers"),
    ("register", "erase_button", "EraseCustomer"),
    # A customer's request to see their data is answered by whoever may erase it (docs/privacy.md).
    ("register", "export_button", "EraseCustomer"),
    # The bill's lines, at the desk and in the bay (ui.billing.lines): each row with its inputs.
    *(("reception", f"bill.labour_{w}", "AddLabour") for w in ("text", "amount", "button")),
    *(("reception", f"bill.discount_{w}", "AddDiscount") for w in ("text", "amount", "percent", "button")),
    ("reception", "bill.remove_button", "RemoveLine"),
    *(("mechanic", f"bill.labour_{w}", "AddLabour") for w in ("text", "amount", "button")),
)
#: The bay's PIN pad lists mechanics (and managers); the desk's everyone.
BAY_ROLES = (Role.MECHANIC.value, Role.MANAGER.value)


def screens_for(user: SignedInUser | None, screens: tuple[str, ...]) -> tuple[str, ...]:
    """The screens of this terminal that `user` may use."""
    if user is None:
        return ()
    principal = _Principal(user.id, user.role, user.mechanic_id)
    out = []
    for key in screens:
        commands = SCREEN_COMMANDS.get(key, ("a screen nobody listed",))
        if not commands or any(may(principal, command) for command in commands):
            out.append(key)
    return tuple(out)


@dataclass(frozen=True)
class _Principal:
    """The signed-in user as app.permissions asks for one (a session is never a disabled user)."""

    id: int
    role: str
    mechanic_id: int | None
    disabled: bool = False


class Session(QObject):
    """The sign-in of one main window."""

    changed = Signal(object)  # the SignedInUser, or None when locked

    def __init__(self, window: MainWindow, idle_minutes: float) -> None:
        super().__init__(window)
        self.window = window
        self.shop = window.shop
        self.screens = tuple(window.nav_buttons)
        self.pad = PinPad(window.runner, window)
        self.pad.signed_in.connect(self._signed_in)
        window.stack.addWidget(self.pad)
        self.user_label = label("", "Muted")
        self.switch = button(self.tr("Switch user"))
        self.switch.clicked.connect(self.lock)
        menu = window.header_menu
        first = menu.actions()[0] if menu.actions() else None
        self.users_action = QAction(self.tr("Users and PINs…"), menu)
        self.audit_action = QAction(self.tr("Audit trail…"), menu)
        menu.insertActions(first, [self.users_action, self.audit_action])  # type: ignore[arg-type]
        if first is not None:
            menu.insertSeparator(first)
        self.users_action.triggered.connect(self.show_users)
        self.audit_action.triggered.connect(self.show_audit)
        window.menu_button.setVisible(True)
        head = window.header.layout()
        at = head.indexOf(window.menu_button)  # type: ignore[union-attr]
        for offset, widget in enumerate((self.user_label, self.switch)):
            head.insertWidget(at + offset, widget)  # type: ignore[union-attr]
        self.audit: QWidget | None = None
        self.users: QWidget | None = None
        self._last_screen = self.screens[0] if self.screens else ""
        self._hidden: list[QWidget] = []  # buttons this session hid (shown again for a user who may)
        window.stack.currentChanged.connect(lambda _i: self._apply_actions())
        self.idle = IdleLock(idle_minutes, self)
        self.idle.idle.connect(self._idle)
        if self.shop.current_user is None:
            self.lock(record=False)
        else:
            self._signed_in(self.shop.current_user)

    @property
    def locked(self) -> bool:
        return self.window.stack.currentWidget() is self.pad

    def lock(self, *, record: bool = True, reason: str = SWITCHED) -> None:
        """Show the PIN pad (switch user, or the idle lock); the signed-in user stays until another signs in."""
        if record and reason == IDLE and self.shop.current_user is not None:
            self.window.runner.call(self.shop.sessions.logout, IDLE)
        current = self.window.stack.currentWidget()
        if current is not self.pad:
            for key, widget in self.window.screens.items():
                if widget is current:
                    self._last_screen = key
        self.window.runner.read(user_rows, on_done=self._show_names)
        self.window.nav.setEnabled(False)
        for b in self.window.nav_buttons.values():
            b.setVisible(False)  # nothing to pick while locked
        self.switch.setVisible(False)
        self.window.menu_button.setVisible(False)  # nothing of the shop's while locked
        details = getattr(self.window, "shop_details_action", None)
        if details is not None:
            details.setVisible(False)
        self.user_label.setText(self.tr("Locked"))
        self.window.stack.setCurrentWidget(self.pad)
        self.pad.clear()
        self.pad.setFocus()
        self.idle.stop()
        self.changed.emit(None)

    def _show_names(self, users: list[object]) -> None:
        active = [u for u in users if not getattr(u, "disabled", False)]
        if self.window.role == "mechanic":
            active = [u for u in active if getattr(u, "role", "") in BAY_ROLES]
        self.pad.set_names([str(getattr(u, "name", "")) for u in active])

    def _signed_in(self, user: SignedInUser) -> None:
        allowed = screens_for(user, self.screens)
        for key, b in self.window.nav_buttons.items():
            b.setVisible(key in allowed)
        self.window.nav.setEnabled(True)
        self.user_label.setText(f"{user.name} · {text_of(Role(user.role).label)}")
        self.switch.setVisible(True)
        self.window.menu_button.setVisible(True)
        self.users_action.setVisible(True)
        self.audit_action.setVisible(user.role == Role.MANAGER.value)
        details = getattr(self.window, "shop_details_action", None)
        if details is not None:
            details.setVisible(may(_Principal(user.id, user.role, user.mechanic_id), "UpdateShopDetails"))
        target = self._last_screen if self._last_screen in allowed else (allowed[0] if allowed else "")
        if target:
            self.window.show_screen(target)
        bay = self.window.screens.get("mechanic")
        if user.role == Role.MECHANIC.value and user.mechanic_id is not None and hasattr(bay, "choose_mechanic"):
            bay.choose_mechanic(user.mechanic_id)  # type: ignore[union-attr]  # the bay opens on their own jobs
        self._apply_actions()
        self.idle.restart()
        self.changed.emit(user)

    def _apply_actions(self) -> None:
        """Hide the buttons of the built screens whose command the signed-in user may not give."""
        user = self.shop.current_user
        for hidden in self._hidden:
            hidden.setVisible(True)
        self._hidden = []
        if user is None:
            return
        principal = _Principal(user.id, user.role, user.mechanic_id)
        for key, path, command in ACTIONS:
            widget: object = self.window.screens.get(key)
            for name in path.split("."):
                widget = getattr(widget, name, None)
            if isinstance(widget, QWidget) and not may(principal, command) and not widget.isHidden():
                widget.setVisible(False)
                self._hidden.append(widget)

    def _idle(self) -> None:
        if not self.locked:
            self.lock(reason=IDLE)

    def show_audit(self) -> None:
        from ui.users.audit_screen import AuditScreen

        if self.audit is None:
            self.audit = AuditScreen(self.window.runner, self.window)
            self.window.stack.addWidget(self.audit)
        self.window.stack.setCurrentWidget(self.audit)
        self._uncheck_nav()
        self.window.screen_title.setText(self.tr("Audit"))
        self.audit.reload()  # type: ignore[attr-defined]

    def _uncheck_nav(self) -> None:
        """No rail button is lit while a screen that is not on the rail shows."""
        group = self.window.nav_group
        group.setExclusive(False)
        for b in group.buttons():
            b.setChecked(False)
        group.setExclusive(True)

    def show_users(self) -> None:
        from ui.users.users_screen import UsersScreen

        if self.users is None:
            self.users = UsersScreen(self.window.runner, self.window)
            self.window.stack.addWidget(self.users)
        self.window.stack.setCurrentWidget(self.users)
        self._uncheck_nav()
        self.window.screen_title.setText(self.tr("Users and PINs"))
        self.users.reload()  # type: ignore[attr-defined]


def attach_session(window: MainWindow) -> Session | None:
    """A Session for the window when the shop has users and the terminal gives commands; else None."""
    if window.wall or not window.shop.has_users():
        return None
    minutes = float(getattr(window.shop.settings, "idle_lock_minutes", 5))
    return Session(window, minutes)
