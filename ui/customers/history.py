"""A vehicle's history: every visit newest first, with the work done (not the memo), parts, invoice and total.

`VehicleHistoryPanel` is the table with its title; `VehicleHistoryDialog`
opens it for one car number from the desk, the till or the board.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from domain.customers.history import Visit
from ui.customers.models import VisitsModel
from ui.errors import describe
from ui.runner import CommandRunner
from ui.widgets import Banner, label, table, with_key


class VehicleHistoryPanel(QWidget):
    """The visits of one vehicle, with a title naming the car and how many visits there were."""

    def __init__(self, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = label("", "SectionTitle")
        self.model = VisitsModel(self)
        self.view = table(self.model, stretch=VisitsModel.WORK_DONE, row_height=30)
        if compact:  # beside the desk's form: what was done matters more than the invoice's number
            self.view.setColumnHidden(VisitsModel.INVOICE, True)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)

    def show_visits(self, car_number: str, visits: list[Visit]) -> None:
        self.model.set_rows(visits)
        if visits:
            self.title.setText(self.tr("Visits of {car} ({n})").format(car=car_number, n=len(visits)))
        else:
            self.title.setText(self.tr("{car} has no visits yet").format(car=car_number))


class VehicleHistoryDialog(QDialog):
    """The history of the car with `car_number`, read off the GUI thread."""

    def __init__(self, runner: CommandRunner, car_number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vehicle history — {car}").format(car=car_number))
        self.resize(900, 420)
        self.car_number = car_number
        self.loaded = False
        layout = QVBoxLayout(self)
        self.panel = VehicleHistoryPanel(self)
        self.message = Banner()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(with_key(close.text(), "Esc"))
        self.close_button = close
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        runner.read_call(runner.shop.vehicle_history, car_number, on_done=self._show, on_error=self._failed)

    def _show(self, visits: list[Visit]) -> None:
        self.panel.show_visits(self.car_number, visits)
        self.loaded = True

    def _failed(self, exc: BaseException) -> None:
        self.message.show_message("error", self.tr("The history could not be read"), describe(exc))
        self.loaded = True


def open_vehicle_history(runner: CommandRunner, car_number: str, parent: QWidget | None = None) -> VehicleHistoryDialog:
    """Show the car's history in a window of its own (not modal: the screen behind stays usable)."""
    dialog = VehicleHistoryDialog(runner, car_number, parent)
    dialog.show()
    return dialog
