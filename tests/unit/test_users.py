"""The users context: its commands, the User aggregate's lockout (on a fake clock), its texts."""

from __future__ import annotations

import ast
import dataclasses
import re
import string
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import domain.commands as published_commands
import domain.events as published_events
from app.eventlog.serialization import to_json
from domain.errors import (
    Conflict,
    DomainError,
    IllegalTransition,
    InvalidInput,
    LoginFailed,
    NotSignedIn,
    PermissionDenied,
    UserLocked,
)
from domain.texts import LANGUAGES, Message, catalogue
from domain.users import events as user_events
from domain.users.commands import ChangePin, CreateUser, DisableUser
from domain.users.events import PinChanged, SignedIn, SignedOut, UserCreated, UserDisabled, UserLockedOut
from domain.users.model import (
    DEFAULT_LOCKOUT_MINUTES,
    IDLE,
    MAX_WRONG_PINS,
    SWITCHED,
    Role,
    User,
    parse_role,
    require_manager_first,
)
from domain.users.texts import TEXTS
from tests.builders import KST, FakeClock

ROOT = Path(__file__).resolve().parents[2]
PIN = "482915"
HASH = "scrypt$n=16384$r=8$p=1$c2FsdHNhbHRzYWx0c2FsdA==$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U="


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 12, 1, 14, 20, tzinfo=KST))


def a_user(role: Role = Role.DESK, user_id: int = 3, **changes: Any) -> User:
    mechanic_id = 7 if role is Role.MECHANIC else None
    return dataclasses.replace(User(user_id, "이서연", role, HASH, mechanic_id), **changes)


# -- the published names ------------------------------------------------------------------
def test_the_commands_and_events_are_published() -> None:
    for name in ("CreateUser", "ChangePin", "DisableUser"):
        assert name in published_commands.__all__
    for cls in (UserCreated, PinChanged, UserDisabled, SignedIn, SignedOut, UserLockedOut):
        assert published_events.EVENT_TYPES[cls.__name__] is cls
        assert cls.__name__ in published_events.__all__
        assert cls.context == "users"


def test_the_four_errors_are_domain_errors() -> None:
    for cls in (LoginFailed, UserLocked, NotSignedIn, PermissionDenied):
        assert issubclass(cls, DomainError)
    assert LoginFailed().code == "users.login_failed"
    assert NotSignedIn().code == "users.not_signed_in"
    assert str(NotSignedIn()) == "Nobody is signed in on this terminal; sign in first. Nothing was saved."


def test_roles() -> None:
    assert [r.value for r in Role] == ["manager", "desk", "mechanic", "parts"]
    assert parse_role(" Desk ") is Role.DESK
    assert parse_role(Role.PARTS) is Role.PARTS
    assert Role.MANAGER.label.render("ko") == "관리자"
    assert Role.DESK.who.render("en") == "desk staff"


@pytest.mark.parametrize("value", ["admin", "", "owner", None, 1, "482915"])
def test_an_unknown_role_is_refused_without_echoing_it(value: Any) -> None:
    with pytest.raises(InvalidInput) as exc:
        parse_role(value)
    assert exc.value.code == "users.unknown_role"
    assert str(exc.value) == "Role must be one of manager, desk, mechanic or parts."
    assert exc.value.params == {"field": Message("users.field.role")}


# -- CreateUser ------------------------------------------------------------------------------
def test_create_user_is_normalised() -> None:
    cmd = CreateUser("  김민수 ", " MECHANIC ", "４８２９１５", mechanic_id=7).validated()
    assert cmd == CreateUser("김민수", Role.MECHANIC, PIN, 7)
    assert cmd.role is Role.MECHANIC


def test_a_mechanic_user_names_their_mechanic_and_nobody_else_does() -> None:
    with pytest.raises(InvalidInput) as exc:
        CreateUser("김민수", "mechanic", PIN).validated()
    assert exc.value.code == "users.mechanic_required"
    assert exc.value.params["field"] == Message("users.field.mechanic")
    for role in ("manager", "desk", "parts"):
        with pytest.raises(InvalidInput) as exc:
            CreateUser("김민수", role, PIN, mechanic_id=7).validated()
        assert exc.value.code == "users.mechanic_only_for_mechanics"
        assert CreateUser("김민수", role, PIN).validated().mechanic_id is None


