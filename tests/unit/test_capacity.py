"""Capacity that comes back and the wanted-by refusal: the Mechanic aggregate, and the policies on the fake bus."""

from __future__ import annotations

from datetime import date

import pytest

from domain.commands import CancelRepair, FinishJob, RegisterMechanic, RequestRepair, StartJob
from domain.errors import Conflict, InvalidInput
from domain.events import JobCreated, ManDayDecreased, ManDayIncreased, ManDayOver, RequestCancelled
from domain.mechanic.events import PromisesMoved
from domain.mechanic.model import Mechanic
from domain.mechanic.schedule import Slot
from tests.unit.fake_uow import FakeShop

SLOT = Slot(date(2026, 3, 3), date(2026, 3, 9))


def test_a_slot_past_the_wanted_date_is_refused_naming_the_soonest_other_who_can() -> None:
    kim = Mechanic(1, "김민수", 10)
    others = [("이서준", date(2026, 3, 6)), ("박지훈", date(2026, 3, 5)), ("최영호", date(2026, 3, 20))]
    assert not kim.reserve(7, 3, SLOT, date(2026, 3, 6), others)
    (over,) = kim.events
    assert isinstance(over, ManDayOver) and kim.man_day == 10  # nothing taken
    assert over.reason_code == "mechanic.cannot_finish_by_other_can"
    assert over.reason_params["other"] == "박지훈" and over.reason_params["earliest"] == "2026-03-09"
    assert "2026-03-09" in over.reason and "박지훈" in over.reason and "2026-03-05" in over.reason


def test_too_few_man_days_is_said_before_the_date_and_a_date_that_fits_books_with_its_promise() -> None:
    kim = Mechanic(1, "김민수", 2)
    assert not kim.reserve(7, 3, SLOT, date(2026, 3, 1))
    assert kim.events[-1].reason_code == "mechanic.man_days_short"  # type: ignore[attr-defined]
    kim = Mechanic(1, "김민수", 5)
    assert kim.reserve(8, 3, SLOT, date(2026, 3, 9))  # on the very day: it fits
    assert kim.events == [ManDayDecreased(1, 8, 3, 2, "2026-03-03", "2026-03-09")]


def test_taking_over_a_job_refuses_what_does_not_fit_and_takes_nothing() -> None:
    lee = Mechanic(2, "이서준", 2)
    with pytest.raises(Conflict) as refused:
        lee.take_over(3)
    assert refused.value.code == "mechanic.man_days_short" and lee.man_day == 2
    lee.take_over(2)
    assert lee.man_day == 0


def test_on_the_fake_bus_finishing_gives_back_once_and_the_queue_moves_forward() -> None:
    fake = FakeShop()  # Monday 2026-03-02 (the fake's clock, a substitute holiday is not in its calendar)
    kim = fake.handle(RegisterMechanic("김민수", 4))
    first = fake.handle(RequestRepair("홍길동", "12가3456", kim, 2, 10_000))
    second = fake.handle(RequestRepair("김영희", "34나5678", kim, 2, 10_000))
    assert [e.promised_date for e in fake.of_type(JobCreated)] == ["2026-03-03", "2026-03-05"]
    job = fake.of_type(JobCreated)[0].job_id
    fake.handle(StartJob(job))
    fake.handle(FinishJob(job))
    assert fake.uow.mechanics.get(kim).man_day == 2
    assert fake.of_type(ManDayIncreased) == [ManDayIncreased(kim, first, 2, 2)]
    assert fake.of_type(PromisesMoved)[-1].promises == {str(second): "2026-03-03"}
    fake.handle(CancelRepair(second, "고객 요청"))
    assert fake.uow.mechanics.get(kim).man_day == 4
    assert [e.receipt_id for e in fake.of_type(ManDayIncreased)] == [first, second]


def test_on_the_fake_bus_a_wanted_by_the_queue_cannot_make_is_rejected() -> None:
    fake = FakeShop()
    kim = fake.handle(RegisterMechanic("김민수", 10))
    fake.handle(RequestRepair("홍길동", "12가3456", kim, 3, 10_000))
    late = fake.handle(RequestRepair("김영희", "34나5678", kim, 2, 10_000, wanted_by="2026-03-04"))
    (over,) = fake.of_type(ManDayOver)
    assert over.receipt_id == late and over.reason_code == "mechanic.cannot_finish_by"
    assert [e.receipt_id for e in fake.of_type(RequestCancelled)] == [late]


@pytest.mark.parametrize("wanted_by", ["2026-3-4", "2026-02-30", "tomorrow", "2026-03-04T10:00"])
def test_a_wanted_by_that_is_no_date_is_refused_in_words(wanted_by: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        RequestRepair("홍길동", "12가3456", 1, 1, 0, wanted_by=wanted_by).validated()
    assert refused.value.code == "mechanic.date_format"
    assert str(refused.value) == "Wanted by: give a date as YYYY-MM-DD, for example 2026-03-02."
    assert RequestRepair("홍길동", "12가3456", 1, 1, 0, wanted_by=" 2026-03-04 ").validated().wanted_by == "2026-03-04"
