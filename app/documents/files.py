"""The shop's documents on disk: invoice, credit note and Z report PDFs.

Each is written after the commit that issued it, on a background thread, as
`<invoice_dir>/<number>.pdf`, atomically (temporary file, fsync, rename). The
SHA-256 of the first file written is stored with the document, so a reprint is
proved identical to what the customer (or the tax office) was given; if the
document would now render differently (another font, new letterhead) the reprint
says so instead of silently handing out something else.

A PDF that cannot be written never loses the document: the database already
holds it. The failure is kept with a message saying what to fix, listeners are
told, and the file is written on the next try (`pdf()`, `retry_failed()`, or the
next start, which writes every document that has no PDF yet).
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import logging
import os
import tempfile
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, bindparam, select, update

from app import queries
from app import schema as s
from app.db import Database
from app.documents.fonts import FontNotFound, FontPair, find_korean_font
from app.faults import translate_folder_error
from app.files import ensure_private_dir, restrict_to_owner
from app.prepared import Prepared
from app.reception import till
from app.settings import Settings, ShopDetails
from app.shopdetails.repository import stored_shop_details
from domain.errors import DomainError, NotFound
from domain.events import BillIssued, DayClosed, InvoiceVoided
from domain.texts import Message

log = logging.getLogger(__name__)

INVOICE, CREDIT_NOTE, Z_REPORT = "invoice", "credit note", "Z report"
#: Each kind of document by name, in every language.
DOCUMENT_NAMES = {
    INVOICE: Message("common.document.invoice"),
    CREDIT_NOTE: Message("common.document.credit_note"),
    Z_REPORT: Message("common.document.z_report"),
}

RECEIPT_NAME = Message("billing.document.receipt")
STATEMENT_NAME = Message("estimates.document.statement")
ESTIMATE_NAME = Message("estimates.document.estimate")

#: (kind, number, path or None, error message or None), called on the PDF thread.
Listener = Callable[[str, str, Path | None, str | None], None]


class PdfError(Exception):
    """The document is safe in the database, but its PDF could not be written; `text` says why, by code.

    `str(error)` is the English sentence (scripts, logs); a screen renders `error.text`.
    """

    def __init__(self, code: str, /, **params: Any) -> None:
        self.text = Message(code, params)
        super().__init__(code)

    def __str__(self) -> str:
        return self.text.render("en")


class ReprintDiffers(PdfError):
    """The document would render differently now than the PDF that was issued."""


@dataclass(frozen=True)
class DocumentRef:
    kind: str
    number: str
    stored_sha256: str | None
    issued_with: str | None = None  # the letterhead and font of its first PDF (JSON), None until written


def _letterhead_column(kind: str) -> Any:
    if kind == INVOICE:
        return s.invoice.c.letterhead
    if kind == CREDIT_NOTE:
        return s.invoice.c.credit_note_letterhead
    return s.till_day.c.letterhead


def issued_with_json(shop: ShopDetails, fonts: FontPair) -> str:
    """What a document is written with, kept beside its hash so a reprint uses the same."""
    data = {"shop": dataclasses.asdict(shop), "font": {"regular": str(fonts.regular), "bold": str(fonts.bold)}}
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _where_hash(kind: str) -> tuple[Any, Any, Any]:
    """(table, number column, hash column) holding a kind of document."""
    if kind == INVOICE:
        return s.invoice, s.invoice.c.invoice_no, s.invoice.c.pdf_sha256
    if kind == CREDIT_NOTE:
        return s.invoice, s.invoice.c.credit_note_no, s.invoice.c.credit_note_pdf_sha256
    return s.till_day, s.till_day.c.z_no, s.till_day.c.pdf_sha256


def _hash_and_letterhead(kind: str) -> Prepared:
    _table, number_col, hash_col = _where_hash(kind)
    return Prepared(select(hash_col, _letterhead_column(kind)).where(number_col == bindparam("number")))


_FIND = {kind: _hash_and_letterhead(kind) for kind in (INVOICE, CREDIT_NOTE, Z_REPORT)}  # compiled once


def find_document(conn: Connection, number: str) -> DocumentRef:
    for kind, find in _FIND.items():
        row = find.run(conn, {"number": number}).first()
        if row is not None:
            return DocumentRef(kind, number, row[0], row[1])
    raise NotFound("common.document_not_found", number=number)


def describe_os_error(exc: OSError, folder: Path) -> Message:
    """What went wrong writing into `folder`, and what the person at the desk can do (app.faults says it)."""
    return translate_folder_error(exc, folder).text


def _not_written(kind: str, number: str, why: Message) -> PdfError:
    return PdfError("common.pdf_not_written", document=DOCUMENT_NAMES[kind], number=number, why=why)


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` so readers see the old file or the whole new one, never a part.

    No fsync: the PDF is derived from the committed document and is checked
    against its stored SHA-256 every time it is handed out, so a file torn by a
    power cut is found and written again, identically. (An fsync would double
    the cost of every invoice for nothing the hash does not already give.)
    """
    ensure_private_dir(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        restrict_to_owner(tmp)  # the customer's name is on it: the owner's alone, never looser than the umask
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _keep_a_clashing_file(path: Path, data: bytes) -> None:
    """A document's first PDF never replaces another file of that name (another shop's, or one from before
    a restore): the file found there is kept beside it, renamed, and the clash is logged."""
    try:
        found = path.read_bytes()
    except FileNotFoundError:
        return
    if found == data:
        return
    kept = path.with_name(f"{path.stem}.clash-{sha256_of(found)[:12]}{path.suffix}")
    os.replace(path, kept)
    log.warning(
        "%s already held another document (%d bytes): kept as %s, and the one issued now written in its place",
        path,
        len(found),
        kept.name,
    )


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Documents:
    """Renders, writes, reprints and verifies this terminal's document PDFs."""

    def __init__(self, db: Database, settings: Settings, write_lock: Any = None) -> None:
        self.db = db
        self.settings = settings
        self.folder = Path(settings.invoice_dir)
        self._write_lock = write_lock if write_lock is not None else threading.RLock()
        self._render_lock = threading.Lock()  # reportlab keeps global state: one render at a time
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pitlane-pdf")
        self._jobs: dict[str, Future[Any]] = {}
        self._failures: dict[str, str] = {}
        self._listeners: list[Listener] = []
        self._font: FontPair | None = None
        self._closed = False

    # -- after commit ---------------------------------------------------------------------
    def schedule_for(self, logged: Iterable[Any]) -> None:
        """After-commit hook: queue the PDF of every document the committed events issued."""
        for item in logged:
            event = item.event
            if isinstance(event, BillIssued):
                self.schedule(event.invoice_no)
            elif isinstance(event, InvoiceVoided):
                self.schedule(event.credit_note_no)
            elif isinstance(event, DayClosed):
                self.schedule(event.z_no)

    def schedule(self, number: str) -> None:
        if self._closed:
            return
        if len(self._jobs) > 500:  # a long day at the desk: forget the writes that are done
            self._jobs = {n: job for n, job in self._jobs.items() if not job.done()}
        self._jobs[number] = self._pool.submit(self._write_in_background, number)

    def schedule_missing(self, limit: int = 1000) -> int:
        """Queue the documents that have no PDF yet (a crash, or a failure before the last exit).

        They are written one after the other in the background; the first that
        fails stops the batch (a missing folder or a full disk would fail them
        all), is reported like any failed PDF, and `retry_failed()` resumes it.
        """
        numbers = self.missing(limit)
        if numbers and not self._closed:
            batch = self._pool.submit(self._write_batch, numbers)
            for number in numbers:
                self._jobs.setdefault(number, batch)
        return len(numbers)

    def missing(self, limit: int = 1000) -> list[str]:
        """Numbers of documents issued whose PDF was never written (no SHA-256 stored)."""
        numbers: list[str] = []
        with self.db.read.connect() as conn:
            for kind in (INVOICE, CREDIT_NOTE, Z_REPORT):
                _table, number_col, hash_col = _where_hash(kind)
                numbers += conn.execute(
                    select(number_col).where(number_col.is_not(None), hash_col.is_(None)).limit(limit)
                ).scalars()
        return numbers

    def _write_batch(self, numbers: list[str]) -> None:
        for number in numbers:
            if self._closed:
                return
            try:
                self.write(number)
            except PdfError as exc:
                log.warning("%s; the other PDFs not yet written wait for the next try", exc)
                return
            except Exception:
                log.exception("writing the PDF of %s failed", number)
                return

    def _write_in_background(self, number: str) -> Path:
        try:
            return self.write(number)
        except PdfError as exc:
            log.warning("%s", exc)
            raise
        except Exception:
            log.exception("writing the PDF of %s failed", number)
            raise

    # -- listeners and failures ----------------------------------------------------------
    def on_written(self, listener: Listener) -> None:
        """Call `listener(kind, number, path, error)` after each write; runs on the PDF thread."""
        self._listeners.append(listener)

    def _tell(self, kind: str, number: str, path: Path | None, error: str | None) -> None:
        for listener in list(self._listeners):
            try:
                listener(kind, number, path, error)
            except Exception:
                log.exception("document listener failed")

    def failures(self) -> dict[str, str]:
        """Documents whose PDF could not be written, with what to fix."""
        return dict(self._failures)

    def retry_failed(self) -> dict[str, str]:
        """Try every failed PDF again now, then any other never written; returns those that still fail."""
        for number in list(self._failures):
            with contextlib.suppress(PdfError):
                self.write(number)
        if not self._failures:
            self.schedule_missing()
        return self.failures()

    # -- rendering and writing ----------------------------------------------------------
    def path(self, number: str) -> Path:
        return self.folder / f"{number}.pdf"

    def render(self, number: str) -> tuple[DocumentRef, bytes]:
        """The document's PDF bytes as issued, and what the database knows of it."""
        ref, data, _issued = self._render(number)
        return ref, data

    def _render(self, number: str) -> tuple[DocumentRef, bytes, tuple[ShopDetails, FontPair]]:
        """The PDF bytes, the document's reference, and the letterhead and font they were rendered with."""
        with self.db.read.connect() as conn:
            ref = find_document(conn, number)
            shop, fonts = self._issued_with(ref.issued_with, conn)
            render = self._renderer(conn, ref, shop)
        with self._render_lock:
            return ref, render(fonts), (shop, fonts)

    def shop_today(self, conn: Connection | None = None) -> ShopDetails:
        """The letterhead a new document prints: the one a manager set in the app, else the profile's."""
        if conn is None:
            with self.db.read.connect() as own:
                return self.shop_today(own)
        stored = stored_shop_details(conn)
        return stored if stored is not None else self.settings.shop

    def _issued_with(self, frozen: str | None, conn: Connection | None = None) -> tuple[ShopDetails, FontPair]:
        """The letterhead and font a document was first written with; today's for a new one.

        A font file that is gone falls back to today's font (the hash check then says the reprint differs).
        """
        if not frozen:
            return self.shop_today(conn), self._fonts()
        data = json.loads(frozen)
        fonts = FontPair(Path(data["font"]["regular"]), Path(data["font"]["bold"]))
        if not (fonts.regular.is_file() and fonts.bold.is_file()):
            fonts = self._fonts()
        return ShopDetails(**data["shop"]), fonts

    def _fonts(self) -> FontPair:
        # Looking the font up asks fontconfig (a subprocess): once per terminal, unless the file goes.
        if self._font is None or not self._font.regular.is_file() or not self._font.bold.is_file():
            self._font = find_korean_font(self.settings.font_path)
        return self._font

    def _renderer(self, conn: Connection, ref: DocumentRef, shop: ShopDetails) -> Callable[[Any], bytes]:
        # reportlab is imported on the first PDF, not at start: a wall board never renders one.
        from app.documents.invoice_pdf import CreditNoteFacts, render_credit_note_pdf, render_invoice_pdf
        from app.documents.z_report_pdf import render_z_report_pdf

        if ref.kind == Z_REPORT:
            report = till.z_report(conn, ref.number)
            assert report is not None
            return partial(render_z_report_pdf, report, shop)
        if ref.kind == CREDIT_NOTE:
            note = till.credit_note(conn, ref.number)
            assert note is not None
            view = queries.invoice_view(conn, note.invoice_no)
            assert view is not None
            facts = CreditNoteFacts(
                note.credit_note_no, note.voided_at, note.reason, note.paid_at_void, note.reissued_as, note.carried
            )
            return partial(render_credit_note_pdf, view, facts, shop)
        view = queries.invoice_view(conn, ref.number)
        assert view is not None
        # The invoice as issued: payments taken later are not on it, so reprints stay identical.
        as_issued = replace(view, status="issued", payments=(), paid=0, balance=view.total - view.carried_in)
        return partial(render_invoice_pdf, as_issued, shop)

    def write(self, number: str) -> Path:
        """Render and write the PDF now; its hash is stored the first time. Raises PdfError."""
        kind = INVOICE
        try:
            ref, data, issued = self._render(number)
            kind = ref.kind
            digest = sha256_of(data)
            if ref.stored_sha256 is not None and ref.stored_sha256 != digest:
                raise self._differs(ref, digest)
            if ref.stored_sha256 is None:
                self._refuse_unless_as_logged(ref)
            path = self.path(number)
            try:
                if ref.stored_sha256 is None:
                    _keep_a_clashing_file(path, data)
                write_atomically(path, data)
            except OSError as exc:
                raise _not_written(kind, number, describe_os_error(exc, path.parent)) from exc
            if ref.stored_sha256 is None:
                self._store_hash(kind, number, digest, issued_with_json(*issued))
                if kind == INVOICE:
                    self._statement_beside(number)  # the repair statement, on the letterhead just frozen
        except FontNotFound as exc:
            error = _not_written(kind, number, exc.text)
            self._failed(kind, number, str(error))
            raise error from exc
        except PdfError as exc:
            self._failed(kind, number, str(exc))
            raise
        self._failures.pop(number, None)
        self._tell(kind, number, path, None)
        return path

    def _refuse_unless_as_logged(self, ref: DocumentRef) -> None:
        """The first PDF of a document is what its events issued, or none (app.integrity)."""
        from app.integrity import document_difference

        with self.db.read.connect() as conn:
            what = document_difference(conn, ref.kind, ref.number)
        if what is not None:
            raise PdfError(
                "common.document_not_as_logged", document=DOCUMENT_NAMES[ref.kind], number=ref.number, what=what
            )

    def _failed(self, kind: str, number: str, error: str) -> None:
        self._failures[number] = error
        self._tell(kind, number, None, error)

    def _store_hash(self, kind: str, number: str, digest: str, issued_with: str) -> None:
        """Record the SHA-256 of the PDF as written, the first time only.

        The hash is derived data, so its commit skips the wait for the disk
        (SQLite: synchronous=NORMAL for this one commit; PostgreSQL:
        synchronous_commit off): if a power cut loses it, the next start finds
        the document without a hash and writes the same bytes again.
        """
        table, number_col, hash_col = _where_hash(kind)
        store = (
            update(table)
            .where(number_col == number, hash_col.is_(None))
            .values({hash_col.name: digest, _letterhead_column(kind).name: issued_with})
        )
        with self._write_lock, self.db.write.connect() as conn:
            if not self.db.is_sqlite:
                with conn.begin():
                    conn.exec_driver_sql("SET LOCAL synchronous_commit = off")
                    conn.execute(store)
                return
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA synchronous = NORMAL")  # outside any transaction, on this connection only
            try:
                with conn.begin():
                    conn.execute(store)
            finally:
                try:
                    raw.execute("PRAGMA synchronous = FULL")
                except Exception:
                    conn.invalidate()  # never hand a relaxed connection back to the pool
                    raise

    def _differs(self, ref: DocumentRef, digest: str) -> ReprintDiffers:
        return ReprintDiffers(
            "common.reprint_differs",
            document=DOCUMENT_NAMES[ref.kind],
            number=ref.number,
            issued=ref.stored_sha256[:12] if ref.stored_sha256 else "?",
            now=digest[:12],
            file=self.path(ref.number).name,
        )

    # -- reading them back ----------------------------------------------------------------
    def wait(self, number: str) -> None:
        """Wait for this terminal's background write of `number`, if one is queued."""
        job = self._jobs.get(number)
        if job is not None:
            try:
                job.result()
            except Exception:
                log.info("background PDF for %s failed; writing it again", number)

    def pdf(self, number: str) -> Path:
        """The document's PDF exactly as issued: the file on disk if it matches the stored SHA-256,
        else written again (waiting for a queued background write first).

        Raises PdfError if it cannot be written, ReprintDiffers if it would now
        render differently from what was issued.
        """
        self.wait(number)
        path = self.path(number)
        with self.db.read.connect() as conn:
            ref = find_document(conn, number)
        if ref.stored_sha256 is not None:
            try:
                if sha256_of(path.read_bytes()) == ref.stored_sha256:
                    return path
                log.warning("%s on disk is not the issued file; writing it again", path)
            except FileNotFoundError:
                pass
            except OSError as exc:
                log.warning("cannot read %s (%s); writing it again", path, exc)
        return self.write(number)

    def estimate(self, estimate_no: str) -> Path:
        """The estimate (견적서) at `estimate-<estimate_no>.pdf`: written once, then kept as given to the customer."""
        from app.documents.estimate_pdf import render_estimate_pdf
        from app.estimates.queries import estimate_view

        with self.db.read.connect() as conn:
            view = estimate_view(conn, estimate_no, self.settings.vat_rate)
        path = self.folder / f"estimate-{view.estimate_no}.pdf"
        if path.is_file():
            return path
        return self._write_paper(
            path,
            ESTIMATE_NAME,
            estimate_no,
            lambda: (self.shop_today(), self._fonts()),
            partial(render_estimate_pdf, view),
        )

    def statement(self, invoice_no: str) -> Path:
        """The repair statement (정비 명세서) at `statement-<invoice_no>.pdf`, on the invoice's letterhead and font.

        Written on completion beside the invoice (`write`); asked for later, it is that file, byte for byte,
        or the same bytes rendered again from the invoice's frozen letterhead if the file is gone.
        """
        self.wait(invoice_no)
        with self.db.read.connect() as conn:
            frozen = self._invoice_letterhead(conn, invoice_no)
        if frozen is None:
            self.pdf(invoice_no)  # the invoice's PDF first: it freezes the letterhead both papers carry
        return self._write_statement(invoice_no)

    @staticmethod
    def _invoice_letterhead(conn: Connection, invoice_no: str) -> str | None:
        inv = s.invoice.c
        found = conn.execute(select(inv.letterhead).where(inv.invoice_no == invoice_no)).first()
        if found is None:
            raise NotFound("reception.invoice_not_found", invoice_no=invoice_no)
        return found[0]

    def _statement_letterhead(self, frozen: str | None) -> tuple[ShopDetails, FontPair]:
        """The invoice's frozen letterhead and font; a field the form needs that it lacks, from today's details."""
        from app.estimates.statement import REQUIRED_SHOP_FIELDS

        shop, fonts = self._issued_with(frozen)
        today = self.shop_today()
        blanks = {k: getattr(today, k) for k in REQUIRED_SHOP_FIELDS if not str(getattr(shop, k, "")).strip()}
        return (replace(shop, **blanks) if blanks else shop), fonts

    def _write_statement(self, invoice_no: str) -> Path:
        from app.documents.statement_pdf import render_statement_pdf
        from app.estimates.statement import require_shop_details, statement_view

        path = self.folder / f"statement-{invoice_no}.pdf"
        with self.db.read.connect() as conn:
            view = statement_view(conn, invoice_no)
            frozen = self._invoice_letterhead(conn, invoice_no)
        if path.is_file():
            return path  # the copy the customer was given: a reprint is this file, byte for byte

        def letterhead() -> tuple[ShopDetails, FontPair]:
            shop, fonts = self._statement_letterhead(frozen)
            require_shop_details(shop)  # asked for at first use, never printed blank
            return shop, fonts

        return self._write_paper(path, STATEMENT_NAME, invoice_no, letterhead, partial(render_statement_pdf, view))

    def _statement_beside(self, invoice_no: str) -> None:
        """On completion, the statement beside the new invoice; shop details still missing are asked for later."""
        try:
            self._write_statement(invoice_no)
        except PdfError as exc:
            log.warning("%s", exc)
        except DomainError as exc:
            log.info("repair statement of %s waits for the shop details (%s)", invoice_no, exc.code)
        except Exception:  # the invoice is written whatever happens to the statement; asked for, it is tried again
            log.exception("writing the repair statement of %s failed", invoice_no)

    def receipt(self, invoice_no: str) -> Path:
        """The receipt (영수증) as the money stands now, written to `receipt-<invoice_no>.pdf`. Raises PdfError."""
        from app.documents.receipt_pdf import render_receipt_pdf

        with self.db.read.connect() as conn:
            view = queries.invoice_view(conn, invoice_no)
            frozen = conn.execute(select(s.invoice.c.letterhead).where(s.invoice.c.invoice_no == invoice_no)).scalar()
        if view is None:
            raise NotFound("reception.invoice_not_found", invoice_no=invoice_no)
        path = self.folder / f"receipt-{invoice_no}.pdf"
        # The invoice's letterhead: one shop on both papers.
        return self._write_paper(
            path, RECEIPT_NAME, invoice_no, lambda: self._issued_with(frozen), partial(render_receipt_pdf, view)
        )

    def _write_paper(
        self,
        path: Path,
        document: Message,
        number: str,
        letterhead: Callable[[], tuple[ShopDetails, FontPair]],
        render: Callable[[ShopDetails, FontPair], bytes],
    ) -> Path:
        """Render a paper that is not hashed (estimate, receipt, statement) and write it; a PdfError saying why not."""
        try:
            shop, fonts = letterhead()
            with self._render_lock:
                data = render(shop, fonts)
            write_atomically(path, data)
        except FontNotFound as exc:
            raise PdfError("common.pdf_not_written", document=document, number=number, why=exc.text) from exc
        except OSError as exc:
            why = describe_os_error(exc, path.parent)
            raise PdfError("common.pdf_not_written", document=document, number=number, why=why) from exc
        return path

    def reprint(self, number: str) -> Path:
        """The PDF to print again: byte-identical to the one issued, or ReprintDiffers saying why not."""
        return self.pdf(number)

    def verify(self, number: str) -> bool:
        """True when the document renders now to exactly the bytes that were issued."""
        ref, data = self.render(number)
        return ref.stored_sha256 is not None and sha256_of(data) == ref.stored_sha256

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._pool.shutdown(wait=True)
