"""Signing in and out on this terminal: `shop.login`, `shop.logout`, `shop.current_user`.

Signing in is not a command through the permission check. The user is read,
the PIN hashed outside any write transaction (scrypt holds no database lock),
and then, in one write transaction with the user's row locked, `User.sign_in`
decides: a right PIN resets the count, a wrong one counts, the fifth locks.
That bookkeeping commits even when the sign-in is refused; only then does the
refusal go on. A name that matches nobody costs the same scrypt work and gets
the same LoginFailed as a wrong PIN.
"""

from __future__ import annotations

from app import pins
from app.messagebus import MessageBus
from app.users.guard import SignedInUser
from app.users.repository import read_user_by_name
from domain.errors import DomainError, LoginFailed, UserLocked
from domain.users.model import SIGNED_OUT, SWITCHED, User


class Sessions:
    """Who is signed in on this terminal, and the sign-in that changes it."""

    def __init__(self, bus: MessageBus, lockout_minutes: int) -> None:
        self._bus = bus
        self._lockout_minutes = lockout_minutes
        self.current: SignedInUser | None = None

    def login(self, name: str, pin: str) -> SignedInUser:
        """Sign `name` in with `pin` (replacing whoever was signed in), or raise LoginFailed / UserLocked."""
        name = name.strip() if isinstance(name, str) else ""
        pin = pin if isinstance(pin, str) else ""
        with self._bus.db.read.connect() as conn:
            stored = read_user_by_name(conn, name) if name else None
        if stored is None:
            pins.dummy_verify(pin)
            raise LoginFailed()
        pin_ok = _pin_ok(pin, stored)
        refusal: DomainError | None = None
        with self._bus.lock:
            with self._bus.unit_of_work(stored.name, user_id=stored.id, role=stored.role.value) as uow:
                user = uow.users.by_name(name)
                if user is None:
                    raise LoginFailed()
                if user.pin_hash != stored.pin_hash:  # changed on another terminal meanwhile
                    pin_ok = _pin_ok(pin, user)
                try:
                    user.sign_in(pin_ok, uow.now, lockout_minutes=self._lockout_minutes)
                except (LoginFailed, UserLocked) as exc:
                    refusal = exc
                if refusal is None and pins.needs_rehash(user.pin_hash):
                    user.pin_hash = pins.hash_pin(pin)
                uow.users.save(user)
                logged = uow.commit()
            self._bus.notify(logged)
        if refusal is not None:
            raise refusal
        previous = self.current
        self.current = SignedInUser(user.id, user.name, user.role.value, user.mechanic_id)
        if previous is not None and previous.id != user.id:
            self._record_sign_out(previous, SWITCHED)
        return self.current

    def logout(self, reason: str = SIGNED_OUT) -> None:
        """End this terminal's session (SignedOut recorded); nothing when nobody is signed in."""
        previous, self.current = self.current, None
        if previous is not None:
            self._record_sign_out(previous, reason)

    def _record_sign_out(self, who: SignedInUser, reason: str) -> None:
        with self._bus.lock:
            with self._bus.unit_of_work(who.name, user_id=who.id, role=who.role) as uow:
                user = uow.users.get(who.id)
                user.sign_out(reason)
                logged = uow.commit()
            self._bus.notify(logged)


def _pin_ok(pin: str, user: User) -> bool:
    try:
        return pins.verify_pin(pin, user.pin_hash)
    except pins.MalformedPinHash:
        return False  # a damaged row signs nobody in (and says nothing about the hash)
