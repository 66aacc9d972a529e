"""The bounded contexts' handler modules, in one list: what bootstrap wires and the unit-test fake runs.

Each module exposes COMMAND_HANDLERS (command type -> handler) and POLICIES
(`app.handling.PolicySpec`: name, event type, function).
"""

from __future__ import annotations

from types import ModuleType

from app.billing import handlers as billing
from app.customers import handlers as customers
from app.estimates import handlers as estimates
from app.jobs import handlers as jobs
from app.mechanic import handlers as mechanic
from app.reception import handlers as reception
from app.shopdetails import handlers as shopdetails
from app.users import handlers as users
from app.vehicleparts import handlers as vehicleparts

CONTEXTS: tuple[ModuleType, ...] = (
    reception,
    mechanic,
    jobs,
    vehicleparts,
    billing,
    customers,
    users,
    estimates,
    shopdetails,
)
