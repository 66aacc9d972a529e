"""The user: a role, a PIN (only ever its hash), and the lockout that guards a shared terminal.

Hashing is app/'s (app.pins); the user is told only whether the PIN typed was
right (`pin_ok`) and decides what that means: count it, lock after
MAX_WRONG_PINS wrong ones in a row, refuse while locked.

A wrong PIN changes the user (the count, perhaps the lock) *and* raises. The
caller must save the user before the error goes on, in a transaction that
commits, or the count is lost and the lockout never comes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from domain.errors import Conflict, IllegalTransition, InvalidInput, LoginFailed, UserLocked
from domain.messages import Event
from domain.texts import Message
from domain.users.events import PinChanged, SignedIn, SignedOut, UserCreated, UserDisabled, UserLockedOut


class Role(StrEnum):
    MANAGER = "manager"
    DESK = "desk"
    MECHANIC = "mechanic"
    PARTS = "parts"

    @property
    def label(self) -> Message:
        """The role's name for a list or a column ('Manager', '관리자')."""
        return Message(f"users.role.{self.value}")

    @property
    def who(self) -> Message:
        """The role as the subject of a sentence ('a manager', '관리자')."""
        return Message(f"users.role_who.{self.value}")


#: Wrong PINs in a row that lock a user.
MAX_WRONG_PINS = 5
#: How long a lockout lasts unless the shop's settings say otherwise.
DEFAULT_LOCKOUT_MINUTES = 15

#: Why a session ended (SignedOut.reason).
SIGNED_OUT = "signed_out"  # the user pressed "sign out"
SWITCHED = "switched"  # another user signed in on the same terminal
IDLE = "idle"  # the terminal locked itself after its idle time
SIGN_OUT_REASONS = (SIGNED_OUT, SWITCHED, IDLE)


def parse_role(value: object) -> Role:
    """The role named by `value` ('manager', ' Desk '), or InvalidInput."""
    text = value.strip().lower() if isinstance(value, str) else ""
    if text not in Role.__members__.values():
        # Not echoed: CreateUser(name, pin, role) by mistake would put the PIN in the message.
        raise InvalidInput("users.unknown_role", field=Message("users.field.role"))
    return Role(text)


def require_manager_first(role: Role, any_user_exists: bool) -> None:
    """A shop's first user must be a manager: someone has to be able to manage the others."""
    if not any_user_exists and role is not Role.MANAGER:
        raise InvalidInput("users.first_must_be_manager", field=Message("users.field.role"))


def require_mechanic_link(role: Role, mechanic_id: int | None) -> None:
    """A mechanic user names their mechanic (for their own jobs); nobody else does."""
    if role is Role.MECHANIC and mechanic_id is None:
        raise InvalidInput("users.mechanic_required", field=Message("users.field.mechanic"))
    if role is not Role.MECHANIC and mechanic_id is not None:
        raise InvalidInput("users.mechanic_only_for_mechanics", field=Message("users.field.mechanic"))


