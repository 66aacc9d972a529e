"""Estimates on a real database (SQLite file and PostgreSQL): draft, approve (then the man-day check),
a refused approval keeps the estimate open with why, a declined one shows on the car's next visit."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app import queries
from app.bootstrap import Shop
from domain.commands import (
    ApproveEstimate,
    DeclineEstimate,
    DraftEstimate,
    FinishJob,
    RegisterMechanic,
    RegisterPart,
    StartJob,
)
from domain.errors import IllegalTransition, InvalidInput, NotFound
from tests.builders import FakeClock
from tests.integration.core_helpers import diff, events, snapshot

KST = timezone(timedelta(hours=9))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 9, 30, tzinfo=KST))


def _draft(shop: Shop, mechanic_id: int, part_id: int, man_day: int = 2) -> str:
    return shop.handle(
        DraftEstimate(
            "홍길동",
            "12가 3456",
            mechanic_id,
            man_day,
            50_000,
            customer_phone="010-1234-5678",
            mileage=42_000,
            term="브레이크 패드 교환",
            labour=(("브레이크액 교환", 30_000),),
            parts=((part_id, 2),),
            valid_days=14,
        )
    )


def test_draft_prices_parts_at_todays_price_and_numbers_estimates(desk: Shop) -> None:
    kim = desk.handle(RegisterMechanic("김민수", 10))
    pads = desk.handle(RegisterPart("BRK-PAD-F01", "브레이크 패드 (앞)", 45_000, 4, origin="D"))
    first, second = _draft(desk, kim, pads), _draft(desk, kim, pads)
    assert (first, second) == ("E2026-000001", "E2026-000002")
    view = desk.estimate(first)
    assert view.status == "open" and view.car_number == "12가3456" and view.valid_until == "2026-03-15"
    assert [(ln.kind, ln.description, ln.quantity, ln.unit_price) for ln in view.lines] == [
        ("labour", "브레이크액 교환", 1, 30_000),
        ("part", "브레이크 패드 (앞)", 2, 45_000),
    ]
    assert view.lines[1].origin == "D" and view.lines[1].part_code == "BRK-PAD-F01"
    assert (view.labour, view.parts, view.subtotal, view.vat, view.total) == (80_000, 90_000, 170_000, 17_000, 187_000)
    assert desk.status_board() == []  # an estimate is not a request


def test_approval_records_consent_and_requests_the_repair(desk: Shop, clock: FakeClock) -> None:
    kim = desk.handle(RegisterMechanic("김민수", 10))
    pads = desk.handle(RegisterPart("BRK-PAD-F01", "브레이크 패드 (앞)", 45_000, 4))
    no = _draft(desk, kim, pads)
    clock.now += timedelta(hours=2)
    receipt_id = desk.handle(ApproveEstimate(no, "phone"))
    view = desk.estimate(no)
    assert view.status == "approved" and view.receipt_id == receipt_id
    assert (view.consent_how, view.consent_by, view.consent_at) == ("phone", "desk", "2026-03-02T11:30:00+09:00")
    (row,) = desk.status_board()
    assert row.receipt_id == receipt_id and row.job_status == "created" and row.car_number == "12가3456"
    desk.handle(StartJob(row.job_id))  # the quoted parts are requested on the job as it starts
    assert {p.id: p.stock for p in desk.query(queries.parts)}[pads] == 2
    desk.handle(FinishJob(row.job_id))
    (row,) = desk.status_board()
    bill = desk.invoice(row.invoice_no)
    # the estimate's labour is the job's fare, its parts are on the bill: the estimate's subtotal
    assert bill.subtotal == 170_000 == view.subtotal
    assert [(ln.kind, ln.name, ln.quantity) for ln in bill.lines if ln.kind == "part"] == [
        ("part", "브레이크 패드 (앞)", 2)
    ]
    with pytest.raises(IllegalTransition) as twice:
        desk.handle(ApproveEstimate(no, "in_person"))
    assert twice.value.code == "estimates.already_approved"


def test_a_refused_approval_keeps_the_estimate_open_with_the_reason(desk: Shop) -> None:
    kim = desk.handle(RegisterMechanic("김민수", 1))
    pads = desk.handle(RegisterPart("BRK-PAD-F01", "브레이크 패드 (앞)", 45_000, 4))
    no = _draft(desk, kim, pads, man_day=3)
    receipt_id = desk.handle(ApproveEstimate(no, "in_person"))
    (row,) = desk.status_board()
    assert row.receipt_id == receipt_id and row.job_status == "rejected"
    view = desk.estimate(no)
    assert view.status == "open" and view.receipt_id is None
    assert view.reason_message is not None and view.reason_message.code.startswith("mechanic.")
    assert "김민수" in view.reason_message.render("ko")
    # Nothing else lost: once the mechanic has room, the same estimate is approved.
    from domain.commands import ChangeManDay

    desk.handle(ChangeManDay(kim, 5))
    second = desk.handle(ApproveEstimate(no, "in_person"))
    assert desk.estimate(no).status == "approved" and desk.estimate(no).receipt_id == second


def test_a_declined_estimate_shows_on_the_cars_next_visit(desk: Shop, clock: FakeClock) -> None:
    kim = desk.handle(RegisterMechanic("김민수", 10))
    pads = desk.handle(RegisterPart("BRK-PAD-F01", "브레이크 패드 (앞)", 45_000, 4))
    no = _draft(desk, kim, pads)
    desk.handle(DeclineEstimate(no, "다음 달에"))
    assert desk.estimate(no).status == "declined"
    clock.now += timedelta(days=30)
    found = desk.recommendations("12가3456")
    assert [(r.estimate_no, r.description, r.amount) for r in found] == [
        (no, "브레이크 패드 교환", 50_000),
        (no, "브레이크액 교환", 30_000),
        (no, "브레이크 패드 (앞)", 90_000),
    ]
    assert all(r.reason == "다음 달에" for r in found)
    assert desk.recommendations("99나9999") == []
    with pytest.raises(IllegalTransition) as again:
        desk.handle(ApproveEstimate(no, "phone"))
    assert again.value.code == "estimates.already_declined"


def test_an_expired_estimate_is_refused_and_nothing_is_written(desk: Shop, clock: FakeClock) -> None:
    kim = desk.handle(RegisterMechanic("김민수", 10))
    pads = desk.handle(RegisterPart("BRK-PAD-F01", "브레이크 패드 (앞)", 45_000, 4))
    no = _draft(desk, kim, pads)
    clock.now += timedelta(days=14)
    before = snapshot(desk)
    with pytest.raises(IllegalTransition) as late:
        desk.handle(ApproveEstimate(no, "phone"))
    assert late.value.code == "estimates.expired"
    assert diff(before, snapshot(desk)) == []


def test_bad_input_is_refused_and_nothing_is_written(desk: Shop) -> None:
    kim = desk.handle(RegisterMechanic("김민수", 10))
    before = snapshot(desk)
    with pytest.raises(InvalidInput):
        desk.handle(DraftEstimate(" ", "12가3456", kim, 1, 10_000))
    with pytest.raises(NotFound):
        desk.handle(DraftEstimate("홍길동", "12가3456", kim, 1, 10_000, parts=((999, 1),)))
    with pytest.raises(NotFound):
        desk.handle(ApproveEstimate("E2026-000999", "phone"))
    with pytest.raises(InvalidInput) as how:
        desk.handle(ApproveEstimate("E2026-000001", "fax"))
    assert "방문, 전화, 메시지" in how.value.text.render("ko")
    assert diff(before, snapshot(desk)) == []


def test_a_canned_job_adds_its_lines_and_man_days_in_one_step_and_flags_short_parts(desk: Shop) -> None:
    from domain.commands import AddCannedJob, IncreaseStock
    from domain.errors import Conflict

    kim = desk.handle(RegisterMechanic("김민수", 10))
    oil = desk.handle(RegisterPart("OIL-5W30", "엔진오일 5W-30", 12_000, 2))
    filt = desk.handle(RegisterPart("FLT-OIL", "오일필터", 8_000, 0))
    menu = desk.handle(AddCannedJob("엔진오일 교환", 20_000, 1, ((oil, 4), (filt, 1))))
    with pytest.raises(Conflict):
        desk.handle(AddCannedJob("엔진오일 교환", 1, 1))
    no = desk.handle(DraftEstimate("홍길동", "12가3456", kim, 1, 0, canned_jobs=(menu,)))
    view = desk.estimate(no)
    assert view.man_day == 2  # the desk's one and the menu job's one
    assert [(ln.kind, ln.description, ln.quantity, ln.unit_price, ln.out_of_stock) for ln in view.lines] == [
        ("labour", "엔진오일 교환", 1, 20_000, False),
        ("part", "엔진오일 5W-30", 4, 12_000, True),  # two on the shelf, four quoted
        ("part", "오일필터", 1, 8_000, True),
    ]
    assert view.total == (20_000 + 48_000 + 8_000) * 11 // 10
    desk.handle(IncreaseStock(oil, 2))
    desk.handle(IncreaseStock(filt, 1))
    assert not any(ln.out_of_stock for ln in desk.estimate(no).lines)
    with pytest.raises(NotFound):
        desk.handle(DraftEstimate("홍길동", "12가3456", kim, 1, 0, canned_jobs=(999,)))


def test_additional_work_is_billed_only_after_consent_and_declined_work_is_recommended(desk: Shop) -> None:
    from domain.commands import ProposeAdditionalWork, RecordAdditionalWorkConsent

    kim = desk.handle(RegisterMechanic("김민수", 10))
    pads = desk.handle(RegisterPart("BRK-PAD-F01", "브레이크 패드 (앞)", 45_000, 4))
    no = _draft(desk, kim, pads)
    rid = desk.handle(ApproveEstimate(no, "in_person"))
    (row,) = [r for r in desk.status_board() if r.receipt_id == rid]
    with pytest.raises(IllegalTransition):  # not started: nothing to add work to yet
        desk.handle(ProposeAdditionalWork(row.job_id, "타이밍벨트 교환", 150_000))
    desk.handle(StartJob(row.job_id))
    belt = desk.handle(ProposeAdditionalWork(row.job_id, "타이밍벨트 교환", 150_000))
    wiper = desk.handle(ProposeAdditionalWork(row.job_id, "와이퍼 교체", 20_000))
    assert [w.work_id for w in desk.additional_work()] == [belt, wiper]  # waiting for the customer
    desk.handle(RecordAdditionalWorkConsent(belt, True, "phone"))
    desk.handle(RecordAdditionalWorkConsent(wiper, False, "phone"))
    with pytest.raises(IllegalTransition) as twice:
        desk.handle(RecordAdditionalWorkConsent(belt, False, "phone"))
    assert twice.value.code == "estimates.work_answered"
    assert desk.additional_work() == []
    assert [(w.status, w.consent_how) for w in desk.additional_work(row.job_id)] == [
        ("approved", "phone"),
        ("declined", "phone"),
    ]
    desk.handle(FinishJob(row.job_id))
    (row,) = [r for r in desk.status_board() if r.receipt_id == rid]
    invoice = desk.invoice(row.invoice_no)
    # the estimate's labour and parts, the approved line billed, the declined one not
    assert invoice.subtotal == 80_000 + 90_000 + 150_000
    assert [ln.name for ln in invoice.lines if ln.kind == "labour"][-1].endswith("타이밍벨트 교환")
    assert [(r.description, r.amount) for r in desk.recommendations("12가3456")] == [("와이퍼 교체", 20_000)]


def test_a_quoted_part_out_of_stock_is_flagged_and_cancelled_at_the_counter_as_the_bays_would_be(desk: Shop) -> None:
    kim = desk.handle(RegisterMechanic("김민수", 10))
    pads = desk.handle(RegisterPart("BRK-PAD-F01", "브레이크 패드 (앞)", 45_000, 1))
    no = _draft(desk, kim, pads)  # two pads quoted, one on the shelf
    assert [ln.out_of_stock for ln in desk.estimate(no).lines] == [False, True]
    rid = desk.handle(ApproveEstimate(no, "in_person"))
    (row,) = [r for r in desk.status_board() if r.receipt_id == rid]
    desk.handle(StartJob(row.job_id))  # the job starts; the counter cannot give two
    assert {p.id: p.stock for p in desk.query(queries.parts)}[pads] == 1
    desk.handle(FinishJob(row.job_id))
    (row,) = desk.status_board()
    assert [ln for ln in desk.invoice(row.invoice_no).lines if ln.kind == "part"] == []


def test_the_menu_is_edited_and_a_menu_job_goes_on_a_running_job_in_one_step(desk: Shop) -> None:
    from domain.commands import AddCannedJob, AddCannedJobToJob, RequestRepair, UpdateCannedJob
    from domain.errors import Conflict

    kim = desk.handle(RegisterMechanic("김민수", 10))
    oil = desk.handle(RegisterPart("OIL-5W30", "엔진오일 5W-30", 12_000, 10, origin="A"))
    filt = desk.handle(RegisterPart("FLT-OIL", "오일필터", 9_000, 0))
    menu = desk.handle(AddCannedJob("엔진오일 교환", 20_000, 1, ((oil, 4),)))
    other = desk.handle(AddCannedJob("점검", 10_000, 1))
    desk.handle(UpdateCannedJob(menu, "엔진오일 세트", 30_000, 1, ((oil, 4), (filt, 1))))
    with pytest.raises(Conflict):
        desk.handle(UpdateCannedJob(other, "엔진오일 세트", 1, 1))
    (listed, _check) = desk.canned_jobs()
    assert (listed.name, listed.labour, [(p.part_code, p.quantity) for p in listed.parts]) == (
        "엔진오일 세트",
        30_000,
        [("FLT-OIL", 1), ("OIL-5W30", 4)],
    )
    assert listed.short and [p.out_of_stock for p in listed.parts] == [True, False]  # no filter on the shelf
    rid = desk.handle(RequestRepair("홍길동", "12가3456", kim, 1, 50_000))
    (row,) = [r for r in desk.status_board() if r.receipt_id == rid]
    with pytest.raises(IllegalTransition):  # a job not started takes no lines: nothing written
        desk.handle(AddCannedJobToJob(row.job_id, menu))
    desk.handle(StartJob(row.job_id))
    desk.handle(AddCannedJobToJob(row.job_id, menu))
    assert {p.id: p.stock for p in desk.query(queries.parts)}[oil] == 6
    desk.handle(FinishJob(row.job_id))
    (row,) = desk.status_board()
    bill = desk.invoice(row.invoice_no)
    assert [(ln.kind, ln.amount) for ln in bill.lines] == [("labour", 50_000), ("labour", 30_000), ("part", 48_000)]
    assert bill.lines[1].name.endswith("엔진오일 세트") and bill.lines[2].name == "엔진오일 5W-30"
    # the filter, out of stock, was cancelled at the counter


def test_additional_work_with_parts_requests_them_only_after_consent(desk: Shop) -> None:
    from domain.commands import ProposeAdditionalWork, RecordAdditionalWorkConsent, RequestRepair

    kim = desk.handle(RegisterMechanic("김민수", 10))
    disc = desk.handle(RegisterPart("BRK-DSC-R", "브레이크 디스크 (뒤)", 80_000, 4))
    wiper = desk.handle(RegisterPart("WPR-600", "와이퍼 600mm", 14_000, 4))
    rid = desk.handle(RequestRepair("홍길동", "12가3456", kim, 1, 50_000))
    (row,) = [r for r in desk.status_board() if r.receipt_id == rid]
    desk.handle(StartJob(row.job_id))
    with pytest.raises(NotFound):  # an unknown part is refused, nothing written
        desk.handle(ProposeAdditionalWork(row.job_id, "디스크 교환", 40_000, parts=((999, 1),)))
    assert desk.additional_work() == []
    discs = desk.handle(ProposeAdditionalWork(row.job_id, "뒤 디스크 교환", 40_000, parts=((disc, 2),)))
    wipers = desk.handle(ProposeAdditionalWork(row.job_id, "와이퍼 교체", 0, parts=((wiper, 2),)))
    stock = {p.id: p.stock for p in desk.query(queries.parts)}
    assert (stock[disc], stock[wiper]) == (4, 4)  # nothing taken before the customer agrees
    waiting = {w.work_id: w for w in desk.additional_work()}
    assert waiting[discs].parts == (("브레이크 디스크 (뒤)", 2, 80_000),) and waiting[discs].total == 200_000
    desk.handle(RecordAdditionalWorkConsent(discs, True, "phone"))
    desk.handle(RecordAdditionalWorkConsent(wipers, False, "phone"))
    assert {p.id: p.stock for p in desk.query(queries.parts)}[disc] == 2
    desk.handle(FinishJob(row.job_id))
    (row,) = desk.status_board()
    bill = desk.invoice(row.invoice_no)
    assert [(ln.kind, ln.amount) for ln in bill.lines] == [("labour", 50_000), ("labour", 40_000), ("part", 160_000)]
    # the declined parts-only proposal: its parts are recommended, no empty labour line
    assert [(r.description, r.amount) for r in desk.recommendations("12가3456")] == [("와이퍼 600mm", 28_000)]


def test_the_log_proves_who_proposed_additional_work_who_took_the_answer_and_how(desk: Shop, clock: FakeClock) -> None:
    """추가정비: the proposal, and the customer's answer (approved or declined, how, who took it, when), are events
    in the log with who gave them, and the audit lists them on the job's receipt and car."""
    from domain.commands import ProposeAdditionalWork, RecordAdditionalWorkConsent, RequestRepair
    from domain.estimates.events import AdditionalWorkConsentRecorded, AdditionalWorkProposed
    from domain.jobs.events import PartLine

    kim = desk.handle(RegisterMechanic("김민수", 10))
    disc = desk.handle(RegisterPart("BRK-DSC-R", "브레이크 디스크 (뒤)", 80_000, 4))
    rid = desk.handle(RequestRepair("홍길동", "12가3456", kim, 1, 50_000))
    (row,) = [r for r in desk.status_board() if r.receipt_id == rid]
    desk.handle(StartJob(row.job_id))
    clock.advance(minutes=20)
    discs = desk.handle(
        ProposeAdditionalWork(row.job_id, "뒤 디스크 교환", 40_000, parts=((disc, 1), (disc, 1))), actor="kim"
    )
    wiper = desk.handle(ProposeAdditionalWork(row.job_id, "와이퍼 교체", 20_000), actor="kim")
    proposed_at = clock().isoformat(timespec="seconds")
    clock.advance(minutes=5)
    desk.handle(RecordAdditionalWorkConsent(discs, True, "phone"), actor="lee")
    desk.handle(RecordAdditionalWorkConsent(wiper, False, "message"), actor="park")
    answered_at = clock().isoformat(timespec="seconds")

    assert events(desk, "AdditionalWorkProposed") == [
        AdditionalWorkProposed(
            discs,
            row.job_id,
            "12가3456",
            "뒤 디스크 교환",
            40_000,
            (PartLine(0, disc, "BRK-DSC-R", "브레이크 디스크 (뒤)", 2, 80_000),),  # merged, at the price then
            "kim",
            proposed_at,
        ),
        AdditionalWorkProposed(wiper, row.job_id, "12가3456", "와이퍼 교체", 20_000, (), "kim", proposed_at),
    ]
    (approved, declined) = events(desk, "AdditionalWorkConsentRecorded")
    assert declined == AdditionalWorkConsentRecorded(wiper, row.job_id, False, "message", "park", answered_at, None)
    assert (approved.work_id, approved.approved, approved.how, approved.taken_by, approved.at) == (
        discs,
        True,
        "phone",
        "lee",
        answered_at,
    )
    (work, _declined) = desk.additional_work(row.job_id)
    assert approved.line_id is not None and (work.consent_how, work.consent_at) == ("phone", answered_at)

    audit = [
        (a.event, a.actor, a.at, a.receipt_id, a.car_number)
        for a in desk.audit(receipt_id=rid)
        if a.event.startswith("AdditionalWork")
    ]
    assert audit == [
        ("AdditionalWorkProposed", "kim", proposed_at, rid, "12가3456"),
        ("AdditionalWorkProposed", "kim", proposed_at, rid, "12가3456"),
        ("AdditionalWorkConsentRecorded", "lee", answered_at, rid, "12가3456"),
        ("AdditionalWorkConsentRecorded", "park", answered_at, rid, "12가3456"),
    ]
    assert "AdditionalWorkConsentRecorded" in [a.event for a in desk.audit(user="lee")]
    assert "AdditionalWorkConsentRecorded" not in [a.event for a in desk.audit(user="kim")]


