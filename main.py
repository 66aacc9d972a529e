"""Pitlane desktop client: `python main.py [--role ROLE] [--database URL] [--lang ko|en] [--demo]`."""

from __future__ import annotations

import argparse
import sys

ROLES = ("reception", "mechanic", "parts", "board", "manager", "all")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="pitlane", description="Pitlane — point of sale and shop management for vehicle repair shops."
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="SQLAlchemy URL (default: the profile's, else a file in your user data folder)",
    )
    parser.add_argument(
        "--role",
        choices=ROLES,
        help="what this terminal is for (default: the profile's, else all); board opens full-screen as a wall display",
    )
    parser.add_argument("--lang", choices=("ko", "en"), help="language (default: the system's)")
    parser.add_argument("--demo", action="store_true", help="a fresh demo shop in a temporary folder")
    parser.add_argument("--profile", metavar="NAME", help="settings profile (dev, prd or your own)")
    parser.add_argument("--screenshot", metavar="DIR", help="render every screen to DIR/<screen>.png and exit")
    parser.add_argument(
        "--size",
        metavar="WxH",
        type=screen_size,
        help="with --screenshot: the screen size to render at, e.g. 1024x768 (default 1440x900, the wall 1920x1080)",
    )
    return parser.parse_args(argv)


def screen_size(text: str) -> tuple[int, int]:
    """`1024x768` → (1024, 768); a clear message for anything else."""
    width, sep, height = text.lower().replace("×", "x").partition("x")
    if not sep or not width.isdigit() or not height.isdigit() or int(width) < 320 or int(height) < 240:
        raise argparse.ArgumentTypeError(f"{text!r} is not a screen size like 1024x768")
    return int(width), int(height)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not system_libraries_ok():
        return 3
    from ui.app import run

    return run(args)


def system_libraries_ok() -> bool:
    """Before Qt loads (Linux): name a missing system library and its apt package instead of Qt's abort."""
    from app.syslibs import check

    report = check()
    if not report.ok:
        print(report.render(), file=sys.stderr)
    return not report.fatal


if __name__ == "__main__":
    sys.exit(main())
