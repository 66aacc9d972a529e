"""Throw random and invalid values, and random sequences of commands, at `Shop.handle`.

Whatever comes in, only a DomainError may come out; a refused command writes
nothing; and afterwards every guarantee holds (`run_checks`), man-days and stock
are never negative. The shop is built once per test and keeps its state across
examples, so later examples meet what earlier ones left behind.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app import schema as s
from app.bootstrap import Shop, bootstrap
from app.checks import run_checks
from domain.commands import (
    CancelRepair,
    ChangeManDay,
    ChangePartPrice,
    Command,
    DecreaseStock,
    FinishJob,
    IncreaseStock,
    RecordPayment,
    RegisterMechanic,
    RegisterPart,
    RequestPart,
    RequestRepair,
    StartJob,
    VoidInvoice,
)
from domain.errors import DomainError
from tests.integration.core_helpers import diff, snapshot

KST = timezone(timedelta(hours=9))
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=KST)
COMMANDS = [
    RegisterMechanic,
    ChangeManDay,
    RegisterPart,
    IncreaseStock,
    DecreaseStock,
    ChangePartPrice,
    RequestRepair,
    CancelRepair,
    StartJob,
    RequestPart,
    FinishJob,
    RecordPayment,
    VoidInvoice,
]
INVOICES = [f"2026-{n:06d}" for n in range(1, 7)]
BASE = settings(
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def desk(db_url: str, tmp_path: Path) -> Iterator[Shop]:
    shop = bootstrap(
        database_url=db_url, invoice_dir=tmp_path / "invoices", actor="fuzz", terminal="fuzz-1", clock=lambda: NOW
    )
    # Something to aim at: mechanics, parts, a started job and an invoice.
    kim = shop.handle(RegisterMechanic("김민수", 6))
    oil = shop.handle(RegisterPart("OIL-1", "엔진오일", 48_000, 4))
    shop.handle(RequestRepair("홍길동", "12가3456", kim, 1, 10_000))
    shop.handle(StartJob(1))
    shop.handle(RequestPart(1, oil, 1))
    shop.handle(FinishJob(1))
    shop.handle(RequestRepair("김영희", "34나5678", kim, 1, 10_000))
    shop.handle(StartJob(2))
    try:
        yield shop
    finally:
        shop.close()


def assert_invariants(shop: Shop) -> None:
    with shop.db.read.connect() as conn:
        assert conn.execute(select(func.min(s.mechanic.c.man_day))).scalar() in (None, *range(0, 10**6))
        assert conn.execute(select(func.count()).where(s.part.c.stock < 0)).scalar_one() == 0
        assert conn.execute(select(func.count()).where(s.mechanic.c.man_day < 0)).scalar_one() == 0
    report = run_checks(shop)
    assert report.ok, report.render()


def send(shop: Shop, command: Any, check_nothing_written: bool) -> Any:
    """Handle `command`; a refusal must be a DomainError that wrote nothing."""
    before = snapshot(shop) if check_nothing_written else None
    try:
        return shop.handle(command)
    except DomainError as exc:
        assert str(exc).strip(), "a refusal must say why"
        if before is not None:
            assert diff(before, snapshot(shop)) == [], f"{command!r} was refused ({exc}) but wrote"
        return exc


# -- random and invalid values in every field of every command -------------------------------
junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 8),
    st.integers(),
    st.integers(min_value=2**31 - 2, max_value=2**64),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.text(alphabet=st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), max_size=90),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=150, max_size=300),
    st.sampled_from(["", " ", "\t\n", "\u3000", "\x00", "a\x00b", "홍길동", "12 가 3456", "cash", "CARD"]),
    st.sampled_from(["transfer", "OIL-1", "oil-1", "ß" * 20, "ﬀ" * 40, *INVOICES]),
    st.binary(max_size=4),
    st.lists(st.integers(), max_size=2),
)


# Valid commands aimed at what `desk` holds; the test spoils one or two of their fields.
VALID: dict[type, Command] = {
    RegisterMechanic: RegisterMechanic("박지훈", 3),
    ChangeManDay: ChangeManDay(1, 4),
    RegisterPart: RegisterPart("BAT-80AH", "배터리 80Ah", 145_000, 2),
    IncreaseStock: IncreaseStock(1, 1),
    DecreaseStock: DecreaseStock(1, 1, "damaged"),
    ChangePartPrice: ChangePartPrice(1, 50_000),
    RequestRepair: RequestRepair("홍길동", "12가3456", 1, 1, 10_000, "KMH1", "010-1234-5678", "오일", "소음"),
    CancelRepair: CancelRepair(3, "고객 요청"),
    StartJob: StartJob(3),
    RequestPart: RequestPart(2, 1, 1),
    FinishJob: FinishJob(2),
    RecordPayment: RecordPayment("2026-000001", 1_000, "cash"),
    VoidInvoice: VoidInvoice("2026-000001", "금액 오류"),
}


@st.composite
def spoiled(draw: st.DrawFn) -> Any:
    """A valid command with one or two fields replaced by anything at all."""
    base = draw(st.sampled_from(list(VALID.values())))
    names = [f.name for f in dataclasses.fields(base)]
    chosen = draw(st.lists(st.sampled_from(names), min_size=1, max_size=2, unique=True))
    return dataclasses.replace(base, **{name: draw(junk) for name in chosen})


@settings(BASE, max_examples=80)
@given(commands=st.lists(spoiled(), min_size=1, max_size=3))
def test_random_values_only_ever_raise_domain_errors(desk: Shop, commands: list[Command]) -> None:
    for command in commands:
        send(desk, command, check_nothing_written=True)
    assert_invariants(desk)


# -- random sequences of plausible commands ----------------------------------------------------
ids = st.integers(-1, 10)
small = st.integers(-1, 6)
plausible = st.one_of(
    st.builds(RegisterMechanic, st.sampled_from(["김민수", "이서준", " "]), small),
    st.builds(ChangeManDay, ids, small),
    st.builds(
        RegisterPart,
        st.sampled_from(["OIL-1", "oil-1", "BAT-2", "SPK 3"]),
        st.just("부품"),
        st.integers(-1, 60_000),
        small,
    ),
    st.builds(IncreaseStock, ids, small),
    st.builds(DecreaseStock, ids, small, st.just("counted")),
    st.builds(ChangePartPrice, ids, st.integers(-1, 90_000)),
    st.builds(
        RequestRepair,
        st.sampled_from(["홍길동", "", "박민지"]),
        st.sampled_from(["12가3456", " "]),
        ids,
        small,
        st.integers(-1, 200_000),
    ),
    st.builds(CancelRepair, ids, st.sampled_from(["", "고객 요청"])),
    st.builds(StartJob, ids),
    st.builds(RequestPart, ids, ids, small),
    st.builds(FinishJob, ids),
    st.builds(
        RecordPayment, st.sampled_from(INVOICES), st.integers(-1, 120_000), st.sampled_from(["cash", "card", "cheque"])
    ),
    st.builds(VoidInvoice, st.sampled_from(INVOICES), st.sampled_from(["금액 오류", ""])),
)


@settings(BASE, max_examples=40)
@given(commands=st.lists(plausible, min_size=1, max_size=15))
def test_random_sequences_keep_every_guarantee(desk: Shop, commands: list[Command]) -> None:
    for command in commands:
        result = send(desk, command, check_nothing_written=False)
        if not isinstance(result, DomainError) and isinstance(command, RegisterMechanic | RegisterPart | RequestRepair):
            assert isinstance(result, int) and result > 0
    assert_invariants(desk)
