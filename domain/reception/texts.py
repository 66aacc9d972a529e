"""Sentences of the reception context, by code (see domain.texts)."""

from __future__ import annotations

from domain.texts import Text

TEXTS: dict[str, Text] = {
    # -- the request's fields ------------------------------------------------------------
    "reception.phone_pattern": Text(
        en="{field} {phone!r} may only hold digits, spaces, +, - and brackets.",
        ko="{field} {phone!r}에는 숫자, 공백, +, -, 괄호만 쓸 수 있습니다.",
    ),
    "reception.unknown_payment_method": Text(
        en="Unknown payment method {method!r}: use cash, card or transfer.",
        ko="알 수 없는 결제 수단 {method!r}입니다. cash(현금), card(카드), transfer(계좌이체) 중 하나를 쓰세요.",
    ),
    "reception.not_a_date": Text(
        en="Day {day!r} is not a date; write it as YYYY-MM-DD.",
        ko="{day!r}은(는) 날짜가 아닙니다. YYYY-MM-DD 형식으로 쓰세요.",
    ),
    # -- cancelling a request --------------------------------------------------------------
    "reception.cancelled_by_customer": Text(
        en="Cancelled by the customer.",
        ko="고객 요청으로 취소되었습니다.",
    ),
    "reception.cancel_rejected": Text(
        en="Cannot cancel receipt {receipt_id}: it was already rejected.",
        ko="접수 {receipt_id}번은 취소할 수 없습니다. 이미 거절되었습니다.",
    ),
    "reception.already_cancelled": Text(
        en="Cannot cancel receipt {receipt_id}: it is already cancelled.",
        ko="접수 {receipt_id}번은 이미 취소되었습니다.",
    ),
    "reception.cancel_in_work": Text(
        en="Cannot cancel receipt {receipt_id}: the mechanic has already started the job.",
        ko="접수 {receipt_id}번은 취소할 수 없습니다. 정비사가 이미 작업을 시작했습니다.",
    ),
    "reception.cancel_finished": Text(
        en="Cannot cancel receipt {receipt_id}: the job is finished; void the invoice instead.",
        ko="접수 {receipt_id}번은 취소할 수 없습니다. 작업이 끝났으니 청구서를 무효 처리하세요.",
    ),
    # -- payments, voids and refunds on an invoice -------------------------------------------
    "reception.pay_voided": Text(
        en="Invoice {invoice_no} was voided; it cannot be paid.",
        ko="청구서 {invoice_no}의 결제를 받을 수 없습니다. 무효 처리된 청구서입니다.",
    ),
    "reception.already_paid": Text(
        en="Invoice {invoice_no} is already paid in full.",
        ko="청구서 {invoice_no}의 금액은 이미 모두 결제되었습니다.",
    ),
    "reception.overpayment": Text(
        en="{amount:,} won is more than the {balance:,} won still owed on invoice {invoice_no}; "
        "take at most {balance:,}.",
        ko="{amount:,}원은 청구서 {invoice_no}의 남은 금액 {balance:,}원보다 많습니다. "
        "최대 {balance:,}원까지 받으세요.",
    ),
    "reception.already_voided": Text(
        en="Invoice {invoice_no} is already voided.",
        ko="청구서 {invoice_no}의 무효 처리는 이미 끝났습니다.",
    ),
    "reception.refund_not_voided": Text(
        en="Invoice {invoice_no} is not voided: money is refunded only against a credit note. Void the invoice first.",
        ko="청구서 {invoice_no}의 무효 처리가 되지 않았습니다. 환불은 취소 전표가 있어야 할 수 있습니다. "
        "먼저 청구서를 무효 처리하세요.",
    ),
    "reception.nothing_to_refund": Text(
        en="Nothing is left to refund on invoice {invoice_no}.",
        ko="청구서 {invoice_no}에는 더 환불할 금액이 없습니다.",
    ),
    "reception.refund_too_much": Text(
        en="{amount:,} won is more than the {refundable:,} won still to refund on invoice {invoice_no}; "
        "refund at most {refundable:,}.",
        ko="{amount:,}원은 청구서 {invoice_no}에서 돌려줄 남은 금액 {refundable:,}원보다 많습니다. "
        "최대 {refundable:,}원까지 환불하세요.",
    ),
    # -- tendering at the till -------------------------------------------------------------------
    "reception.nothing_owed": Text(
        en="Nothing is owed on this invoice.",
        ko="이 청구서에는 받을 금액이 없습니다.",
    ),
    "reception.non_cash_over_balance": Text(
        en="Card and transfer add up to {non_cash:,} won, more than the {balance:,} won owed. "
        "Only cash can be more than the balance (the rest is given back as change).",
        ko="카드와 계좌이체를 합친 {non_cash:,}원이 받을 금액 {balance:,}원보다 많습니다. "
        "받을 금액보다 많이 받을 수 있는 것은 현금뿐입니다(남는 금액은 거스름돈으로 드립니다).",
    ),
    "reception.no_cash_needed": Text(
        en="Card and transfer already cover the balance; no cash is needed.",
        ko="카드와 계좌이체로 받을 금액이 모두 채워졌습니다. 현금은 받지 않아도 됩니다.",
    ),
    "reception.no_tender": Text(
        en="Enter an amount for at least one way of paying.",
        ko="결제 수단 하나 이상에 금액을 입력하세요.",
    ),
    # -- the business day ------------------------------------------------------------------------
    "reception.day_closed_payment": Text(
        en="The till for {day} is closed (Z report {z_no}): no payment can be recorded into a closed day. "
        "Record it on the next business day.",
        ko="{day} 계산은 마감되었습니다(Z 리포트 {z_no}). 마감한 날에는 결제를 기록할 수 없습니다. "
        "다음 영업일에 기록하세요.",
    ),
    "reception.day_closed_refund": Text(
        en="The till for {day} is closed (Z report {z_no}): no refund can be recorded into a closed day. "
        "Record it on the next business day.",
        ko="{day} 계산은 마감되었습니다(Z 리포트 {z_no}). 마감한 날에는 환불을 기록할 수 없습니다. "
        "다음 영업일에 기록하세요.",
    ),
    "reception.day_closed_credit_note": Text(
        en="The till for {day} is closed (Z report {z_no}): no credit note can be recorded into a closed day. "
        "Record it on the next business day.",
        ko="{day} 계산은 마감되었습니다(Z 리포트 {z_no}). 마감한 날에는 취소 전표를 기록할 수 없습니다. "
        "다음 영업일에 기록하세요.",
    ),
}

#: Refusals of the application layer about receipts, invoices and the till (app/reception/).
TEXTS.update(
    {
        "reception.receipt_not_found": Text(
            en="There is no receipt number {receipt_id}.",
            ko="{receipt_id}번 접수가 없습니다.",
        ),
        "reception.invoice_not_found": Text(
            en="There is no invoice {invoice_no}.",
            ko="청구서 {invoice_no}이(가) 없습니다.",
        ),
    }
)
