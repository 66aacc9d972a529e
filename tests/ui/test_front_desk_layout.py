"""Reception and the till on small screens: several receipts in view, the whole bill, a preview with room."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from app import queries
from app.bootstrap import Shop
from tests.ui.test_screen_sizes import _describe, _outside, _visible_controls
from ui.main_window import MainWindow
from ui.screens.reception import ReceptionScreen
from ui.screenshots import settle
from ui.till.screen import TillScreen


@pytest.fixture
def demo(shop: Shop) -> Shop:
    from ui.app import fill_demo

    fill_demo(shop)
    return shop


def _window(qtbot, qapp, shop: Shop, size: tuple[int, int]) -> MainWindow:
    from ui import theme

    theme.apply(qapp)
    window = MainWindow(shop, "reception")
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_reception_at_1024_by_768_shows_several_receipts_and_the_whole_bill(qtbot, qapp, demo: Shop, lang: str) -> None:
    from ui import i18n

    translators = i18n.install(qapp, lang)
    window = _window(qtbot, qapp, demo, (1024, 768))
    try:
        screen = window.show_screen("reception")
        assert isinstance(screen, ReceptionScreen)
        screen.refresh()
        settle(window)
        view = screen.receipts_view
        assert screen.receipts_model.rowCount() >= 5
        assert view.viewport().height() >= 4 * view.rowHeight(0)  # four whole rows at least
        # The desk picks a receipt whose job is open: its bill comes forward, every input whole.
        rows = [screen.receipts_model.row_at(i) for i in range(screen.receipts_model.rowCount())]
        open_row = next(i for i, r in enumerate(rows) if r.status in ("accepted", "in_work"))
        view.setFocus()
        qtbot.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=view.visualRect(screen.receipts_model.index(open_row, 1)).center(),
        )
        settle(window)
        assert screen.details.currentIndex() == 0
        assert screen.bill.isVisible()
        controls = _visible_controls(screen.bill)
        assert len(controls) >= 3  # labour, discount and their buttons at least
        problems = [f"{_describe(w)} {why}" for w in controls if (why := _outside(window, w))]
        assert not problems, "\n".join(problems)
        # Typing a known car brings its history forward; Alt+1 goes back to the bill.
        screen.form.car_number.setText(rows[0].car_number)
        screen.form.car_number.textEdited.emit(rows[0].car_number)
        qtbot.waitUntil(lambda: screen.details.currentIndex() == 1 and screen.lookup.isVisible(), timeout=5000)
        assert not screen.history_empty.isVisible()
        qtbot.keyClick(screen, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
        assert screen.details.currentIndex() == 0
    finally:
        window.shutdown()
        for t in translators:
            qapp.removeTranslator(t)
        i18n.install(qapp, "en")


def test_the_till_preview_has_room_at_1366_by_768(qtbot, qapp, demo: Shop) -> None:
    window = _window(qtbot, qapp, demo, (1366, 768))
    try:
        till = window.show_screen("invoice")
        assert isinstance(till, TillScreen)
        tab = till.invoices
        invoiced = [r for r in demo.query(queries.board_page, None, 100) if r.invoice_no and not r.voided]
        tab.show_invoice(invoiced[0].invoice_no)
        qtbot.waitUntil(lambda: tab.pdf.page_count > 0, timeout=10_000)
        settle(window)
        assert tab.pdf.isVisible() and tab.pdf.height() >= 260  # was ~160 px below the payments table
        bottom = tab.pdf.mapTo(window, QPoint(0, tab.pdf.height())).y()
        assert bottom <= window.height()
        tab.pages.setCurrentIndex(1)  # the payments, one click (or Ctrl+Tab) away
        assert tab.money_view.isVisible() and not tab.pdf.isVisible()
    finally:
        window.shutdown()


def test_a_new_shop_says_to_register_a_mechanic_first_with_the_key(qtbot, qapp, shop: Shop) -> None:
    from domain.commands import RegisterMechanic

    window = _window(qtbot, qapp, shop, (1024, 768))
    try:
        screen = window.show_screen("reception")
        assert isinstance(screen, ReceptionScreen)
        screen.refresh()
        settle(window)
        form = screen.form
        key = f"Ctrl+{list(window.nav_buttons).index('mechanics') + 1}"
        assert form.no_mechanics.isVisible() and key in form.no_mechanics.text()
        assert "register" in form.mechanic.itemText(0).lower() and form.mechanic.count() == 1
        window.runner.submit(RegisterMechanic("김민수", 10))
        qtbot.waitUntil(lambda: form.mechanic.count() == 2, timeout=10_000)
        assert not form.no_mechanics.isVisible() and form.mechanic.itemText(0) == "Choose a mechanic…"
    finally:
        window.shutdown()