@pytest.mark.parametrize("bad", [0, -1, "7", True, 2**31])
def test_a_mechanic_id_must_be_a_real_id(bad: Any) -> None:
    with pytest.raises(InvalidInput, match="Mechanic number"):
        CreateUser("김민수", "mechanic", PIN, mechanic_id=bad).validated()


@pytest.mark.parametrize("name", ["", "   ", None, "가" * 41, "a\x00b"])
def test_a_user_needs_a_name_that_fits_the_pin_pad(name: Any) -> None:
    with pytest.raises(InvalidInput, match="User name"):
        CreateUser(name, "desk", PIN).validated()


def test_create_user_holds_its_pin_to_the_policy() -> None:
    with pytest.raises(InvalidInput) as exc:
        CreateUser("김민수", "desk", "1234").validated()
    assert exc.value.code == "users.pin_run"
    assert exc.value.params["field"] == Message("users.field.pin")


def test_the_pin_and_role_swapped_by_mistake_never_shows_the_pin() -> None:
    with pytest.raises(InvalidInput) as exc:
        CreateUser("김민수", PIN, "manager").validated()
    for lang in LANGUAGES:
        assert PIN not in exc.value.render(lang)
    assert PIN not in repr(exc.value.text.to_dict())


def test_the_first_user_must_be_a_manager() -> None:
    for role in (Role.DESK, Role.MECHANIC, Role.PARTS):
        with pytest.raises(InvalidInput) as exc:
            require_manager_first(role, any_user_exists=False)
        assert exc.value.code == "users.first_must_be_manager"
        require_manager_first(role, any_user_exists=True)
    require_manager_first(Role.MANAGER, any_user_exists=False)


# -- ChangePin, DisableUser ---------------------------------------------------------------
def test_change_pin_is_normalised_and_the_old_pin_is_optional() -> None:
    assert ChangePin(3, "４８２９１５").validated() == ChangePin(3, PIN, "")
    assert ChangePin(3, PIN, None).validated().old_pin == ""  # type: ignore[arg-type]
    # The old PIN is not held to today's policy: it may predate it.
    assert ChangePin(3, PIN, "1234").validated().old_pin == "1234"


def test_the_new_pin_is_held_to_the_policy_and_named_as_the_new_pin() -> None:
    with pytest.raises(InvalidInput) as exc:
        ChangePin(3, "0000", "739104").validated()
    assert exc.value.code == "users.pin_repeated"
    assert exc.value.params["field"] == Message("users.field.new_pin")


def test_the_new_pin_must_differ_from_the_old_one() -> None:
    with pytest.raises(InvalidInput) as exc:
        ChangePin(3, PIN, PIN).validated()
    assert exc.value.code == "users.pin_unchanged"
    assert PIN not in str(exc.value)


def test_an_old_pin_that_is_not_text_is_refused() -> None:
    with pytest.raises(InvalidInput) as exc:
        ChangePin(3, PIN, 739104).validated()  # type: ignore[arg-type]
    assert exc.value.params["field"] == Message("users.field.old_pin")


@pytest.mark.parametrize("cls", [ChangePin, DisableUser])
@pytest.mark.parametrize("bad", [0, -3, "3", None, True])
def test_user_ids_must_be_real_ids(cls: type, bad: Any) -> None:
    args = (bad, PIN) if cls is ChangePin else (bad,)
    with pytest.raises(InvalidInput, match="User number"):
        cls(*args).validated()


def test_disable_user() -> None:
    assert DisableUser(3).validated() == DisableUser(3)


