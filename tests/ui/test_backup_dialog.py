"""Backup from the manager's screens: the bar moves, the copy is verified, a refusal is said."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt

from app.bootstrap import Shop
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
        dialog = desk.open_backup()
        assert isinstance(dialog, BackupDialog) and dialog.isVisible()
        assert not hasattr(bay, "backup_button")
        dialog.close()
    finally:
        desk.shutdown()
        bay.shutdown()


def test_it_speaks_korean(qtbot, shop: Shop, korean: None) -> None:
    dialog = BackupDialog(shop)
    qtbot.addWidget(dialog)
    assert dialog.start_button.text() == "지금 백업"
    assert "pitlane-admin restore" in dialog.restore_hint.text() and "백업을 되살리려면" in dialog.restore_hint.text()
