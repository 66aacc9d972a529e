"""The database's conditional UPDATE stays the atomic guard behind the aggregates' decisions.

An aggregate that decided on stale state (another writer changed the row since
it was read) is refused by the guard, loudly, and nothing past it is written.
"""

from __future__ import annotations

import pytest

from app.mechanic.repository import MechanicRepository
from app.persistence import GuardTripped
from app.shop import Shop
from app.vehicleparts.repository import PartRepository
from domain.commands import RegisterMechanic, RegisterPart
from domain.mechanic.model import Mechanic
from domain.vehicleparts.model import Part
from tests.integration.core_helpers import man_day


@pytest.mark.parametrize("really_left", [1, 10])  # too few to take, or more than the aggregate thought
def test_a_reservation_decided_on_stale_man_days_is_refused_by_the_guard(shop: Shop, really_left: int) -> None:
    kim = shop.handle(RegisterMechanic("김민수", really_left))
    stale = Mechanic(kim, "김민수", 5)
    assert stale.reserve(receipt_id=77, days=3)  # the aggregate thinks 2 are left
    # Raised inside the transaction, the error undoes it.
    with pytest.raises(GuardTripped, match=f"mechanic {kim}"), shop.db.write.connect() as conn, conn.begin():
        MechanicRepository(conn).reserve(stale, 77, 3)
    assert man_day(shop, kim) == really_left


@pytest.mark.parametrize("really_there", [1, 10])
def test_stock_taken_on_a_stale_count_is_refused_by_the_guard(shop: Shop, really_there: int) -> None:
    oil = shop.handle(RegisterPart("OIL-1", "엔진오일", 48_000, really_there))
    stale = Part(oil, "OIL-1", "엔진오일", 48_000, 5)
    assert stale.take(part_request_id=1, job_id=1, quantity=3)
    with pytest.raises(GuardTripped, match=f"part {oil}"), shop.db.write.connect() as conn, conn.begin():
        PartRepository(conn).take(stale, 3)
    with shop.db.read.connect() as conn:
        assert PartRepository(conn).get(oil).stock == really_there
