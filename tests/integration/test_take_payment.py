"""TakePayment: card, transfer and cash in one transaction, all or nothing; the change; overpaying refused."""

from __future__ import annotations

import re
from typing import Any

import pytest

from app.bootstrap import Shop
from app.checks import run_checks
from app.reception.repository import InvoiceRepository
from domain.commands import RecordPayment, TakePayment, VoidInvoice
from domain.errors import Conflict, DomainError, IllegalTransition, InvalidInput, NotFound
from tests.builders import make_invoice
from tests.integration.core_helpers import diff, events, snapshot


def test_three_methods_in_one_step_return_the_change(desk: Shop) -> None:
    no = make_invoice(desk, fare=240_006)  # total 264,007
    change = desk.handle(TakePayment(no, (("card", 150_000), ("transfer", 50_000), ("cash", 64_007)), 70_000))
    assert change == 5_993
    view = desk.invoice(no)
    assert [(p.method, p.amount) for p in view.payments] == [("card", 150_000), ("transfer", 50_000), ("cash", 64_007)]
    assert view.balance == 0 and view.paid == 264_007
    recorded = events(desk, "PaymentRecorded")
    assert [(e.amount, e.paid, e.balance) for e in recorded] == [
        (150_000, 150_000, 114_007),
        (50_000, 200_000, 64_007),
        (64_007, 264_007, 0),
    ]
    (taken,) = events(desk, "PaymentTaken")
    assert (taken.card, taken.transfer, taken.cash, taken.cash_tendered, taken.change, taken.balance) == (
        150_000,
        50_000,
        64_007,
        70_000,
        5_993,
        0,
    )
    assert next(r for r in desk.status_board() if r.invoice_no == no).paid is True
    report = run_checks(desk)
    assert report.ok, report.render()


def test_a_part_payment_leaves_the_rest_owed_and_exact_cash_gives_no_change(desk: Shop) -> None:
    no = make_invoice(desk, fare=100_000)  # total 110,000
    assert desk.handle(TakePayment(no, (("card", 60_000), ("cash", 20_000)))) == 0
    assert desk.invoice(no).balance == 30_000
    assert desk.handle(TakePayment(no, (("cash", 30_000),), 50_000)) == 20_000
    assert desk.invoice(no).balance == 0


def test_a_failure_after_the_first_tender_writes_nothing_at_all(desk: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    no = make_invoice(desk, fare=100_000)
    before = snapshot(desk)
    real = InvoiceRepository.add_payment
    calls: list[int] = []

    def fail_on_the_second(self: InvoiceRepository, *args: Any, **kwargs: Any) -> int:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("the database went away after the first tender")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(InvoiceRepository, "add_payment", fail_on_the_second)
    with pytest.raises(RuntimeError):
        desk.handle(TakePayment(no, (("card", 50_000), ("cash", 60_000))))
    assert len(calls) == 2  # the first tender was written, inside the transaction, before the failure
    assert diff(before, snapshot(desk)) == []
    monkeypatch.setattr(InvoiceRepository, "add_payment", real)
    assert desk.handle(TakePayment(no, (("card", 50_000), ("cash", 60_000)))) == 0
    assert desk.invoice(no).balance == 0


@pytest.mark.parametrize(
    ("tenders", "cash_tendered", "error", "code"),
    [
        ((), 0, InvalidInput, "billing.no_tenders"),
        ((("cheque", 1_000),), 0, InvalidInput, "billing.unknown_method"),
        ((("card", 0),), 0, InvalidInput, "billing.not_positive"),
        ((("card", -5),), 0, InvalidInput, "billing.not_positive"),
        ((("card", 100_000), ("cash", 10_001)), 0, Conflict, "billing.tenders_over_balance"),
        ((("cash", 1_000), ("cash", 1_000)), 0, InvalidInput, "billing.cash_twice"),
        ((("cash", 10_000),), 5_000, InvalidInput, "billing.cash_short"),
        ((("card", 10_000),), 5_000, InvalidInput, "billing.cash_tendered_without_cash"),
    ],
    ids=["empty", "unknown method", "zero", "negative", "overpay", "cash twice", "cash short", "tendered no cash"],
)
def test_bad_tenders_are_refused_in_both_languages_and_write_nothing(
    desk: Shop, tenders: Any, cash_tendered: int, error: type[DomainError], code: str
) -> None:
    no = make_invoice(desk, fare=100_000)  # total 110,000
    before = snapshot(desk)
    with pytest.raises(error) as caught:
        desk.handle(TakePayment(no, tenders, cash_tendered))
    en, ko = caught.value.render("en"), caught.value.render("ko")
    assert caught.value.code == code, en
    assert re.search("[가-힣]", ko) and not re.search("[가-힣]", en), (en, ko)
    assert diff(before, snapshot(desk)) == []


def test_paid_voided_and_unknown_invoices_are_refused(desk: Shop) -> None:
    no = make_invoice(desk, fare=100_000)
    desk.handle(RecordPayment(no, 110_000, "card"))
    with pytest.raises(Conflict):
        desk.handle(TakePayment(no, (("cash", 1_000),)))
    other = make_invoice(desk, fare=50_000, mechanic="박지훈")
    desk.handle(VoidInvoice(other, "잘못 발행"))
    with pytest.raises(IllegalTransition):
        desk.handle(TakePayment(other, (("cash", 1_000),)))
    with pytest.raises(NotFound):
        desk.handle(TakePayment("2026-999999", (("cash", 1_000),)))
