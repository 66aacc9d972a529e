"""--screenshot renders every screen of the terminal (and the wall display) to PNG, writing nothing to the shop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from app.bootstrap import Shop
from ui.main_window import MainWindow
from ui.screenshots import render_all


def test_every_screen_renders_to_png(window: MainWindow, shop: Shop, tmp_path: Path) -> None:
    from app import queries

    before = shop.query(queries.last_event_id)
    written = render_all(window, tmp_path)
    names = sorted(p.name for p in written)
    assert names == sorted(
        [
            "reception.png",
            "mechanic.png",
            "parts.png",
            "board.png",
            "invoice.png",
            "mechanics.png",
            "wall.png",
            "reports.png",
            "setup-1.png",
            "setup-2.png",
            "setup-3.png",
            "setup-4.png",
            "shop-details.png",
        ]
    )
    for path in written:
        image = QImage(str(path))
        if path.name.startswith(("setup-", "shop-details")):  # a dialog, at its own size (1024x768 unless --size)
            assert image.width() >= 500 and image.height() >= 300, path
        else:
            assert image.width() >= 1440 and image.height() >= 900, path
    assert shop.query(queries.last_event_id) == before  # nothing was written to the shop
