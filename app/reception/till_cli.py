"""The till's verbs of the admin command line: `day-close` and `reprint` (registered in app.cli)."""

from __future__ import annotations

import argparse
import sys

from app.documents import ReprintDiffers
from app.reception import till
from domain.billing.day import ZReport
from domain.commands import CloseDay


def day_close_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--day", metavar="YYYY-MM-DD", default="", help="the business day to close (default: today)")
    p.add_argument("--preview", action="store_true", help="show the day's figures so far; close nothing")


def reprint_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("number", metavar="NUMBER", help="an invoice, credit note or Z report number")


def describe_report(report: ZReport) -> str:
    lines = [f"{report.z_no or 'Not closed yet'} — business day {report.day}"]
    if report.closed_at:
        lines.append(f"closed {report.closed_at} by {report.closed_by} on {report.terminal}")
    if report.chain_code:
        lines.append(f"chain code: {report.chain_code} (python -m app check --against-z {report.z_no} CODE)")
    lines.append(f"{'method':<10}{'payments':>16}{'refunds':>16}{'net':>16}")
    for m in report.methods:
        lines.append(f"{m.method:<10}{m.payments:>16,}{-m.refunds:>16,}{m.net:>16,}")
    lines.append(f"{'total':<10}{report.payments_total:>16,}{-report.refunds_total:>16,}{report.net_total:>16,}")
    lines.append(
        f"invoices issued: {len(report.invoices):,} totalling {report.invoices_total:,} (VAT {report.invoices_vat:,})"
    )
    lines.append(f"credit notes: {len(report.credit_notes):,} totalling {-report.credit_notes_total:,}")
    lines.append(f"net sales: {report.net_sales:,}")
    lines.append(f"still owed: {report.open_balances_total:,} on {len(report.open_balances):,} invoice(s)")
    return "\n".join(lines)


def cmd_day_close(args: argparse.Namespace) -> int:
    from app.cli import _open

    shop = _open(args)
    try:
        day = CloseDay(args.day).validated().day or shop.clock().date().isoformat()
        if args.preview:
            report = shop.query(till.day_summary, day)
            print(describe_report(report))
            return 0
        z_no = shop.handle(CloseDay(day))
        report = shop.query(till.z_report, z_no)
        print(describe_report(report))
        print(f"Z report PDF: {shop.documents.pdf(z_no)}")
        return 0
    finally:
        shop.close()


def cmd_reprint(args: argparse.Namespace) -> int:
    from app.cli import _open

    shop = _open(args)
    try:
        path = shop.documents.reprint(args.number)
    except ReprintDiffers as exc:
        print(f"pitlane: {exc}", file=sys.stderr)
        return 1
    finally:
        shop.close()
    print(f"{path} (identical to the issued PDF)")
    return 0
