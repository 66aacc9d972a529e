"""`Shop`: the running shop on this terminal, as scripts and screens see it.

Commands go through to the message bus; reads (the status board, invoices, any
query of app.queries), the documents (invoice PDFs and the others), the watch
on other terminals and the maintenance verbs come from here. `bootstrap()`
builds one; nothing else does.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from app import queries
from app.board import projection
from app.customers import queries as customer_queries
from app.db import Database
from app.documents import Documents
from app.estimates import queries as estimate_queries
from app.estimates.queries import AdditionalWorkRow, CannedJobRow, EstimateRow, EstimateView, Recommendation
from app.messagebus import AfterCommit, MessageBus
from app.permissions import who_may
from app.reports.bundle import ReportSet, all_reports
from app.settings import Settings, ShopDetails
from app.uow import Clock
from app.users.audit import AuditRow, audit_rows
from app.users.guard import SignedInUser
from app.users.repository import shop_has_users
from app.users.signin import Sessions
from app.watch import Watcher
from domain.customers.history import Visit
from domain.customers.search import VehicleMatch
from domain.errors import DomainError, NotFound, PermissionDenied
from domain.messages import Command
from domain.reports.periods import DayRange
from domain.users.model import Role


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
        #: Another terminal is restoring the shop from a backup: every command is refused (see `watch`).
        self.restoring_elsewhere = False
        #: Who is signed in on this terminal (app.users.signin).
        self.sessions = Sessions(bus, settings.lockout_minutes)

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
        """Run a command and every policy it sets off, in one transaction; returns its result.

        Given by the signed-in user (recorded as the actor), checked against what
        their role may do; in a shop without users, by the owner (`actor`).
        """
        if self.restoring_elsewhere:
            raise DomainError("common.restore.elsewhere")
        user = self.sessions.current
        return self.bus.handle(command, user.name if user is not None else actor or self.actor, user)

    # -- users on this terminal ---------------------------------------------------------
    @property
    def current_user(self) -> SignedInUser | None:
        """Who is signed in on this terminal (`name`, `role`), or None."""
        return self.sessions.current

    def login(self, name: str, pin: str) -> SignedInUser:
        """Sign this terminal in as `name`; LoginFailed for a wrong name or PIN, UserLocked after five wrong."""
        return self.sessions.login(name, pin)

    def logout(self) -> None:
        """Sign this terminal out (the next command needs a sign-in once the shop has users)."""
        self.sessions.logout()

    def has_users(self) -> bool:
        """Whether the shop has any user (without one, everyone acts as the owner)."""
        with self.db.read.connect() as conn:
            return shop_has_users(conn)

    def audit(
        self,
        user: str | int | None = None,
        receipt_id: int | None = None,
        since: str | None = None,
        until: str | None = None,
        *,
        invoice_no: str | None = None,
        car_number: str | None = None,
    ) -> list[AuditRow]:
        """Every event with who gave it (user, role, terminal), oldest first; filters combine.

        `user` is a name or a user id; `since`/`until` are days (YYYY-MM-DD) or moments, inclusive.
        """
        with self.db.read.connect() as conn:
            return audit_rows(
                conn,
                user=user,
                receipt_id=receipt_id,
                since=since,
                until=until,
                invoice_no=invoice_no,
                car_number=car_number,
            )

    def deliver_pending(self) -> int:
        """Deliver events committed but not yet handled (after a crash); returns how many."""
        return self.bus.deliver_pending()

    # -- after commit, and the other terminals ----------------------------------------
    def on_commit(self, callback: AfterCommit) -> None:
        """Call `callback(events)` after every commit on this terminal (the UI listens here)."""
        self.bus.after_commit.append(callback)

    def watch(
        self,
        callback: Callable[[int], None],
        *,
        since: int | None = None,
        on_restore: Callable[[], None] | None = None,
    ) -> Watcher:
        """Call `callback(last_event_id)` from a background thread whenever any terminal commits events.

        PostgreSQL wakes it by LISTEN/NOTIFY, SQLite by a light poll of the event
        log's last id. Calls come one at a time, only when the id went up, and
        several commits may arrive as one call; read the changed board rows with
        `queries.board_rows_changed_after(conn, cursor)`. `since` is the id the
        caller has seen already (default: the last id now). Returns the running
        `app.watch.Watcher`; `watcher.stop()` or `close()` stops it.

        When another terminal announces a restore, the shop lets go of the
        database (`restore_seen_elsewhere`), then `on_restore()` is called on the
        watcher's thread.
        """

        def restore_seen() -> None:
            self.restore_seen_elsewhere()
            if on_restore is not None:
                on_restore()

        watcher = Watcher(self.db.url, callback, since=since, on_restore=restore_seen).start()
        self._watchers.append(watcher)
        return watcher

    def restore_seen_elsewhere(self) -> None:
        """Another terminal restores the shop: refuse every command from now on and let go of the database."""
        self.restoring_elsewhere = True
        self.db.refuse_connections(lambda: DomainError("common.restore.elsewhere"))
        self.close()

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
        """Write everything held about one customer to `path` (json or csv, owner-only); returns the path.

        A manager's: refused (PermissionDenied) to anyone else signed in on this terminal. The
        command line, with no one signed in, is the shop owner's at the machine, as for `check`.
        """
        from app.customers import export

        user = self.current_user
        if user is not None and user.role != Role.MANAGER.value:
            raise PermissionDenied("users.denied", roles=who_may("ExportCustomer"))

        if fmt not in export.FORMATS:
            raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(export.FORMATS)}")
        with self.db.read.connect() as conn:
            data = export.customer_data(conn, customer_id)
        return export.write_export(data, path, fmt)

    def estimate(self, estimate_no: str) -> EstimateView:
        """An estimate (견적): its lines at the prices of its day, amounts, consent or refusal."""
        with self.db.read.connect() as conn:
            return estimate_queries.estimate_view(conn, estimate_no, self.settings.vat_rate)

    def estimates(self, status: str = "", text: str = "") -> list[EstimateRow]:
        """The desk's estimates, newest first: `status` open, approved or declined ("" all), `text` a search."""
        with self.db.read.connect() as conn:
            return estimate_queries.estimate_rows(conn, self.settings.vat_rate, status, text)

    def canned_jobs(self) -> list[CannedJobRow]:
        """The shop's menu of standard jobs (정비 메뉴), by name, each with its parts and their stock."""
        with self.db.read.connect() as conn:
            return estimate_queries.canned_job_rows(conn)

    def recommendations(self, car_number: str) -> list[Recommendation]:
        """Work this car's customer declined, to offer again on the next visit, newest first."""
        with self.db.read.connect() as conn:
            return estimate_queries.recommendations(conn, car_number)

    def additional_work(self, job_id: int | None = None) -> list[AdditionalWorkRow]:
        """Additional work the bay proposed (추가정비): one job's, or every one waiting for the customer."""
        with self.db.read.connect() as conn:
            return estimate_queries.additional_work_of(conn, job_id)

    def reports(self, days: DayRange, grouping: str, today: date) -> ReportSet:
        """Every report of `days` (sales by `grouping`, mechanics, parts, what was owed), in one read."""
        with self.db.read.connect() as conn:
            return all_reports(conn, days, grouping, today)

    def shop_details(self) -> ShopDetails:
        """The letterhead new documents print: the one a manager set in the app, else the profile's `[shop]`."""
        return self.documents.shop_today()

    def query(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a read query (app.queries, app.reception.till) on a read connection."""
        with self.db.read.connect() as conn:
            return fn(conn, *args, **kwargs)

    # -- invoice PDFs -------------------------------------------------------------------
    def invoice_pdf(self, invoice_no: str) -> Path:
        """The invoice's PDF, waiting for the background render or rendering it again."""
        return self.documents.pdf(invoice_no)

    def receipt_pdf(self, invoice_no: str) -> Path:
        """The receipt (영수증): each payment with method and time, the balance, PAID once settled."""
        return self.documents.receipt(str(invoice_no))

    def estimate_pdf(self, estimate_no: str) -> Path:
        """The estimate (견적서): car, date, the work and parts quoted, amount, validity, the shop."""
        return self.documents.estimate(str(estimate_no))

    def statement_pdf(self, invoice_no: str) -> Path:
        """The 자동차 점검·정비 명세서 of the finished job (별지 제89호의2), written once and kept as issued."""
        return self.documents.statement(str(invoice_no))

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
