"""Users on a real database (SQLite file and PostgreSQL, real migrations): creating them, signing in,
the lockout on a fake clock, PIN changes, and the hash that is the only trace of a PIN."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app import pins
from app.bootstrap import Shop, bootstrap
from app.users.tables import shop_user
from domain.commands import ChangePin, CreateUser, DisableUser, RegisterMechanic
from domain.errors import Conflict, InvalidInput, LoginFailed, NotFound, NotSignedIn, UserLocked
from tests.builders import FakeClock
from tests.integration.core_helpers import diff, log_rows, snapshot

SEOUL = ZoneInfo("Asia/Seoul")
PIN = "4821"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 9, 30, tzinfo=SEOUL))


@pytest.fixture
def shop(db_url: str, tmp_path: Path, clock: FakeClock) -> Iterator[Shop]:
    s = bootstrap(
        database_url=db_url, invoice_dir=tmp_path / "invoices", actor="tester", terminal="desk-1", clock=clock
    )
    try:
        yield s
    finally:
        s.close()


def stored_users(shop: Shop) -> list[dict[str, object]]:
    with shop.db.read.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(shop_user).order_by(shop_user.c.id))]


def test_the_first_user_must_be_a_manager_and_creating_signs_nobody_in(shop: Shop) -> None:
    kim = shop.handle(RegisterMechanic("김민수", 10))
    before = snapshot(shop)
    with pytest.raises(InvalidInput) as refused:
        shop.handle(CreateUser("박지영", "desk", PIN))
    assert refused.value.code == "users.first_must_be_manager"
    with pytest.raises(InvalidInput):
        shop.handle(CreateUser("김민수", "mechanic", PIN, mechanic_id=kim))
    assert diff(before, snapshot(shop)) == []
    manager = shop.handle(CreateUser("최관리", "manager", "5937"))
    assert isinstance(manager, int)
    assert shop.current_user is None
    assert [u["name"] for u in stored_users(shop)] == ["최관리"]
    # From now on nobody signed in may change anything.
    with pytest.raises(NotSignedIn):
        shop.handle(CreateUser("박지영", "desk", PIN))


def test_login_logout_and_current_user(shop: Shop) -> None:
    shop.handle(CreateUser("최관리", "manager", "5937"))
    user = shop.login("최관리", "5937")
    assert shop.current_user == user
    assert (user.name, user.role) == ("최관리", "manager")
    desk = shop.handle(CreateUser("박지영", "desk", PIN))
    assert stored_users(shop)[1]["id"] == desk
    shop.logout()
    assert shop.current_user is None
    with pytest.raises(NotSignedIn):
        shop.handle(RegisterMechanic("김민수", 10))
    rows = log_rows(shop)
    kinds = [r.event_type for r in rows]
    assert kinds == ["UserCreated", "SignedIn", "UserCreated", "SignedOut"]
    created = rows[2]
    assert (created.actor, created.user_id, created.role, created.terminal) == ("최관리", user.id, "manager", "desk-1")


def test_a_wrong_name_and_a_wrong_pin_get_one_message(shop: Shop) -> None:
    shop.handle(CreateUser("최관리", "manager", "5937"))
    with pytest.raises(LoginFailed) as wrong_pin:
        shop.login("최관리", "5938")
    with pytest.raises(LoginFailed) as wrong_name:
        shop.login("없는사람", "5937")
    assert str(wrong_pin.value) == str(wrong_name.value)
    assert wrong_pin.value.render("ko") == wrong_name.value.render("ko")
    assert shop.current_user is None


def test_five_wrong_pins_lock_the_user_until_lockout_minutes_pass(shop: Shop, clock: FakeClock) -> None:
    shop.handle(CreateUser("최관리", "manager", "5937"))
    for _ in range(4):
        with pytest.raises(LoginFailed):
            shop.login("최관리", "0001")
    assert stored_users(shop)[0]["failed_attempts"] == 4  # each refusal's count was committed
    with pytest.raises(UserLocked) as locked:
        shop.login("최관리", "0001")
    assert "09:45" in str(locked.value)  # 15 minutes, the default lockout
    clock.advance(minutes=10)
    with pytest.raises(UserLocked):
        shop.login("최관리", "5937")  # even the right PIN, while locked
    clock.advance(minutes=5)
    assert shop.login("최관리", "5937").name == "최관리"
    assert stored_users(shop)[0]["failed_attempts"] == 0
    assert "UserLockedOut" in [r.event_type for r in log_rows(shop)]


def test_lockout_minutes_is_a_setting(db_url: str, tmp_path: Path, clock: FakeClock) -> None:
    from app.settings import Settings

    s = bootstrap(database_url=db_url, invoice_dir=tmp_path / "inv", settings=Settings(lockout_minutes=2), clock=clock)
    try:
        s.handle(CreateUser("최관리", "manager", "5937"))
        for _ in range(4):
            with pytest.raises(LoginFailed):
                s.login("최관리", "0001")
        with pytest.raises(UserLocked):
            s.login("최관리", "0001")
        clock.advance(minutes=2)
        assert s.login("최관리", "5937").role == "manager"
    finally:
        s.close()


def test_two_users_with_the_same_pin_store_different_salted_hashes(shop: Shop) -> None:
    shop.handle(CreateUser("최관리", "manager", PIN))
    shop.login("최관리", PIN)
    shop.handle(CreateUser("박지영", "desk", PIN))
    first, second = (u["pin_hash"] for u in stored_users(shop))
    assert isinstance(first, str) and isinstance(second, str)
    assert first != second
    assert PIN not in first and PIN not in second
    assert first.startswith("scrypt$n=16384$r=8$p=1$")
    assert pins.verify_pin(PIN, first) and pins.verify_pin(PIN, second)


def test_a_user_changes_their_own_pin_with_the_old_one_and_a_manager_resets_others(shop: Shop) -> None:
    manager = shop.handle(CreateUser("최관리", "manager", "5937"))
    shop.login("최관리", "5937")
    desk = shop.handle(CreateUser("박지영", "desk", PIN))
    shop.handle(ChangePin(desk, "7305"))  # a reset: no old PIN
    shop.login("박지영", "7305")
    with pytest.raises(InvalidInput) as no_old:
        shop.handle(ChangePin(desk, "6142"))
    assert no_old.value.code == "users.old_pin_required"
    shop.handle(ChangePin(desk, "6142", old_pin="7305"))
    with pytest.raises(LoginFailed):
        shop.login("박지영", "7305")
    shop.login("박지영", "6142")
    from domain.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        shop.handle(ChangePin(manager, "6142"))


def test_a_wrong_old_pin_counts_towards_the_lockout_and_that_count_is_kept(shop: Shop) -> None:
    shop.handle(CreateUser("최관리", "manager", "5937"))
    shop.login("최관리", "5937")
    desk = shop.handle(CreateUser("박지영", "desk", PIN))
    shop.login("박지영", PIN)
    for _ in range(4):
        with pytest.raises(InvalidInput) as wrong:
            shop.handle(ChangePin(desk, "6142", old_pin="0001"))
        assert wrong.value.code == "users.old_pin_wrong"
    assert stored_users(shop)[1]["failed_attempts"] == 4
    assert pins.verify_pin(PIN, str(stored_users(shop)[1]["pin_hash"]))  # unchanged
    with pytest.raises(UserLocked):
        shop.handle(ChangePin(desk, "6142", old_pin="0001"))
    assert stored_users(shop)[1]["locked_until"] is not None


def test_disabling_a_user_stops_their_next_command_and_their_sign_in(shop: Shop) -> None:
    manager = shop.handle(CreateUser("최관리", "manager", "5937"))
    shop.login("최관리", "5937")
    with pytest.raises(Conflict) as last:
        shop.handle(DisableUser(manager))
    assert last.value.code == "users.last_manager"
    shop.handle(CreateUser("이부장", "manager", "6284"))
    shop.login("이부장", "6284")
    shop.handle(DisableUser(manager))
    with pytest.raises(LoginFailed):
        shop.login("최관리", "5937")
    with pytest.raises(NotFound):
        shop.handle(DisableUser(999))


def test_a_disabled_user_still_signed_in_elsewhere_is_stopped_at_their_next_command(
    db_url: str, tmp_path: Path, clock: FakeClock
) -> None:
    desk_terminal = bootstrap(database_url=db_url, invoice_dir=tmp_path / "a", terminal="desk-1", clock=clock)
    office = bootstrap(database_url=db_url, invoice_dir=tmp_path / "b", terminal="office", clock=clock)
    try:
        office.handle(CreateUser("최관리", "manager", "5937"))
        office.login("최관리", "5937")
        desk = office.handle(CreateUser("박지영", "manager", PIN))
        desk_terminal.login("박지영", PIN)
        desk_terminal.handle(RegisterMechanic("김민수", 10))
        office.handle(DisableUser(desk))
        with pytest.raises(NotSignedIn):
            desk_terminal.handle(RegisterMechanic("이서준", 10))
    finally:
        desk_terminal.close()
        office.close()


def test_names_and_mechanics_are_one_user_each(shop: Shop) -> None:
    kim = shop.handle(RegisterMechanic("김민수", 10))
    shop.handle(CreateUser("최관리", "manager", "5937"))
    shop.login("최관리", "5937")
    shop.handle(CreateUser("김민수", "mechanic", PIN, mechanic_id=kim))
    before = snapshot(shop)
    with pytest.raises(Conflict) as taken:
        shop.handle(CreateUser("김민수", "desk", PIN))
    assert taken.value.code == "users.name_taken"
    with pytest.raises(Conflict) as mechanic_taken:
        shop.handle(CreateUser("김 정비", "mechanic", PIN, mechanic_id=kim))
    assert mechanic_taken.value.code == "users.mechanic_taken"
    with pytest.raises(NotFound):
        shop.handle(CreateUser("유령", "mechanic", PIN, mechanic_id=404))
    assert diff(before, snapshot(shop)) == []


def test_a_pin_hashed_with_older_parameters_is_hashed_again_at_sign_in(shop: Shop) -> None:
    from sqlalchemy import update

    manager = shop.handle(CreateUser("최관리", "manager", "5937"))
    old = pins.hash_pin("5937", pins.ScryptParams(n=2**12, r=8, p=1))
    with shop.db.write.begin() as conn:
        conn.execute(update(shop_user).where(shop_user.c.id == manager).values(pin_hash=old))
    shop.login("최관리", "5937")
    stored = str(stored_users(shop)[0]["pin_hash"])
    assert stored != old and not pins.needs_rehash(stored) and pins.verify_pin("5937", stored)


def test_two_terminals_guessing_at_once_each_guess_is_counted(db_url: str, tmp_path: Path, clock: FakeClock) -> None:
    import threading

    terminals = [
        bootstrap(database_url=db_url, invoice_dir=tmp_path / f"t{n}", terminal=f"desk-{n}", clock=clock)
        for n in range(2)
    ]
    try:
        terminals[0].handle(CreateUser("최관리", "manager", "5937"))
        outcomes: list[str] = []

        def guess(terminal: Shop) -> None:
            for _ in range(3):
                try:
                    terminal.login("최관리", "0001")
                except (LoginFailed, UserLocked) as exc:
                    outcomes.append(type(exc).__name__)

        threads = [threading.Thread(target=guess, args=(t,)) for t in terminals]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(outcomes).count("LoginFailed") == 4  # the fifth guess locks; the sixth is refused as locked
        assert sorted(outcomes).count("UserLocked") == 2
        assert stored_users(terminals[0])[0]["failed_attempts"] == 5
    finally:
        for t in terminals:
            t.close()
