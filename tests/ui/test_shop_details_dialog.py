"""The manager's Shop details… dialog: opened by its key from the window's header, Enter saves through
UpdateShopDetails, a refusal is shown under its field in the terminal's language; not offered to the desk."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from app.bootstrap import Shop
from domain.commands import CreateUser
from tests.integration.core_helpers import diff, snapshot
from tests.ui.helpers import TIMEOUT, type_into, wait_until_idle
from ui.main_window import MainWindow
from ui.setup.shop_details_dialog import SHORTCUT, ShopDetailsDialog


def _open_by_key(qtbot: Any, window: MainWindow) -> ShopDetailsDialog:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(
        lambda: (
            isinstance(QApplication.activeModalWidget(), ShopDetailsDialog)
            or bool(window.findChildren(ShopDetailsDialog))
        ),
        timeout=TIMEOUT,
    )
    (dialog,) = [d for d in window.findChildren(ShopDetailsDialog) if d.isVisible()]
    return dialog


def test_the_key_is_shown_and_enter_saves_the_new_letterhead(qtbot: Any, desk: MainWindow, lang: str) -> None:
    action = desk.shop_details_action
    assert action in desk.header_menu.actions()  # in the header's Menu, its key shown beside it
    assert action.shortcut().toString() == QKeySequence(SHORTCUT).toString()
    assert action.text() == ("정비소 정보…" if lang == "ko" else "Shop details…")
    dialog = _open_by_key(qtbot, desk)
    assert dialog.focusWidget() is dialog.form.name  # typing starts in the name
    dialog.form.name.selectAll()
    type_into(qtbot, dialog.form.name, "새봄 모터스")
    type_into(qtbot, dialog.form.business_no, "1248100998")
    qtbot.keyClick(dialog.form.business_no, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT)
    wait_until_idle(qtbot, desk)
    assert desk.shop.shop_details().name == "새봄 모터스"
    assert desk.shop.shop_details().business_no == "124-81-00998"
    assert desk.brand.text() == "새봄 모터스"


def test_a_wrong_phone_is_refused_under_its_field_and_nothing_is_written(
    qtbot: Any, desk: MainWindow, lang: str
) -> None:
    before = snapshot(desk.shop)
    dialog = desk.open_shop_details()
    assert isinstance(dialog, ShopDetailsDialog)
    type_into(qtbot, dialog.form.phone, "12345")
    qtbot.keyClick(dialog.form.phone, Qt.Key.Key_Return)
    assert dialog.isVisible()
    errors = dialog.form.error_texts()
    assert set(errors) == {"phone"}
    assert ("전화번호" in errors["phone"]) == (lang == "ko")
    assert ("phone number" in errors["phone"]) == (lang == "en")
    wait_until_idle(qtbot, desk)
    assert not diff(before, snapshot(desk.shop))
    qtbot.keyClick(dialog.form.phone, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_only_a_manager_is_offered_the_dialog(qtbot: Any, qapp: Any, shop: Shop) -> None:
    from tests.ui.test_users import open_window, sign_in

    shop.handle(CreateUser("관리자", "manager", "7391"))
    shop.login("관리자", "7391")
    shop.handle(CreateUser("접수", "desk", "4826"))
    shop.logout()
    win = open_window(qtbot, qapp, shop)
    try:
        sign_in(qtbot, win, "접수", "4826")
        assert not win.shop_details_action.isVisible()
        win.session.lock()
        sign_in(qtbot, win, "관리자", "7391")
        assert win.shop_details_action.isVisible()
    finally:
        win.shutdown()
