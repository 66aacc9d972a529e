"""Empty states (issue 16): on a new, empty shop every screen of every terminal says what to do next, with the
key to press, in the screen's language; once there is data the sentence goes.

And focus: after every screen switch, the keyboard is in the screen's first input.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.bootstrap import Shop
from domain.commands import RequestRepair
from tests.builders import make_invoice, small_shop
from ui.main_window import ROLE_SCREENS, MainWindow
from ui.screenshots import settle
from ui.widgets import EmptyState

HANGUL = re.compile(r"[\uac00-\ud7a3]")
#: A key a person can press: Ctrl+3, F5, Enter, Esc, Space, Tab.
KEY = re.compile(r"(?<![A-Za-z])(Ctrl\+[A-Za-z0-9]+|F\d+|Enter|Esc|Space|Tab)(?![A-Za-z])")
#: Screens whose terminal has nothing to press for the next step: the wall, and a board or bay that waits for
#: another terminal (the desk registers receipts, the manager mechanics).
NO_KEY = {("board", "board"), ("mechanic", "board"), ("parts", "board"), ("manager", "board"), ("mechanic", "mechanic")}


def _window(qtbot: Any, qapp: Any, shop: Shop, role: str) -> MainWindow:
    from ui import theme

    theme.apply(qapp)
    window = MainWindow(shop, role)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def _shown(screen: QWidget) -> list[str]:
    return [w.text() for w in screen.findChildren(EmptyState) if w.isVisibleTo(screen)]


def _screens(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Every screen of the window's role, and the register of customers where the desk has it."""
    for key in ROLE_SCREENS[window.role]:
        screen = window.show_screen(key)
        settle(window)
        yield key, screen
    if "reception" in ROLE_SCREENS[window.role]:
        screen = window.open_register()
        settle(window)
        yield "register", screen


@pytest.mark.parametrize("role", list(ROLE_SCREENS))
def test_every_screen_of_an_empty_shop_says_what_to_do_next(qtbot, qapp, shop: Shop, lang: str, role: str) -> None:
    window = _window(qtbot, qapp, shop, role)
    try:
        for key, screen in _screens(window):
            texts = _shown(screen)
            assert texts, f"{role}/{key}: an empty screen says nothing"
            for text in texts:
                assert bool(HANGUL.search(text)) == (lang == "ko"), f"{role}/{key} in {lang}: {text}"
            if (role, key) not in NO_KEY:
                assert any(KEY.search(t) for t in texts), f"{role}/{key}: no key to press in {texts}"
    finally:
        window.shutdown()


def test_the_day_close_says_how_to_close_the_first_day(qtbot, qapp, shop: Shop) -> None:
    window = _window(qtbot, qapp, shop, "reception")
    try:
        till = window.show_screen("invoice")
        till.tabs.setCurrentWidget(till.day_close)  # type: ignore[attr-defined]
        settle(window)
        assert any("Ctrl+Shift+D" in t for t in _shown(till.day_close)), _shown(till.day_close)  # type: ignore[attr-defined]
    finally:
        window.shutdown()


def test_the_desk_names_the_mechanics_screen_by_its_key(qtbot, qapp, shop: Shop) -> None:
    window = _window(qtbot, qapp, shop, "reception")
    try:
        window.show_screen("reception")
        settle(window)
        texts = _shown(window.screens["reception"])
        assert any("Mechanics screen (Ctrl+4)" in t for t in texts), texts
    finally:
        window.shutdown()


def _fill(shop: Shop) -> int:
    """Mechanics, parts, an unpaid invoice with a part on it, and a job waiting to start: Kim's."""
    seeded = small_shop(shop)
    make_invoice(shop, parts=(("BRK-PAD-F01", "브레이크 패드 (앞)", 65_000, 1),), mechanic="김민수")
    shop.handle(RequestRepair("이영희", "34나5678", seeded.kim, 1, 50_000))
    return seeded.kim


def test_the_empty_states_go_once_there_is_data(qtbot, qapp, shop: Shop, lang: str) -> None:
    window = _window(qtbot, qapp, shop, "all")
    try:
        for _key, _screen in _screens(window):
            pass  # every screen built on the empty shop first
        kim = _fill(shop)
        for key, screen in _screens(window):
            refresh = getattr(screen, "refresh", None) or getattr(screen, "reload", None)
            if refresh is not None:
                refresh()
            if key == "mechanic":
                screen.choose_mechanic(kim)  # type: ignore[attr-defined]
            if key == "register":
                screen.search.setText("3456")  # type: ignore[attr-defined]
                screen.search_now()  # type: ignore[attr-defined]
            settle(window)
            assert not _shown(screen), f"{key}: still says {_shown(screen)} with data on it"
    finally:
        window.shutdown()


#: The input each screen's typing starts in, after the screen is shown.
FIRST_INPUT = {
    "reception": lambda s: s.form.customer,
    "mechanic": lambda s: s.mechanic_group.buttons()[0],  # no name picked yet: the names first
    "parts": lambda s: s.search,
    "board": lambda s: s.status_filter,
    "invoice": lambda s: s.invoices.search,
    "mechanics": lambda s: s.name,
    "reports": lambda s: s.range_box,
    "register": lambda s: s.search,
}


