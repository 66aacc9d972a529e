"""The queue and the promised date, on a real database: working days, holidays, days off, closures,
jobs finishing early or being cancelled, a customer's wanted-by date, and moving a job.

The shop's clock is fixed (and moved by the test): Monday 2026-05-04, in a week
with Children's Day (Tuesday 2026-05-05), a Korean public holiday the `holidays`
package knows.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app import schema as s
from app.bootstrap import Shop, bootstrap
from app.checks import run_checks
from domain.commands import (
    AddDayOff,
    AddShopClosure,
    CancelRepair,
    FinishJob,
    ReassignJob,
    RegisterMechanic,
    RemoveDayOff,
    RemoveShopClosure,
    RequestRepair,
    SetWorkingWeekdays,
    StartJob,
)
from domain.errors import Conflict, DomainError, IllegalTransition, InvalidInput, NotFound
from tests.integration.core_helpers import diff, events, job_of, man_day, row, snapshot

SEOUL = ZoneInfo("Asia/Seoul")
MONDAY = datetime(2026, 5, 4, 9, 0, tzinfo=SEOUL)


class Clock:
    def __init__(self) -> None:
        self.now = MONDAY

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)  # every command a moment later: the queue's order is the booking order
        return self.now

    def days_later(self, days: int) -> None:
        self.now += timedelta(days=days)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def desk(db_url: str, tmp_path: Path, clock: Clock) -> Iterator[Shop]:
    shop = bootstrap(database_url=db_url, invoice_dir=tmp_path / "inv", actor="desk", terminal="desk-1", clock=clock)
    try:
        yield shop
    finally:
        shop.close()


def request(shop: Shop, mechanic: int, days: int, wanted_by: str = "") -> int:
    rid: int = shop.handle(RequestRepair("홍길동", "12가3456", mechanic, days, 50_000, wanted_by=wanted_by))
    return rid


def promised(shop: Shop, rid: int) -> str:
    return row(shop, rid).promised_date


def assert_consistent(shop: Shop) -> None:
    report = run_checks(shop)
    assert report.ok, report.render()
    live = shop.status_board()
    shop.rebuild_board()
    assert shop.status_board() == live  # the promises are derived from the event log too


def test_the_queue_skips_holidays_and_finishing_early_brings_the_next_promise_forward(desk: Shop) -> None:
    kim = desk.handle(RegisterMechanic("김민수", 10))
    first = request(desk, kim, 2)  # Mon 4, (Tue 5 is Children's Day), Wed 6
    second = request(desk, kim, 3)  # Thu 7, Fri 8, Sat 9
    assert promised(desk, first) == "2026-05-06"
    assert promised(desk, second) == "2026-05-09"

    job = job_of(desk, first)
    desk.handle(StartJob(job))
    desk.handle(FinishJob(job))  # done on Monday, two days early
    assert man_day(desk, kim) == 7  # the 2 came back, 3 still held
    assert promised(desk, second) == "2026-05-07"  # today is free again: Mon 4, Wed 6, Thu 7
    moved = events(desk, "PromisesMoved")
    assert [m.promises for m in moved] == [{str(second): "2026-05-07"}]
    assert promised(desk, first) == "2026-05-06"  # a finished job keeps what it was promised
    assert_consistent(desk)


def test_a_cancelled_job_ahead_moves_the_queue_forward(desk: Shop) -> None:
    kim = desk.handle(RegisterMechanic("김민수", 10))
    first, second = request(desk, kim, 3), request(desk, kim, 1)
    assert (promised(desk, first), promised(desk, second)) == ("2026-05-07", "2026-05-08")
    desk.handle(CancelRepair(first, "고객 요청"))
    assert promised(desk, second) == "2026-05-04"
    assert man_day(desk, kim) == 9
    assert_consistent(desk)


def test_weekly_pattern_days_off_and_closures_shape_the_promise(desk: Shop) -> None:
    lee = desk.handle(RegisterMechanic("이서준", 20))
    desk.handle(SetWorkingWeekdays(lee, "1111100"))  # Monday to Friday
    five = request(desk, lee, 5)  # Mon 4, Wed 6, Thu 7, Fri 8, Mon 11 (no Saturday)
    assert promised(desk, five) == "2026-05-11"

    desk.handle(AddDayOff(lee, "2026-05-12"))
    one = request(desk, lee, 1)  # Tue 12 is off: Wed 13
    assert promised(desk, one) == "2026-05-13"

    desk.handle(AddShopClosure("2026-05-13", "2026-05-15", "설비 공사"))
    two = request(desk, lee, 1)  # the closure (Wed 13 - Fri 15) moves `one` to Mon 18; `two` goes after it
    assert promised(desk, two) == "2026-05-19"
    assert promised(desk, one) == "2026-05-13"  # never pushed back silently: it is at risk, then overdue

    desk.handle(RemoveDayOff(lee, "2026-05-12"))  # Lee works on the 12th after all: the promise comes forward
    assert promised(desk, one) == "2026-05-12"
    assert_consistent(desk)


def test_removing_a_closure_brings_the_promises_booked_after_it_forward(desk: Shop) -> None:
    kim = desk.handle(RegisterMechanic("김민수", 10))
    closure = desk.handle(AddShopClosure("2026-05-06", "2026-05-09", "설비 공사"))
    first = request(desk, kim, 2)  # Mon 4, (Children's Day), then closed Wed 6 - Sat 9: Mon 11
    second = request(desk, kim, 1)  # Tue 12
    assert (promised(desk, first), promised(desk, second)) == ("2026-05-11", "2026-05-12")

    before = snapshot(desk)
    with pytest.raises(NotFound):
        desk.handle(RemoveShopClosure(closure + 100))  # no such closure: refused, nothing written
    assert diff(before, snapshot(desk)) == []

    desk.handle(RemoveShopClosure(closure))
    assert promised(desk, first) == "2026-05-06" and promised(desk, second) == "2026-05-07"
    assert [e.closure_id for e in events(desk, "ShopClosureRemoved")] == [closure]
    assert events(desk, "PromisesMoved")[-1].promises == {str(first): "2026-05-06", str(second): "2026-05-07"}
    with desk.db.read.connect() as conn:
        assert conn.execute(select(s.shop_closure.c.id)).all() == []
    assert_consistent(desk)


def test_a_job_past_its_promise_and_not_finished_is_overdue(desk: Shop, clock: Clock) -> None:
    kim = desk.handle(RegisterMechanic("김민수", 10))
    late, done = request(desk, kim, 1), request(desk, kim, 1)
    desk.handle(StartJob(job_of(desk, done)))
    desk.handle(FinishJob(job_of(desk, done)))
    assert promised(desk, late) == "2026-05-04"
    assert not row(desk, late).overdue_on(date(2026, 5, 4))
    assert row(desk, late).overdue_on(date(2026, 5, 6))
    assert not row(desk, done).overdue_on(date(2026, 5, 6))  # finished: never overdue
    clock.days_later(3)
    later = request(desk, kim, 1)  # the first booking of a new day re-plans; the late job occupies today
    assert promised(desk, later) == "2026-05-08"
    assert promised(desk, late) == "2026-05-04"


def test_a_wanted_by_date_the_queue_cannot_make_is_refused_naming_who_can(desk: Shop) -> None:
    kim = desk.handle(RegisterMechanic("김민수", 20))
    lee = desk.handle(RegisterMechanic("이서준", 20))
    request(desk, kim, 3)  # Kim is busy to Thu 7
    rid = request(desk, kim, 4, wanted_by="2026-05-08")
    assert row(desk, rid).job_status == "rejected"
    reason = row(desk, rid).reason
    assert "2026-05-12" in reason  # Kim's earliest: Fri 8, Sat 9, Mon 11, Tue 12
    assert "이서준" in reason and "2026-05-08" in reason  # Lee could: Mon 4, Wed 6, Thu 7, Fri 8
    over = events(desk, "ManDayOver")
    assert [e.reason_code for e in over] == ["mechanic.cannot_finish_by_other_can"]
    assert [e.receipt_id for e in events(desk, "RequestCancelled")] == [rid]
    assert man_day(desk, kim) == 17  # nothing reserved for the refused one

    ok = request(desk, lee, 4, wanted_by="2026-05-08")
    assert (row(desk, ok).job_status, promised(desk, ok)) == ("created", "2026-05-08")
    assert_consistent(desk)


@pytest.mark.parametrize(
    ("wanted_by", "code"),
    [
        ("2026-13-01", "mechanic.date_format"),
        ("08/05/2026", "mechanic.date_format"),
        ("2026-05-01", "mechanic.date_in_past"),
    ],
)
def test_a_bad_wanted_by_is_a_clear_refusal_and_writes_nothing(desk: Shop, wanted_by: str, code: str) -> None:
    kim = desk.handle(RegisterMechanic("김민수", 20))
    before = snapshot(desk)
    with pytest.raises(InvalidInput) as refused:
        request(desk, kim, 1, wanted_by=wanted_by)
    assert refused.value.code == code
    assert "Wanted by" in str(refused.value)
    assert diff(before, snapshot(desk)) == []


def test_reassigning_moves_the_man_days_and_the_queue_in_one_go(desk: Shop) -> None:
    kim = desk.handle(RegisterMechanic("김민수", 10))
    lee = desk.handle(RegisterMechanic("이서준", 5))
    ahead, moved, behind = request(desk, kim, 2), request(desk, kim, 3), request(desk, kim, 1)
    assert promised(desk, behind) == "2026-05-11"  # Mon 4, Wed 6 | Thu 7, Fri 8, Sat 9 | Mon 11
    desk.handle(ReassignJob(job_of(desk, moved), lee))
    assert (man_day(desk, kim), man_day(desk, lee)) == (7, 2)
    assert (row(desk, moved).mechanic_name, row(desk, moved).mechanic_id) == ("이서준", lee)
    assert promised(desk, moved) == "2026-05-07"  # Lee's empty queue: Mon 4, Wed 6, Thu 7
    assert promised(desk, behind) == "2026-05-07"  # Kim's queue closed up behind the job that left
    with desk.db.read.connect() as conn:
        mechanic_of_job = conn.execute(select(s.job.c.mechanic_id).where(s.job.c.id == job_of(desk, moved)))
        assert mechanic_of_job.scalar_one() == lee
        receipt_mechanic = conn.execute(
            select(s.receipt.c.mechanic_id, s.receipt.c.mechanic_name).where(s.receipt.c.id == moved)
        )
        assert tuple(receipt_mechanic.one()) == (lee, "이서준")  # the invoice will name who did the work
    assert_consistent(desk)

    # Refused, writing nothing: too few man-days left, a started job, an unknown mechanic.
    big = request(desk, kim, 4)
    desk.handle(StartJob(job_of(desk, ahead)))
    before = snapshot(desk)
    for command, error, code in [
        (ReassignJob(job_of(desk, big), lee), Conflict, "mechanic.man_days_short"),
        (ReassignJob(job_of(desk, ahead), lee), IllegalTransition, "mechanic.reassign_not_waiting"),
        (ReassignJob(job_of(desk, behind), 999), DomainError, "mechanic.mechanic_not_found"),
    ]:
        with pytest.raises(error) as refused:
            desk.handle(command)
        assert refused.value.code == code
        assert diff(before, snapshot(desk)) == []


def test_bootstrap_loads_the_holidays_so_the_first_booking_computes_none(tmp_path: Path) -> None:
    from app.holidays import korean_public_holidays

    december = datetime(2026, 12, 30, 9, 0, tzinfo=SEOUL)
    korean_public_holidays.cache_clear()
    shop = bootstrap(
        database_url=f"sqlite:///{tmp_path / 'shop.db'}", invoice_dir=tmp_path / "inv", clock=lambda: december
    )
    try:
        loaded = korean_public_holidays.cache_info()
        assert loaded.currsize == 2  # this year and the next: a queue planned in December reaches January
        kim = shop.handle(RegisterMechanic("김민수", 10))
        rid = request(shop, kim, 3)  # Wed 30, Thu 31, (New Year's Day), Sat 2 January
        assert promised(shop, rid) == "2027-01-02"
        assert korean_public_holidays.cache_info().misses == loaded.misses  # nothing computed on the booking
    finally:
        shop.close()