@dataclass
class User:
    id: int
    name: str
    role: Role
    pin_hash: str = field(repr=False)
    mechanic_id: int | None = None
    disabled: bool = False
    #: Wrong PINs since the last right one (a lockout's expiry does not reset it).
    failed_attempts: int = 0
    locked_until: datetime | None = None
    events: list[Event] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        # A row read back holds the role as text; the rules below compare Roles.
        self.role = Role(self.role)

    @classmethod
    def create(cls, user_id: int, name: str, role: Role, pin_hash: str, mechanic_id: int | None = None) -> User:
        """A new user (the command already checked name, role, PIN and mechanic); records UserCreated."""
        require_mechanic_link(role, mechanic_id)
        user = cls(user_id, name, role, pin_hash, mechanic_id)
        user.events.append(UserCreated(user_id, name, role.value, mechanic_id))
        return user

    # -- the PIN ----------------------------------------------------------------------
    def is_locked(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def verify(self, pin_ok: bool, now: datetime, *, lockout_minutes: int = DEFAULT_LOCKOUT_MINUTES) -> None:
        """Accept a sign-in whose PIN was `pin_ok`, or raise LoginFailed or UserLocked.

        A disabled user fails like a wrong name or PIN: one message for all three,
        so the terminal never tells a stranger which names exist. A locked user is
        refused even with the right PIN, and that attempt is not counted. (UserLocked
        does show that the name exists: a lockout nobody is told about cannot be
        waited out.)
        """
        if self.disabled:
            raise LoginFailed()
        if not self._attempt(pin_ok, now, lockout_minutes):
            raise LoginFailed()

    def sign_in(self, pin_ok: bool, now: datetime, *, lockout_minutes: int = DEFAULT_LOCKOUT_MINUTES) -> None:
        """verify(), then record SignedIn (the log entry says which terminal)."""
        self.verify(pin_ok, now, lockout_minutes=lockout_minutes)
        self.events.append(SignedIn(self.id, self.name, self.role.value))

    def sign_out(self, reason: str = SIGNED_OUT) -> None:
        if reason not in SIGN_OUT_REASONS:
            raise ValueError(f"unknown sign-out reason {reason!r}")
        self.events.append(SignedOut(self.id, self.name, reason))

    def change_pin(
        self,
        pin_hash: str,
        *,
        by_user_id: int | None,
        old_pin_ok: bool | None,
        now: datetime,
        lockout_minutes: int = DEFAULT_LOCKOUT_MINUTES,
    ) -> None:
        """Replace the PIN's hash. One's own PIN needs the old one (`old_pin_ok`; None when none was typed).

        Someone else's is a reset: app.permissions lets only a manager give it,
        and it needs no old PIN. A reset also lifts a lockout, so a manager can
        let a locked-out user back in at once. A wrong old PIN counts towards
        the lockout like a wrong sign-in, or ChangePin would be a way to guess
        PINs without one.
        """
        if self.disabled:
            raise IllegalTransition("users.disabled", name=self.name)
        own = by_user_id == self.id
        if own:
            if old_pin_ok is None:
                raise InvalidInput("users.old_pin_required", field=Message("users.field.old_pin"))
            if not self._attempt(old_pin_ok, now, lockout_minutes):
                raise InvalidInput("users.old_pin_wrong", field=Message("users.field.old_pin"))
        self.pin_hash = pin_hash
        self.failed_attempts = 0
        self.locked_until = None
        self.events.append(PinChanged(self.id, self.name, reset=not own))

    def _attempt(self, pin_ok: bool, now: datetime, lockout_minutes: int) -> bool:
        """Count one attempt; True when the PIN was right. Raises UserLocked while locked, or on locking."""
        if lockout_minutes < 1:
            raise ValueError("lockout_minutes must be at least 1")
        locked_until = self.locked_until
        if locked_until is not None and now < locked_until:
            raise UserLocked(until=_local_time(locked_until, now))
        if pin_ok:
            self.failed_attempts = 0
            self.locked_until = None
            return True
        self.failed_attempts += 1
        if self.failed_attempts < MAX_WRONG_PINS:
            return False
        # Locked again at the first wrong PIN after the lockout ends: the count goes back
        # to zero only with a right PIN (or a reset), so waiting buys one guess, not five.
        self.locked_until = now + timedelta(minutes=lockout_minutes)
        self.events.append(UserLockedOut(self.id, self.name, self.locked_until.isoformat(timespec="seconds")))
        raise UserLocked(until=_local_time(self.locked_until, now))

    # -- the account ------------------------------------------------------------------
    def disable(self, *, other_active_managers: int) -> None:
        """Nobody can sign in as this user any more. The shop's last active manager cannot be disabled."""
        if self.disabled:
            raise IllegalTransition("users.already_disabled", name=self.name)
        if self.role is Role.MANAGER and other_active_managers < 1:
            raise Conflict("users.last_manager", name=self.name)
        self.disabled = True
        self.events.append(UserDisabled(self.id, self.name))


def _local_time(moment: datetime, now: datetime) -> str:
    """'14:36', or '2026-12-02 00:10' when that is not today: in `now`'s zone, the shop's local time.

    Rounded up to the minute: the time shown is one at which the user may try again.
    """
    local = moment.astimezone(now.tzinfo) if now.tzinfo is not None and moment.tzinfo is not None else moment
    if local.second or local.microsecond:
        local = local.replace(second=0, microsecond=0) + timedelta(minutes=1)
    if local.date() == now.date():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")
