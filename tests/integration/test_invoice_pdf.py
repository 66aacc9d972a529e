"""The issued invoice's PDF: written after commit, right, byte-identical on reprint, never lost."""

from __future__ import annotations

import errno
import hashlib
import multiprocessing
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from app import schema as s
from app.bootstrap import Shop, bootstrap
from app.documents import PdfError, ReprintDiffers
from app.documents import files as documents_module
from app.settings import Settings, ShopDetails
from domain.commands import RecordPayment, VoidInvoice
from domain.errors import NotFound
from tests.builders import make_invoice
from tests.till_support import pdf_text, render_in_fresh_process

SHOP = ShopDetails("피트레인 자동차정비", "서울특별시 성동구 성수이로 123", "123-45-67890", "02-1234-5678")
PARTS = [("OIL-5W30-4L", "엔진오일 5W-30 4L", 48_000, 1), ("BRK-PAD-F01", "브레이크 패드 (앞)", 65_003, 2)]


def open_shop(db_url: str, folder: Path, details: ShopDetails = SHOP, **settings: object) -> Shop:
    return bootstrap(
        database_url=db_url,
        invoice_dir=folder,
        settings=Settings(shop=details, **settings),  # type: ignore[arg-type]
        actor="desk",
        terminal="front-1",
    )


@pytest.fixture
def desk(db_url: str, tmp_path: Path) -> Iterator[Shop]:
    s = open_shop(db_url, tmp_path / "invoices")
    yield s
    s.close()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_finishing_a_job_writes_the_invoice_pdf_with_its_hash(desk: Shop) -> None:
    no = make_invoice(desk, fare=86_000, parts=PARTS, customer="홍길동", car_number="12 가 3456")
    path = desk.invoice_pdf(no)
    assert path == desk.invoice_dir / f"{no}.pdf"
    view = desk.invoice(no)
    assert (view.subtotal, view.vat, view.total) == (264_006, 26_401, 290_407)
    assert view.pdf_sha256 == sha(path)
    text = pdf_text(path)
    for expected in (
        no,
        "홍길동",
        "12가3456",
        "김민수",
        "엔진오일 5W-30 4L",
        "브레이크 패드 (앞)",
        "65,003",
        "130,006",
    ):
        assert expected in text, expected
    for amount in ("264,006", "26,401", "290,407"):
        assert amount in text
    assert path.read_bytes().startswith(b"%PDF")
    assert oct(path.stat().st_mode & 0o777) == "0o600"  # the customer's name is on it


@pytest.mark.parametrize(
    ("fare", "vat", "total"),
    [
        (264_005, 26_401, 290_406),  # 26,400.5 rounds up
        (264_004, 26_400, 290_404),  # 26,400.4 rounds down
        (15, 2, 17),  # 1.5 rounds up
        (25, 3, 28),  # 2.5 rounds up (not to even)
    ],
)
def test_vat_on_the_pdf_is_rounded_half_up(desk: Shop, fare: int, vat: int, total: int) -> None:
    no = make_invoice(desk, fare=fare)
    view = desk.invoice(no)
    assert (view.vat, view.total) == (vat, total)
    text = pdf_text(desk.invoice_pdf(no))
    assert f"{fare:,}" in text and f"{vat:,}" in text and f"{total:,}" in text


def test_the_pdf_shows_the_invoice_as_issued_so_payments_do_not_change_it(desk: Shop) -> None:
    no = make_invoice(desk, fare=100_000)
    path = desk.invoice_pdf(no)
    issued = path.read_bytes()
    desk.handle(RecordPayment(no, 50_000, "card"))
    assert desk.render_pdf_bytes(no) == issued
    path.unlink()
    assert desk.documents.reprint(no).read_bytes() == issued


