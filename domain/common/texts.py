"""Sentences of the common context, by code (see domain.texts): field names and the field checks.

Korean is written for the front desk in the 합니다/하세요 style. A field's name is
followed by "항목" where Korean would need a particle that depends on the name's
last syllable (을/를, 이/가), so every sentence reads right for every field.
"""

from __future__ import annotations

from domain.texts import Text

#: The name of every field a command checks (`common.field.<name>`), shown inside refusals.
FIELDS: dict[str, Text] = {
    "common.field.customer_name": Text(en="Customer name", ko="고객 이름"),
    "common.field.car_number": Text(en="Car number", ko="차량번호"),
    "common.field.car_id": Text(en="Car id (VIN)", ko="차대번호(VIN)"),
    "common.field.phone": Text(en="Phone", ko="전화번호"),
    "common.field.mechanic_number": Text(en="Mechanic number", ko="정비사 번호"),
    "common.field.mechanic_name": Text(en="Mechanic name", ko="정비사 이름"),
    "common.field.man_days": Text(en="Man-days", ko="공수"),
    "common.field.labour_fare": Text(en="Labour fare", ko="공임"),
    "common.field.term": Text(en="Work description", ko="작업 내용"),
    "common.field.notes": Text(en="Notes", ko="메모"),
    "common.field.reason": Text(en="Reason", ko="사유"),
    "common.field.void_reason": Text(en="Reason for the void", ko="무효 사유"),
    "common.field.receipt_number": Text(en="Receipt number", ko="접수 번호"),
    "common.field.job_number": Text(en="Job number", ko="작업 번호"),
    "common.field.invoice_number": Text(en="Invoice number", ko="청구서 번호"),
    "common.field.amount": Text(en="Amount", ko="금액"),
    "common.field.refund_amount": Text(en="Refund amount", ko="환불 금액"),
    "common.field.card_amount": Text(en="Card amount", ko="카드 금액"),
    "common.field.transfer_amount": Text(en="Transfer amount", ko="계좌이체 금액"),
    "common.field.cash_tendered": Text(en="Cash tendered", ko="받은 현금"),
    "common.field.payment_method": Text(en="Payment method", ko="결제 수단"),
    "common.field.day": Text(en="Day", ko="날짜"),
    "common.field.part_number": Text(en="Part number", ko="부품 번호"),
    "common.field.part_code": Text(en="Part code", ko="부품 코드"),
    "common.field.part_name": Text(en="Part name", ko="부품 이름"),
    "common.field.price": Text(en="Price", ko="단가"),
    "common.field.quantity": Text(en="Quantity", ko="수량"),
    "common.field.stock": Text(en="Stock", ko="재고"),
    "common.field.low_stock_threshold": Text(en="Low-stock threshold", ko="재고 부족 기준"),
}

#: The checks every command shares (domain.messages); `field` is a field name above.
CHECKS: dict[str, Text] = {
    "common.required": Text(
        en="{field} is required.",
        ko="{field} 항목을 입력하세요.",
    ),
    "common.not_chosen": Text(  # an id: on a screen it is picked from a list
        en="{field} is required.",
        ko="{field} 항목을 선택하세요.",
    ),
    "common.too_long": Text(
        en="{field} is too long (at most {max_len} characters).",
        ko="{field} 항목이 너무 깁니다(최대 {max_len}자).",
    ),
    "common.control_character": Text(
        en="{field} holds an invisible control character; type it again.",
        ko="{field} 항목에 보이지 않는 제어 문자가 있습니다. 다시 입력하세요.",
    ),
    "common.not_text": Text(
        en="{field} must be text.",
        ko="{field} 항목은 글자로 입력해야 합니다.",
    ),
    "common.not_an_id": Text(
        en="{field} must be a positive whole number (got {value!r}).",
        ko="{field} 항목은 1 이상의 정수여야 합니다(입력값: {value!r}).",
    ),
    "common.id_out_of_range": Text(
        en="{field} {value} is out of range: no such number exists.",
        ko="{field} {value}: 범위를 벗어난 번호라 있을 수 없습니다.",
    ),
    "common.not_whole_number": Text(
        en="{field} must be a whole number (got {value!r}).",
        ko="{field} 항목은 정수여야 합니다(입력값: {value!r}).",
    ),
    "common.not_positive": Text(
        en="{field} must be more than 0 (got {value}).",
        ko="{field} 항목은 0보다 커야 합니다(입력값: {value}).",
    ),
    "common.negative": Text(
        en="{field} cannot be negative (got {value:,}).",
        ko="{field} 항목은 음수일 수 없습니다(입력값: {value:,}).",
    ),
    "common.too_large": Text(
        en="{field} is too large (at most {maximum:,}).",
        ko="{field} 항목이 너무 큽니다(최대 {maximum:,}).",
    ),
}

TEXTS: dict[str, Text] = {**FIELDS, **CHECKS}
