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
    "common.field.day_off": Text(en="Day off", ko="휴무일"),
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
    "common.field.part_request_number": Text(en="Part request number", ko="부품 요청 번호"),
    "common.field.part_code": Text(en="Part code", ko="부품 코드"),
    "common.field.part_name": Text(en="Part name", ko="부품 이름"),
    "common.field.price": Text(en="Price", ko="단가"),
    "common.field.quantity": Text(en="Quantity", ko="수량"),
    "common.field.stock": Text(en="Stock", ko="재고"),
    "common.field.low_stock_threshold": Text(en="Low-stock threshold", ko="재고 부족 기준"),
    "common.field.part_origin": Text(en="Origin", ko="부품 구분"),
    "common.field.estimate_number": Text(en="Estimate number", ko="견적 번호"),
    "common.field.consent_way": Text(en="How the customer agreed", ko="동의 방법"),
    "common.field.valid_days": Text(en="Valid for (days)", ko="유효기간(일)"),
    "common.field.canned_job": Text(en="Standard job", ko="정비 메뉴"),
    "common.field.additional_work": Text(en="Additional work", ko="추가정비"),
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
        "common.document_not_as_logged": Text(
            en="The {document} {number} was not printed: in the database it no longer matches the event that "
            "issued it ({what}). The database was changed outside Pitlane; run python -m app check and restore "
            "the last good backup.",
            ko="{document} {number}을(를) 인쇄하지 않았습니다. 데이터베이스의 내용이 발행 기록(이벤트)과 "
            "맞지 않습니다({what}). 데이터베이스가 Pitlane 밖에서 바뀌었습니다. python -m app check를 실행하고 "
            "마지막 정상 백업을 되살리세요.",
        ),
    }
)

