"""Set up like real software: entry points, the desktop entry and icons, the bundle's checks, the docs' links."""

from __future__ import annotations

import importlib
import importlib.util
import re
import shutil
import subprocess
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from tests.databases import on_ci

ROOT = Path(__file__).resolve().parents[2]


def script(name: str) -> ModuleType:
    """packaging/NAME.py, which is a script, not a package's module."""
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


desktop = script("desktop")
smoke = script("smoke")


def test_pip_installs_pitlane_and_pitlane_admin() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]
    assert scripts == {"pitlane": "main:main", "pitlane-admin": "app.cli:main"}
    for target in scripts.values():
        module, _, function = target.partition(":")
        assert callable(getattr(importlib.import_module(module), function))


def test_pitlane_admin_names_itself(capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    with pytest.raises(SystemExit):
        main(["--help"])
    assert capsys.readouterr().out.startswith("usage: pitlane-admin ")


@pytest.fixture
def validator() -> str:
    found = shutil.which("desktop-file-validate")
    if found is None:
        message = "desktop-file-validate is missing (sudo apt install desktop-file-utils)"
        if on_ci():
            pytest.fail(f"{message}: .ci/run installs it", pytrace=False)
        pytest.skip(message)
    return found


def test_install_desktop_puts_a_valid_entry_and_the_icons_under_xdg_data_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, validator: str, qapp: object
) -> None:
    # `qapp` first: the icons are rendered by Qt, and a QGuiApplication made here would outlive the
    # test and stop every later widget test (they need a QApplication).
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    program = tmp_path / "my shop" / "pitlane"  # a space: the Exec key must quote it
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)

    written = desktop.install(program)

    entry = tmp_path / "share" / "applications" / "pitlane.desktop"
    assert written[0] == entry
    done = subprocess.run([validator, str(entry)], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
    text = entry.read_text("utf-8")
    execs = re.findall(r"^Exec=(.*)$", text, re.M)
    assert execs[0] == f'"{program}"'
    assert sorted(execs[1:]) == sorted(
        f'"{program}" {args}'
        for args in ("--role reception", "--role mechanic", "--role parts", "--role board", "--role manager", "--demo")
    )
    assert "Icon=pitlane\n" in text and "StartupWMClass=Pitlane\n" in text

    from PySide6.QtGui import QImage

    hicolor = tmp_path / "share" / "icons" / "hicolor"
    assert (hicolor / "scalable" / "apps" / "pitlane.svg").read_bytes() == desktop.ICON_SVG.read_bytes()
    for size in desktop.PNG_SIZES:
        image = QImage(str(hicolor / f"{size}x{size}" / "apps" / "pitlane.png"))
        assert (image.width(), image.height()) == (size, size)
        assert smoke.distinct_colours(hicolor / f"{size}x{size}" / "apps" / "pitlane.png") > 2

    removed = desktop.uninstall()
    assert sorted(removed) == sorted(written)
    assert not [p for p in (tmp_path / "share").rglob("*") if p.is_file()]


def test_install_desktop_refuses_a_program_that_is_not_there(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    with pytest.raises(SystemExit, match="make setup"):
        desktop.install(tmp_path / "nowhere" / "pitlane")
    assert not (tmp_path / "share").exists()


@pytest.mark.parametrize(
    ("program", "expected"),
    [
        ("/home/kim/pitlane/.venv/bin/pitlane", "/home/kim/pitlane/.venv/bin/pitlane"),
        ("/home/kim/my shop/pitlane", '"/home/kim/my shop/pitlane"'),
        ('/opt/a"b$c/pitlane', r'"/opt/a\\"b\\$c/pitlane"'),
        ("/opt/100%/pitlane", "/opt/100%%/pitlane"),
    ],
)
def test_exec_quoting_follows_the_desktop_entry_spec(program: str, expected: str) -> None:
    assert desktop.quote_exec(program) == expected


def test_the_smoke_test_tells_a_blank_picture_from_a_screen(tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    blank = QImage(1440, 900, QImage.Format.Format_RGB32)
    blank.fill(QColor("white"))
    blank.save(str(tmp_path / "blank.png"))
    assert smoke.distinct_colours(tmp_path / "blank.png") < smoke.MIN_COLOURS
    assert smoke.distinct_colours(ROOT / "docs" / "screenshots" / "board.png") >= smoke.MIN_COLOURS


def test_the_readme_and_docs_link_only_into_the_repository() -> None:
    for doc in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = doc.read_text("utf-8")
        assert "../shared" not in text, doc
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
            if re.match(r"[a-z]+://", target):
                continue
            resolved = (doc.parent / target).resolve()
            assert resolved.is_relative_to(ROOT), f"{doc.name} links outside the repository: {target}"
            assert resolved.exists(), f"{doc.name} links to {target}, which does not exist"


def test_the_readme_screenshot_example_leaves_the_committed_pictures_alone() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    examples = re.findall(r"--screenshot (\S+?)[`\s]", readme)
    assert examples and all(not target.startswith("docs") for target in examples), examples
