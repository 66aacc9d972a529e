"""The PIN policy (domain.users.pins) and the PIN hash (app.pins)."""

from __future__ import annotations

import base64
import hashlib
import hmac
from typing import Any

import pytest

from app import pins
from app.pins import DEFAULT, MalformedPinHash, ScryptParams, dummy_verify, hash_pin, needs_rehash, verify_pin
from domain.errors import InvalidInput
from domain.texts import Message
from domain.users.pins import COMMON_PINS, PIN_FIELD, check_pin, is_run

#: Cheap parameters for tests that are about the format, not the cost.
FAST = ScryptParams(n=2**8, r=8, p=1)


# -- the policy ----------------------------------------------------------------------------
@pytest.mark.parametrize("pin", ["482915", "2468", "1357", "90210", "24681357", "7391", "1235", "0101"])
def test_ordinary_pins_are_accepted(pin: str) -> None:
    assert check_pin(pin) == pin


def refusal(pin: Any, field: Message = PIN_FIELD) -> InvalidInput:
    with pytest.raises(InvalidInput) as exc:
        check_pin(pin, field)
    assert exc.value.params["field"] == field
    return exc.value


@pytest.mark.parametrize("pin", ["0000", "1111", "7777777", "99999999", "55555"])
def test_one_digit_repeated_is_refused(pin: str) -> None:
    assert refusal(pin).code == "users.pin_repeated"


@pytest.mark.parametrize(
    "pin", ["1234", "9876", "0123", "3210", "56789", "12345678", "87654321", "7890", "8901", "0987", "2109"]
)
def test_runs_up_or_down_are_refused_even_past_nine(pin: str) -> None:
    assert refusal(pin).code == "users.pin_run"


@pytest.mark.parametrize("pin", sorted(COMMON_PINS))
def test_the_most_common_pins_are_refused(pin: str) -> None:
    assert refusal(pin).code == "users.pin_common"


def test_the_common_list_holds_what_the_docstring_promises() -> None:
    assert {"1212", "1004", "2580", "0852"} <= COMMON_PINS
    # Dates are deliberately allowed (see the module docstring).
    for birthday in ("0815", "1225", "1987", "2512"):
        assert check_pin(birthday) == birthday


@pytest.mark.parametrize("pin", ["135", "1", "135792468", "1357913579"])
def test_fewer_than_four_or_more_than_eight_digits_are_refused(pin: str) -> None:
    error = refusal(pin)
    assert error.code == "users.pin_length"
    assert str(error) == "PIN must have 4 to 8 digits."
    assert error.render("ko") == "비밀번호는 4~8자리 숫자여야 합니다."


@pytest.mark.parametrize("pin", ["", "12a4", "12 34", "-4829", "4829\n", "١٢٣٤", None, 4829, b"4829", ["4829"]])
def test_anything_but_digits_is_refused(pin: Any) -> None:
    assert refusal(pin).code == "users.pin_digits_only"


def test_full_width_digits_from_a_korean_ime_are_the_same_pin() -> None:
    assert check_pin("４８２９１５") == "482915"
    assert refusal("１２３４").code == "users.pin_run"


def test_a_refusal_names_the_field_it_is_given() -> None:
    field = Message("users.field.new_pin")
    assert str(refusal("6969", field)).startswith("New PIN is one of the most often used PINs")
    assert refusal("6969", field).render("ko").startswith("새 비밀번호가 가장 흔히 쓰이는 번호")


# PINs that are refused but are not the examples a message quotes.
REFUSED = ["7777", "2345", "6969", "135", "48a29", "98765"]


@pytest.mark.parametrize("pin", REFUSED)
def test_a_refusal_never_repeats_the_pin(pin: str) -> None:
    error = refusal(pin)
    for text in (str(error), repr(error), error.render("ko"), repr(error.text.to_dict())):
        assert pin not in text


@pytest.mark.parametrize(("digits", "run"), [("1234", True), ("4321", True), ("9012", True), ("1245", False)])
def test_is_run(digits: str, run: bool) -> None:
    assert is_run(digits) is run


# -- the hash ------------------------------------------------------------------------------
def test_the_stored_string_names_the_scheme_the_parameters_the_salt_and_the_key() -> None:
    stored = hash_pin("482915", FAST)
    scheme, n, r, p, salt, key = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", "n=256", "r=8", "p=1")
    assert len(base64.b64decode(salt)) == 16
    assert len(base64.b64decode(key)) == 32
    assert "482915" not in stored


def test_the_right_pin_verifies_and_a_wrong_one_does_not() -> None:
    stored = hash_pin("482915", FAST)
    assert verify_pin("482915", stored)
    assert not verify_pin("482916", stored)
    assert not verify_pin("", stored)


