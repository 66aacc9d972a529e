"""A mechanic's working days on the mechanics screen: weekly pattern, days off, and the shop's closures.

Each change is one command (SetWorkingWeekdays, AddDayOff, RemoveDayOff,
AddShopClosure, RemoveShopClosure); the queue and the promises follow in the
same transaction. A closure is removed from its list with Delete (or the
button), after a question.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app import queries
from app.queries import MechanicRow, WorkingDaysView
from domain.commands import AddDayOff, AddShopClosure, RemoveDayOff, RemoveShopClosure, SetWorkingWeekdays
from domain.messages import Command
from ui.errors import describe
from ui.runner import CommandRunner
from ui.tr import QT_TRANSLATE_NOOP
from ui.widgets import Banner, Refresher, button, label

WEEKDAYS = (
    QT_TRANSLATE_NOOP("WorkingDays", "Mon"),
    QT_TRANSLATE_NOOP("WorkingDays", "Tue"),
    QT_TRANSLATE_NOOP("WorkingDays", "Wed"),
    QT_TRANSLATE_NOOP("WorkingDays", "Thu"),
    QT_TRANSLATE_NOOP("WorkingDays", "Fri"),
    QT_TRANSLATE_NOOP("WorkingDays", "Sat"),
    QT_TRANSLATE_NOOP("WorkingDays", "Sun"),
)


def _date_edit() -> QDateEdit:
    edit = QDateEdit(QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class WorkingDaysPanel(QWidget):
    """The selected mechanic's week, days off and the shop's closures, each saved by one command."""

    def __init__(self, runner: CommandRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.mechanic: MechanicRow | None = None
        self._build()
        self._days = Refresher(runner, self._load, self._show, self)
        self._connect_signals()
        self.show_for(None)

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(8)
        self.title = label(self.tr("Working days"), "SectionTitle", wrap=True)
        root.addWidget(self.title)
        week = QGridLayout()
        week.setSpacing(4)
        self.weekday_boxes: list[QCheckBox] = []
        for i, name in enumerate(WEEKDAYS):
            box = QCheckBox(QCoreApplication.translate("WorkingDays", name))
            self.weekday_boxes.append(box)
            week.addWidget(box, i // 4, i % 4)
        root.addLayout(week)
        self.save_week = button(self.tr("Save the week"), "primary")
        root.addWidget(self.save_week)

        off = QHBoxLayout()
        self.day_off = _date_edit()
        self.add_off = button(self.tr("Day off"))
        self.remove_off = button(self.tr("Works"))
        off.addWidget(self.day_off, 1)
        off.addWidget(self.add_off)
        off.addWidget(self.remove_off)
        root.addLayout(off)
        self.days_off = label("", "Muted", wrap=True)
        root.addWidget(self.days_off)

        root.addWidget(label(self.tr("Shop closed (everyone)"), "SectionTitle"))
        closure = QHBoxLayout()
        self.closure_first = _date_edit()
        self.closure_last = _date_edit()
        closure.addWidget(self.closure_first, 1)
        closure.addWidget(label("–"))
        closure.addWidget(self.closure_last, 1)
        root.addLayout(closure)
        note = QHBoxLayout()
        self.closure_note = QLineEdit(placeholderText=self.tr("Why (optional)"))
        self.add_closure = button(self.tr("Close the shop"))
        note.addWidget(self.closure_note, 1)
        note.addWidget(self.add_closure)
        root.addLayout(note)
        self.closures = label("", "Muted", wrap=True)
        root.addWidget(self.closures)
        # The closures themselves, one a line: select one and press Delete (or the button) to open the shop again.
        listed = QHBoxLayout()
        self.closure_list = QListWidget()
        self.closure_list.setAccessibleName(self.tr("Shop closures"))
        self.closure_list.setMaximumHeight(68)
        self.closure_list.setMinimumHeight(40)  # two lines at least, whatever the banner below takes
        self.closure_list.setTextElideMode(Qt.TextElideMode.ElideRight)  # a long note is cut, its tooltip whole
        self.closure_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.closure_list.setVisible(False)
        self.remove_closure = button(self.tr("Open again  (Del)"), "danger")
        self.remove_closure.setToolTip(self.tr("Remove the chosen closure: the shop works those days after all"))
        self.remove_closure.setEnabled(False)
        self.remove_closure.setVisible(False)
        listed.addWidget(self.closure_list, 1)
        listed.addWidget(self.remove_closure, 0, Qt.AlignmentFlag.AlignTop)
        root.addLayout(listed)
        self.message = Banner()
        root.addWidget(self.message)

    def _connect_signals(self) -> None:
        self.save_week.clicked.connect(self.save_weekdays)
        self.add_off.clicked.connect(lambda: self._day_off(True))
        self.remove_off.clicked.connect(lambda: self._day_off(False))
        self.add_closure.clicked.connect(self.close_shop)
        self.remove_closure.clicked.connect(self.remove_selected_closure)
        self.closure_list.currentRowChanged.connect(lambda _row: self._enable_removal())
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.closure_list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)  # only in the list: Delete still edits text elsewhere
        delete.activated.connect(self.remove_selected_closure)

    # -- what it shows ----------------------------------------------------------------
    def show_for(self, mechanic: MechanicRow | None) -> None:
        self.mechanic = mechanic
        for w in (*self.weekday_boxes, self.save_week, self.day_off, self.add_off, self.remove_off):
            w.setEnabled(mechanic is not None)
        if mechanic is None:
            self.title.setText(self.tr("Select a mechanic to set their working days"))
            self.days_off.setText("")
        else:
            self.title.setText(self.tr("{name}'s working days").format(name=mechanic.name))
        self._days.request()

    def refresh(self) -> None:
        self._days.request()

    def _load(self) -> WorkingDaysView | None:
        mechanic_id = self.mechanic.id if self.mechanic else 0
        return self.runner.shop.query(queries.working_days, mechanic_id)

    def _show(self, view: WorkingDaysView | None) -> None:
        if view is None:
            return
        for box, mark in zip(self.weekday_boxes, view.weekdays, strict=True):
            box.setChecked(mark == "1")
        if self.mechanic is not None:
            listed = ", ".join(view.days_off) if view.days_off else self.tr("none")
            self.days_off.setText(self.tr("Days off: {days}").format(days=listed))
        self._show_closures(view.closures)

    def _show_closures(self, closures: list[tuple[int, str, str, str]]) -> None:
        chosen = self.selected_closure()
        self.closures.setText(self.tr("Closed: {days}").format(days=self.tr("none")) if not closures else "")
        self.closures.setVisible(not closures)
        self.closure_list.clear()
        for closure_id, first, last, note in closures:
            item = QListWidgetItem(_closure_text(first, last, note))
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, closure_id)
            self.closure_list.addItem(item)
            if closure_id == chosen:
                self.closure_list.setCurrentItem(item)
        self.closure_list.setVisible(bool(closures))
        self.remove_closure.setVisible(bool(closures))
        self._enable_removal()

    def selected_closure(self) -> int | None:
        item = self.closure_list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _enable_removal(self) -> None:
        self.remove_closure.setEnabled(self.selected_closure() is not None)

    # -- the commands -----------------------------------------------------------------
    def weekdays_mask(self) -> str:
        return "".join("1" if box.isChecked() else "0" for box in self.weekday_boxes)

    def save_weekdays(self) -> None:
        if self.mechanic is not None:
            self._submit(SetWorkingWeekdays(self.mechanic.id, self.weekdays_mask()), self.tr("Working days saved"))

    def _day_off(self, off: bool) -> None:
        if self.mechanic is None:
            return
        day = self.day_off.date().toString("yyyy-MM-dd")
        command: Command = AddDayOff(self.mechanic.id, day) if off else RemoveDayOff(self.mechanic.id, day)
        self._submit(command, self.tr("{day} saved").format(day=day))

    def close_shop(self) -> None:
        first = self.closure_first.date().toString("yyyy-MM-dd")
        last = self.closure_last.date().toString("yyyy-MM-dd")
        self._submit(AddShopClosure(first, last, self.closure_note.text()), self.tr("Closure saved"))

    def remove_selected_closure(self) -> None:
        """Delete or the button: after a question, the chosen closure goes and every queue is planned again."""
        item = self.closure_list.currentItem()
        if item is None:
            return
        if not self.confirm_remove_closure(item.text()):
            self.closure_list.setFocus()
            return
        self._submit(RemoveShopClosure(int(item.data(Qt.ItemDataRole.UserRole))), self.tr("Closure removed"))
        self.closure_list.setFocus()

    def confirm_remove_closure(self, closure: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Open the shop again?"),
            self.tr(
                "Remove the closure {closure}? Those days become working days again and the queues are planned anew."
            ).format(closure=closure),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _submit(self, command: Command, done: str) -> None:
        def finished(_result: object) -> None:
            self.message.show_message("success", done)
            self._days.request()

        self.runner.submit(
            command,
            on_done=finished,
            on_error=lambda exc: self.message.show_message("error", self.tr("Not saved"), describe(exc)),
        )


def _closure_text(first: str, last: str, note: str) -> str:
    days = first if first == last else f"{first} – {last}"
    return days + (f"  ({note})" if note else "")
