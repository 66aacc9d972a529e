"""The receipt's life (reject, accept, cancel) and the till's rules on an invoice."""

from __future__ import annotations

import pytest

from domain.errors import Conflict, IllegalTransition
from domain.reception.events import RequestCancelled
from domain.reception.model import (
    CANCELLED_BY_CUSTOMER,
    InvoiceAccount,
    Receipt,
    ReceiptStatus,
    Settlement,
    is_unpaid,
    settlement_of,
)
from domain.texts import Message


def receipt(status: ReceiptStatus = ReceiptStatus.REQUESTED) -> Receipt:
    return Receipt(12, "홍길동", "12가3456", mechanic_id=4, man_day=3, fare=90_000, status=status)


def test_reject_a_requested_receipt_records_the_rejection_by_code() -> None:
    r = receipt()
    why = Message("jobs.parts_waiting", {"job_id": 7, "waiting": 2})  # any catalogued refusal
    r.reject(why)
    assert r.status is ReceiptStatus.REJECTED
    english = "Job 7 still waits for 2 part request(s); wait for the parts counter, then finish."
    assert r.events == [
        RequestCancelled(12, 4, 3, english, True, False, "jobs.parts_waiting", {"job_id": 7, "waiting": 2})
    ]
    assert (r.reason, r.reason_message) == (english, why)


def test_a_rejection_with_a_message_parameter_is_stored_in_plain_json_form() -> None:
    r = receipt()
    r.reject(Message("common.required", {"field": Message("common.field.man_days")}))
    (event,) = r.events
    assert isinstance(event, RequestCancelled)
    assert event.reason == "Man-days is required."
    assert event.reason_params == {"field": {"$message": {"code": "common.field.man_days", "params": {}}}}
    assert Message.from_dict({"code": event.reason_code, "params": event.reason_params}) == r.reason_message


def test_a_rejection_given_as_plain_text_is_kept_as_typed() -> None:
    r = receipt()
    r.reject("김민수 has only 1 man-day(s) left")
    assert r.events == [RequestCancelled(12, 4, 3, "김민수 has only 1 man-day(s) left", rejected=True, accepted=False)]
    assert r.reason_message is None


@pytest.mark.parametrize("status", [s for s in ReceiptStatus if s is not ReceiptStatus.REQUESTED])
def test_reject_is_a_no_op_once_decided(status: ReceiptStatus) -> None:
    r = receipt(status)
    r.reject("late answer")
    assert r.status is status
    assert r.events == []


def test_accept_moves_requested_to_accepted_and_is_idempotent() -> None:
    r = receipt()
    r.accept()
    assert r.status is ReceiptStatus.ACCEPTED
    r.accept()
    assert r.status is ReceiptStatus.ACCEPTED
    assert r.events == []


@pytest.mark.parametrize("status", [ReceiptStatus.REJECTED, ReceiptStatus.CANCELLED, ReceiptStatus.IN_WORK])
def test_accept_never_revives_a_decided_receipt(status: ReceiptStatus) -> None:
    r = receipt(status)
    r.accept()
    assert r.status is status


def test_cancel_a_requested_receipt_says_no_man_days_were_held() -> None:
    r = receipt()
    r.cancel("changed my mind")
    assert r.status is ReceiptStatus.CANCELLED
    # A typed reason is data: no code, kept as typed.
    assert r.events == [RequestCancelled(12, 4, 3, "changed my mind", False, False, "", {})]
    assert (r.reason, r.reason_message) == ("changed my mind", None)


def test_cancel_an_accepted_receipt_says_man_days_come_back() -> None:
    r = receipt(ReceiptStatus.ACCEPTED)
    r.cancel("")
    assert r.status is ReceiptStatus.CANCELLED
    (event,) = r.events
    assert isinstance(event, RequestCancelled)
    assert event.accepted is True and event.rejected is False
    assert (event.reason, event.reason_code, event.reason_params) == (
        "Cancelled by the customer.",
        "reception.cancelled_by_customer",
        {},
    )
    assert r.reason_message == CANCELLED_BY_CUSTOMER


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (ReceiptStatus.REJECTED, "reception.cancel_rejected"),
        (ReceiptStatus.CANCELLED, "reception.already_cancelled"),
        (ReceiptStatus.IN_WORK, "reception.cancel_in_work"),
        (ReceiptStatus.FINISHED, "reception.cancel_finished"),
    ],
)
def test_cancel_is_refused_once_rejected_cancelled_started_or_finished(status: ReceiptStatus, code: str) -> None:
    r = receipt(status)
    with pytest.raises(IllegalTransition) as exc:
        r.cancel("please")
    assert (exc.value.code, exc.value.params) == (code, {"receipt_id": 12})
    assert r.status is status
    assert r.events == []