def test_the_log_says_who_put_a_job_on_the_menu_and_who_changed_it(desk: Shop, clock: FakeClock) -> None:
    from domain.commands import AddCannedJob, UpdateCannedJob
    from domain.errors import Conflict
    from domain.estimates.events import CannedJobAdded, CannedJobUpdated
    from domain.jobs.events import PartLine

    oil = desk.handle(RegisterPart("OIL-5W30", "엔진오일 5W-30", 12_000, 10))
    filt = desk.handle(RegisterPart("FLT-OIL", "오일필터", 9_000, 0))
    menu = desk.handle(AddCannedJob("엔진오일 교환", 20_000, 1, ((oil, 4),)), actor="boss")
    added_at = clock().isoformat(timespec="seconds")
    clock.advance(days=1)
    desk.handle(UpdateCannedJob(menu, "엔진오일 세트", 30_000, 1, ((oil, 4), (filt, 1))), actor="manager")
    changed_at = clock().isoformat(timespec="seconds")
    other = desk.handle(AddCannedJob("점검", 10_000, 1), actor="boss")
    before = snapshot(desk)
    with pytest.raises(Conflict):  # refused: nothing written, no event
        desk.handle(UpdateCannedJob(other, "엔진오일 세트", 1, 1), actor="manager")
    with pytest.raises(NotFound):
        desk.handle(AddCannedJob("타이어", 1, 1, ((999, 1),)), actor="boss")
    assert diff(before, snapshot(desk)) == []

    assert events(desk, "CannedJobAdded", "CannedJobUpdated") == [
        CannedJobAdded(menu, "엔진오일 교환", 20_000, 1, (PartLine(0, oil, "OIL-5W30", "엔진오일 5W-30", 4, 12_000),)),
        CannedJobUpdated(
            menu,
            "엔진오일 세트",
            30_000,
            1,
            (
                PartLine(0, oil, "OIL-5W30", "엔진오일 5W-30", 4, 12_000),
                PartLine(0, filt, "FLT-OIL", "오일필터", 1, 9_000),
            ),
        ),
        CannedJobAdded(other, "점검", 10_000, 1, ()),
    ]
    assert [(a.event, a.actor, a.at) for a in desk.audit() if a.event.startswith("CannedJob")] == [
        ("CannedJobAdded", "boss", added_at),
        ("CannedJobUpdated", "manager", changed_at),
        ("CannedJobAdded", "boss", changed_at),
    ]


