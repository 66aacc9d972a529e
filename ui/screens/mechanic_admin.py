"""Mechanics (정비사 관리): register mechanics and set their remaining man-days."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from app import queries
from app.queries import MechanicRow
from domain.commands import ChangeManDay, RegisterMechanic
from domain.mechanic.commands import MAX_MAN_DAYS
from ui.domain_text import text_of
from ui.errors import describe
from ui.feed import MECHANIC_EVENTS, ShopFeed
from ui.models.tables import MechanicsModel
from ui.runner import CommandRunner
from ui.screens.working_days import WorkingDaysPanel
from ui.widgets import (
    Banner,
    EmptyState,
    FieldError,
    Refresher,
    button,
    card,
    header_row,
    label,
    selected_row,
    set_invalid,
    spin,
    table,
)


class MechanicAdminScreen(QWidget):
    """Who works here and how many man-days each has left to give."""

    def __init__(self, runner: CommandRunner, feed: ShopFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        self.runner = runner
        self._build()
        self._mechanics = Refresher(runner, lambda: runner.shop.query(queries.mechanics), self._show, self)
        self._connect_signals(feed)
        self._selection_changed()

    def _build(self) -> None:
        root = QHBoxLayout(self)
        root.setContentsMargins(20, 8, 20, 8)
        root.setSpacing(16)
        list_card, listing = card(self)
        listing.addWidget(
            header_row(self.tr("Mechanics"), self.tr("Remaining man-days are what the desk can still book."))
        )
        self.model = MechanicsModel(self)
        self.view = table(self.model, row_height=40, stretch=1)
        listing.addWidget(self.view, 1)
        self.empty = EmptyState()
        listing.addWidget(self.empty)
        menu = QHBoxLayout()
        self.menu_button = button(self.tr("Standard jobs…"))
        self.menu_button.setToolTip(self.tr("The menu of standard jobs the desk and the bay add in one step"))
        menu.addWidget(self.menu_button)
        menu.addStretch(1)
        listing.addLayout(menu)
        root.addWidget(list_card, 3)

        side_card, side = card(self)
        side_card.setFixedWidth(380)
        side.addWidget(label(self.tr("Register a mechanic"), "SectionTitle"))
        self.name = QLineEdit(placeholderText=self.tr("Name *"))
        self.name_error = FieldError()
        self.days = spin(0, MAX_MAN_DAYS, 20, self.tr(" man-day(s)"))
        self.register_button = button(self.tr("Register  (Enter)"), "primary", "large")
        side.addWidget(self.name)
        side.addWidget(self.name_error)
        row = QHBoxLayout()
        row.addWidget(self.days)
        row.addWidget(self.register_button, 1)
        side.addLayout(row)
        side.addSpacing(12)
        self.change_title = label(self.tr("Change remaining man-days"), "SectionTitle", wrap=True)
        side.addWidget(self.change_title)
        self.new_days = spin(0, MAX_MAN_DAYS, 0, self.tr(" man-day(s)"))
        self.change_button = button(self.tr("Set"), "primary", "large")
        change = QHBoxLayout()
        change.addWidget(self.new_days)
        change.addWidget(self.change_button, 1)
        side.addLayout(change)
        self.message = Banner()
        side.addWidget(self.message)
        side.addSpacing(12)
        self.working_days = WorkingDaysPanel(self.runner, self)
        side.addWidget(self.working_days)
        side.addStretch(1)
        root.addWidget(side_card)

    def _connect_signals(self, feed: ShopFeed) -> None:
        self.register_button.clicked.connect(self.register)
        self.name.returnPressed.connect(self.register)
        self.name.textChanged.connect(self._name_edited)
        self.change_button.clicked.connect(self.change)
        self.menu_button.clicked.connect(self.open_menu)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        feed.changed.connect(lambda types: self._mechanics.request() if types & MECHANIC_EVENTS else None)

    def open_menu(self) -> QWidget:
        """The manager's menu of standard jobs (ui.estimates.menu)."""
        from ui.estimates.menu import CannedJobsDialog

        dialog = CannedJobsDialog(self.runner, self)
        self.menu_dialog = dialog
        dialog.show()
        return dialog

    def _name_edited(self, _text: str) -> None:
        self.name_error.set_error("")
        set_invalid(self.name, False)

    def _show(self, rows: list[MechanicRow]) -> None:
        self.model.set_rows(rows)
        self.empty.show_if(
            not rows,
            self.tr("No mechanic yet. Type a name and man-days on the right, then press Enter to register them."),
        )
        self._selection_changed()

    def _selection_changed(self) -> None:
        row: MechanicRow | None = selected_row(self.view)
        if getattr(self, "working_days", None) is not None and self.working_days.mechanic != row:
            self.working_days.show_for(row)
        self.new_days.setEnabled(row is not None)
        self.change_button.setEnabled(row is not None)
        if row is None:
            self.change_title.setText(self.tr("Select a mechanic to change their man-days"))
            return
        self.change_title.setText(self.tr("Change {name}'s remaining man-days").format(name=row.name))
        self.new_days.setValue(row.man_day)

    def register(self) -> None:
        command = RegisterMechanic(self.name.text(), self.days.value())
        problems = command.problems()
        if problems:  # the name is the only field a person can get wrong (the days are a spin box)
            self.name_error.set_error(text_of(problems[0]))
            set_invalid(self.name, True)
            self.name.setFocus()
            return
        name = command.validated().name

        def done(_id: object) -> None:
            self.name.clear()
            self.message.show_message("success", self.tr("{name} registered").format(name=name))

        self.runner.submit(
            command,
            on_done=done,
            on_error=lambda exc: self.message.show_message("error", self.tr("Not registered"), describe(exc)),
        )

    def change(self) -> None:
        row: MechanicRow | None = selected_row(self.view)
        if row is None:
            return
        days = self.new_days.value()
        self.runner.submit(
            ChangeManDay(row.id, days),
            on_done=lambda _r: self.message.show_message(
                "success", self.tr("{name} now has {days} man-day(s) left").format(name=row.name, days=days)
            ),
            on_error=lambda exc: self.message.show_message("error", self.tr("Not changed"), describe(exc)),
        )

    def focus_first(self) -> None:
        """After the screen is shown, typing goes to the new mechanic's name."""
        self.name.setFocus()

    def refresh(self) -> None:
        self._mechanics.now()
        self.working_days.refresh()

    @property
    def busy(self) -> bool:
        return self._mechanics.busy
