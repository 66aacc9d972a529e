"""The composition root: `bootstrap()` builds the engines, the bus and the shop.

Nothing is built at import time. `Shop.handle(command)` runs the command in one
transaction, then delivers the events it caused to every policy on this
terminal before it returns, so the caller reads its own writes at once.
"""

from __future__ import annotations

import getpass
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError, IntegrityError

from app import board, queries
from app.bus import EventBus
from app.db import Database, migrate, open_database
from app.documents import Documents, PdfError  # noqa: F401 (PdfError is raised through Shop)
from app.faults import DatabaseUnavailable, is_fault, loggable, translate_database_error  # noqa: F401 (re-exported)
from app.handlers import HandlerSettings, mechanic, reception, shop, vehicleparts
from app.repositories import EventLogRepository
from app.settings import Settings
from app.uow import Clock, LoggedEvent, UnitOfWork, local_now
from app.watch import Watcher
from domain.errors import Conflict, DomainError, NotFound
from domain.events import Event
from domain.messages import Command

log = logging.getLogger(__name__)

CONTEXTS = (reception, mechanic, shop, vehicleparts)


class UpdateWaiting(DomainError):
    """An earlier event about the same receipt, job or invoice is still waiting for a policy."""


#: Seconds before an event whose policy failed is retried again ahead of a command.
RETRY_BACKOFF = 5.0


