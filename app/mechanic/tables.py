"""Tables of the mechanic context: mechanics, the man-days held for receipts, and working days.

A reservation not yet released is a job in the mechanic's queue: `accepted_at`
orders the queue, `started_on` is set when the job starts, `promised_date` is
the promise given (it only ever moves earlier). The mechanic row keeps where
the queue ends (`queue_end`) as planned on `planned_on`, so a booking on the
same day is placed in O(1) (domain.mechanic.schedule.promise_for_new).
"""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, Column, ForeignKey, Index, Integer, String, Table

from app.metadata import metadata

mechanic = Table(
    "mechanic",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(80), nullable=False),
    Column("man_day", Integer, nullable=False),
    Column("created_at", String(32), nullable=False),
    # Seven marks, Monday first, 1 a working day (domain.mechanic.schedule.weekdays_from_mask).
    Column("working_weekdays", String(7), nullable=False, default="1111110", server_default="1111110"),
    Column("queue_end", String(10), nullable=True),
    Column("planned_on", String(10), nullable=True),
    CheckConstraint("man_day >= 0", name="man_day_not_negative"),
)


man_day_reservation = Table(
    "man_day_reservation",
    metadata,
    Column("receipt_id", Integer, primary_key=True, autoincrement=False),
    Column("mechanic_id", Integer, ForeignKey("mechanic.id"), nullable=False),
    Column("man_day", Integer, nullable=False),
    Column("released", Boolean, nullable=False, default=False),
    Column("accepted_at", String(32), nullable=False, default="", server_default=""),
    Column("started_on", String(10), nullable=True),
    Column("promised_date", String(10), nullable=True),
)
Index("ix_man_day_reservation_queue", man_day_reservation.c.mechanic_id, man_day_reservation.c.released)


mechanic_day_off = Table(
    "mechanic_day_off",
    metadata,
    Column("mechanic_id", Integer, ForeignKey("mechanic.id"), primary_key=True),
    Column("day", String(10), primary_key=True),
)


shop_closure = Table(
    "shop_closure",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("first_day", String(10), nullable=False),
    Column("last_day", String(10), nullable=False),
    Column("note", String(80), nullable=False, default="", server_default=""),
)
