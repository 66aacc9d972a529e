"""Mechanics: register, change remaining man-days."""

from __future__ import annotations

from app import queries
from app.bootstrap import Shop
from tests.ui.helpers import TIMEOUT, click, type_into
from ui.main_window import MainWindow
from ui.screens.mechanic_admin import MechanicAdminScreen


def test_register_and_change_man_days(qtbot, window: MainWindow, shop: Shop) -> None:
    screen = window.show_screen("mechanics")
    assert isinstance(screen, MechanicAdminScreen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2, timeout=TIMEOUT)
    click(qtbot, screen.register_button)
    assert screen.name_error.isVisible()  # no name
    type_into(qtbot, screen.name, "Park")
    screen.days.setValue(15)
    click(qtbot, screen.register_button)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3, timeout=TIMEOUT)
    park = next(m for m in shop.query(queries.mechanics) if m.name == "Park")
    assert park.man_day == 15
    screen.view.selectRow(screen.model.find(park.id))
    screen.new_days.setValue(4)
    click(qtbot, screen.change_button)
    qtbot.waitUntil(
        lambda: next(m for m in shop.query(queries.mechanics) if m.name == "Park").man_day == 4, timeout=TIMEOUT
    )
    qtbot.waitUntil(lambda: screen.message.tone == "success", timeout=TIMEOUT)
