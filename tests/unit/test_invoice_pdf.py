"""Rendering the invoice, credit note and Z report PDFs from plain views (no database)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.documents.fonts import FontNotFound, FontPair, find_korean_font
from app.documents.invoice_pdf import CreditNoteFacts, percent, render_credit_note_pdf, render_invoice_pdf, when, won
from app.documents.z_report_pdf import render_z_report_pdf
from app.queries import InvoiceLineView, InvoiceView
from app.settings import ShopDetails
from domain.billing.day import IssuedDocument, OpenBalance, summarise_day
from tests.till_support import pdf_pages, pdf_text

SHOP = ShopDetails("피트레인 자동차정비", "서울특별시 성동구 성수이로 123", "123-45-67890", "02-1234-5678")


def view(parts: int = 2, **changes: object) -> InvoiceView:
    lines = [InvoiceLineView(0, "labour", "", "Labour — 정기점검", 1, 86_000, 86_000)]
    for n in range(1, parts + 1):
        lines.append(InvoiceLineView(n, "part", f"PART-{n:03d}", f"브레이크 패드 {n}번", 2, 89_003, 178_006))
    subtotal = sum(line.amount for line in lines)
    values: dict[str, object] = {
        "invoice_no": "2026-000042",
        "issued_at": "2026-11-24T14:03:12+09:00",
        "status": "issued",
        "receipt_id": 7,
        "job_id": 5,
        "customer_name": "홍길동",
        "customer_phone": "010-1234-5678",
        "car_number": "12가3456",
        "car_id": "KMHD141GPMU123456",
        "mechanic_name": "김민수",
        "request_note": "브레이크 소음 & <점검> 요청",
        "lines": tuple(lines),
        "subtotal": subtotal,
        "vat_rate": "0.10",
        "vat": 26_401,
        "total": subtotal + 26_401,
        "payments": (),
        "paid": 0,
        "balance": subtotal + 26_401,
        "credit_note_no": None,
        "void_reason": None,
        "pdf_sha256": None,
    }
    values.update(changes)
    return InvoiceView(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def fonts() -> FontPair:
    return find_korean_font()


def write(tmp_path: Path, data: bytes, name: str = "doc.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_formatting_helpers() -> None:
    assert won(264_006) == "264,006"
    assert won(-1_234_567) == "-1,234,567"
    assert percent("0.10") == "10%"
    assert percent("0.075") == "7.5%"
    assert when("2026-11-24T14:03:12+09:00") == "2026-11-24 14:03"


def test_invoice_text_layer_holds_everything_the_customer_needs(tmp_path: Path, fonts: FontPair) -> None:
    v = view(parts=1)  # 86,000 + 178,006 = 264,006; VAT 26,400.6 -> 26,401
    assert v.subtotal == 264_006
    text = pdf_text(write(tmp_path, render_invoice_pdf(v, SHOP, fonts)))
    for expected in (
        "피트레인 자동차정비",
        "서울특별시 성동구 성수이로 123",
        "123-45-67890",
        "02-1234-5678",
        "2026-000042",
        "2026-11-24 14:03",
        "홍길동",
        "010-1234-5678",
        "12가3456",
        "KMHD141GPMU123456",
        "김민수",
        "공임 Labour — 정기점검",
        "PART-001",
        "브레이크 패드 1번",
        "89,003",
        "178,006",
        "264,006",
        "VAT 10%",
        "26,401",
        "290,407",
        "브레이크 소음 & <점검> 요청",
    ):
        assert expected in text, expected


def test_invoice_renders_byte_identical_twice(fonts: FontPair) -> None:
    v = view(parts=3)
    first = render_invoice_pdf(v, SHOP, fonts)
    render_invoice_pdf(view(parts=7, customer_name="김영희"), SHOP, fonts)  # another document in between
    assert render_invoice_pdf(v, SHOP, fonts) == first


def test_long_invoice_runs_over_pages_with_header_and_page_count(tmp_path: Path, fonts: FontPair) -> None:
    path = write(tmp_path, render_invoice_pdf(view(parts=45), SHOP, fonts))
    pages = pdf_pages(path)
    assert pages >= 2
    text = "".join(pdf_text(path).split())
    assert f"1/{pages}" in text and f"{pages}/{pages}" in text
    assert text.count("단가Unitprice") == pages  # the lines' header repeats on every page
    assert text.count("청구서") == pages  # and so does the letterhead
    assert "PART-045" in text


def test_credit_note_negates_every_amount_and_names_the_invoice(tmp_path: Path, fonts: FontPair) -> None:
    facts = CreditNoteFacts("CN2026-000003", "2026-11-25T10:00:00+09:00", "고객 요청으로 취소", 100_000)
    text = pdf_text(write(tmp_path, render_credit_note_pdf(view(parts=1), facts, SHOP, fonts)))
    for expected in (
        "CN2026-000003",
        "2026-000042",
        "고객 요청으로 취소",
        "-264,006",
        "-26,401",
        "-290,407",
        "100,000",
    ):
        assert expected in text, expected


def test_z_report_text(tmp_path: Path, fonts: FontPair) -> None:
    report = summarise_day(
        "2026-11-24",
        [("cash", 50_000), ("card", 1_234_567)],
        [("cash", 20_000)],
        [IssuedDocument("2026-000001", "홍길동", "12가3456", 1_000_000, 100_000, 1_100_000)],
        [],
        [OpenBalance("2026-000001", "홍길동", "12가3456", 1_100_000, 65_433)],
        z_no="Z2026-0007",
        closed_at="2026-11-24T19:00:00+09:00",
        closed_by="desk",
        terminal="front-1",
    )
    text = pdf_text(write(tmp_path, render_z_report_pdf(report, SHOP, fonts)))
    for expected in ("Z2026-0007", "2026-11-24", "1,234,567", "1,284,567", "-20,000", "1,264,567", "65,433", "홍길동"):
        assert expected in text, expected


def test_a_missing_font_is_a_clear_error() -> None:
    with pytest.raises(FontNotFound, match="font_path"):
        find_korean_font("/nowhere/NoSuchFont.ttf")
