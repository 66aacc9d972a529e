"""Backup from the manager's screens: the bar moves, the copy is verified, a refusal is said."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app import restore
from app.backup import make_backup
from app.bootstrap import Shop
from domain.commands import CreateUser, RegisterPart
from tests.builders import SmallShop
from ui.backup_dialog import BackupDialog


def test_back_up_now_writes_a_verified_copy_and_fills_the_bar(
    qtbot, shop: Shop, seeded: SmallShop, tmp_path: Path
) -> None:
    target = tmp_path / "by-hand.db"
    dialog = BackupDialog(shop, target=target)
    qtbot.addWidget(dialog)
    seen: list[int] = []
    dialog.bar.valueChanged.connect(seen.append)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert not dialog.start_button.isEnabled()  # one copy at a time; the window keeps working
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert dialog.made is not None and dialog.made.path == target
    assert dialog.bar.value() == 100 and 100 in seen
    assert str(target) in dialog.status.text() and "verified" in dialog.status.text()
    assert dialog.made.report is not None and dialog.made.report.ok
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT count(*) FROM mechanic").fetchone()[0] > 0
    assert "pitlane-admin restore" in dialog.restore_hint.text()


def test_a_backup_that_cannot_be_made_is_said_and_nothing_is_kept(qtbot, shop: Shop, tmp_path: Path) -> None:
    target = tmp_path / "exists.db"
    target.write_bytes(b"an older copy")
    dialog = BackupDialog(shop, target=target)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert dialog.made is None and dialog.bar.value() == 0
    assert dialog.status.text().startswith("No backup was made:")
    assert str(target) in dialog.status.text()
    assert target.read_bytes() == b"an older copy"
    assert dialog.start_button.isEnabled()


def test_the_desk_opens_it_from_the_header_and_a_bay_has_none(qtbot, shop: Shop, seeded: SmallShop) -> None:
    from ui.main_window import MainWindow

    desk = MainWindow(shop, "reception")
    qtbot.addWidget(desk)
    bay = MainWindow(shop, "mechanic")
    qtbot.addWidget(bay)
    try:
        assert desk.menu_button.isVisibleTo(desk) and desk.backup_action in desk.header_menu.actions()
        desk.backup_action.trigger()
        dialogs = [w for w in desk.findChildren(BackupDialog) if w.isVisible()]
        assert len(dialogs) == 1
        assert not hasattr(bay, "backup_action") and not bay.menu_button.isVisibleTo(bay)
        dialogs[0].close()
    finally:
        desk.shutdown()
        bay.shutdown()


def test_it_speaks_korean(qtbot, shop: Shop, korean: None) -> None:
    dialog = BackupDialog(shop)
    qtbot.addWidget(dialog)
    assert dialog.start_button.text() == "지금 백업  (Enter)"
    assert dialog.restore_button.text() == "백업 복원…  (Ctrl+O)"
    assert "pitlane-admin restore" in dialog.restore_hint.text() and "백업을 복원하면" in dialog.restore_hint.text()


# -- restore -------------------------------------------------------------------------------
def restore_dialog(qtbot, shop: Shop, answer: bool = True) -> tuple[BackupDialog, list[str], list[str]]:
    """The dialog with the question answered by the test and quitting recorded, not done."""
    events: list[str] = []
    asked: list[str] = []
    dialog = BackupDialog(
        shop, before_closing_shop=lambda: events.append("window stopped"), quit_app=lambda: events.append("quit")
    )
    qtbot.addWidget(dialog)

    def ask(question: str) -> bool:
        asked.append(question)
        return answer

    dialog.ask = ask
    return dialog, asked, events


def parts_in(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {r[0] for r in conn.execute("SELECT part_code FROM part")}


def test_a_manager_restores_a_backup_from_the_dialog_and_the_current_data_is_kept_aside(
    qtbot, shop: Shop, seeded: SmallShop, tmp_path: Path
) -> None:
    backup_file = make_backup(shop.settings.database_url, shop.settings, tmp_path / "monday.db").path
    shop.handle(RegisterPart("AFTER-1", "백업 뒤 부품", 1_000, stock=1))  # after the backup: restoring undoes it
    live = Path(shop.settings.database_url.removeprefix("sqlite:///"))
    assert "AFTER-1" in parts_in(live)
    dialog, asked, events = restore_dialog(qtbot, shop)
    assert dialog.restore_button.isEnabled()  # a shop without users: the owner

    dialog.inspect(backup_file)
    qtbot.waitUntil(lambda: dialog.restored is not None or (dialog.shop_closed and not dialog.running), timeout=120_000)

    assert dialog.restored is not None, dialog.status.text()
    (question,) = asked
    assert "current data is kept aside as a backup first" in question and "closes the shop" in question
    assert events == ["window stopped"] and dialog.shop_closed
    assert dialog.bar.value() == 100
    text = dialog.status.text()
    assert f"Restored the backup {backup_file}" in text and "Quit Pitlane and start it again" in text
    replaced = dialog.restored.replaced
    assert replaced is not None and replaced.exists() and str(replaced) in text
    assert "AFTER-1" not in parts_in(live)  # the shop is the backup's again
    assert "AFTER-1" in parts_in(replaced)  # and what it replaced is kept
    assert not dialog.start_button.isEnabled() and not dialog.restore_button.isEnabled()
    assert dialog.close_button.text() == "Quit Pitlane  (Esc)"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape, too, quits: the shop is closed here
    assert events == ["window stopped", "quit"]


def test_the_backup_is_shown_with_its_date_size_and_verification_before_the_question(
    qtbot, shop: Shop, seeded: SmallShop, tmp_path: Path
) -> None:
    backup_file = make_backup(shop.settings.database_url, shop.settings, tmp_path / "monday.db").path
    dialog, _asked, events = restore_dialog(qtbot, shop, answer=False)
    shown: list[str] = []
    dialog.ask = lambda question: shown.append(dialog.status.text()) or False
    dialog.inspect(backup_file)
    qtbot.waitUntil(lambda: not dialog.running and bool(shown), timeout=120_000)
    (before,) = shown
    assert f"Backup {backup_file}, written " in before and " MB." in before
    assert "Verified: schema " in before and "every guarantee holds" in before
    assert "Nothing was restored." in dialog.status.text()
    assert not dialog.shop_closed and events == []  # declined: the shop goes on
    assert dialog.restore_button.isEnabled() and dialog.close_button.text() == "Close  (Esc)"
    assert shop.status_board() is not None


def test_a_file_that_is_not_a_backup_is_said_and_never_offered(qtbot, shop: Shop, tmp_path: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"these are not the shop's data")
    dialog, asked, events = restore_dialog(qtbot, shop)
    dialog.inspect(junk)
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert asked == [] and events == [] and not dialog.shop_closed
    text = dialog.status.text()
    assert f"Not verified: {junk} is not a Pitlane backup" in text and "Nothing was restored." in text
    assert "Traceback" not in text


def test_a_refused_restore_after_the_shop_closed_is_said_and_only_quitting_is_left(
    qtbot, shop: Shop, seeded: SmallShop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(restore, "WAIT_FOR_OTHERS", 1.0)  # the holder below never lets go: no need to wait 15 s
    backup_file = make_backup(shop.settings.database_url, shop.settings, tmp_path / "monday.db").path
    dialog, _asked, events = restore_dialog(qtbot, shop)
    live = shop.settings.database_url.removeprefix("sqlite:///")
    holder = (  # another terminal: a process with the file open
        "import sqlite3, sys, time\n"
        f"c = sqlite3.connect({live!r}); c.execute('SELECT count(*) FROM part').fetchone()\n"
        "print('open', flush=True); time.sleep(120)\n"
    )
    other = subprocess.Popen([sys.executable, "-c", holder], stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "open"
        dialog.inspect(backup_file)
        qtbot.waitUntil(lambda: dialog.shop_closed and not dialog.running, timeout=120_000)
    finally:
        other.kill()
        other.wait()
    assert dialog.restored is None
    text = dialog.status.text()
    assert text.startswith("Nothing was restored: The shop's database") and "still open elsewhere" in text
    assert "quit Pitlane and start it again" in text and dialog.close_button.text() == "Quit Pitlane  (Esc)"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert events == ["window stopped", "quit"]


def test_only_a_manager_may_restore(qtbot, shop: Shop, seeded: SmallShop, tmp_path: Path) -> None:
    shop.handle(CreateUser("관리자", "manager", "7391"))
    shop.login("관리자", "7391")
    shop.handle(CreateUser("접수", "desk", "4826"))
    manager = BackupDialog(shop)
    qtbot.addWidget(manager)
    assert manager.restore_button.isEnabled()
    shop.logout()
    shop.login("접수", "4826")
    desk, asked, _events = restore_dialog(qtbot, shop)
    assert not desk.restore_button.isEnabled()
    assert "Only a manager may restore a backup" in desk.restore_hint.text()
    desk.inspect(make_backup(shop.settings.database_url, shop.settings, tmp_path / "b.db").path)
    assert not desk.running and desk.picked is None and asked == [] and not desk.shop_closed


def test_restore_speaks_korean(qtbot, shop: Shop, seeded: SmallShop, tmp_path: Path, korean: None) -> None:
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"")
    dialog, _asked, _events = restore_dialog(qtbot, shop, answer=False)
    dialog.inspect(junk)
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    text = dialog.status.text()
    assert "검증되지 않음" in text and "Pitlane 백업이 아니어서" in text and "아무것도 복원하지 않았습니다" in text
    shown: list[str] = []
    dialog.ask = lambda question: shown.append(question) or False
    dialog.inspect(make_backup(shop.settings.database_url, shop.settings, tmp_path / "b.db").path)
    qtbot.waitUntil(lambda: not dialog.running and bool(shown), timeout=120_000)
    assert "지금 데이터는 먼저 백업으로 따로 보관" in shown[0]
    assert "검증됨" in dialog.status.text()
