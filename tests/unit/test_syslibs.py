"""The pre-flight check of Qt's system libraries: what it reads from ldd and what it tells the person."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import syslibs
from app.syslibs import CORE_FILES, PLATFORM_PLUGINS, Report, check, parse_ldd, platforms_to_try

XCB = PLATFORM_PLUGINS["xcb"][0]
WAYLAND = PLATFORM_PLUGINS["wayland"][0]
CUPS = "Qt/plugins/printsupport/libcupsprintersupport.so"


@pytest.fixture
def pyside(tmp_path: Path) -> Path:
    """A PySide6 folder with the files the check looks at (empty: ldd is replaced)."""
    for rel in (*CORE_FILES, XCB, WAYLAND, *syslibs.OPTIONAL_FILES):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(b"")
    return tmp_path


def fake_ldd(monkeypatch: pytest.MonkeyPatch, root: Path, missing: dict[str, list[str]]) -> None:
    """ldd resolves everything but `missing` (file relative to root -> its libraries not found)."""

    def ldd(files: object) -> dict[Path, dict[str, str | None]]:
        result: dict[Path, dict[str, str | None]] = {}
        for path in files:  # type: ignore[attr-defined]
            rel = str(path.relative_to(root))
            libs: dict[str, str | None] = {"libc.so.6": "/lib/x86_64-linux-gnu/libc.so.6"}
            libs.update(dict.fromkeys(missing.get(rel, [])))
            result[path] = libs
        return result

    monkeypatch.setattr(syslibs, "ldd", ldd)
    monkeypatch.setattr(syslibs.sys, "platform", "linux")


def test_ldd_output_of_several_files_is_read_per_file() -> None:
    a, b = Path("/x/QtCore.abi3.so"), Path("/x/libqxcb.so")
    out = (
        "/x/QtCore.abi3.so:\n"
        "\tlinux-vdso.so.1 (0x00007ffd)\n"
        "\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f)\n"
        "/x/libqxcb.so:\n"
        "\tlibxcb-cursor.so.0 => not found\n"
        "\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f)\n"
        "\t/lib64/ld-linux-x86-64.so.2 (0x00007f)\n"
    )
    parsed = parse_ldd(out, [a, b])
    assert parsed[a] == {"libGL.so.1": "/lib/x86_64-linux-gnu/libGL.so.1"}
    assert parsed[b] == {"libxcb-cursor.so.0": None, "libxcb.so.1": "/lib/x86_64-linux-gnu/libxcb.so.1"}


def test_a_missing_library_of_the_platform_plugin_stops_the_start_with_the_apt_line(
    monkeypatch: pytest.MonkeyPatch, pyside: Path
) -> None:
    fake_ldd(monkeypatch, pyside, {XCB: ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0"]})
    report = check({"QT_QPA_PLATFORM": "xcb"}, root=pyside)
    assert report.fatal and not report.ok
    assert report.packages() == ["libxcb-cursor0", "libxkbcommon-x11-0"]
    assert "sudo apt install libxcb-cursor0 libxkbcommon-x11-0" in report.render()
    assert "cannot start" in report.render()


def test_a_missing_library_of_qt_itself_is_fatal_whatever_the_platform(
    monkeypatch: pytest.MonkeyPatch, pyside: Path
) -> None:
    fake_ldd(monkeypatch, pyside, {"QtGui.abi3.so": ["libEGL.so.1"]})
    report = check({"QT_QPA_PLATFORM": "offscreen"}, root=pyside)
    assert report.fatal and report.packages() == ["libegl1"]


def test_printing_without_cups_is_a_warning_not_a_refusal(monkeypatch: pytest.MonkeyPatch, pyside: Path) -> None:
    fake_ldd(monkeypatch, pyside, {CUPS: ["libcups.so.2"]})
    report = check({"QT_QPA_PLATFORM": "xcb"}, root=pyside)
    assert not report.fatal and not report.ok
    assert "without printers" in report.render()
    assert report.apt_line() == "sudo apt install libcups2"


def test_on_wayland_a_broken_wayland_plugin_is_not_fatal_while_xcb_works(
    monkeypatch: pytest.MonkeyPatch, pyside: Path
) -> None:
    fake_ldd(monkeypatch, pyside, {WAYLAND: ["libwayland-cursor.so.0"]})
    assert not check({"WAYLAND_DISPLAY": "wayland-0"}, root=pyside).fatal
    fake_ldd(monkeypatch, pyside, {WAYLAND: ["libwayland-cursor.so.0"], XCB: ["libxcb-icccm.so.4"]})
    both = check({"WAYLAND_DISPLAY": "wayland-0"}, root=pyside)
    assert both.fatal and both.packages() == ["libwayland-cursor0", "libxcb-icccm4"]


def test_a_library_nobody_maps_is_named_as_is(monkeypatch: pytest.MonkeyPatch, pyside: Path) -> None:
    fake_ldd(monkeypatch, pyside, {XCB: ["libfuture.so.9"]})
    report = check({"QT_QPA_PLATFORM": "xcb"}, root=pyside)
    assert report.packages() == ["libfuture.so.9"]
    assert "install the packages that provide libfuture.so.9" in report.render()


def test_everything_there_is_ok(monkeypatch: pytest.MonkeyPatch, pyside: Path) -> None:
    fake_ldd(monkeypatch, pyside, {})
    report = check({}, root=pyside)
    assert report.ok and not report.fatal
    assert report.render().startswith("Every system library Qt needs is installed")


def test_nothing_is_checked_outside_linux(monkeypatch: pytest.MonkeyPatch, pyside: Path) -> None:
    fake_ldd(monkeypatch, pyside, {XCB: ["libxcb-cursor.so.0"]})
    monkeypatch.setattr(syslibs.sys, "platform", "win32")
    assert check({}, root=pyside) == Report(("xcb",))


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, ("xcb",)),
        ({"QT_QPA_PLATFORM": "offscreen"}, ("offscreen",)),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, ("wayland", "xcb")),
        ({"QT_QPA_PLATFORM": "xcb:nomitshm"}, ("xcb",)),
        ({"XDG_SESSION_TYPE": "wayland"}, ("wayland", "xcb")),
    ],
)
def test_the_platforms_qt_will_try(env: dict[str, str], expected: tuple[str, ...]) -> None:
    assert platforms_to_try(env) == expected
