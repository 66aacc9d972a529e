"""The mechanic context's tables behind small, explicit SQL.

`Mechanic` decides whether a reservation fits; `reserve` writes it with one
conditional UPDATE (`… WHERE man_day >= :wanted`), so the database, not
Python, guarantees that capacity never goes below zero however many terminals
write at once. Mechanics are read under a row lock before a decision
(PostgreSQL; a SQLite write transaction is exclusive already).

Statements are built once, with bind parameters, at import: building a
SQLAlchemy expression costs several times more than executing a cached one,
and these run on every command (see bench/lifecycle.py).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, bindparam, exists, insert, select, update

from app.mechanic.tables import man_day_reservation, mechanic
from app.persistence import Seen, check_guard
from app.prepared import Prepared
from domain.errors import NotFound
from domain.mechanic.model import Mechanic
from domain.mechanic.schedule import Slot

m = mechanic.c
resv = man_day_reservation.c

_ADD_MECHANIC = Prepared(insert(mechanic).returning(m.id))
_GET_MECHANIC_ROW = select(m.id, m.name, m.man_day).where(m.id == bindparam("mechanic_id"))
_GET_MECHANIC = Prepared(_GET_MECHANIC_ROW)
_GET_MECHANIC_LOCKED = Prepared(_GET_MECHANIC_ROW.with_for_update())
_SET_MAN_DAY = Prepared(
    update(mechanic).where(m.id == bindparam("mechanic_id")).values(man_day=bindparam("new_man_day"))
)
_RESERVE = Prepared(
    update(mechanic)
    .where(m.id == bindparam("mechanic_id"), m.man_day >= bindparam("wanted"))
    .values(man_day=m.man_day - bindparam("wanted"))
    .returning(m.man_day)
)
_RESERVE_AT_QUEUE_END = Prepared(
    update(mechanic)
    .where(m.id == bindparam("mechanic_id"), m.man_day >= bindparam("wanted"))
    .values(
        man_day=m.man_day - bindparam("wanted"), queue_end=bindparam("new_end"), planned_on=bindparam("new_planned_on")
    )
    .returning(m.man_day)
)
_ADD_RESERVATION = Prepared(insert(man_day_reservation))
_HAS_RESERVATION = Prepared(select(resv.receipt_id).where(resv.receipt_id == bindparam("rid")))
# One statement on the reservation's hot path: the mechanic, locked, and whether the receipt holds days already.
_FOR_RESERVATION = Prepared(
    select(m.id, m.name, m.man_day, exists().where(resv.receipt_id == bindparam("rid")).label("held"))
    .where(m.id == bindparam("mechanic_id"))
    .with_for_update(of=mechanic)
)
_END_RESERVATION = Prepared(
    update(man_day_reservation)
    .where(resv.receipt_id == bindparam("rid"), resv.released.is_(False))
    .values(released=True)
    .returning(resv.mechanic_id, resv.man_day)
)
_GIVE_BACK = Prepared(
    update(mechanic)
    .where(m.id == bindparam("mechanic_id"))
    .values(man_day=m.man_day + bindparam("days"))
    .returning(m.man_day)
)


class MechanicRepository:
    def __init__(self, conn: Connection, seen: Seen | None = None) -> None:
        self.conn = conn
        self.seen: Seen = [] if seen is None else seen

    def add(self, name: str, man_day: int, now: str) -> Mechanic:
        """A new mechanic (MechanicRegistered recorded)."""
        params = {"name": name, "man_day": man_day, "created_at": now}
        mechanic_id = int(_ADD_MECHANIC.run(self.conn, params).scalar_one())
        return self._seen(Mechanic.register(mechanic_id, name, man_day))

    def get(self, mechanic_id: int, *, for_update: bool = False) -> Mechanic:
        """The mechanic; `for_update` locks the row until commit, for a decision about their man-days."""
        row = (_GET_MECHANIC_LOCKED if for_update else _GET_MECHANIC).run(self.conn, {"mechanic_id": mechanic_id})
        found = row.first()
        if found is None:
            raise NotFound("mechanic.mechanic_not_found", mechanic_id=mechanic_id)
        return self._seen(Mechanic(found.id, found.name, found.man_day))

    def for_reservation(self, mechanic_id: int, receipt_id: int) -> Mechanic | None:
        """The mechanic, locked, to decide a receipt's reservation; None when the receipt has one already
        (or was cancelled before it had one: see `forbid_reservation`)."""
        found = _FOR_RESERVATION.run(self.conn, {"mechanic_id": mechanic_id, "rid": receipt_id}).first()
        if found is None:
            raise NotFound("mechanic.mechanic_not_found", mechanic_id=mechanic_id)
        if found.held:
            return None
        return self._seen(Mechanic(found.id, found.name, found.man_day))

    def _seen(self, mechanic: Mechanic) -> Mechanic:
        self.seen.append(mechanic)
        return mechanic

    def save_man_day(self, mechanic: Mechanic) -> None:
        _SET_MAN_DAY.run(self.conn, {"mechanic_id": mechanic.id, "new_man_day": mechanic.man_day})

    def reserve(
        self,
        mechanic: Mechanic,
        receipt_id: int,
        days: int,
        accepted_at: str = "",
        slot: Slot | None = None,
        today: date | None = None,
    ) -> None:
        """Write a reservation `mechanic.reserve` agreed to, behind the conditional UPDATE.

        With a `slot` (the place in the queue, planned on `today`) the job joins the
        end of the mechanic's queue in the same two statements: the queue's new end
        on the mechanic's row, the promise on the reservation.
        """
        params: dict[str, object] = {"mechanic_id": mechanic.id, "wanted": days}
        if slot is None or today is None:
            left = _RESERVE.run(self.conn, params).scalar()
            promise = None
        else:
            promise = slot.promised_date.isoformat()
            params |= {"new_end": promise, "new_planned_on": today.isoformat()}
            left = _RESERVE_AT_QUEUE_END.run(self.conn, params).scalar()
        check_guard("the man-days of mechanic", mechanic.id, left, mechanic.man_day)
        _ADD_RESERVATION.run(
            self.conn,
            {
                "receipt_id": receipt_id,
                "mechanic_id": mechanic.id,
                "man_day": days,
                "released": False,
                "accepted_at": accepted_at,
                "promised_date": promise,
            },
        )

    def take(self, mechanic: Mechanic, days: int) -> None:
        """Write the days `mechanic.take_over` took, behind the same conditional UPDATE as a reservation."""
        left = _RESERVE.run(self.conn, {"mechanic_id": mechanic.id, "wanted": days}).scalar()
        check_guard("the man-days of mechanic", mechanic.id, left, mechanic.man_day)

    def has_reservation(self, receipt_id: int) -> bool:
        return _HAS_RESERVATION.run(self.conn, {"rid": receipt_id}).first() is not None

    def forbid_reservation(self, receipt_id: int, mechanic_id: int) -> None:
        """A released, empty reservation: the receipt was cancelled before any was made."""
        if not self.has_reservation(receipt_id):
            _ADD_RESERVATION.run(
                self.conn,
                {"receipt_id": receipt_id, "mechanic_id": mechanic_id, "man_day": 0, "released": True},
            )

    def end_reservation(self, receipt_id: int) -> tuple[int, int] | None:
        """Mark a receipt's reservation released (once); (mechanic_id, days) to give back, or None."""
        row = _END_RESERVATION.run(self.conn, {"rid": receipt_id}).first()
        return None if row is None else (int(row.mechanic_id), int(row.man_day))

    def give_back(self, mechanic: Mechanic, days: int) -> None:
        """Write the days `mechanic.release` took back."""
        left = _GIVE_BACK.run(self.conn, {"mechanic_id": mechanic.id, "days": days}).scalar()
        check_guard("the man-days of mechanic", mechanic.id, left, mechanic.man_day)
