"""Handlers and policies against an in-memory unit of work: the scenario without a database."""

from __future__ import annotations

import pytest

from domain.commands import (
    CancelRepair,
    ChangeManDay,
    ChangePartPrice,
    CloseDay,
    DecreaseStock,
    FinishJob,
    IncreaseStock,
    RecordPayment,
    RecordRefund,
    RegisterMechanic,
    RegisterPart,
    RequestPart,
    RequestRepair,
    StartJob,
    VoidInvoice,
)
from domain.errors import Conflict, IllegalTransition, InvalidInput, NotFound
from domain.events import (
    BillIssued,
    DayClosed,
    InvoiceVoided,
    JobCancelled,
    JobCreated,
    JobFinished,
    JobStarted,
    LabourAdded,
    ManDayChanged,
    ManDayDecreased,
    ManDayIncreased,
    ManDayOver,
    PartReceived,
    PartRequestCancelled,
    PaymentRecorded,
    RefundRecorded,
    RepairRequested,
    RequestCancelled,
    StockDecreased,
)
from domain.jobs.model import PartRequestStatus
from domain.texts import Message
from tests.unit.fake_uow import FakeShop


@pytest.fixture
def fake() -> FakeShop:
    return FakeShop()


def with_mechanics(fake: FakeShop) -> tuple[int, int]:
    decoy = fake.handle(RegisterMechanic("이서준", 0))  # id 1, the same number as the first receipt
    kim = fake.handle(RegisterMechanic("김민수", 5))
    return decoy, kim


def test_an_accepted_request_reserves_the_chosen_mechanics_days_and_creates_one_job(fake: FakeShop) -> None:
    decoy, kim = with_mechanics(fake)
    receipt_id = fake.handle(RequestRepair("홍길동", "12가3456", kim, 3, 50_000))
    assert receipt_id == decoy  # the seed system would have asked the wrong mechanic here
    # The job's bill opens with the receipt's fare as its first labour line.
    assert [type(e) for e in fake.events[-4:]] == [RepairRequested, ManDayDecreased, JobCreated, LabourAdded]
    assert fake.of_type(LabourAdded)[0].amount == 50_000
    # Monday 2026-03-02 (the fake's clock): an empty queue, so the job runs Monday to Wednesday.
    assert fake.of_type(ManDayDecreased) == [ManDayDecreased(kim, receipt_id, 3, 2, "2026-03-02", "2026-03-04")]
    (job,) = fake.of_type(JobCreated)
    assert (job.receipt_id, job.mechanic_id, job.man_day) == (receipt_id, kim, 3)
    assert fake.uow.mechanics.get(kim).man_day == 2
    assert fake.uow.mechanics.get(decoy).man_day == 0
    assert fake.uow.receipts.get(receipt_id).status == "accepted"
    assert len(fake.uow.jobs.rows) == 1


def test_a_request_over_capacity_is_rejected_with_the_reason_and_no_job(fake: FakeShop) -> None:
    _, kim = with_mechanics(fake)
    receipt_id = fake.handle(RequestRepair("홍길동", "12가3456", kim, 6, 50_000))
    (over,) = fake.of_type(ManDayOver)
    assert over.remaining == 5 and over.man_day == 6
    (cancelled,) = fake.of_type(RequestCancelled)
    assert cancelled.rejected and not cancelled.accepted
    assert cancelled.reason == over.reason and "김민수 has only 5 man-day(s) left" in cancelled.reason
    assert (cancelled.reason_code, cancelled.reason_params) == (over.reason_code, over.reason_params)
    assert over.reason_message == Message("mechanic.man_days_short", {"name": "김민수", "left": 5, "need": 6})
    row = fake.uow.receipts.rows[receipt_id]
    assert (row["reason"], row["reason_message"]) == (over.reason, over.reason_message)
    assert fake.of_type(JobCreated) == []
    assert fake.uow.jobs.rows == {}
    assert fake.uow.mechanics.get(kim).man_day == 5
    assert fake.uow.receipts.get(receipt_id).status == "rejected"


def test_a_request_to_an_unknown_mechanic_is_refused(fake: FakeShop) -> None:
    with pytest.raises(NotFound, match="There is no mechanic number 9"):
        fake.handle(RequestRepair("홍길동", "12가3456", 9, 1, 0))
    assert fake.events == [] and fake.uow.receipts.rows == {}