def test_focus_lands_in_the_first_input_after_every_screen_switch(qtbot, qapp, shop: Shop) -> None:
    small_shop(shop)
    window = _window(qtbot, qapp, shop, "all")
    try:
        for _round in range(2):  # built on the first switch, shown again on the second
            for key, screen in _screens(window):
                expected = FIRST_INPUT[key](screen)
                assert window.focusWidget() is expected, f"{key}: focus on {window.focusWidget()}"
    finally:
        window.shutdown()


def test_the_bay_puts_typing_in_the_scan_field_on_a_started_job(qtbot, qapp, shop: Shop) -> None:
    from domain.commands import StartJob

    kim = _fill(shop)
    job = next(r.job_id for r in shop.status_board() if r.customer_name == "이영희")
    assert job is not None
    shop.handle(StartJob(job))
    window = _window(qtbot, qapp, shop, "mechanic")
    try:
        bay = window.show_screen("mechanic")
        settle(window)
        bay.choose_mechanic(kim)  # type: ignore[attr-defined]
        settle(window)
        window.show_screen("board")
        window.show_screen("mechanic")
        assert window.focusWidget() is bay.part_entry  # type: ignore[attr-defined]
    finally:
        window.shutdown()


def _manager_window(qtbot: Any, qapp: Any, shop: Shop) -> MainWindow:
    """The window of a shop whose only user is its manager, signed in."""
    from domain.commands import CreateUser

    shop.handle(CreateUser("관리자", "manager", "7391"))
    shop.login("관리자", "7391")
    window = _window(qtbot, qapp, shop, "all")
    assert window.session is not None and not window.session.locked
    return window


def _says_what_to_do(texts: list[str], lang: str) -> None:
    assert texts, "an empty screen says nothing"
    for text in texts:
        assert bool(HANGUL.search(text)) == (lang == "ko"), f"in {lang}: {text}"
    assert any(KEY.search(t) for t in texts), f"no key to press in {texts}"


def test_the_users_screen_with_only_the_manager_says_how_to_add_a_user(qtbot, qapp, shop: Shop, lang: str) -> None:
    from domain.commands import CreateUser

    window = _manager_window(qtbot, qapp, shop)
    try:
        window.session.show_users()  # type: ignore[union-attr]
        users = window.session.users  # type: ignore[union-attr]
        assert users is not None
        qtbot.waitUntil(lambda: users.model.rowCount() == 1 and bool(_shown(users)), timeout=10_000)
        _says_what_to_do(_shown(users), lang)
        assert "Enter" in users.create_button.text()  # type: ignore[attr-defined]
        shop.handle(CreateUser("접수", "desk", "4826"))
        users.reload()  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: users.model.rowCount() == 2, timeout=10_000)
        settle(window)
        assert not _shown(users), _shown(users)
    finally:
        window.shutdown()


def test_enter_in_the_new_user_s_pin_adds_them(qtbot, qapp, shop: Shop) -> None:
    window = _manager_window(qtbot, qapp, shop)
    try:
        window.session.show_users()  # type: ignore[union-attr]
        users: Any = window.session.users  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: users.model.rowCount() == 1, timeout=10_000)
        users.name.setText("접수")
        users.role.setCurrentIndex(users.role.findData("desk"))
        users.new_pin.setText("4826")
        qtbot.keyClick(users.new_pin, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: users.model.rowCount() == 2, timeout=10_000)
        assert not _shown(users)
        assert users.name.text() == "" and users.new_pin.text() == ""  # ready for the next user
        assert window.focusWidget() is users.name
    finally:
        window.shutdown()


def test_the_audit_says_when_nothing_matches_the_filter_and_goes_when_rows_show(
    qtbot, qapp, shop: Shop, lang: str
) -> None:
    window = _manager_window(qtbot, qapp, shop)
    try:
        window.session.show_audit()  # type: ignore[union-attr]
        audit: Any = window.session.audit  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: audit.model.rowCount() > 0, timeout=10_000)
        settle(window)
        assert not _shown(audit), _shown(audit)
        audit.user.setText("아무도아님")
        qtbot.keyClick(audit.user, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(_shown(audit)), timeout=10_000)
        assert audit.model.rowCount() == 0
        _says_what_to_do(_shown(audit), lang)
        assert any(("필터" in t) if lang == "ko" else ("filter" in t) for t in _shown(audit)), _shown(audit)
        audit.user.clear()
        audit.reload()
        qtbot.waitUntil(lambda: audit.model.rowCount() > 0, timeout=10_000)
        assert not _shown(audit), _shown(audit)
    finally:
        window.shutdown()


def test_the_audit_of_a_shop_with_no_event_yet_says_so(qtbot, qapp, shop: Shop, lang: str) -> None:
    from ui.users.audit_screen import AuditScreen

    window = _window(qtbot, qapp, shop, "all")
    try:
        audit = AuditScreen(window.runner, window)
        window.stack.addWidget(audit)
        window.stack.setCurrentWidget(audit)
        audit.reload()
        qtbot.waitUntil(lambda: bool(_shown(audit)), timeout=10_000)
        texts = _shown(audit)
        assert all(bool(HANGUL.search(t)) == (lang == "ko") for t in texts), texts
        assert any(("아직" in t) if lang == "ko" else ("yet" in t) for t in texts), texts
    finally:
        window.shutdown()