def test_check_names_a_consent_rewritten_in_its_table_or_a_proposal_with_no_event(db_url: str, desk: Shop) -> None:
    """The statement's 추가정비 box is printed from the table: `check` holds the table to the events."""
    from sqlalchemy import create_engine, text

    from app.checks import run_checks
    from domain.commands import ProposeAdditionalWork, RecordAdditionalWorkConsent, RequestRepair

    consent = "additional work and the customer's consent equal to their events"
    kim = desk.handle(RegisterMechanic("김민수", 10))
    rid = desk.handle(RequestRepair("홍길동", "12가3456", kim, 1, 50_000))
    (row,) = [r for r in desk.status_board() if r.receipt_id == rid]
    desk.handle(StartJob(row.job_id))
    belt = desk.handle(ProposeAdditionalWork(row.job_id, "타이밍벨트 교환", 150_000), actor="kim")
    wiper = desk.handle(ProposeAdditionalWork(row.job_id, "와이퍼 교체", 20_000), actor="kim")
    desk.handle(RecordAdditionalWorkConsent(wiper, False, "phone"), actor="lee")
    report = run_checks(desk)
    assert report.ok, report.render()
    assert (
        next(r for r in report.results if r.name == consent).checked
        == "2 proposals of additional work, 1 answers logged"
    )

    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:  # the declined work made "approved, in person", and a proposal nobody made
            conn.execute(
                text("UPDATE additional_work SET status = 'approved', consent_how = 'in_person' WHERE id = :i"),
                {"i": wiper},
            )
            conn.execute(
                text(
                    "INSERT INTO additional_work (id, job_id, car_number, description, amount, proposed_by,"
                    " proposed_at, status, consent_how, consent_by, consent_at) VALUES (:i, :j, '12가3456',"
                    " '엔진 교체', 3000000, 'kim', '2026-03-02T09:30:00+09:00', 'approved', 'phone', 'lee', '')"
                ),
                {"i": wiper + 10, "j": row.job_id},
            )
            conn.execute(text("DELETE FROM additional_work WHERE id = :i"), {"i": belt})
    finally:
        engine.dispose()
    found = next(r.breaches for r in run_checks(desk).results if r.name == consent)
    assert found == [
        f"additional work {wiper} (on job {row.job_id}) differs from its events: status 'approved' in the table, "
        f"'declined' by the events; consent_how 'in_person' in the table, 'phone' by the events",
        f"additional work {wiper + 10} (on job {row.job_id}) was proposed by no event",
        f"additional work {belt} was proposed by an event but has no row",
    ]


