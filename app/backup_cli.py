"""The data-safety verbs of the admin command line: `backup`, `restore` and the read-only `check`.

Registered in app.cli. None of them opens the shop (no bootstrap: nothing is
migrated, delivered or written besides the backup or the restored database).
A refusal is one sentence on stderr: exit 1 for a bad backup file or a
restore not done, 2 for a database Pitlane will not open.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from app.backup import Progress
from app.settings import Settings
from domain.errors import DomainError

#: A copy smaller than this shows no progress: it is over before anyone could read it.
PROGRESS_FROM_PAGES = 5_000


def backup_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", metavar="PATH", nargs="?", type=Path, help="where to write it (default: the backups folder)")


def restore_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", metavar="PATH", type=Path, help="the backup file to restore")
    p.add_argument("--yes", action="store_true", help="do not ask before replacing the shop's database")
    p.add_argument(
        "--wait",
        metavar="SECONDS",
        type=float,
        default=None,
        help="how long the other terminals, told to stop, have to close the shop (default 15)",
    )


def _settings(args: argparse.Namespace) -> Settings:
    from app.cli import _settings as profile_settings

    settings = profile_settings(args)
    if args.database:
        settings = replace(settings, database_url=args.database)
    return settings


def terminal_progress(stream: TextIO | None = None) -> Progress:
    """Progress of a large copy on the terminal: one line redrawn in place (or a line per 10 % in a log)."""
    out = stream or sys.stderr
    shown = {"tenth": -1}

    def progress(done: int, total: int) -> None:
        if total < PROGRESS_FROM_PAGES:
            return
        percent = 100 * done // max(total, 1)
        if out.isatty():
            out.write(f"\r  {percent:3d} % ({done:,} of {total:,} pages)")
            if done >= total:
                out.write("\n")
        elif percent // 10 > shown["tenth"]:
            shown["tenth"] = percent // 10
            out.write(f"  {percent:3d} % ({done:,} of {total:,} pages)\n")
        out.flush()

    return progress


def cmd_backup(args: argparse.Namespace) -> int:
    from app.backup import make_backup

    settings = _settings(args)
    result = make_backup(settings.database_url, settings, args.path, progress=terminal_progress())
    print(result.describe())
    if result.report is not None and not result.report.ok:
        print(result.report.render())
        print(
            "The backup is kept (it is a faithful copy), but the shop itself breaks the guarantees above: "
            "run python -m app check and tell whoever supports the shop."
        )
        return 1
    return 0


def cmd_restore(args: argparse.Namespace, ask: Callable[[str], str] = input) -> int:
    from app.restore import restore_backup

    settings = _settings(args)

    def confirm(question: str) -> bool:
        if args.yes:
            return True
        try:
            answer = ask(f"{question} [y/N] ")
        except EOFError:
            return False
        return answer.strip().lower() in ("y", "yes", "예", "네")

    print("Restore: every other terminal of this shop is told to stop Pitlane before the backup is written.")
    try:
        restored = restore_backup(
            args.path,
            settings.database_url,
            settings,
            confirm=confirm,
            progress=terminal_progress(),
            say=print,
            wait=args.wait,
        )
    except DomainError as exc:
        if exc.code.startswith(("common.restore.", "common.backup.", "common.shop_file.")):
            print(f"pitlane: {exc}", file=sys.stderr)
            return 1
        raise
    print(restored.describe())
    return 0


def check_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--against-z",
        nargs=2,
        metavar=("Z-NUMBER", "CODE"),
        help="verify the history before that Z report's close against the chain code printed on its paper copy",
    )


def cmd_check(args: argparse.Namespace) -> int:
    from app.checks import check_database

    settings = _settings(args)
    if getattr(args, "against_z", None):
        return _check_against_z(settings, *args.against_z)
    report = check_database(settings.database_url, settings)
    print(report.render())
    return 0 if report.ok else 1


def _check_against_z(settings: Settings, z_no: str, code: str) -> int:
    """`check --against-z`: exit 0 when the history before the close gives the printed code, else 1."""
    from app.checks import snapshot
    from app.db import open_read_only
    from app.integrity import against_z

    engine = open_read_only(settings.database_url)
    try:
        with snapshot(engine) as conn:
            result = against_z(conn, z_no, code)
    finally:
        engine.dispose()
    print(result.message, file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else 1
