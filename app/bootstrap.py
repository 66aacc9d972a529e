"""The composition root: `bootstrap()` builds the database, the buses and the shop, and wires them.

Nothing is built at import time. The running `Shop` is app.shop's; commands go
through app.messagebus.
"""

from __future__ import annotations

import getpass
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from app.board import projection
from app.contexts import CONTEXTS
from app.db import migrate, open_database
from app.documents import Documents
from app.documents import PdfError as PdfError  # published here before app.documents existed
from app.files import remove_stale_parts
from app.handling import CommandHandler, HandlerSettings
from app.holidays import warm as warm_holidays
from app.messagebus import DatabaseUnavailable as DatabaseUnavailable
from app.messagebus import EventBus, MessageBus
from app.messagebus import UpdateWaiting as UpdateWaiting
from app.permissions import DiscountLimit
from app.settings import Settings
from app.shop import Shop as Shop
from app.uow import Clock, UnitOfWork, local_now
from app.users.guard import Guard


def bootstrap(
    database_url: str | None = None,
    invoice_dir: str | Path | None = None,
    *,
    settings: Settings | None = None,
    actor: str | None = None,
    terminal: str | None = None,
    vat_rate: Decimal | str | None = None,
    clock: Clock = local_now,
    deliver_pending: bool = True,
) -> Shop:
    """Open (and migrate to head) the shop's database and return the running `Shop`."""
    settings = _overridden(settings or Settings(), database_url, invoice_dir, terminal, vat_rate)
    db = open_database(settings.database_url)
    migrate(db, settings)

    handler_settings = HandlerSettings(
        settings.vat_rate,
        settings.invoice_number_format,
        settings.credit_note_number_format,
        lockout_minutes=settings.lockout_minutes,
    )
    events = EventBus(handler_settings)
    handlers: dict[type, CommandHandler] = {}
    for context in CONTEXTS:
        handlers.update(context.COMMAND_HANDLERS)
        for spec in context.POLICIES:
            events.subscribe(spec)

    def unit_of_work(actor: str, *, user_id: int | None = None, role: str = "") -> UnitOfWork:
        # The shop's clock, read at each unit of work (the demo sets the times of its past day).
        return UnitOfWork(
            db,
            actor,
            settings.terminal_name,
            projection.project,
            events,
            lambda: shop.clock(),
            user_id=user_id,
            role=role,
        )

    bus = MessageBus(db, unit_of_work, handlers, events, handler_settings)
    guard = Guard(DiscountLimit(settings.discount_limit_amount, settings.discount_limit_percent))
    bus.authorise = lambda uow, command, user: guard.check(uow.conn, command, user)
    documents = Documents(db, settings, bus.lock)
    bus.after_commit.append(documents.schedule_for)
    shop = Shop(db, settings, bus, documents, actor or _login_name(), clock)
    warm_holidays(clock().date())  # the calendar is ready before the first booking (it took ~0.2 s there)
    if deliver_pending:
        remove_stale_parts(settings.invoice_dir)  # half-written PDFs of a terminal that died mid-write
        shop.deliver_pending()
        documents.schedule_missing()  # PDFs a crash or a full disk kept from being written
    return shop


def _overridden(
    settings: Settings,
    database_url: str | None,
    invoice_dir: str | Path | None,
    terminal: str | None,
    vat_rate: Decimal | str | None,
) -> Settings:
    changes: dict[str, Any] = {}
    if database_url is not None:
        changes["database_url"] = database_url
    if invoice_dir is not None:
        changes["invoice_dir"] = Path(invoice_dir)
    if terminal is not None:
        changes["terminal_name"] = terminal
    if vat_rate is not None:
        changes["vat_rate"] = _checked_vat_rate(vat_rate)
    return replace(settings, **changes)


def _checked_vat_rate(value: Decimal | str) -> Decimal:
    try:
        rate = Decimal(str(value).strip())
    except InvalidOperation:
        raise ValueError(f"VAT rate {value!r} is not a number; use a fraction such as 0.10 for 10 %.") from None
    if not rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        raise ValueError(f"VAT rate {value!r} must be a fraction from 0 up to 1, such as 0.10 for 10 %.")
    return rate


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"
