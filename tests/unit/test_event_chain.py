"""The chain's hash: every part of an event's content counts, and the printed code reads back."""

from __future__ import annotations

import hashlib
import json

import pytest

from app.eventlog import chain

EVENT = ("0" * 64, "PaymentRecorded", '{"amount":5000}', "desk", 7, "cashier", "front-1", "2026-11-24T10:00:00+09:00")


def test_the_hash_is_sha256_hex_and_the_same_every_time() -> None:
    h = chain.link(*EVENT)
    assert len(h) == 64 and int(h, 16) >= 0
    assert chain.link(*EVENT) == h


@pytest.mark.parametrize("field", range(len(EVENT)))
def test_changing_any_part_of_the_content_or_the_hash_before_changes_the_hash(field: int) -> None:
    changed = list(EVENT)
    value = changed[field]
    changed[field] = (value + 1) if isinstance(value, int) else (value[:-1] + ("x" if value[-1:] != "x" else "y"))
    assert chain.link(*changed) != chain.link(*EVENT)


def test_no_user_and_user_zero_are_different_and_fields_cannot_be_shifted() -> None:
    base = list(EVENT)
    assert chain.link(*base[:4], None, *base[5:]) != chain.link(*base[:4], 0, *base[5:])
    # "ab" + "c" and "a" + "bc" in two neighbouring fields must not collide.
    a = chain.link(base[0], base[1], base[2], "ab", 7, "c", base[6], base[7])
    b = chain.link(base[0], base[1], base[2], "a", 7, "bc", base[6], base[7])
    assert a != b


def test_the_short_code_is_twelve_hex_digits_in_three_groups_and_reads_back_in_any_case() -> None:
    h = chain.link(*EVENT)
    code = chain.short_code(h)
    assert len(code) == 14 and code.count("-") == 2 and code.replace("-", "") == h[:12].upper()
    assert chain.normalise_code(code.lower().replace("-", " ")) == h[:12].upper()
    assert chain.short_code(chain.GENESIS) == "0000-0000-0000"


def test_check_s_verifier_agrees_with_link_on_every_kind_of_content() -> None:
    """Verifier builds link's bytes its own way: they must agree, also on quotes, Hangul, no user, a forged id."""
    quoted = '{"customer_name":"홍길동 \\"큰\\""}'
    events = [
        ("RepairRequested", quoted, "접수", 3, "desk", "front-1", "2026-12-02T09:00:00+09:00"),
        ("RepairRequested", "{}", "owner", None, "", "front-1", "2026-12-02T09:00:01+09:00"),
        ("JobStarted", '{"job_id":1}', 'a"b\\c\n', 0, "mechanic", "bay", "2026-12-02T09:00:02+09:00"),
        ("JobStarted", '{"job_id":2}', "접수", "3", "desk", "front-1", "2026-12-02T09:00:03+09:00"),  # a changed row
    ]
    verifier = chain.Verifier()
    prev = chain.GENESIS
    for event in events:
        digest = chain.link(prev, *event)  # type: ignore[arg-type]
        assert verifier.follows(*event, digest)  # type: ignore[arg-type]
        prev = digest
    assert not verifier.follows(*events[0], chain.link(chain.GENESIS, *events[0]))  # type: ignore[arg-type]


def test_link_hashes_the_json_array_of_the_content_whatever_it_holds() -> None:
    """link builds its bytes without the JSON encoder's Python layers: the same bytes json.dumps makes."""
    odd = 'a"b\\c\n\t\x00\x1f\x7f 홍길동 😀 \u2028'
    cases = [
        (chain.GENESIS, "RepairRequested", "{}", "owner", None, "", "front-1", "2026-12-02T09:00:00+09:00"),
        ("0" * 64, "JobStarted", '{"job_id":1}', odd, 0, "mechanic", odd, odd),
        ("f" * 64, odd, odd, "desk", 2**70, None, "bay", ""),
        ("0" * 64, "JobStarted", "{}", "desk", -3, "cashier", "bay", "x"),
        ("0" * 64, "JobStarted", "{}", "desk", True, "cashier", "bay", "x"),  # not an int: the encoder's way
        ("0" * 64, "JobStarted", "{}", "desk", "3", "cashier", "bay", "x"),  # a changed row
    ]
    for prev, kind, payload, actor, user_id, role, terminal, at in cases:
        content = [prev, kind, payload, actor, user_id, role or "", terminal, at]
        canonical = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
        expected = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
        assert chain.link(prev, kind, payload, actor, user_id, role, terminal, at) == expected  # type: ignore[arg-type]
