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

from app.handlers import HandlerSettings, PolicySpec
from app.uow import LoggedEvent, UnitOfWork
from domain.events import Event

log = logging.getLogger(__name__)


@dataclass
class PolicyOutcome:
    ok: bool
    new_events: list[LoggedEvent] = field(default_factory=list)


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

        def receiver(_sender: object, *, logged: LoggedEvent, uow: UnitOfWork) -> PolicyOutcome:
            if uow.event_log.policy_done(logged.id, spec.name):
                return PolicyOutcome(True)
            try:
                with uow.savepoint():
                    spec.run(logged.event, uow, settings)
                    uow.event_log.mark_policy_done(logged.id, spec.name)
                    new = uow.flush_events()
            except Exception:
                log.exception("policy %s failed on event %s #%d; will retry", spec.name, name, logged.id)
                return PolicyOutcome(False)
            return PolicyOutcome(True, new)

        receiver.__name__ = spec.name
        self.signals.signal(name).connect(receiver, weak=False)
        self._receivers.append(receiver)
        self._policies.setdefault(name, []).append(spec.name)

    def has_policies(self, event: Event) -> bool:
        return event.event_type in self._policies

    def policies_for(self, event_type: str) -> list[str]:
        return list(self._policies.get(event_type, []))

    def deliver(self, logged: LoggedEvent, uow: UnitOfWork) -> list[LoggedEvent]:
        """Run every policy of one event; returns the events they caused."""
        if not uow.event_log.claim(logged.id):
            return []  # another terminal delivered it already
        caused: list[LoggedEvent] = []
        all_ok = True
        for _receiver, outcome in self.signals.signal(logged.event.event_type).send(self, logged=logged, uow=uow):
            all_ok = all_ok and outcome.ok
            caused.extend(outcome.new_events)
        if all_ok:
            uow.event_log.mark_dispatched(logged.id)
        return caused