def test_salted_two_users_with_the_same_pin_store_different_strings() -> None:
    first, second = hash_pin("482915", FAST), hash_pin("482915", FAST)
    assert first != second
    assert first.split("$")[4] != second.split("$")[4]
    assert verify_pin("482915", first) and verify_pin("482915", second)


def test_the_key_is_scrypt_of_the_pin_with_the_stored_salt() -> None:
    stored = hash_pin("482915", FAST)
    salt, key = (base64.b64decode(part) for part in stored.split("$")[4:])
    assert hashlib.scrypt(b"482915", salt=salt, n=256, r=8, p=1, dklen=32) == key


def test_old_hashes_still_verify_after_the_defaults_are_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    old = hash_pin("482915")  # today's DEFAULT
    raised = ScryptParams(n=2**16, r=8, p=1)
    monkeypatch.setattr(pins, "DEFAULT", raised)
    assert verify_pin("482915", old)
    assert not verify_pin("739104", old)
    assert needs_rehash(old)
    assert not needs_rehash(hash_pin("482915", FAST), FAST)


def test_a_hash_made_with_the_defaults_needs_no_rehash() -> None:
    stored = hash_pin("482915")
    assert stored.startswith("scrypt$n=16384$r=8$p=1$")
    assert not needs_rehash(stored)
    assert needs_rehash(hash_pin("482915", FAST))


def test_the_defaults_are_memory_hard_and_fit_the_budget_chosen_in_the_bench() -> None:
    assert ScryptParams(n=2**14, r=8, p=1) == DEFAULT
    assert DEFAULT.memory_bytes == 16 * 2**20


def test_full_width_digits_verify_against_the_ascii_pin() -> None:
    assert verify_pin("４８２９１５", hash_pin("482915", FAST))


def test_keys_are_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    stored = hash_pin("482915", FAST)
    monkeypatch.setattr(pins.hmac, "compare_digest", spy)
    assert verify_pin("482915", stored)
    assert len(calls) == 1


def _scrypt_calls(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []
    real = hashlib.scrypt

    def spy(password: bytes, **kwargs: Any) -> bytes:
        calls.append(kwargs)
        return real(password, **{**kwargs, "n": 2**4, "maxmem": 0})

    monkeypatch.setattr(pins.hashlib, "scrypt", spy)
    return calls


def test_an_unknown_name_costs_one_scrypt_with_the_default_parameters(monkeypatch: pytest.MonkeyPatch) -> None:
    """A wrong name and a wrong PIN take the same work, so the time of a refusal says nothing."""
    stored = hash_pin("482915")
    calls = _scrypt_calls(monkeypatch)
    assert not verify_pin("739104", stored)
    assert not dummy_verify("739104")
    wrong_pin, unknown_name = calls
    for call in calls:
        assert (call["n"], call["r"], call["p"], call["dklen"]) == (DEFAULT.n, DEFAULT.r, DEFAULT.p, 32)
    assert len(wrong_pin["salt"]) == len(unknown_name["salt"]) == 16


def test_dummy_verify_never_accepts() -> None:
    for pin in ("482915", "", "0000"):
        assert dummy_verify(pin, FAST) is False


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "482915",
        "bcrypt$n=256$r=8$p=1$AAAA$AAAA",
        "scrypt$n=256$r=8$p=1$AAAA",
        "scrypt$n=256$r=8$x=1$AAAAAAAAAAAAAAAAAAAAAA==$" + "A" * 44,
        "scrypt$n=abc$r=8$p=1$AAAAAAAAAAAAAAAAAAAAAA==$" + "A" * 44,
        "scrypt$n=255$r=8$p=1$AAAAAAAAAAAAAAAAAAAAAA==$" + "A" * 44,
        "scrypt$n=256$r=8$p=1$not base64!$" + "A" * 44,
        "scrypt$n=256$r=8$p=1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA",
        # A planted row asking for 2^30 × 8 × 128 bytes is refused before any memory is taken.
        "scrypt$n=1073741824$r=8$p=1$AAAAAAAAAAAAAAAAAAAAAA==$" + "A" * 44,
        "scrypt$n=256$r=64$p=1$AAAAAAAAAAAAAAAAAAAAAA==$" + "A" * 44,
    ],
)
def test_a_malformed_stored_hash_is_refused_without_quoting_it(stored: str) -> None:
    with pytest.raises(MalformedPinHash) as exc:
        verify_pin("482915", stored)
    assert str(exc.value) in ("not a scrypt PIN hash", "scrypt PIN hash with parameters out of range")
    assert isinstance(exc.value, ValueError)


@pytest.mark.parametrize("params", [ScryptParams(n=1000), ScryptParams(n=1), ScryptParams(r=0), ScryptParams(p=17)])
def test_parameters_out_of_range_are_refused_for_new_hashes(params: ScryptParams) -> None:
    with pytest.raises(ValueError):
        hash_pin("482915", params)
