"""The unit of work: one database transaction that commits state and events together.

A handler changes state through the repositories and records events with
`uow.record(...)`; `commit()` appends them to the event log, projects them onto
the status board, and commits all of it at once. Leaving the block without
`commit()` rolls everything back: a refused command writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from types import TracebackType

from sqlalchemy import Connection, insert

from app import schema
from app.db import Database
from app.repositories import (
    EventLogRepository,
    InvoiceRepository,
    JobRepository,
    MechanicRepository,
    PartRepository,
    ReceiptRepository,
    SeriesRepository,
)
from app.serialization import to_json
from domain.events import Event


@dataclass(frozen=True)
class LoggedEvent:
    """An event as kept in the log: its id, who and which terminal, and when."""

    id: int
    event: Event
    actor: str
    terminal: str
    occurred_at: str
    dispatched: bool


Projector = Callable[[Connection, int, Event], None]
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
        has_policies: Callable[[Event], bool],
        clock: Clock = local_now,
    ) -> None:
        self._db = db
        self.actor = actor
        self.terminal = terminal
        self._projector = projector
        self._has_policies = has_policies
        self._clock = clock
        self._recorded: list[Event] = []
        self.logged: list[LoggedEvent] = []
        self._committed = False

    def __enter__(self) -> UnitOfWork:
        self.conn = self._db.write.connect()
        self._tx = self.conn.begin()
        self.mechanics = MechanicRepository(self.conn)
        self.parts = PartRepository(self.conn)
        self.receipts = ReceiptRepository(self.conn)
        self.jobs = JobRepository(self.conn)
        self.invoices = InvoiceRepository(self.conn)
        self.series = SeriesRepository(self.conn)
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
            dispatched = not self._has_policies(event)
            event_id = self.conn.execute(
                insert(schema.event_log).returning(schema.event_log.c.id),
                {
                    "event_type": event.event_type,
                    "payload": to_json(event),
                    "actor": self.actor,
                    "terminal": self.terminal,
                    "occurred_at": stamp,
                    "dispatched": dispatched,
                },
            ).scalar_one()
            self._projector(self.conn, event_id, event)
            out.append(LoggedEvent(event_id, event, self.actor, self.terminal, stamp, dispatched))
        self._recorded.clear()
        self.logged.extend(out)
        return out

    def commit(self) -> list[LoggedEvent]:
        self.flush_events()
        self._tx.commit()
        self._committed = True
        return self.logged

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A nested transaction: a failing policy is undone alone, the others stay."""
        mark = len(self._recorded)
        nested = self.conn.begin_nested()
        try:
            yield
        except BaseException:
            nested.rollback()
            del self._recorded[mark:]
            raise
        else:
            nested.commit()
