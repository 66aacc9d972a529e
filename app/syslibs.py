"""Before Qt starts (Linux): are the system libraries of Qt's modules and platform plugin installed?

Qt aborts when its platform plugin cannot be loaded, and its message names
libxcb-cursor0 whatever is actually missing. `check()` runs `ldd` on the
installed PySide6's binaries that Pitlane loads and names every library that is
not found together with the Debian package that provides it, so the client can
print the apt line instead of Qt's message (`python -m app.syslibs` prints the
same report). Nothing here imports PySide6 (app/ never does): its files are
found through importlib's module spec.

`derive_debian_packages()` is how the README's apt line is made (and checked by
tests/integration/test_system_libraries.py): the packages that own the libraries
`ldd` resolves on a Debian machine that has them, less those every Debian
installation has (the Essential packages and what they depend on) and those
another listed package pulls in.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

#: Loaded at every start: without one of these the client cannot start (relative to the PySide6 folder).
CORE_FILES = ("QtCore.abi3.so", "QtGui.abi3.so", "QtWidgets.abi3.so")
#: Loaded when needed; without them the client starts, missing something (icons, printers).
OPTIONAL_FILES = {
    "Qt/plugins/iconengines/libqsvgicon.so": "icons",
    "Qt/plugins/imageformats/libqsvg.so": "icons",
    "Qt/plugins/printsupport/libcupsprintersupport.so": "printers",
    "Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so": "compose keys",
}
#: Qt's platform name -> its plugin (the first that exists: file names changed between Qt versions).
PLATFORM_PLUGINS = {
    "xcb": ("Qt/plugins/platforms/libqxcb.so",),
    "wayland": ("Qt/plugins/platforms/libqwayland.so", "Qt/plugins/platforms/libqwayland-generic.so"),
    "offscreen": ("Qt/plugins/platforms/libqoffscreen.so",),
    "minimal": ("Qt/plugins/platforms/libqminimal.so",),
}

#: Shared library -> the Debian 12 package that provides it (`dpkg -S` on a machine that has them;
#: tests/integration/test_system_libraries.py checks this table against dpkg). Ubuntu 24.04 renamed
#: a few (libglib2.0-0t64, libcups2t64, ...); apt selects the new name when given the old one.
DEBIAN_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libavahi-client.so.3": "libavahi-client3",
    "libavahi-common.so.3": "libavahi-common3",
    "libbrotlicommon.so.1": "libbrotli1",
    "libbrotlidec.so.1": "libbrotli1",
    "libbsd.so.0": "libbsd0",
    "libcom_err.so.2": "libcom-err2",
    "libcups.so.2": "libcups2",
    "libdbus-1.so.3": "libdbus-1-3",
    "libexpat.so.1": "libexpat1",
    "libffi.so.8": "libffi8",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgmp.so.10": "libgmp10",
    "libgnutls.so.30": "libgnutls30",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libhogweed.so.6": "libhogweed6",
    "libidn2.so.0": "libidn2-0",
    "libk5crypto.so.3": "libk5crypto3",
    "libkeyutils.so.1": "libkeyutils1",
    "libkrb5.so.3": "libkrb5-3",
    "libkrb5support.so.0": "libkrb5support0",
    "libnettle.so.8": "libnettle8",
    "libp11-kit.so.0": "libp11-kit0",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libpng16.so.16": "libpng16-16",
    "libstdc++.so.6": "libstdc++6",
    "libtasn1.so.6": "libtasn1-6",
    "libunistring.so.2": "libunistring2",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}

_LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")


@dataclass(frozen=True)
class Report:
    """What `ldd` found missing: library -> the files (relative to PySide6) that need it."""

    platforms: tuple[str, ...] = ()
    missing: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    fatal: bool = False  # the client cannot start (a core module or every platform plugin to try)

    @property
    def ok(self) -> bool:
        return not self.missing

    def packages(self) -> list[str]:
        """The Debian packages of the missing libraries (a library nobody maps is named as is)."""
        return sorted({DEBIAN_PACKAGES.get(lib, lib) for lib in self.missing})

    def apt_line(self) -> str:
        return "sudo apt install " + " ".join(self.packages())

    def render(self) -> str:
        if self.ok:
            return f"Every system library Qt needs is installed (platform: {', '.join(self.platforms) or '-'})."
        needed = sorted(self.missing)
        if self.fatal:
            head = "Pitlane cannot start its window: Qt needs system libraries that are not installed"
        else:
            uses = sorted({OPTIONAL_FILES[f] for files in self.missing.values() for f in files if f in OPTIONAL_FILES})
            head = f"Pitlane starts, but without {' and '.join(uses) or 'some features'}: libraries are missing"
        lines = [f"{head} ({', '.join(needed)}).", "Install them with:", "", f"    {self.apt_line()}", ""]
        unmapped = [lib for lib in needed if lib not in DEBIAN_PACKAGES]
        if unmapped:
            lines.append(f"(Outside Debian/Ubuntu, install the packages that provide {', '.join(unmapped)}.)")
        elif not Path("/usr/bin/dpkg").exists():
            lines.append("(Those are Debian/Ubuntu package names; other systems name them differently.)")
        return "\n".join(lines).rstrip()


def pyside_dir() -> Path | None:
    """The installed PySide6 package's folder, without importing it."""
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def platforms_to_try(environ: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """The platform plugins Qt will try, in order: QT_QPA_PLATFORM's, else the session's."""
    env = os.environ if environ is None else environ
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return tuple(p.split(":", 1)[0].strip() for p in chosen.split(";") if p.strip())
    if env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE") == "wayland":
        return ("wayland", "xcb")  # Qt falls back to xcb (XWayland) when its Wayland plugin cannot load
    return ("xcb",)


def ldd(files: Iterable[Path]) -> dict[Path, dict[str, str | None]]:
    """`ldd` of each file: library -> where it resolved (None: not found). Empty when ldd is missing."""
    paths = [p for p in files if p.is_file()]
    exe = shutil.which("ldd")
    if not paths or exe is None:
        return {}
    try:
        out = subprocess.run([exe, *map(str, paths)], capture_output=True, text=True, timeout=30, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    return parse_ldd(out, paths)


def parse_ldd(out: str, paths: list[Path]) -> dict[Path, dict[str, str | None]]:
    """ldd's output for `paths` (a `file:` line before each one's libraries when there are several)."""
    result: dict[Path, dict[str, str | None]] = {p: {} for p in paths}
    by_name = {str(p): p for p in paths}
    current = paths[0]
    for line in out.splitlines():
        if not line.startswith(("\t", " ")) and line.endswith(":") and line[:-1] in by_name:
            current = by_name[line[:-1]]
            continue
        m = _LDD_LINE.match(line)
        if m:
            result[current][m.group(1)] = None if m.group(2) == "not found" else m.group(2)
    return result


def check(environ: Mapping[str, str] | None = None, root: Path | None = None) -> Report:
    """Which system libraries Qt's modules and the platform plugins to try lack (Linux; elsewhere: none)."""
    platforms = platforms_to_try(environ)
    base = root or pyside_dir()
    if not sys.platform.startswith("linux") or base is None:
        return Report(platforms)
    plugins: dict[str, str] = {}
    for name in platforms:
        found = next((rel for rel in PLATFORM_PLUGINS.get(name, ()) if (base / rel).is_file()), None)
        if found:
            plugins[name] = found
    wanted = [*CORE_FILES, *plugins.values(), *OPTIONAL_FILES]
    resolved = ldd(base / rel for rel in wanted)
    missing_by_file = {
        str(path.relative_to(base)): sorted(lib for lib, where in libs.items() if where is None)
        for path, libs in resolved.items()
    }
    missing_by_file = {f: libs for f, libs in missing_by_file.items() if libs}
    if not missing_by_file:
        return Report(platforms)
    core_broken = any(f in missing_by_file for f in CORE_FILES)
    every_platform_broken = bool(plugins) and all(rel in missing_by_file for rel in plugins.values())
    missing: dict[str, list[str]] = {}
    for f, libs in missing_by_file.items():
        for lib in libs:
            missing.setdefault(lib, []).append(f)
    return Report(
        platforms,
        {lib: tuple(files) for lib, files in sorted(missing.items())},
        fatal=core_broken or every_platform_broken,
    )


# --- How the README's apt line is derived (Debian, with the libraries installed) -------------------


def owning_packages(paths: Iterable[str]) -> dict[str, str]:
    """`dpkg -S`: library path -> the package that installed it (tries the /usr-merged twin too)."""
    candidates: dict[str, str] = {}
    for p in paths:
        real = os.path.realpath(p)
        for c in {p, real}:
            candidates[c] = p
            twin = c[4:] if c.startswith("/usr/") else "/usr" + c
            candidates[twin] = p
    out = subprocess.run(["dpkg", "-S", *candidates], capture_output=True, text=True, check=False).stdout
    owners: dict[str, str] = {}
    for line in out.splitlines():
        pkgs, _, path = line.partition(": ")
        if path in candidates and "diversion" not in pkgs:
            owners.setdefault(candidates[path], pkgs.split(",")[0].split(":")[0].strip())
    return owners


def installed_depends() -> tuple[dict[str, set[str]], set[str]]:
    """Installed packages -> the installed packages they depend on (Depends, Pre-Depends); and the Essential ones."""
    fields = "${Package}\t${Essential}\t${Pre-Depends}, ${Depends}\t${Provides}\t${db:Status-Abbrev}\n"
    out = subprocess.run(
        ["dpkg-query", "-W", f"-f={fields}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows = [line.split("\t") for line in out.splitlines()]
    rows = [r for r in rows if len(r) == 5 and r[4].startswith("ii")]
    installed = {r[0] for r in rows}
    provided: dict[str, str] = {}
    for name, _ess, _deps, provides, _st in rows:
        for virtual in provides.split(","):
            provided.setdefault(virtual.split("(")[0].strip(), name)
    graph: dict[str, set[str]] = {}
    for name, _ess, deps, _prov, _st in rows:
        targets: set[str] = set()
        for clause in deps.split(","):
            for alternative in clause.split("|"):
                dep = alternative.split("(")[0].split(":")[0].strip()
                dep = dep if dep in installed else provided.get(dep, "")
                if dep:
                    targets.add(dep)
                    break
        graph[name] = targets
    essential = {r[0] for r in rows if r[1] == "yes"}
    return graph, essential


def closure(start: Iterable[str], graph: Mapping[str, set[str]]) -> set[str]:
    seen: set[str] = set()
    todo = list(start)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(graph.get(name, ()))
    return seen


def derive_debian_packages(platform: str = "xcb", root: Path | None = None) -> list[str]:
    """The smallest set of Debian packages that provides every library Qt's files resolve to.

    Leaves out what every Debian installation has (the Essential packages and their
    dependencies) and what another package of the set depends on (apt installs it).
    """
    base = root or pyside_dir()
    if base is None:
        raise RuntimeError("PySide6 is not installed")
    files = [base / rel for rel in (*CORE_FILES, *PLATFORM_PLUGINS[platform][:1], *OPTIONAL_FILES)]
    libs = {where for table in ldd(files).values() for where in table.values() if where}
    system = [p for p in libs if not p.startswith(str(base))]
    owners = owning_packages(system)
    unowned = sorted(set(system) - set(owners))
    if unowned:
        raise RuntimeError(f"no Debian package owns {', '.join(unowned)}")
    graph, essential = installed_depends()
    base_system = closure(essential, graph)
    needed = set(owners.values()) - base_system
    pulled = set().union(*(closure(graph.get(p, ()), graph) for p in needed)) if needed else set()
    return sorted(needed - pulled)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--derive"]:
        print(" ".join(derive_debian_packages()))
        return 0
    if args:
        print("usage: python -m app.syslibs [--derive]", file=sys.stderr)
        return 2
    report = check()
    print(report.render())
    return 3 if report.fatal else 0


if __name__ == "__main__":
    sys.exit(main())
