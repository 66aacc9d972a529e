"""Where the keyboard is after each action (issue 16): where the next typing goes, never on a button that was
just disabled or on nothing.

At the desk: the next customer's first field after a registration; the field at fault (or the one the message
names) after a refusal. At the till: the search while searching; the list of invoices after a payment. In the
bay: the scan field, cleared, after a scan that worked and after one that did not. And a dialog closed with
Escape gives the focus back to where it was.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.bootstrap import Shop
from tests.builders import SmallShop, make_invoice
from tests.ui.helpers import TIMEOUT, click, type_into, wait_until_idle
from tests.ui.test_mechanic_bay import new_job, open_bay, scan
from tests.ui.test_reception import fill, open_reception
from ui.main_window import MainWindow
from ui.till import TillScreen
from ui.till.dialogs import PaymentDialog


@pytest.fixture
def front(qtbot: Any, window: MainWindow) -> Iterator[MainWindow]:
    """The main window, shown and active: offscreen, keyboard focus needs an active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=TIMEOUT)
    yield window


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def _name(widget: QWidget | None) -> str:
    return "nothing" if widget is None else f"{type(widget).__name__} {widget.objectName()!r}"


def assert_focus(qtbot: Any, expected: QWidget) -> None:
    try:
        qtbot.waitUntil(lambda: focused() is expected, timeout=TIMEOUT)
    except Exception:
        raise AssertionError(
            f"focus on {_name(focused())} in {_name(QApplication.activeWindow())}, not on {_name(expected)}"
        ) from None


# -- the desk -------------------------------------------------------------------------------------
@pytest.mark.parametrize("how", ["ctrl+enter", "click"])
def test_after_a_registration_typing_starts_on_the_next_customer(
    qtbot: Any, front: MainWindow, seeded: SmallShop, how: str
) -> None:
    screen = open_reception(qtbot, front)
    fill(qtbot, screen, seeded.kim)
    if how == "click":
        click(qtbot, screen.form.submit_button)
    else:
        qtbot.keyClick(screen.form.term, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.form.outcome.tone == "success", timeout=TIMEOUT)
    assert_focus(qtbot, screen.form.customer)
    assert screen.form.customer.text() == ""


def test_a_form_refused_before_sending_puts_focus_on_the_first_field_at_fault(
    qtbot: Any, front: MainWindow, seeded: SmallShop
) -> None:
    screen = open_reception(qtbot, front)
    fill(qtbot, screen, seeded.kim)
    screen.form.fare.clear()
    click(qtbot, screen.form.submit_button)
    assert screen.form.outcome.tone == "error" and screen.form.errors["fare"].isVisible()
    assert_focus(qtbot, screen.form.fare)


@pytest.mark.parametrize("how", ["ctrl+enter", "click"])
def test_a_request_the_shop_rejects_puts_focus_on_the_mechanic_it_names(
    qtbot: Any, front: MainWindow, shop: Shop, seeded: SmallShop, how: str
) -> None:
    """최영호 has one man-day left: the message says so, and the mechanic picker is where to change it."""
    screen = open_reception(qtbot, front)
    fill(qtbot, screen, seeded.choi, days=3)
    if how == "click":
        click(qtbot, screen.form.submit_button)
    else:
        qtbot.keyClick(screen.form.term, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.form.outcome.tone == "error", timeout=TIMEOUT)
    assert "최영호" in screen.form.outcome.text()
    assert_focus(qtbot, screen.form.mechanic)
    assert screen.form.customer.text() == "홍길동"  # kept, to send again


