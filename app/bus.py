"""The signal bus: blinker signals named after events, with the policies as receivers.

Contexts never call each other: a policy is connected to the signal of the event
it reacts to. Delivery runs every receiver of an event inside one transaction,
each in its own savepoint, and marks (event, policy) done in the same savepoint,
so a policy is applied exactly once even when delivery is retried after a crash,
and one failing policy is logged and retried later without undoing the others.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from blinker import Namespace

from app.handling import HandlerSettings, PolicySpec
from app.uow import LoggedEvent, UnitOfWork

log = logging.getLogger(__name__)


@dataclass
class PolicyOutcome:
    ok: bool
    new_events: list[LoggedEvent] = field(default_factory=list)
    policy: str = ""
    done_before: bool = False


class EventBus:
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

        def receiver(
            _sender: object, *, logged: LoggedEvent, uow: UnitOfWork, fresh: bool
        ) -> PolicyOutcome:
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
