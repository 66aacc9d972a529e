"""Who may give which command: the table of DESIGN.md Part 2, and the check the message bus makes.

    manager  — everything;
    desk     — RequestRepair, CancelRepair, payments, estimates;
    mechanic — StartJob, RequestPart, FinishJob, adding labour, on their own jobs only;
    parts    — RegisterPart, IncreaseStock, DecreaseStock;
    voids, refunds, day close, man-day changes, mechanics, users, prices and
    discounts above the shop's limit — manager.

The table is keyed by the command class's *name*, so commands that later work
adds are in it from the start, and a name that is not in it is the manager's
alone: a new command is refused to everybody else until someone decides
otherwise here (tests/unit/test_permissions.py fails for a published command
without an entry). Where DESIGN.md's sentence needed reading:

- "payments" is RecordPayment and TakePayment; refunds (RecordRefund) and voids
  stay the manager's.
- RegisterCustomer and RegisterVehicle are the desk's: RequestRepair registers
  both on its own, so refusing the desk the explicit step would refuse nothing.
- AddDiscount is the desk's up to the shop's limit (`DiscountLimit`, a setting
  the caller passes; by default none, so every discount needs a manager until
  the shop sets one).
- ReturnPart is the mechanic's, on their own jobs, like RequestPart.
  ReassignJob moves man-days between mechanics and RemoveLine takes a line off
  a bill: both the manager's.
- ChangePin on one's own user is every role's; someone else's is a manager's
  reset. That one's own change needs the old PIN is the users context's rule
  (domain.users.model.User.change_pin), not this table's.

How it is wired (app.users: guard.py is the bus's check, signin.py the sign-in, cli_signin.py
the command line's, audit.py the audit):

- **Where.** The message bus checks every command after `validated()` (pure, so
  a malformed command is refused the same for everybody) and before its
  handler runs, inside the handler's unit of work: a refusal raises out of the
  block, the transaction rolls back, nothing is written. The screens hide or
  disable what `may()` says no to, but the bus's check is the one that counts.
- **Who.** The bus re-reads the signed-in user by id in that transaction (one
  indexed SELECT) and passes it here, so a user disabled or demoted on another
  terminal stops at their next command; a disabled one is passed as None and
  gets NotSignedIn. A shop with no users at all passes
  `shop_has_users=False`, and the caller acts as the owner, as before.
- **What it names.** For a rule scoped to OWN_JOB, and only when the user is a
  mechanic, the bus looks up the mechanic of the job the command names
  (ReturnPart: through its part request) and passes it as `job_owner`; an
  unknown job gives None, which is refused here before the handler would say
  "no such job". `discount_limit` comes from the shop's settings.
- **Policies run as the system.** Events delivered to policies (man-day
  reservation, job creation, billing, stock) are not checked again: they follow
  from a command that was. A pending event retried later keeps the actor of
  the command that caused it.
- **The actor in the event log** becomes the signed-in user — id, name, role —
  and the terminal, for the events of the command and of every policy it sets
  off; the owner of a shop without users is recorded as today (the login name,
  no id, no role). `shop.audit()` reads those columns.
- **Signing in** is not a command through this check: `shop.login(name, pin)`
  reads the user, hashes outside any write transaction (scrypt holds no
  database lock for its ~60 ms), calls `User.sign_in(pin_ok, now)`, and records
  the outcome with a conditional UPDATE of the failed-attempt count, so two
  terminals guessing at once cannot both get five tries. A wrong name runs
  `app.pins.dummy_verify` and raises the same LoginFailed. A refused sign-in
  must still commit its count before the error goes on, and so must a wrong
  old PIN in ChangePin (`User.change_pin` counts it). `lockout_minutes` is a
  shop setting (domain.users.model.DEFAULT_LOCKOUT_MINUTES until one is set);
  a successful sign-in whose hash `app.pins.needs_rehash` stores a new one.
- **The command line.** Once users exist, `python -m app` commands that change
  data ask for a manager's name (prompt, or `--user NAME`) and PIN (getpass;
  never an argument, never echoed), sign in as terminal "cli", and record that
  user as the actor; read-only ones (check, config, reports) ask nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType
from typing import Protocol

from domain.errors import NotSignedIn, PermissionDenied
from domain.texts import Message
from domain.users.model import Role


class Scope(StrEnum):
    """How far a role's grant of a command reaches."""

    ANY = "any"  # whatever the command names
    OWN_JOB = "own_job"  # a job of the user's own mechanic only
    OWN_USER = "own_user"  # the user themself only (command.user_id)
    WITHIN_DISCOUNT_LIMIT = "within_discount_limit"  # up to the shop's DiscountLimit


