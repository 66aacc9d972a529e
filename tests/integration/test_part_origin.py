"""Parts carry their origin code (부품 구분): stored, read back, refused when unknown, nothing written."""

from __future__ import annotations

import pytest

from app import queries
from app.bootstrap import Shop
from domain.commands import RegisterPart
from domain.errors import InvalidInput
from domain.texts import Message
from tests.integration.core_helpers import diff, snapshot


def test_every_origin_code_is_stored_and_read_back(shop: Shop) -> None:
    for n, origin in enumerate(("A", "B", "C", "D", "F", "d")):
        shop.handle(RegisterPart(f"P-{n}", f"부품 {n}", 1_000, 1, origin=origin))
    with shop.db.read.connect() as conn:
        rows = queries.parts(conn)
    assert [r.origin for r in rows] == ["A", "B", "C", "D", "F", "D"]


def test_a_part_without_an_origin_is_new_genuine(shop: Shop) -> None:
    shop.handle(RegisterPart("OIL-1", "엔진오일", 48_000, 4))
    with shop.db.read.connect() as conn:
        assert queries.parts(conn)[0].origin == "A"


@pytest.mark.parametrize("origin", ["E", "", "AB", "신품"])
def test_an_unknown_origin_is_refused_in_both_languages_and_nothing_is_written(shop: Shop, origin: str) -> None:
    before = snapshot(shop)
    with pytest.raises(InvalidInput) as refused:
        shop.handle(RegisterPart("OIL-1", "엔진오일", 48_000, 4, origin=origin))
    assert diff(before, snapshot(shop)) == []
    message = Message(refused.value.code, refused.value.params)
    assert "A (new genuine)" in message.render("en") and "F (imported)" in message.render("en")
    assert "A(신품 순정)" in message.render("ko") and "부품 구분" in message.render("ko")
    assert "Traceback" not in message.render("en")
