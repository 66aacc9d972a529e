"""Sentences of the estimates context, by code (see domain.texts)."""

from __future__ import annotations

from domain.texts import Text

TEXTS: dict[str, Text] = {
    "estimates.bad_lines": Text(
        en="The estimate's lines are not readable: at most {maximum} lines of a description and an amount.",
        ko="견적 항목을 읽을 수 없습니다. 항목은 최대 {maximum}개이며 각각 내용과 금액이 있어야 합니다.",
    ),
    "estimates.unknown_consent_way": Text(
        en="{how!r} is not how a customer agrees: use in person, phone or message.",
        ko="{how!r}은(는) 동의 방법이 아닙니다. 방문, 전화, 메시지 중 하나를 고르세요.",
    ),
    "estimates.not_found": Text(
        en="There is no estimate {estimate_no}.",
        ko="견적서 {estimate_no}이(가) 없습니다.",
    ),
    "estimates.already_approved": Text(
        en="Estimate {estimate_no} is already approved; its repair was requested.",
        ko="견적서 {estimate_no}은(는) 이미 승인되어 정비가 접수되었습니다.",
    ),
    "estimates.already_declined": Text(
        en="Estimate {estimate_no} was declined; draft a new estimate for the work.",
        ko="견적서 {estimate_no}은(는) 거절되었습니다. 새 견적서를 작성하세요.",
    ),
    "estimates.expired": Text(
        en="Estimate {estimate_no} was valid until {valid_until}; draft a new one at today's prices.",
        ko="견적서 {estimate_no}의 유효기간은 {valid_until}까지였습니다. 오늘 가격으로 새 견적서를 작성하세요.",
    ),
    # How the customer agreed (동의 방법), shown on the estimate and the statement.
    "estimates.consent.in_person": Text(en="in person", ko="방문"),
    "estimates.consent.phone": Text(en="phone", ko="전화"),
    "estimates.consent.message": Text(en="message", ko="메시지"),
    "estimates.shop_details_missing": Text(
        en="The repair statement needs the shop's {fields}: set them in the shop details first.",
        ko="정비 명세서에 필요한 정비소 정보({fields})가 없습니다. 먼저 정비소 정보에 입력하세요.",
    ),
    "estimates.document.statement": Text(en="repair statement", ko="정비 명세서"),
    "estimates.document.estimate": Text(en="estimate", ko="견적서"),
    "estimates.canned_job_not_found": Text(
        en="There is no standard job number {canned_job_id} on the menu.",
        ko="정비 메뉴에 {canned_job_id}번 작업이 없습니다.",
    ),
    "estimates.canned_job_taken": Text(
        en="The menu already has a standard job named {name}; use another name.",
        ko="정비 메뉴에 {name} 작업이 이미 있습니다. 다른 이름을 쓰세요.",
    ),
    "estimates.answer_yes_or_no": Text(
        en="Say whether the customer approved the additional work: yes or no.",
        ko="고객이 추가정비에 동의했는지 예 또는 아니오로 기록하세요.",
    ),
    "estimates.work_not_found": Text(
        en="There is no proposed additional work number {work_id}.",
        ko="{work_id}번 추가정비 제안이 없습니다.",
    ),
    "estimates.work_answered": Text(
        en="The customer already answered additional work {work_id}.",
        ko="{work_id}번 추가정비에는 이미 고객의 답이 기록되었습니다.",
    ),
}
