"""The DESIGN.md scenario end to end through `Shop.handle`, on a real migrated database."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import queries
from app import schema as s
from app.bootstrap import Shop, bootstrap
from app.checks import run_checks
from domain.commands import (
    CancelRepair,
    ChangePartPrice,
    FinishJob,
    RecordPayment,
    RegisterMechanic,
    RegisterPart,
    RequestPart,
    RequestRepair,
    StartJob,
)
from domain.errors import IllegalTransition
from tests.builders import FakeClock
from tests.integration.core_helpers import count, events, job_of, man_day, row, stock

KST = timezone(timedelta(hours=9))
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=KST)


@pytest.fixture
def clock() -> FakeClock:
    """The front desk's clock (tests/conftest.py's `desk`) reads 2026-03-02 09:30 KST."""
    return FakeClock(NOW)


def mechanics(shop: Shop) -> tuple[int, int]:
    """Two mechanics whose ids differ from every receipt id of the tests (decoys with no capacity first)."""
    for n in range(4):
        shop.handle(RegisterMechanic(f"예비 {n}", 0))
    kim = shop.handle(RegisterMechanic("김민수", 10))
    tiny = shop.handle(RegisterMechanic("최영호", 1))
    return kim, tiny


def test_the_whole_repair(desk: Shop, tmp_path: Path) -> None:
    kim, _ = mechanics(desk)
    oil = desk.handle(RegisterPart("OIL-5W30-4L", "엔진오일 5W-30 4L", 48_000, 5))
    bulb = desk.handle(RegisterPart("LMP-H7", "전조등 전구 H7", 11_000, 4))
    gasket = desk.handle(RegisterPart("GSK-VLV-01", "밸브커버 가스켓", 29_000, 0))

    # 1-2. The request: man-days reserved on the mechanic asked for, exactly one job.
    rid = desk.handle(
        RequestRepair(
            " 홍길동 ",
            "12 가 3456",
            kim,
            3,
            100_005,
            car_id="kmhxx12345",
            customer_phone="010-1234-5678",
            term="엔진오일 교환",
            request_note="소음이 심함",
        )
    )
    assert rid == 1 and kim == 5  # ids differ: the seed looked the mechanic up by receipt id
    assert man_day(desk, kim) == 7
    # The job's bill opens with the receipt's fare as its first labour line.
    assert [type(e).__name__ for e in events(desk)[-4:]] == [
        "RepairRequested",
        "ManDayDecreased",
        "JobCreated",
        "LabourAdded",
    ]
    (decreased,) = events(desk, "ManDayDecreased")
    assert (decreased.mechanic_id, decreased.receipt_id, decreased.man_day, decreased.remaining) == (kim, rid, 3, 7)
    assert count(desk, s.job, s.job.c.receipt_id == rid) == 1
    r = row(desk, rid)
    assert (r.receipt_id, r.customer_name, r.car_id, r.car_number) == (rid, "홍길동", "KMHXX12345", "12가3456")
    assert r.request_date == "2026-03-02T09:30:00+09:00"
    assert (r.mechanic_id, r.mechanic_name) == (kim, "김민수")
    assert r.job_status == "created" and r.job_id is not None
    assert (r.total_price, r.invoice_no, r.paid) == (None, None, False)
    job_id = r.job_id
    with desk.db.read.connect() as conn:
        job = conn.execute(select(s.job).where(s.job.c.id == job_id)).one()
    assert (job.receipt_id, job.mechanic_id, job.man_day, job.status) == (rid, kim, 3, "created")
    assert events(desk, "JobStarted") == []  # events fire when things happen, not when a record is made

    # 3. The mechanic starts the job (using the board row's id) and asks for parts.
    desk.handle(StartJob(job_id))
    assert row(desk, rid).job_status == "started"
    assert [e.job_id for e in events(desk, "JobStarted")] == [job_id]
    oil_request = desk.handle(RequestPart(job_id, oil, 2))
    gasket_request = desk.handle(RequestPart(job_id, gasket, 1))
    bulb_request = desk.handle(RequestPart(job_id, bulb, 4))

    # 4. In stock: provided at its price, stock down. Out of stock: cancelled, with the reason.
    assert stock(desk, oil) == 3 and stock(desk, bulb) == 0 and stock(desk, gasket) == 0
    requests = {r.id: r for r in desk.query(queries.part_requests, job_id)}
    assert (requests[oil_request].status, requests[oil_request].unit_price) == ("provided", 48_000)
    assert (requests[bulb_request].status, requests[bulb_request].unit_price) == ("provided", 11_000)
    assert requests[gasket_request].status == "cancelled"
    assert requests[gasket_request].reason == "밸브커버 가스켓 (GSK-VLV-01) is out of stock."
    (cancelled,) = events(desk, "PartRequestCancelled")
    assert cancelled.part_request_id == gasket_request
    assert [e.part_request_id for e in events(desk, "PartReceived")] == [oil_request, bulb_request]

    # A price change after the part was received does not touch the frozen line.
    desk.handle(ChangePartPrice(oil, 99_000))

    # 5. Finish: the invoice carries labour + parts at their frozen prices, VAT half up.
    desk.handle(FinishJob(job_id))
    r = row(desk, rid)
    assert r.job_status == "finished"
    assert r.invoice_no == "2026-000001"
    assert r.total_price == 264_006  # 100,005 + 2 × 48,000 + 4 × 11,000 = 240,005; VAT 24,000.5 → 24,001
    assert r.paid is False
    inv = desk.invoice("2026-000001")
    assert [(ln.kind, ln.name, ln.quantity, ln.unit_price, ln.amount) for ln in inv.lines] == [
        ("labour", "Labour — 엔진오일 교환", 1, 100_005, 100_005),
        ("part", "엔진오일 5W-30 4L", 2, 48_000, 96_000),
        ("part", "전조등 전구 H7", 4, 11_000, 44_000),
    ]
    assert (inv.subtotal, inv.vat_rate, inv.vat, inv.total) == (240_005, "0.10", 24_001, 264_006)
    assert (inv.customer_name, inv.car_number, inv.mechanic_name) == ("홍길동", "12가3456", "김민수")
    assert (inv.paid, inv.balance, inv.status, inv.receipt_id, inv.job_id) == (0, 264_006, "issued", rid, job_id)
    assert len(events(desk, "BillIssued")) == 1

    pdf = desk.invoice_pdf("2026-000001")
    assert pdf == tmp_path / "invoices" / "2026-000001.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")

    # The desk takes payment: part by card, the rest in cash.
    desk.handle(RecordPayment("2026-000001", 200_000, "card"))
    r = row(desk, rid)
    assert (r.paid, r.balance) == (False, 64_006)
    desk.handle(RecordPayment("2026-000001", 64_006, "CASH"))
    r = row(desk, rid)
    assert (r.paid, r.balance, r.total_price) == (True, 0, 264_006)
    inv = desk.invoice("2026-000001")
    assert [(p.amount, p.method, p.actor) for p in inv.payments] == [
        (200_000, "card", "desk"),
        (64_006, "cash", "desk"),
    ]
    assert (inv.paid, inv.balance) == (264_006, 0)

    # A second job gets the next number, with no hole.
    rid2 = desk.handle(RequestRepair("김영희", "34나5678", kim, 1, 30_000))
    job2 = job_of(desk, rid2)
    desk.handle(StartJob(job2))
    desk.handle(FinishJob(job2))
    assert row(desk, rid2).invoice_no == "2026-000002"
    assert row(desk, rid2).total_price == 33_000

    assert [b.receipt_id for b in desk.status_board()] == [rid, rid2]
    report = run_checks(desk)
    assert report.ok, report.render()


def test_a_request_over_capacity_is_rejected_with_the_reason_and_no_job(desk: Shop) -> None:
    _, tiny = mechanics(desk)
    rid = desk.handle(RequestRepair("한지민", "56다7890", tiny, 2, 80_000))
    r = row(desk, rid)
    assert r.job_status == "rejected"
    assert r.job_id is None
    assert r.reason.startswith("최영호 has only 1 man-day(s) left and this repair needs 2.")
    assert man_day(desk, tiny) == 1
    assert count(desk, s.job, s.job.c.receipt_id == rid) == 0
    (over,) = events(desk, "ManDayOver")
    assert (over.mechanic_id, over.receipt_id, over.man_day, over.remaining) == (tiny, rid, 2, 1)
    (cancelled,) = events(desk, "RequestCancelled")
    assert cancelled.rejected is True and cancelled.reason == over.reason
    assert events(desk, "ManDayDecreased", "JobCreated") == []
    with desk.db.read.connect() as conn:
        status, reason = conn.execute(select(s.receipt.c.status, s.receipt.c.reason).where(s.receipt.c.id == rid)).one()
    assert status == "rejected" and reason == over.reason
    # The exact remainder still fits: capacity is checked, not guessed.
    ok = desk.handle(RequestRepair("한지민", "56다7890", tiny, 1, 80_000))
    assert row(desk, ok).job_status == "created" and man_day(desk, tiny) == 0
    assert run_checks(desk).ok


def test_cancelling_an_accepted_request_gives_the_days_back_and_cancels_the_job(desk: Shop) -> None:
    kim, _ = mechanics(desk)
    rid = desk.handle(RequestRepair("오세훈", "78라1234", kim, 4, 50_000))
    job_id = job_of(desk, rid)
    assert man_day(desk, kim) == 6
    desk.handle(CancelRepair(rid, "고객 요청으로 취소"))
    assert man_day(desk, kim) == 10
    r = row(desk, rid)
    assert (r.job_status, r.job_id, r.reason) == ("cancelled", job_id, "고객 요청으로 취소")
    with desk.db.read.connect() as conn:
        assert conn.execute(select(s.job.c.status).where(s.job.c.id == job_id)).scalar_one() == "cancelled"
        assert conn.execute(select(s.receipt.c.status).where(s.receipt.c.id == rid)).scalar_one() == "cancelled"
    (increased,) = events(desk, "ManDayIncreased")
    assert (increased.mechanic_id, increased.receipt_id, increased.man_day, increased.remaining) == (kim, rid, 4, 10)
    assert [e.job_id for e in events(desk, "JobCancelled")] == [job_id]
    with pytest.raises(IllegalTransition, match="it was cancelled"):
        desk.handle(StartJob(job_id))
    with pytest.raises(IllegalTransition, match="already cancelled"):
        desk.handle(CancelRepair(rid))
    assert man_day(desk, kim) == 10
    assert run_checks(desk).ok


def test_cancelling_after_the_job_started_is_refused(desk: Shop) -> None:
    kim, _ = mechanics(desk)
    rid = desk.handle(RequestRepair("오세훈", "78라1234", kim, 4, 50_000))
    desk.handle(StartJob(job_of(desk, rid)))
    with pytest.raises(IllegalTransition) as exc:
        desk.handle(CancelRepair(rid))
    assert str(exc.value) == f"Cannot cancel receipt {rid}: the mechanic has already started the job."
    assert man_day(desk, kim) == 6
    assert row(desk, rid).job_status == "started"
    assert events(desk, "ManDayIncreased", "JobCancelled", "RequestCancelled") == []


def test_a_rejected_receipt_gets_nothing_back_when_cancelled(desk: Shop) -> None:
    _, tiny = mechanics(desk)
    rid = desk.handle(RequestRepair("한지민", "56다7890", tiny, 5, 0))
    with pytest.raises(IllegalTransition, match="already rejected"):
        desk.handle(CancelRepair(rid))
    assert man_day(desk, tiny) == 1


def test_every_accepted_receipt_has_exactly_one_job_with_a_working_id(desk: Shop) -> None:
    kim, tiny = mechanics(desk)
    receipts = [
        desk.handle(RequestRepair(f"손님 {n}", f"{n}가1234", kim if n % 3 else tiny, 1, 10_000)) for n in range(12)
    ]
    with desk.db.read.connect() as conn:
        per_receipt: dict[int, int] = dict(
            conn.execute(select(s.job.c.receipt_id, func.count()).group_by(s.job.c.receipt_id)).all()
        )
        statuses = dict(conn.execute(select(s.receipt.c.id, s.receipt.c.status)).all())
    accepted = [rid for rid in receipts if statuses[rid] == "accepted"]
    assert len(accepted) == 9  # 8 for 김민수 (10 days), 1 for 최영호 (1 day); 3 rejected
    assert all(per_receipt.get(rid) == 1 for rid in accepted)
    assert all(rid not in per_receipt for rid in receipts if statuses[rid] == "rejected")
    for board_row in desk.status_board():
        if board_row.job_id is None:
            assert board_row.job_status == "rejected"
            continue
        with desk.db.read.connect() as conn:
            job_receipt = conn.execute(select(s.job.c.receipt_id).where(s.job.c.id == board_row.job_id)).scalar_one()
        assert job_receipt == board_row.receipt_id
        desk.handle(StartJob(board_row.job_id))  # the board's id works as a command's id
        assert row(desk, board_row.receipt_id).job_status == "started"
    assert run_checks(desk).ok


def test_handle_returns_the_published_results(desk: Shop) -> None:
    kim, _ = mechanics(desk)
    part_id = desk.handle(RegisterPart("OIL-1", "엔진오일", 48_000, 5))
    assert isinstance(part_id, int) and isinstance(kim, int)
    rid = desk.handle(RequestRepair("홍길동", "12가3456", kim, 1, 0))
    assert isinstance(rid, int)
    job_id = job_of(desk, rid)
    assert desk.handle(StartJob(job_id)) is None
    request_id = desk.handle(RequestPart(job_id, part_id, 1))
    assert isinstance(request_id, int)
    assert desk.handle(FinishJob(job_id)) is None
    no = row(desk, rid).invoice_no
    assert no == "2026-000001"
    assert desk.invoice(no).total == 52_800  # no labour, one part: 48,000 + 4,800 VAT
    payment_id = desk.handle(RecordPayment(no, 52_800, "transfer"))
    assert isinstance(payment_id, int)
    assert row(desk, rid).paid is True


def test_a_free_job_is_paid_as_soon_as_it_is_invoiced(desk: Shop) -> None:
    kim, _ = mechanics(desk)
    rid = desk.handle(RequestRepair("홍길동", "12가3456", kim, 1, 0))
    desk.handle(StartJob(job_of(desk, rid)))
    desk.handle(FinishJob(job_of(desk, rid)))
    r = row(desk, rid)
    assert (r.total_price, r.paid, r.balance) == (0, True, 0)
    assert run_checks(desk).ok


def test_vat_rate_and_number_format_come_from_the_settings(db_url: str, tmp_path: Path) -> None:
    from dataclasses import replace

    from app.settings import Settings

    settings = replace(Settings(), invoice_number_format="INV{year}/{seq:04d}", terminal_name="front-2")
    shop = bootstrap(
        database_url=db_url,
        invoice_dir=tmp_path / "inv",
        settings=settings,
        vat_rate="0.075",
        actor="desk",
        clock=lambda: NOW,
    )
    try:
        kim, _ = mechanics(shop)
        numbers = []
        for fare in (10, 1_000_000):
            rid = shop.handle(RequestRepair("홍길동", "12가3456", kim, 1, fare))
            shop.handle(StartJob(job_of(shop, rid)))
            shop.handle(FinishJob(job_of(shop, rid)))
            numbers.append(row(shop, rid).invoice_no)
        assert numbers == ["INV2026/0001", "INV2026/0002"]
        small = shop.invoice("INV2026/0001")
        assert (small.vat_rate, small.vat, small.total) == ("0.075", 1, 11)  # 0.75 won rounds half up to 1
        big = shop.invoice("INV2026/0002")
        assert (big.vat, big.total) == (75_000, 1_075_000)
        report = run_checks(shop)
        assert report.ok, report.render()
    finally:
        shop.close()


def test_an_unknown_invoice_is_not_found(desk: Shop) -> None:
    from domain.errors import NotFound

    with pytest.raises(NotFound, match=r"There is no invoice 2026-000042\."):
        desk.invoice("2026-000042")
