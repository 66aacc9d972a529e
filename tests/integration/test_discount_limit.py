"""The shop's discount limit: a setting (`discount_limit_amount`, `discount_limit_percent`) the bus's guard applies.

Within the limit the desk gives a discount on its own; above it (or with no limit
set, the default) it is refused with a sentence naming the manager, and nothing is
written. A manager gives any discount. Bad values in a profile are refused with a
sentence naming the key.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

from app.bootstrap import Shop, bootstrap
from app.profiles import ProfileError, load_settings
from app.settings import Settings
from domain import commands as c
from domain.errors import PermissionDenied
from tests.integration.core_helpers import diff, snapshot, wait_for_documents


@dataclass
class Till:
    office: Shop  # the manager's terminal
    front: Shop  # the desk's
    kim: int

    def started_job(self) -> int:
        rid = self.office.handle(c.RequestRepair("홍길동", f"12가{next(_CARS)}", self.kim, 1, 200_000))
        row = next(r for r in self.office.status_board() if r.receipt_id == rid)
        assert row.job_id is not None
        self.office.handle(c.StartJob(row.job_id))
        return int(row.job_id)


_CARS = itertools.count(3456)


def _till(db_url: str, tmp_path: Path, settings: Settings) -> Iterator[Till]:
    office = bootstrap(db_url, tmp_path / "office", actor="owner", terminal="office", settings=settings)
    front = bootstrap(db_url, tmp_path / "front", actor="owner", terminal="front-1", settings=settings)
    try:
        kim = office.handle(c.RegisterMechanic("김민수", 40))
        office.handle(c.CreateUser("최관리", "manager", "5937"))
        office.login("최관리", "5937")
        office.handle(c.CreateUser("박지영", "desk", "7305"))
        front.login("박지영", "7305")
        yield Till(office, front, kim)
    finally:
        front.close()
        office.close()


@pytest.fixture
def limited(db_url: str, tmp_path: Path) -> Iterator[Till]:
    yield from _till(db_url, tmp_path, Settings(discount_limit_amount=10_000, discount_limit_percent=Decimal(10)))


@pytest.fixture
def unlimited(db_url: str, tmp_path: Path) -> Iterator[Till]:
    yield from _till(db_url, tmp_path, Settings())


def refused_to_the_desk(till: Till, command: c.Command) -> PermissionDenied:
    wait_for_documents(till.front)
    before = snapshot(till.office)
    with pytest.raises(PermissionDenied) as refused:
        till.front.handle(command)
    assert diff(before, snapshot(till.office)) == []
    english, korean = refused.value.render("en"), refused.value.render("ko")
    assert "needs a manager" in english and "nothing was saved" in english
    assert "관리자" in korean and "저장되지 않았습니다" in korean
    return refused.value


def test_the_desk_gives_a_discount_within_the_limit(limited: Till) -> None:
    job = limited.started_job()
    before = snapshot(limited.office)
    by_amount = limited.front.handle(c.AddDiscount(job, "단골 할인", amount=10_000))  # exactly the limit
    by_percent = limited.front.handle(c.AddDiscount(job, "재방문 할인", percent="7.5"))
    assert isinstance(by_amount, int) and isinstance(by_percent, int) and by_amount != by_percent
    assert diff(before, snapshot(limited.office)) != []


def test_over_the_limit_the_desk_is_refused_naming_the_manager_and_nothing_is_written(limited: Till) -> None:
    job = limited.started_job()
    over_amount = refused_to_the_desk(limited, c.AddDiscount(job, "큰 할인", amount=10_001))
    assert over_amount.code == "users.denied_discount_amount"
    assert "10,000" in over_amount.render("en") and "10,000원" in over_amount.render("ko")
    over_percent = refused_to_the_desk(limited, c.AddDiscount(job, "큰 할인", percent="10.5"))
    assert over_percent.code == "users.denied_discount_percent"
    assert "10%" in over_percent.render("en")
    # The manager gives it.
    assert isinstance(limited.office.handle(c.AddDiscount(job, "큰 할인", amount=50_000)), int)


def test_with_no_limit_set_every_discount_needs_a_manager(unlimited: Till) -> None:
    job = unlimited.started_job()
    refused_to_the_desk(unlimited, c.AddDiscount(job, "작은 할인", amount=1))
    refused_to_the_desk(unlimited, c.AddDiscount(job, "작은 할인", percent=1))
    assert isinstance(unlimited.office.handle(c.AddDiscount(job, "작은 할인", amount=1)), int)


def _profile(tmp_path: Path, body: str) -> dict[str, str]:
    folder = tmp_path / "config" / "profiles"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "till.toml").write_text(body, encoding="utf-8")
    return {"PITLANE_CONFIG_DIR": str(tmp_path / "config")}


def test_the_limit_is_a_profile_setting(tmp_path: Path) -> None:
    assert (Settings().discount_limit_amount, Settings().discount_limit_percent) == (0, Decimal(0))
    s = load_settings("till", _profile(tmp_path, "discount_limit_amount = 20000\ndiscount_limit_percent = 7.5\n"))
    assert (s.discount_limit_amount, s.discount_limit_percent) == (20_000, Decimal("7.5"))


@pytest.mark.parametrize(
    "body",
    [
        "discount_limit_amount = -1",
        "discount_limit_amount = true",
        "discount_limit_amount = 'lots'",
        "discount_limit_percent = 101",
        "discount_limit_percent = -5",
        "discount_limit_percent = 'half'",
        "discount_limit_percent = 7.555",
    ],
)
def test_a_bad_limit_is_refused_with_a_sentence(tmp_path: Path, body: str) -> None:
    with pytest.raises(ProfileError) as refused:
        load_settings("till", _profile(tmp_path, body + "\n"))
    message = str(refused.value)
    assert body.split(" =")[0] in message and ("won" in message or "percentage" in message)
