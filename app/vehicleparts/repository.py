"""The vehicle-parts context's catalogue behind small, explicit SQL.

`Part` decides whether stock can leave the shelf; `take` writes it with one
conditional UPDATE (`… WHERE stock >= :qty`), so the database, not Python,
guarantees that stock never goes below zero however many terminals write at
once. Parts are read under a row lock before a decision (PostgreSQL; a SQLite
write transaction is exclusive already).

Statements are built once, with bind parameters, at import: building a
SQLAlchemy expression costs several times more than executing a cached one,
and these run on every command (see bench/lifecycle.py).
"""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, func, insert, select, update

from app.persistence import Seen, check_guard
from app.prepared import Prepared
from app.vehicleparts.tables import part, part_delivery
from domain.errors import NotFound
from domain.reports.costs import average_cost
from domain.vehicleparts.model import Part

p = part.c

_CODE_TAKEN = Prepared(select(p.id).where(func.upper(p.part_code) == bindparam("code")))
_ADD_PART = Prepared(insert(part).returning(p.id))
_GET_PART_ROW = select(p.id, p.part_code, p.name, p.price, p.stock, p.low_stock, p.origin, p.unit_cost).where(
    p.id == bindparam("part_id")
)
_GET_PART = Prepared(_GET_PART_ROW)
_GET_PART_LOCKED = Prepared(_GET_PART_ROW.with_for_update())
_SET_PRICE = Prepared(update(part).where(p.id == bindparam("part_id")).values(price=bindparam("new_price")))
_ADD_STOCK = Prepared(
    update(part).where(p.id == bindparam("part_id")).values(stock=p.stock + bindparam("qty")).returning(p.stock)
)
_TAKE_STOCK = Prepared(
    update(part)
    .where(p.id == bindparam("part_id"), p.stock >= bindparam("qty"))
    .values(stock=p.stock - bindparam("qty"))
    .returning(p.stock)
)
_COST = Prepared(select(p.unit_cost).where(p.id == bindparam("part_id")))
_SET_COST = Prepared(update(part).where(p.id == bindparam("part_id")).values(unit_cost=bindparam("unit_cost")))
_ADD_DELIVERY = Prepared(insert(part_delivery))


class PartRepository:
    def __init__(self, conn: Connection, seen: Seen | None = None) -> None:
        self.conn = conn
        self.seen: Seen = [] if seen is None else seen

    def code_taken(self, part_code: str) -> bool:
        return _CODE_TAKEN.run(self.conn, {"code": part_code.upper()}).first() is not None

    def add(self, part_code: str, name: str, price: int, stock: int, low_stock: int, origin: str = "A") -> Part:
        """A new part in the catalogue (PartRegistered recorded)."""
        params = {
            "part_code": part_code,
            "name": name,
            "price": price,
            "stock": stock,
            "low_stock": low_stock,
            "origin": origin,
        }
        part_id = int(_ADD_PART.run(self.conn, params).scalar_one())
        return self._seen(Part.register(part_id, part_code, name, price, stock, low_stock, origin))

    def get(self, part_id: int, *, for_update: bool = False) -> Part:
        """The part; `for_update` locks the row until commit, for a decision about its stock."""
        found = (_GET_PART_LOCKED if for_update else _GET_PART).run(self.conn, {"part_id": part_id}).first()
        if found is None:
            raise NotFound("vehicleparts.part_not_found", part_id=part_id)
        return self._seen(
            Part(
                found.id,
                found.part_code,
                found.name,
                found.price,
                found.stock,
                found.low_stock,
                found.origin,
                int(found.unit_cost),
            )
        )

    def _seen(self, part: Part) -> Part:
        self.seen.append(part)
        return part

    def save_price(self, part: Part) -> None:
        _SET_PRICE.run(self.conn, {"part_id": part.id, "new_price": part.price})

    def restock(self, part: Part, quantity: int) -> None:
        """Write the `quantity` that `part.restock` put on the shelf."""
        stock = _ADD_STOCK.run(self.conn, {"part_id": part.id, "qty": quantity}).scalar()
        check_guard("the stock of part", part.id, stock, part.stock)

    def record_delivery(self, part_id: int, quantity: int, unit_cost: int, on_shelf: int, at: str) -> None:
        """A delivery's cost: its row, and the part's moving average cost over what is on the shelf."""
        cost = int(_COST.run(self.conn, {"part_id": part_id}).scalar_one())
        new_cost = average_cost(on_shelf, cost, quantity, unit_cost)
        _SET_COST.run(self.conn, {"part_id": part_id, "unit_cost": new_cost})
        row = {"part_id": part_id, "quantity": quantity, "unit_cost": unit_cost, "delivered_at": at}
        _ADD_DELIVERY.run(self.conn, row)

    def take(self, part: Part, quantity: int) -> None:
        """Write the `quantity` that `part.take` or `part.adjust_down` took, behind the conditional UPDATE."""
        stock = _TAKE_STOCK.run(self.conn, {"part_id": part.id, "qty": quantity}).scalar()
        check_guard("the stock of part", part.id, stock, part.stock)