# -- no PIN in a repr, a str, an event ------------------------------------------------------
@pytest.mark.parametrize(
    "cmd",
    [
        CreateUser("김민수", "desk", PIN),
        CreateUser("김민수", "desk", PIN).validated(),
        ChangePin(3, PIN, "739104"),
        ChangePin(3, PIN, "739104").validated(),
    ],
    ids=repr,
)
def test_a_command_never_shows_a_pin(cmd: Any) -> None:
    for text in (repr(cmd), str(cmd), f"{cmd}", f"{cmd!r}", repr([cmd]), repr({"cmd": cmd})):
        assert PIN not in text
        assert "739104" not in text
        assert "pin=" not in text.lower()
    assert repr(CreateUser("김민수", "desk", PIN)) == "CreateUser(name='김민수', role='desk', mechanic_id=None)"
    assert repr(ChangePin(3, PIN, "739104")) == "ChangePin(user_id=3)"


def test_a_user_never_shows_its_hash() -> None:
    user = a_user()
    assert HASH not in repr(user)
    assert "pin_hash" not in repr(user)


def test_no_event_has_a_field_for_a_pin_or_a_hash() -> None:
    for cls in vars(user_events).values():
        if isinstance(cls, type) and dataclasses.is_dataclass(cls):
            for f in dataclasses.fields(cls):
                assert "pin" not in f.name and "hash" not in f.name and "salt" not in f.name, (cls, f.name)


def test_the_events_a_user_records_hold_no_pin_hash(clock: FakeClock) -> None:
    user = User.create(3, "이서연", Role.DESK, HASH)
    user.sign_in(True, clock.now)
    user.change_pin(HASH.replace("c2Fsd", "ZZZZZ"), by_user_id=3, old_pin_ok=True, now=clock.now)
    for _ in range(MAX_WRONG_PINS):
        with pytest.raises(DomainError):
            user.verify(False, clock.now)
    user.sign_out()
    user.disable(other_active_managers=1)
    assert [type(e) for e in user.events] == [
        UserCreated,
        SignedIn,
        PinChanged,
        UserLockedOut,
        SignedOut,
        UserDisabled,
    ]
    for event in user.events:
        payload = to_json(event)
        assert "scrypt" not in payload and "c2Fsd" not in payload and "ZZZZZ" not in payload


# -- the User aggregate: creating ------------------------------------------------------------
def test_create_records_user_created() -> None:
    user = User.create(3, "김민수", Role.MECHANIC, HASH, mechanic_id=7)
    assert user.events == [UserCreated(3, "김민수", "mechanic", 7)]
    assert (user.disabled, user.failed_attempts, user.locked_until) == (False, 0, None)
    with pytest.raises(InvalidInput):
        User.create(4, "박지훈", Role.MECHANIC, HASH)


# -- signing in, the lockout -----------------------------------------------------------------
def test_a_right_pin_signs_in_and_records_it(clock: FakeClock) -> None:
    user = a_user()
    user.sign_in(True, clock.now)
    assert user.events == [SignedIn(3, "이서연", "desk")]
    assert user.failed_attempts == 0


def test_verify_alone_records_nothing_on_success(clock: FakeClock) -> None:
    user = a_user()
    user.verify(True, clock.now)
    assert user.events == []


def test_a_wrong_pin_says_only_that_name_and_pin_do_not_match(clock: FakeClock) -> None:
    user = a_user()
    with pytest.raises(LoginFailed) as exc:
        user.sign_in(False, clock.now)
    assert str(exc.value) == "That name and PIN do not match; try again."
    assert exc.value.render("ko") == "이름 또는 비밀번호가 맞지 않습니다. 다시 입력하세요."
    assert user.failed_attempts == 1
    assert user.events == []


def test_a_wrong_name_a_wrong_pin_and_a_disabled_user_get_the_same_refusal(clock: FakeClock) -> None:
    wrong_name = LoginFailed()  # what the sign-in handler raises when no user has that name
    with pytest.raises(LoginFailed) as wrong_pin:
        a_user().verify(False, clock.now)
    with pytest.raises(LoginFailed) as disabled:
        a_user(disabled=True).verify(True, clock.now)
    for lang in LANGUAGES:
        assert wrong_pin.value.render(lang) == disabled.value.render(lang) == wrong_name.render(lang)
    assert wrong_pin.value.text == disabled.value.text == wrong_name.text


