"""The issued invoice: issuing from a finished job's bill, paying, voiding, refunding, correcting in one step."""

from __future__ import annotations

from decimal import Decimal

import pytest

from domain.billing.bill import Bill
from domain.billing.events import CorrectedLine, InvoiceCorrected, PaymentTaken
from domain.billing.lines import LineKind
from domain.billing.model import Invoice, InvoiceStatus
from domain.billing.tender import PaymentPlan, Tender
from domain.errors import Conflict, IllegalTransition, InvalidInput
from domain.events import BillIssued, InvoiceVoided, PaymentRecorded, RefundRecorded
from domain.jobs.events import PartLine
from domain.jobs.model import JobStatus

TEN = Decimal("0.10")
DAY = "2026-03-02"


def finished_bill() -> Bill:
    """86,000 fare + 30,000 labour + 48,000 oil - 3,000 on the oil - 10 % of the bill."""
    bill = Bill.open(7, 3, TEN, fare=86_000, fare_line_id=1, description="엔진오일 교환", added_by="desk", at="t0")
    bill.job_status = JobStatus.STARTED
    bill.add_discount(2, "단골 할인", percent=Decimal(10), added_by="desk", at="t1")  # added before the oil
    bill.add_part(3, 11, 5, "OIL-5W30", "엔진오일", 1, 48_000)
    bill.add_discount(4, "오일 할인", amount=3_000, on_line=3, added_by="desk", at="t2")
    bill.add_labour(5, "브레이크 점검", 30_000, "kim", "t3")
    bill.job_status = JobStatus.FINISHED
    return bill


def issued() -> Invoice:
    return Invoice.issue(
        finished_bill(),
        "2026-000001",
        issued_at="2026-03-02T10:00:00",
        business_day=DAY,
        customer_name="홍길동",
        car_number="12가3456",
    )


def test_issuing_numbers_the_lines_labour_then_parts_then_discounts() -> None:
    inv = issued()
    assert [(ln.number, ln.kind, ln.description) for ln in inv.lines] == [
        (1, LineKind.LABOUR, "엔진오일 교환"),
        (2, LineKind.LABOUR, "브레이크 점검"),
        (3, LineKind.PART, "엔진오일"),
        (4, LineKind.DISCOUNT, "단골 할인"),
        (5, LineKind.DISCOUNT, "오일 할인"),
    ]
    assert inv.lines[4].on_line == 3  # the oil discount still points at the oil
    p = inv.pricing()
    assert (p.labour, p.parts, p.discounts) == (116_000, 48_000, 3_000 + 16_100)
    assert (p.subtotal, p.vat, p.total) == (144_900, 14_490, 159_390)
    assert inv.events == [
        BillIssued(
            "2026-000001",
            3,
            7,
            "홍길동",
            "12가3456",
            "2026-03-02T10:00:00",
            116_000,
            144_900,
            "0.10",
            14_490,
            159_390,
            (PartLine(11, 5, "OIL-5W30", "엔진오일", 1, 48_000),),
        )
    ]
    assert inv.balance == 159_390 and not inv.is_paid


def test_only_a_finished_job_is_invoiced() -> None:
    bill = finished_bill()
    bill.job_status = JobStatus.STARTED
    with pytest.raises(IllegalTransition) as exc:
        Invoice.issue(bill, "2026-000001", issued_at="t", business_day=DAY, customer_name="a", car_number="b")
    assert exc.value.code == "billing.job_not_finished"


def test_a_payment_reduces_the_balance_and_paid_is_the_balance_reaching_zero() -> None:
    inv = issued()
    inv.pay(1, 100_000, "card", at="t1", business_day=DAY)
    assert inv.events[-1] == PaymentRecorded(1, "2026-000001", 3, 100_000, "card", 100_000, 59_390)
    assert (inv.paid, inv.balance, inv.is_paid) == (100_000, 59_390, False)
    inv.pay(2, 59_390, "cash", at="t2", business_day=DAY)
    assert inv.is_paid and inv.status is InvoiceStatus.ISSUED
    with pytest.raises(Conflict) as exc:
        inv.pay(3, 1, "cash", at="t3", business_day=DAY)
    assert exc.value.code == "billing.already_paid"


def test_overpaying_is_refused_and_records_nothing() -> None:
    inv = issued()
    with pytest.raises(Conflict) as exc:
        inv.pay(1, 159_391, "card", at="t", business_day=DAY)
    assert exc.value.code == "billing.over_balance"
    assert exc.value.params == {"invoice_no": "2026-000001", "amount": 159_391, "balance": 159_390}
    assert inv.payments == [] and len(inv.events) == 1


