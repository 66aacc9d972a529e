"""What every context's handlers share: the settings they get, and how a policy is declared.

Each context's `app/<context>/handlers.py` exposes COMMAND_HANDLERS (command
type -> handler) and POLICIES (policy name, event type, function); app.contexts
lists them. A handler is a plain function of the command, the unit of work and
the settings it needs; a policy is a plain function of the event and the unit
of work. Neither publishes anything: the unit of work collects the events they
cause, and the bus delivers them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from app.uow import UnitOfWork
from domain.errors import DomainError
from domain.events import Event
from domain.users.model import DEFAULT_LOCKOUT_MINUTES


@dataclass(frozen=True)
class HandlerSettings:
    """What handlers need from the settings: VAT and document numbering."""

    vat_rate: Decimal = Decimal("0.10")
    invoice_number_format: str = "{year}-{seq:06d}"
    credit_note_number_format: str = "CN{year}-{seq:06d}"
    #: How long five wrong PINs in a row lock a user (the `lockout_minutes` setting).
    lockout_minutes: int = DEFAULT_LOCKOUT_MINUTES


CommandHandler = Callable[[Any, UnitOfWork, HandlerSettings], Any]
Policy = Callable[[Any, UnitOfWork, HandlerSettings], None]


@dataclass(frozen=True)
class PolicySpec:
    #: Stored in `policy_done` (exactly-once bookkeeping), so never renamed: the jobs
    #: context's policies keep their "shop." prefix from before the context was renamed.
    name: str
    event_type: type[Event]
    run: Policy


class RefusalToKeep(Exception):
    """A handler's refusal that changed state which must be kept (a wrong PIN's count, a lockout).

    The bus commits the unit of work, then raises `refusal`. Only for such
    bookkeeping: whatever else the handler wrote is committed with it.
    """

    def __init__(self, refusal: DomainError) -> None:
        super().__init__(refusal.code)
        self.refusal = refusal
