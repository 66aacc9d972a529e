"""The repair statement (자동차 점검·정비 명세서, 별지 제89호의2): every field in the text layer (pdftotext),
the shop's missing fields asked for instead of printed blank, a reprint byte for byte the same."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.bootstrap import Shop, bootstrap
from app.settings import Settings, ShopDetails
from domain.commands import (
    ApproveEstimate,
    DraftEstimate,
    FinishJob,
    RegisterMechanic,
    RegisterPart,
    RegisterVehicle,
    RequestPart,
    StartJob,
)
from domain.errors import DomainError
from domain.texts import Message
from tests.builders import FakeClock
from tests.till_support import pdf_text

SHOP = ShopDetails(
    name="한빛자동차정비",
    address="서울특별시 마포구 월드컵로 12",
    business_no="123-45-67890",
    phone="02-312-4567",
    owner="박정비",
    repair_registration_no="서울마포-제2026-015호",
)


def _shop(db_url: str, folder: Path, details: ShopDetails) -> Shop:
    settings = Settings(database_url=db_url, invoice_dir=folder, shop=details)
    return bootstrap(settings=settings, actor="desk", terminal="front-1", clock=FakeClock())


@pytest.fixture
def desk(db_url: str, tmp_path: Path) -> Iterator[Shop]:
    shop = _shop(db_url, tmp_path / "invoices", SHOP)
    yield shop
    shop.close()


def _finished_job(shop: Shop) -> str:
    kim = shop.handle(RegisterMechanic("김민수", 10))
    shop.handle(RegisterVehicle("12가3456", model="쏘나타 DN8", first_registered="2021-05-14"))
    pads = shop.handle(RegisterPart("BRK-PAD-F01", "브레이크 패드 (앞)", 45_000, 4, origin="D"))
    oil = shop.handle(RegisterPart("OIL-5W30", "엔진오일 5W-30", 12_000, 10, origin="A"))
    no = shop.handle(
        DraftEstimate(
            "홍길동", "12가3456", kim, 1, 60_000, mileage=48_213, term="브레이크 패드 교환", parts=((pads, 1),)
        )
    )
    rid = shop.handle(ApproveEstimate(no, "phone"))
    (row,) = [r for r in shop.status_board() if r.receipt_id == rid]
    shop.handle(StartJob(row.job_id))  # the estimate's pads are requested as the job starts
    shop.handle(RequestPart(row.job_id, oil, 2))
    shop.handle(FinishJob(row.job_id))
    (row,) = [r for r in shop.status_board() if r.receipt_id == rid]
    return str(row.invoice_no)


def test_the_statement_holds_every_field_of_the_form(desk: Shop) -> None:
    invoice_no = _finished_job(desk)
    path = desk.statement_pdf(invoice_no)
    assert path.name == f"statement-{invoice_no}.pdf" and path.read_bytes().startswith(b"%PDF")
    text = pdf_text(path)
    view = desk.invoice(invoice_no)
    # 60,000 labour + 45,000 + 2 × 12,000 parts = 129,000; VAT 12,900; 141,900
    assert (view.subtotal, view.vat, view.total) == (129_000, 12_900, 141_900)
    for expected in (
        "자동차 점검·정비 명세서",
        "별지 제89호의2",
        "12가3456",
        "쏘나타 DN8",
        "48,213 km",
        "2021-05-14",
        "의뢰일자",
        "완료일자",
        "출고일자",
        "한빛자동차정비",
        "박정비",
        "123-45-67890",
        "서울마포-제2026-015호",
        "서울특별시 마포구 월드컵로 12",
        "02-312-4567",
        "정비책임자",
        "김민수",
        "브레이크 패드 (앞)",
        "엔진오일 5W-30",
        "45,000",
        "24,000",
        "60,000",
        "129,000",
        "12,900",
        "141,900",
        "소계",
        "부가세",
        "총계",
        "추가정비 동의",
        "전화 phone",
        "90일",
        "60일",
        "30일",
        "20,000km",
        "60,000km",
    ):
        assert expected in text, expected
    assert "2026-11-24" in text  # requested, completed and released that day (the test clock)
    # Each part with its origin code, quantity, unit price and amount, on its line.
    lines = text.splitlines()
    assert any("브레이크 패드 (앞)" in ln and " D " in f" {ln} " and "45,000" in ln for ln in lines), text
    assert any("엔진오일 5W-30" in ln and " A " in f" {ln} " and "12,000" in ln and "24,000" in ln for ln in lines)


def test_a_reprint_is_byte_identical_even_after_the_shop_details_change(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "invoices"
    shop = _shop(db_url, folder, SHOP)
    try:
        invoice_no = _finished_job(shop)
        first = shop.statement_pdf(invoice_no).read_bytes()
        assert shop.statement_pdf(invoice_no).read_bytes() == first
    finally:
        shop.close()
    moved = _shop(db_url, folder, dataclasses.replace(SHOP, phone="02-000-0000"))
    try:
        assert moved.statement_pdf(invoice_no).read_bytes() == first
    finally:
        moved.close()


def test_the_statement_is_written_on_completion_beside_the_invoice_on_its_frozen_letterhead(
    db_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "invoices"
    shop = _shop(db_url, folder, SHOP)
    try:
        invoice_no = _finished_job(shop)
        shop.invoice_pdf(invoice_no)  # waits for the background write that follows the completion
        written = folder / f"statement-{invoice_no}.pdf"
        assert written.is_file() and (folder / f"{invoice_no}.pdf").is_file()
        first = written.read_bytes()
    finally:
        shop.close()
    written.unlink()  # lost: asked for again, it is rendered from what the invoice froze, not today's details
    moved = _shop(db_url, folder, dataclasses.replace(SHOP, phone="02-000-0000", name="새이름정비"))
    try:
        again = moved.statement_pdf(invoice_no)
        assert again.read_bytes() == first
        text = pdf_text(again)
        assert "02-312-4567" in text and "한빛자동차정비" in text
        assert "02-000-0000" not in text and "새이름정비" not in text
    finally:
        moved.close()


def test_a_missing_shop_field_is_asked_for_not_printed_blank(db_url: str, tmp_path: Path) -> None:
    shop = _shop(db_url, tmp_path / "invoices", dataclasses.replace(SHOP, owner="", repair_registration_no=""))
    try:
        invoice_no = _finished_job(shop)
        with pytest.raises(DomainError) as asked:
            shop.statement_pdf(invoice_no)
        message = Message(asked.value.code, asked.value.params)
        assert "shop.owner" in message.render("en") and "shop.repair_registration_no" in message.render("en")
        assert "정비소 정보" in message.render("ko")
        assert not (tmp_path / "invoices" / f"statement-{invoice_no}.pdf").exists()
    finally:
        shop.close()


def test_the_estimate_pdf_holds_car_date_content_amount_validity_and_shop(desk: Shop) -> None:
    kim = desk.handle(RegisterMechanic("김민수", 10))
    pads = desk.handle(RegisterPart("BRK-PAD-F01", "브레이크 패드 (앞)", 45_000, 4, origin="D"))
    no = desk.handle(
        DraftEstimate(
            "홍길동",
            "12가3456",
            kim,
            2,
            60_000,
            mileage=48_213,
            term="브레이크 패드 교환",
            labour=(("브레이크액 교환", 30_000),),
            parts=((pads, 2),),
            valid_days=14,
        )
    )
    path = desk.estimate_pdf(no)
    assert path.name == f"estimate-{no}.pdf"
    text = pdf_text(path)
    # 60,000 + 30,000 labour + 90,000 parts = 180,000; VAT 18,000; 198,000
    for expected in (
        "견적서",
        "ESTIMATE",
        no,
        "12가3456",
        "홍길동",
        "48,213 km",
        "2026-11-24",
        "2026-12-07",
        "브레이크 패드 교환",
        "브레이크액 교환",
        "브레이크 패드 (앞)",
        "90,000",
        "180,000",
        "18,000",
        "198,000",
        "한빛자동차정비",
        "123-45-67890",
        "02-312-4567",
    ):
        assert expected in text, expected
    assert any("브레이크 패드 (앞)" in ln and " D " in f" {ln} " and "45,000" in ln for ln in text.splitlines())
    assert desk.estimate_pdf(no).read_bytes() == path.read_bytes()