_D, _M, _P = Role.DESK, Role.MECHANIC, Role.PARTS
_MANAGER_ONLY: Mapping[Role, Scope] = MappingProxyType({})
_OWN_PIN = {_D: Scope.OWN_USER, _M: Scope.OWN_USER, _P: Scope.OWN_USER}

#: Command name → what each role other than the manager may do with it. A manager
#: may give every command; an empty entry is deliberate: the manager's alone.
_TABLE: dict[str, Mapping[Role, Scope]] = {
    # reception: requests, payments, estimates (the desk)
    "RequestRepair": {_D: Scope.ANY},
    "CancelRepair": {_D: Scope.ANY},
    "RecordPayment": {_D: Scope.ANY},
    "TakePayment": {_D: Scope.ANY},
    "DraftEstimate": {_D: Scope.ANY},
    "ApproveEstimate": {_D: Scope.ANY},
    "DeclineEstimate": {_D: Scope.ANY},
    "AddCannedJob": _MANAGER_ONLY,  # the menu of standard jobs (정비 메뉴) is the manager's
    "UpdateCannedJob": _MANAGER_ONLY,
    "AddCannedJobToJob": {_D: Scope.ANY, _M: Scope.OWN_JOB},  # as labour and parts on a job in work
    "RecordAdditionalWorkConsent": {_D: Scope.ANY},  # the desk records the customer's answer
    "ProposeAdditionalWork": {_M: Scope.OWN_JOB},  # the bay proposes, on its own jobs
    "AddDiscount": {_D: Scope.WITHIN_DISCOUNT_LIMIT},
    "VoidInvoice": _MANAGER_ONLY,
    "RecordRefund": _MANAGER_ONLY,
    "CloseDay": _MANAGER_ONLY,
    "RemoveLine": _MANAGER_ONLY,
    # the bill's extras at the till (the desk)
    "RecordCashReceipt": {_D: Scope.ANY},
    "RequestTaxInvoice": {_D: Scope.ANY},
    "CorrectInvoice": _MANAGER_ONLY,  # a credit note and a new invoice: a void in one step
    # customers and vehicles (the desk; RequestRepair registers them anyway)
    "RegisterCustomer": {_D: Scope.ANY},
    "RegisterVehicle": {_D: Scope.ANY},
    "UpdateCustomer": {_D: Scope.ANY},
    "UpdateVehicle": {_D: Scope.ANY},
    "RecordConsent": {_D: Scope.ANY},
    "RecordMileage": {_D: Scope.ANY},
    "ChangeVehicleOwner": {_D: Scope.ANY},
    "ChangeCarNumber": {_D: Scope.ANY},
    "MergeCustomers": _MANAGER_ONLY,  # merging and erasing cannot be undone at the desk
    "MergeVehicles": _MANAGER_ONLY,
    "EraseCustomer": _MANAGER_ONLY,
    # the bay: a mechanic on their own jobs
    "StartJob": {_M: Scope.OWN_JOB},
    "RequestPart": {_M: Scope.OWN_JOB},
    "FinishJob": {_M: Scope.OWN_JOB},
    "AddLabour": {_M: Scope.OWN_JOB},
    "ReturnPart": {_M: Scope.OWN_JOB},
    "ReassignJob": _MANAGER_ONLY,
    # mechanics and their man-days
    "RegisterMechanic": _MANAGER_ONLY,
    "ChangeManDay": _MANAGER_ONLY,
    "SetWorkingWeekdays": _MANAGER_ONLY,
    "AddDayOff": _MANAGER_ONLY,
    "RemoveDayOff": _MANAGER_ONLY,
    "AddShopClosure": _MANAGER_ONLY,
    "RemoveShopClosure": _MANAGER_ONLY,
    # the parts counter; prices are the manager's
    "RegisterPart": {_P: Scope.ANY},
    "IncreaseStock": {_P: Scope.ANY},
    "DecreaseStock": {_P: Scope.ANY},
    "ChangePartPrice": _MANAGER_ONLY,
    # users
    "CreateUser": _MANAGER_ONLY,
    "DisableUser": _MANAGER_ONLY,
    "ChangePin": _OWN_PIN,
    # the letterhead (정비소 정보)
    "UpdateShopDetails": _MANAGER_ONLY,
}
#: The table, read-only all the way down.
PERMISSIONS: Mapping[str, Mapping[Role, Scope]] = MappingProxyType(
    {name: MappingProxyType(dict(by_role)) for name, by_role in _TABLE.items()}
)