def test_cancelling_an_accepted_request_gives_days_back_and_cancels_the_job(fake: FakeShop) -> None:
    _, kim = with_mechanics(fake)
    receipt_id = fake.handle(RequestRepair("홍길동", "12가3456", kim, 3, 50_000))
    fake.handle(CancelRepair(receipt_id, "고객 요청"))
    assert fake.of_type(ManDayIncreased) == [ManDayIncreased(kim, receipt_id, 3, 5)]
    (job_cancelled,) = fake.of_type(JobCancelled)
    assert job_cancelled.reason == "고객 요청"
    assert fake.uow.mechanics.get(kim).man_day == 5
    assert fake.uow.receipts.get(receipt_id).status == "cancelled"
    assert fake.uow.jobs.get(job_cancelled.job_id).status == "cancelled"


def test_cancelling_a_started_job_is_refused_and_keeps_the_days(fake: FakeShop) -> None:
    _, kim = with_mechanics(fake)
    receipt_id = fake.handle(RequestRepair("홍길동", "12가3456", kim, 3, 50_000))
    (created,) = fake.of_type(JobCreated)
    fake.handle(StartJob(created.job_id))
    assert fake.of_type(JobStarted)[0].job_id == created.job_id
    with pytest.raises(IllegalTransition, match="the mechanic has already started the job"):
        fake.handle(CancelRepair(receipt_id))
    assert fake.uow.mechanics.get(kim).man_day == 2
    assert fake.of_type(ManDayIncreased) == []


def test_policies_are_idempotent_when_an_event_comes_twice(fake: FakeShop) -> None:
    _, kim = with_mechanics(fake)
    receipt_id = fake.handle(RequestRepair("홍길동", "12가3456", kim, 3, 50_000))
    decreased = fake.of_type(ManDayDecreased)[0]
    fake.deliver([decreased])  # again, as after a crash
    assert len(fake.uow.jobs.rows) == 1
    fake.handle(CancelRepair(receipt_id))
    again = fake.of_type(RequestCancelled)[0]
    fake.deliver([again])
    assert fake.uow.mechanics.get(kim).man_day == 5  # given back once, not twice
    assert len(fake.of_type(ManDayIncreased)) == 1
    assert len(fake.of_type(JobCancelled)) == 1


def started_job(fake: FakeShop, fare: int = 100_005) -> int:
    _, kim = with_mechanics(fake)
    fake.handle(RequestRepair("홍길동", "12가3456", kim, 1, fare))
    job_id: int = fake.of_type(JobCreated)[-1].job_id
    fake.handle(StartJob(job_id))
    return job_id


def test_parts_in_stock_are_provided_at_their_price_and_out_of_stock_cancelled(fake: FakeShop) -> None:
    job_id = started_job(fake)
    oil = fake.handle(RegisterPart("OIL-1", "엔진오일", 48_000, 3))
    gasket = fake.handle(RegisterPart("GSK-1", "가스켓", 29_000, 0))
    first = fake.handle(RequestPart(job_id, oil, 2))
    second = fake.handle(RequestPart(job_id, gasket, 1))
    assert fake.of_type(StockDecreased) == [StockDecreased(oil, 2, 1, f"job {job_id}", first)]
    assert fake.of_type(PartReceived)[0].unit_price == 48_000
    (cancelled,) = fake.of_type(PartRequestCancelled)
    assert cancelled.part_request_id == second and "out of stock" in cancelled.reason
    assert fake.uow.parts.get(oil).stock == 1 and fake.uow.parts.get(gasket).stock == 0
    statuses = {rid: r.status for rid, r in fake.uow.jobs.requests.items()}
    assert statuses == {first: PartRequestStatus.PROVIDED, second: PartRequestStatus.CANCELLED}
    assert fake.uow.jobs.reasons[second] == Message("vehicleparts.out_of_stock", {"part": "가스켓", "code": "GSK-1"})


def test_finish_bills_labour_and_frozen_part_prices_with_half_up_vat(fake: FakeShop) -> None:
    job_id = started_job(fake, fare=100_005)
    oil = fake.handle(RegisterPart("OIL-1", "엔진오일", 48_000, 3))
    fake.handle(RequestPart(job_id, oil, 2))
    fake.handle(ChangePartPrice(oil, 99_000))  # after receipt: the line keeps 48,000
    bulb = fake.handle(RegisterPart("LMP-H7", "전조등 전구", 11_000, 10))
    fake.handle(RequestPart(job_id, bulb, 4))
    fake.handle(FinishJob(job_id))
    (bill,) = fake.of_type(BillIssued)
    assert (bill.fare, bill.subtotal, bill.vat, bill.total) == (100_005, 240_005, 24_001, 264_006)
    assert [(p.part_code, p.quantity, p.unit_price) for p in bill.parts] == [
        ("OIL-1", 2, 48_000),
        ("LMP-H7", 4, 11_000),
    ]
    assert bill.invoice_no == "2026-000001"
    assert bill.vat_rate == "0.10"
    fake.deliver(fake.of_type(JobFinished))  # delivered again: still one invoice
    assert len(fake.uow.invoices.rows) == 1
    assert fake.uow.receipts.get(bill.receipt_id).status == "finished"


