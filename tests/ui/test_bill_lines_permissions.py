"""The bill's buttons follow permissions: a signed-in role sees only the line actions it may give.

Desk: discounts (up to the shop's limit, which the bus checks), no labour, no
removing a line. Mechanic in the bay: labour. Manager: everything, at the desk
and in the bay. Switching user shows again what the session hid.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from app.bootstrap import Shop
from tests.ui.test_users import open_window, sign_in
from tests.ui.test_users import staffed as staffed  # the fixture
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, qapp, staffed: Shop) -> Iterator[MainWindow]:
    win = open_window(qtbot, qapp, staffed)
    yield win
    win.shutdown()


def shown(panel: object, *names: str) -> dict[str, bool]:
    return {name: not getattr(panel, name).isHidden() for name in names}


LABOUR = ("labour_text", "labour_amount", "labour_button")
DISCOUNT = ("discount_text", "discount_amount", "discount_percent", "discount_button")


def switch_to(qtbot, window: MainWindow, name: str) -> None:
    assert window.session is not None
    qtbot.mouseClick(window.session.switch, Qt.MouseButton.LeftButton)
    sign_in(qtbot, window, name)


def test_the_desk_sees_discounts_but_not_labour_or_remove_line(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window, "접수")
    bill = window.show_screen("reception").bill  # type: ignore[attr-defined]
    assert shown(bill, *LABOUR, "remove_button") == dict.fromkeys((*LABOUR, "remove_button"), False)
    assert shown(bill, *DISCOUNT) == dict.fromkeys(DISCOUNT, True)
    invoices = window.show_screen("invoice").invoices  # type: ignore[attr-defined]
    assert invoices.reissue_button.isHidden()  # 재발행 is the manager's
    switch_to(qtbot, window, "관리자")
    window.show_screen("reception")
    assert all(shown(bill, *LABOUR, *DISCOUNT, "remove_button").values())
    window.show_screen("invoice")
    assert not invoices.reissue_button.isHidden()


def test_the_bay_offers_labour_to_a_mechanic_and_a_manager_only(qtbot, qapp, staffed: Shop) -> None:
    win = open_window(qtbot, qapp, staffed, "mechanic")
    try:
        sign_in(qtbot, win, "김민수")
        bill = win.show_screen("mechanic").bill  # type: ignore[attr-defined]
        assert all(shown(bill, *LABOUR).values())
        assert not any(shown(bill, *DISCOUNT, "remove_button").values())  # the bay never shows them
        switch_to(qtbot, win, "관리자")
        win.show_screen("mechanic")
        assert all(shown(bill, *LABOUR).values())
    finally:
        win.shutdown()
