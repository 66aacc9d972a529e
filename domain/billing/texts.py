"""Sentences of the billing context, by code (see domain.texts).

Korean sentences put a number or a document before its noun ("{invoice_no}
청구서는", "{line_id}번 줄") or a field before 항목, so every particle is
right whatever the value.
"""

from __future__ import annotations

from domain.texts import Text

_FIELDS: dict[str, Text] = {
    "billing.field.job": Text("Job number", "작업 번호"),
    "billing.field.line": Text("Line number", "줄 번호"),
    "billing.field.description": Text("Description", "내용"),
    "billing.field.amount": Text("Amount", "금액"),
    "billing.field.percent": Text("Discount percent", "할인율"),
    "billing.field.invoice": Text("Invoice number", "청구서 번호"),
    "billing.field.reason": Text("Reason", "사유"),
    "billing.field.tenders": Text("Payments", "결제 내역"),
    "billing.field.method": Text("Payment method", "결제 수단"),
    "billing.field.cash_tendered": Text("Cash handed over", "받은 현금"),
    "billing.field.labour": Text("Labour", "공임"),
    "billing.field.discounts": Text("Discounts", "할인"),
    "billing.field.day": Text("Business day", "영업일"),
    "billing.field.approval_no": Text("Cash-receipt approval number", "현금영수증 승인번호"),
    "billing.field.business_number": Text("Business registration number", "사업자등록번호"),
    "billing.field.company_name": Text("Company name", "상호"),
    "billing.field.email": Text("Email", "이메일"),
}

_LABELS: dict[str, Text] = {
    "billing.document.receipt": Text("receipt", "영수증"),
    "billing.kind.labour": Text("Labour", "공임"),
    "billing.kind.part": Text("Part", "부품"),
    "billing.kind.discount": Text("Discount", "할인"),
    "billing.method.cash": Text("Cash", "현금"),
    "billing.method.card": Text("Card", "카드"),
    "billing.method.transfer": Text("Transfer", "계좌이체"),
    "billing.labour.fare": Text("Labour", "공임"),  # the receipt's fare, when it has no description
    "billing.receipt.paid": Text("PAID", "결제 완료"),
    "billing.receipt.due": Text("BALANCE DUE", "잔액 있음"),
    "billing.receipt.voided": Text("VOIDED", "취소됨"),
    "billing.receipt.corrected": Text("REISSUED", "재발행됨"),
    "billing.receipt.cash_receipt_due": Text(
        "A cash receipt is due for this sale: record its approval number.",
        "이 거래는 현금영수증 발급 대상입니다. 승인번호를 기록하세요.",
    ),
}

