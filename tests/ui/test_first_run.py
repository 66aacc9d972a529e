"""The first-run wizard, driven by the keyboard as a person at a new shop would: Enter goes on, every page
checks with the commands' own rules and says why in the terminal's language, Finish writes, Cancel does not."""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.bootstrap import Shop
from app.first_run import is_new_shop
from app.profiles import load_settings
from app.queries import mechanics, working_days
from tests.integration.core_helpers import diff, snapshot
from tests.ui.helpers import TIMEOUT
from ui.setup.wizard import FirstRunWizard


@pytest.fixture
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("PITLANE_CONFIG_DIR", str(folder))
    monkeypatch.delenv("PITLANE_PROFILE", raising=False)
    return folder


@pytest.fixture
def wizard(qtbot: Any, shop: Shop, lang: str, config_dir: Path) -> Iterator[FirstRunWizard]:
    w = FirstRunWizard(shop, lang)
    qtbot.addWidget(w)
    w.resize(1024, 768)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    yield w


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the focus"
    return widget


def type_here(qtbot: Any, text: str) -> None:
    """Type into whatever has the focus (Hangul as text-carrying key events)."""
    widget = focused()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QCoreApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def press(qtbot: Any, key: Qt.Key) -> None:
    qtbot.keyClick(focused(), key)


def select_all_and_type(qtbot: Any, text: str) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_here(qtbot, text)


def fill_shop_page(qtbot: Any, wizard: FirstRunWizard, business_no: str = "124-81-00998") -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.shop_page.form.name, timeout=TIMEOUT)
    select_all_and_type(qtbot, "한빛자동차정비")
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "서울특별시 마포구 월드컵로 12")
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, business_no)
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "02-312-4567")
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "박정비")


def test_the_whole_shop_is_set_up_by_keyboard(
    qtbot: Any, wizard: FirstRunWizard, shop: Shop, lang: str, config_dir: Path, tmp_path: Path
) -> None:
    fill_shop_page(qtbot, wizard)
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.terminal_page
    assert focused() is wizard.terminal_page.vat or focused().parent() is wizard.terminal_page.vat
    select_all_and_type(qtbot, "10")
    press(qtbot, Qt.Key.Key_Tab)
    select_all_and_type(qtbot, str(tmp_path / "papers"))
    wizard.terminal_page.language.setCurrentIndex(wizard.terminal_page.language.findData(lang))
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.manager_page
    assert focused() is wizard.manager_page.name
    type_here(qtbot, "김사장")
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "4826")
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "4826")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.mechanics_page
    assert focused() is wizard.mechanics_page.name
    type_here(qtbot, "김민수")
    press(qtbot, Qt.Key.Key_Return)  # a typed name: Enter adds the mechanic
    assert wizard.currentPage() is wizard.mechanics_page and wizard.mechanics_page.list.count() == 1
    type_here(qtbot, "박지훈")
    wizard.mechanics_page.weekday_boxes[5].setChecked(False)  # 박지훈 works Monday to Friday
    press(qtbot, Qt.Key.Key_Return)
    assert shop.query(is_new_shop), "nothing is written before Finish"
    press(qtbot, Qt.Key.Key_Return)  # the name empty: Enter finishes
    qtbot.waitUntil(lambda: wizard.finished_setup, timeout=TIMEOUT)
    assert not wizard.isVisible()

    assert shop.shop_details().name == "한빛자동차정비"
    assert shop.shop_details().business_no == "124-81-00998"
    assert shop.shop_details().phone == "02-312-4567" and shop.shop_details().owner == "박정비"
    team = {m.name: m for m in shop.query(mechanics)}
    assert set(team) == {"김민수", "박지훈"}
    assert shop.query(working_days, team["김민수"].id).weekdays == "1111110"
    assert shop.query(working_days, team["박지훈"].id).weekdays == "1111100"
    assert shop.has_users()
    assert shop.login("김사장", "4826").role == "manager"
    settings = load_settings()
    assert settings.invoice_dir == tmp_path / "papers" and str(settings.vat_rate) in ("0.1", "0.10", "0.1000")
    assert settings.language == lang
    assert wizard.settings_file == config_dir / "profiles" / "default.toml"


def test_a_wrong_business_number_keeps_the_page_and_says_why_in_the_terminal_s_language(
    qtbot: Any, wizard: FirstRunWizard, lang: str
) -> None:
    fill_shop_page(qtbot, wizard, business_no="124-81-00999")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.shop_page
    errors = wizard.shop_page.form.error_texts()
    assert set(errors) == {"business_no"}
    assert ("사업자등록번호" in errors["business_no"]) == (lang == "ko")
    assert ("business registration number" in errors["business_no"].lower()) == (lang == "en")
    assert focused() is wizard.shop_page.form.business_no  # the field to correct
    select_all_and_type(qtbot, "1248100998")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.terminal_page


