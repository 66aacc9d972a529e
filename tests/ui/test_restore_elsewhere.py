"""The window when another terminal restores the shop: told in its language, work stopped, only quitting left.

The notice is put up by another process, as `restore` does (a POSIX lock is a
process's own, so the window's watcher must not share a process with it).
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from app.bootstrap import Shop
from domain.commands import RegisterMechanic
from domain.errors import DomainError
from tests.builders import SmallShop
from ui.main_window import MainWindow

NOTICE = """
import sys
from pathlib import Path
from app.restoring import sqlite_notice
with sqlite_notice(Path(sys.argv[1]), "office"):
    print("up", flush=True)
    sys.stdin.readline()
"""


def restore_elsewhere(qtbot, shop: Shop) -> tuple[MainWindow, QMessageBox]:
    window = MainWindow(shop, "reception")
    qtbot.addWidget(window)
    live = shop.settings.database_url.removeprefix("sqlite:///")
    other = subprocess.Popen(
        [sys.executable, "-c", NOTICE, live], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "up"
        qtbot.waitUntil(lambda: window.restore_notice is not None, timeout=60_000)
    finally:
        other.communicate("done\n", timeout=60)
    assert window.restore_notice is not None
    return window, window.restore_notice


@pytest.mark.sqlite_only
def test_a_restore_elsewhere_stops_the_window_says_so_and_refuses_work(qtbot, shop: Shop, seeded: SmallShop) -> None:
    window, box = restore_elsewhere(qtbot, shop)
    try:
        assert box.isVisible() and box.windowTitle() == "The shop is being restored"
        assert box.text() == (
            "The shop is being restored from a backup on another terminal. Close Pitlane and start it "
            "again when it is done."
        )
        assert [b.text() for b in box.buttons()] == ["Quit Pitlane"]
        central = window.centralWidget()
        assert central is not None and not central.isEnabled()
        with pytest.raises(DomainError) as refused:
            shop.handle(RegisterMechanic("늦은 정비사", 1))
        assert refused.value.code == "common.restore.elsewhere"
        with pytest.raises(DomainError):  # reads too: this terminal has let go of the file
            shop.status_board()
        box.buttons()[0].click()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    finally:
        window.shutdown()


@pytest.mark.sqlite_only
def test_it_is_said_in_korean(qtbot, shop: Shop, seeded: SmallShop, korean: None) -> None:
    window, box = restore_elsewhere(qtbot, shop)
    try:
        assert box.windowTitle() == "가게를 복원하는 중입니다"
        assert box.text().startswith("다른 단말기에서 백업으로 가게를 복원하고 있습니다.")
        assert [b.text() for b in box.buttons()] == ["Pitlane 종료"]
    finally:
        box.done(0)
        window.shutdown()


def test_the_message_has_both_languages(qapp) -> None:
    from domain.texts import render

    error = DomainError("common.restore.elsewhere")
    assert "another terminal" in render(error, "en") and "다른 단말기" in render(error, "ko")