_INPUT: dict[str, Text] = {
    "billing.required": Text("{field} is required.", "{field} 항목을 입력하세요."),
    "billing.not_text": Text("{field} must be text.", "{field} 항목은 글자로 입력하세요."),
    "billing.too_long": Text(
        "{field} is too long (at most {most:,} characters).", "{field} 항목이 너무 깁니다 (최대 {most:,}자)."
    ),
    "billing.control_character": Text(
        "{field} holds an invisible control character; type it again.",
        "{field} 항목에 보이지 않는 제어 문자가 들어 있습니다. 다시 입력하세요.",
    ),
    "billing.whole_number": Text(
        "{field} must be a whole number (got {value}).", "{field} 항목은 정수로 입력하세요 (입력값: {value})."
    ),
    "billing.not_positive": Text(
        "{field} must be more than 0 (got {value:,}).", "{field} 항목은 0보다 커야 합니다 (입력값: {value:,})."
    ),
    "billing.negative": Text(
        "{field} cannot be negative (got {value:,}).", "{field} 항목은 음수일 수 없습니다 (입력값: {value:,})."
    ),
    "billing.too_large": Text(
        "{field} is too large (at most {most:,}).", "{field} 항목이 너무 큽니다 (최대 {most:,})."
    ),
    "billing.bad_id": Text(
        "{field} must be a positive whole number (got {value}).",
        "{field} 항목은 1 이상의 정수여야 합니다 (입력값: {value}).",
    ),
    "billing.id_out_of_range": Text(
        "{field} {value} is out of range: no such number exists.",
        "{field} {value}: 범위를 벗어난 번호입니다. 그런 번호는 없습니다.",
    ),
    "billing.not_a_list": Text("{field} must be a list of entries.", "{field} 항목은 여러 건의 목록으로 입력하세요."),
    "billing.too_many": Text(
        "{field} holds too many entries (at most {most:,}).", "{field} 항목이 너무 많습니다 (최대 {most:,}건)."
    ),
    "billing.percent_not_number": Text(
        "{field} must be a number such as 10 or 12.5 (got {value}).",
        "{field} 항목은 10이나 12.5 같은 숫자로 입력하세요 (입력값: {value}).",
    ),
    "billing.percent_negative": Text(
        "{field} cannot be negative (got {value}).", "{field} 항목은 음수일 수 없습니다 (입력값: {value})."
    ),
    "billing.percent_over_hundred": Text(
        "A discount cannot be more than 100 % (got {percent} %).",
        "할인율은 100%를 넘을 수 없습니다 (입력값: {percent}%).",
    ),
    "billing.percents_over_hundred": Text(
        "The percentages off this line or bill add up to {percent} %: together they cannot be more than 100 %.",
        "이 줄(또는 청구서 전체)의 할인율 합계가 {percent}%입니다. 합계는 100%를 넘을 수 없습니다.",
    ),
    "billing.percent_precision": Text(
        "{field} may have at most two decimals (got {percent}).",
        "{field} 항목은 소수점 아래 두 자리까지만 입력할 수 있습니다 (입력값: {percent}).",
    ),
}

_BILL: dict[str, Text] = {
    "billing.discount_both": Text(
        "Give the discount as an amount or as a percent, not both.", "할인은 금액이나 비율 중 하나로만 입력하세요."
    ),
    "billing.discount_neither": Text("Give the discount an amount or a percent.", "할인 금액이나 할인율을 입력하세요."),
    "billing.discount_on_discount": Text(
        "Line {line_id} is a discount; a discount applies to a labour or part line, or to the whole bill.",
        "{line_id}번 줄은 할인입니다. 할인은 공임이나 부품 줄, 또는 청구 전체에만 적용할 수 있습니다.",
    ),
    "billing.discount_over_line": Text(
        "Discounts of {discount:,} won on line {line_id} would be more than the line's {amount:,} won.",
        "{line_id}번 줄의 할인 합계 {discount:,}원이 그 줄의 금액 {amount:,}원보다 큽니다.",
    ),
    "billing.discount_over_bill": Text(
        "Discounts of {discount:,} won on the whole bill would be more than the {amount:,} won of its lines.",
        "청구 전체 할인 {discount:,}원이 줄 금액 합계 {amount:,}원보다 큽니다.",
    ),
    "billing.no_such_line": Text("There is no line {line_id} on this bill.", "이 청구에는 {line_id}번 줄이 없습니다."),
    "billing.part_line_fixed": Text(
        "Line {line_id} is a part provided by the parts counter and stays while the part does; "
        "give a discount on it instead.",
        "{line_id}번 줄은 부품 출고로 생긴 줄이라 지울 수 없습니다. 대신 그 줄에 할인을 넣으세요.",
    ),
    "billing.removal_overdraws": Text(
        "Removing line {line_id} would leave the bill's discounts larger than its lines; "
        "lower or remove a discount first.",
        "{line_id}번 줄을 지우면 할인이 남은 줄 금액보다 커집니다. 먼저 할인을 줄이거나 지우세요.",
    ),
    "billing.too_many_lines": Text(
        "A bill holds at most {most:,} lines.", "한 청구에는 최대 {most:,}줄까지 넣을 수 있습니다."
    ),
    "billing.bill_too_large": Text(
        "This would take the bill past the most one invoice can hold; "
        "at most {most:,} won more of labour and parts fit.",
        "이 금액을 더하면 청구서 한 장의 최대 금액을 넘습니다. 공임과 부품은 {most:,}원까지만 더 넣을 수 있습니다.",
    ),
    "billing.job_not_started": Text(
        "Job {job_id} has not been started yet; labour and parts are added once the mechanic starts it.",
        "{job_id}번 작업은 아직 시작되지 않았습니다. 정비사가 작업을 시작한 뒤 공임과 부품을 추가하세요.",
    ),
    "billing.job_finished": Text(
        "Job {job_id} is finished and its invoice is issued; correct the invoice instead.",
        "{job_id}번 작업은 끝나서 청구서가 발행되었습니다. 청구서를 재발행해 고치세요.",
    ),
    "billing.job_cancelled": Text(
        "Job {job_id} was cancelled; it has nothing to bill.", "{job_id}번 작업은 취소되어 청구할 것이 없습니다."
    ),
    "billing.job_not_finished": Text(
        "Job {job_id} is not finished yet; its invoice is issued when the mechanic finishes it.",
        "{job_id}번 작업이 아직 끝나지 않았습니다. 정비사가 작업을 마치면 청구서가 발행됩니다.",
    ),
}