def test_five_wrong_pins_in_a_row_lock_the_user(clock: FakeClock) -> None:
    user = a_user()
    for attempt in range(1, MAX_WRONG_PINS):
        with pytest.raises(LoginFailed):
            user.sign_in(False, clock.advance(seconds=10))
        assert user.failed_attempts == attempt
        assert user.locked_until is None
    with pytest.raises(UserLocked) as exc:
        user.sign_in(False, clock.advance(seconds=10))
    until = clock.now + timedelta(minutes=DEFAULT_LOCKOUT_MINUTES)
    assert user.locked_until == until
    assert user.events == [UserLockedOut(3, "이서연", until.isoformat(timespec="seconds"))]
    assert exc.value.params == {"until": "14:36"}
    assert str(exc.value) == (
        "Too many wrong PINs: this user cannot sign in until 14:36. Wait, or ask a manager to reset the PIN."
    )
    assert exc.value.render("ko").startswith("비밀번호를 여러 번 틀려 14:36까지 로그인할 수 없습니다.")


def test_a_locked_user_is_refused_even_with_the_right_pin_until_the_lockout_ends(clock: FakeClock) -> None:
    user = a_user()
    lock(user, clock.now, lockout_minutes=30)
    for minutes in (1, 15, 29):
        with pytest.raises(UserLocked):
            user.sign_in(True, clock.now + timedelta(minutes=minutes), lockout_minutes=30)
    assert user.failed_attempts == MAX_WRONG_PINS  # attempts while locked are not counted
    user.sign_in(True, clock.advance(minutes=30), lockout_minutes=30)
    assert (user.failed_attempts, user.locked_until) == (0, None)
    assert isinstance(user.events[-1], SignedIn)


def test_after_a_lockout_one_more_wrong_pin_locks_again(clock: FakeClock) -> None:
    """Waiting buys one guess, not five: only a right PIN (or a reset) starts the count again."""
    user = a_user()
    lock(user, clock.now)
    with pytest.raises(UserLocked):
        user.verify(False, clock.advance(minutes=DEFAULT_LOCKOUT_MINUTES))
    assert user.locked_until == clock.now + timedelta(minutes=DEFAULT_LOCKOUT_MINUTES)
    assert sum(isinstance(e, UserLockedOut) for e in user.events) == 2


def test_a_right_pin_between_wrong_ones_starts_the_count_again(clock: FakeClock) -> None:
    user = a_user()
    for _ in range(MAX_WRONG_PINS - 1):
        with pytest.raises(LoginFailed):
            user.verify(False, clock.now)
    user.verify(True, clock.now)
    for _ in range(MAX_WRONG_PINS - 1):
        with pytest.raises(LoginFailed):
            user.verify(False, clock.now)
    assert user.locked_until is None


def test_the_lockout_time_is_told_in_the_shops_local_time(clock: FakeClock) -> None:
    user = a_user(failed_attempts=MAX_WRONG_PINS)
    # As read back from a database that kept it in UTC: 05:36Z is 14:36 in Seoul.
    user.locked_until = datetime(2026, 12, 1, 5, 36, tzinfo=UTC)
    with pytest.raises(UserLocked) as exc:
        user.verify(True, clock.now)
    assert exc.value.params["until"] == "14:36"


def test_a_lockout_past_midnight_names_the_day(clock: FakeClock) -> None:
    clock.now = clock.now.replace(hour=23, minute=55)
    assert lock(a_user(), clock.now).params["until"] == "2026-12-02 00:10"


def test_the_lockout_must_last_at_least_a_minute(clock: FakeClock) -> None:
    with pytest.raises(ValueError):
        a_user().verify(False, clock.now, lockout_minutes=0)


def test_signing_out_records_why() -> None:
    user = a_user()
    user.sign_out()
    user.sign_out(IDLE)
    user.sign_out(SWITCHED)
    assert [e.reason for e in user.events if isinstance(e, SignedOut)] == ["signed_out", "idle", "switched"]
    with pytest.raises(ValueError):
        user.sign_out("bored")


def lock(user: User, now: datetime, lockout_minutes: int = DEFAULT_LOCKOUT_MINUTES) -> UserLocked:
    """Five wrong PINs in a row; returns the error the fifth raised."""
    for _ in range(MAX_WRONG_PINS - 1):
        with pytest.raises(LoginFailed):
            user.verify(False, now, lockout_minutes=lockout_minutes)
    with pytest.raises(UserLocked) as exc:
        user.verify(False, now, lockout_minutes=lockout_minutes)
    assert user.is_locked(now)
    return exc.value