def test_can_cancel_is_what_cancel_allows() -> None:
    """Screens ask ReceiptStatus.can_cancel; cancel() follows the same predicate."""
    for status in ReceiptStatus:
        r = receipt(status)
        try:
            r.cancel()
        except IllegalTransition:
            allowed = False
        else:
            allowed = True
        assert status.can_cancel is allowed
    assert {s for s in ReceiptStatus if s.can_cancel} == {ReceiptStatus.REQUESTED, ReceiptStatus.ACCEPTED}


def test_job_started_and_finished_follow_the_job() -> None:
    r = receipt(ReceiptStatus.ACCEPTED)
    r.job_started()
    assert r.status is ReceiptStatus.IN_WORK
    r.job_finished()
    assert r.status is ReceiptStatus.FINISHED


def test_job_started_does_not_revive_a_cancelled_receipt() -> None:
    r = receipt(ReceiptStatus.CANCELLED)
    r.job_started()
    assert r.status is ReceiptStatus.CANCELLED


# -- the invoice account at the till ---------------------------------------------------
def account(total: int = 264_006, paid: int = 0, voided: bool = False) -> InvoiceAccount:
    return InvoiceAccount("2026-000001", 12, total, paid, voided)


def test_balance_is_total_less_paid() -> None:
    assert account(paid=64_006).balance == 200_000


@pytest.mark.parametrize("amount", [1, 100_000, 264_006])
def test_a_payment_up_to_the_balance_is_accepted(amount: int) -> None:
    account().check_payment(amount)


def test_overpayment_is_refused_with_the_amount_still_owed() -> None:
    with pytest.raises(Conflict) as exc:
        account(paid=64_006).check_payment(200_001)
    assert (exc.value.code, exc.value.params) == (
        "reception.overpayment",
        {"amount": 200_001, "balance": 200_000, "invoice_no": "2026-000001"},
    )
    assert str(exc.value) == (
        "200,001 won is more than the 200,000 won still owed on invoice 2026-000001; take at most 200,000."
    )


def test_paying_a_fully_paid_invoice_is_refused() -> None:
    with pytest.raises(Conflict) as exc:
        account(paid=264_006).check_payment(1)
    assert (exc.value.code, exc.value.params) == ("reception.already_paid", {"invoice_no": "2026-000001"})


def test_paying_a_voided_invoice_is_refused_before_anything_else() -> None:
    with pytest.raises(IllegalTransition) as exc:
        account(paid=264_006, voided=True).check_payment(1)
    assert (exc.value.code, exc.value.params) == ("reception.pay_voided", {"invoice_no": "2026-000001"})


def test_voiding_twice_is_refused() -> None:
    account().check_void()
    with pytest.raises(IllegalTransition) as exc:
        account(voided=True).check_void()
    assert (exc.value.code, exc.value.params) == ("reception.already_voided", {"invoice_no": "2026-000001"})


@pytest.mark.parametrize(
    ("total", "paid", "refunded", "voided", "balance", "refundable", "settlement"),
    [
        (1_000, 0, 0, False, 1_000, 0, Settlement.OWED),
        (1_000, 400, 0, False, 600, 0, Settlement.OWED),
        (1_000, 1_000, 0, False, 0, 0, Settlement.PAID),
        (1_000, 0, 0, True, 0, 0, Settlement.VOIDED),  # a voided invoice is owed nothing
        (1_000, 400, 100, True, 0, 300, Settlement.REFUND_DUE),
        (1_000, 400, 400, True, 0, 0, Settlement.VOIDED),
    ],
)
def test_balance_refundable_and_settlement(
    total: int, paid: int, refunded: int, voided: bool, balance: int, refundable: int, settlement: Settlement
) -> None:
    a = InvoiceAccount("2026-000001", 12, total, paid, voided, refunded)
    assert (a.balance, a.refundable) == (balance, refundable)
    assert settlement_of(a.voided, a.balance, a.refundable) is settlement


def test_unpaid_means_invoiced_not_voided_and_not_paid_in_full() -> None:
    assert is_unpaid(invoiced=True, paid=False, voided=False)
    assert not is_unpaid(invoiced=False, paid=False, voided=False)  # no invoice yet
    assert not is_unpaid(invoiced=True, paid=True, voided=False)
    assert not is_unpaid(invoiced=True, paid=False, voided=True)