def test_reprint_is_byte_identical_in_another_process(desk: Shop, db_url: str, tmp_path: Path) -> None:
    no = make_invoice(desk, fare=77_777, parts=PARTS)
    issued = desk.invoice_pdf(no).read_bytes()
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(1) as pool:
        again = pool.apply(render_in_fresh_process, (db_url, str(tmp_path / "other"), no, SHOP))
    assert again == issued


def test_reprint_returns_the_issued_file_and_restores_a_damaged_one(desk: Shop) -> None:
    no = make_invoice(desk)
    path = desk.invoice_pdf(no)
    issued = path.read_bytes()
    assert desk.documents.reprint(no) == path
    path.write_bytes(b"%PDF-1.4 scribbled over")
    assert desk.documents.reprint(no).read_bytes() == issued
    assert desk.documents.verify(no)


def test_reprint_says_so_when_the_invoice_would_print_differently(desk: Shop, db_url: str, tmp_path: Path) -> None:
    no = make_invoice(desk)
    path = desk.invoice_pdf(no)
    issued = path.read_bytes()
    moved = open_shop(
        db_url, desk.invoice_dir, ShopDetails("피트레인 모터스", "부산광역시 해운대구", "", "051-000-0000")
    )
    try:
        assert moved.documents.verify(no)  # the letterhead it was issued with is kept (0006)
        # A document written before Pitlane kept its letterhead renders with today's, which differs.
        with moved.db.write.begin() as conn:
            conn.execute(update(s.invoice).where(s.invoice.c.invoice_no == no).values(letterhead=None))
        assert moved.documents.reprint(no).read_bytes() == issued  # the issued file is still there
        assert not moved.documents.verify(no)
        path.unlink()
        with pytest.raises(ReprintDiffers, match="would print differently"):
            moved.documents.reprint(no)
        assert not path.exists()  # nothing else is handed out under the invoice's name
    finally:
        moved.close()


def test_credit_note_has_its_own_pdf(desk: Shop) -> None:
    no = make_invoice(desk, fare=50_000)
    desk.handle(RecordPayment(no, 20_000, "cash"))
    cn = desk.handle(VoidInvoice(no, "고객 변심"))
    path = desk.documents.pdf(cn)
    assert path.name == f"{cn}.pdf"
    text = pdf_text(path)
    for expected in (cn, no, "고객 변심", "-50,000", "-5,000", "-55,000", "20,000"):
        assert expected in text, expected
    issued = path.read_bytes()
    path.unlink()
    assert desk.documents.reprint(cn).read_bytes() == issued


def test_unknown_document_is_not_found(desk: Shop) -> None:
    with pytest.raises(NotFound, match="2099-000001"):
        desk.invoice_pdf("2099-000001")