def test_a_split_tender_is_planned_whole_then_recorded_with_the_change() -> None:
    inv = issued()
    plan = inv.plan_payment([Tender("card", 100_000), Tender("transfer", 9_390), Tender("cash", 50_000)], 70_000)
    assert plan.change == 20_000 and plan.total == 159_390
    assert inv.payments == []  # planning changes nothing
    inv.take(plan, [21, 22, 23], at="t1", business_day=DAY)
    assert [(p.payment_id, p.method, p.amount, p.tendered) for p in inv.payments] == [
        (21, "card", 100_000, 0),
        (22, "transfer", 9_390, 0),
        (23, "cash", 50_000, 70_000),
    ]
    assert [type(e) for e in inv.events[1:]] == [PaymentRecorded, PaymentRecorded, PaymentRecorded, PaymentTaken]
    assert inv.events[-1] == PaymentTaken("2026-000001", 3, 50_000, 100_000, 9_390, 70_000, 20_000, 0, "t1")
    assert inv.is_paid


def test_a_split_tender_past_the_balance_records_none_of_it() -> None:
    inv = issued()
    with pytest.raises(Conflict) as exc:
        inv.plan_payment([Tender("card", 100_000), Tender("transfer", 59_391)])
    assert exc.value.code == "billing.tenders_over_balance"
    assert inv.payments == []


def test_a_plan_made_against_an_older_balance_is_refused_whole() -> None:
    inv = issued()
    plan = inv.plan_payment([Tender("card", 100_000), Tender("cash", 59_390)])
    inv.pay(9, 10_000, "cash", at="t", business_day=DAY)  # another payment came first
    with pytest.raises(Conflict):
        inv.take(plan, [1, 2], at="t", business_day=DAY)
    assert [p.payment_id for p in inv.payments] == [9]


def test_take_wants_one_payment_id_per_tender() -> None:
    inv = issued()
    with pytest.raises(ValueError):
        inv.take(PaymentPlan((Tender("card", 1),), 0, 0), [], at="t", business_day=DAY)


def test_void_makes_paid_money_refundable_and_refunds_stay_within_it() -> None:
    inv = issued()
    inv.pay(1, 100_000, "card", at="t1", business_day=DAY)
    with pytest.raises(IllegalTransition) as exc:
        inv.refund(1, 1_000, "card", at="t2", business_day=DAY)
    assert exc.value.code == "billing.refund_needs_credit_note"
    inv.void("CN2026-000001", "잘못 발행", at="t3")
    assert inv.status is InvoiceStatus.VOIDED and inv.balance == 0 and not inv.is_paid
    assert inv.events[-1] == InvoiceVoided("2026-000001", 3, "CN2026-000001", "잘못 발행", 159_390, 100_000)
    assert inv.refundable == 100_000
    with pytest.raises(Conflict) as exc:
        inv.refund(1, 100_001, "card", at="t4", business_day=DAY)
    assert exc.value.code == "billing.refund_over"
    inv.refund(1, 60_000, "card", at="t4", business_day=DAY)
    assert inv.events[-1] == RefundRecorded(1, "2026-000001", 3, "CN2026-000001", 60_000, "card", 60_000, 40_000)
    inv.refund(2, 40_000, "cash", at="t5", business_day=DAY)
    with pytest.raises(Conflict) as exc:
        inv.refund(3, 1, "cash", at="t6", business_day=DAY)
    assert exc.value.code == "billing.nothing_to_refund"


def test_a_voided_invoice_is_neither_paid_nor_voided_again() -> None:
    inv = issued()
    inv.void("CN2026-000001", "잘못 발행", at="t")
    with pytest.raises(IllegalTransition) as exc:
        inv.pay(1, 1_000, "cash", at="t", business_day=DAY)
    assert exc.value.code == "billing.pay_voided"
    assert exc.value.params["credit_note_no"] == "CN2026-000001"
    with pytest.raises(IllegalTransition) as exc:
        inv.plan_payment([Tender("cash", 1_000)])
    assert exc.value.code == "billing.pay_voided"
    with pytest.raises(IllegalTransition) as exc:
        inv.void("CN2026-000002", "again", at="t")
    assert exc.value.code == "billing.already_voided"


def correct(inv: Invoice, **kw: object) -> Invoice:
    args: dict[str, object] = {
        "new_invoice_no": "2026-000002",
        "credit_note_no": "CN2026-000001",
        "reason": "공임 금액 오기",
        "labour": (("엔진오일 교환", 66_000),),
        "discounts": (),
        "at": "2026-03-03T09:00:00",
        "business_day": "2026-03-03",
        "by": "manager",
    }
    args.update(kw)
    return inv.correct(**args)  # type: ignore[arg-type]


