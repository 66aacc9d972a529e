"""The unit of work: one database transaction that commits state and events together.

A handler changes state through the repositories and records events with
`uow.record(...)`; `commit()` appends them to the event log, projects them onto
the status board, and commits all of it at once. Leaving the block without
`commit()` rolls everything back: a refused command writes nothing.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from types import TracebackType
from typing import Protocol

from sqlalchemy import Connection, insert

from app.db import Database
from app.eventlog.repository import EventLogRepository, SeriesRepository
from app.eventlog.serialization import LoggedEvent, to_json
from app.eventlog.tables import event_log
from app.jobs.repository import JobRepository
from app.mechanic.repository import MechanicRepository
from app.reception.repository import InvoiceRepository, ReceiptRepository
from app.reception.till import TillRepository
from app.vehicleparts.repository import PartRepository
from domain.events import Event

__all__ = ["Clock", "LoggedEvent", "UnitOfWork", "local_now"]

Projector = Callable[[Connection, int, Event], None]


_APPEND_EVENT = insert(event_log).returning(event_log.c.id)


class EventDelivery(Protocol):
    def deliver(self, logged: LoggedEvent, uow: UnitOfWork, fresh: bool) -> list[LoggedEvent]: ...


Clock = Callable[[], datetime]


def local_now() -> datetime:
    return datetime.now().astimezone()


class UnitOfWork:
    def __init__(
        self,
        db: Database,
        actor: str,
        terminal: str,
        projector: Projector,
        bus: EventDelivery,
        clock: Clock = local_now,
    ) -> None:
        self._db = db
        self.actor = actor
        self.terminal = terminal
        self._projector = projector
        self._bus = bus
        self._clock = clock
        self._recorded: list[Event] = []
        self.logged: list[LoggedEvent] = []
        self._committed = False
        self._savepoints = 0

    def __enter__(self) -> UnitOfWork:
        self.conn = self._db.write.connect()
        self._tx = self.conn.begin()
        self.mechanics = MechanicRepository(self.conn)
        self.parts = PartRepository(self.conn)
        self.receipts = ReceiptRepository(self.conn)
        self.jobs = JobRepository(self.conn)
        self.invoices = InvoiceRepository(self.conn)
        self.series = SeriesRepository(self.conn)
        self.till = TillRepository(self.conn)
        self.event_log = EventLogRepository(self.conn)
        self.now = self._clock()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if not self._committed and self._tx.is_active:
                self._tx.rollback()
        finally:
            self.conn.close()

    def now_text(self) -> str:
        return self.now.isoformat(timespec="seconds")

    def record(self, *events: Event) -> None:
        self._recorded.extend(events)

    def flush_events(self) -> list[LoggedEvent]:
        """Append what was recorded to the log and the board, inside this transaction."""
        out: list[LoggedEvent] = []
        stamp = self.now_text()
        for event in self._recorded:
            event_id = self.conn.execute(
                _APPEND_EVENT,
                {
                    "event_type": event.event_type,
                    "payload": to_json(event),
                    "actor": self.actor,
                    "terminal": self.terminal,
                    "occurred_at": stamp,
                    # Logged as delivered: commit() delivers it inside this same transaction, and
                    # the bus flips the flag back (with the policies that did succeed) on failure.
                    "dispatched": True,
                },
            ).scalar_one()
            self._projector(self.conn, event_id, event)
            out.append(LoggedEvent(event_id, event, self.actor, self.terminal, stamp))
        self._recorded.clear()
        self.logged.extend(out)
        return out

    def commit(self, caused: Iterable[LoggedEvent] = ()) -> list[LoggedEvent]:
        """Log what was recorded, deliver it to every policy, and commit all of it at once.

        Each policy runs in its own savepoint: one that fails is undone alone, its
        event stays pending for a retry, and the command still commits.
        """
        queue = deque(caused)
        queue.extend(self.flush_events())
        while queue:
            queue.extend(self._bus.deliver(queue.popleft(), self, fresh=True))
        self._tx.commit()
        self._committed = True
        return self.logged

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A nested transaction: a failing policy is undone alone, the others stay.

        Plain SAVEPOINT statements (SQLite and PostgreSQL alike): four times cheaper
        than SQLAlchemy's nested-transaction bookkeeping on this hot path.
        """
        self._savepoints += 1
        name = f"policy_{self._savepoints}"
        mark = len(self._recorded)
        logged_mark = len(self.logged)
        self.conn.exec_driver_sql(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            self.conn.exec_driver_sql(f"ROLLBACK TO SAVEPOINT {name}")
            self.conn.exec_driver_sql(f"RELEASE SAVEPOINT {name}")
            del self._recorded[mark:]
            del self.logged[logged_mark:]
            raise
        else:
            self.conn.exec_driver_sql(f"RELEASE SAVEPOINT {name}")
