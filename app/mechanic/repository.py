"""The mechanic context's tables behind small, explicit SQL.

The check-and-decrement of man-days is one conditional UPDATE, so the
database, not Python, guarantees that capacity never goes below zero however
many terminals write at once.

Statements are built once, with bind parameters, at import: building a
SQLAlchemy expression costs several times more than executing a cached one,
and these run on every command (see bench/lifecycle.py).
"""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, insert, select, update

from app.mechanic.tables import man_day_reservation, mechanic
from domain.errors import NotFound
from domain.mechanic.model import Mechanic

m = mechanic.c
resv = man_day_reservation.c

# -- mechanic -----------------------------------------------------------------------
_ADD_MECHANIC = insert(mechanic).returning(m.id)
_GET_MECHANIC = select(m.id, m.name, m.man_day).where(m.id == bindparam("mechanic_id"))
_SET_MAN_DAY = update(mechanic).where(m.id == bindparam("mechanic_id")).values(man_day=bindparam("new_man_day"))
_RESERVE = (
    update(mechanic)
    .where(m.id == bindparam("mechanic_id"), m.man_day >= bindparam("wanted"))
    .values(man_day=m.man_day - bindparam("wanted"))
    .returning(m.man_day)
)
_ADD_RESERVATION = insert(man_day_reservation)
_HAS_RESERVATION = select(resv.receipt_id).where(resv.receipt_id == bindparam("rid"))
_RELEASE = (
    update(man_day_reservation)
    .where(resv.receipt_id == bindparam("rid"), resv.released.is_(False))
    .values(released=True)
    .returning(resv.mechanic_id, resv.man_day)
)
_GIVE_BACK = (
    update(mechanic)
    .where(m.id == bindparam("mechanic_id"))
    .values(man_day=m.man_day + bindparam("days"))
    .returning(m.man_day)
)


class MechanicRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, name: str, man_day: int, now: str) -> int:
        params = {"name": name, "man_day": man_day, "created_at": now}
        return int(self.conn.execute(_ADD_MECHANIC, params).scalar_one())

    def get(self, mechanic_id: int) -> Mechanic:
        row = self.conn.execute(_GET_MECHANIC, {"mechanic_id": mechanic_id}).first()
        if row is None:
            raise NotFound(f"There is no mechanic number {mechanic_id}.")
        return Mechanic(row.id, row.name, row.man_day)

    def set_man_day(self, mechanic_id: int, man_day: int) -> None:
        self.conn.execute(_SET_MAN_DAY, {"mechanic_id": mechanic_id, "new_man_day": man_day})

    def try_reserve(self, mechanic_id: int, receipt_id: int, man_day: int) -> tuple[bool, int]:
        """Take `man_day` days if that many are left; returns (reserved, remaining)."""
        left = self.conn.execute(_RESERVE, {"mechanic_id": mechanic_id, "wanted": man_day}).scalar()
        if left is None:
            return False, self.get(mechanic_id).man_day
        self.conn.execute(
            _ADD_RESERVATION,
            {"receipt_id": receipt_id, "mechanic_id": mechanic_id, "man_day": man_day, "released": False},
        )
        return True, int(left)

    def has_reservation(self, receipt_id: int) -> bool:
        return self.conn.execute(_HAS_RESERVATION, {"rid": receipt_id}).first() is not None

    def forbid_reservation(self, receipt_id: int, mechanic_id: int) -> None:
        """A released, empty reservation: the receipt was cancelled before any was made."""
        if not self.has_reservation(receipt_id):
            self.conn.execute(
                _ADD_RESERVATION,
                {"receipt_id": receipt_id, "mechanic_id": mechanic_id, "man_day": 0, "released": True},
            )

    def release(self, receipt_id: int) -> tuple[int, int, int] | None:
        """Give back a receipt's reserved days; (mechanic_id, days, remaining) or None."""
        row = self.conn.execute(_RELEASE, {"rid": receipt_id}).first()
        if row is None:
            return None
        left = self.conn.execute(_GIVE_BACK, {"mechanic_id": row.mechanic_id, "days": row.man_day}).scalar_one()
        return int(row.mechanic_id), int(row.man_day), int(left)