# -- changing a PIN --------------------------------------------------------------------------
NEW_HASH = "scrypt$n=16384$r=8$p=1$bmV3bmV3bmV3bmV3bmV3bg==$bmV3a2V5bmV3a2V5bmV3a2V5bmV3a2V5bmV3a2U="


def test_ones_own_pin_needs_the_old_one(clock: FakeClock) -> None:
    user = a_user()
    with pytest.raises(InvalidInput) as exc:
        user.change_pin(NEW_HASH, by_user_id=3, old_pin_ok=None, now=clock.now)
    assert exc.value.code == "users.old_pin_required"
    assert (user.pin_hash, user.events) == (HASH, [])
    user.change_pin(NEW_HASH, by_user_id=3, old_pin_ok=True, now=clock.now)
    assert user.pin_hash == NEW_HASH
    assert user.events == [PinChanged(3, "이서연", reset=False)]


def test_a_wrong_old_pin_counts_towards_the_lockout(clock: FakeClock) -> None:
    """Or ChangePin would be a way to guess a PIN with no lockout."""
    user = a_user()
    for _ in range(MAX_WRONG_PINS - 1):
        with pytest.raises(InvalidInput) as exc:
            user.change_pin(NEW_HASH, by_user_id=3, old_pin_ok=False, now=clock.now)
        assert exc.value.code == "users.old_pin_wrong"
    with pytest.raises(UserLocked):
        user.change_pin(NEW_HASH, by_user_id=3, old_pin_ok=False, now=clock.now)
    with pytest.raises(UserLocked):
        user.change_pin(NEW_HASH, by_user_id=3, old_pin_ok=True, now=clock.advance(minutes=1))
    assert user.pin_hash == HASH


def test_a_manager_resets_someone_elses_pin_without_the_old_one_and_lifts_the_lock(clock: FakeClock) -> None:
    user = a_user()
    lock(user, clock.now)
    user.change_pin(NEW_HASH, by_user_id=1, old_pin_ok=None, now=clock.now)
    assert (user.pin_hash, user.failed_attempts, user.locked_until) == (NEW_HASH, 0, None)
    assert user.events[-1] == PinChanged(3, "이서연", reset=True)
    user.sign_in(True, clock.now)


def test_a_disabled_users_pin_is_not_changed(clock: FakeClock) -> None:
    user = a_user(disabled=True)
    with pytest.raises(IllegalTransition) as exc:
        user.change_pin(NEW_HASH, by_user_id=1, old_pin_ok=None, now=clock.now)
    assert exc.value.code == "users.disabled"
    assert user.pin_hash == HASH


# -- disabling -------------------------------------------------------------------------------
def test_disabling_a_user(clock: FakeClock) -> None:
    user = a_user()
    user.disable(other_active_managers=0)
    assert user.disabled
    assert user.events == [UserDisabled(3, "이서연")]
    with pytest.raises(IllegalTransition) as exc:
        user.disable(other_active_managers=0)
    assert exc.value.code == "users.already_disabled"
    with pytest.raises(LoginFailed):
        user.sign_in(True, clock.now)


def test_a_role_read_back_as_text_is_a_role() -> None:
    assert User(3, "이서연", "manager", HASH).role is Role.MANAGER  # type: ignore[arg-type]


def test_the_last_active_manager_cannot_be_disabled() -> None:
    manager = a_user(Role.MANAGER)
    with pytest.raises(Conflict) as exc:
        manager.disable(other_active_managers=0)
    assert exc.value.code == "users.last_manager"
    assert not manager.disabled
    manager.disable(other_active_managers=1)
    assert manager.disabled


# -- the texts -------------------------------------------------------------------------------
def _placeholders(template: str) -> set[tuple[str, str, str]]:
    """(name, conversion, format spec) of every placeholder: the two languages agree on all three."""
    return {(name, conv or "", spec or "") for _, name, spec, conv in string.Formatter().parse(template) if name}