def test_a_correction_credits_the_old_invoice_and_issues_a_new_one_linked_both_ways() -> None:
    old = issued()
    new = correct(old, discounts=(("오일 할인", 8_000, Decimal(0), 2),))
    assert old.status is InvoiceStatus.CORRECTED
    assert (old.credit_note_no, old.corrected_by, old.void_reason) == ("CN2026-000001", "2026-000002", "공임 금액 오기")
    assert (new.invoice_no, new.corrects, new.job_id, new.receipt_id) == ("2026-000002", "2026-000001", 7, 3)
    assert [(ln.number, ln.kind, ln.amount, ln.on_line) for ln in new.lines] == [
        (1, LineKind.LABOUR, 66_000, 0),
        (2, LineKind.PART, 0, 0),
        (3, LineKind.DISCOUNT, 8_000, 2),
    ]
    assert new.lines[1].unit_price == 48_000  # the part carries over as it was
    assert new.total == (66_000 + 48_000 - 8_000) * 11 // 10 == 116_600
    assert old.events[-1] == InvoiceVoided("2026-000001", 3, "CN2026-000001", "공임 금액 오기", 159_390, 0)
    issued_event, corrected = new.events
    assert isinstance(issued_event, BillIssued) and issued_event.invoice_no == "2026-000002"
    assert corrected == InvoiceCorrected(
        "2026-000001",
        3,
        7,
        "CN2026-000001",
        "2026-000002",
        "공임 금액 오기",
        159_390,
        116_600,
        0,
        "2026-03-03T09:00:00",
        (
            CorrectedLine("labour", "엔진오일 교환", 66_000),
            CorrectedLine("discount", "오일 할인", -8_000, "0", 2),
        ),
    )


def test_money_paid_on_a_corrected_invoice_counts_on_the_new_one_and_the_excess_is_refundable() -> None:
    old = issued()
    old.pay(1, 159_390, "card", at="t", business_day=DAY)
    new = correct(old)  # 66,000 + 48,000 + VAT = 125,400
    assert new.carried_in == 125_400 and new.is_paid and new.balance == 0
    assert old.carried_out == 125_400
    assert old.refundable == 159_390 - 125_400 == 33_990
    old.refund(1, 33_990, "card", at="t", business_day=DAY)
    assert old.refundable == 0


def test_a_correction_upwards_leaves_a_balance_on_the_new_invoice() -> None:
    old = issued()
    old.pay(1, 100_000, "cash", at="t", business_day=DAY)
    new = correct(old, labour=(("엔진오일 교환", 86_000), ("브레이크 점검", 30_000), ("추가 점검", 20_000)))
    assert new.carried_in == 100_000
    assert new.balance == new.total - 100_000
    assert old.refundable == 0
    new.pay(2, new.balance, "card", at="t", business_day=DAY)
    assert new.is_paid


def test_a_corrected_invoice_cannot_be_paid_voided_or_corrected_again() -> None:
    old = issued()
    correct(old)
    with pytest.raises(IllegalTransition) as exc:
        old.pay(1, 1, "cash", at="t", business_day=DAY)
    assert exc.value.code == "billing.pay_corrected"
    assert exc.value.params["new_invoice_no"] == "2026-000002"
    with pytest.raises(IllegalTransition):
        old.void("CN2026-000009", "x", at="t")
    with pytest.raises(IllegalTransition) as exc:
        correct(old, new_invoice_no="2026-000003")
    assert exc.value.code == "billing.already_corrected"


def test_a_correction_that_changes_nothing_is_refused() -> None:
    old = issued()
    same = (("엔진오일 교환", 86_000), ("브레이크 점검", 30_000))
    discounts = (("단골 할인", 0, Decimal(10), 0), ("오일 할인", 3_000, Decimal(0), 3))
    with pytest.raises(Conflict) as exc:
        correct(old, labour=same, discounts=discounts)
    assert exc.value.code == "billing.correction_changes_nothing"
    assert old.status is InvoiceStatus.ISSUED and len(old.events) == 1


def test_a_correction_refuses_bad_lines_and_changes_nothing() -> None:
    old = issued()
    with pytest.raises(InvalidInput) as exc:
        correct(old, discounts=(("할인", 1_000, Decimal(0), 3),))  # only labour 1 and the part 2
    assert exc.value.code == "billing.correction_no_such_line"
    with pytest.raises(Conflict):
        correct(old, discounts=(("할인", 48_001, Decimal(0), 2),))
    assert old.status is InvoiceStatus.ISSUED and old.events == issued().events


def test_a_correction_needs_a_line_to_bill() -> None:
    bill = Bill.open(8, 4, TEN, fare=50_000, fare_line_id=1)
    bill.job_status = JobStatus.FINISHED
    inv = Invoice.issue(bill, "2026-000005", issued_at="t", business_day=DAY, customer_name="a", car_number="b")
    with pytest.raises(InvalidInput) as exc:
        correct(inv, labour=())
    assert exc.value.code == "billing.correction_empty"


def test_a_correction_cannot_overflow_the_total() -> None:
    with pytest.raises(InvalidInput) as exc:
        correct(issued(), labour=(("a", 10**12), ("b", 10**12)))
    assert exc.value.code == "billing.bill_too_large"
