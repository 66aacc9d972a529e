"""The main window: a navigation rail with the screens of this terminal's role, a header, a status bar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui import theme
from ui.feed import ShopFeed
from ui.fit import FittingStack
from ui.runner import CommandRunner
from ui.tr import QT_TRANSLATE_NOOP
from ui.widgets import button, label

if TYPE_CHECKING:
    from app.shop import Shop

ROLES = ("reception", "mechanic", "parts", "board", "manager", "all")
#: The register of customers and cars (ui.customers.register): a page opened from the desk, not on the rail.
REGISTER = "register"


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str  # translated in the "MainWindow" context
    icon: str


SCREENS = {
    "reception": ScreenSpec("reception", QT_TRANSLATE_NOOP("MainWindow", "Reception"), "reception"),
    "mechanic": ScreenSpec("mechanic", QT_TRANSLATE_NOOP("MainWindow", "Mechanic bay"), "bay"),
    "parts": ScreenSpec("parts", QT_TRANSLATE_NOOP("MainWindow", "Parts"), "parts"),
    "board": ScreenSpec("board", QT_TRANSLATE_NOOP("MainWindow", "Board"), "board"),
    "invoice": ScreenSpec("invoice", QT_TRANSLATE_NOOP("MainWindow", "Till"), "till"),
    "mechanics": ScreenSpec("mechanics", QT_TRANSLATE_NOOP("MainWindow", "Mechanics"), "mechanics"),
    "reports": ScreenSpec("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports"), "reports"),
}

#: The screens each terminal role shows, in rail order.
ROLE_SCREENS = {
    "reception": ("reception", "invoice", "board", "mechanics"),
    "mechanic": ("mechanic", "board"),
    "parts": ("parts", "board"),
    "board": ("board",),
    # The manager's desk: how the shop is doing first (Ctrl+1), then the till, the mechanics, the board.
    "manager": ("reports", "invoice", "mechanics", "board"),
    "all": ("reception", "mechanic", "parts", "board", "invoice", "mechanics", "reports"),
}


class MainWindow(QMainWindow):
    def __init__(self, shop: Shop, role: str = "all", poll_ms: int = 500) -> None:
        super().__init__()
        if role not in ROLE_SCREENS:
            raise ValueError(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
        self.shop = shop
        self.role = role
        self.wall = role == "board"
        self.runner = CommandRunner(shop, self)
        self.feed = ShopFeed(shop, self.runner, poll_ms, self)
        self.runner.feed = self.feed  # for screens built elsewhere (ui.till)
        self.screens: dict[str, QWidget] = {}
        #: The message shown once another terminal restores the shop (`stop_for_restore`).
        self.restore_notice: QMessageBox | None = None
        self._factories: dict[str, Callable[[], QWidget]] = {
            "reception": self._make_reception,
            "mechanic": self._make_bay,
            "parts": self._make_parts,
            "board": self._make_board,
            "invoice": self._make_till,
            "mechanics": self._make_admin,
            "reports": self._make_reports,
            REGISTER: self._make_register,
        }
        self.setWindowTitle(self.tr("Pitlane — {shop}").format(shop=shop.shop_details().name))
        self.setWindowIcon(QIcon(theme.icon_path("logo")))
        self.resize(1440, 900)
        self._build()
        self._connect_signals()
        self.feed.start()
        self.show_screen(ROLE_SCREENS[role][0])
        from ui.users.session import attach_session

        #: Sign-in, switch user and the idle lock, when the shop has users (ui.users.session).
        self.session = attach_session(self)

    # -- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        central = QWidget(self)
        outer = QHBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.nav = QFrame(central)
        self.nav.setObjectName("NavBar")
        self.nav.setFixedWidth(104)
        nav = QVBoxLayout(self.nav)
        nav.setContentsMargins(8, 12, 8, 12)
        nav.setSpacing(6)
        logo = QLabel(self.nav)
        logo.setPixmap(QIcon(theme.icon_path("logo")).pixmap(QSize(44, 44)))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(logo)
        nav.addSpacing(10)
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)
        self.nav_buttons: dict[str, QToolButton] = {}
        for n, key in enumerate(ROLE_SCREENS[self.role], start=1):
            spec = SCREENS[key]
            b = QToolButton(self.nav)
            b.setObjectName("NavButton")
            b.setText(QCoreApplication.translate("MainWindow", spec.title))
            b.setIcon(QIcon(theme.icon_path(spec.icon)))
            b.setIconSize(QSize(30, 30))
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            b.setCheckable(True)
            b.setFixedSize(88, 78)
            b.setToolTip(f"{b.text()}  (Ctrl+{n})")
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            b.clicked.connect(lambda _c=False, k=key: self.show_screen(k))
            QShortcut(QKeySequence(f"Ctrl+{n}"), self, lambda k=key: self.show_screen(k))
            self.nav_group.addButton(b)
            self.nav_buttons[key] = b
            nav.addWidget(b, 0, Qt.AlignmentFlag.AlignHCenter)
        nav.addStretch(1)
        outer.addWidget(self.nav)

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        self.header = QFrame(central)
        self.header.setObjectName("HeaderBar")
        self.header.setFixedHeight(56)
        head = QHBoxLayout(self.header)
        head.setContentsMargins(20, 0, 20, 0)
        self.brand = label(self.shop.shop_details().name, "Brand")
        self.screen_title = label("", "Muted")
        head.addWidget(self.brand)
        head.addWidget(label("·", "Muted"))
        head.addWidget(self.screen_title)
        head.addStretch(1)
        # One menu button for what is not done every minute (backup; the session adds users, audit):
        # a row of header buttons does not fit a 1024 px screen in English.
        self.menu_button = button(self.tr("Menu"), parent=self.header)
        self.menu_button.setObjectName("HeaderMenu")
        self.menu_button.setToolTip(self.tr("Menu (Alt+M)"))
        self.header_menu = QMenu(self.menu_button)
        self.menu_button.setMenu(self.header_menu)
        QShortcut(QKeySequence("Alt+M"), self, self.menu_button.showMenu)
        if self.role in ("reception", "manager", "all"):  # the desk's manager: a verified backup, progress shown
            self.backup_action = self.header_menu.addAction(self.tr("Backup…"))
            self.backup_action.triggered.connect(self.open_backup)
            self._add_shop_details_action()
        self.live = label("", "Muted")
        self.clock = label("", "Clock")
        head.addWidget(self.live)
        head.addSpacing(16)
        head.addWidget(self.clock)
        head.addSpacing(16)
        head.addWidget(self.menu_button)
        self.menu_button.setVisible(not self.header_menu.isEmpty())
        right.addWidget(self.header)
        self.stack = FittingStack(central)  # the window's minimum is the shown screen's (ui.fit)
        right.addWidget(self.stack, 1)
        outer.addLayout(right, 1)
        self.setCentralWidget(central)

        status = self.statusBar()
        self.database_label = QLabel(self.tr("Database: {db}").format(db=self.shop.database_name))
        self.terminal_label = QLabel(self.tr("Terminal: {name}").format(name=self.shop.terminal))
        self.busy_label = QLabel("")
        status.addPermanentWidget(self.busy_label)
        status.addPermanentWidget(self.terminal_label)
        status.addPermanentWidget(self.database_label)
        if self.wall:
            self.nav.hide()
            self.header.hide()
            status.hide()
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._tick()
        self._set_live(True)

    def open_backup(self) -> QWidget:
        from ui.backup_dialog import BackupDialog

        dialog = BackupDialog(self.shop, self, before_closing_shop=self.shutdown)
        dialog.show()
        return dialog

    def _add_shop_details_action(self) -> None:
        """The letterhead, a manager's to change (the session hides it from the other roles)."""
        from ui.setup.shop_details_dialog import SHORTCUT

        self.shop_details_action = self.header_menu.addAction(self.tr("Shop details…"))
        self.shop_details_action.setShortcut(QKeySequence(SHORTCUT))  # shown in the menu beside the words
        self.shop_details_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(self.shop_details_action)  # the key works with the menu closed
        self.shop_details_action.triggered.connect(self._shop_details_by_key)

    def _shop_details_by_key(self) -> None:
        if self.shop_details_action.isVisible() and self.menu_button.isVisible():  # not while locked
            self.open_shop_details()

    def open_shop_details(self) -> QWidget:
        """The manager's dialog of the shop's details (the letterhead of new documents)."""
        from ui.setup.shop_details_dialog import ShopDetailsDialog

        dialog = ShopDetailsDialog(self.runner, self.shop.shop_details(), self)
        dialog.saved.connect(self._shop_details_saved)
        dialog.open()
        return dialog

    def _shop_details_saved(self, details: object) -> None:
        name = str(getattr(details, "name", ""))
        self.brand.setText(name)
        self.setWindowTitle(self.tr("Pitlane — {shop}").format(shop=name))

    def _connect_signals(self) -> None:
        self.runner.busy_changed.connect(lambda busy: self.busy_label.setText(self.tr("Saving…") if busy else ""))
        self.runner.unhandled_refusal.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.feed.synced.connect(self._set_live)
        self.feed.restore_elsewhere.connect(self.stop_for_restore, Qt.ConnectionType.QueuedConnection)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        QShortcut(QKeySequence("F11"), self, self.toggle_full_screen)
        QShortcut(QKeySequence("Ctrl+Q"), self, self.close)

    # -- screens ------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The screen `key`, built on first use (a dedicated terminal builds only its own)."""
        if key not in self.screens:
            widget = self._factories[key]()
            self.screens[key] = widget
            self.stack.addWidget(widget)
        return self.screens[key]

    def show_screen(self, key: str) -> QWidget:
        if key not in ROLE_SCREENS[self.role]:
            raise KeyError(f"this {self.role} terminal has no {key} screen")
        widget = self.page(key)
        self.stack.setCurrentWidget(widget)
        self.nav_buttons[key].setChecked(True)
        self.screen_title.setText(self.nav_buttons[key].text())
        focus_first = getattr(widget, "focus_first", None)
        if focus_first is not None:  # typing goes where the screen's work starts (issue 16)
            focus_first()
        return widget

    def _make_reception(self) -> QWidget:
        from ui.screens.reception import ReceptionScreen

        screen = ReceptionScreen(self.runner, self.feed)
        screen.register_requested.connect(self.open_register)
        return screen

    def _make_register(self) -> QWidget:
        from ui.customers.register import RegisterScreen

        screen = RegisterScreen(self.runner, self.feed)
        screen.back_requested.connect(lambda: self.show_screen(ROLE_SCREENS[self.role][0]))
        return screen

    def open_register(self) -> QWidget:
        """Show the register of customers and cars (from the desk's button or Ctrl+R)."""
        widget = self.page(REGISTER)
        self.stack.setCurrentWidget(widget)
        self.nav_group.setExclusive(False)  # no rail button is lit: the register is not on the rail
        for b in self.nav_group.buttons():
            b.setChecked(False)
        self.nav_group.setExclusive(True)
        self.screen_title.setText(self.tr("Customers and cars"))
        widget.focus_search()  # type: ignore[attr-defined]
        return widget

    def _make_bay(self) -> QWidget:
        from ui.screens.mechanic_bay import MechanicBayScreen

        return MechanicBayScreen(self.runner, self.feed)

    def _make_parts(self) -> QWidget:
        from ui.screens.parts_counter import PartsCounterScreen

        return PartsCounterScreen(self.runner, self.feed)

    def _make_board(self) -> QWidget:
        from ui.screens.board import BoardScreen

        return BoardScreen(self.runner, self.feed, wall=self.wall)

    def _make_admin(self) -> QWidget:
        from ui.screens.mechanic_admin import MechanicAdminScreen

        return MechanicAdminScreen(self.runner, self.feed)

    def _make_reports(self) -> QWidget:
        from ui.screens.reports import ReportsScreen

        return ReportsScreen(self.runner)

    def _make_till(self) -> QWidget:
        from ui.till import TillScreen

        return TillScreen(self.shop, self.runner, self)

    # -- chrome -------------------------------------------------------------------------
    def _tick(self) -> None:
        self.clock.setText(datetime.now().strftime("%H:%M"))

    def _set_live(self, ok: bool) -> None:
        if ok:
            self.live.setText("● " + self.tr("Live"))
            self.live.setStyleSheet(f"color: {theme.SUCCESS}; font-weight: 700;")
            self.live.setToolTip(self.tr("Changes from the other terminals appear within a second."))
        else:
            self.live.setText("● " + self.tr("Database unreachable — retrying"))
            self.live.setStyleSheet(f"color: {theme.DANGER}; font-weight: 700;")

    def stop_for_restore(self) -> QMessageBox:
        """Another terminal restores the shop (the shop here refuses commands): no more work, say so, quit."""
        from domain.errors import DomainError
        from ui.domain_text import text_of

        if self.restore_notice is None:
            self.feed.stop()
            central = self.centralWidget()
            if central is not None:
                central.setEnabled(False)
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The shop is being restored"), "", parent=self)
            box.setText(text_of(DomainError("common.restore.elsewhere")))
            quit_button = box.addButton(self.tr("Quit Pitlane"), QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(quit_button)
            box.setWindowModality(Qt.WindowModality.ApplicationModal)
            box.finished.connect(lambda _result: self.close())
            self.restore_notice = box
            box.open()
        return self.restore_notice

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def shutdown(self) -> None:
        """Stop listening and let running commands reach their commit."""
        self.feed.stop()
        self.runner.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
