"""Events to and from the JSON kept in the event log, and the log's entries."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from functools import cache
from types import SimpleNamespace
from typing import Any

from domain.billing.events import CorrectedLine
from domain.events import EVENT_TYPES, Event, PartLine


@dataclass(frozen=True)
class LoggedEvent:
    """An event as kept in the log: its id, who and which terminal, and when."""

    id: int
    event: Event
    actor: str
    terminal: str
    occurred_at: str
    user_id: int | None = None  # the signed-in user, when the shop has users
    role: str = ""


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


_SCALARS = (str, int, bool, float, type(None))


def _plain(value: Any) -> Any:
    if value.__class__ in _SCALARS:
        return value
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _fields(value)
    return value


def _fields(value: Any) -> dict[str, Any]:
    """A dataclass's fields in order, as `_plain` makes them (most are scalars: kept without a call)."""
    out = {}
    for name in _field_names(value.__class__):
        field_value = getattr(value, name)
        out[name] = field_value if field_value.__class__ in _SCALARS else _plain(field_value)
    return out


#: json.dumps with options builds an encoder per call; one built once is cheaper (same output).
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def to_json(event: Event) -> str:
    # Not dataclasses.asdict: it deep-copies every value and costs ~80 µs an event.
    return _encode(_fields(event))


def from_json(event_type: str, payload: str) -> Event:
    return from_dict(event_type, json.loads(payload))


def from_dict(event_type: str, data: dict[str, Any]) -> Event:
    """The event of a payload already decoded (`data` is left as it was: `check` reads it too)."""
    cls = EVENT_TYPES[event_type]
    if "parts" in data or "lines" in data:
        data = dict(data)
        if "parts" in data:
            data["parts"] = tuple(PartLine(**p) for p in data["parts"])
        if "lines" in data:  # InvoiceCorrected's labour and discount lines
            data["lines"] = tuple(CorrectedLine(**ln) for ln in data["lines"])
    return cls(**data)


@cache
def _shape(event_type: str) -> tuple[type[Any], dict[str, Any], frozenset[str], frozenset[str]]:
    """An event class, its fields' defaults, its fields without one, and all its fields."""
    cls = EVENT_TYPES[event_type]
    defaults: dict[str, Any] = {}
    required = []
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            defaults[f.name] = f.default
        elif f.default_factory is not dataclasses.MISSING:
            defaults[f.name] = f.default_factory()
        else:
            required.append(f.name)
    return cls, defaults, frozenset(required), frozenset(f.name for f in dataclasses.fields(cls))


def event_view(event_type: str, data: dict[str, Any]) -> tuple[type[Any], SimpleNamespace]:
    """The event class of a decoded payload and its fields as attributes, defaults filled in.

    What `from_dict` would make, without making it (a frozen dataclass costs several times more
    to build); refused the same way (TypeError) when a field is missing or unknown. Nested values
    stay as decoded (parts as dicts): for readers of scalar fields only, such as the board's fold.
    """
    cls, defaults, required, known = _shape(event_type)
    keys = data.keys()
    if not (required <= keys and keys <= known):
        raise TypeError(f"a {event_type} payload with fields {sorted(keys)}")
    view = SimpleNamespace(**defaults)
    view.__dict__.update(data)
    return cls, view
