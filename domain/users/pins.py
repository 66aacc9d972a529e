"""Which PINs the shop accepts: 4 to 8 digits, and none a stranger would try first.

A PIN at a shared till is guarded by the lockout (five wrong in a row), not by
its length, so the policy only has to take away the handful of PINs that
people try first; refusing more would push staff to write theirs on the till.
Refused:

- one digit repeated: 0000, 1111111;
- a run up or down, wrapping past 9 as the number row does: 1234, 9876,
  0123, 3210, 56789, 7890, 8901;
- the most common four-digit PINs that those two rules do not already catch:
  the top twenty of DataGenetics' study of 3.4 million PINs (Berry, 2012)
  gives 1212, 1004, 2000, 6969, 1122, 1313, 2001, 1010 — 1004 is "천사"
  (angel), a favourite in Korea; 2580 and 0852, straight down and up the
  middle column of a phone keypad; and their six-digit cousins 121212,
  112233, 123123.

Dates (birthdays, years) are **not** refused: every MMDD, DDMM and year
1940–2029 is 666 PINs, one four-digit PIN in fifteen, so refusing them would
annoy everybody, while someone who knows a user's birthday still gets only
five guesses before the lockout. The PIN is never put into a refusal: the
message names the rule and the field, not what was typed.
"""

from __future__ import annotations

import itertools
import unicodedata

from domain.errors import InvalidInput
from domain.texts import Message

MIN_DIGITS = 4
MAX_DIGITS = 8

#: The field a refusal names when the caller does not say (CreateUser's `pin`).
PIN_FIELD = Message("users.field.pin")

COMMON_PINS = frozenset(
    {
        "1212",
        "1004",
        "2000",
        "6969",
        "1122",
        "1313",
        "2001",
        "1010",
        "2580",
        "0852",
        "121212",
        "112233",
        "123123",
    }
)


def normalise_pin(pin: str) -> str:
    """The PIN as ASCII digits: a Korean IME in full-width mode types '１２３４' for 1234.

    Both setting a PIN and checking one go through here, so a PIN typed either
    way is the same PIN.
    """
    return unicodedata.normalize("NFKC", pin)


def check_pin(pin: object, field: Message = PIN_FIELD) -> str:
    """The PIN normalised, or InvalidInput naming `field` (never the PIN) when the shop refuses it."""
    if not isinstance(pin, str):
        raise InvalidInput("users.pin_digits_only", field=field, min=MIN_DIGITS, max=MAX_DIGITS)
    digits = normalise_pin(pin)
    if not (digits.isascii() and digits.isdigit()):
        raise InvalidInput("users.pin_digits_only", field=field, min=MIN_DIGITS, max=MAX_DIGITS)
    if not MIN_DIGITS <= len(digits) <= MAX_DIGITS:
        raise InvalidInput("users.pin_length", field=field, min=MIN_DIGITS, max=MAX_DIGITS)
    if len(set(digits)) == 1:
        raise InvalidInput("users.pin_repeated", field=field)
    if is_run(digits):
        raise InvalidInput("users.pin_run", field=field)
    if digits in COMMON_PINS:
        raise InvalidInput("users.pin_common", field=field)
    return digits


def is_run(digits: str) -> bool:
    """True when each digit is one more (or each one less) than the one before, 9 wrapping to 0."""
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(digits)}
    return steps in ({1}, {9})