# -- faults -------------------------------------------------------------------------------
def test_missing_folder_keeps_the_invoice_says_what_to_fix_and_writes_on_retry(db_url: str, tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the invoice folder should be")
    shop = open_shop(db_url, blocker / "invoices")  # mkdir fails even as root
    told: list[tuple[str, str | None]] = []
    shop.documents.on_written(lambda kind, number, path, error: told.append((number, error)))
    try:
        no = make_invoice(shop)
        assert shop.invoice(no).total == 132_000  # the invoice is safe
        with pytest.raises(PdfError, match="is a file, not a folder") as caught:
            shop.invoice_pdf(no)
        assert no in str(caught.value) and str(blocker) in str(caught.value)
        assert no in shop.documents.failures()
        assert told and told[-1][0] == no and told[-1][1]
        assert shop.invoice(no).pdf_sha256 is None
        blocker.unlink()  # the person fixes it
        assert shop.documents.retry_failed() == {}
        path = shop.invoice_pdf(no)
        assert shop.invoice(no).pdf_sha256 == sha(path)
        assert told[-1] == (no, None)
    finally:
        shop.close()


def test_disk_full_keeps_the_invoice_and_leaves_no_partial_file(desk: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    real_replace = os.replace

    def disk_full(src: str, dst: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(documents_module.os, "replace", disk_full)
    no = make_invoice(desk)
    with pytest.raises(PdfError, match="is full"):
        desk.invoice_pdf(no)
    assert list(desk.invoice_dir.iterdir()) == []  # no temporary file left behind
    monkeypatch.setattr(documents_module.os, "replace", real_replace)
    assert desk.invoice_pdf(no).is_file()


def test_pdfs_not_written_before_an_exit_are_written_at_the_next_start(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(documents_module, "write_atomically", _fail_read_only)
    shop = open_shop(db_url, tmp_path / "invoices")
    no = make_invoice(shop)
    with pytest.raises(PdfError, match="read-only"):
        shop.invoice_pdf(no)
    shop.close()
    monkeypatch.undo()
    again = open_shop(db_url, tmp_path / "invoices")
    try:
        again.documents.wait(no)
        path = again.documents.path(no)
        assert path.is_file()
        assert again.invoice(no).pdf_sha256 == sha(path)
    finally:
        again.close()


def _fail_read_only(path: Path, data: bytes) -> None:
    raise OSError(errno.EROFS, "Read-only file system")


def test_no_korean_font_keeps_the_invoice_and_says_what_to_set(db_url: str, tmp_path: Path) -> None:
    shop = open_shop(db_url, tmp_path / "invoices", font_path="/nowhere/NoSuchFont.ttf")
    try:
        no = make_invoice(shop)
        with pytest.raises(PdfError, match="font_path"):
            shop.invoice_pdf(no)
        assert shop.invoice(no).invoice_no == no
    finally:
        shop.close()


def test_storing_the_hash_leaves_the_write_connection_fully_durable(desk: Shop) -> None:
    """The hash's commit relaxes the disk wait for itself only; the next command is durable again."""
    no = make_invoice(desk)
    desk.invoice_pdf(no)
    pooled = desk.db.write.pool.checkedin()  # type: ignore[attr-defined]
    assert pooled >= 1
    if not desk.db.is_sqlite:
        # PostgreSQL relaxes the hash's commit with SET LOCAL, which must end with that transaction:
        # no pooled connection may carry a session-level synchronous_commit afterwards.
        conns = [desk.db.write.connect() for _ in range(pooled)]
        try:
            sources = [
                c.exec_driver_sql("SELECT source FROM pg_settings WHERE name = 'synchronous_commit'").scalar()
                for c in conns
            ]
            assert "session" not in sources
        finally:
            for c in conns:
                c.close()
        return
    conns = [desk.db.write.connect() for _ in range(pooled)]  # every connection the pool holds
    try:
        assert [c.exec_driver_sql("PRAGMA synchronous").scalar() for c in conns] == [2] * pooled  # FULL
    finally:
        for c in conns:
            c.close()


def test_a_first_pdf_never_replaces_another_file_of_its_name_it_is_kept_beside_and_logged(
    db_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Another shop's (or a restored shop's earlier) 2026-000001.pdf in the folder: kept, renamed, reported."""
    folder = tmp_path / "invoices"
    folder.mkdir()
    theirs = b"%PDF-1.4 another shop's invoice 2026-000001"
    (folder / "2026-000001.pdf").write_bytes(theirs)
    shop = open_shop(db_url, folder)
    try:
        with caplog.at_level("WARNING", logger="app.documents.files"):
            no = make_invoice(shop, fare=50_000)
            path = shop.invoice_pdf(no)
        assert no == "2026-000001" and path == folder / "2026-000001.pdf"
        assert shop.invoice(no).pdf_sha256 == sha(path)  # the one issued now is in its place
        (kept,) = folder.glob("2026-000001.clash-*.pdf")
        assert kept.read_bytes() == theirs
        assert f"kept as {kept.name}" in caplog.text and "홍길동" not in caplog.text
        assert shop.documents.reprint(no) == path and sha(path) == shop.invoice(no).pdf_sha256
        assert kept.read_bytes() == theirs
    finally:
        shop.close()
