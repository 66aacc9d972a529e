"""Base classes for commands and events, and the validation helpers they share."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Self

from domain.errors import InvalidInput


@dataclass(frozen=True)
class Command:
    """A request to change the shop's state; handled exactly once, may be refused."""

    def validated(self) -> Self:
        """A copy with every field checked and normalised; raises InvalidInput."""
        raise NotImplementedError(f"{type(self).__name__} does not say how to validate itself")


@dataclass(frozen=True)
class Event:
    """Something that happened; recorded in the event log and published on the bus."""

    context: ClassVar[str] = ""

    @property
    def event_type(self) -> str:
        return type(self).__name__


def _refuse_control_characters(text: str, label: str) -> None:
    # Never typed at a desk, they garble screens and PDFs, and PostgreSQL refuses NUL outright.
    if any((ord(ch) < 32 and ch not in "\t\n\r") or ord(ch) == 127 for ch in text):
        raise InvalidInput(f"{label} holds an invisible control character; type it again.")


def require_text(value: object, label: str, max_len: int = 200) -> str:
    """Return `value` stripped, or refuse a blank, over-long or garbled text."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput(f"{label} is required.")
    text = value.strip()
    if len(text) > max_len:
        raise InvalidInput(f"{label} is too long (at most {max_len} characters).")
    _refuse_control_characters(text, label)
    return text


def optional_text(value: object, label: str, max_len: int = 1000) -> str:
    """Return `value` stripped ('' when missing), or refuse a non-text or over-long one."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidInput(f"{label} must be text.")
    text = value.strip()
    if len(text) > max_len:
        raise InvalidInput(f"{label} is too long (at most {max_len} characters).")
    _refuse_control_characters(text, label)
    return text


MAX_MONEY = 10**12  # a trillion won: no repair costs more; keeps sums far from overflow
MAX_COUNT = 10**6


MAX_ID = 2**31 - 1  # ids are 32-bit integer columns (PostgreSQL refuses a larger bind value)


def require_id(value: object, label: str) -> int:
    """Return a positive integer id, or refuse it."""
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise InvalidInput(f"{label} must be a positive whole number (got {value!r}).")
    if value > MAX_ID:
        raise InvalidInput(f"{label} {value} is out of range: no such number exists.")
    return value


def require_positive(value: object, label: str, maximum: int = MAX_COUNT) -> int:
    """Return a whole number > 0, or refuse it."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(f"{label} must be a whole number (got {value!r}).")
    if value <= 0:
        raise InvalidInput(f"{label} must be more than 0 (got {value}).")
    if value > maximum:
        raise InvalidInput(f"{label} is too large (at most {maximum:,}).")
    return value


def require_non_negative(value: object, label: str, maximum: int = MAX_COUNT) -> int:
    """Return a whole number >= 0, or refuse it."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(f"{label} must be a whole number (got {value!r}).")
    if value < 0:
        raise InvalidInput(f"{label} cannot be negative (got {value:,}).")
    if value > maximum:
        raise InvalidInput(f"{label} is too large (at most {maximum:,}).")
    return value


def require_money(value: object, label: str) -> int:
    """Return an amount of won >= 0, or refuse it."""
    return require_non_negative(value, label, MAX_MONEY)
