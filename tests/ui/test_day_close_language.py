"""Day close in the terminal's language: a refusal reads Korean on a Korean screen, English on an English one."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.bootstrap import Shop, bootstrap
from domain.commands import CloseDay, RecordPayment
from tests.builders import make_invoice
from ui.runner import CommandRunner
from ui.till import TillScreen

TIMEOUT = 15_000
HANGUL = re.compile(r"[\uac00-\ud7a3]")


@pytest.fixture
def desk(db_url: str, tmp_path: Path) -> Iterator[Shop]:
    shop = bootstrap(db_url, tmp_path / "invoices", actor="desk", terminal="front-1")
    yield shop
    shop.close()


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_closing_a_day_another_terminal_closed_is_refused_in_the_screen_language(
    qtbot: Any, qapp: Any, desk: Shop, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    from ui import i18n

    translators = i18n.install(qapp, lang)
    runner = CommandRunner(desk)
    screen = TillScreen(desk, runner)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    try:
        no = make_invoice(desk, fare=50_000)
        desk.handle(RecordPayment(no, 55_000, "card"))
        screen.tabs.setCurrentWidget(screen.day_close)
        tab = screen.day_close
        tab.refresh()
        qtbot.waitUntil(lambda: tab.shown is not None and tab.close_button.isEnabled(), timeout=TIMEOUT)
        desk.handle(CloseDay(tab.day()), actor="desk-2")  # the other till closed it meanwhile
        monkeypatch.setattr(tab, "confirm_close", lambda _view: True)
        tab.close_button.click()
        qtbot.waitUntil(lambda: tab.message.tone == "error", timeout=TIMEOUT)
        said = tab.message.text()
        words = re.sub(r"Z-?\d[\w-]*|\d{4}-\d{2}-\d{2}", " ", said)  # the Z number and the day are data
        if lang == "ko":
            assert HANGUL.search(said) and "already closed" not in said
            assert not re.search(r"\b[a-z]{3,}\b", words), said  # no English sentence on a Korean screen
        else:
            assert "already closed" in said and not HANGUL.search(said), said
        assert not tab.message.fading  # a refusal stays until the next action
    finally:
        runner.close()
        for t in translators:
            qapp.removeTranslator(t)
        i18n.install(qapp, "en")
