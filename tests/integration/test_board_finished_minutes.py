"""`board_finished_minutes` (issue 16): a finished, unpaid car leaves the wall after so many minutes; 0 (the
default) keeps it until it is paid for. Read on the shop's clock (tests.builders.FakeClock)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app import queries
from app.bootstrap import Shop, bootstrap
from app.profiles import ProfileError, load_settings
from app.settings import Settings
from domain.commands import RecordPayment, RequestRepair, StartJob
from tests.builders import FakeClock, make_invoice, small_shop

ACTIVE = ("requested", "created", "started")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def wall_shop(db_url: str, tmp_path: Path, clock: FakeClock) -> Iterator[Shop]:
    shop = bootstrap(db_url, tmp_path / "invoices", actor="wall", terminal="wall-1", clock=clock)
    yield shop
    shop.close()


def _on_wall(shop: Shop, since: str = "") -> set[str]:
    rows = shop.query(queries.board_page, None, 200, ACTIVE, None, False, True, since)
    return {r.car_number for r in rows}


def _since(clock: FakeClock, minutes: int) -> str:
    from datetime import timedelta

    return (clock.now - timedelta(minutes=minutes)).isoformat(timespec="seconds")


def test_a_finished_unpaid_car_leaves_after_the_minutes_and_stays_without_them(
    wall_shop: Shop, clock: FakeClock
) -> None:
    seeded = small_shop(wall_shop)
    make_invoice(wall_shop, car_number="12가3456")  # finished at 09:00, not paid
    clock.advance(minutes=20)
    working = wall_shop.handle(RequestRepair("이영희", "34나5678", seeded.kim, 1, 50_000))
    job = wall_shop.query(queries.board_row, working).job_id
    wall_shop.handle(StartJob(job))
    assert _on_wall(wall_shop) == {"12가3456", "34나5678"}  # 0: until paid
    assert _on_wall(wall_shop, _since(clock, 30)) == {"12가3456", "34나5678"}  # 20 of 30 minutes
    clock.advance(minutes=11)
    assert _on_wall(wall_shop, _since(clock, 30)) == {"34나5678"}  # 31 minutes: gone, though unpaid
    assert _on_wall(wall_shop) == {"12가3456", "34나5678"}  # without the setting it waits to be paid


def test_a_paid_car_leaves_at_once_whatever_the_minutes(wall_shop: Shop, clock: FakeClock) -> None:
    small_shop(wall_shop)
    no = make_invoice(wall_shop, car_number="12가3456")
    balance = wall_shop.invoice(no).balance
    wall_shop.handle(RecordPayment(no, balance, "card"))
    assert _on_wall(wall_shop, _since(clock, 30)) == set() and _on_wall(wall_shop) == set()


def _profile(tmp_path: Path, body: str) -> dict[str, str]:
    folder = tmp_path / "config" / "profiles"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "wall.toml").write_text(body, encoding="utf-8")
    return {"PITLANE_CONFIG_DIR": str(tmp_path / "config")}


def test_the_setting_defaults_to_until_paid_and_a_profile_sets_it(tmp_path: Path) -> None:
    assert Settings().board_finished_minutes == 0
    assert load_settings("wall", _profile(tmp_path, "board_finished_minutes = 45\n")).board_finished_minutes == 45


@pytest.mark.parametrize("body", ["board_finished_minutes = -1", "board_finished_minutes = 'soon'"])
def test_a_bad_value_is_refused_with_a_sentence(tmp_path: Path, body: str) -> None:
    with pytest.raises(ProfileError) as refused:
        load_settings("wall", _profile(tmp_path, body + "\n"))
    assert "minutes" in str(refused.value) and "board_finished_minutes" in str(refused.value)
