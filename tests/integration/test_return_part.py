"""ReturnPart (issue 16): a part provided by mistake goes back — stock back, the line off the bill, before finish."""

from __future__ import annotations

import pytest

from app import queries
from app.bootstrap import Shop
from domain.commands import FinishJob, RegisterMechanic, RegisterPart, RequestPart, RequestRepair, ReturnPart, StartJob
from domain.errors import DomainError


def _started_job(shop: Shop) -> tuple[int, int]:
    mechanic = shop.handle(RegisterMechanic("김민수", 20))
    part = shop.handle(RegisterPart("BRK-PAD-F01", "브레이크 패드", 65_000, 5))
    receipt = shop.handle(RequestRepair("홍길동", "12가3456", mechanic, 1, 60_000))
    row = shop.query(queries.board_row, receipt)
    assert row is not None and row.job_id is not None
    shop.handle(StartJob(row.job_id))
    return row.job_id, part


def _stock(shop: Shop, part: int) -> int:
    return next(p.stock for p in shop.query(queries.parts) if p.id == part)


def test_a_returned_part_is_back_on_the_shelf_and_off_the_bill(shop: Shop) -> None:
    job, part = _started_job(shop)
    request = shop.handle(RequestPart(job, part, 2))
    assert _stock(shop, part) == 3
    shop.handle(ReturnPart(request))
    assert _stock(shop, part) == 5
    statuses = {r.id: r.status for r in shop.query(queries.part_requests, job)}
    assert statuses[request] == "returned"
    shop.handle(FinishJob(job))
    row = next(r for r in shop.status_board() if r.job_id == job)
    assert row.total_price == 60_000 * 11 // 10  # the labour only: the returned part is not invoiced


def test_a_part_goes_back_once_and_not_after_the_job_is_finished(shop: Shop) -> None:
    job, part = _started_job(shop)
    first = shop.handle(RequestPart(job, part, 1))
    second = shop.handle(RequestPart(job, part, 1))
    shop.handle(ReturnPart(first))
    with pytest.raises(DomainError) as again:
        shop.handle(ReturnPart(first))
    assert again.value.code == "jobs.return_not_provided"
    assert _stock(shop, part) == 4  # only once
    shop.handle(FinishJob(job))
    with pytest.raises(DomainError) as late:
        shop.handle(ReturnPart(second))
    assert late.value.code == "jobs.return_not_started"
    assert _stock(shop, part) == 4


def test_an_unknown_part_request_is_refused_by_name(shop: Shop) -> None:
    with pytest.raises(DomainError) as refused:
        shop.handle(ReturnPart(9_999))
    assert refused.value.code == "jobs.part_request_not_found"
