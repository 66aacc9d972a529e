"""The admin command line: migrate, demo, rebuild-board, check, and more.

Each verb is a function in COMMANDS taking the parsed arguments and returning
an exit code. Errors a person can fix are printed as one sentence, never as a
traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from app import backup_cli
from app.bootstrap import bootstrap
from app.profiles import ProfileError
from app.reception import till_cli
from app.redact import redact_handler
from app.reports import cli as reports_cli
from app.settings import Settings
from app.shop import Shop
from domain.errors import DomainError

log = logging.getLogger("pitlane.cli")


def _settings(args: argparse.Namespace) -> Settings:
    """The effective settings: profile (when app.profiles exists) then command-line options."""
    try:
        from app import profiles

        settings: Settings = profiles.load_settings(getattr(args, "profile", None))
    except ImportError:
        settings = Settings()
    return settings


#: Verbs that change the shop's data: once the shop has users, a manager signs in for them
#: (app.users.cli_signin). The others only read this shop (check, config, reprint, a preview, and
#: backup and copy-to, which write a copy elsewhere and leave the shop as it is), or only finish
#: what was committed already (deliver-pending: every start does it too). `demo` fills only a
#: shop that is entirely empty, and so has no users, and refuses any other.
CHANGES_DATA = frozenset({"rebuild-board", "day-close"})


def _open(args: argparse.Namespace) -> Shop:
    shop = bootstrap(
        database_url=args.database,
        invoice_dir=args.invoice_dir,
        settings=_settings(args),
        actor="admin",
    )
    if getattr(args, "command", None) in CHANGES_DATA and not getattr(args, "preview", False):
        from app.users.cli_signin import sign_in_manager

        try:
            sign_in_manager(shop, getattr(args, "user", None))
        except BaseException:
            shop.close()
            raise
    return shop


def cmd_migrate(args: argparse.Namespace) -> int:
    shop = _open(args)
    print(f"Database is up to date: {shop.db.url}")
    shop.close()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from app.demo import DemoRefused, fill_demo

    shop = _open(args)
    try:
        summary = fill_demo(shop)
    except DemoRefused as exc:
        # Not an error: the shop is already filled; nothing was added.
        print(f"{exc} Nothing was added.")
        return 0
    finally:
        shop.close()
    print(summary)
    return 0


def cmd_rebuild_board(args: argparse.Namespace) -> int:
    shop = _open(args)
    try:
        applied = shop.rebuild_board()
    finally:
        shop.close()
    print(f"Status board rebuilt from {applied:,} events.")
    return 0


def cmd_deliver_pending(args: argparse.Namespace) -> int:
    shop = _open(args)  # bootstrap delivers pending events already
    shop.close()
    print("Every committed event has been delivered.")
    return 0


def cmd_config(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from app import profiles

    loaded = profiles.load(getattr(args, "profile", None))
    overrides: dict[str, str] = {}
    if args.database:
        loaded = replace(loaded, settings=replace(loaded.settings, database_url=args.database))
        overrides["database_url"] = "--database"
    if args.invoice_dir:
        loaded = replace(loaded, settings=replace(loaded.settings, invoice_dir=args.invoice_dir))
        overrides["invoice_dir"] = "--invoice-dir"
    print(profiles.describe(loaded, overrides))
    return 0


def cmd_copy_to(args: argparse.Namespace) -> int:
    from app.copy import CopyRefused, copy_shop

    shop = _open(args)
    try:
        report = copy_shop(shop, args.url, progress=print)
    except CopyRefused as exc:
        print(f"pitlane: copy-to refused: {exc}", file=sys.stderr)
        return 2
    finally:
        shop.close()
    print(report.render())
    if not report.ok:
        return 1
    print("Done. Point every terminal at the new database (see docs/admin.md, 'Several machines').")
    return 0


def cmd_export_customer(args: argparse.Namespace) -> int:
    shop = _open(args)
    try:
        path = shop.export_customer(args.customer_id, args.path, args.format)
    finally:
        shop.close()
    print(path)
    return 0


def _export_customer_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("customer_id", metavar="CUSTOMER", type=int, help="the customer's record number")
    p.add_argument("path", metavar="PATH", type=Path, help="the file to write (readable by you only)")
    p.add_argument("--format", choices=("json", "csv"), default="json", help="json (default) or csv")


COMMANDS: dict[str, tuple[Callable[[argparse.Namespace], int], str]] = {
    "migrate": (cmd_migrate, "create or upgrade the database to the latest schema"),
    "demo": (cmd_demo, "fill an empty shop with realistic demo data"),
    "rebuild-board": (cmd_rebuild_board, "re-project the status board from the event log"),
    "check": (backup_cli.cmd_check, "verify every guarantee, reading only; exit 1 with a report on any breach"),
    "deliver-pending": (cmd_deliver_pending, "deliver events left undelivered by a crash"),
    "config": (cmd_config, "print the effective settings (passwords masked) and where each comes from"),
    "copy-to": (cmd_copy_to, "copy this shop onto an empty database (e.g. PostgreSQL), verify and check it"),
    "day-close": (till_cli.cmd_day_close, "close the till for a day: fix its Z report (PDF); --preview to look first"),
    "reprint": (till_cli.cmd_reprint, "the PDF of an invoice, credit note or Z report, identical to the one issued"),
    "backup": (backup_cli.cmd_backup, "write a verified backup of the shop while terminals keep working; prints where"),
    "restore": (backup_cli.cmd_restore, "replace the shop's database by a backup, verified first; keeps the old one"),
    "export-customer": (
        cmd_export_customer,
        "write everything held about one customer (JSON or CSV), for their request",
    ),
    "report": (reports_cli.cmd_report, "the manager's reports (sales, ...) for a range of days, as CSV or XLSX"),
}


def _copy_to_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("url", metavar="URL", help="the empty target database, e.g. postgresql://pitlane@server/pitlane")


#: Extra arguments of some verbs: name -> function adding them to its sub-parser.
ARGUMENTS: dict[str, Callable[[argparse.ArgumentParser], None]] = {
    "copy-to": _copy_to_arguments,
    "day-close": till_cli.day_close_arguments,
    "reprint": till_cli.reprint_arguments,
    "backup": backup_cli.backup_arguments,
    "restore": backup_cli.restore_arguments,
    "export-customer": _export_customer_arguments,
    "check": backup_cli.check_arguments,
    "report": reports_cli.report_arguments,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pitlane-admin", description="Pitlane administration (also: python -m app)")
    parser.add_argument("--database", metavar="URL", help="SQLAlchemy database URL (default: the profile's)")
    parser.add_argument("--invoice-dir", metavar="DIR", type=Path, help="folder for invoice PDFs")
    parser.add_argument("--profile", metavar="NAME", help="settings profile (dev, prd or your own)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    parser.add_argument(
        "--user", metavar="NAME", help="the manager who signs in for a command that changes data (the PIN is asked)"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (_fn, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        if name in ARGUMENTS:
            ARGUMENTS[name](p)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    for handler in logging.getLogger().handlers:
        redact_handler(handler)  # a database URL in a message never shows its password
    try:
        return COMMANDS[args.command][0](args)
    except ProfileError as exc:
        print(f"pitlane: {exc}", file=sys.stderr)
        return 2
    except DomainError as exc:
        from app.users.cli_signin import terminal_language

        print(f"Refused: {exc.render(terminal_language())}", file=sys.stderr)
        return 2
    except Exception as exc:  # a person reads this; the log has the details
        log.debug("command failed", exc_info=True)
        print(f"pitlane: {args.command} failed: {exc}", file=sys.stderr)
        return 2
