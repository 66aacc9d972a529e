"""The letterhead a manager keeps in the app (UpdateShopDetails): stored in one row, printed on new
documents instead of the profile's, refused with nothing written when wrong; issued documents keep theirs."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.bootstrap import Shop, bootstrap
from app.schema import shop_details
from app.settings import Settings, ShopDetails
from domain.commands import CloseDay, CreateUser, DraftEstimate, RecordPayment, RegisterMechanic, UpdateShopDetails
from domain.errors import DomainError, InvalidInput, PermissionDenied
from tests.builders import FakeClock, make_invoice
from tests.integration.core_helpers import count, diff, events, snapshot, wait_for_documents
from tests.till_support import pdf_text

PROFILE = ShopDetails("프로필 정비", "서울특별시 성동구 성수이로 1", "123-45-67890", "02-1234-5678")
STORED = UpdateShopDetails(
    name="한빛자동차정비",
    address="서울특별시 마포구 월드컵로 12",
    business_no="1248100998",
    phone="0231245678",
    owner="박정비",
    repair_registration_no="서울마포-제2026-015호",
)


def _open(db_url: str, folder: Path, clock: FakeClock | None = None) -> Shop:
    settings = Settings(shop=PROFILE)
    return bootstrap(db_url, folder, settings=settings, actor="owner", terminal="front-1", clock=clock or FakeClock())


def test_without_stored_details_the_profile_s_are_used(db_url: str, tmp_path: Path) -> None:
    shop = _open(db_url, tmp_path / "invoices")
    try:
        assert shop.shop_details() == PROFILE
        assert count(shop, shop_details) == 0
    finally:
        shop.close()


def test_stored_details_are_normalised_recorded_and_read_back(db_url: str, tmp_path: Path) -> None:
    shop = _open(db_url, tmp_path / "invoices")
    try:
        shop.handle(STORED)
        expected = ShopDetails(
            "한빛자동차정비",
            "서울특별시 마포구 월드컵로 12",
            "124-81-00998",
            "02-3124-5678",
            "박정비",
            "서울마포-제2026-015호",
        )
        assert shop.shop_details() == expected
        (event,) = events(shop, "ShopDetailsUpdated")
        assert event.name == "한빛자동차정비" and event.business_no == "124-81-00998"
        shop.handle(STORED)  # the same again: nothing changed, nothing recorded
        assert len(events(shop, "ShopDetailsUpdated")) == 1
        shop.handle(UpdateShopDetails("새봄 모터스", address="부산광역시 해운대구 센텀로 7"))
        assert shop.shop_details() == ShopDetails("새봄 모터스", "부산광역시 해운대구 센텀로 7")
        assert count(shop, shop_details) == 1
        assert [e.name for e in events(shop, "ShopDetailsUpdated")] == ["한빛자동차정비", "새봄 모터스"]
    finally:
        shop.close()
    again = _open(db_url, tmp_path / "invoices")  # another terminal, or the next start, reads the same
    try:
        assert again.shop_details().name == "새봄 모터스"
    finally:
        again.close()


BAD = [
    (UpdateShopDetails("  "), "common.required", "상호"),
    (UpdateShopDetails("가" * 61), "common.too_long", "상호"),
    (UpdateShopDetails("한빛", address="가" * 201), "common.too_long", "주소"),
    (UpdateShopDetails("한빛", business_no="124-81-00999"), "billing.business_number_check", "사업자등록번호"),
    (UpdateShopDetails("한빛", business_no="124-81-009"), "billing.business_number_length", "사업자등록번호"),
    (UpdateShopDetails("한빛", business_no="사업자"), "billing.business_number_form", "사업자등록번호"),
    (UpdateShopDetails("한빛", phone="12345"), "customers.phone_pattern", "전화번호"),
    (UpdateShopDetails("한빛", phone="02-abc"), "customers.phone_characters", "전화번호"),
    (UpdateShopDetails("한빛", owner="가" * 41), "common.too_long", "대표자"),
    (UpdateShopDetails("한빛", repair_registration_no="1" * 41), "common.too_long", "정비업 등록번호"),
    (UpdateShopDetails("한빛\x00"), "common.control_character", "상호"),
]


@pytest.mark.parametrize(("command", "code", "field_ko"), BAD, ids=[b[1] + str(i) for i, b in enumerate(BAD)])
def test_bad_details_are_refused_in_both_languages_and_nothing_is_written(
    db_url: str, tmp_path: Path, command: UpdateShopDetails, code: str, field_ko: str
) -> None:
    shop = _open(db_url, tmp_path / "invoices")
    try:
        shop.handle(STORED)
        before = snapshot(shop)
        with pytest.raises(InvalidInput) as refused:
            shop.handle(command)
        assert refused.value.code == code
        ko, en = refused.value.render("ko"), refused.value.render("en")
        assert field_ko in ko and ko != en and "{" not in ko + en
        assert not diff(before, snapshot(shop))
        assert shop.shop_details().name == "한빛자동차정비"
    finally:
        shop.close()


def test_only_a_manager_may_change_the_details(db_url: str, tmp_path: Path) -> None:
    shop = _open(db_url, tmp_path / "invoices")
    try:
        shop.handle(CreateUser("사장", "manager", "4826"))
        shop.login("사장", "4826")
        shop.handle(CreateUser("접수", "desk", "3917"))
        shop.logout()
        shop.login("접수", "3917")
        before = snapshot(shop)
        with pytest.raises(PermissionDenied):
            shop.handle(STORED)
        assert not diff(before, snapshot(shop))
        shop.logout()
        shop.login("사장", "4826")
        shop.handle(STORED)
        assert shop.shop_details().name == "한빛자동차정비"
    finally:
        shop.close()


def test_new_documents_print_the_stored_details_and_issued_ones_stay_byte_identical(
    db_url: str, tmp_path: Path
) -> None:
    clock = FakeClock()
    folder = tmp_path / "invoices"
    shop = _open(db_url, folder, clock)
    try:
        old = make_invoice(shop, fare=100_000)
        shop.handle(RecordPayment(old, 110_000, "card"))
        old_z = shop.handle(CloseDay())
        wait_for_documents(shop)
        issued = {n: shop.documents.pdf(n).read_bytes() for n in (old, old_z)}

        shop.handle(STORED)
        clock.advance(days=1)
        for n in (old, old_z):
            shop.documents.path(n).unlink()  # a lost file: rendered again from what it froze
            assert shop.documents.reprint(n).read_bytes() == issued[n], n
            assert PROFILE.name in pdf_text(shop.documents.path(n)), n
        assert PROFILE.name in pdf_text(shop.receipt_pdf(old))  # the old invoice's receipt: its letterhead

        new = make_invoice(shop, fare=30_000, mechanic="최영호")
        text = pdf_text(shop.invoice_pdf(new))
        assert "한빛자동차정비" in text and "서울특별시 마포구 월드컵로 12" in text and PROFILE.name not in text
        assert "한빛자동차정비" in pdf_text(shop.receipt_pdf(new))
        new_z = shop.handle(CloseDay())
        assert "한빛자동차정비" in pdf_text(shop.documents.pdf(new_z))
        statement = pdf_text(shop.statement_pdf(new))
        assert "한빛자동차정비" in statement and "124-81-00998" in statement and "박정비" in statement
        mechanic = shop.handle(RegisterMechanic("김견적", 5))
        estimate_no = shop.handle(DraftEstimate("홍길동", "12가3456", mechanic, 1, 50_000))
        assert "한빛자동차정비" in pdf_text(shop.estimate_pdf(estimate_no))
    finally:
        shop.close()


def test_a_refusal_is_a_domain_error_a_person_can_act_on() -> None:
    with pytest.raises(DomainError) as refused:
        UpdateShopDetails("한빛", business_no="124-81-00999").validated()
    assert "사업자등록번호" in refused.value.render("ko")
    assert "business registration number" in refused.value.render("en").lower()
