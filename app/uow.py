"""The unit of work: one database transaction that commits state and events together.

A handler changes state through the aggregates the repositories hand out; the
unit of work collects the events they record (and any a handler records itself
with `uow.record(...)`, for a thing that is only being created). `commit()`
appends them to the event log, projects them onto the status board, and commits
all of it at once. Leaving the block without `commit()` rolls everything back:
a refused command writes nothing.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from itertools import pairwise
from types import TracebackType
from typing import Protocol

from sqlalchemy import Connection, bindparam, insert

from app.billing.repository import BillRepository, IssuedInvoices
from app.customers.repository import CustomerRepository
from app.db import Database
from app.estimates.repository import EstimateRepository
from app.eventlog import chain
from app.eventlog.repository import EventLogRepository, SeriesRepository
from app.eventlog.serialization import LoggedEvent, to_json
from app.eventlog.tables import event_log
from app.jobs.repository import JobRepository
from app.mechanic.repository import MechanicRepository
from app.mechanic.schedule import ScheduleRepository
from app.persistence import Seen, savepoint
from app.prepared import Prepared
from app.reception.repository import InvoiceRepository, ReceiptRepository
from app.reception.till import TillRepository
from app.users.repository import UserRepository
from app.vehicleparts.repository import PartRepository
from domain.events import Event

__all__ = ["Clock", "LoggedEvent", "UnitOfWork", "local_now"]

Projector = Callable[[Connection, int, Event], None]


_APPEND_EVENT = Prepared(insert(event_log).returning(event_log.c.id))
_EVENT_COLUMNS = (
    "event_type",
    "payload",
    "actor",
    "user_id",
    "role",
    "terminal",
    "occurred_at",
    "dispatched",
    "chain_hash",
)
#: One INSERT of n events (n ≥ 2), by n, built on first use.
_APPEND_EVENTS: dict[int, Prepared] = {}


def _append_events(conn: Connection, rows: list[dict[str, object]]) -> list[int]:
    """Insert the rows (in chain order) and return their ids, in the same order.

    Several rows go in one multi-row INSERT; the ids come back matched by chain hash
    (unique: each hash covers the one before it), whatever order the database returns
    them in, and must rise in chain order, as every reader of the chain expects.
    """
    if len(rows) == 1:
        return [int(_APPEND_EVENT.run(conn, rows[0]).scalar_one())]
    n = len(rows)
    stmt = _APPEND_EVENTS.get(n)
    if stmt is None:
        columns = event_log.c
        values = [{c: bindparam(f"{c}_{k}", type_=columns[c].type) for c in _EVENT_COLUMNS} for k in range(n)]
        stmt = _APPEND_EVENTS[n] = Prepared(insert(event_log).values(values).returning(columns.id, columns.chain_hash))
    params = {f"{c}_{k}": row[c] for k, row in enumerate(rows) for c in _EVENT_COLUMNS}
    by_hash = {r.chain_hash: int(r.id) for r in stmt.run(conn, params)}
    ids = [by_hash[row["chain_hash"]] for row in rows]
    if len(by_hash) != n or any(a >= b for a, b in pairwise(ids)):
        raise RuntimeError(f"the event log gave ids {ids} to {n} events in chain order; the transaction is undone")
    return ids


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
        *,
        user_id: int | None = None,
        role: str = "",
    ) -> None:
        self._db = db
        self.actor = actor
        #: The signed-in user giving the command (None in a shop without users) and their role.
        self.user_id = user_id
        self.role = role
        self.terminal = terminal
        self._projector = projector
        self._bus = bus
        self._clock = clock
        self.logged: list[LoggedEvent] = []
        self._committed = False
        self._now_of_text: datetime | None = None
        self._now_text = ""

    def __enter__(self) -> UnitOfWork:
        self.conn = self._db.write.connect()
        self._tx = self.conn.begin()
        #: Every aggregate the repositories handed out, and what handlers recorded, in order.
        self.seen: Seen = []
        self.mechanics = MechanicRepository(self.conn, self.seen)
        self.schedule = ScheduleRepository(self.conn, self.seen)
        self.parts = PartRepository(self.conn, self.seen)
        self.receipts = ReceiptRepository(self.conn, self.seen)
        self.jobs = JobRepository(self.conn, self.seen)
        self.invoices = InvoiceRepository(self.conn)
        self.series = SeriesRepository(self.conn)
        self.till = TillRepository(self.conn)
        self.bills = BillRepository(self.conn, self.series, self.seen)
        self.issued_invoices = IssuedInvoices(self.conn)
        self.event_log = EventLogRepository(self.conn)
        self.users = UserRepository(self.conn, self.seen)
        #: The event chain's head, locked by the first event this transaction logs.
        self.chain: chain.ChainHead | None = None
        self.estimates = EstimateRepository(self.conn, self.seen)
        self.now = self._clock()
        self.customers = CustomerRepository(self.conn, self.seen, self.now_text())
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
        # Asked some thirty times a lifecycle (every event's stamp, every row's date): made once per `now`.
        now = self.now
        if now is not self._now_of_text:
            self._now_of_text, self._now_text = now, now.isoformat(timespec="seconds")
        return self._now_text

    def chain_code(self) -> str:
        """The event chain's head as it stands in this transaction, short (locks the head until commit)."""
        if self.chain is None:
            self.chain = chain.lock_head(self.conn)
        return chain.short_code(self.chain.head)

    def record(self, *events: Event) -> None:
        """Record events no aggregate records (a receipt or job being created, money taken)."""
        self.seen.append(_Recorded(list(events)))

    def collect_new_events(self) -> Iterator[Event]:
        """Take the events every aggregate handed out so far recorded, in the order they were seen."""
        for aggregate in self.seen:
            while aggregate.events:
                yield aggregate.events.pop(0)
        self.seen.clear()  # each gave its events; a handler is done with them

    def flush_events(self) -> list[LoggedEvent]:
        """Append what was recorded to the log and the board, inside this transaction.

        The events of one flush (a command's, or one policy's) are chained in the order they
        were recorded and written by one INSERT; each gets its id back by its chain hash.
        """
        events = list(self.collect_new_events())
        if not events:
            return []
        if self.chain is None:
            self.chain = chain.lock_head(self.conn)
        stamp = self.now_text()
        actor, user_id, role, terminal = self.actor, self.user_id, self.role, self.terminal
        rows: list[dict[str, object]] = []
        head = self.chain.head
        for event in events:
            payload = to_json(event)
            head = chain.link(head, event.event_type, payload, actor, user_id, role, terminal, stamp)
            rows.append(
                {
                    "event_type": event.event_type,
                    "payload": payload,
                    "actor": actor,
                    "user_id": user_id,
                    "role": role,
                    "terminal": terminal,
                    "occurred_at": stamp,
                    # Logged as delivered: commit() delivers it inside this same transaction, and
                    # the bus flips the flag back (with the policies that did succeed) on failure.
                    "dispatched": True,
                    "chain_hash": head,
                }
            )
        ids = _append_events(self.conn, rows)
        out: list[LoggedEvent] = []
        for event, row, event_id in zip(events, rows, ids, strict=True):
            self.chain.append(event_id, str(row["chain_hash"]))
            self._projector(self.conn, event_id, event)
            out.append(LoggedEvent(event_id, event, actor, terminal, stamp, user_id, role))
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
        if self.chain is not None:
            chain.store_head(self.conn, self.chain)
        self._tx.commit()
        self._committed = True
        return self.logged

    def savepoint(self) -> _PolicySavepoint:
        """A nested transaction: a failing policy is undone alone, with the events it recorded."""
        return _PolicySavepoint(self)


