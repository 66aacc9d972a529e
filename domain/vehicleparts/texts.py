"""Sentences of the vehicleparts context, by code (see domain.texts)."""

from __future__ import annotations

from domain.texts import Text

TEXTS: dict[str, Text] = {
    # Why a part request was cancelled (stored with the request and shown in the bay).
    "vehicleparts.out_of_stock": Text(
        en="{part} ({code}) is out of stock.",
        ko="{part}({code}) 재고가 없습니다.",
    ),
    "vehicleparts.short_stock": Text(
        en="Only {stock} of {part} ({code}) in stock; {qty} asked.",
        ko="{part}({code}) 재고가 {stock}개뿐인데 {qty}개를 요청했습니다.",
    ),
    # Refusals.
    "vehicleparts.cannot_take": Text(
        en="Cannot take {qty} of {part} ({code}) off the shelf: only {stock} in stock.",
        ko="{part}({code})을(를) {qty}개 뺄 수 없습니다. 재고가 {stock}개뿐입니다.",
    ),
    "vehicleparts.stock_over_max": Text(
        en=(
            "{part} ({code}) would have {stock:,} in stock; the most Pitlane keeps is {maximum:,}. Check the quantity."
        ),
        ko=(
            "{part}({code}) 재고가 {stock:,}개가 됩니다. Pitlane은 최대 {maximum:,}개까지 관리합니다. "
            "수량을 확인하세요."
        ),
    ),
    "vehicleparts.code_taken": Text(
        en="Part code {code} is already in the catalogue; use another code.",
        ko="부품 코드 {code}는 이미 등록되어 있습니다. 다른 코드를 쓰세요.",
    ),
    "vehicleparts.code_pattern": Text(
        en="Part code {code!r} may only hold letters, digits and . _ / - (no spaces).",
        ko="부품 코드 {code!r}에는 영문, 숫자와 . _ / - 만 쓸 수 있습니다(공백 불가).",
    ),
    "vehicleparts.part_not_found": Text(
        en="There is no part number {part_id}.",
        ko="{part_id}번 부품이 없습니다.",
    ),
    "vehicleparts.origin_unknown": Text(
        en="Origin {origin!r} is not a part origin code: use A (new genuine), B (remanufactured), "
        "C (used or reconditioned), D (certified alternative) or F (imported).",
        ko="부품 구분 {origin!r}은(는) 쓸 수 없습니다. A(신품 순정), B(재제조), C(중고·재생), "
        "D(인증 대체), F(수입) 중 하나를 쓰세요.",
    ),
    # What each origin code means (부품 구분 on the repair statement).
    "vehicleparts.origin.a": Text(en="new genuine", ko="신품 순정"),
    "vehicleparts.origin.b": Text(en="remanufactured", ko="재제조"),
    "vehicleparts.origin.c": Text(en="used or reconditioned", ko="중고·재생"),
    "vehicleparts.origin.d": Text(en="certified alternative", ko="인증 대체"),
    "vehicleparts.origin.f": Text(en="imported", ko="수입"),
}