class Shop:
    """The running shop on this terminal: commands in, read models and invoices out."""

    def __init__(self, db: Database, settings: Settings, actor: str, clock: Clock = local_now) -> None:
        self.db = db
        self.settings = settings
        self.actor = actor
        self.terminal = settings.terminal_name
        self.clock = clock
        self.invoice_dir = Path(settings.invoice_dir)
        self._handler_settings = HandlerSettings(
            settings.vat_rate, settings.invoice_number_format, settings.credit_note_number_format
        )
        self.bus = EventBus(self._handler_settings)
        self._handlers: dict[type, Callable[..., Any]] = {}
        for context in CONTEXTS:
            self._handlers.update(context.COMMAND_HANDLERS)
            for spec in context.POLICIES:
                self.bus.subscribe(spec)
        self._lock = threading.RLock()
        #: Invoice, credit note and Z report PDFs, written after commit (app.documents).
        self.documents = Documents(db, settings, self._lock)
        self._after_commit: list[Callable[[list[LoggedEvent]], None]] = [self.documents.schedule_for]
        self._closed = False
        self._retry_after: dict[int, float] = {}
        self._watchers: list[Watcher] = []

    # -- commands -----------------------------------------------------------------
    def uow(self, actor: str | None = None) -> UnitOfWork:
        return UnitOfWork(self.db, actor or self.actor, self.terminal, board.project, self.bus, self.clock)

    def handle(self, command: Command, actor: str | None = None) -> Any:
        """Run a command and every policy it sets off, in one transaction; returns its result.

        The policies run inside the command's transaction, each in a savepoint: the
        command and everything it caused on this terminal commit together, and a
        failing policy is logged and left pending without breaking the command.
        """
        handler = self._handlers.get(type(command))
        if handler is None:
            raise DomainError(f"Pitlane does not know the command {type(command).__name__}.")
        command = command.validated()
        with self._lock:
            try:
                with self.uow(actor) as uow:
                    retried, waiting = self._retry_pending(uow)
                    _refuse_if_waiting(command, waiting)
                    result = handler(command, uow, self._handler_settings)
                    logged = uow.commit(retried)
            except IntegrityError as exc:
                # Writers take turns, so a constraint should never fire: log it loudly.
                log.error("command %s refused by a database constraint: %s", type(command).__name__, exc.orig)
                raise Conflict(
                    "This clashes with something already recorded, so nothing was saved. "
                    "Check the details; if it happens again, tell the administrator (see the log)."
                ) from None
            except DBAPIError as exc:
                if not is_fault(exc):
                    raise
                log.error("command %s: the database refused it: %s", type(command).__name__, loggable(exc))
                raise translate_database_error(exc) from None
            self._notify(logged)
        return result

    def _retry_pending(self, uow: UnitOfWork) -> tuple[list[LoggedEvent], list[Event]]:
        """First deliver what a failed policy left pending, so no command overtakes it.

        One indexed query when nothing is pending (the usual case). Returns the
        events the retried policies caused, and the events still waiting: an event
        whose policy fails again is left alone for RETRY_BACKOFF seconds, and
        meanwhile commands about the same receipt, job or invoice are refused.
        """
        caused: list[LoggedEvent] = []
        waiting: list[Event] = []
        now = time.monotonic()
        for pending in uow.event_log.pending():
            if self._retry_after.get(pending.id, 0.0) > now:
                waiting.append(pending.event)
                continue
            more, ok = self.bus.deliver_checked(pending, uow, fresh=False)
            caused.extend(more)
            if ok:
                self._retry_after.pop(pending.id, None)
            else:
                self._retry_after[pending.id] = now + RETRY_BACKOFF
                waiting.append(pending.event)
        return caused, waiting

    def _deliver_again(self, pending: LoggedEvent) -> bool:
        """Deliver one event from the log in its own transaction; False if it stays pending."""
        try:
            with self.uow(pending.actor) as uow:
                caused, ok = self.bus.deliver_checked(pending, uow, fresh=False)
                logged = uow.commit(caused)
        except Exception:
            log.exception("delivering event #%d failed; it stays pending and will be retried", pending.id)
            return False
        self._notify(logged)
        return ok

    def deliver_pending(self) -> int:
        """Deliver events committed but not yet handled (after a crash); returns how many."""
        count = 0
        while True:
            with self.db.read.connect() as conn:
                batch = EventLogRepository(conn).pending(200)
            if not batch:
                return count
            with self._lock:
                delivered = [self._deliver_again(pending) for pending in batch]
            count += len(batch)
            if not all(delivered):
                log.warning("some events could not be delivered; see the log above")
                return count

    # -- after commit ---------------------------------------------------------------
    def on_commit(self, callback: Callable[[list[LoggedEvent]], None]) -> None:
        """Call `callback(events)` after every commit on this terminal (the UI listens here)."""
        self._after_commit.append(callback)

    def watch(self, callback: Callable[[int], None], *, since: int | None = None) -> Watcher:
        """Call `callback(last_event_id)` from a background thread whenever any terminal commits events.

        PostgreSQL wakes it by LISTEN/NOTIFY, SQLite by a light poll of the event
        log's last id. Calls come one at a time, only when the id went up, and
        several commits may arrive as one call; read the changed board rows with
        `queries.board_rows_changed_after(conn, cursor)`. `since` is the id the
        caller has seen already (default: the last id now). Returns the running
        `app.watch.Watcher`; `watcher.stop()` or `close()` stops it.
        """
        watcher = Watcher(self.db.url, callback, since=since).start()
        self._watchers.append(watcher)
        return watcher

    def _notify(self, logged: list[LoggedEvent]) -> None:
        if not logged:
            return
        self.bus.committed.send(self, events=logged)
        for callback in list(self._after_commit):
            try:
                callback(logged)
            except Exception:
                log.exception("after-commit listener failed")

    # -- reads ------------------------------------------------------------------------
    def status_board(self, status: str | None = None, mechanic_id: int | None = None) -> list[queries.BoardRow]:
        """Every receipt's row, oldest first."""
        with self.db.read.connect() as conn:
            return queries.board_rows(conn, status, mechanic_id)

    def invoice(self, invoice_no: str) -> queries.InvoiceView:
        """Lines, subtotal, VAT, total, payments and balance of an invoice."""
        with self.db.read.connect() as conn:
            view = queries.invoice_view(conn, str(invoice_no))
        if view is None:
            raise NotFound(f"There is no invoice {invoice_no}.")
        return view

    def query(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a read query from app.queries on a read connection."""
        with self.db.read.connect() as conn:
            return fn(conn, *args, **kwargs)

    # -- invoice PDFs -------------------------------------------------------------------
    def invoice_pdf(self, invoice_no: str) -> Path:
        """The invoice's PDF, waiting for the background render or rendering it again."""
        return self.documents.pdf(invoice_no)

    def render_pdf_bytes(self, invoice_no: str) -> bytes:
        """The invoice's PDF as issued (payments taken later are not on it)."""
        return self.documents.render(invoice_no)[1]

    # -- maintenance ----------------------------------------------------------------------
    def rebuild_board(self) -> int:
        """Re-project the board from the event log; returns how many events were applied."""
        with self._lock, self.db.write.begin() as conn:
            return board.rebuild(conn)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        for watcher in self._watchers:
            watcher.stop()
        self.documents.close()
        self.db.dispose()


def _refuse_if_waiting(command: Command, waiting: list[Event]) -> None:
    """Refuse a command on a receipt, job or invoice that still has an update waiting.

    Acting on it now could contradict what the waiting update will record (e.g.
    cancel a receipt whose job has in fact started).
    """
    for event in waiting:
        for key in ("receipt_id", "job_id", "invoice_no"):
            value = getattr(command, key, None)
            if value is not None and getattr(event, key, None) == value:
                raise UpdateWaiting(
                    f"An earlier update of this {key.split('_')[0]} ({event.event_type}) could not be "
                    "applied yet, so nothing was saved. Try again in a moment; if it goes on, tell "
                    "the administrator (python -m app deliver-pending, and the log)."
                )


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
    settings = settings or Settings()
    changes: dict[str, Any] = {}
    if database_url is not None:
        changes["database_url"] = database_url
    if invoice_dir is not None:
        changes["invoice_dir"] = Path(invoice_dir)
    if terminal is not None:
        changes["terminal_name"] = terminal
    if vat_rate is not None:
        changes["vat_rate"] = _checked_vat_rate(vat_rate)
    settings = replace(settings, **changes)
    db = open_database(settings.database_url)
    migrate(db, settings)
    shop_ = Shop(db, settings, actor or _login_name(), clock)
    if deliver_pending:
        shop_.deliver_pending()
        shop_.documents.schedule_missing()  # PDFs a crash or a full disk kept from being written
    return shop_


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
