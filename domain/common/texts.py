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
    "common.field.wanted_by": Text(en="Wanted by", ko="희망 완료일"),
    "common.field.working_days": Text(en="Working days", ko="근무 요일"),
    "common.field.closure": Text(en="Closure", ko="휴무 기간"),
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

#: Refusals of the application layer itself (app/: the message bus, the database, documents).
TEXTS.update(
    {
        "common.unknown_command": Text(
            en="Pitlane does not know the command {command}.",
            ko="Pitlane이 모르는 명령입니다: {command}.",
        ),
        "common.database_conflict": Text(
            en="This clashes with something already recorded, so nothing was saved. "
            "Check the details; if it happens again, tell the administrator (see the log).",
            ko="이미 기록된 내용과 충돌하여 아무것도 저장하지 않았습니다. "
            "내용을 확인하세요. 다시 일어나면 관리자에게 알려 주세요(로그 참고).",
        ),
        "common.database_unavailable": Text(
            en="The shop's database is busy or cannot be reached, so nothing was saved. "
            "Wait a moment and try again; if it goes on, check the network or the server.",
            ko="정비소 데이터베이스가 바쁘거나 연결되지 않아 아무것도 저장하지 않았습니다. "
            "잠시 후 다시 해 보세요. 계속되면 네트워크나 서버를 확인하세요.",
        ),
        "common.update_waiting_receipt": Text(
            en="An earlier update of this receipt ({event}) could not be applied yet, so nothing was saved. "
            "Try again in a moment; if it goes on, tell the administrator "
            "(python -m app deliver-pending, and the log).",
            ko="이 접수의 앞선 변경({event})이 아직 반영되지 않아 아무것도 저장하지 않았습니다. "
            "잠시 후 다시 해 보세요. 계속되면 관리자에게 알려 주세요(python -m app deliver-pending, 로그).",
        ),
        "common.update_waiting_job": Text(
            en="An earlier update of this job ({event}) could not be applied yet, so nothing was saved. "
            "Try again in a moment; if it goes on, tell the administrator "
            "(python -m app deliver-pending, and the log).",
            ko="이 작업의 앞선 변경({event})이 아직 반영되지 않아 아무것도 저장하지 않았습니다. "
            "잠시 후 다시 해 보세요. 계속되면 관리자에게 알려 주세요(python -m app deliver-pending, 로그).",
        ),
        "common.update_waiting_invoice": Text(
            en="An earlier update of this invoice ({event}) could not be applied yet, so nothing was saved. "
            "Try again in a moment; if it goes on, tell the administrator "
            "(python -m app deliver-pending, and the log).",
            ko="이 청구서의 앞선 변경({event})이 아직 반영되지 않아 아무것도 저장하지 않았습니다. "
            "잠시 후 다시 해 보세요. 계속되면 관리자에게 알려 주세요(python -m app deliver-pending, 로그).",
        ),
        "common.document_not_found": Text(
            en="There is no invoice, credit note or Z report numbered {number}.",
            ko="번호가 {number}인 청구서, 취소 전표, 마감 보고서가 없습니다.",
        ),
        # Documents: their names, and why a PDF could not be written (app/documents/).
        "common.document.invoice": Text(en="invoice", ko="청구서"),
        "common.document.credit_note": Text(en="credit note", ko="취소 전표"),
        "common.document.z_report": Text(en="Z report", ko="Z 리포트"),
        "common.pdf_not_written": Text(
            en="The {document} {number} is saved, but its PDF could not be written. {why} Then print it again.",
            ko="{document} {number}은(는) 저장되었지만 PDF 파일을 쓰지 못했습니다. {why} 그런 다음 다시 인쇄하세요.",
        ),
        "common.pdf_disk_full": Text(
            en="The disk holding {folder} is full: free some space on it.",
            ko="{folder}이(가) 있는 디스크가 가득 찼습니다. 공간을 비우세요.",
        ),
        "common.pdf_folder_read_only": Text(
            en="The folder {folder} is read-only: give Pitlane permission to write there, "
            "or choose another invoice folder (invoice_dir) in the profile.",
            ko="{folder} 폴더는 읽기 전용입니다. Pitlane에 쓰기 권한을 주거나, "
            "프로필에서 다른 청구서 폴더(invoice_dir)를 고르세요.",
        ),
        "common.pdf_no_folder": Text(
            en="The folder {folder} does not exist and cannot be created ({error}): "
            "create it, or choose another invoice folder (invoice_dir) in the profile.",
            ko="{folder} 폴더가 없고 만들 수도 없습니다({error}). "
            "폴더를 만들거나, 프로필에서 다른 청구서 폴더(invoice_dir)를 고르세요.",
        ),
        "common.pdf_write_failed": Text(
            en="Writing to {folder} failed ({error}): check the folder and the disk.",
            ko="{folder}에 쓰지 못했습니다({error}). 폴더와 디스크를 확인하세요.",
        ),
        "common.font_path_not_ttf": Text(
            en="The font set in the profile (font_path = {setting}) is not a .ttf file that exists.",
            ko="프로필에 설정한 글꼴(font_path = {setting})이 없거나 .ttf 파일이 아닙니다.",
        ),
        "common.no_korean_font": Text(
            en="No Korean TrueType font found for invoices. Install NanumGothic "
            "(Debian/Ubuntu: sudo apt install fonts-nanum) or set font_path in your profile "
            "to a .ttf file such as C:/Windows/Fonts/malgun.ttf.",
            ko="청구서에 쓸 한글 트루타입 글꼴이 없습니다. 나눔고딕을 설치하거나"
            "(Debian/Ubuntu: sudo apt install fonts-nanum) 프로필의 font_path에 "
            "C:/Windows/Fonts/malgun.ttf 같은 .ttf 파일을 지정하세요.",
        ),
        "common.reprint_differs": Text(
            en="The {document} {number} would print differently now than the PDF that was issued "
            "(issued SHA-256 {issued}…, now {now}…): the font or the shop details in the profile have changed since. "
            "Restore the issued file {file} from a backup, or put the font and shop details back as they were.",
            ko="{document} {number}을(를) 지금 인쇄하면 발행한 PDF와 달라집니다(발행 SHA-256 {issued}…, 지금 {now}…). "
            "발행 뒤 프로필의 글꼴이나 정비소 정보가 바뀌었습니다. "
            "발행한 파일 {file}을(를) 백업에서 되살리거나, 글꼴과 정비소 정보를 예전대로 되돌리세요.",
        ),
    }
)