_MONEY: dict[str, Text] = {
    "billing.pay_voided": Text(
        "Invoice {invoice_no} was voided (credit note {credit_note_no}); it cannot be paid.",
        "{invoice_no} 청구서는 취소되어 결제할 수 없습니다 (취소 명세서 {credit_note_no}).",
    ),
    "billing.pay_corrected": Text(
        "Invoice {invoice_no} was replaced by invoice {new_invoice_no}; take the payment on that one.",
        "{invoice_no} 청구서는 {new_invoice_no} 청구서로 재발행되었습니다. 새 청구서로 결제하세요.",
    ),
    "billing.already_paid": Text(
        "Invoice {invoice_no} is already paid in full.", "{invoice_no} 청구서는 이미 전액 결제되었습니다."
    ),
    "billing.nothing_owed": Text("Nothing is owed on this invoice.", "이 청구서에는 남은 금액이 없습니다."),
    "billing.over_balance": Text(
        "{amount:,} won is more than the {balance:,} won still owed on invoice {invoice_no}; take at most {balance:,}.",
        "{amount:,}원은 {invoice_no} 청구서의 남은 금액 {balance:,}원보다 많습니다. "
        "최대 {balance:,}원까지 받을 수 있습니다.",
    ),
    "billing.tenders_over_balance": Text(
        "The payments add up to {total:,} won, more than the {balance:,} won owed. "
        "Only the cash handed over can be more (the rest is given back as change).",
        "결제 합계 {total:,}원이 남은 금액 {balance:,}원보다 많습니다. "
        "받은 현금만 남은 금액보다 많을 수 있고, 차액은 거스름돈으로 돌려줍니다.",
    ),
    "billing.no_tenders": Text(
        "Enter an amount for at least one way of paying.", "결제 수단을 하나 이상 골라 금액을 입력하세요."
    ),
    "billing.tender_shape": Text(
        "Each payment is a pair of a method and an amount.", "결제 한 건은 결제 수단과 금액 한 쌍으로 입력하세요."
    ),
    "billing.unknown_method": Text(
        "Unknown payment method “{method}”: use cash, card or transfer.",
        "알 수 없는 결제 수단입니다 ({method}). 현금, 카드, 계좌이체 중에서 고르세요.",
    ),
    "billing.cash_twice": Text(
        "List cash once: the cash handed over and its change go with one cash payment.",
        "현금은 한 번만 입력하세요. 받은 현금과 거스름돈은 현금 결제 한 건에 함께 기록됩니다.",
    ),
    "billing.cash_short": Text(
        "The cash payment of {cash:,} won is more than the {tendered:,} won handed over.",
        "현금 결제 {cash:,}원이 받은 현금 {tendered:,}원보다 많습니다.",
    ),
    "billing.cash_tendered_without_cash": Text(
        "{tendered:,} won of cash was handed over but no cash payment is listed; "
        "add one or clear the cash handed over.",
        "받은 현금 {tendered:,}원이 입력되었지만 현금 결제가 없습니다. 현금 결제를 추가하거나 받은 현금을 지우세요.",
    ),
    "billing.already_voided": Text(
        "Invoice {invoice_no} is already voided (credit note {credit_note_no}).",
        "{invoice_no} 청구서는 이미 취소되었습니다 (취소 명세서 {credit_note_no}).",
    ),
    "billing.already_corrected": Text(
        "Invoice {invoice_no} was already replaced by invoice {new_invoice_no}.",
        "{invoice_no} 청구서는 이미 {new_invoice_no} 청구서로 재발행되었습니다.",
    ),
    "billing.refund_needs_credit_note": Text(
        "Invoice {invoice_no} is not voided: money is refunded only against a credit note. Void the invoice first.",
        "{invoice_no} 청구서는 취소되지 않았습니다. 환불은 취소 명세서가 있어야 하므로 먼저 청구서를 취소하세요.",
    ),
    "billing.nothing_to_refund": Text(
        "Nothing is left to refund on invoice {invoice_no}.", "{invoice_no} 청구서에는 더 환불할 금액이 없습니다."
    ),
    "billing.refund_over": Text(
        "{amount:,} won is more than the {refundable:,} won still to refund on invoice {invoice_no}; "
        "refund at most {refundable:,}.",
        "{amount:,}원은 {invoice_no} 청구서에서 환불할 수 있는 {refundable:,}원보다 많습니다. "
        "최대 {refundable:,}원까지 환불할 수 있습니다.",
    ),
    "billing.correction_changes_nothing": Text(
        "The corrected lines are the same as on invoice {invoice_no}; there is nothing to reissue.",
        "고친 내용이 {invoice_no} 청구서와 같습니다. 재발행할 것이 없습니다.",
    ),
    "billing.correction_empty": Text(
        "A corrected invoice needs at least one labour or part line; to cancel the sale, void the invoice instead.",
        "재발행할 청구서에는 공임이나 부품 줄이 하나 이상 있어야 합니다. 거래를 없애려면 청구서를 취소하세요.",
    ),
    "billing.correction_no_such_line": Text(
        "A discount names line {line_no}, but the corrected invoice has {most:,} labour and part lines.",
        "할인이 {line_no}번 줄을 가리키지만, 재발행할 청구서의 공임·부품 줄은 {most:,}줄뿐입니다.",
    ),
    "billing.labour_shape": Text(
        "Each labour line is a description and an amount.", "공임 한 줄은 내용과 금액으로 입력하세요."
    ),
    "billing.discount_shape": Text(
        "Each discount is a description and an amount, then optionally a percent and the line it applies to.",
        "할인 한 줄은 내용과 금액, 필요하면 할인율과 적용할 줄 번호로 입력하세요.",
    ),
}

