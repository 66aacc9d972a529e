"""`Shop`: the running shop on this terminal, as scripts and screens see it.

Commands go through to the message bus; reads (the status board, invoices, any
query of app.queries), the documents (invoice PDFs and the others), the watch
on other terminals and the maintenance verbs come from here. `bootstrap()`
builds one; nothing else does.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from app import queries
from app.board import projection
from app.customers import queries as customer_queries
from app.db import Database
from app.documents import Documents
from app.messagebus import AfterCommit, MessageBus
from app.settings import Settings
from app.uow import Clock
from app.watch import Watcher
from domain.customers.history import Visit
from domain.customers.search import VehicleMatch
from domain.errors import NotFound
from domain.messages import Command


class Shop:
    """The running shop on this terminal: commands in, read models and documents out."""

    def __init__(
        self,
        db: Database,
        settings: Settings,
        bus: MessageBus,
        documents: Documents,
        actor: str,
        clock: Clock,
    ) -> None:
        self.db = db
        self.settings = settings
        self.bus = bus
        #: Invoice, credit note and Z report PDFs, written after commit (app.documents).
        self.documents = documents
        self.actor = actor
        self.terminal = settings.terminal_name
        self.clock = clock
        self.invoice_dir = Path(settings.invoice_dir)
        self._watchers: list[Watcher] = []
        self._closed = False

    @property
    def database_name(self) -> str:
        """The database for a status line: a SQLite shop's file, else the URL without its password."""
        try:
            url = make_url(self.db.url)
        except ArgumentError:
            return self.db.url
        if url.get_backend_name() == "sqlite":
            return url.database or self.db.url
        return url.render_as_string(hide_password=True)

    # -- commands -----------------------------------------------------------------
    def handle(self, command: Command, actor: str | None = None) -> Any:
        """Run a command and every policy it sets off, in one transaction; returns its result."""
        return self.bus.handle(command, actor or self.actor)

    def deliver_pending(self) -> int:
        """Deliver events committed but not yet handled (after a crash); returns how many."""
        return self.bus.deliver_pending()

    # -- after commit, and the other terminals ----------------------------------------
    def on_commit(self, callback: AfterCommit) -> None:
        """Call `callback(events)` after every commit on this terminal (the UI listens here)."""
        self.bus.after_commit.append(callback)

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
            raise NotFound("reception.invoice_not_found", invoice_no=invoice_no)
        return view

    def find_vehicles(self, text: str, limit: int = customer_queries.SEARCH_LIMIT) -> list[VehicleMatch]:
        """The register's vehicles `text` finds: any part of the plate, the phone's digits, the name or the VIN."""
        with self.db.read.connect() as conn:
            return customer_queries.find_vehicles(conn, text, limit)

    def vehicle_history(self, car_number: str) -> list[Visit]:
        """Every visit of the vehicle carrying `car_number` (under any of its plates), newest first."""
        with self.db.read.connect() as conn:
            return customer_queries.vehicle_history(conn, car_number)

    def export_customer(self, customer_id: int, path: str | Path, fmt: str = "json") -> Path:
        """Write everything held about one customer to `path` (json or csv, owner-only); returns the path."""
        from app.customers import export

        if fmt not in export.FORMATS:
            raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(export.FORMATS)}")
        with self.db.read.connect() as conn:
            data = export.customer_data(conn, customer_id)
        return export.write_export(data, path, fmt)

    def query(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a read query (app.queries, app.reception.till) on a read connection."""
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
        with self.bus.lock, self.db.write.begin() as conn:
            return projection.rebuild(conn)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        for watcher in self._watchers:
            watcher.stop()
        self.documents.close()
        self.db.dispose()