def test_the_shop_s_name_starts_empty_and_enter_without_one_is_refused(
    qtbot: Any, wizard: FirstRunWizard, lang: str
) -> None:
    """Not the built-in "Pitlane Motors": a hasty Enter would have put it on every invoice."""
    name = wizard.shop_page.form.name
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name, timeout=TIMEOUT)
    assert name.text() == "" and name.placeholderText()
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.shop_page
    assert set(wizard.shop_page.form.error_texts()) == {"name"}


def test_the_manager_s_pin_is_checked_by_create_user_and_typed_twice(
    qtbot: Any, wizard: FirstRunWizard, lang: str
) -> None:
    fill_shop_page(qtbot, wizard)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.manager_page
    type_here(qtbot, "김사장")
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "1234")  # trivial: CreateUser refuses it
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "1234")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.manager_page
    pin_error = wizard.manager_page.errors["pin"].text()
    assert pin_error and (any("\uac00" <= ch <= "\ud7a3" for ch in pin_error) == (lang == "ko"))
    for field in (wizard.manager_page.pin, wizard.manager_page.pin_again):
        field.setText("")
    wizard.manager_page.pin.setFocus()
    type_here(qtbot, "4826")
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "4862")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.manager_page
    mismatch = wizard.manager_page.errors["pin_again"].text()
    assert mismatch == (
        "두 비밀번호가 다릅니다. 비밀번호를 다시 입력하세요."
        if lang == "ko"
        else "The two PINs are not the same: type the PIN again."
    )


def test_cancel_leaves_the_shop_and_the_settings_as_they_were(
    qtbot: Any, wizard: FirstRunWizard, shop: Shop, config_dir: Path
) -> None:
    before = snapshot(shop)
    fill_shop_page(qtbot, wizard)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Escape)
    assert not wizard.isVisible() and not wizard.finished_setup
    assert not diff(before, snapshot(shop))
    assert shop.query(is_new_shop)
    assert not (config_dir / "profiles").exists()


# -- at start ---------------------------------------------------------------------------------
def _args(database: str, **kw: Any) -> argparse.Namespace:
    values = {"database": database, "role": None, "lang": "en", "demo": False, "profile": None, "screenshot": None}
    values.update(kw)
    return argparse.Namespace(**values)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch, config_dir: Path) -> list[str]:
    """The wizards start() shows, by their title (each cancelled at once, as a person pressing Escape)."""
    seen: list[str] = []

    def exec_(self: FirstRunWizard) -> int:
        seen.append(self.windowTitle())
        self.reject()
        return 0

    monkeypatch.setattr(FirstRunWizard, "exec", exec_)
    monkeypatch.setattr("PySide6.QtWidgets.QMainWindow.showMaximized", lambda self: None)
    monkeypatch.setattr("PySide6.QtWidgets.QMainWindow.showFullScreen", lambda self: None)
    # Setting the Fusion style again would free the style the other tests' widgets still hold.
    monkeypatch.setattr("ui.theme.apply", lambda app: None)
    monkeypatch.setattr("ui.errors.setup_logging", lambda *a, **k: None)  # no log file in the user's folder
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # start() installs its own: put back after
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    return seen


def _start(args: argparse.Namespace) -> None:
    from ui.app import start

    started = start(args)
    assert started is not None
    from ui import app as ui_app

    assert ui_app._collector is not None  # cycles collected on the GUI thread only (ui.gui_gc)
    started.window.shutdown()
    started.window.close()
    started.window.deleteLater()
    started.shop.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_an_empty_shop_starts_with_the_wizard_and_after_cancel_the_app_starts_as_today(
    qapp: Any, shown: list[str], tmp_path: Path
) -> None:
    _start(_args(f"sqlite:///{tmp_path / 'new.db'}"))
    assert shown == ["Set up Pitlane"]


def test_a_demo_shop_the_wall_and_a_shop_set_up_start_without_it(qapp: Any, shown: list[str], tmp_path: Path) -> None:
    _start(_args(None, demo=True))
    _start(_args(f"sqlite:///{tmp_path / 'wall.db'}", role="board"))
    from app.bootstrap import bootstrap
    from domain.commands import CreateUser, RegisterMechanic, RequestRepair

    managed = f"sqlite:///{tmp_path / 'managed.db'}"
    existing = bootstrap(managed, tmp_path / "inv")
    existing.handle(CreateUser("김사장", "manager", "4826"))
    existing.close()
    _start(_args(managed))
    at_work = f"sqlite:///{tmp_path / 'old.db'}"  # run without users on purpose: a car taken in
    existing = bootstrap(at_work, tmp_path / "inv")
    kim = existing.handle(RegisterMechanic("김민수", 5))
    existing.handle(RequestRepair("홍길동", "12가3456", kim, 1, 50_000))
    existing.close()
    _start(_args(at_work))
    assert shown == []