_DAY: dict[str, Text] = {
    "billing.day_already_closed": Text(
        "The till for {day} is already closed (Z report {z_no}); reprint it instead.",
        "{day} 영업일은 이미 마감되었습니다 (마감번호 {z_no}). 마감 보고서를 다시 인쇄하세요.",
    ),
    "billing.day_in_future": Text(
        "{day} has not come yet; only today ({today}) or an earlier day can be closed.",
        "아직 오지 않은 날({day})은 마감할 수 없습니다. 오늘({today})이나 그 전 날만 마감할 수 있습니다.",
    ),
    "billing.day_before_first": Text(
        "{day} is before the shop's first business day ({first_day}); there is nothing to close.",
        "{day}: 이 정비소의 첫 영업일({first_day})보다 앞선 날이라 마감할 것이 없습니다.",
    ),
    "billing.earlier_day_open": Text(
        "{day} cannot be closed before {earlier}: days close in order, "
        "and {earlier} still has money or documents on it.",
        "{day}보다 {earlier} 영업일을 먼저 마감하세요. 영업일은 순서대로 마감하며, "
        "{earlier}에 아직 마감되지 않은 거래가 있습니다.",
    ),
}

_TAX: dict[str, Text] = {
    "billing.approval_no_form": Text(
        "A cash-receipt approval number is 6 to 20 digits.", "현금영수증 승인번호는 6~20자리 숫자입니다."
    ),
    "billing.business_number_form": Text(
        "A business registration number holds digits only, such as 123-45-67890.",
        "사업자등록번호는 123-45-67890처럼 숫자로 입력하세요.",
    ),
    "billing.business_number_length": Text(
        "A business registration number has 10 digits (got {digits}).",
        "사업자등록번호는 10자리입니다 (입력: {digits}자리).",
    ),
    "billing.business_number_check": Text(
        "That business registration number does not exist: its last digit does not match. "
        "Check it against the registration certificate.",
        "사업자등록번호의 마지막 검증 숫자가 맞지 않습니다. 사업자등록증을 보고 다시 확인하세요.",
    ),
    "billing.email_form": Text("{field} is not an email address.", "{field} 항목이 이메일 주소 형식이 아닙니다."),
    "billing.cash_receipt_after_tax_invoice": Text(
        "A tax invoice was asked for on invoice {invoice_no}; the same sale cannot also get a cash receipt.",
        "{invoice_no} 청구서는 세금계산서를 요청했으므로 같은 거래에 현금영수증을 함께 발급할 수 없습니다.",
    ),
    "billing.cash_receipt_voided": Text(
        "Invoice {invoice_no} was voided (credit note {credit_note_no}); it takes no cash receipt.",
        "{invoice_no} 청구서는 취소되어 현금영수증을 기록할 수 없습니다 (취소 명세서 {credit_note_no}).",
    ),
    "billing.cash_receipt_corrected": Text(
        "Invoice {invoice_no} was replaced by invoice {new_invoice_no}; record the cash receipt on that one.",
        "{invoice_no} 청구서는 {new_invoice_no} 청구서로 재발행되었습니다. 현금영수증은 새 청구서에 기록하세요.",
    ),
    "billing.no_cash_payment_waiting": Text(
        "No cash or transfer payment on invoice {invoice_no} is waiting for a cash receipt.",
        "{invoice_no} 청구서에는 현금영수증을 기다리는 현금·계좌이체 결제가 없습니다.",
    ),
    "billing.tax_invoice_already": Text(
        "A tax invoice was already asked for on invoice {invoice_no}.",
        "{invoice_no} 청구서는 이미 세금계산서를 요청했습니다.",
    ),
    "billing.tax_invoice_after_cash_receipt": Text(
        "A cash receipt was already issued for invoice {invoice_no}; the same sale cannot also get a tax invoice.",
        "{invoice_no} 청구서에는 이미 현금영수증이 발급되어 같은 거래에 세금계산서를 발급할 수 없습니다.",
    ),
    "billing.tax_invoice_voided": Text(
        "Invoice {invoice_no} was voided (credit note {credit_note_no}); it takes no tax invoice.",
        "{invoice_no} 청구서는 취소되어 세금계산서를 요청할 수 없습니다 (취소 명세서 {credit_note_no}).",
    ),
    "billing.tax_invoice_corrected": Text(
        "Invoice {invoice_no} was replaced by invoice {new_invoice_no}; ask for the tax invoice on that one.",
        "{invoice_no} 청구서는 {new_invoice_no} 청구서로 재발행되었습니다. 세금계산서는 새 청구서로 요청하세요.",
    ),
}

TEXTS: dict[str, Text] = {**_FIELDS, **_LABELS, **_INPUT, **_BILL, **_MONEY, **_DAY, **_TAX}
