"""The status board: a read model derived from the event log, oldest receipt first, filterable."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, select, update

from app import queries
from app import schema as s
from app.board import projection
from app.bootstrap import Shop, bootstrap
from app.checks import run_checks
from domain.commands import CancelRepair, FinishJob, RecordPayment, RequestPart, RequestRepair, StartJob
from domain.events import JobStarted, RepairRequested
from domain.texts import Message
from tests.builders import busy_shop
from tests.integration.core_helpers import row

FIELDS = (
    "receipt_id",
    "customer_name",
    "car_id",
    "car_number",
    "request_date",
    "mechanic_name",
    "job_id",
    "job_status",
    "total_price",
    "invoice_no",
    "paid",
)


def test_a_board_row_has_the_published_fields() -> None:
    names = set(queries.BoardRow.__dataclass_fields__)
    assert set(FIELDS) <= names


def test_the_rebuilt_board_equals_the_live_one_after_a_busy_day(shop: Shop) -> None:
    b = busy_shop(shop)
    for n in range(6):
        rid = shop.handle(RequestRepair(f"손님 {n}", f"{n}나1234", b.lee, 1, 10_000 * n))
        if n % 2:
            job_id = row(shop, rid).job_id
            assert job_id is not None
            shop.handle(StartJob(job_id))
            shop.handle(RequestPart(job_id, b.bulb, 1))
            shop.handle(FinishJob(job_id))
            no = row(shop, rid).invoice_no
            assert no is not None
            shop.handle(RecordPayment(no, 1_000, "cash"))
    live = shop.status_board()
    assert len(live) == 13
    applied = shop.rebuild_board()
    assert applied > 13
    assert shop.status_board() == live
    assert run_checks(shop).ok


def test_the_board_covers_every_status_with_working_ids(shop: Shop) -> None:
    b = busy_shop(shop)
    by_id = {r.receipt_id: r for r in shop.status_board()}
    assert by_id[b.created].job_status == "created"
    assert by_id[b.started].job_status == "started"
    assert by_id[b.finished].job_status == "finished"
    assert by_id[b.rejected].job_status == "rejected"
    assert by_id[b.cancelled].job_status == "cancelled"
    finished = by_id[b.finished]
    assert (finished.invoice_no, finished.total_price, finished.paid) == (b.invoice_finished, 264_006, False)
    paid = by_id[b.paid]
    assert (paid.invoice_no, paid.total_price, paid.paid, paid.balance) == (b.invoice_paid, 33_000, True, 0)
    voided = by_id[b.voided]
    assert voided.voided is True and voided.paid is False
    assert by_id[b.rejected].job_id is None
    assert by_id[b.created].job_id == b.created_job
    assert by_id[b.cancelled].job_id == b.cancelled_job
    assert {r.mechanic_name for r in by_id.values()} == {"김민수", "이서준", "최영호"}


def test_oldest_receipt_first(shop: Shop) -> None:
    b = busy_shop(shop)
    ids = [r.receipt_id for r in shop.status_board()]
    assert ids == sorted(ids) and len(ids) == 7
    assert ids[0] == b.created
    dates = [r.request_date for r in shop.status_board()]
    assert dates == sorted(dates)


def test_filters_by_status_and_mechanic(shop: Shop) -> None:
    b = busy_shop(shop)
    assert [r.receipt_id for r in shop.status_board(status="started")] == [b.started]
    assert [r.receipt_id for r in shop.status_board(status="rejected")] == [b.rejected]
    assert [r.receipt_id for r in shop.status_board(status="finished")] == [b.finished, b.paid, b.voided]
    assert [r.receipt_id for r in shop.status_board(mechanic_id=b.lee)] == [b.started, b.paid]
    assert [r.receipt_id for r in shop.status_board(status="finished", mechanic_id=b.kim)] == [b.finished, b.voided]
    assert shop.status_board(status="started", mechanic_id=b.kim) == []
    assert shop.status_board(mechanic_id=b.decoys[0]) == []


def test_pages_and_changes_since_an_event(shop: Shop) -> None:
    b = busy_shop(shop)
    all_rows = shop.status_board()
    first = shop.query(queries.board_rows, limit=3)
    rest = shop.query(queries.board_rows, after_receipt_id=first[-1].receipt_id)
    assert first + rest == all_rows
    mark = shop.query(queries.last_event_id)
    shop.handle(StartJob(b.created_job))
    changed = shop.query(queries.board_rows_changed_after, mark)
    assert [r.receipt_id for r in changed] == [b.created]
    assert changed[0].job_status == "started"


def test_the_board_folded_in_memory_equals_the_one_rebuilt_by_sql_column_for_column(shop: Shop) -> None:
    """`check` folds the board in memory (projection.fold); `rebuild` writes it with SQL. Same rows."""
    b = busy_shop(shop)
    shop.handle(CancelRepair(shop.handle(RequestRepair("손님", "9나9999", b.lee, 1, 5_000)), "고객 요청"))
    shop.rebuild_board()
    with shop.db.read.connect() as conn:
        stored = {r.receipt_id: dict(r._mapping) for r in conn.execute(select(s.status_board))}
        folded = projection.folded_from_log(conn)
    assert folded.requested_twice == []
    assert len(stored) > 5
    assert folded.rows == stored


def test_fold_ignores_changes_to_a_receipt_never_requested_and_names_one_requested_twice() -> None:
    asked = RepairRequested(7, "손님", "12가3456", 1, "김", 1, 10_000, "2026-11-24T09:00:00+09:00")
    folded = projection.fold([(1, asked), (2, JobStarted(99, 8, "t")), (3, asked), (4, JobStarted(5, 7, "t"))])
    assert list(folded.rows) == [7]
    assert folded.rows[7]["job_status"] == "started"
    assert folded.rows[7]["last_event_id"] == 4
    assert folded.requested_twice == [7]
    assert folded.applied == 4


def test_a_board_row_deleted_behind_pitlanes_back_is_named(shop: Shop) -> None:
    b = busy_shop(shop)
    with shop.db.write.begin() as conn:
        conn.execute(delete(s.status_board).where(s.status_board.c.receipt_id == b.finished))
    assert f"receipt {b.finished} is only on the rebuilt board" in run_checks(shop).render()


def test_a_tampered_board_is_restored_by_a_rebuild(shop: Shop) -> None:
    b = busy_shop(shop)
    live = shop.status_board()
    with shop.db.write.begin() as conn:
        conn.execute(
            update(s.status_board)
            .where(s.status_board.c.receipt_id == b.finished)
            .values(customer_name="누군가", job_status="created", paid=True)
        )
    assert shop.status_board() != live
    report = run_checks(shop)
    assert not report.ok
    assert f"receipt {b.finished} differs" in report.render()
    shop.rebuild_board()
    assert shop.status_board() == live
    assert run_checks(shop).ok


def test_another_terminal_sees_the_same_board(shop: Shop, db_url: str, tmp_path: Path) -> None:
    busy_shop(shop)
    wall = bootstrap(database_url=db_url, invoice_dir=tmp_path / "wall", actor="wall", terminal="wall-screen")
    try:
        assert wall.status_board() == shop.status_board()
    finally:
        wall.close()


def test_reasons_are_kept_by_code_for_every_terminal_to_render_in_its_language(shop: Shop) -> None:
    b = busy_shop(shop)
    rejected = row(shop, b.rejected)
    assert rejected.reason_message == Message("mechanic.man_days_short", {"name": "최영호", "left": 1, "need": 2})
    assert rejected.reason == rejected.reason_message.render("en")
    assert rejected.reason_message.render("ko") == (
        "최영호 정비사의 남은 공수는 1일인데 이 수리에는 2일이 필요합니다. "
        "다른 정비사를 고르거나, 공수를 줄이거나, 정비사의 공수를 늘려 주세요."
    )
    typed = row(shop, b.cancelled)
    assert (typed.reason, typed.reason_message) == ("고객 요청", None)  # typed by a person: kept as typed
    by_customer = shop.handle(RequestRepair("손님", "99다9999", b.kim, 1, 0))
    shop.handle(CancelRepair(by_customer))
    assert row(shop, by_customer).reason_message == Message("reception.cancelled_by_customer")
    (gasket,) = [r for r in shop.query(queries.part_requests, b.finished_job) if r.status == "cancelled"]
    out = Message("vehicleparts.out_of_stock", {"part": "밸브커버 가스켓", "code": "GSK-VLV-01"})
    assert gasket.reason_message == out
    assert gasket.reason_message.render("ko") == "밸브커버 가스켓(GSK-VLV-01) 재고가 없습니다."
    receipts = {r.receipt_id: r for r in shop.query(queries.receipts)}
    assert receipts[b.rejected].reason_message == rejected.reason_message
    assert run_checks(shop).ok  # the codes are derived too: the rebuilt board has them