HANGUL = re.compile(r"[\uac00-\ud7a3]")
NAMES = re.compile(r"users\.(field|role|role_who)\.[a-z_]+|users\.either")


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_every_text_is_written_in_both_languages_with_the_same_placeholders(code: str) -> None:
    text = TEXTS[code]
    assert code.startswith("users.")
    assert text.en.strip() and text.ko.strip()
    assert _placeholders(text.en) == _placeholders(text.ko)
    assert HANGUL.search(text.ko), "the Korean has no Korean in it"
    assert not HANGUL.search(text.en), "Korean in the English"
    assert not re.search(r"\b(the|and|must|may|PIN)\b", text.ko), "English in the Korean"
    if not NAMES.fullmatch(code):
        assert text.en.endswith("."), "a sentence ends with a full stop"
        assert not re.search(r"해요|예요|에요|세요\?", text.ko), "합니다/하세요 style, not 해요"


def _refusals(clock: FakeClock) -> list[DomainError]:
    makers: list[Any] = [
        lambda: CreateUser("김민수", "boss", PIN).validated(),
        lambda: CreateUser("김민수", "desk", "12ab").validated(),
        lambda: CreateUser("김민수", "desk", "123").validated(),
        lambda: CreateUser("김민수", "desk", "0000").validated(),
        lambda: CreateUser("김민수", "desk", "4321").validated(),
        lambda: CreateUser("김민수", "desk", "2580").validated(),
        lambda: CreateUser("김민수", "mechanic", PIN).validated(),
        lambda: CreateUser("김민수", "desk", PIN, 7).validated(),
        lambda: ChangePin(3, PIN, PIN).validated(),
        lambda: require_manager_first(Role.DESK, any_user_exists=False),
        lambda: a_user().verify(False, clock.now),
        lambda: a_user(failed_attempts=5, locked_until=clock.now + timedelta(minutes=9)).verify(True, clock.now),
        lambda: a_user().change_pin(HASH, by_user_id=3, old_pin_ok=None, now=clock.now),
        lambda: a_user().change_pin(HASH, by_user_id=3, old_pin_ok=False, now=clock.now),
        lambda: a_user(disabled=True).change_pin(HASH, by_user_id=1, old_pin_ok=None, now=clock.now),
        lambda: a_user(disabled=True).disable(other_active_managers=1),
        lambda: a_user(Role.MANAGER).disable(other_active_managers=0),
    ]
    found = []
    for make in makers:
        with pytest.raises(DomainError) as exc:
            make()
        found.append(exc.value)
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_refusal_gives_exactly_the_parameters_its_sentence_shows(clock: FakeClock, lang: str) -> None:
    for error in _refusals(clock):
        template = TEXTS[error.code].in_language(lang)
        shown = {name for name, _, _ in _placeholders(template)}
        assert set(error.params) - {"field"} == shown - {"field"}, error.code
        assert "{" not in error.render(lang) and not error.render(lang).startswith("[")
        words = error.render(lang)
        for value in error.params.values():
            words = words.replace(str(value), "")  # a name may be Korean in either language
        assert bool(HANGUL.search(words)) is (lang == "ko"), error.code


def _codes_raised_in(paths: list[Path]) -> set[str]:
    found: set[str] = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            value = node.value if isinstance(node, ast.Constant) else None
            if isinstance(value, str) and re.fullmatch(r"users\.[a-z_]+(\.[a-z_]+)?", value):
                found.add(value)
    return found


def test_every_code_the_users_code_uses_has_a_text() -> None:
    sources = [
        *(ROOT / "domain" / "users").glob("*.py"),
        ROOT / "domain" / "errors.py",
        ROOT / "app" / "permissions.py",
    ]
    used = _codes_raised_in(sources)
    used |= {f"users.role.{r.value}" for r in Role} | {f"users.role_who.{r.value}" for r in Role}
    assert used - set(TEXTS) == set()
    assert {"users.login_failed", "users.locked", "users.not_signed_in", "users.denied"} <= used


def test_the_users_texts_join_the_shops_catalogue() -> None:
    assert catalogue()["users.login_failed"] is TEXTS["users.login_failed"]