class Principal(Protocol):
    """What the check needs of a user (domain.users.model.User, or the bus's signed-in view of one)."""

    @property
    def id(self) -> int: ...
    @property
    def role(self) -> str: ...
    @property
    def mechanic_id(self) -> int | None: ...
    @property
    def disabled(self) -> bool: ...


@dataclass(frozen=True)
class DiscountLimit:
    """The largest discount the desk may give without a manager, as an amount of won and as a percentage."""

    amount: int = 0
    percent: Decimal = field(default=Decimal(0))


#: The shop has set no limit: every discount needs a manager.
NO_DISCOUNT = DiscountLimit()


def grants(command_name: str) -> Mapping[Role, Scope]:
    """What each role other than the manager may do with the command (nothing for an unknown name)."""
    return PERMISSIONS.get(command_name, _MANAGER_ONLY)


def may(user: Principal | None, command_name: str, *, shop_has_users: bool = True) -> bool:
    """Whether to offer the command to `user` at all (a screen's question; conditions are checked on giving it)."""
    if user is None:
        return not shop_has_users
    if user.disabled:
        return False
    role = Role(user.role)
    return role is Role.MANAGER or role in grants(command_name)


def check(
    user: Principal | None,
    command: object,
    *,
    shop_has_users: bool = True,
    job_owner: int | None = None,
    discount_limit: DiscountLimit = NO_DISCOUNT,
) -> None:
    """Return when `user` may give `command`, else raise NotSignedIn or PermissionDenied.

    `job_owner` is the mechanic id of the job the command names (None when
    unknown), needed when a mechanic gives a command scoped to their own jobs.
    """
    if user is None or user.disabled:
        if user is None and not shop_has_users:
            return  # a shop without users: the owner
        raise NotSignedIn()
    role = Role(user.role)
    if role is Role.MANAGER:
        return
    name = type(command).__name__
    scope = grants(name).get(role)
    if scope is None:
        raise PermissionDenied("users.denied", roles=who_may(name))
    if scope is Scope.OWN_JOB:
        if user.mechanic_id is None or job_owner != user.mechanic_id:
            raise PermissionDenied("users.denied_own_job")
    elif scope is Scope.OWN_USER:
        if getattr(command, "user_id", None) != user.id:
            raise PermissionDenied("users.denied_own_pin")
    elif scope is Scope.WITHIN_DISCOUNT_LIMIT:
        _check_discount(command, discount_limit)


def who_may(command_name: str) -> Message:
    """'a manager or desk staff': everyone who may give the command, for a sentence in any language."""
    who = [Role.MANAGER.who]
    for role, scope in grants(command_name).items():
        who.append(Message("users.role_who.own_mechanic") if scope is Scope.OWN_JOB else role.who)
    message = who[-1]
    for earlier in reversed(who[:-1]):
        message = Message("users.either", {"a": earlier, "b": message})
    return message


def _check_discount(command: object, limit: DiscountLimit) -> None:
    amount = getattr(command, "amount", 0) or 0
    percent = Decimal(str(getattr(command, "percent", 0) or 0))
    if amount > limit.amount:
        raise PermissionDenied("users.denied_discount_amount", limit=limit.amount)
    if percent > limit.percent:
        shown = f"{limit.percent.normalize():f}"
        raise PermissionDenied("users.denied_discount_percent", limit=shown)
