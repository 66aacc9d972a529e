"""The window's chrome: the till it shows, the database it names, why it could not start."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from app.bootstrap import Shop
from app.profiles import ProfileError
from tests.builders import SmallShop
from ui.app import start_failure_text
from ui.main_window import MainWindow


def test_a_till_that_fails_to_start_is_not_swapped_for_another_screen(
    qtbot, shop: Shop, seeded: SmallShop, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("the till is broken")

    monkeypatch.setattr("ui.till.TillScreen", broken)
    window = MainWindow(shop, "reception")
    qtbot.addWidget(window)
    try:
        with pytest.raises(RuntimeError, match="the till is broken"):
            window.show_screen("invoice")
    finally:
        window.shutdown()


def test_the_status_bar_names_the_database_file(qtbot, shop: Shop, seeded: SmallShop) -> None:
    window = MainWindow(shop, "reception")
    qtbot.addWidget(window)
    try:
        name = shop.database_name
        assert name in window.database_label.text()
        assert Path(name).is_file()  # a SQLite shop shows its file, not the URL
    finally:
        window.shutdown()


def test_a_bad_profile_is_told_as_a_settings_problem(qapp) -> None:
    text = start_failure_text(ProfileError("dev.toml: vat_rate is not a number"), argparse.Namespace(database=None))
    assert "could not read its settings" in text and "dev.toml: vat_rate is not a number" in text
