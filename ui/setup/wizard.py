"""The first-run wizard of a new, empty shop: its details, this terminal's settings, the first manager,
the mechanics and their working days.

Each page checks what was typed with the commands' own validation (`problems()`,
`validated()`) and shows every refusal under its field in the terminal's language.
Nothing is written until Finish. Finish then writes, in this order: the VAT rate,
invoice folder and language into the user's profile file (app.first_run), the
shop details, each mechanic and their working days, and last the first manager
(`CreateUser`: once a user exists every command needs a sign-in, so the manager
comes after the rest). Each is its own command and transaction; a step that fails
is shown on the page and Finish again carries on from it, never doing a step twice.
Cancel writes nothing: the shop stays as it was. A wizard killed between the
steps leaves no manager, so it is offered again at the next start
(app.first_run.setup_unfinished) with what was written filled in: the shop
details, and the mechanics registered already, which it does not register twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.first_run import setup_unfinished, write_terminal_settings
from app.queries import mechanics as registered_mechanics
from app.settings import Settings, ShopDetails
from domain.commands import CreateUser, RegisterMechanic, UpdateShopDetails
from domain.errors import DomainError, InvalidInput
from domain.mechanic.commands import SetWorkingWeekdays
from domain.texts import Message
from ui.domain_text import text_of
from ui.runner import CommandRunner
from ui.screens.working_days import WEEKDAYS
from ui.setup.shop_details_form import ShopDetailsForm
from ui.widgets import Banner, FieldError, label, set_invalid, spin

if TYPE_CHECKING:
    from app.shop import Shop

LANGUAGE_NAMES = (("ko", "한국어"), ("en", "English"))
DEFAULT_MAN_DAYS = 20
DEFAULT_WEEK = "1111110"  # Monday to Saturday, as a mechanic registered on the Mechanics screen
#: The widest the wizard's column (titles, fields, buttons) grows: on a 1920-wide screen its fields would
#: otherwise stretch across the whole screen, the label on the far left of a name typed on the far right.
MAX_CONTENT_WIDTH = 900


@dataclass(frozen=True)
class NewMechanic:
    name: str
    man_day: int
    weekdays: str  # seven marks, Monday first


def _error_field(error: DomainError) -> str:
    field = error.params.get("field")
    return field.code if isinstance(field, Message) else ""


class _Page(QWizardPage):
    """A page with a hint at the top and the field to type in first."""

    first: QWidget | None = None

    def initializePage(self) -> None:
        if self.first is not None:
            self.first.setFocus()


class ShopPage(_Page):
    def __init__(self, shop: Shop) -> None:
        super().__init__()
        self.setTitle(self.tr("Your shop"))
        self.setSubTitle(self.tr("The letterhead of invoices, receipts, estimates and repair statements."))
        layout = QVBoxLayout(self)
        self.form = ShopDetailsForm(shop.shop_details(), self)
        if self.form.name.text() == ShopDetails().name:  # the built-in letterhead: the shop's own name goes here
            self.form.name.clear()
            self.form.name.setPlaceholderText(self.tr("Your shop's name, as on its sign"))
        layout.addWidget(self.form)
        self.first = self.form.name
        self.command: UpdateShopDetails | None = None

    def validatePage(self) -> bool:
        self.command = self.form.checked()
        return self.command is not None


class TerminalPage(_Page):
    def __init__(self, settings: Settings, language: str) -> None:
        super().__init__()
        self.setTitle(self.tr("VAT, invoice folder and language"))
        self.setSubTitle(self.tr("Kept in this computer's settings profile."))
        form = QFormLayout(self)
        self.vat = QDoubleSpinBox(self)
        self.vat.setRange(0, 99.99)
        self.vat.setDecimals(2)
        self.vat.setSuffix(" %")
        self.vat.setValue(float(settings.vat_rate * 100))
        self.vat.setMaximumWidth(180)
        form.addRow(self.tr("VAT rate"), self.vat)
        self.folder = QLineEdit(str(settings.invoice_dir), self)
        self.browse = QPushButton(self.tr("Choose…"), self)
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        column = QVBoxLayout()
        column.addLayout(row)
        self.folder_error = FieldError(self)
        column.addWidget(self.folder_error)
        form.addRow(self.tr("Invoice folder"), column)
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form.addRow(self.tr("Language"), self.language)
        self.first = self.vat

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Invoice folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def vat_rate(self) -> Decimal:
        return (Decimal(str(round(self.vat.value(), 2))) / 100).quantize(Decimal("0.0001"))

    def invoice_dir(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def validatePage(self) -> bool:
        text = self.folder.text().strip()
        problem = ""
        if not text:
            problem = self.tr("Choose the folder invoices are written to.")
        elif not self.invoice_dir().is_absolute():
            problem = self.tr("Give the whole path of the folder, from the top (such as /home/shop/invoices).")
        elif self.invoice_dir().exists() and not self.invoice_dir().is_dir():
            problem = self.tr("That is a file, not a folder: choose a folder.")
        self.folder_error.set_error(problem)
        set_invalid(self.folder, bool(problem))
        if problem:
            self.folder.setFocus()
        return not problem


class ManagerPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The first manager"))
        self.setSubTitle(
            self.tr("The manager signs in with this PIN, and adds the other users and PINs later (Users and PINs).")
        )
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        self.pin = QLineEdit(self)
        self.pin_again = QLineEdit(self)
        for pin in (self.pin, self.pin_again):
            pin.setEchoMode(QLineEdit.EchoMode.Password)
            pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.errors = {key: FieldError(self) for key in ("name", "pin", "pin_again")}
        for key, title in (
            ("name", self.tr("Name")),
            ("pin", self.tr("PIN (4 to 8 digits)")),
            ("pin_again", self.tr("PIN again")),
        ):
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(getattr(self, key))
            column.addWidget(self.errors[key])
            form.addRow(title, column)
        self.first = self.name
        self.command: CreateUser | None = None

    def _show(self, key: str, text: str) -> None:
        self.errors[key].set_error(text)
        set_invalid(getattr(self, key), bool(text))

    def validatePage(self) -> bool:
        command = CreateUser(self.name.text(), "manager", self.pin.text())
        for key in self.errors:
            self._show(key, "")
        problems: list[tuple[str, str]] = []
        try:
            command = command.validated()
        except InvalidInput as exc:
            key = "name" if _error_field(exc).endswith(".name") else "pin"
            problems.append((key, text_of(exc)))
        if not problems and self.pin.text() != self.pin_again.text():
            problems.append(("pin_again", self.tr("The two PINs are not the same: type the PIN again.")))
        if problems and not any(k == "name" for k, _ in problems):
            # The name is checked on its own too, so both refusals show at once.
            try:
                CreateUser(self.name.text(), "manager", "1357").validated()
            except InvalidInput as exc:
                if _error_field(exc).endswith(".name"):
                    problems.insert(0, ("name", text_of(exc)))
        for key, text in problems:
            self._show(key, text)
        if problems:
            getattr(self, problems[0][0]).setFocus()
            return False
        self.command = command
        return True


class MechanicsPage(_Page):
    """Mechanics, one at a time: name, man-days, working days; Enter adds a typed name, on an empty one goes on."""

    def __init__(self, registered: Sequence[str] = ()) -> None:
        super().__init__()
        self.registered = tuple(registered)  # by an earlier run of the wizard, cut short before its manager
        self.setTitle(self.tr("Mechanics and their working days"))
        self.setSubTitle(
            self.tr(
                "Type a name and press Enter to add the mechanic; with the name empty, Enter finishes. "
                "More can be added later on the Mechanics screen."
            )
        )
        layout = QVBoxLayout(self)
        self.registered_note = label(
            self.tr("Registered already: {names}").format(names=", ".join(self.registered)), "Muted", wrap=True
        )
        self.registered_note.setVisible(bool(self.registered))
        layout.addWidget(self.registered_note)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.man_day = spin(1, 10_000, DEFAULT_MAN_DAYS, parent=self)
        self.man_day.setMaximumWidth(180)
        self.weekday_boxes: list[QCheckBox] = []
        days = QHBoxLayout()
        for i, day in enumerate(WEEKDAYS):
            box = QCheckBox(QCoreApplication.translate("WorkingDays", day), self)
            box.setChecked(DEFAULT_WEEK[i] == "1")
            self.weekday_boxes.append(box)
            days.addWidget(box)
        days.addStretch(1)
        self.error = FieldError(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Man-days"), self.man_day)
        form.addRow(self.tr("Working days"), days)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add mechanic  (Enter)"), self)
        self.remove_button = QPushButton(self.tr("Remove  (Delete)"), self)
        for b in (self.add_button, self.remove_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.list = QListWidget(self)
        layout.addWidget(self.list, 1)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.name.installEventFilter(self)
        self.list.installEventFilter(self)
        self.mechanics: list[NewMechanic] = []
        self.first = self.name

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.name and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.name.text().strip():
                self.add()
                return True
            if watched is self.list and key == Qt.Key.Key_Delete:
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)

    def weekdays(self) -> str:
        return "".join("1" if box.isChecked() else "0" for box in self.weekday_boxes)

    def add(self) -> bool:
        """Check the mechanic by RegisterMechanic's and SetWorkingWeekdays' own rules, then list them."""
        name, man_day, weekdays = self.name.text(), self.man_day.value(), self.weekdays()
        try:
            registered = RegisterMechanic(name, man_day).validated()
            week = SetWorkingWeekdays(1, weekdays).validated()  # the id is given at Finish
        except InvalidInput as exc:
            self.error.set_error(text_of(exc))
            set_invalid(self.name, True)
            self.name.setFocus()
            return False
        if registered.name in self.registered or any(m.name == registered.name for m in self.mechanics):
            self.error.set_error(self.tr("{name} is on the list already.").format(name=registered.name))
            self.name.setFocus()
            return False
        mechanic = NewMechanic(registered.name, registered.man_day, week.weekdays)
        self.mechanics.append(mechanic)
        self.list.addItem(self._line(mechanic))
        self.error.set_error("")
        set_invalid(self.name, False)
        self.name.clear()
        self.name.setFocus()
        return True

    def _line(self, mechanic: NewMechanic) -> str:
        days = " ".join(
            QCoreApplication.translate("WorkingDays", WEEKDAYS[i])
            for i, mark in enumerate(mechanic.weekdays)
            if mark == "1"
        )
        return self.tr("{name} · {days} man-days · {weekdays}").format(
            name=mechanic.name, days=mechanic.man_day, weekdays=days
        )

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.mechanics):
            del self.mechanics[row]
            self.list.takeItem(row)

    def validatePage(self) -> bool:
        if self.name.text().strip():  # typed but not added: add it rather than lose it
            return self.add()
        return True


class FirstRunWizard(QWizard):
    """Set up a new shop; `finished_setup` is True once everything is written."""

    def __init__(self, shop: Shop, language: str, profile: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.profile = profile
        self.runner = CommandRunner(shop, self)
        self.setWindowTitle(self.tr("Set up Pitlane"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.shop_page = ShopPage(shop)
        self.terminal_page = TerminalPage(shop.settings, language)
        self.manager_page = ManagerPage()
        # A setup cut short left mechanics behind (listed, not registered twice); any other shop's are its own
        # (the screenshots stage the wizard on the demo shop).
        earlier = shop.query(registered_mechanics) if shop.query(setup_unfinished) else []
        self.mechanics_page = MechanicsPage([m.name for m in earlier])
        for page in (self.shop_page, self.terminal_page, self.manager_page, self.mechanics_page):
            self.addPage(page)
        self.banner = Banner(self.mechanics_page)
        page_layout = self.mechanics_page.layout()
        assert page_layout is not None
        page_layout.addWidget(self.banner)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next  (Enter)"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish  (Enter)"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel  (Esc)"))
        self.setMinimumSize(720, 560)
        self._done: set[str] = set()
        self._mechanic_ids: dict[int, int] = {}
        self._writing = False
        self.finished_setup = False
        self.settings_file: Path | None = None

    def content(self) -> QWidget | None:
        """The widget QWizard lays its header, pages and buttons out in (its own child holding a grid)."""
        for child in self.children():
            if isinstance(child, QWidget) and isinstance(child.layout(), QGridLayout):
                return child
        return None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # QWizard sizes its content to the whole window
        content = self.content()
        if content is not None and content.width() > MAX_CONTENT_WIDTH:
            x = (content.width() - MAX_CONTENT_WIDTH) // 2
            content.setGeometry(x, content.y(), MAX_CONTENT_WIDTH, content.height())

    def accept(self) -> None:
        """Finish: write everything (off the GUI thread), then close."""
        if self.finished_setup:
            super().accept()
            return
        if self._writing:
            return
        self._writing = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.banner.show_message("info", self.tr("Setting up the shop…"))
        self.runner.call(self._write_all, on_done=self._written, on_error=self._failed)

    def _write_all(self) -> Path | None:
        """Every step not yet done, in order (runs on the writer thread)."""
        shop_command = self.shop_page.command
        manager = self.manager_page.command
        assert shop_command is not None and manager is not None
        if "settings" not in self._done:
            page = self.terminal_page
            self.settings_file = write_terminal_settings(
                page.vat_rate(), page.invoice_dir(), page.chosen_language(), self.profile
            )
            self._done.add("settings")
        if "details" not in self._done:
            self.shop.handle(shop_command)
            self._done.add("details")
        for n, mechanic in enumerate(self.mechanics_page.mechanics):
            if n not in self._mechanic_ids:
                self._mechanic_ids[n] = self.shop.handle(RegisterMechanic(mechanic.name, mechanic.man_day))
            if f"week {n}" not in self._done:
                self.shop.handle(SetWorkingWeekdays(self._mechanic_ids[n], mechanic.weekdays))
                self._done.add(f"week {n}")
        if "manager" not in self._done:
            self.shop.handle(manager)
            self._done.add("manager")
        return self.settings_file

    def _written(self, _result: Any) -> None:
        self._writing = False
        self.finished_setup = True
        self.banner.clear()
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._writing = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if isinstance(error, DomainError):
            reason = text_of(error)
        elif isinstance(error, OSError):
            reason = self.tr("The settings file could not be written ({reason}).").format(
                reason=error.strerror or type(error).__name__
            )
        else:
            reason = self.tr("Something went wrong; see the log.")
        self.banner.show_message("error", self.tr("Not finished"), reason + " " + self.tr("Press Finish to try again."))

    def done(self, result: int) -> None:
        if self._writing:
            return  # Escape while the shop is being written: it finishes first
        self.runner.close()
        super().done(result)
