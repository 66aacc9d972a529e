"""`make install-desktop`: Pitlane in the desktop's application menu, for this user (freedesktop conventions).

    python packaging/desktop.py install [--exec PROGRAM]   # default: the pitlane beside this Python
    python packaging/desktop.py uninstall
    python packaging/desktop.py icon OUT.png [--size N]    # the icon as one PNG (Windows/macOS bundles)

`install` writes $XDG_DATA_HOME/applications/pitlane.desktop (XDG_DATA_HOME defaults
to ~/.local/share) from packaging/pitlane.desktop.in, its Exec lines pointing at the
program (`.venv/bin/pitlane`, or a bundle's `dist/pitlane/pitlane`), and the icon into
the hicolor theme: resources/icons/logo.svg as scalable/apps/pitlane.svg and PNGs
rendered from it at the usual sizes. Then it refreshes the desktop's caches when their
tools are there. `uninstall` removes exactly those files. Nothing needs root.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "packaging" / "pitlane.desktop.in"
ICON_SVG = ROOT / "resources" / "icons" / "logo.svg"
APP_ID = "pitlane"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def desktop_file() -> Path:
    return data_home() / "applications" / f"{APP_ID}.desktop"


def icon_files() -> list[Path]:
    hicolor = data_home() / "icons" / "hicolor"
    return [
        hicolor / "scalable" / "apps" / f"{APP_ID}.svg",
        *(hicolor / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in PNG_SIZES),
    ]


def quote_exec(program: str) -> str:
    """`program` as the Exec key's first argument (Desktop Entry spec: quoting, then string escapes)."""
    program = program.replace("%", "%%")  # field codes
    if not any(c in _RESERVED for c in program):
        return program
    inner = "".join("\\" + c if c in '"`$\\' else c for c in program)
    return ('"' + inner + '"').replace("\\", "\\\\")


def default_program() -> Path:
    return Path(sys.executable).parent / ("pitlane.exe" if os.name == "nt" else "pitlane")


def render_pngs(svg: Path, targets: list[tuple[int, Path]]) -> None:
    """Render the SVG at each size (Qt, offscreen: no display needed)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    for size, path in targets:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"could not write {path}")
    del app


def refresh_caches() -> None:
    """Bring an icon cache that is already there up to date (a stale one would hide the new icon).

    No cache is created: desktops watch the folders. update-desktop-database is not needed
    either: it indexes MIME types, and the entry declares none.
    """
    hicolor = data_home() / "icons" / "hicolor"
    exe = shutil.which("gtk-update-icon-cache")
    if exe and (hicolor / "icon-theme.cache").exists():
        subprocess.run([exe, "-q", "-t", "-f", str(hicolor)], check=False, capture_output=True)


def install(program: Path) -> list[Path]:
    if not (program.is_file() and os.access(program, os.X_OK)):
        raise SystemExit(f"{program} is not an executable program: run `make setup` (or `make bundle`) first")
    entry = desktop_file()
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(TEMPLATE.read_text(encoding="utf-8").replace("@EXEC@", quote_exec(str(program))), "utf-8")
    svg, *pngs = icon_files()
    svg.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ICON_SVG, svg)
    render_pngs(ICON_SVG, list(zip(PNG_SIZES, pngs, strict=True)))
    refresh_caches()
    return [entry, svg, *pngs]


def uninstall() -> list[Path]:
    removed = [p for p in (desktop_file(), *icon_files()) if p.exists()]
    for path in removed:
        path.unlink()
    refresh_caches()
    return removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="desktop.py", description="Pitlane's menu entry and icon, for this user")
    sub = parser.add_subparsers(dest="action", required=True)
    inst = sub.add_parser("install", help="write the menu entry and the icons")
    inst.add_argument("--exec", dest="program", type=Path, default=None, help="the program the entry starts")
    sub.add_parser("uninstall", help="remove them")
    icon = sub.add_parser("icon", help="render the icon to one PNG file")
    icon.add_argument("out", type=Path)
    icon.add_argument("--size", type=int, default=256)
    args = parser.parse_args(argv)
    if args.action == "icon":
        render_pngs(ICON_SVG, [(args.size, args.out)])
        print(args.out)
    elif args.action == "install":
        program = (args.program or default_program()).absolute()
        written = install(program)
        print(f"Pitlane is in the applications menu ({written[0]}), starting {program}.")
        print(f"Icons: {written[1].parent.parent.parent} ({len(written) - 1} files).")
    else:
        removed = uninstall()
        print(f"Removed {len(removed)} files." if removed else "Nothing to remove.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
