"""Signing in on the screens: the PIN pad (keys, number row, keypad), switch user, the idle lock,
what each role sees, the bay's mechanics, and the manager's audit screen with its CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.bootstrap import Shop
from domain.commands import CreateUser
from tests.builders import SmallShop
from ui.main_window import MainWindow
from ui.users.pin_pad import PinPad

PINS = {"관리자": "7391", "접수": "4826", "김민수": "6152", "부품": "3947"}


@pytest.fixture
def staffed(shop: Shop, seeded: SmallShop) -> Shop:
    shop.handle(CreateUser("관리자", "manager", PINS["관리자"]))
    shop.login("관리자", PINS["관리자"])
    shop.handle(CreateUser("접수", "desk", PINS["접수"]))
    shop.handle(CreateUser("김민수", "mechanic", PINS["김민수"], mechanic_id=seeded.kim))
    shop.handle(CreateUser("부품", "parts", PINS["부품"]))
    shop.logout()
    return shop


def open_window(qtbot, qapp, shop: Shop, role: str = "all") -> MainWindow:
    from ui import theme

    theme.apply(qapp)
    win = MainWindow(shop, role)
    qtbot.addWidget(win)
    win.resize(1024, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot, qapp, staffed: Shop) -> Iterator[MainWindow]:
    win = open_window(qtbot, qapp, staffed)
    yield win
    win.shutdown()


def sign_in(qtbot, win: MainWindow, name: str, pin: str | None = None) -> None:
    assert win.session is not None
    pad = win.session.pad
    qtbot.waitUntil(lambda: name in pad.name_buttons, timeout=5_000)
    qtbot.mouseClick(pad.name_buttons[name], Qt.MouseButton.LeftButton)
    for digit in pin or PINS[name]:
        qtbot.mouseClick(pad.keys[digit], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(pad.signed_in, timeout=10_000):
        qtbot.mouseClick(pad.keys["OK"], Qt.MouseButton.LeftButton)


def test_a_shop_with_users_opens_on_the_pin_pad_and_a_shop_without_has_no_sign_in(
    qtbot, qapp, window: MainWindow, shop: Shop
) -> None:
    assert window.session is not None and window.session.locked
    assert not window.nav.isEnabled()
    qtbot.waitUntil(lambda: set(window.session.pad.name_buttons) == set(PINS), timeout=5_000)  # type: ignore[union-attr]


def test_no_users_means_no_sign_in(qtbot, qapp, shop: Shop, seeded: SmallShop) -> None:
    win = open_window(qtbot, qapp, shop)
    try:
        assert win.session is None
    finally:
        win.shutdown()


def test_the_pad_takes_the_number_row_the_keypad_and_backspace(qtbot, window: MainWindow) -> None:
    pad: PinPad = window.session.pad  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "접수" in pad.name_buttons, timeout=5_000)
    pad.choose("접수")
    QTest.keyClicks(pad, "48")
    QTest.keyClick(pad, Qt.Key.Key_2, Qt.KeyboardModifier.KeypadModifier)
    QTest.keyClick(pad, Qt.Key.Key_9, Qt.KeyboardModifier.KeypadModifier)
    assert pad.typed_digits == 4
    QTest.keyClick(pad, Qt.Key.Key_Backspace)
    assert pad.typed_digits == 3 and not pad.keys["OK"].isEnabled()
    QTest.keyClick(pad, Qt.Key.Key_6, Qt.KeyboardModifier.KeypadModifier)
    assert "●●●●" in pad.dots.text() and "4826" not in pad.dots.text()
    with qtbot.waitSignal(pad.signed_in, timeout=10_000) as signal:
        QTest.keyClick(pad, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert signal.args[0].name == "접수"


def test_a_wrong_pin_says_so_and_clears_the_dots(qtbot, window: MainWindow) -> None:
    pad: PinPad = window.session.pad  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "접수" in pad.name_buttons, timeout=5_000)
    pad.choose("접수")
    QTest.keyClicks(pad, "1397")
    QTest.keyClick(pad, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "do not match" in pad.error.text(), timeout=10_000)
    assert pad.typed_digits == 0 and window.session.locked  # type: ignore[union-attr]


def test_each_role_sees_its_own_screens_and_switching_user_goes_back_to_the_pad(qtbot, window: MainWindow) -> None:
    session = window.session
    assert session is not None
    sign_in(qtbot, window, "접수")
    visible = {k for k, b in window.nav_buttons.items() if b.isVisible()}
    assert visible == {"reception", "invoice", "board"}
    assert not session.audit_action.isVisible() and window.nav.isEnabled()
    assert "접수" in session.user_label.text()
    qtbot.mouseClick(session.switch, Qt.MouseButton.LeftButton)
    assert session.locked
    sign_in(qtbot, window, "부품")
    assert {k for k, b in window.nav_buttons.items() if b.isVisible()} == {"parts", "board"}
    assert window.stack.currentWidget() is window.screens["parts"]
    qtbot.mouseClick(session.switch, Qt.MouseButton.LeftButton)
    sign_in(qtbot, window, "관리자")
    assert {k for k, b in window.nav_buttons.items() if b.isVisible()} == set(window.nav_buttons)
    assert session.audit_action.isVisible()


def test_the_idle_lock_signs_out_and_shows_the_pad(qtbot, window: MainWindow, shop: Shop) -> None:
    session = window.session
    assert session is not None
    sign_in(qtbot, window, "접수")
    session.idle.set_minutes(0.005)  # 300 ms
    qtbot.waitUntil(lambda: session.locked, timeout=5_000)
    window.runner.wait_for_done()
    qtbot.waitUntil(lambda: shop.current_user is None, timeout=5_000)
    signed_out = [r for r in shop.audit(user="접수") if r.event == "SignedOut"]
    assert signed_out


def test_input_keeps_the_terminal_awake(qtbot, window: MainWindow) -> None:
    session = window.session
    assert session is not None
    sign_in(qtbot, window, "접수")
    session.idle.set_minutes(0.01)  # 600 ms
    for _ in range(6):
        qtbot.wait(200)
        QTest.mouseMove(window.stack.currentWidget())
        QTest.keyClick(window.stack.currentWidget(), Qt.Key.Key_Shift)
    assert not session.locked


def test_the_wall_board_never_locks_and_the_desk_does_after_five_minutes(qtbot, qapp, staffed: Shop) -> None:
    wall = open_window(qtbot, qapp, staffed, "board")
    desk = open_window(qtbot, qapp, staffed, "reception")
    try:
        assert wall.session is None
        assert desk.session is not None and desk.session.idle.timer.interval() == 5 * 60_000
    finally:
        wall.shutdown()
        desk.shutdown()


def test_the_bay_lists_its_mechanics_to_tap(qtbot, qapp, staffed: Shop) -> None:
    bay = open_window(qtbot, qapp, staffed, "mechanic")
    try:
        pad = bay.session.pad  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: bool(pad.name_buttons), timeout=5_000)
        assert set(pad.name_buttons) == {"김민수", "관리자"}
        sign_in(qtbot, bay, "김민수")
        assert bay.stack.currentWidget() is bay.screens["mechanic"]
        assert staffed.current_user is not None and staffed.current_user.role == "mechanic"
        assert bay.screens["mechanic"].mechanic_id == staffed.current_user.mechanic_id  # type: ignore[attr-defined]
    finally:
        bay.shutdown()


def test_the_managers_audit_screen_filters_and_exports_csv(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = window.session
    assert session is not None
    sign_in(qtbot, window, "관리자")
    session.audit_action.trigger()
    audit = session.audit
    assert audit is not None and window.stack.currentWidget() is audit
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0, timeout=5_000)  # type: ignore[attr-defined]
    audit.user.setText("접수")  # type: ignore[attr-defined]
    audit.reload()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: all(r.actor == "접수" for r in audit.rows), timeout=5_000)  # type: ignore[attr-defined]
    audit.user.setText("")  # type: ignore[attr-defined]
    audit.reload()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: any(r.actor == "관리자" for r in audit.rows), timeout=5_000)  # type: ignore[attr-defined]
    target = tmp_path / "audit.csv"
    monkeypatch.setattr("ui.users.audit_screen.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    path = audit.export_csv()  # type: ignore[attr-defined]
    assert path == target
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert len(rows) == len(audit.rows) and {"at", "actor", "role", "terminal", "event"} <= set(rows[0])  # type: ignore[attr-defined]
    assert any(r["event"] == "UserCreated" and r["actor"] == "관리자" for r in rows)
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert all(pin not in target.read_text(encoding="utf-8-sig") for pin in PINS.values())


def test_render_the_pin_pad_and_the_audit_to_png(qtbot, window: MainWindow, tmp_path: Path) -> None:
    session = window.session
    assert session is not None
    qtbot.waitUntil(lambda: bool(session.pad.name_buttons), timeout=5_000)
    session.pad.choose("접수")
    QTest.keyClicks(session.pad, "48")
    window.grab().save(str(tmp_path / "pin_pad.png"))
    session.pad.clear()
    sign_in(qtbot, window, "관리자")
    session.show_audit()
    qtbot.waitUntil(lambda: session.audit is not None and session.audit.model.rowCount() > 0, timeout=5_000)  # type: ignore[attr-defined]
    window.grab().save(str(tmp_path / "audit.png"))
    session.show_users()
    qtbot.waitUntil(lambda: session.users is not None and session.users.model.rowCount() == 4, timeout=5_000)  # type: ignore[attr-defined]
    window.grab().save(str(tmp_path / "users.png"))
    # The pad alone at the size of a small till screen.
    pad = PinPad(window.runner)
    qtbot.addWidget(pad)
    pad.set_names(list(PINS))
    pad.resize(1024, 768)
    pad.show()
    qtbot.waitExposed(pad)
    image = pad.grab()
    image.save(str(tmp_path / "pin_pad_1024.png"))
    assert (image.width(), image.height()) == (1024, 768)
    for name in ("pin_pad.png", "audit.png", "users.png", "pin_pad_1024.png"):
        assert (tmp_path / name).stat().st_size > 10_000


def test_the_pad_and_its_refusals_speak_korean(qtbot, qapp, korean, staffed: Shop) -> None:
    win = open_window(qtbot, qapp, staffed)
    try:
        session = win.session
        assert session is not None
        pad = session.pad
        assert pad.who.text() == "이름을 누르세요"
        assert session.user_label.text() == "잠김"
        qtbot.waitUntil(lambda: "접수" in pad.name_buttons, timeout=5_000)
        pad.choose("접수")
        QTest.keyClicks(pad, "1397")
        QTest.keyClick(pad, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "맞지 않습니다" in pad.error.text(), timeout=10_000)
        sign_in(qtbot, win, "관리자")
        assert session.switch.text() == "사용자 전환" and "관리자" in session.user_label.text()
    finally:
        win.shutdown()


def test_the_desk_does_not_see_the_managers_buttons_in_the_till(qtbot, window: MainWindow) -> None:
    session = window.session
    assert session is not None
    sign_in(qtbot, window, "접수")
    till = window.show_screen("invoice")
    invoices = till.invoices  # type: ignore[attr-defined]
    assert invoices.void_button.isHidden() and invoices.refund_button.isHidden()
    assert till.day_close.close_button.isHidden()  # type: ignore[attr-defined]
    assert not invoices.pay_button.isHidden()
    qtbot.mouseClick(session.switch, Qt.MouseButton.LeftButton)
    sign_in(qtbot, window, "관리자")
    window.show_screen("invoice")
    assert not invoices.void_button.isHidden() and not invoices.refund_button.isHidden()


def test_the_desk_does_not_see_the_managers_buttons_on_the_mechanics_screen_or_the_car_lookup(
    qtbot, window: MainWindow
) -> None:
    session = window.session
    assert session is not None
    sign_in(qtbot, window, "접수")
    mechanics = window.show_screen("mechanics")
    days = mechanics.working_days  # type: ignore[attr-defined]
    managers = [mechanics.register_button, mechanics.change_button, days.save_week, days.add_off, days.add_closure]  # type: ignore[attr-defined]
    assert all(b.isHidden() for b in managers)
    lookup = window.show_screen("reception").lookup  # type: ignore[attr-defined]
    assert lookup.merge_button.isHidden() and not lookup.edit_button.isHidden()  # correcting is the desk's
    qtbot.mouseClick(session.switch, Qt.MouseButton.LeftButton)
    sign_in(qtbot, window, "관리자")
    window.show_screen("mechanics")
    assert not any(b.isHidden() for b in managers) and not lookup.merge_button.isHidden()


def test_a_manager_adds_a_user_resets_a_pin_and_disables_and_anyone_changes_their_own(
    qtbot, window: MainWindow, shop: Shop
) -> None:
    session = window.session
    assert session is not None
    sign_in(qtbot, window, "관리자")
    session.users_action.trigger()
    users = session.users
    assert users is not None and window.stack.currentWidget() is users
    qtbot.waitUntil(lambda: users.model.rowCount() == 4, timeout=5_000)  # type: ignore[attr-defined]
    users.name.setText("이수납")  # type: ignore[attr-defined]
    users.role.setCurrentIndex(users.role.findData("desk"))  # type: ignore[attr-defined]
    users.new_pin.setText("1111")  # type: ignore[attr-defined]  # trivial: refused in words
    users.create_user()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: users.banner.tone == "error", timeout=10_000)  # type: ignore[attr-defined]
    assert "1111" in users.banner.text() or "repeats" in users.banner.text()  # type: ignore[attr-defined]
    assert users.new_pin.text() == ""  # type: ignore[attr-defined]
    users.new_pin.setText("2749")  # type: ignore[attr-defined]
    users.create_user()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: users.model.rowCount() == 5, timeout=10_000)  # type: ignore[attr-defined]
    row = next(i for i in range(5) if users.model.row_at(i).name == "이수납")  # type: ignore[attr-defined]
    users.view.selectRow(row)  # type: ignore[attr-defined]
    users.new_pin.setText("8052")  # type: ignore[attr-defined]
    users.reset_pin()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: users.banner.tone == "success", timeout=10_000)  # type: ignore[attr-defined]
    window.runner.wait_for_done()
    assert any(r.event == "PinChanged" for r in shop.audit(user="관리자"))
    # Anyone changes their own PIN; a non-manager sees only that part.
    qtbot.mouseClick(session.switch, Qt.MouseButton.LeftButton)
    sign_in(qtbot, window, "이수납", "8052")
    session.users_action.trigger()
    assert users.manage.isHidden()  # type: ignore[attr-defined]
    users.old_pin.setText("8052")  # type: ignore[attr-defined]
    users.my_new_pin.setText("3064")  # type: ignore[attr-defined]
    users.banner.clear()  # type: ignore[attr-defined]
    users.change_own_pin()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: users.banner.tone == "success", timeout=10_000)  # type: ignore[attr-defined]
    window.runner.wait_for_done()
    assert shop.login("이수납", "3064").name == "이수납"


def test_the_register_shows_each_role_only_the_actions_it_may_give(qtbot, window: MainWindow) -> None:
    session = window.session
    assert session is not None
    sign_in(qtbot, window, "접수")
    reception = window.show_screen("reception")
    assert not reception.register_button.isHidden()  # type: ignore[attr-defined]
    qtbot.keyClick(reception, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    register = window.screens["register"]
    assert window.stack.currentWidget() is register
    managers = [register.merge_vehicle_button, register.merge_customer_button, register.erase_button]  # type: ignore[attr-defined]
    managers.append(register.export_button)  # type: ignore[attr-defined]
    desks = [register.vehicle_form.save_button, register.customer_form.save_button, register.consent_button]  # type: ignore[attr-defined]
    desks += [register.plate_button, register.owner_button]  # type: ignore[attr-defined]
    assert all(b.isHidden() for b in managers) and not any(b.isHidden() for b in desks)
    qtbot.mouseClick(session.switch, Qt.MouseButton.LeftButton)
    sign_in(qtbot, window, "김민수")  # a mechanic: neither the desk's button nor its key opens the register
    assert window.stack.currentWidget() is not register
    assert reception.register_button.isHidden()  # type: ignore[attr-defined]
    qtbot.mouseClick(session.switch, Qt.MouseButton.LeftButton)
    sign_in(qtbot, window, "관리자")
    window.show_screen("reception")
    qtbot.mouseClick(reception.register_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert window.stack.currentWidget() is register and not any(b.isHidden() for b in managers + desks)
