"""Every published event survives the trip to the event log's JSON and back."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.eventlog.serialization import from_json, to_json
from domain.billing.events import CorrectedLine
from domain.events import EVENT_TYPES, Event, PartLine
from tests.published import PUBLISHED_EVENTS

PUBLISHED = set(PUBLISHED_EVENTS)


def test_every_published_event_is_registered_under_its_name() -> None:
    assert set(PUBLISHED) <= set(EVENT_TYPES)
    for name, cls in EVENT_TYPES.items():
        assert cls.__name__ == name
        assert issubclass(cls, Event)
        assert cls.context in {
            "reception",
            "mechanic",
            "shop",
            "vehicleparts",
            "users",
            "customers",
            "billing",
            "estimates",
            "shopdetails",
        }


def _sample(tp: Any, n: int) -> Any:
    if tp is int or tp == int | None:
        return 1000 + n
    if tp is str:
        return f'홍길동 {n} "quoted" \\ 12,345'
    if tp is bool:
        return n % 2 == 0
    if typing.get_origin(tp) is dict:  # a reason's parameters (Message.to_dict() form), a customer's `changes`
        return {
            "name": "최영호",
            "left": n,
            "field": {"$message": {"code": "common.field.man_days", "params": {}}},
            "model": {"old": _sample(str, n), "new": None},
        }
    if typing.get_origin(tp) in (typing.Union, types.UnionType):  # `int | None`: the value, not the None
        return _sample(typing.get_args(tp)[0], n)
    if typing.get_origin(tp) is tuple and typing.get_args(tp)[0] is CorrectedLine:  # InvoiceCorrected's lines
        return (CorrectedLine("labour", "엔진 점검", 60_000), CorrectedLine("discount", "단골 할인", -6_000, "10", 1))
    if typing.get_origin(tp) is tuple:
        return (PartLine(1, 2, "OIL-1", "엔진오일", 2, 48_000), PartLine(3, 4, "SPK", "점화플러그", 1, 16_500))
    raise AssertionError(f"no sample for {tp!r}")


def example(cls: type[Event]) -> Event:
    hints = typing.get_type_hints(cls)
    return cls(**{f.name: _sample(hints[f.name], n) for n, f in enumerate(dataclasses.fields(cls))})


@pytest.mark.parametrize("name", sorted(EVENT_TYPES))
def test_round_trip(name: str) -> None:
    event = example(EVENT_TYPES[name])
    payload = to_json(event)
    assert json.loads(payload)  # plain JSON text
    back = from_json(name, payload)
    assert back == event
    assert type(back) is type(event)
    assert back.event_type == name


@pytest.mark.parametrize("name", sorted(EVENT_TYPES))
def test_korean_is_kept_readable_in_the_log(name: str) -> None:
    payload = to_json(example(EVENT_TYPES[name]))
    if any(f.type in ("str", str) for f in dataclasses.fields(EVENT_TYPES[name])):
        assert "홍길동" in payload


@pytest.mark.parametrize("name", sorted(EVENT_TYPES))
def test_events_are_frozen(name: str) -> None:
    event = example(EVENT_TYPES[name])
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(event, dataclasses.fields(event)[0].name, 0)


@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_round_trip_of_random_values(data: st.DataObject) -> None:
    for cls in EVENT_TYPES.values():
        event = data.draw(st.builds(cls), label=cls.__name__)
        assert from_json(cls.__name__, to_json(event)) == event


@pytest.mark.parametrize(
    ("name", "payload"),
    [
        ("ManDayOver", '{"mechanic_id":2,"receipt_id":7,"man_day":3,"remaining":1,"reason":"Kim has only 1 left."}'),
        ("PartRequestCancelled", '{"part_request_id":4,"job_id":2,"part_id":5,"quantity":1,"reason":"Out."}'),
        (
            "RequestCancelled",
            '{"receipt_id":7,"mechanic_id":2,"man_day":3,"reason":"Out.","rejected":true,"accepted":false}',
        ),
    ],
)
def test_a_reason_logged_before_reasons_had_codes_loads_without_one(name: str, payload: str) -> None:
    event: Any = from_json(name, payload)
    assert (event.reason_code, event.reason_params) == ("", {})
    assert event.reason.endswith(".")


def test_an_invoice_corrected_logged_before_its_lines_were_kept_still_reads() -> None:
    from domain.billing.events import InvoiceCorrected

    old = {
        "invoice_no": "2026-000001",
        "receipt_id": 1,
        "job_id": 1,
        "credit_note_no": "CN2026-000001",
        "new_invoice_no": "2026-000002",
        "reason": "공임 정정",
        "old_total": 110_000,
        "new_total": 66_000,
        "carried": 50_000,
        "corrected_at": "2026-11-24T10:00:00",
    }
    back = from_json("InvoiceCorrected", json.dumps(old, ensure_ascii=False))
    assert isinstance(back, InvoiceCorrected) and back.lines == () and back.new_total == 66_000