def test_invoice_numbers_count_up_without_holes(fake: FakeShop) -> None:
    numbers = []
    _, kim = with_mechanics(fake)
    fake.handle(ChangeManDay(kim, 100))
    for n in range(3):
        fake.handle(RequestRepair(f"손님{n}", f"{n}가1234", kim, 1, 10_000))
        job_id = fake.of_type(JobCreated)[-1].job_id
        fake.handle(StartJob(job_id))
        fake.handle(FinishJob(job_id))
        numbers.append(fake.of_type(BillIssued)[-1].invoice_no)
    assert numbers == ["2026-000001", "2026-000002", "2026-000003"]


def test_job_transitions_are_guarded_in_the_handlers(fake: FakeShop) -> None:
    _, kim = with_mechanics(fake)
    fake.handle(RequestRepair("홍길동", "12가3456", kim, 1, 0))
    job_id = fake.of_type(JobCreated)[0].job_id
    oil = fake.handle(RegisterPart("OIL-1", "엔진오일", 48_000, 3))
    with pytest.raises(IllegalTransition, match="has not been started yet"):
        fake.handle(RequestPart(job_id, oil, 1))
    with pytest.raises(IllegalTransition, match="has not been started yet"):
        fake.handle(FinishJob(job_id))
    fake.handle(StartJob(job_id))
    with pytest.raises(IllegalTransition, match="already started"):
        fake.handle(StartJob(job_id))
    fake.handle(FinishJob(job_id))
    with pytest.raises(IllegalTransition, match="already finished"):
        fake.handle(StartJob(job_id))
    with pytest.raises(NotFound, match="no job number 99"):
        fake.handle(StartJob(99))


def test_part_codes_are_unique_whatever_the_case(fake: FakeShop) -> None:
    fake.handle(RegisterPart("OIL-1", "엔진오일", 48_000, 3))
    with pytest.raises(Conflict, match="Part code OIL-1 is already in the catalogue"):
        fake.handle(RegisterPart("oil-1", "another oil", 1, 1))
    assert len(fake.uow.parts.rows) == 1


def test_stock_by_hand(fake: FakeShop) -> None:
    oil = fake.handle(RegisterPart("OIL-1", "엔진오일", 48_000, 3))
    fake.handle(IncreaseStock(oil, 2))
    fake.handle(DecreaseStock(oil, 4, "damaged"))
    assert fake.uow.parts.get(oil).stock == 1
    with pytest.raises(InvalidInput, match=r"Cannot take 2 of 엔진오일 \(OIL-1\) off the shelf: only 1 in stock"):
        fake.handle(DecreaseStock(oil, 2))
    assert fake.uow.parts.get(oil).stock == 1


def test_change_man_day_records_old_and_new(fake: FakeShop) -> None:
    _, kim = with_mechanics(fake)
    fake.handle(ChangeManDay(kim, 9))
    assert fake.of_type(ManDayChanged) == [ManDayChanged(kim, 9, 5)]
    fake.handle(ChangeManDay(kim, 9))  # no change, no event
    assert len(fake.of_type(ManDayChanged)) == 1


# -- the till: payments, voids, refunds and the day close, through the unit of work's repositories --
def invoiced(fake: FakeShop, fare: int = 100_000) -> BillIssued:
    job_id = started_job(fake, fare)
    fake.handle(FinishJob(job_id))
    bill: BillIssued = fake.of_type(BillIssued)[-1]
    return bill


def test_a_payment_is_recorded_against_the_balance_and_an_overpayment_refused(fake: FakeShop) -> None:
    bill = invoiced(fake)  # 100,000 + 10 % VAT
    payment_id = fake.handle(RecordPayment(bill.invoice_no, 60_000, "cash"))
    assert fake.of_type(PaymentRecorded) == [
        PaymentRecorded(payment_id, bill.invoice_no, bill.receipt_id, 60_000, "cash", 60_000, 50_000)
    ]
    with pytest.raises(Conflict, match="more than the 50,000 won still owed"):
        fake.handle(RecordPayment(bill.invoice_no, 50_001, "card"))
    fake.handle(RecordPayment(bill.invoice_no, 50_000, "card"))
    with pytest.raises(Conflict, match="already paid in full"):
        fake.handle(RecordPayment(bill.invoice_no, 1, "cash"))
    assert [p.amount for p in fake.uow.invoices.payments] == [60_000, 50_000]
    with pytest.raises(NotFound, match="There is no invoice 2026-000099"):
        fake.handle(RecordPayment("2026-000099", 1, "cash"))


