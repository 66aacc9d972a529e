"""Formatting at the edge: money, ages, times and status names as people read them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from ui.tr import QT_TRANSLATE_NOOP

CURRENCY_SYMBOLS = {"KRW": "₩", "USD": "$", "EUR": "€", "JPY": "¥"}
_currency_symbol = "₩"

#: Job status (the board's `job_status`) -> label; translated in the "Status" context.
STATUS_LABELS = {
    "requested": QT_TRANSLATE_NOOP("Status", "Requested"),
    "created": QT_TRANSLATE_NOOP("Status", "Waiting"),
    "started": QT_TRANSLATE_NOOP("Status", "In work"),
    "finished": QT_TRANSLATE_NOOP("Status", "Finished"),
    "rejected": QT_TRANSLATE_NOOP("Status", "Rejected"),
    "cancelled": QT_TRANSLATE_NOOP("Status", "Cancelled"),
    # receipts (reception context) and part requests have a few more
    "accepted": QT_TRANSLATE_NOOP("Status", "Accepted"),
    "in_work": QT_TRANSLATE_NOOP("Status", "In work"),
    "provided": QT_TRANSLATE_NOOP("Status", "Provided"),
    "returned": QT_TRANSLATE_NOOP("Status", "Returned"),
    # estimates (견적) and additional work
    "open": QT_TRANSLATE_NOOP("Status", "Open"),
    "approved": QT_TRANSLATE_NOOP("Status", "Approved"),
    "declined": QT_TRANSLATE_NOOP("Status", "Declined"),
    "proposed": QT_TRANSLATE_NOOP("Status", "Proposed"),
}

#: Receipt status (reception context) -> the board status with the same colour.
RECEIPT_TO_BOARD = {"accepted": "created", "in_work": "started"}


def set_currency(code: str) -> None:
    """Use the symbol of the shop's currency (a setting) for every amount shown."""
    global _currency_symbol
    _currency_symbol = CURRENCY_SYMBOLS.get(code.upper(), code.upper() + " ")


def money(won: int | None) -> str:
    """₩1,234,000 (KRW has no minor unit); '' for no amount."""
    if won is None:
        return ""
    sign = "-" if won < 0 else ""
    return f"{sign}{_currency_symbol}{abs(won):,}"


def parse_money(text: str) -> int | None:
    """'₩1,234,000', '1234000' or '1 234 000' -> 1234000; None when it is not a whole amount."""
    cleaned = text.strip().replace(_currency_symbol.strip(), "").replace("₩", "").replace("원", "")
    cleaned = "".join(cleaned.replace(",", "").split())
    if not cleaned.isdigit():
        return None
    return int(cleaned)


def status_label(status: str) -> str:
    label = STATUS_LABELS.get(status)
    return QCoreApplication.translate("Status", label) if label else status


def parse_time(iso: str) -> datetime | None:
    try:
        stamp = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return None
    return stamp if stamp.tzinfo else stamp.astimezone()


def age(iso: str, now: datetime | None = None) -> str:
    """How long ago: '12 min', '3 h 5 min', '4 d'."""
    since = parse_time(iso)
    if since is None:
        return ""
    now = now or datetime.now().astimezone()
    minutes = max(0, int((now - since).total_seconds() // 60))
    if minutes < 60:
        return QCoreApplication.translate("Age", "{m} min").format(m=minutes)
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return QCoreApplication.translate("Age", "{h} h {m} min").format(h=hours, m=minutes)
    return QCoreApplication.translate("Age", "{d} d").format(d=hours // 24)


def short_time(iso: str, now: datetime | None = None) -> str:
    """'14:05' today, '11-21 14:05' this year, '2024-11-21' before."""
    stamp = parse_time(iso)
    if stamp is None:
        return iso
    now = now or datetime.now().astimezone()
    if stamp.date() == now.date():
        return stamp.strftime("%H:%M")
    if stamp.year == now.year:
        return stamp.strftime("%m-%d %H:%M")
    return stamp.strftime("%Y-%m-%d")
