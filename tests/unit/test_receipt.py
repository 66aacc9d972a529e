"""The receipt's life (reject, accept, cancel) and the till's rules on an invoice."""

from __future__ import annotations

import pytest

from domain.errors import Conflict, IllegalTransition
from domain.reception.events import RequestCancelled
from domain.reception.model import InvoiceAccount, Receipt, ReceiptStatus


def receipt(status: ReceiptStatus = ReceiptStatus.REQUESTED) -> Receipt:
    return Receipt(12, "홍길동", "12가3456", mechanic_id=4, man_day=3, fare=90_000, status=status)


def test_reject_a_requested_receipt_records_a_rejection_with_its_reason() -> None:
    r = receipt()
    r.reject("김민수 has only 1 man-day(s) left")
    assert r.status is ReceiptStatus.REJECTED
    assert r.events == [RequestCancelled(12, 4, 3, "김민수 has only 1 man-day(s) left", rejected=True, accepted=False)]


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
    assert r.events == [RequestCancelled(12, 4, 3, "changed my mind", rejected=False, accepted=False)]


def test_cancel_an_accepted_receipt_says_man_days_come_back() -> None:
    r = receipt(ReceiptStatus.ACCEPTED)
    r.cancel("")
    assert r.status is ReceiptStatus.CANCELLED
    (event,) = r.events
    assert isinstance(event, RequestCancelled)
    assert event.accepted is True and event.rejected is False
    assert event.reason == "Cancelled by the customer."


@pytest.mark.parametrize(
    ("status", "why"),
    [
        (ReceiptStatus.REJECTED, "it was already rejected"),
        (ReceiptStatus.CANCELLED, "it is already cancelled"),
        (ReceiptStatus.IN_WORK, "the mechanic has already started the job"),
        (ReceiptStatus.FINISHED, "the job is finished; void the invoice instead"),
    ],
)
def test_cancel_is_refused_once_rejected_cancelled_started_or_finished(status: ReceiptStatus, why: str) -> None:
    r = receipt(status)
    with pytest.raises(IllegalTransition) as exc:
        r.cancel("please")
    assert str(exc.value) == f"Cannot cancel receipt 12: {why}."
    assert r.status is status
    assert r.events == []


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
    assert str(exc.value) == (
        "200,001 won is more than the 200,000 won still owed on invoice 2026-000001; take at most 200,000."
    )


def test_paying_a_fully_paid_invoice_is_refused() -> None:
    with pytest.raises(Conflict, match="already paid in full"):
        account(paid=264_006).check_payment(1)


def test_paying_a_voided_invoice_is_refused_before_anything_else() -> None:
    with pytest.raises(IllegalTransition, match="was voided; it cannot be paid"):
        account(paid=264_006, voided=True).check_payment(1)


def test_voiding_twice_is_refused() -> None:
    account().check_void()
    with pytest.raises(IllegalTransition, match="already voided"):
        account(voided=True).check_void()
