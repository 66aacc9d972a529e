"""The bill drafted on a job: the fare as first labour line, labour, parts, discounts, removals, bounds."""

from __future__ import annotations

from decimal import Decimal

import pytest

from domain.billing.bill import MAX_LINES, Bill, room_for_charges
from domain.billing.events import DiscountAdded, LabourAdded, LineRemoved, PartLineAdded
from domain.billing.lines import LineKind, vat_of
from domain.errors import Conflict, IllegalTransition, InvalidInput, NotFound
from domain.jobs.model import JobStatus
from domain.messages import MAX_MONEY

TEN = Decimal("0.10")


def new_bill(fare: int = 86_000, status: JobStatus = JobStatus.STARTED) -> Bill:
    bill = Bill.open(7, 3, TEN, fare=fare, fare_line_id=1, description="엔진오일 교환", added_by="desk", at="t0")
    bill.job_status = status
    return bill


def test_the_receipts_fare_is_the_first_labour_line() -> None:
    bill = Bill.open(7, 3, TEN, fare=86_000, fare_line_id=41, description="", added_by="desk", at="t0")
    assert bill.job_status is JobStatus.CREATED
    (line,) = bill.lines
    assert (line.number, line.kind, line.amount, line.added_by) == (41, LineKind.LABOUR, 86_000, "desk")
    assert bill.events == [LabourAdded(41, 7, 3, "", 86_000, "desk", "t0")]
    assert bill.pricing().total == 94_600


def test_a_zero_fare_gives_no_line() -> None:
    bill = Bill.open(7, 3, TEN, fare=0, fare_line_id=1)
    assert bill.lines == [] and bill.events == []


def test_labour_is_added_to_a_started_job_with_who_added_it() -> None:
    bill = new_bill()
    bill.add_labour(2, "브레이크 점검", 30_000, "kim", "t1")
    assert bill.line(2).added_by == "kim"
    assert bill.events[-1] == LabourAdded(2, 7, 3, "브레이크 점검", 30_000, "kim", "t1")
    assert bill.pricing().labour == 116_000


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (JobStatus.CREATED, "billing.job_not_started"),
        (JobStatus.FINISHED, "billing.job_finished"),
        (JobStatus.CANCELLED, "billing.job_cancelled"),
    ],
)
def test_labour_needs_a_started_job(status: JobStatus, code: str) -> None:
    bill = new_bill(status=status)
    before = list(bill.events)
    with pytest.raises(IllegalTransition) as exc:
        bill.add_labour(2, "점검", 10_000, "kim", "t1")
    assert exc.value.code == code
    assert exc.value.params == {"job_id": 7}
    assert bill.events == before and len(bill.lines) == 1


def test_discounts_and_removals_are_taken_before_the_job_starts_but_not_once_it_is_finished() -> None:
    bill = new_bill(status=JobStatus.CREATED)
    bill.add_discount(2, "예약 할인", amount=6_000, added_by="desk", at="t1")
    bill.remove_line(2, "desk", "t2")
    bill.job_status = JobStatus.FINISHED
    with pytest.raises(IllegalTransition):
        bill.add_discount(3, "늦은 할인", amount=1_000)
    with pytest.raises(IllegalTransition):
        bill.remove_line(1, "desk", "t3")


def test_parts_are_lines_at_their_frozen_price_once_per_part_request() -> None:
    bill = new_bill()
    bill.add_part(2, 11, 5, "OIL-5W30", "엔진오일", 2, 48_000)
    bill.add_part(3, 11, 5, "OIL-5W30", "엔진오일", 2, 48_000)  # the event delivered again
    assert [ln.number for ln in bill.lines] == [1, 2]
    assert bill.events[-1] == PartLineAdded(2, 7, 3, 11, 5, "OIL-5W30", "엔진오일", 2, 48_000)
    assert bill.pricing().parts == 96_000


def test_a_part_line_cannot_be_removed() -> None:
    bill = new_bill()
    bill.add_part(2, 11, 5, "OIL", "엔진오일", 1, 48_000)
    with pytest.raises(IllegalTransition) as exc:
        bill.remove_line(2, "desk", "t1")
    assert exc.value.code == "billing.part_line_fixed"


def test_discount_on_a_line_and_on_the_bill_with_events() -> None:
    bill = new_bill()
    bill.add_part(2, 11, 5, "OIL", "엔진오일", 1, 48_000)
    bill.add_discount(3, "오일 할인", percent=Decimal("12.5"), on_line=2, added_by="desk", at="t1")
    bill.add_discount(4, "단골", amount=4_000, added_by="desk", at="t2")
    assert bill.events[-2:] == [
        DiscountAdded(3, 7, 3, "오일 할인", 0, "12.5", 2, "desk", "t1"),
        DiscountAdded(4, 7, 3, "단골", 4_000, "0", 0, "desk", "t2"),
    ]
    p = bill.pricing()
    assert p.amounts[3] == -6_000 and p.amounts[4] == -4_000
    assert p.subtotal == 86_000 + 48_000 - 10_000