class _PolicySavepoint:
    """`UnitOfWork.savepoint()`: the database's savepoint, and the events recorded inside it."""

    __slots__ = ("_chain_mark", "_logged_mark", "_savepoint", "_seen_mark", "_uow")

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow
        self._savepoint = savepoint(uow.conn)

    def __enter__(self) -> None:
        self._seen_mark, self._logged_mark = len(self._uow.seen), len(self._uow.logged)
        self._chain_mark = None if self._uow.chain is None else self._uow.chain.mark()
        self._savepoint.__enter__()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if exc_type is None:
            # A policy that succeeded leaves its savepoint open rather than RELEASE it: the next
            # policy's savepoint nests inside it, a failing one still rolls back to its own
            # savepoint only (what came before it stays), and the command's COMMIT ends them all
            # with the transaction, on SQLite and PostgreSQL alike. One statement a policy, not two.
            return
        if exc_type is not None:  # what the policy recorded goes with what it wrote
            seen = self._uow.seen
            for aggregate in seen[self._seen_mark :]:
                aggregate.events.clear()
            del seen[self._seen_mark :]
            del self._uow.logged[self._logged_mark :]
            # The events the savepoint takes back leave the chain too.
            if self._chain_mark is None:
                self._uow.chain = None  # the lock was taken inside it; taken again by the next event
            elif self._uow.chain is not None:
                self._uow.chain.restore(self._chain_mark)
        self._savepoint.__exit__(exc_type, exc, tb)


class _Recorded:
    """Events a handler recorded itself, kept in line with the aggregates' (see `UnitOfWork.record`)."""

    __slots__ = ("events",)

    def __init__(self, events: list[Event]) -> None:
        self.events = events