def test_a_wizard_killed_before_the_manager_comes_back_with_what_it_had_written(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, shown: list[str], tmp_path: Path
) -> None:
    """Details and a mechanic committed, the wizard killed before its last step: the next start offers it again,
    filled in, and it does not register the mechanic twice; once the manager exists it is not offered."""
    from app.bootstrap import bootstrap
    from domain.commands import CreateUser, RegisterMechanic, UpdateShopDetails

    url = f"sqlite:///{tmp_path / 'cut.db'}"
    cut = bootstrap(url, tmp_path / "inv")
    cut.handle(UpdateShopDetails("한빛자동차정비"))
    cut.handle(RegisterMechanic("김민수", 5))
    cut.close()
    pages: list[tuple[str, tuple[str, ...], bool]] = []

    def look(self: FirstRunWizard) -> int:
        shown.append(self.windowTitle())
        page = self.mechanics_page
        page.name.setText("김민수")
        pages.append((self.shop_page.form.name.text(), page.registered, page.add()))
        self.reject()
        return 0

    monkeypatch.setattr(FirstRunWizard, "exec", look)
    _start(_args(url))
    assert shown == ["Set up Pitlane"]
    assert pages == [("한빛자동차정비", ("김민수",), False)]  # 김민수 is refused: registered already
    done = bootstrap(url, tmp_path / "inv")
    done.handle(CreateUser("김사장", "manager", "4826"))
    done.close()
    _start(_args(url))
    assert shown == ["Set up Pitlane"]


def test_after_finish_the_app_starts_with_the_settings_the_wizard_wrote(
    qapp: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, shown: list[str], tmp_path: Path
) -> None:
    from ui import i18n

    def finish(self: FirstRunWizard) -> int:
        self.shop_page.form.name.setText("한빛자동차정비")
        self.terminal_page.folder.setText(str(tmp_path / "papers"))
        self.terminal_page.language.setCurrentIndex(self.terminal_page.language.findData("ko"))
        self.manager_page.name.setText("김사장")
        self.manager_page.pin.setText("4826")
        self.manager_page.pin_again.setText("4826")
        self.show()
        for _ in range(3):
            self.next()
        self.accept()
        qtbot.waitUntil(lambda: self.finished_setup, timeout=TIMEOUT)
        return 1

    monkeypatch.setattr(FirstRunWizard, "exec", finish)
    from ui.app import start

    started = start(_args(f"sqlite:///{tmp_path / 'new.db'}", lang=None))
    assert started is not None
    try:
        assert started.shop.settings.invoice_dir == tmp_path / "papers"
        assert i18n.language() == "ko"
        assert started.window.brand.text() == "한빛자동차정비"
        assert started.window.session is not None and started.window.session.locked  # the manager signs in
    finally:
        started.window.shutdown()
        started.window.close()
        started.window.deleteLater()
        started.shop.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        for translator in started.translators:
            qapp.removeTranslator(translator)
        i18n.install(qapp, "en")


def test_on_a_1920_wide_screen_the_wizard_keeps_to_a_centred_column(
    qtbot: Any, wizard: FirstRunWizard, lang: str
) -> None:
    from ui.setup.wizard import MAX_CONTENT_WIDTH

    content = wizard.content()
    assert content is not None
    wizard.resize(800, 600)
    qtbot.waitUntil(lambda: wizard.width() == 800, timeout=TIMEOUT)
    assert content.width() == 800  # narrower than the column: the whole window, as before
    wizard.resize(1920, 1080)
    qtbot.waitUntil(lambda: wizard.width() == 1920, timeout=TIMEOUT)

    def in_the_column(widget: QWidget) -> None:
        left = widget.mapTo(wizard, widget.rect().topLeft()).x()
        assert widget.width() <= MAX_CONTENT_WIDTH, f"{widget} is {widget.width()} wide"
        assert content.x() <= left and left + widget.width() <= content.x() + content.width()

    assert content.width() <= MAX_CONTENT_WIDTH
    assert abs(content.x() - (1920 - content.x() - content.width())) <= 1  # centred
    in_the_column(wizard.shop_page.form.name)
    fill_shop_page(qtbot, wizard)
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.terminal_page
    qtbot.waitUntil(lambda: wizard.terminal_page.folder.isVisible(), timeout=TIMEOUT)
    assert content.width() <= MAX_CONTENT_WIDTH
    in_the_column(wizard.terminal_page.folder)
    in_the_column(wizard.button(wizard.WizardButton.NextButton))


def test_only_a_setup_cut_short_lists_its_mechanics_as_registered(
    qtbot: Any, shop: Shop, lang: str, config_dir: Path
) -> None:
    """A shop at work (the demo the screenshots stage the wizard on) keeps its mechanics out of the wizard."""
    from domain.commands import RegisterMechanic, RequestRepair

    kim = shop.handle(RegisterMechanic("김민수", 5))
    cut_short = FirstRunWizard(shop, lang)
    qtbot.addWidget(cut_short)
    assert cut_short.mechanics_page.registered == ("김민수",)
    assert not cut_short.mechanics_page.registered_note.isHidden()
    shop.handle(RequestRepair("홍길동", "12가3456", kim, 1, 50_000))
    at_work = FirstRunWizard(shop, lang)
    qtbot.addWidget(at_work)
    assert at_work.mechanics_page.registered == ()
    assert at_work.mechanics_page.registered_note.isHidden()
    at_work.mechanics_page.name.setText("김민수")
    assert at_work.mechanics_page.add()
    for w in (cut_short, at_work):
        w.done(0)
