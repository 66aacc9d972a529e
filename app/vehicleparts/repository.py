"""The vehicle-parts context's catalogue behind small, explicit SQL.

The check-and-decrement of stock is one conditional UPDATE, so the database,
not Python, guarantees that stock never goes below zero however many
terminals write at once.

Statements are built once, with bind parameters, at import: building a
SQLAlchemy expression costs several times more than executing a cached one,
and these run on every command (see bench/lifecycle.py).
"""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, func, insert, select, update

from app.vehicleparts.tables import part
from domain.errors import NotFound
from domain.vehicleparts.model import Part

p = part.c

# -- parts --------------------------------------------------------------------------
_CODE_TAKEN = select(p.id).where(func.upper(p.part_code) == bindparam("code"))
_ADD_PART = insert(part).returning(p.id)
_GET_PART = select(p.id, p.part_code, p.name, p.price, p.stock, p.low_stock).where(p.id == bindparam("part_id"))
_SET_PRICE = update(part).where(p.id == bindparam("part_id")).values(price=bindparam("new_price"))
_ADD_STOCK = (
    update(part).where(p.id == bindparam("part_id")).values(stock=p.stock + bindparam("qty")).returning(p.stock)
)
_TAKE_STOCK = (
    update(part)
    .where(p.id == bindparam("part_id"), p.stock >= bindparam("qty"))
    .values(stock=p.stock - bindparam("qty"))
    .returning(p.stock)
)


class PartRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def code_taken(self, part_code: str) -> bool:
        return self.conn.execute(_CODE_TAKEN, {"code": part_code.upper()}).first() is not None

    def add(self, part_code: str, name: str, price: int, stock: int, low_stock: int) -> int:
        params = {"part_code": part_code, "name": name, "price": price, "stock": stock, "low_stock": low_stock}
        return int(self.conn.execute(_ADD_PART, params).scalar_one())

    def get(self, part_id: int) -> Part:
        row = self.conn.execute(_GET_PART, {"part_id": part_id}).first()
        if row is None:
            raise NotFound(f"There is no part number {part_id}.")
        return Part(row.id, row.part_code, row.name, row.price, row.stock, row.low_stock)

    def set_price(self, part_id: int, price: int) -> None:
        self.conn.execute(_SET_PRICE, {"part_id": part_id, "new_price": price})

    def add_stock(self, part_id: int, quantity: int) -> int:
        return int(self.conn.execute(_ADD_STOCK, {"part_id": part_id, "qty": quantity}).scalar_one())

    def try_take(self, part_id: int, quantity: int) -> tuple[bool, int]:
        """Take `quantity` off the shelf if that many are there; (taken, stock after)."""
        left = self.conn.execute(_TAKE_STOCK, {"part_id": part_id, "qty": quantity}).scalar()
        if left is None:
            return False, self.get(part_id).stock
        return True, int(left)
