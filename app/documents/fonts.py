"""Finding an embeddable TrueType font that renders Korean, at run time.

Order: the profile's `font_path`, then fontconfig, then well-known paths on
Linux, Windows and macOS. Font files are not shipped with the code.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from domain.texts import Message

KNOWN_REGULAR = (
    "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
    "/usr/share/fonts/nanum/NanumGothic.ttf",
    "C:/Windows/Fonts/malgun.ttf",
    "/Library/Fonts/NanumGothic.ttf",
    "/System/Library/Fonts/Supplemental/AppleGothic.ttf",
)
KNOWN_BOLD = {
    "NanumGothic.ttf": "NanumGothicBold.ttf",
    "malgun.ttf": "malgunbd.ttf",
}


class FontNotFound(Exception):
    """No TrueType font that renders Korean was found; `text` says what to install or set, by code."""

    def __init__(self, code: str, /, **params: object) -> None:
        self.text = Message(code, params)
        super().__init__(code)

    def __str__(self) -> str:
        return self.text.render("en")


@dataclass(frozen=True)
class FontPair:
    regular: Path
    bold: Path


def _bold_beside(regular: Path) -> Path:
    bold_name = KNOWN_BOLD.get(regular.name)
    if bold_name and (regular.parent / bold_name).is_file():
        return regular.parent / bold_name
    return regular


def _fontconfig() -> Path | None:
    if shutil.which("fc-match") is None:
        return None
    for family in ("NanumGothic", "Malgun Gothic", "NanumBarunGothic"):
        try:
            out = subprocess.run(
                ["fc-match", "-f", "%{file}", f"{family}:lang=ko"],
                capture_output=True,
                text=True,
                timeout=5,
                check=False,
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return None
        if out.lower().endswith(".ttf") and Path(out).is_file() and family.split()[0].lower() in out.lower():
            return Path(out)
    return None


def find_korean_font(setting: str = "") -> FontPair:
    """The font to embed in PDFs, or FontNotFound with what to install or set."""
    if setting:
        path = Path(setting).expanduser()
        if not path.is_file() or path.suffix.lower() != ".ttf":
            raise FontNotFound("common.font_path_not_ttf", setting=setting)
        return FontPair(path, _bold_beside(path))
    found = _fontconfig()
    if found is None:
        found = next((Path(p) for p in KNOWN_REGULAR if Path(p).is_file()), None)
    if found is None:
        raise FontNotFound("common.no_korean_font")
    return FontPair(found, _bold_beside(found))
