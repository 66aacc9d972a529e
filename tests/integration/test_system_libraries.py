"""The README's apt lines are derived from what Qt loads, not guessed (Debian; CI runs on Debian 12).

The library packages of the Quick start line are exactly `derive_debian_packages()`:
the packages owning what `ldd` resolves for Qt's modules and the xcb platform plugin,
less what every Debian has and what another of them pulls in. The check `pitlane`
runs before Qt starts maps each library to the package dpkg says owns it, and .ci/run
installs every package the README names.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from app import syslibs
from tests.databases import on_ci

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
#: Not libraries: how to get the code and build the environment, and the font.
NOT_LIBRARIES = {"git", "make", "python3-venv", "fonts-nanum"}
#: What the tests use besides the app (PDF text, a real X server, desktop entry checks).
TEST_TOOLS = {"poppler-utils", "xvfb", "xauth", "xdotool", "desktop-file-utils"}
#: What `make bundle` needs besides (PyInstaller's objdump/objcopy, Debian Python's shared library).
BUNDLE_TOOLS = {"binutils", "libpython3.11"}


@pytest.fixture(autouse=True)
def _debian() -> None:
    if shutil.which("dpkg") is None:
        if on_ci():
            pytest.fail("CI runs on Debian: dpkg must be there", pytrace=False)
        pytest.skip("the README's apt lines are Debian's; this machine has no dpkg")


def apt_lines(text: str) -> list[set[str]]:
    """The package sets of every `sudo apt install ...` command in the text (backslash continuations joined)."""
    joined = text.replace("\\\n", " ")
    found = re.finditer(r"sudo apt(?:-get)? install (?:-y )?([^\n`&|;#]+)", joined)
    return [set(m.group(1).split()) for m in found]


def readme_line(marker: str) -> set[str]:
    lines = [line for line in apt_lines(README.read_text("utf-8")) if marker in line]
    assert lines, f"the README has no apt line with {marker}"
    return lines[0]


def test_the_quick_start_line_holds_exactly_the_derived_library_packages() -> None:
    line = readme_line("libxcb-cursor0")
    derived = set(syslibs.derive_debian_packages("xcb"))
    assert derived, "ldd resolved no system library"
    assert line - NOT_LIBRARIES == derived, (
        f"README: {' '.join(sorted(line - NOT_LIBRARIES))}\nderived: {' '.join(sorted(derived))}"
    )
    assert line >= NOT_LIBRARIES


def test_the_test_and_bundle_lines_name_their_tools() -> None:
    assert readme_line("xdotool") == TEST_TOOLS
    assert readme_line("binutils") == BUNDLE_TOOLS


def test_ci_installs_every_package_the_readme_names() -> None:
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    block = re.search(r"PACKAGES=\((.*?)\n\)", ci, re.S).group(1)  # type: ignore[union-attr]
    listed = {word for line in block.splitlines() for word in line.split("#")[0].split()}
    for line in apt_lines(README.read_text("utf-8")):
        if line & (NOT_LIBRARIES | TEST_TOOLS | BUNDLE_TOOLS | {"libxcb-cursor0"}):
            assert line <= listed, f".ci/run does not install {sorted(line - listed)}"


def test_every_library_qt_needs_is_installed_here() -> None:
    report = syslibs.check({"QT_QPA_PLATFORM": "xcb"})
    assert report.ok, report.render()


def test_the_check_names_the_package_dpkg_says_owns_each_library() -> None:
    base = syslibs.pyside_dir()
    assert base is not None
    files = [base / rel for rel in (*syslibs.CORE_FILES, syslibs.PLATFORM_PLUGINS["xcb"][0], *syslibs.OPTIONAL_FILES)]
    resolved = {lib: where for table in syslibs.ldd(files).values() for lib, where in table.items() if where}
    system = {lib: where for lib, where in resolved.items() if not where.startswith(str(base))}
    owners = syslibs.owning_packages(system.values())
    # What every Debian has (libc6, zlib1g, libsystemd0...) cannot be missing; everything else must be nameable.
    base_system = _base_packages()
    unmapped = sorted(
        lib
        for lib, where in system.items()
        if lib not in syslibs.DEBIAN_PACKAGES and owners.get(where) not in base_system
    )
    assert not unmapped, f"add to DEBIAN_PACKAGES: {[(lib, owners.get(system[lib])) for lib in unmapped]}"
    wrong = {
        lib: (syslibs.DEBIAN_PACKAGES[lib], owners[where])
        for lib, where in system.items()
        if lib in syslibs.DEBIAN_PACKAGES and where in owners and syslibs.DEBIAN_PACKAGES[lib] != owners[where]
    }
    assert not wrong, f"DEBIAN_PACKAGES disagrees with dpkg: {wrong}"


def _base_packages() -> set[str]:
    graph, essential = syslibs.installed_depends()
    return syslibs.closure(essential, graph)
