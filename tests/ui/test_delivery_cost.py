"""A delivery received at the parts counter may say what each piece cost: the reports value stock by it."""

from __future__ import annotations

from sqlalchemy import select

from app import schema as s
from app.shop import Shop
from tests.ui.helpers import TIMEOUT, click, type_into
from tests.ui.test_parts_counter import open_counter, stock
from ui.main_window import MainWindow


def test_a_delivery_with_its_cost_sets_the_parts_purchase_cost(qtbot, window: MainWindow, shop: Shop) -> None:
    screen = open_counter(qtbot, window)
    screen.select_part("BRK-PAD-F01")
    assert screen.receive_cost.isEnabled()
    screen.receive_qty.setValue(4)
    type_into(qtbot, screen.receive_cost, "61000")
    click(qtbot, screen.receive_button)
    qtbot.waitUntil(lambda: screen.message.tone == "success", timeout=TIMEOUT)
    assert screen.receive_cost.text() == ""  # the next delivery says its own
    with shop.db.read.connect() as conn:
        cost = conn.execute(select(s.part.c.unit_cost).where(s.part.c.part_code == "BRK-PAD-F01")).scalar_one()
        delivered = conn.execute(select(s.part_delivery.c.quantity, s.part_delivery.c.unit_cost)).all()
    assert cost == 61_000 and [tuple(d) for d in delivered] == [(4, 61_000)]
    before = stock(shop, "BRK-PAD-F01")
    click(qtbot, screen.receive_button)  # no cost said: stock only, the cost stays
    qtbot.waitUntil(lambda: stock(shop, "BRK-PAD-F01") == before + 4, timeout=TIMEOUT)
    with shop.db.read.connect() as conn:
        cost = conn.execute(select(s.part.c.unit_cost).where(s.part.c.part_code == "BRK-PAD-F01")).scalar_one()
        assert cost == 61_000 and len(conn.execute(select(s.part_delivery)).all()) == 1
