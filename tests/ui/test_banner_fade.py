"""Success messages fade on their own after a few seconds; errors and warnings stay until the next action."""

from __future__ import annotations

import pytest

from ui import widgets
from ui.widgets import Banner


@pytest.fixture
def quick(monkeypatch) -> None:
    monkeypatch.setattr(widgets, "SUCCESS_SHOWN_MS", 150)
    monkeypatch.setattr(widgets, "FADE_MS", 100)


def _banner(qtbot) -> Banner:
    banner = Banner()
    qtbot.addWidget(banner)
    banner.show()
    return banner


def test_a_success_fades_and_goes(qtbot, quick: None) -> None:
    banner = _banner(qtbot)
    banner.show_message("success", "Receipt #7 accepted", "Promised for 2026-12-03")
    assert banner.isVisible() and banner.fading
    qtbot.waitUntil(lambda: banner.graphicsEffect() is not None, timeout=2000)  # fading out
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=2000)
    assert banner.tone == "" and not banner.fading and banner.graphicsEffect() is None


@pytest.mark.parametrize("tone", ["error", "warning", "info"])
def test_errors_and_warnings_stay(qtbot, quick: None, tone: str) -> None:
    banner = _banner(qtbot)
    banner.show_message(tone, "Not cancelled", "The job has started.")
    qtbot.wait(400)
    assert banner.isVisible() and banner.tone == tone and not banner.fading


def test_a_new_message_replaces_a_fading_one_whole(qtbot, quick: None) -> None:
    banner = _banner(qtbot)
    banner.show_message("success", "Saved")
    qtbot.waitUntil(lambda: banner.graphicsEffect() is not None, timeout=2000)
    banner.show_message("error", "Not saved", "The PIN is wrong.")
    assert banner.graphicsEffect() is None and not banner.fading  # fully opaque again, and it stays
    qtbot.wait(400)
    assert banner.isVisible() and banner.text() == "Not saved The PIN is wrong."
