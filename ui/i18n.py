"""Qt translations: build the .qm files from resources/i18n/*.ts, install the chosen language.

    python -m ui.i18n build    # compile every .ts whose .qm is missing or older (the setup step)
    python -m ui.i18n update   # collect the source strings of ui/ and main.py into the .ts files

The source language is English; `pitlane_ko.ts` holds the Korean. The domain's
refusals and stored reasons do not go through Qt: they are rendered by code in
`language()`, the language `install` was given (see ui.domain_text). `build` uses the
`pyside6-lrelease` of the running interpreter's environment, so it works on a fresh
machine right after `pip install`, and does nothing (successfully) when nothing changed.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
I18N_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("ko", "en")
CATALOGUE = "pitlane"

_language = "en"


class ToolMissing(RuntimeError):
    """pyside6-lrelease / pyside6-lupdate could not be found."""


def _tool(name: str) -> str:
    """The PySide6 tool `name` ('lrelease' or 'lupdate') of this environment."""
    exe_dir = Path(sys.executable).parent
    candidates = [exe_dir / f"pyside6-{name}", exe_dir / f"pyside6-{name}.exe"]
    try:
        import PySide6

        pkg = Path(PySide6.__file__).parent
        candidates += [pkg / name, pkg / f"{name}.exe", pkg / "Qt" / "bin" / name]
    except ImportError:
        pass
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found:
        return found
    raise ToolMissing(f"pyside6-{name} was not found; install PySide6 in this environment (make setup).")


def qm_path(lang: str) -> Path:
    return I18N_DIR / f"{CATALOGUE}_{lang}.qm"


def build(force: bool = False) -> list[Path]:
    """Compile each .ts to .qm when the .qm is missing or older; returns the files written."""
    written: list[Path] = []
    for ts in sorted(I18N_DIR.glob(f"{CATALOGUE}_*.ts")):
        qm = ts.with_suffix(".qm")
        if not force and qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def update() -> list[Path]:
    """Refresh every .ts from the sources (keeps the translations already made)."""
    sources = [*sorted(str(p) for p in (ROOT / "ui").rglob("*.py")), str(ROOT / "main.py")]
    targets = [I18N_DIR / f"{CATALOGUE}_{lang}.ts" for lang in LANGUAGES if lang != "en"]
    for ts in targets:
        subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", *sources, "-ts", str(ts)], check=True)
        _indent(ts)
    return targets


def _indent(ts: Path) -> None:
    """Write `ts` in the layout it is kept in (lupdate's own differs), so a diff shows only what changed."""
    import xml.etree.ElementTree as ET

    root = ET.parse(ts).getroot()
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body, encoding="utf-8")


def system_language() -> str:
    """'ko' on a Korean system, else 'en'."""
    from PySide6.QtCore import QLocale

    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def language() -> str:
    """The terminal's language ('ko' or 'en'): what the screens, and the domain's messages, are shown in."""
    return _language


def install(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install Pitlane's and Qt's own translations for `lang`; keep the list (Qt does not)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    global _language
    _language = "ko" if lang == "ko" else "en"
    QLocale.setDefault(QLocale(QLocale.Language.Korean if lang == "ko" else QLocale.Language.English))
    if lang == "en":
        return []
    installed: list[QTranslator] = []
    qm = qm_path(lang)
    ts = qm.with_suffix(".ts")
    if ts.is_file() and (not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime):
        try:
            build()
        except (ToolMissing, subprocess.CalledProcessError, OSError) as exc:
            log.warning("could not compile translations (%s); run `python -m ui.i18n build`", exc)
    ours = QTranslator(app)
    if ours.load(str(qm)):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no translation %s; the screens stay in English", qm)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed


def main(argv: list[str]) -> int:
    verb = argv[0] if argv else "build"
    try:
        if verb == "build":
            written = build(force="--force" in argv)
            print(f"translations: {len(written)} compiled" if written else "translations: up to date")
        elif verb == "update":
            for ts in update():
                print(f"updated {ts.relative_to(ROOT)}")
        else:
            print("usage: python -m ui.i18n [build [--force] | update]")
            return 2
    except (ToolMissing, subprocess.CalledProcessError) as exc:
        print(f"translations: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
