"""Events to and from the JSON kept in the event log."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from domain.events import EVENT_TYPES, Event, PartLine


def to_json(event: Event) -> str:
    return json.dumps(dataclasses.asdict(event), ensure_ascii=False, separators=(",", ":"))


def from_json(event_type: str, payload: str) -> Event:
    cls = EVENT_TYPES[event_type]
    data: dict[str, Any] = json.loads(payload)
    if "parts" in data:
        data["parts"] = tuple(PartLine(**p) for p in data["parts"])
    return cls(**data)
