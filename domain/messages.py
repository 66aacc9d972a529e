"""Base classes for commands and events, and the field checks they share.

Every check refuses with a code from domain/common/texts.py and names the field
it is about (`params["field"]`, a `Message`), so a screen can mark that input
and render the sentence in its own language.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Self

from domain.errors import InvalidInput
from domain.texts import Message

#: A field's check: the value normalised, or InvalidInput.
Check = Callable[[Any], Any]


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


@dataclass(frozen=True)
class Command:
    """A request to change the shop's state; handled exactly once, may be refused.

    A command lists its fields' `checks` (in the order they run); `validated()`
    applies them and `problems()` collects every field's refusal for a form.
    A command may instead write `validated()` by hand.
    """

    checks: ClassVar[Mapping[str, Check]] = {}

    def validated(self) -> Self:
        """A copy with every field checked and normalised; raises InvalidInput."""
        if not self.checks:
            raise NotImplementedError(f"{type(self).__name__} does not say how to validate itself")
        # Not dataclasses.replace: it looks the fields up again on every call, and this runs for every command.
        values = {name: getattr(self, name) for name in _field_names(type(self))}
        for name, check in self.checks.items():
            values[name] = check(values[name])
        return type(self)(**values)

    def problems(self) -> list[InvalidInput]:
        """Every field's refusal (one each), empty when the command is valid: what a form marks."""
        if not self.checks:
            try:
                self.validated()
            except InvalidInput as exc:
                return [exc]
            return []
        found: list[InvalidInput] = []
        for name, check in self.checks.items():
            try:
                check(getattr(self, name))
            except InvalidInput as exc:
                found.append(exc)
        return found


@dataclass(frozen=True)
class Event:
    """Something that happened; recorded in the event log and published on the bus."""

    context: ClassVar[str] = ""

    @property
    def event_type(self) -> str:
        return type(self).__name__


def _refuse_control_characters(text: str, field: Message) -> None:
    # Never typed at a desk, they garble screens and PDFs, and PostgreSQL refuses NUL outright.
    if any((ord(ch) < 32 and ch not in "\t\n\r") or ord(ch) == 127 for ch in text):
        raise InvalidInput("common.control_character", field=field)


def fits(text: str, field: Message, max_len: int) -> str:
    """`text` when it has at most `max_len` characters, else a refusal naming the field."""
    if len(text) > max_len:
        raise InvalidInput("common.too_long", field=field, max_len=max_len)
    return text


def require_text(value: object, field: Message, max_len: int = 200) -> str:
    """Return `value` stripped, or refuse a blank, over-long or garbled text."""
    name = field
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput("common.required", field=name)
    text = fits(value.strip(), name, max_len)
    _refuse_control_characters(text, name)
    return text


def optional_text(value: object, field: Message, max_len: int = 1000) -> str:
    """Return `value` stripped ('' when missing), or refuse a non-text or over-long one."""
    name = field
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidInput("common.not_text", field=name)
    text = fits(value.strip(), name, max_len)
    _refuse_control_characters(text, name)
    return text


MAX_MONEY = 10**12  # a trillion won: no repair costs more; keeps sums far from overflow
MAX_COUNT = 10**6
MAX_ID = 2**31 - 1  # ids are 32-bit integer columns (PostgreSQL refuses a larger bind value)


def require_id(value: object, field: Message) -> int:
    """Return a positive integer id; None is a missing one (nothing chosen)."""
    name = field
    if value is None:
        raise InvalidInput("common.not_chosen", field=name)
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise InvalidInput("common.not_an_id", field=name, value=value)
    if value > MAX_ID:
        raise InvalidInput("common.id_out_of_range", field=name, value=value)
    return value


def _require_whole(value: object, name: Message) -> int:
    if value is None:
        raise InvalidInput("common.required", field=name)
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput("common.not_whole_number", field=name, value=value)
    return value


def require_positive(value: object, field: Message, maximum: int = MAX_COUNT) -> int:
    """Return a whole number > 0, or refuse it (None: not given)."""
    name = field
    number = _require_whole(value, name)
    if number <= 0:
        raise InvalidInput("common.not_positive", field=name, value=number)
    if number > maximum:
        raise InvalidInput("common.too_large", field=name, maximum=maximum)
    return number


def require_non_negative(value: object, field: Message, maximum: int = MAX_COUNT) -> int:
    """Return a whole number >= 0, or refuse it (None: not given)."""
    name = field
    number = _require_whole(value, name)
    if number < 0:
        raise InvalidInput("common.negative", field=name, value=number)
    if number > maximum:
        raise InvalidInput("common.too_large", field=name, maximum=maximum)
    return number


def require_money(value: object, field: Message) -> int:
    """Return an amount of won >= 0, or refuse it."""
    return require_non_negative(value, field, MAX_MONEY)
