"""The event log and the document number series behind small, explicit SQL.

Statements are built once, with bind parameters, at import: building a
SQLAlchemy expression costs several times more than executing a cached one,
and these run on every command (see bench/lifecycle.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import Connection, bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError

from app.eventlog.serialization import LoggedEvent, from_json
from app.eventlog.tables import event_log, number_series, policy_done
from app.persistence import savepoint
from app.prepared import Prepared
from domain.events import Event

ev = event_log.c

# -- number series --------------------------------------------------------------
_NEXT_SEQ = Prepared(
    update(number_series)
    .where(number_series.c.series == bindparam("name"))
    .values(last_seq=number_series.c.last_seq + 1)
    .returning(number_series.c.last_seq)
)
_OPEN_SERIES = insert(number_series)

# -- event log ----------------------------------------------------------------------
_CLAIM = select(ev.dispatched).where(ev.id == bindparam("event_id")).with_for_update()
_POLICY_DONE = select(policy_done.c.event_id).where(
    policy_done.c.event_id == bindparam("event_id"), policy_done.c.policy == bindparam("name")
)
_MARK_POLICY_DONE = insert(policy_done)
_PENDING = Prepared(
    select(ev.id, ev.event_type, ev.payload, ev.actor, ev.terminal, ev.occurred_at, ev.user_id, ev.role)
    .where(ev.dispatched.is_(False))
    .order_by(ev.id)
    .limit(bindparam("most"))
)
_SET_DISPATCHED = update(event_log).where(ev.id == bindparam("event_id")).values(dispatched=bindparam("flag"))


class SeriesRepository:
    """Gapless document numbers: the counter row is locked by the UPDATE until commit."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def next(self, series: str) -> int:
        seq = _NEXT_SEQ.run(self.conn, {"name": series}).scalar()
        if seq is not None:
            return int(seq)
        try:
            with savepoint(self.conn):
                self.conn.execute(_OPEN_SERIES, {"series": series, "last_seq": 1})
            return 1
        except IntegrityError:  # another terminal opened the series at the same moment
            return self.next(series)


class EventLogRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def claim(self, event_id: int) -> bool:
        """Lock an event for delivery; False if it was delivered already."""
        dispatched = self.conn.execute(_CLAIM, {"event_id": event_id}).scalar()
        return dispatched is False or dispatched == 0

    def policy_done(self, event_id: int, policy: str) -> bool:
        return self.conn.execute(_POLICY_DONE, {"event_id": event_id, "name": policy}).first() is not None

    def mark_policy_done(self, event_id: int, policy: str) -> None:
        self.conn.execute(_MARK_POLICY_DONE, {"event_id": event_id, "policy": policy})

    def pending(self, most: int = 20) -> list[LoggedEvent]:
        """The oldest events still waiting for a policy (indexed on dispatched, id)."""
        return [
            LoggedEvent(
                row.id,
                from_json(row.event_type, row.payload),
                row.actor,
                row.terminal,
                row.occurred_at,
                row.user_id,
                row.role,
            )
            for row in _PENDING.run(self.conn, {"most": most})
        ]

    def replay(self, event_types: Iterable[str], batch: int = 5000) -> Iterator[tuple[int, Event]]:
        """(id, event) of every logged event of these types, oldest first, read in batches."""
        types = list(event_types)
        last = 0
        while True:
            rows = self.conn.execute(
                select(ev.id, ev.event_type, ev.payload)
                .where(ev.id > last, ev.event_type.in_(types))
                .order_by(ev.id)
                .limit(batch)
            ).all()
            if not rows:
                return
            for row in rows:
                yield row.id, from_json(row.event_type, row.payload)
            last = rows[-1].id

    def mark_pending(self, event_id: int) -> None:
        self.conn.execute(_SET_DISPATCHED, {"event_id": event_id, "flag": False})

    def mark_dispatched(self, event_id: int) -> None:
        self.conn.execute(_SET_DISPATCHED, {"event_id": event_id, "flag": True})
