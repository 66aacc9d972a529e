"""`make bundle-smoke`: the bundle starts on its own, renders every screen, and what it drew is not blank.

    python packaging/smoke.py [PROGRAM] [--out DIR]     # PROGRAM: dist/pitlane/pitlane by default

Runs `PROGRAM --demo --lang ko --screenshot DIR` with the offscreen platform, from
an empty folder and with fresh XDG folders (so nothing of the source checkout or of
the user's shop is used), then checks: exit status 0, every screen's PNG written at
the desk size, each with enough distinct colours to be a drawn screen, no warning or
error in the bundle's pitlane.log (a missing translation or resource is logged
there), and the demo's temporary folder removed. Exits 1 naming what failed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREENS = ("reception", "mechanic", "parts", "board", "invoice", "mechanics", "wall")
MIN_SIZE = (1440, 900)
MIN_COLOURS = 64  # a blank or single-colour image has a handful; a drawn screen has thousands


def distinct_colours(path: Path, limit: int = 4096) -> int:
    """How many distinct colours the image has (counted on a 1-in-4 grid, up to `limit`)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    if image.isNull():
        return 0
    seen: set[int] = set()
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            seen.add(image.pixel(x, y))
            if len(seen) >= limit:
                return len(seen)
    return len(seen)


def image_size(path: Path) -> tuple[int, int]:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    return image.width(), image.height()


def smoke(program: Path, out: Path) -> list[str]:
    """The problems found (empty: the bundle works)."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="pitlane-smoke-") as tmp:
        home = Path(tmp)
        scratch = home / "tmp"
        scratch.mkdir()
        foreign = ("PYTHON", "PITLANE_", "QT_", "VIRTUAL_ENV")  # nothing of this checkout's environment
        env = {k: v for k, v in os.environ.items() if not k.startswith(foreign)}
        env.update(
            QT_QPA_PLATFORM="offscreen",
            XDG_DATA_HOME=str(home / "data"),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_CACHE_HOME=str(home / "cache"),
            TMPDIR=str(scratch),
        )
        done = subprocess.run(
            [str(program), "--demo", "--lang", "ko", "--screenshot", str(out)],
            cwd=home,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if done.returncode != 0:
            problems.append(f"exit status {done.returncode}: {done.stderr.strip()[-2000:]}")
        for name in SCREENS:
            png = out / f"{name}.png"
            if not png.is_file():
                problems.append(f"{png} was not written")
                continue
            width, height = image_size(png)
            if width < MIN_SIZE[0] or height < MIN_SIZE[1]:
                problems.append(f"{png} is {width}x{height}, smaller than {MIN_SIZE[0]}x{MIN_SIZE[1]}")
            colours = distinct_colours(png)
            if colours < MIN_COLOURS:
                problems.append(f"{png} looks blank ({colours} distinct colours)")
        log = home / "data" / "pitlane" / "logs" / "pitlane.log"
        if not log.is_file():
            problems.append(f"no log written at {log}")
        else:
            bad = [line for line in log.read_text("utf-8").splitlines() if " WARNING " in line or " ERROR " in line]
            problems += [f"pitlane.log: {line}" for line in bad]
        left = sorted(p.name for p in scratch.iterdir())
        if left:
            problems.append(f"the demo left {', '.join(left)} in its temporary folder")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="smoke.py", description=__doc__.splitlines()[0])
    default = ROOT / "dist" / "pitlane" / ("pitlane.exe" if os.name == "nt" else "pitlane")
    parser.add_argument("program", nargs="?", type=Path, default=default)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bundle-screenshots")
    args = parser.parse_args(argv)
    if not args.program.is_file():
        print(f"{args.program} does not exist: run `make bundle` first", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("*.png"):
        old.unlink()
    problems = smoke(args.program.resolve(), args.out.resolve())
    if problems:
        print("Bundle smoke test FAILED:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    print(f"Bundle smoke test passed: {len(SCREENS)} screens rendered by {args.program} into {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