# -- data safety: files that are not a shop, faults in words, backups, profiles (app.shopfile, app.faults, app.backup)
TEXTS.update(
    {
        "common.shop_file.empty": Text(
            en=(
                "The shop's database file {path} is empty (0 bytes), so Pitlane did not open it and wrote "
                "nothing: an empty file is not a new shop. If the shop's data should be there, restore the "
                "latest backup (python -m app restore BACKUP); to start a new shop, move the empty file away."
            ),
            ko=(
                "가게 데이터베이스 파일 {path}이(가) 비어 있어(0바이트) Pitlane은 이 파일을 열지 않았고 아무것도 "
                "쓰지 않았습니다. 빈 파일은 새 가게가 아닙니다. 가게 자료가 있어야 한다면 최근 백업을 복원하고"
                "(python -m app restore 백업파일), 새 가게를 시작하려면 빈 파일을 다른 곳으로 옮기세요."
            ),
        ),
        "common.shop_file.not_sqlite": Text(
            en=(
                "The file {path} is not a SQLite database (it is another kind of file, or damaged beyond "
                "reading), so Pitlane did not open it and wrote nothing. Check database_url in the profile; "
                "if this file should be the shop, restore the latest backup (python -m app restore BACKUP)."
            ),
            ko=(
                "파일 {path}은(는) SQLite 데이터베이스가 아니어서(다른 종류의 파일이거나 읽을 수 없을 만큼 "
                "손상됨) Pitlane은 열지 않았고 아무것도 쓰지 않았습니다. 프로필의 database_url을 확인하고, "
                "이 파일이 가게 자료여야 한다면 최근 백업을 복원하세요(python -m app restore 백업파일)."
            ),
        ),
        "common.shop_file.not_pitlane": Text(
            en=(
                "The database {where} holds tables that are not a Pitlane shop's ({tables}), so Pitlane did "
                "not open it and wrote nothing. Point database_url at the shop's database, or at a new file "
                "for a new shop."
            ),
            ko=(
                "데이터베이스 {where}에는 Pitlane 가게의 것이 아닌 테이블({tables})이 있어 Pitlane은 열지 "
                "않았고 아무것도 쓰지 않았습니다. database_url이 가게 데이터베이스를 가리키게 하거나, 새 "
                "가게라면 새 파일을 지정하세요."
            ),
        ),
        "common.shop_file.newer": Text(
            en=(
                "The shop's database {where} was written by a newer Pitlane (schema {revision}; this Pitlane "
                "knows up to {head}), so this Pitlane did not open it and wrote nothing. Install the newer "
                "Pitlane on this terminal, then start it again."
            ),
            ko=(
                "가게 데이터베이스 {where}은(는) 더 새로운 Pitlane이 쓴 것이라(스키마 {revision}, 이 Pitlane은 "
                "{head}까지 압니다) 열지 않았고 아무것도 쓰지 않았습니다. 이 단말기에 새 버전의 Pitlane을 "
                "설치한 뒤 다시 시작하세요."
            ),
        ),
        "common.shop_file.missing": Text(
            en="There is no shop database at {path}. Check database_url in the profile (or --database).",
            ko="{path}에 가게 데이터베이스가 없습니다. 프로필의 database_url(또는 --database)을 확인하세요.",
        ),
        "common.shop_file.unreadable": Text(
            en=(
                "The shop's database file {path} cannot be read ({reason}), so Pitlane did not open it. Give "
                "the user running Pitlane permission to read and write it, then start again."
            ),
            ko=(
                "가게 데이터베이스 파일 {path}을(를) 읽을 수 없어({reason}) Pitlane은 열지 않았습니다. "
                "Pitlane을 실행하는 사용자에게 이 파일을 읽고 쓸 권한을 준 뒤 다시 시작하세요."
            ),
        ),
        "common.shop_file.backup_before_migration_failed": Text(
            en=(
                "The shop's database {where} needs upgrading, but the backup taken first could not be "
                "written ({reason}), so nothing was upgraded or changed. Fix that, then start Pitlane again."
            ),
            ko=(
                "가게 데이터베이스 {where}을(를) 업그레이드해야 하지만 먼저 만드는 백업을 쓰지 못해({reason}) "
                "아무것도 업그레이드하거나 바꾸지 않았습니다. 그 문제를 해결한 뒤 Pitlane을 다시 시작하세요."
            ),
        ),
        "common.fault.read_only_file": Text(
            en=(
                "The shop's database file {where} is read-only, so nothing was saved. Give the user running "
                "Pitlane permission to write it (or put the disk back in read-write mode), then do the same again."
            ),
            ko=(
                "가게 데이터베이스 파일 {where}이(가) 읽기 전용이라 아무것도 저장하지 않았습니다. Pitlane을 "
                "실행하는 사용자에게 쓰기 권한을 주거나 디스크를 다시 쓰기 가능으로 바꾼 뒤 같은 작업을 다시 하세요."
            ),
        ),
        "common.fault.read_only_folder": Text(
            en=(
                "The folder {folder} that holds the shop's database is read-only (SQLite keeps its -wal and "
                "-shm files beside the database), so nothing was saved. Give Pitlane permission to write in "
                "that folder, or move the shop to a writable one, then do the same again."
            ),
            ko=(
                "가게 데이터베이스가 있는 폴더 {folder}이(가) 읽기 전용이라(SQLite는 -wal, -shm 파일을 "
                "데이터베이스 옆에 둡니다) 아무것도 저장하지 않았습니다. 그 폴더에 쓸 권한을 주거나 가게를 쓰기 "
                "가능한 폴더로 옮긴 뒤 같은 작업을 다시 하세요."
            ),
        ),
        "common.fault.folder_missing": Text(
            en=(
                "The folder {folder} that should hold the shop's database does not exist (is the drive "
                "connected?), so nothing was opened or saved. Connect the drive or correct database_url in "
                "the profile, then start again."
            ),
            ko=(
                "가게 데이터베이스가 있어야 할 폴더 {folder}이(가) 없어(드라이브가 연결되어 있나요?) 아무것도 "
                "열거나 저장하지 않았습니다. 드라이브를 연결하거나 프로필의 database_url을 고친 뒤 다시 시작하세요."
            ),
        ),
        "common.fault.disk_full": Text(
            en=(
                "The disk holding the shop's database {where} is full, so nothing was saved. Free some space "
                "on it, then do the same again: nothing recorded before is lost."
            ),
            ko=(
                "가게 데이터베이스 {where}이(가) 있는 디스크가 가득 차서 아무것도 저장하지 않았습니다. 디스크 "
                "공간을 비운 뒤 같은 작업을 다시 하세요. 앞서 기록한 것은 잃지 않았습니다."
            ),
        ),
        "common.fault.busy": Text(
            en=(
                "The shop's database is busy: another terminal has held it for more than {seconds} seconds, "
                "so nothing was saved. Try again in a moment; if it goes on, find the terminal that is stuck "
                "in the middle of something and close Pitlane there."
            ),
            ko=(
                "가게 데이터베이스가 사용 중입니다. 다른 단말기가 {seconds}초 넘게 잡고 있어 아무것도 저장하지 "
                "않았습니다. 잠시 후 다시 하세요. 계속되면 작업 도중 멈춘 단말기를 찾아 그곳의 Pitlane을 닫으세요."
            ),
        ),
        "common.fault.server_unreachable": Text(
            en=(
                "Pitlane cannot reach the database server {where}, so nothing was saved. Check the network "
                "(cable or Wi-Fi) and that the server is switched on, then do the same again."
            ),
            ko=(
                "데이터베이스 서버 {where}에 연결할 수 없어 아무것도 저장하지 않았습니다. 네트워크(케이블 또는 "
                "Wi-Fi)와 서버 전원을 확인한 뒤 같은 작업을 다시 하세요."
            ),
        ),
        "common.fault.connection_lost": Text(
            en=(
                "The connection to the database server {where} was lost in the middle of saving, so nothing "
                "was saved (the server undoes an unfinished save). Check the network and the server, then do "
                "the same again."
            ),
            ko=(
                "저장하는 도중 데이터베이스 서버 {where}와(과)의 연결이 끊어져 아무것도 저장되지 않았습니다"
                "(서버는 끝나지 않은 저장을 되돌립니다). 네트워크와 서버를 확인한 뒤 같은 작업을 다시 하세요."
            ),
        ),
        "common.fault.login_refused": Text(
            en=(
                "The database server {where} refused Pitlane's user name or password, so nothing was opened "
                "or saved. Correct database_url in the profile (or the server's password file)."
            ),
            ko=(
                "데이터베이스 서버 {where}이(가) Pitlane의 사용자 이름이나 비밀번호를 거부해 아무것도 열거나 "
                "저장하지 않았습니다. 프로필의 database_url(또는 서버의 비밀번호 파일)을 고치세요."
            ),
        ),
        "common.fault.server_read_only": Text(
            en=(
                "The database server {where} accepts no changes at the moment (it is read-only, or a standby), "
                "so nothing was saved. Ask whoever runs the server, then do the same again."
            ),
            ko=(
                "데이터베이스 서버 {where}이(가) 지금은 변경을 받지 않아(읽기 전용이거나 대기 서버) 아무것도 "
                "저장하지 않았습니다. 서버 관리자에게 문의한 뒤 같은 작업을 다시 하세요."
            ),
        ),
        "common.fault.permission_denied": Text(
            en=(
                "The database server {where} does not let Pitlane's user do this, so nothing was saved. Ask "
                "whoever runs the server to grant the user its rights on the shop's database."
            ),
            ko=(
                "데이터베이스 서버 {where}이(가) Pitlane 사용자에게 이 작업을 허락하지 않아 아무것도 저장하지 "
                "않았습니다. 서버 관리자에게 가게 데이터베이스에 대한 권한을 요청하세요."
            ),
        ),
        "common.fault.damaged": Text(
            en=(
                "The shop's database {where} is damaged, so nothing was saved. Stop using this terminal, run "
                "python -m app check to see what is affected, and restore the latest backup "
                "(python -m app restore BACKUP)."
            ),
            ko=(
                "가게 데이터베이스 {where}이(가) 손상되어 아무것도 저장하지 않았습니다. 이 단말기 사용을 멈추고 "
                "python -m app check로 무엇이 손상됐는지 확인한 뒤 최근 백업을 복원하세요"
                "(python -m app restore 백업파일)."
            ),
        ),
        "common.fault.disk_error": Text(
            en=(
                "The disk holding the shop's database {where} reported an error, so nothing was saved. "
                "Check the disk (and its cable), then do the same again; if it goes on, restore the latest "
                "backup onto another disk."
            ),
            ko=(
                "가게 데이터베이스 {where}이(가) 있는 디스크가 오류를 보고해 아무것도 저장하지 않았습니다. "
                "디스크(와 케이블)를 확인한 뒤 같은 작업을 다시 하세요. 계속되면 최근 백업을 다른 디스크에 복원하세요."
            ),
        ),
        "common.fault.unavailable": Text(
            en=(
                "The shop's database is busy or cannot be reached, so nothing was saved. Wait a moment and "
                "try again; if it goes on, check the network or the server."
            ),
            ko=(
                "가게 데이터베이스가 사용 중이거나 연결할 수 없어 아무것도 저장하지 않았습니다. 잠시 기다렸다가 "
                "다시 하세요. 계속되면 네트워크나 서버를 확인하세요."
            ),
        ),
        "common.folder.missing": Text(
            en=(
                "The folder {folder} does not exist (is the drive connected?), so the file could not be "
                "written. Connect the drive or create the folder, or choose another folder in the profile; "
                "nothing in the database is lost."
            ),
            ko=(
                "폴더 {folder}이(가) 없어(드라이브가 연결되어 있나요?) 파일을 쓰지 못했습니다. 드라이브를 "
                "연결하거나 폴더를 만들거나 프로필에서 다른 폴더를 고르세요. 데이터베이스의 자료는 잃지 않았습니다."
            ),
        ),
        "common.folder.not_a_folder": Text(
            en=(
                "{folder} is a file, not a folder, so nothing could be written into it. Move that file away "
                "or choose another folder in the profile; nothing in the database is lost."
            ),
            ko=(
                "{folder}은(는) 폴더가 아니라 파일이어서 그 안에 아무것도 쓸 수 없었습니다. 그 파일을 다른 "
                "곳으로 옮기거나 프로필에서 다른 폴더를 고르세요. 데이터베이스의 자료는 잃지 않았습니다."
            ),
        ),
        "common.folder.read_only": Text(
            en=(
                "The folder {folder} is read-only, so the file could not be written. Give Pitlane permission "
                "to write there, or choose another folder in the profile; nothing in the database is lost."
            ),
            ko=(
                "폴더 {folder}이(가) 읽기 전용이라 파일을 쓰지 못했습니다. 그곳에 쓸 권한을 주거나 프로필에서 "
                "다른 폴더를 고르세요. 데이터베이스의 자료는 잃지 않았습니다."
            ),
        ),
        "common.folder.disk_full": Text(
            en=(
                "The disk holding the folder {folder} is full, so the file could not be written. Free some "
                "space on it, then try again; nothing in the database is lost."
            ),
            ko=(
                "폴더 {folder}이(가) 있는 디스크가 가득 차 파일을 쓰지 못했습니다. 공간을 비운 뒤 다시 하세요. "
                "데이터베이스의 자료는 잃지 않았습니다."
            ),
        ),
        "common.folder.write_failed": Text(
            en=(
                "Writing into the folder {folder} failed ({reason}). Check the folder and the disk, then try "
                "again; nothing in the database is lost."
            ),
            ko=(
                "폴더 {folder}에 쓰지 못했습니다({reason}). 폴더와 디스크를 확인한 뒤 다시 하세요. "
                "데이터베이스의 자료는 잃지 않았습니다."
            ),
        ),
        "common.backup.exists": Text(
            en="There is already a file {path}; Pitlane never writes a backup over a file. Name another one.",
            ko="{path} 파일이 이미 있습니다. Pitlane은 파일 위에 백업을 덮어쓰지 않습니다. 다른 이름을 지정하세요.",
        ),
        "common.backup.pg_dump_missing": Text(
            en=(
                "Backing up or restoring a PostgreSQL shop needs the PostgreSQL client programs (pg_dump and "
                "pg_restore, version {version} or newer), which are not installed on this computer. Install "
                "them (Debian or Ubuntu: sudo apt install postgresql-client; Windows: the PostgreSQL "
                "installer's Command Line Tools), then run the same command again."
            ),
            ko=(
                "PostgreSQL 가게를 백업하거나 복원하려면 PostgreSQL 클라이언트 프로그램(pg_dump, pg_restore, "
                "{version} 이상)이 필요한데 이 컴퓨터에 설치되어 있지 않습니다. 설치한 뒤(Debian, Ubuntu: "
                "sudo apt install postgresql-client, Windows: PostgreSQL 설치 프로그램의 Command Line Tools) "
                "같은 명령을 다시 실행하세요."
            ),
        ),
        "common.backup.tool_failed": Text(
            en="{tool} could not finish ({reason}), so nothing was kept. Fix that, then run the same command again.",
            ko="{tool}이(가) 끝나지 못해({reason}) 아무것도 남기지 않았습니다. 문제를 해결한 뒤 다시 하세요.",
        ),
        "common.backup.not_verified": Text(
            en=(
                "The backup written to {path} does not verify ({reason}), so it was deleted. Check the disk "
                "it was written to, then run the backup again."
            ),
            ko=("{path}에 쓴 백업이 검증되지 않아({reason}) 지웠습니다. 백업을 쓴 디스크를 확인한 뒤 다시 백업하세요."),
        ),
        "common.restore.no_file": Text(
            en=(
                "There is no file {path} to restore from. Name a backup file "
                "(python -m app backup prints where it wrote one)."
            ),
            ko="복원할 파일 {path}이(가) 없습니다. 백업 파일을 지정하세요(python -m app backup이 쓴 곳을 알려 줍니다).",
        ),
        "common.restore.not_a_backup": Text(
            en="{path} is not a Pitlane backup ({reason}), so nothing was restored. Name another backup file.",
            ko="{path}은(는) Pitlane 백업이 아니어서({reason}) 아무것도 복원하지 않았습니다. 다른 백업을 고르세요.",
        ),
        "common.restore.damaged": Text(
            en=(
                "The backup {path} is damaged (SQLite's integrity check: {reason}), so nothing was restored. "
                "Use an older backup."
            ),
            ko=(
                "백업 {path}이(가) 손상되어(SQLite 무결성 검사: {reason}) 아무것도 복원하지 않았습니다. "
                "더 이전의 백업을 쓰세요."
            ),
        ),
        "common.restore.guarantees_broken": Text(
            en=(
                "The backup {path} is readable, but {count} of the shop's guarantees do not hold in it "
                "(python -m app check --database sqlite:///{path} lists them), so nothing was restored. "
                "Use another backup."
            ),
            ko=(
                "백업 {path}은(는) 읽을 수 있지만 가게의 보장 {count}개가 지켜지지 않아(python -m app check "
                "--database sqlite:///{path}로 볼 수 있습니다) 아무것도 복원하지 않았습니다. 다른 백업을 쓰세요."
            ),
        ),
        "common.restore.wrong_kind": Text(
            en=(
                "{path} is a {kind} backup, but this shop's database is on {backend}, so nothing was "
                "restored. Restore it onto a {kind} shop (to move a SQLite shop onto PostgreSQL, restore it "
                "onto a SQLite file, then use python -m app copy-to)."
            ),
            ko=(
                "{path}은(는) {kind} 백업인데 이 가게의 데이터베이스는 {backend}에 있어 아무것도 복원하지 "
                "않았습니다. {kind} 가게로 복원하세요(SQLite 가게를 PostgreSQL로 옮기려면 SQLite 파일로 복원한 "
                "뒤 python -m app copy-to를 쓰세요)."
            ),
        ),
        "common.restore.shop_in_use": Text(
            en=(
                "The shop's database {where} is still open elsewhere ({who}), so nothing was restored: a "
                "terminal left open would go on writing into the replaced shop. Close Pitlane on every "
                "terminal, then run restore again."
            ),
            ko=(
                "가게 데이터베이스 {where}이(가) 다른 곳에서 아직 열려 있어({who}) 아무것도 복원하지 "
                "않았습니다. 열린 단말기는 바뀌기 전의 가게에 계속 쓰게 됩니다. 모든 단말기에서 Pitlane을 닫은 뒤 "
                "다시 복원하세요."
            ),
        ),
        "common.restore.running": Text(
            en=(
                "Another terminal is restoring the shop from a backup right now, so nothing was restored. "
                "Wait until it is done."
            ),
            ko="다른 단말기에서 지금 백업으로 가게를 복원하고 있어 복원하지 않았습니다. 끝날 때까지 기다리세요.",
        ),
        "common.restore.elsewhere": Text(
            en=(
                "The shop is being restored from a backup on another terminal. Close Pitlane and start it "
                "again when it is done."
            ),
            ko="다른 단말기에서 백업으로 가게를 복원하고 있습니다. Pitlane을 닫고 복원이 끝나면 다시 시작하세요.",
        ),
        "common.restore.declined": Text(
            en="Nothing was restored.",
            ko="아무것도 복원하지 않았습니다.",
        ),
        "common.profile.unsafe_number_format": Text(
            en=(
                "{place}: key {key!r} would make numbers such as {sample!r} that are not safe as a file name "
                "(the PDF is saved as NUMBER.pdf in the invoice folder): use letters, digits, '-' and '_', "
                "with no '/', '\\', '..' or ':'."
            ),
            ko=(
                "{place}: 키 {key!r}은(는) {sample!r} 같은 번호를 만드는데, 이것은 파일 이름으로 안전하지 "
                "않습니다(PDF는 청구서 폴더에 번호.pdf로 저장됩니다). 글자, 숫자, '-', '_'를 쓰고 '/', '\\', "
                "'..', ':'는 쓰지 마세요."
            ),
        ),
    }
)
