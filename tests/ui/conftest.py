"""Fixtures for the screen tests: a seeded shop and the main window on it, shown offscreen."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from app.bootstrap import Shop
from tests.builders import SmallShop, small_shop

if TYPE_CHECKING:
    from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _no_error_dialogs() -> Iterator[None]:
    """Unexpected errors are recorded instead of shown; a screen test fails if one happened."""
    from ui import errors

    errors.dialogs_enabled = False
    errors.last_report = ""
    yield
    report = errors.last_report
    errors.dialogs_enabled = True
    assert not report, f"an unexpected error was reported: {report}"


@pytest.fixture(autouse=True)
def _cycles_collected_on_the_gui_thread(qapp) -> Iterator[None]:
    """As `ui.app.start` does (ui.gui_gc): while a screen runs, Python's cycle collector never runs on the
    runner's or a watcher's thread, where freeing a widget deadlocks with the GUI thread."""
    from ui.gui_gc import GuiThreadCollector

    collector = GuiThreadCollector()  # no parent: it goes with this fixture
    yield
    collector.stop()  # after the window's own teardown: autouse fixtures are set up first, torn down last
    gc.collect(1)  # this test's young cycles, here on the GUI thread


@pytest.fixture
def korean(qapp) -> Iterator[None]:
    """The client as started with --lang ko (Qt's translations and the domain's messages), reset after."""
    from ui import i18n

    assert i18n.build() is not None  # compiles the .qm when missing or older than the .ts
    translators = i18n.install(qapp, "ko")
    yield
    for t in translators:
        qapp.removeTranslator(t)
    i18n.install(qapp, "en")


@pytest.fixture
def seeded(shop: Shop) -> SmallShop:
    return small_shop(shop)


@pytest.fixture
def window(qtbot, qapp, shop: Shop, seeded: SmallShop):
    from ui import theme
    from ui.main_window import MainWindow

    theme.apply(qapp)

    win = MainWindow(shop, "all")
    qtbot.addWidget(win)
    win.resize(1440, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.shutdown()


@pytest.fixture(params=["en", "ko"])
def lang(request, qapp) -> Iterator[str]:
    """The client started with --lang en, then with --lang ko."""
    if request.param == "ko":
        request.getfixturevalue("korean")
    yield request.param


@pytest.fixture
def desk(qtbot, qapp, lang: str, shop: Shop, seeded: SmallShop) -> Iterator[MainWindow]:
    """The main window built after the language was chosen (as ui.app does)."""
    from ui import theme
    from ui.main_window import MainWindow

    theme.apply(qapp)
    window = MainWindow(shop, "all")
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    yield window
    window.shutdown()