def test_a_void_issues_a_credit_note_and_the_voided_invoice_takes_no_payment(fake: FakeShop) -> None:
    bill = invoiced(fake)
    fake.handle(RecordPayment(bill.invoice_no, 30_000, "cash"))
    credit_note = fake.handle(VoidInvoice(bill.invoice_no, "wrong car"))
    assert credit_note == "CN2026-000001"
    assert fake.of_type(InvoiceVoided) == [
        InvoiceVoided(bill.invoice_no, bill.receipt_id, credit_note, "wrong car", 110_000, 30_000)
    ]
    with pytest.raises(IllegalTransition, match="was voided; it cannot be paid"):
        fake.handle(RecordPayment(bill.invoice_no, 1, "cash"))
    with pytest.raises(IllegalTransition, match="already voided"):
        fake.handle(VoidInvoice(bill.invoice_no, "again"))


def test_a_refund_gives_back_what_was_paid_on_a_voided_invoice_and_no_more(fake: FakeShop) -> None:
    bill = invoiced(fake)
    fake.handle(RecordPayment(bill.invoice_no, 30_000, "card"))
    with pytest.raises(IllegalTransition, match="is not voided"):
        fake.handle(RecordRefund(bill.invoice_no, 1, "card"))
    credit_note = fake.handle(VoidInvoice(bill.invoice_no, "wrong car"))
    refund_id = fake.handle(RecordRefund(bill.invoice_no, 20_000, "card"))
    assert fake.of_type(RefundRecorded) == [
        RefundRecorded(refund_id, bill.invoice_no, bill.receipt_id, credit_note, 20_000, "card", 20_000, 10_000)
    ]
    with pytest.raises(Conflict, match="more than the 10,000 won still to refund"):
        fake.handle(RecordRefund(bill.invoice_no, 10_001, "card"))


def test_closing_the_day_fixes_its_z_report_and_later_money_goes_to_the_next_day(fake: FakeShop) -> None:
    bill = invoiced(fake)
    fake.handle(RecordPayment(bill.invoice_no, 10_000, "cash"))
    z_no = fake.handle(CloseDay())
    assert z_no == "Z2026-0001"
    (closed,) = fake.of_type(DayClosed)
    assert (closed.day, closed.z_no, closed.payments_total, closed.invoices_issued, closed.invoices_total) == (
        "2026-03-02",
        z_no,
        10_000,
        1,
        110_000,
    )
    assert closed.open_balances_total == 100_000
    with pytest.raises(IllegalTransition, match=r"already closed \(Z report Z2026-0001\); reprint it instead"):
        fake.handle(CloseDay("2026-03-02"))
    fake.handle(RecordPayment(bill.invoice_no, 1, "cash"))  # after the close: the next business day's, not refused
    assert (fake.uow.invoices.payments[-1].amount, fake.uow.invoices.payments[-1].business_day) == (1, "2026-03-03")
    with pytest.raises(IllegalTransition, match="no credit note can be recorded into a closed day"):
        fake.handle(VoidInvoice(bill.invoice_no, "late"))
    later = invoiced(fake)  # issued after the close: it belongs to the next business day
    assert fake.uow.invoices.by_number(later.invoice_no)[1]["business_day"] == "2026-03-03"


# -- the unit of work collects what the aggregates record --------------------------------------
def test_handlers_leave_the_events_to_the_unit_of_work(fake: FakeShop) -> None:
    _, kim = with_mechanics(fake)
    fake.handle(ChangeManDay(kim, 9))
    assert fake.uow.seen == []  # collected after the command, aggregates and all
    assert fake.of_type(ManDayChanged)[-1] == ManDayChanged(kim, 9, 5)


def test_a_refused_command_records_nothing_even_when_an_aggregate_had_decided(fake: FakeShop) -> None:
    oil = fake.handle(RegisterPart("OIL-1", "엔진오일", 48_000, 3))
    before = list(fake.events)
    with pytest.raises(InvalidInput):
        fake.handle(DecreaseStock(oil, 4))
    assert fake.events == before and fake.uow.seen == []
