"""Capacity comes back: finishing a job gives its man-days back, exactly once, also across a crash.

The crash is real: a child process finishes a job while the mechanic's release
fails, so the finish (and its invoice) commit with the release left pending, and
then dies without closing anything. The next start delivers it, once.
"""

from __future__ import annotations

from pathlib import Path

from app.bootstrap import Shop, bootstrap
from app.checks import run_checks
from domain.commands import CancelRepair, FinishJob, RegisterMechanic, RequestRepair, StartJob
from tests.integration.core_helpers import events, job_of, man_day, row
from tests.integration.test_recovery import (
    CRASHED,
    in_child,
    pending,
    policies_applied,
    reopen,
    run_then_crash,
)

GIVE_BACK = "app.mechanic.repository.MechanicRepository.give_back"


def test_finishing_gives_the_man_days_back_and_the_next_booking_fits(shop: Shop) -> None:
    kim = shop.handle(RegisterMechanic("김민수", 3))
    first = shop.handle(RequestRepair("홍길동", "12가3456", kim, 2, 10_000))
    second = shop.handle(RequestRepair("김영희", "34나5678", kim, 1, 10_000))
    assert man_day(shop, kim) == 0
    for rid in (first, second):
        shop.handle(StartJob(job_of(shop, rid)))
        shop.handle(FinishJob(job_of(shop, rid)))
    assert man_day(shop, kim) == 3
    increased = events(shop, "ManDayIncreased")
    assert [(e.receipt_id, e.man_day) for e in increased] == [(first, 2), (second, 1)]
    third = shop.handle(RequestRepair("박철수", "56다7890", kim, 3, 10_000))
    assert row(shop, third).job_status == "created"
    report = run_checks(shop)
    assert report.ok, report.render()


def test_cancelling_still_gives_back_and_a_cancelled_job_gives_nothing_at_finish(shop: Shop) -> None:
    kim = shop.handle(RegisterMechanic("김민수", 5))
    rid = shop.handle(RequestRepair("홍길동", "12가3456", kim, 4, 10_000))
    shop.handle(CancelRepair(rid, "고객 요청"))
    assert man_day(shop, kim) == 5
    assert len(events(shop, "ManDayIncreased")) == 1
    assert run_checks(shop).ok


def test_a_crash_between_finish_and_release_releases_once_at_the_next_start(db_url: str, tmp_path: Path) -> None:
    shop = reopen(db_url, tmp_path)
    kim = shop.handle(RegisterMechanic("김민수", 5))
    rid = shop.handle(RequestRepair("홍길동", "12가3456", kim, 3, 10_000))
    job_id = job_of(shop, rid)
    shop.handle(StartJob(job_id))
    shop.close()

    # The finish commits, the release fails (left pending), then the process is killed.
    code = in_child(run_then_crash, db_url, str(tmp_path / "invoices"), GIVE_BACK, "fail", [FinishJob(job_id)])
    assert code == CRASHED

    probe = bootstrap(database_url=db_url, invoice_dir=tmp_path / "probe", deliver_pending=False)
    try:
        assert row(probe, rid).job_status == "finished"
        assert pending(probe) == ["JobFinished"]
        assert man_day(probe, kim) == 2  # not given back yet
        assert not run_checks(probe).ok  # the pending event is reported
    finally:
        probe.close()

    # A start that dies while delivering it leaves it pending again...
    code = in_child(run_then_crash, db_url, str(tmp_path / "invoices"), GIVE_BACK, "die", [])
    assert code == CRASHED

    # ...and the next one releases it, once.
    shop = reopen(db_url, tmp_path)
    try:
        assert pending(shop) == []
        assert man_day(shop, kim) == 5
        assert [e.receipt_id for e in events(shop, "ManDayIncreased")] == [rid]
        assert policies_applied(shop)[("JobFinished", "mechanic.release_finished_job")] == 1
        assert shop.deliver_pending() == 0
        report = run_checks(shop)
        assert report.ok, report.render()
    finally:
        shop.close()
    again = reopen(db_url, tmp_path, "desk-2")
    try:
        assert man_day(again, kim) == 5
        assert len(events(again, "ManDayIncreased")) == 1
    finally:
        again.close()


def test_check_reports_man_days_that_never_came_back_or_an_open_job_holding_none(shop: Shop) -> None:
    from sqlalchemy import update

    from app import schema as s

    kim = shop.handle(RegisterMechanic("김민수", 5))
    done = shop.handle(RequestRepair("홍길동", "12가3456", kim, 2, 10_000))
    waiting = shop.handle(RequestRepair("김영희", "34나5678", kim, 1, 10_000))
    shop.handle(StartJob(job_of(shop, done)))
    shop.handle(FinishJob(job_of(shop, done)))
    assert run_checks(shop).ok
    resv = s.man_day_reservation
    with shop.db.write.begin() as conn:  # what a lost release, and a lost reservation, would leave
        conn.execute(update(resv).where(resv.c.receipt_id == done).values(released=False))
        conn.execute(update(resv).where(resv.c.receipt_id == waiting).values(released=True))
    report = run_checks(shop)
    (result,) = [r for r in report.results if r.name.startswith("open jobs hold their man-days")]
    assert sorted(result.breaches) == sorted(
        [
            f"job {job_of(shop, done)} is finished but its man-days never came back",
            f"job {job_of(shop, waiting)} is created but holds no man-days",
        ]
    )