def test_a_quoted_part_is_billed_at_the_price_the_customer_agreed_to(desk: Shop, clock: FakeClock) -> None:
    """The customer consented to the estimate's amount: a price raised (or lowered) after the draft does not
    change what its parts are billed; a part the bay requests by hand costs the price of the day."""
    from app.checks import run_checks
    from domain.commands import ChangePartPrice, RequestPart

    kim = desk.handle(RegisterMechanic("김민수", 10))
    pads = desk.handle(RegisterPart("BRK-PAD-F01", "브레이크 패드 (앞)", 45_000, 6))
    no = _draft(desk, kim, pads)  # two pads at 45,000
    rid = desk.handle(ApproveEstimate(no, "in_person"))
    desk.handle(ChangePartPrice(pads, 52_000))  # the supplier's new price, after the consent
    clock.advance(days=1)
    (row,) = [r for r in desk.status_board() if r.receipt_id == rid]
    desk.handle(StartJob(row.job_id))  # the quoted pads are requested now, at the quoted price
    desk.handle(RequestPart(row.job_id, pads, 1))  # one more, not quoted: today's price
    (quoted, *_rest) = events(desk, "PartRequested")
    assert quoted.quoted_price == 45_000
    assert [(e.quantity, e.unit_price) for e in events(desk, "PartReceived")] == [(2, 45_000), (1, 52_000)]
    desk.handle(FinishJob(row.job_id))
    (row,) = desk.status_board()
    bill = desk.invoice(row.invoice_no)
    assert [(ln.quantity, ln.unit_price) for ln in bill.lines if ln.kind == "part"] == [(2, 45_000), (1, 52_000)]
    assert bill.subtotal == 80_000 + 90_000 + 52_000 == desk.estimate(no).subtotal + 52_000
    report = run_checks(desk)
    assert report.ok, report.render()
