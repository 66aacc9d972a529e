"""One language at a time: a Korean screen shows no English words outside data, an English one no Korean.

Every screen of the full window, on a small shop whose data (names, plates, parts) is Korean or codes:
labels, buttons, tabs, column titles and placeholders are read as a person sees them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from app.bootstrap import Shop
from tests.builders import SmallShop
from ui.main_window import ROLE_SCREENS, MainWindow
from ui.screenshots import settle

HANGUL = re.compile(r"[\uac00-\ud7a3]")
LATIN_WORD = re.compile(r"\b[A-Za-z][A-Za-z'-]{2,}\b")
#: Latin words that are the Korean screen's own: keys, units, formats, codes and the product's name.
KOREAN_SCREEN_LATIN = {
    "Ctrl",
    "Alt",
    "Shift",
    "Enter",
    "Esc",
    "Delete",
    "Tab",
    "PIN",
    "VAT",
    "VIN",
    "PDF",
    "CSV",
    "YYYY",
    "MM",
    "DD",
    "Pitlane",
    "Motors",
    "OIL",
    "BRK",
    "PAD",
    "LED",
    "ATF",
    "DOT",
    "km",
    "KRW",
    "XLSX",
    "YYYY-MM-DD",
}
#: A file or folder path shown on the screen (the database's, the invoice folder's) is data.
PATH = re.compile(r"\S*/\S*")
#: An example of a Korean plate is data-shaped, not a Korean word (e.g. 12가3456).
PLATE = re.compile(r"\d{2,3}[\uac00-\ud7a3]\d{4}")


def _texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for what the screen says of itself."""
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        name = type(w).__name__
        if (isinstance(w, QLabel) and w.objectName() not in ("Clock",)) or isinstance(w, QAbstractButton):
            yield name, w.text()
        elif isinstance(w, (QLineEdit, QPlainTextEdit)):
            yield f"{name} placeholder", w.placeholderText()
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield "tab", w.tabText(i)
        elif isinstance(w, QAbstractItemView) and w.model() is not None and not isinstance(w.parent(), QComboBox):
            model = w.model()
            for c in range(model.columnCount()):
                yield "column", str(model.headerData(c, Qt.Orientation.Horizontal) or "")


def _screens(qtbot, qapp, shop: Shop) -> Iterator[tuple[str, QWidget]]:
    from ui import theme

    theme.apply(qapp)
    window = MainWindow(shop, "all")
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    try:
        for key in ROLE_SCREENS["all"]:
            window.show_screen(key)
            settle(window)
            yield key, window
    finally:
        window.shutdown()


def _data(shop: Shop) -> set[str]:
    """What the small shop's data and the window's data-driven labels say (left out of the check)."""
    from app import queries

    mechanics = {m.name for m in shop.query(queries.mechanics)}
    return {shop.settings.shop.name, shop.settings.terminal_name, *mechanics}


def test_a_korean_screen_shows_no_english_words(qtbot, qapp, shop: Shop, seeded: SmallShop, korean: None) -> None:
    data = _data(shop)
    found: list[str] = []
    for key, window in _screens(qtbot, qapp, shop):
        for where, text in _texts(window):
            plain = PATH.sub(" ", re.sub(r"<[^>]+>", " ", text))
            for item in data:
                plain = plain.replace(item, " ")
            words = [w for w in LATIN_WORD.findall(plain) if w not in KOREAN_SCREEN_LATIN]
            if words:
                found.append(f"{key} {where}: {text!r} ({', '.join(words)})")
    assert not found, "\n".join(sorted(set(found)))


def test_an_english_screen_shows_no_korean_words(qtbot, qapp, shop: Shop, seeded: SmallShop) -> None:
    data = _data(shop)
    found: list[str] = []
    for key, window in _screens(qtbot, qapp, shop):
        for where, text in _texts(window):
            plain = PATH.sub(" ", PLATE.sub(" ", text))
            if plain.strip() in data:
                continue  # a mechanic's name on the bay's picker
            if HANGUL.search(plain):
                found.append(f"{key} {where}: {text!r}")
    assert not found, "\n".join(sorted(set(found)))