@pytest.mark.parametrize(
    ("amount", "percent", "code"),
    [(1_000, Decimal(5), "billing.discount_both"), (0, Decimal(0), "billing.discount_neither")],
)
def test_a_discount_is_an_amount_or_a_percent(amount: int, percent: Decimal, code: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        new_bill().add_discount(2, "할인", amount=amount, percent=percent)
    assert exc.value.code == code and "field" in exc.value.params


def test_a_discount_over_its_line_or_over_the_bill_is_refused_and_changes_nothing() -> None:
    bill = new_bill(fare=10_000)
    before = (list(bill.lines), list(bill.events))
    with pytest.raises(Conflict) as exc:
        bill.add_discount(2, "과한 할인", amount=10_001, on_line=1)
    assert exc.value.code == "billing.discount_over_line"
    with pytest.raises(Conflict) as exc:
        bill.add_discount(2, "과한 할인", amount=10_001)
    assert exc.value.code == "billing.discount_over_bill"
    bill.add_discount(2, "반값", percent=Decimal(60))
    with pytest.raises(Conflict):
        bill.add_discount(3, "또 반값", percent=Decimal(50))  # 110 % of the bill
    assert (bill.lines[:1], bill.events[:1]) == (before[0], before[1])


def test_a_discount_on_an_unknown_line_or_on_a_discount_is_refused() -> None:
    bill = new_bill()
    with pytest.raises(NotFound):
        bill.add_discount(2, "할인", amount=1_000, on_line=99)
    bill.add_discount(2, "할인", amount=1_000)
    with pytest.raises(InvalidInput) as exc:
        bill.add_discount(3, "할인의 할인", amount=100, on_line=2)
    assert exc.value.code == "billing.discount_on_discount"


def test_removing_a_line_takes_its_discounts_with_it() -> None:
    bill = new_bill()
    bill.add_labour(2, "점검", 30_000, "kim", "t1")
    bill.add_discount(3, "점검 할인", amount=5_000, on_line=2, added_by="desk", at="t2")
    bill.remove_line(2, "desk", "t3")
    assert [ln.number for ln in bill.lines] == [1]
    assert bill.events[-2:] == [
        LineRemoved(2, 7, 3, "labour", "desk", "t3"),
        LineRemoved(3, 7, 3, "discount", "desk", "t3"),
    ]


def test_removing_a_line_that_a_bill_discount_needs_is_refused() -> None:
    bill = new_bill(fare=10_000)
    bill.add_labour(2, "점검", 30_000, "kim", "t1")
    bill.add_discount(3, "큰 할인", amount=35_000)
    with pytest.raises(IllegalTransition) as exc:
        bill.remove_line(2, "desk", "t2")
    assert exc.value.code == "billing.removal_overdraws"
    assert len(bill.lines) == 3
    bill.remove_line(3, "desk", "t3")  # the discount first
    bill.remove_line(2, "desk", "t4")
    assert [ln.number for ln in bill.lines] == [1]


def test_an_unknown_line_cannot_be_removed() -> None:
    with pytest.raises(NotFound):
        new_bill().remove_line(99, "desk", "t")


def test_room_for_charges_stops_exactly_at_the_maximum_total() -> None:
    room = room_for_charges(0, TEN)
    assert room + vat_of(room, TEN) <= MAX_MONEY < room + 1 + vat_of(room + 1, TEN)
    assert room_for_charges(0, Decimal(0)) == MAX_MONEY
    assert room_for_charges(MAX_MONEY, TEN) == 0


def test_a_line_that_would_overflow_the_total_is_refused_at_the_line() -> None:
    bill = new_bill(fare=0)
    room = room_for_charges(0, TEN)
    bill.add_labour(1, "큰 작업", room - 10, "kim", "t1")
    with pytest.raises(InvalidInput) as exc:
        bill.add_labour(2, "조금 더", 11, "kim", "t2")
    assert exc.value.code == "billing.bill_too_large"
    assert exc.value.params["most"] == 10
    with pytest.raises(InvalidInput):
        bill.add_part(2, 11, 5, "P", "부품", 2, 6)  # 12 won of parts
    with pytest.raises(InvalidInput):
        bill.ensure_room(11)
    bill.add_labour(2, "딱 맞게", 10, "kim", "t3")
    assert bill.pricing().total <= MAX_MONEY  # so the finished job can always be invoiced


def test_a_fare_too_large_for_one_bill_is_refused() -> None:
    with pytest.raises(InvalidInput):
        Bill.open(7, 3, TEN, fare=MAX_MONEY, fare_line_id=1)


def test_a_bill_holds_a_bounded_number_of_lines() -> None:
    bill = new_bill(fare=0)
    for n in range(1, MAX_LINES + 1):
        bill.add_labour(n, "작업", 1, "kim", "t")
    with pytest.raises(InvalidInput) as exc:
        bill.add_labour(MAX_LINES + 1, "작업", 1, "kim", "t")
    assert exc.value.code == "billing.too_many_lines"
