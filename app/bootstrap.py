"""The composition root: `bootstrap()` builds the engines, the bus and the shop.

Nothing is built at import time. `Shop.handle(command)` runs the command in one
transaction, then delivers the events it caused to every policy on this
terminal before it returns, so the caller reads its own writes at once.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from app import board, queries
from app import schema as s
from app.bus import EventBus
from app.db import Database, migrate, open_database
from app.fonts import find_korean_font
from app.handlers import HandlerSettings, mechanic, reception, shop, vehicleparts
from app.invoice_pdf import render_invoice_pdf
from app.serialization import from_json
from app.settings import Settings
from app.uow import Clock, LoggedEvent, UnitOfWork, local_now
from domain.errors import Conflict, DomainError, NotFound
from domain.events import BillIssued
from domain.messages import Command

log = logging.getLogger(__name__)

CONTEXTS = (reception, mechanic, shop, vehicleparts)


class PdfError(Exception):
    """The invoice is safe in the database, but its PDF could not be written."""


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
        self._pdf_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pitlane-pdf")
        self._pdf_jobs: dict[str, Future[Path]] = {}
        self._after_commit: list[Callable[[list[LoggedEvent]], None]] = [self._schedule_pdfs]
        self._closed = False

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
        command = command.validated()  # type: ignore[attr-defined]
        with self._lock:
            try:
                with self.uow(actor) as uow:
                    result = handler(command, uow, self._handler_settings)
                    logged = uow.commit()
            except IntegrityError as exc:
                log.info("command %s refused by a constraint: %s", type(command).__name__, exc.orig)
                raise Conflict(
                    "Someone changed the same record at the same moment; nothing was saved. Try again."
                ) from None
            self._notify(logged)
        return result

    def _deliver_again(self, pending: LoggedEvent) -> None:
        """Deliver one event from the log (left pending by a crash or a failed policy)."""
        try:
            with self.uow(pending.actor) as uow:
                caused = self.bus.deliver(pending, uow, fresh=False)
                logged = uow.commit(caused)
        except Exception:
            log.exception("delivering event #%d failed; it stays pending and will be retried", pending.id)
            return
        self._notify(logged)

    def deliver_pending(self) -> int:
        """Deliver events committed but not yet handled (after a crash); returns how many."""
        log_c = s.event_log.c
        count = 0
        while True:
            with self.db.read.connect() as conn:
                rows = conn.execute(
                    select(
                        log_c.id,
                        log_c.event_type,
                        log_c.payload,
                        log_c.actor,
                        log_c.terminal,
                        log_c.occurred_at,
                    )
                    .where(log_c.dispatched.is_(False))
                    .order_by(log_c.id)
                    .limit(200)
                ).all()
            if not rows:
                return count
            with self._lock:
                for row in rows:
                    event = from_json(row.event_type, row.payload)
                    self._deliver_again(LoggedEvent(row.id, event, row.actor, row.terminal, row.occurred_at, False))
                    count += 1
            with self.db.read.connect() as conn:
                still = conn.execute(
                    select(log_c.id).where(log_c.dispatched.is_(False), log_c.id <= rows[-1].id).limit(1)
                ).first()
            if still is not None:
                log.warning("some events could not be delivered; see the log above")
                return count

    # -- after commit ---------------------------------------------------------------
    def on_commit(self, callback: Callable[[list[LoggedEvent]], None]) -> None:
        """Call `callback(events)` after every commit on this terminal (the UI listens here)."""
        self._after_commit.append(callback)

    def _notify(self, logged: list[LoggedEvent]) -> None:
        if not logged:
            return
        self.bus.committed.send(self, events=logged)
        for callback in list(self._after_commit):
            try:
                callback(logged)
            except Exception:
                log.exception("after-commit listener failed")

    def _schedule_pdfs(self, logged: list[LoggedEvent]) -> None:
        for item in logged:
            if isinstance(item.event, BillIssued) and not self._closed:
                no = item.event.invoice_no
                self._pdf_jobs[no] = self._pdf_pool.submit(self._write_pdf, no)

    # -- reads ------------------------------------------------------------------------
    def status_board(self, status: str | None = None, mechanic_id: int | None = None) -> list[queries.BoardRow]:
        """Every receipt's row, oldest first."""
        with self.db.read.connect() as conn:
            return queries.board_rows(conn, status, mechanic_id)

    def invoice(self, invoice_no: str) -> queries.InvoiceView:
        """Lines, subtotal, VAT, total, payments and balance of an invoice."""
        with self.db.read.connect() as conn:
            view = queries.invoice_view(conn, invoice_no)
        if view is None:
            raise NotFound(f"There is no invoice {invoice_no}.")
        return view

    def query(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a read query from app.queries on a read connection."""
        with self.db.read.connect() as conn:
            return fn(conn, *args, **kwargs)

    # -- invoice PDFs -------------------------------------------------------------------
    def pdf_path(self, invoice_no: str) -> Path:
        return self.invoice_dir / f"{invoice_no}.pdf"

    def invoice_pdf(self, invoice_no: str) -> Path:
        """The invoice's PDF, waiting for the background render or rendering it again."""
        job = self._pdf_jobs.get(invoice_no)
        if job is not None:
            try:
                job.result()
            except Exception:
                log.info("background PDF for %s failed; rendering again", invoice_no)
        path = self.pdf_path(invoice_no)
        if path.is_file():
            return path
        return self._write_pdf(invoice_no)

    def render_pdf_bytes(self, invoice_no: str) -> bytes:
        view = self.invoice(invoice_no)
        # The PDF is the invoice as issued: payments taken later are not printed on it,
        # so a reprint is byte-identical to the original.
        as_issued = replace(view, payments=(), paid=0, balance=view.total)
        return render_invoice_pdf(as_issued, self.settings.shop, find_korean_font(self.settings.font_path))

    def _write_pdf(self, invoice_no: str) -> Path:
        data = self.render_pdf_bytes(invoice_no)
        path = self.pdf_path(invoice_no)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".pdf.part")
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except OSError as exc:
            raise PdfError(
                f"The invoice {invoice_no} is saved, but its PDF could not be written to "
                f"{path.parent} ({exc.strerror or exc}). Check that the folder exists and is "
                "writable, then print again."
            ) from exc
        digest = hashlib.sha256(data).hexdigest()
        with self._lock, self.db.write.begin() as conn:
            conn.execute(
                update(s.invoice)
                .where(s.invoice.c.invoice_no == invoice_no, s.invoice.c.pdf_sha256.is_(None))
                .values(pdf_sha256=digest)
            )
        return path

    # -- maintenance ----------------------------------------------------------------------
    def rebuild_board(self) -> int:
        """Re-project the board from the event log; returns how many events were applied."""
        with self._lock, self.db.write.begin() as conn:
            return board.rebuild(conn)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._pdf_pool.shutdown(wait=True)
        self.db.dispose()


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
        changes["vat_rate"] = Decimal(str(vat_rate))
    settings = replace(settings, **changes)
    db = open_database(settings.database_url)
    migrate(db)
    shop_ = Shop(db, settings, actor or _login_name(), clock)
    if deliver_pending:
        shop_.deliver_pending()
    return shop_


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"