def test_a_request_refused_for_a_field_puts_focus_on_that_field(
    qtbot: Any, front: MainWindow, shop: Shop, seeded: SmallShop, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Less mileage than last time, and the odometer was not replaced: the mileage is the field to correct."""
    from domain.commands import RequestRepair

    shop.handle(
        RequestRepair("홍길동", "12가3456", seeded.kim, 1, 60_000, customer_phone="010-1234-5678", mileage=50_000)
    )
    screen = open_reception(qtbot, front)
    monkeypatch.setattr(type(screen.form), "confirm_odometer_replaced", lambda self, exc: False)
    fill(qtbot, screen, seeded.kim)
    type_into(qtbot, screen.form.mileage, "40000")
    click(qtbot, screen.form.submit_button)
    qtbot.waitUntil(lambda: screen.form.outcome.tone == "error", timeout=TIMEOUT)
    assert screen.form.errors["mileage"].isVisible()
    assert_focus(qtbot, screen.form.mileage)


# -- the till -------------------------------------------------------------------------------------
def _till(qtbot: Any, window: MainWindow) -> TillScreen:
    till = window.show_screen("invoice")
    assert isinstance(till, TillScreen)
    wait_until_idle(qtbot, window)
    return till


def test_a_till_search_keeps_typing_in_the_search(qtbot: Any, front: MainWindow, shop: Shop, seeded) -> None:
    make_invoice(shop, fare=50_000, car_number="12가3456")
    make_invoice(shop, fare=70_000, car_number="34나5678", customer="김영희")
    till = _till(qtbot, front)
    tab = till.invoices
    qtbot.keyClick(tab.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert_focus(qtbot, tab.search)
    type_into(qtbot, tab.search, "5678")
    qtbot.waitUntil(lambda: [r.car_number for r in tab.model.rows()] == ["34나5678"], timeout=TIMEOUT)
    wait_until_idle(qtbot, front)
    assert focused() is tab.search  # the results come while typing: the next key still goes to the search
    assert tab.search.text() == "5678"


def _pay_in_full(dialog: PaymentDialog) -> None:
    dialog.cash.setText("100000")
    dialog.take_button.click()


@pytest.mark.parametrize("how", ["f2", "click"])
def test_after_a_payment_the_focus_is_on_the_list_of_invoices(
    qtbot: Any, front: MainWindow, shop: Shop, seeded, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    paid = make_invoice(shop, fare=50_000)
    make_invoice(shop, fare=70_000, car_number="34나5678", customer="김영희")
    till = _till(qtbot, front)
    tab = till.invoices
    qtbot.waitUntil(lambda: tab.detail is not None, timeout=TIMEOUT)
    at = next(i for i, r in enumerate(tab.model.rows()) if r.invoice_no == paid)
    tab.view.selectRow(at)
    qtbot.waitUntil(lambda: tab.detail is not None and tab.detail.view.invoice_no == paid, timeout=TIMEOUT)

    def exec_(self: PaymentDialog) -> int:
        _pay_in_full(self)
        return int(self.result())

    monkeypatch.setattr(PaymentDialog, "exec", exec_)
    if how == "click":
        click(qtbot, tab.pay_button)
    else:
        tab.view.setFocus()
        qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: tab.message.tone == "success", timeout=TIMEOUT)
    wait_until_idle(qtbot, front)
    qtbot.waitUntil(lambda: [r.invoice_no for r in tab.model.rows()] != [], timeout=TIMEOUT)
    assert paid not in [r.invoice_no for r in tab.model.rows()]
    assert_focus(qtbot, tab.view)  # the next invoice is a key away (F2), the search one Ctrl+F


# -- the bay --------------------------------------------------------------------------------------
def _started_bay(qtbot: Any, window: MainWindow, shop: Shop, mechanic: int) -> Any:
    new_job(shop, mechanic)
    bay = open_bay(qtbot, window, mechanic)
    click(qtbot, bay.start_button)
    qtbot.waitUntil(lambda: bay.jobs_model.row_at(0).status == "started", timeout=TIMEOUT)
    return bay


def test_after_a_scan_that_worked_the_scan_field_is_empty_and_has_the_focus(
    qtbot: Any, front: MainWindow, shop: Shop, seeded: SmallShop
) -> None:
    bay = _started_bay(qtbot, front, shop, seeded.kim)
    scan(qtbot, bay, "BRK-PAD-F01")
    qtbot.waitUntil(lambda: bay.outcome.tone == "success", timeout=TIMEOUT)
    wait_until_idle(qtbot, front)
    assert_focus(qtbot, bay.part_entry)
    assert bay.part_entry.text() == ""


def test_after_a_scan_that_failed_the_scan_field_is_empty_and_has_the_focus(
    qtbot: Any, front: MainWindow, shop: Shop, seeded: SmallShop
) -> None:
    bay = _started_bay(qtbot, front, shop, seeded.kim)
    bay.jobs_view.setFocus()  # the mechanic looked at the list; the scanner types wherever the focus is not
    scan(qtbot, bay, "NO-SUCH-PART")
    qtbot.waitUntil(lambda: bay.outcome.tone == "error", timeout=TIMEOUT)
    wait_until_idle(qtbot, front)
    assert_focus(qtbot, bay.part_entry)
    assert bay.part_entry.text() == ""


# -- dialogs ----------------------------------------------------------------------------------------
def back_to(qtbot: Any, window: MainWindow) -> None:
    """The main window active again, as the window manager makes it when a dialog closes (offscreen, nothing
    does: the hidden dialog stays the active window); the focus is then the window's own, kept while away."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=TIMEOUT)


def _escape_the_dialog_when_it_shows(qtbot: Any, seen: list[QDialog]) -> None:
    def escape() -> None:
        dialog = QApplication.activeModalWidget() or QApplication.activeWindow()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(10, escape)
            return
        seen.append(dialog)
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, escape)


def test_escape_on_the_payment_dialog_gives_the_focus_back_to_the_list(
    qtbot: Any, front: MainWindow, shop: Shop, seeded
) -> None:
    make_invoice(shop, fare=50_000)
    tab = _till(qtbot, front).invoices
    qtbot.waitUntil(lambda: tab.detail is not None and tab.pay_button.isEnabled(), timeout=TIMEOUT)
    tab.view.setFocus()
    assert_focus(qtbot, tab.view)
    seen: list[QDialog] = []
    _escape_the_dialog_when_it_shows(qtbot, seen)
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)  # exec() returns once Escape closed it
    assert len(seen) == 1 and isinstance(seen[0], PaymentDialog)
    assert tab.message.tone != "success"
    back_to(qtbot, front)
    assert_focus(qtbot, tab.view)


def test_escape_on_the_car_s_history_gives_the_focus_back_to_the_till(
    qtbot: Any, front: MainWindow, shop: Shop, seeded
) -> None:
    make_invoice(shop, fare=50_000)
    tab = _till(qtbot, front).invoices
    qtbot.waitUntil(lambda: tab.detail is not None, timeout=TIMEOUT)
    tab.search.setFocus()
    assert_focus(qtbot, tab.search)
    history = tab.open_history()
    assert history is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is history, timeout=TIMEOUT)
    qtbot.keyClick(history.focusWidget() or history, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not history.isVisible(), timeout=TIMEOUT)
    back_to(qtbot, front)
    assert_focus(qtbot, tab.search)
