"""Every document keeps the letterhead and font it was first written with: reprints stay byte-identical
after the shop's details change, and new documents carry the new details."""

from __future__ import annotations

from pathlib import Path

from app.bootstrap import Shop, bootstrap
from app.settings import Settings, ShopDetails
from domain.commands import CloseDay, RecordPayment, VoidInvoice
from tests.builders import FakeClock, make_invoice
from tests.integration.core_helpers import wait_for_documents
from tests.till_support import pdf_text

OLD = ShopDetails("피트레인 자동차정비", "서울특별시 성동구 성수이로 123", "123-45-67890", "02-1234-5678")
NEW = ShopDetails("새봄 모터스", "부산광역시 해운대구 센텀로 7", "987-65-43210", "051-000-1111")


def open_shop(db_url: str, folder: Path, letterhead: ShopDetails, clock: FakeClock) -> Shop:
    return bootstrap(db_url, folder, settings=Settings(shop=letterhead), actor="desk", terminal="front-1", clock=clock)


def test_reprints_keep_the_old_letterhead_and_new_documents_take_the_new(db_url: str, tmp_path: Path) -> None:
    clock = FakeClock()
    folder = tmp_path / "invoices"
    shop = open_shop(db_url, folder, OLD, clock)
    try:
        kept = make_invoice(shop, fare=100_000)
        shop.handle(RecordPayment(kept, 110_000, "card"))
        voided = make_invoice(shop, fare=20_000, mechanic="박지훈")
        credit_note = shop.handle(VoidInvoice(voided, "중복 발행"))
        z_no = shop.handle(CloseDay())
        wait_for_documents(shop)
        numbers = [kept, voided, credit_note, z_no]
        issued = {n: shop.documents.pdf(n).read_bytes() for n in numbers}
    finally:
        shop.close()
    for n in numbers:
        (folder / f"{n}.pdf").unlink()  # lost files: the reprint is rendered again

    clock.set("2026-11-25T09:00:00")
    shop = open_shop(db_url, folder, NEW, clock)  # the shop moved and changed its name
    try:
        wait_for_documents(shop)
        for n in numbers:
            assert shop.documents.verify(n), n
            assert shop.documents.reprint(n).read_bytes() == issued[n], n
            text = pdf_text(shop.documents.path(n))
            assert OLD.name in text and NEW.name not in text, n
        receipt = pdf_text(shop.receipt_pdf(kept))  # the receipt of an old invoice: the invoice's letterhead
        assert OLD.name in receipt and NEW.name not in receipt
        fresh = make_invoice(shop, fare=30_000, mechanic="최영호")
        text = pdf_text(shop.invoice_pdf(fresh))
        assert NEW.name in text and NEW.address in text and OLD.name not in text
    finally:
        shop.close()
