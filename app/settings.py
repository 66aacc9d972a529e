"""Settings the application runs with (profiles load into this; see app.profiles)."""

from __future__ import annotations

import socket
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path


def user_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path("pitlane", appauthor=False)


def default_database_url() -> str:
    return f"sqlite:///{user_data_dir() / 'pitlane.db'}"


def default_invoice_dir() -> Path:
    return user_data_dir() / "invoices"


#: What a terminal is for (the `role` setting): every screen, or the one station's.
TERMINAL_ROLES = ("all", "reception", "mechanic", "parts", "board", "manager")


@dataclass(frozen=True)
class ShopDetails:
    """The letterhead printed on invoices."""

    name: str = "Pitlane Motors"
    address: str = ""
    business_no: str = ""
    phone: str = ""
    #: 대표자 and 정비업 등록번호: printed on the repair statement (자동차 점검·정비 명세서).
    owner: str = ""
    repair_registration_no: str = ""


@dataclass(frozen=True)
class Settings:
    database_url: str = field(default_factory=default_database_url)
    invoice_dir: Path = field(default_factory=default_invoice_dir)
    vat_rate: Decimal = Decimal("0.10")
    currency: str = "KRW"
    invoice_number_format: str = "{year}-{seq:06d}"
    credit_note_number_format: str = "CN{year}-{seq:06d}"
    shop: ShopDetails = field(default_factory=ShopDetails)
    font_path: str = ""
    log_level: str = "INFO"
    terminal_name: str = field(default_factory=socket.gethostname)
    role: str = "all"
    #: The screens' language, "ko" or "en"; empty: the system's (`--lang` overrides it).
    language: str = ""
    #: Where automatic backups go; empty: a `backups` folder beside a SQLite shop's file
    #: (a PostgreSQL shop is backed up automatically only when this is set).
    backup_dir: str = ""
    #: Automatic backups kept: the newest of each of this many days, then of this many weeks.
    backup_keep_daily: int = 7
    backup_keep_weekly: int = 4
    #: How long five wrong PINs in a row lock a user out.
    lockout_minutes: int = 15
    #: Minutes without a key or a click before this terminal locks itself (0: never; the wall board's).
    idle_lock_minutes: int = 5
    #: Minutes a finished, unpaid car stays on the wall board after its last change (the finish and its bill);
    #: 0, the default: until it is paid for (collected).
    board_finished_minutes: int = 0
    #: The largest discount the desk may give without a manager, in won and in percent
    #: (app.permissions.DiscountLimit); 0 and 0, the default: every discount needs a manager.
    discount_limit_amount: int = 0
    discount_limit_percent: Decimal = Decimal(0)
