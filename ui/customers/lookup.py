"""Finding the car at the desk as it is typed: its plate, its last four digits or the phone's digits.

`VehicleLookup.search(text)` asks `shop.find_vehicles` off the GUI thread
(the screen debounces the typing); one car found is chosen at once and its
history shown, several are listed to pick from. `chosen` tells the form which
car to fill in from the register.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QInputDialog, QVBoxLayout, QWidget

from app.estimates.queries import Recommendation
from domain.commands import Command, MergeVehicles
from domain.customers.history import Visit
from domain.customers.identifiers import squeeze
from domain.customers.search import VehicleMatch
from ui import fmt
from ui.customers.edit import EditRecordDialog
from ui.customers.history import VehicleHistoryPanel
from ui.customers.models import VehicleMatchModel, owner_name
from ui.errors import describe
from ui.fit import FlowLayout
from ui.runner import CommandRunner
from ui.widgets import Banner, button, label, selected_row, table

#: Fewer characters than this match too many cars to be worth a look-up.
MIN_SEARCH = 4


class VehicleLookup(QFrame):
    """The cars the desk's typing found, and the history of the one chosen."""

    #: The desk picked a car (or the search found exactly one): fill the form from it.
    chosen = Signal(object)
    #: The desk asked to use the chosen car's details, plate included.
    use_requested = Signal(object)

    def __init__(self, runner: CommandRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.runner = runner
        self.shop = runner.shop
        self.matches: list[VehicleMatch] = []
        self.current: VehicleMatch | None = None
        self._asked = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        head = QHBoxLayout()
        self.title = label("", "SectionTitle")
        self.use_button = button(self.tr("Use this car's details"))
        self.edit_button = button(self.tr("Correct…"))
        self.edit_button.setToolTip(self.tr("Correct the chosen car's model or VIN, or its owner's name or phone"))
        self.merge_button = button(self.tr("Merge a duplicate…"))
        self.merge_button.setToolTip(self.tr("Another record listed here is this same car: make them one"))
        head.addWidget(self.title)
        layout.addLayout(head)
        actions = FlowLayout()  # the buttons wrap under the title on narrow screens (ui.fit)
        for b in (self.edit_button, self.merge_button, self.use_button):
            actions.addWidget(b)
        layout.addLayout(actions)
        # Work declined before (estimates, additional work): offered again on this visit (ui.estimates.desk lists it).
        self.recommended = label("", wrap=True)
        self.recommended.setStyleSheet("color: #92400E; font-weight: 600")
        self.recommended.hide()
        layout.addWidget(self.recommended)
        self.matches_model = VehicleMatchModel(self)
        self.matches_view = table(self.matches_model, stretch=2, row_height=30)
        self.matches_view.setMaximumHeight(150)
        layout.addWidget(self.matches_view)
        self.history = VehicleHistoryPanel(self, compact=True)
        layout.addWidget(self.history, 1)
        self.message = Banner()
        layout.addWidget(self.message)
        self.use_button.clicked.connect(self._use)
        self.edit_button.clicked.connect(self.edit_current)
        self.merge_button.clicked.connect(self.merge_into_current)
        self.matches_view.selectionModel().selectionChanged.connect(lambda *_: self._picked())
        self.matches_view.doubleClicked.connect(lambda _i: self._use())
        self.hide()

    @property
    def visits_model(self) -> object:
        return self.history.model

    def search(self, text: str) -> None:
        """Look `text` up on the register (nothing for fewer than four characters)."""
        text = text.strip()
        if len(squeeze(text)) < MIN_SEARCH:
            self.clear()
            return
        self._asked = text
        self.runner.read_call(self._find, text, on_done=self._found)

    def _find(self, text: str) -> tuple[str, list[VehicleMatch], tuple[list[Visit], list[Recommendation]]]:
        """On the reader thread: the cars found and, when there is one, its visits and recommendations."""
        matches = self.shop.find_vehicles(text)
        found = self._visits_of(matches[0].car_number) if len(matches) == 1 else ([], [])
        return text, matches, found

    def _visits_of(self, car_number: str) -> tuple[list[Visit], list[Recommendation]]:
        """On the reader thread: a car's visits and the work declined on it before."""
        return self.shop.vehicle_history(car_number), self.shop.recommendations(car_number)

    def _found(self, result: tuple[str, list[VehicleMatch], tuple[list[Visit], list[Recommendation]]]) -> None:
        text, matches, visits = result
        if text != self._asked:
            return  # an older answer: the desk typed on
        self.matches = matches
        self.matches_model.set_rows(matches)
        if not matches:
            self.clear()
            return
        self.show()
        self.matches_view.setVisible(len(matches) > 1)
        if len(matches) == 1:
            self._choose(matches[0], visits)
        else:
            self.current = None
            self.title.setText(self.tr("{n} cars match — pick one").format(n=len(matches)))
            self.history.show_visits("", [])
            self.show_recommended([])
            self.history.title.setText(self.tr("Pick a car to see its visits."))
            self._enable(False)

    def _picked(self) -> None:
        match: VehicleMatch | None = selected_row(self.matches_view)
        if match is None or match == self.current:
            return
        self.runner.read_call(self._visits_of, match.car_number, on_done=lambda found: self._choose(match, found))

    def _choose(self, match: VehicleMatch, found: tuple[list[Visit], list[Recommendation]]) -> None:
        visits, recommended = found
        self.current = match
        self.show_recommended(recommended)
        owner = owner_name(match) if match.customer_id is not None else self.tr("no owner on record")
        self.title.setText(
            self.tr("{car} · {model} · {owner}").format(car=match.car_number, model=match.model or "—", owner=owner)
        )
        self.history.show_visits(match.car_number, visits)
        self._enable(True)
        self.chosen.emit(match)

    def show_recommended(self, rows: list[Recommendation]) -> None:
        """The work declined on this car before, to offer again (hidden when there is none)."""
        if not rows:
            self.recommended.clear()
            self.recommended.hide()
            return
        shown = ", ".join(f"{r.description} ({fmt.money(r.amount)})" for r in rows[:4])
        more = f" +{len(rows) - 4}" if len(rows) > 4 else ""
        self.recommended.setText(self.tr("Recommended from earlier visits: {work}").format(work=shown + more))
        self.recommended.setToolTip(
            "\n".join(f"{r.estimate_no} · {r.description} · {fmt.money(r.amount)}" for r in rows)
        )
        self.recommended.show()

    def _enable(self, chosen: bool) -> None:
        self.use_button.setEnabled(chosen)
        self.edit_button.setEnabled(chosen)
        self.merge_button.setEnabled(chosen and len(self.matches) > 1)

    def _use(self) -> None:
        if self.current is not None:
            self.use_requested.emit(self.current)

    # -- corrections and merges -------------------------------------------------------------
    def ask_corrections(self, dialog: EditRecordDialog) -> bool:
        """Show the dialog; True when the desk saved it (tests answer for the desk)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def edit_current(self) -> None:
        if self.current is None:
            return
        dialog = EditRecordDialog(self.current, self)
        if not self.ask_corrections(dialog):
            return
        commands = dialog.commands()
        if commands:
            self.runner.call(self._send_all, commands, on_done=self._saved, on_error=self._refused)

    def ask_duplicate(self, others: list[VehicleMatch]) -> VehicleMatch | None:
        """Which listed record is the same car as the chosen one (None: none)."""
        names = [f"{m.car_number} · {m.model or '—'} · {m.customer_name or '—'}" for m in others]
        picked, ok = QInputDialog.getItem(
            self,
            self.tr("Merge a duplicate"),
            self.tr("Which record is the same car as {car}? Its visits move to {car}; this cannot be undone.").format(
                car=self.current.car_number if self.current else ""
            ),
            names,
            0,
            False,
        )
        return others[names.index(picked)] if ok and picked in names else None

    def merge_into_current(self) -> None:
        if self.current is None:
            return
        keep = self.current
        duplicate = self.ask_duplicate([m for m in self.matches if m.vehicle_id != keep.vehicle_id])
        if duplicate is None:
            return
        self.runner.call(
            self._send_all,
            [MergeVehicles(keep.vehicle_id, duplicate.vehicle_id)],
            on_done=self._saved,
            on_error=self._refused,
        )

    def _send_all(self, commands: list[Command]) -> int:
        """On the writer thread: each correction in turn (the first refused stops the rest)."""
        for command in commands:
            self.shop.handle(command)
        return len(commands)

    def _saved(self, _count: int) -> None:
        self.message.show_message("success", self.tr("Saved"), self.tr("The register is corrected."))
        asked, self._asked = self._asked, ""
        if asked:
            self.search(asked)

    def _refused(self, exc: BaseException) -> None:
        self.message.show_message("error", self.tr("Not saved"), describe(exc))

    def clear(self) -> None:
        self._asked = ""
        self.matches = []
        self.current = None
        self.matches_model.set_rows([])
        self.history.show_visits("", [])
        self.show_recommended([])
        self.message.clear()
        self.hide()
