"""A bill's typed lines as real rows: the fare first, more labour, discounts, removals, the invoice from them.

Real SQLite file and real migrations (and PostgreSQL when configured); every
refusal is a sentence in Korean and English and leaves every table as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app import schema as s
from app.bootstrap import Shop, bootstrap
from app.checks import run_checks
from app.queries import invoice_no_for_job
from domain.billing.bill import room_for_charges
from domain.commands import (
    AddDiscount,
    AddLabour,
    FinishJob,
    RegisterMechanic,
    RegisterPart,
    RemoveLine,
    RequestPart,
    RequestRepair,
    StartJob,
)
from domain.errors import Conflict, DomainError, IllegalTransition, InvalidInput, NotFound
from domain.messages import MAX_MONEY
from tests.integration.core_helpers import diff, events, snapshot


@pytest.fixture
def desk(db_url: str, tmp_path: Path) -> Iterator[Shop]:
    shop = bootstrap(db_url, tmp_path / "invoices", actor="desk-kim", terminal="front-1")
    yield shop
    shop.close()


def open_job(shop: Shop, fare: int = 100_005, *, start: bool = True) -> int:
    kim = shop.handle(RegisterMechanic("김민수", 30))
    rid = shop.handle(RequestRepair("홍길동", "12가3456", kim, 1, fare, term="엔진오일 교환"))
    job_id = next(r.job_id for r in shop.status_board() if r.receipt_id == rid)
    assert job_id is not None
    if start:
        shop.handle(StartJob(job_id))
    return int(job_id)


def bill_rows(shop: Shop, job_id: int) -> list[tuple[str, str, int, str, int, str]]:
    b = s.bill_line.c
    with shop.db.read.connect() as conn:
        return [
            tuple(r)  # type: ignore[misc]
            for r in conn.execute(
                select(b.kind, b.description, b.amount, b.percent, b.on_line, b.added_by)
                .where(b.job_id == job_id)
                .order_by(b.id)
            )
        ]


def finish(shop: Shop, job_id: int) -> str:
    shop.handle(FinishJob(job_id))
    return str(shop.query(invoice_no_for_job, job_id))


def refused(shop: Shop, command: object, error: type[DomainError], code: str) -> DomainError:
    """The command is refused with `error` and `code`, a sentence in each language, and nothing is written."""
    before = snapshot(shop)
    with pytest.raises(error) as caught:
        shop.handle(command)  # type: ignore[arg-type]
    en, ko = caught.value.render("en"), caught.value.render("ko")
    assert caught.value.code == code, en
    assert re.search("[가-힣]", ko) and not re.search("[가-힣]", en), (en, ko)
    assert "{" not in en + ko and en.endswith((".", ")")) and ko.endswith((".", ")")), (en, ko)
    assert diff(before, snapshot(shop)) == []
    return caught.value


def test_the_receipts_fare_is_the_bills_first_labour_line_a_real_row(desk: Shop) -> None:
    job_id = open_job(desk, start=False)
    assert bill_rows(desk, job_id) == [("labour", "", 100_005, "0", 0, "desk-kim")]
    (added,) = events(desk, "LabourAdded")
    assert (added.job_id, added.amount) == (job_id, 100_005)


def test_labour_parts_and_a_discount_make_the_invoice_and_its_totals(desk: Shop) -> None:
    job_id = open_job(desk)
    wheel = desk.handle(AddLabour(job_id, "휠 얼라인먼트", 30_000))
    oil = desk.handle(RegisterPart("OIL-1", "엔진오일", 24_000, stock=10))
    desk.handle(RequestPart(job_id, oil, 2))
    desk.handle(AddDiscount(job_id, "단골 할인", percent=10))
    desk.handle(AddDiscount(job_id, "얼라인먼트 할인", amount=5_000, line_id=wheel))
    no = finish(desk, job_id)
    view = desk.invoice(no)
    kinds = [(ln.line_no, ln.kind, ln.amount) for ln in view.lines]
    # Labour first (the fare, then the wheel), parts, discounts; the line discount comes off first,
    # then 10 % of what is left: (100,005 + 25,000 + 48,000) × 10 % = 17,300.5 → 17,301 (half up).
    assert kinds == [
        (1, "labour", 100_005),
        (2, "labour", 30_000),
        (3, "part", 48_000),
        (4, "discount", -17_301),
        (5, "discount", -5_000),
    ]
    assert view.lines[4].on_line == 2 and view.lines[3].percent == "10"
    assert view.lines[0].name == "Labour — 엔진오일 교환" and view.lines[1].name == "Labour — 휠 얼라인먼트"
    subtotal = 100_005 + 30_000 + 48_000 - 17_301 - 5_000
    assert (view.subtotal, view.vat, view.total) == (subtotal, 15_570, subtotal + 15_570)  # 15,570.4 → 15,570
    (issued,) = events(desk, "BillIssued")
    assert (issued.fare, issued.subtotal, issued.total) == (130_005, subtotal, view.total)
    report = run_checks(desk)
    assert report.ok, report.render()


def test_vat_on_the_discounted_subtotal_rounds_half_up(desk: Shop) -> None:
    job_id = open_job(desk, fare=10_005)
    desk.handle(AddDiscount(job_id, "할인", amount=0, percent="0.1"))  # 10.005 → 10 won off
    view = desk.invoice(finish(desk, job_id))
    assert (view.subtotal, view.vat, view.total) == (9_995, 1_000, 10_995)  # VAT 999.5 → 1,000


def test_a_line_removed_takes_its_discounts_with_it_and_says_who(desk: Shop) -> None:
    job_id = open_job(desk)
    extra = desk.handle(AddLabour(job_id, "세차", 10_000))
    desk.handle(AddDiscount(job_id, "세차 무료", amount=10_000, line_id=extra))
    desk.handle(RemoveLine(extra))
    assert bill_rows(desk, job_id) == [("labour", "", 100_005, "0", 0, "desk-kim")]
    removed = events(desk, "LineRemoved")
    assert [(e.kind, e.removed_by) for e in removed] == [("labour", "desk-kim"), ("discount", "desk-kim")]
    view = desk.invoice(finish(desk, job_id))
    assert [ln.kind for ln in view.lines] == ["labour"] and view.subtotal == 100_005


def test_labour_waits_for_the_start_and_nothing_changes_after_the_finish(desk: Shop) -> None:
    job_id = open_job(desk, start=False)
    refused(desk, AddLabour(job_id, "세차", 10_000), IllegalTransition, "billing.job_not_started")
    desk.handle(AddDiscount(job_id, "예약 할인", amount=5_000))  # a discount may come before the start
    desk.handle(StartJob(job_id))
    line = desk.handle(AddLabour(job_id, "세차", 10_000))
    finish(desk, job_id)
    refused(desk, AddLabour(job_id, "광택", 10_000), IllegalTransition, "billing.job_finished")
    refused(desk, AddDiscount(job_id, "늦은 할인", amount=1_000), IllegalTransition, "billing.job_finished")
    refused(desk, RemoveLine(line), IllegalTransition, "billing.job_finished")


@pytest.mark.parametrize(
    ("command", "error", "code"),
    [
        (lambda j: AddLabour(j, "세차", 0), InvalidInput, "billing.not_positive"),
        (lambda j: AddLabour(j, "세차", -5), InvalidInput, "billing.not_positive"),
        (lambda j: AddLabour(j, "  ", 5_000), InvalidInput, "billing.required"),
        (lambda j: AddLabour(j + 99, "세차", 5_000), NotFound, "jobs.job_not_found"),
        (lambda j: AddDiscount(j, "할인", amount=1_000, percent=5), InvalidInput, "billing.discount_both"),
        (lambda j: AddDiscount(j, "할인"), InvalidInput, "billing.discount_neither"),
        (lambda j: AddDiscount(j, "할인", percent=101), InvalidInput, "billing.percent_over_hundred"),
        (lambda j: AddDiscount(j, "할인", amount=200_000), Conflict, "billing.discount_over_bill"),
        (lambda j: AddDiscount(j, "할인", amount=1_000, line_id=987_654), NotFound, "billing.no_such_line"),
        (lambda j: RemoveLine(987_654), NotFound, "billing.no_such_line"),
        (lambda j: AddLabour(j, "큰 공사", MAX_MONEY), InvalidInput, "billing.bill_too_large"),
    ],
    ids=[
        "zero labour",
        "negative labour",
        "blank description",
        "unknown job",
        "both amount and percent",
        "neither amount nor percent",
        "over 100 %",
        "over the lines",
        "unknown line",
        "remove unknown line",
        "overflow at the line",
    ],
)
def test_bad_lines_are_refused_in_both_languages_and_write_nothing(
    desk: Shop, command: object, error: type[DomainError], code: str
) -> None:
    job_id = open_job(desk)
    refused(desk, command(job_id), error, code)  # type: ignore[operator]


def test_the_fare_line_cannot_be_removed_past_a_discount_on_the_whole_bill(desk: Shop) -> None:
    job_id = open_job(desk)
    fare_line = int(desk.query(lambda conn: conn.execute(select(s.bill_line.c.id)).scalar_one()))
    desk.handle(AddDiscount(job_id, "할인", amount=50_000))
    refused(desk, RemoveLine(fare_line), IllegalTransition, "billing.removal_overdraws")


def test_a_job_near_the_maximum_is_refused_at_the_line_so_it_can_always_be_billed(desk: Shop) -> None:
    job_id = open_job(desk, fare=1)
    room = room_for_charges(1, Decimal("0.10"))  # what still fits with its 10 % VAT within a trillion won
    assert 909_090_909_000 < room < 909_090_909_100
    desk.handle(AddLabour(job_id, "큰 공사", room))
    refused(desk, AddLabour(job_id, "하나 더", 1), InvalidInput, "billing.bill_too_large")
    view = desk.invoice(finish(desk, job_id))
    assert view.total <= MAX_MONEY


def test_a_part_that_would_overflow_the_bill_is_refused_before_any_stock_moves(desk: Shop) -> None:
    job_id = open_job(desk, fare=1)
    desk.handle(AddLabour(job_id, "큰 공사", room_for_charges(1, Decimal("0.10")) - 10))
    oil = desk.handle(RegisterPart("OIL-1", "엔진오일", 24_000, stock=10))
    refused(desk, RequestPart(job_id, oil, 1), InvalidInput, "billing.bill_too_large")
