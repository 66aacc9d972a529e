"""The message bus: a command in, and every policy it sets off, in one transaction.

`MessageBus.handle(command, actor)` looks the command's handler up, runs it in a
unit of work, and commits it with the events it caused *and* everything the
policies on this terminal did about them, so the caller reads its own writes
at once. Before the command it delivers what a failed policy left pending (with
a backoff), and refuses a command about a receipt, job or invoice whose update
still waits. Writers on this terminal take turns on one lock; after each
commit the after-commit hooks run (the PDF writer, the screens).

`EventBus` is the event side: blinker signals named after the events, with the
policies connected as receivers. Contexts never call each other; a policy is
connected to the signal of the event it reacts to. Delivery runs every receiver
of an event inside the transaction, each in its own savepoint, and marks
(event, policy) done in the same savepoint, so a policy is applied exactly once
even when delivery is retried after a crash, and one failing policy is logged
and retried later without undoing the others.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from blinker import Namespace
from sqlalchemy.exc import DBAPIError, IntegrityError

from app.db import Database
from app.eventlog.repository import EventLogRepository
from app.faults import DatabaseUnavailable as DatabaseUnavailable
from app.faults import is_fault, loggable, translate_database_error
from app.handling import CommandHandler, HandlerSettings, PolicySpec, RefusalToKeep
from app.uow import LoggedEvent, UnitOfWork
from domain.errors import Conflict, DomainError
from domain.events import Event
from domain.messages import Command

log = logging.getLogger(__name__)

#: Seconds before an event whose policy failed is retried again ahead of a command.
RETRY_BACKOFF = 5.0

#: Called after every commit on this terminal with the events it logged.
AfterCommit = Callable[[list[LoggedEvent]], None]

#: Asked inside the command's unit of work, before its handler: raises to refuse (app.users.guard).
Authorise = Callable[[UnitOfWork, Command, Any], None]


class UpdateWaiting(DomainError):
    """An earlier event about the same receipt, job or invoice is still waiting for a policy."""


@dataclass
class PolicyOutcome:
    ok: bool
    new_events: list[LoggedEvent] = field(default_factory=list)
    policy: str = ""
    done_before: bool = False


class EventBus:
    """The policies of every context, as receivers of blinker signals named after events."""

    def __init__(self, settings: HandlerSettings) -> None:
        self.signals = Namespace()
        self._settings = settings
        self._policies: dict[str, list[str]] = {}
        # blinker holds receivers weakly; the bus keeps them alive for its lifetime.
        self._receivers: list[Any] = []
        #: Sent after every commit on this terminal with `events=[LoggedEvent, ...]`.
        self.committed = self.signals.signal("committed")

    def subscribe(self, spec: PolicySpec) -> None:
        name = spec.event_type.__name__
        settings = self._settings

        def receiver(_sender: object, *, logged: LoggedEvent, uow: UnitOfWork, fresh: bool) -> PolicyOutcome:
            # A fresh event was logged in this very transaction: no one else can have
            # applied a policy to it, so the exactly-once bookkeeping is only needed
            # for events delivered again after a crash or a failure.
            if not fresh and uow.event_log.policy_done(logged.id, spec.name):
                return PolicyOutcome(True, done_before=True)
            try:
                with uow.savepoint():
                    spec.run(logged.event, uow, settings)
                    if not fresh:
                        uow.event_log.mark_policy_done(logged.id, spec.name)
                    new = uow.flush_events()
            except Exception:
                log.exception("policy %s failed on event %s #%d; will retry", spec.name, name, logged.id)
                return PolicyOutcome(False, policy=spec.name)
            return PolicyOutcome(True, new, policy=spec.name)

        receiver.__name__ = spec.name
        self.signals.signal(name).connect(receiver, weak=False)
        self._receivers.append(receiver)
        self._policies.setdefault(name, []).append(spec.name)

    def deliver(self, logged: LoggedEvent, uow: UnitOfWork, fresh: bool = False) -> list[LoggedEvent]:
        """Run every policy of one event inside `uow`; returns the events they caused.

        `fresh` events were logged (as delivered) in this transaction; others come
        from the log after a crash or a failed policy and are claimed first.
        """
        return self.deliver_checked(logged, uow, fresh)[0]

    def deliver_checked(
        self, logged: LoggedEvent, uow: UnitOfWork, fresh: bool = False
    ) -> tuple[list[LoggedEvent], bool]:
        """Like `deliver`, and whether every policy succeeded (else the event stays pending)."""
        if logged.event.event_type not in self._policies:
            return [], True
        if not fresh and not uow.event_log.claim(logged.id):
            return [], True  # another terminal delivered it already
        caused: list[LoggedEvent] = []
        succeeded: list[str] = []
        failed = False
        for _receiver, outcome in self.signals.signal(logged.event.event_type).send(
            self, logged=logged, uow=uow, fresh=fresh
        ):
            if outcome.ok:
                caused.extend(outcome.new_events)
                if not outcome.done_before:
                    succeeded.append(outcome.policy)
            else:
                failed = True
        if fresh and failed:
            # Keep the event pending, and remember which policies already applied it.
            uow.event_log.mark_pending(logged.id)
            for policy in succeeded:
                uow.event_log.mark_policy_done(logged.id, policy)
        elif not fresh and not failed:
            uow.event_log.mark_dispatched(logged.id)
        return caused, not failed


class MessageBus:
    """Commands in, one transaction each, policies and all; pending events retried first."""

    def __init__(
        self,
        db: Database,
        unit_of_work: Callable[..., UnitOfWork],
        handlers: dict[type[Command], CommandHandler],
        events: EventBus,
        settings: HandlerSettings,
    ) -> None:
        self.db = db
        self._unit_of_work = unit_of_work
        self._handlers = handlers
        self.events = events
        self._settings = settings
        #: Writers on this terminal take turns: commands, retries, the board's rebuild, PDF hashes.
        self.lock = threading.RLock()
        #: Run after every commit on this terminal, in order (a failing one is logged, never raised).
        self.after_commit: list[AfterCommit] = []
        self._retry_after: dict[int, float] = {}
        #: The permission check (app.users.guard); None lets every command through.
        self.authorise: Authorise | None = None

    def unit_of_work(self, actor: str, *, user_id: int | None = None, role: str = "") -> UnitOfWork:
        """A unit of work recording `actor` (and the signed-in user's id and role) on what it logs."""
        return self._unit_of_work(actor, user_id=user_id, role=role)

    def handle(self, command: Command, actor: str, user: Any = None) -> Any:
        """Run a command and every policy it sets off, in one transaction; returns its result.

        The policies run inside the command's transaction, each in a savepoint: the
        command and everything it caused on this terminal commit together, and a
        failing policy is logged and left pending without breaking the command.
        `user` is the signed-in user (app.users.guard.SignedInUser), checked by
        `authorise` before the handler runs; None in a shop without users.
        """
        handler = self._handlers.get(type(command))
        if handler is None:
            raise DomainError("common.unknown_command", command=type(command).__name__)
        command = command.validated()
        refusal: DomainError | None = None
        user_id, role = (None, "") if user is None else (user.id, user.role)
        with self.lock:
            try:
                with self._unit_of_work(actor, user_id=user_id, role=role) as uow:
                    if self.authorise is not None:
                        self.authorise(uow, command, user)
                    retried, waiting = self._retry_pending(uow)
                    _refuse_if_waiting(command, waiting)
                    try:
                        result = handler(command, uow, self._settings)
                    except RefusalToKeep as keep:
                        result, refusal = None, keep.refusal
                    logged = uow.commit(retried)
            except IntegrityError as exc:
                # Writers take turns, so a constraint should never fire: log it loudly (no values: see app.faults).
                log.error("command %s refused by a database constraint: %s", type(command).__name__, loggable(exc))
                raise Conflict("common.database_conflict") from None
            except DBAPIError as exc:
                if not is_fault(exc):
                    raise
                log.error("command %s: the database refused it: %s", type(command).__name__, loggable(exc))
                raise translate_database_error(exc) from None
            self._notify(logged)
        if refusal is not None:
            raise refusal
        return result

    def _retry_pending(self, uow: UnitOfWork) -> tuple[list[LoggedEvent], list[Event]]:
        """First deliver what a failed policy left pending, so no command overtakes it.

        One indexed query when nothing is pending (the usual case). Returns the
        events the retried policies caused, and the events still waiting: an event
        whose policy fails again is left alone for RETRY_BACKOFF seconds, and
        meanwhile commands about the same receipt, job or invoice are refused.
        """
        caused: list[LoggedEvent] = []
        waiting: list[Event] = []
        now = time.monotonic()
        for pending in uow.event_log.pending():
            if self._retry_after.get(pending.id, 0.0) > now:
                waiting.append(pending.event)
                continue
            more, ok = self.events.deliver_checked(pending, uow, fresh=False)
            caused.extend(more)
            if ok:
                self._retry_after.pop(pending.id, None)
            else:
                self._retry_after[pending.id] = now + RETRY_BACKOFF
                waiting.append(pending.event)
        return caused, waiting

    def _deliver_again(self, pending: LoggedEvent) -> bool:
        """Deliver one event from the log in its own transaction; False if it stays pending."""
        try:
            with self._unit_of_work(pending.actor, user_id=pending.user_id, role=pending.role) as uow:
                caused, ok = self.events.deliver_checked(pending, uow, fresh=False)
                logged = uow.commit(caused)
        except Exception:
            log.exception("delivering event #%d failed; it stays pending and will be retried", pending.id)
            return False
        self._notify(logged)
        return ok

    def deliver_pending(self) -> int:
        """Deliver events committed but not yet handled (after a crash); returns how many."""
        count = 0
        while True:
            with self.db.read.connect() as conn:
                batch = EventLogRepository(conn).pending(200)
            if not batch:
                return count
            with self.lock:
                delivered = [self._deliver_again(pending) for pending in batch]
            count += len(batch)
            if not all(delivered):
                log.warning("some events could not be delivered; see the log above")
                return count

    def notify(self, logged: list[LoggedEvent]) -> None:
        """Tell the after-commit listeners about events committed outside `handle` (signing in)."""
        self._notify(logged)

    def _notify(self, logged: list[LoggedEvent]) -> None:
        if not logged:
            return
        self.events.committed.send(self, events=logged)
        for callback in list(self.after_commit):
            try:
                callback(logged)
            except Exception:
                log.exception("after-commit listener failed")


def _refuse_if_waiting(command: Command, waiting: list[Event]) -> None:
    """Refuse a command on a receipt, job or invoice that still has an update waiting.

    Acting on it now could contradict what the waiting update will record (e.g.
    cancel a receipt whose job has in fact started).
    """
    for event in waiting:
        for key, code in _WAITING.items():
            value = getattr(command, key, None)
            if value is not None and getattr(event, key, None) == value:
                raise UpdateWaiting(code, event=event.event_type)


#: What a command is about, and the refusal when an update of that thing waits.
_WAITING = {
    "receipt_id": "common.update_waiting_receipt",
    "job_id": "common.update_waiting_job",
    "invoice_no": "common.update_waiting_invoice",
}
