"""The users context's table behind small, explicit SQL.

`User` decides (sign-in, lockout, PIN change, disabling); the repository reads
it and writes what it decided. A user is read under a row lock before a
decision (PostgreSQL; a SQLite write transaction is exclusive already), so two
terminals guessing one user's PIN at once cannot both get five tries.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, update

from app.persistence import Seen
from app.prepared import Prepared
from app.users.tables import shop_user
from domain.errors import Conflict, NotFound
from domain.users.model import Role, User

u = shop_user.c

_COLUMNS = (u.id, u.name, u.role, u.pin_hash, u.mechanic_id, u.disabled, u.failed_attempts, u.locked_until)
_ADD = insert(shop_user).returning(u.id)
_BY_ID = select(*_COLUMNS).where(u.id == bindparam("user_id"))
_BY_ID_LOCKED = _BY_ID.with_for_update()
_BY_NAME = select(*_COLUMNS).where(u.name == bindparam("name"))
_BY_NAME_LOCKED = _BY_NAME.with_for_update()
_ANY = Prepared(select(u.id).limit(1))
_NAME_TAKEN = select(u.id).where(func.lower(u.name) == func.lower(bindparam("name")))
_MECHANIC_TAKEN = select(u.id).where(u.mechanic_id == bindparam("mechanic_id"))
_ACTIVE_MANAGERS = select(func.count()).where(
    u.role == Role.MANAGER.value, u.disabled.is_(False), u.id != bindparam("except_id")
)
_SAVE = (
    update(shop_user)
    .where(u.id == bindparam("user_id"))
    .values(
        pin_hash=bindparam("pin_hash"),
        disabled=bindparam("disabled"),
        failed_attempts=bindparam("failed_attempts"),
        locked_until=bindparam("locked_until"),
    )
)


def shop_has_users(conn: Connection) -> bool:
    """Whether any user was ever created (a shop without one acts as its owner)."""
    return _ANY.run(conn).first() is not None


def read_user(conn: Connection, user_id: int) -> User | None:
    """The user as stored now, or None (a read, no lock: the permission check's)."""
    row = conn.execute(_BY_ID, {"user_id": user_id}).first()
    return None if row is None else _user(row)


def read_user_by_name(conn: Connection, name: str) -> User | None:
    row = conn.execute(_BY_NAME, {"name": name}).first()
    return None if row is None else _user(row)


def list_users(conn: Connection) -> list[User]:
    """Every user, by name (for the PIN pad's buttons and the manager's list; hashes included, never shown)."""
    return [_user(row) for row in conn.execute(select(*_COLUMNS).order_by(u.name))]


class UserRepository:
    def __init__(self, conn: Connection, seen: Seen | None = None) -> None:
        self.conn = conn
        self.seen: Seen = [] if seen is None else seen

    def any_exists(self) -> bool:
        return shop_has_users(self.conn)

    def add(self, name: str, role: Role, pin_hash: str, mechanic_id: int | None, now: str) -> User:
        """A new user (UserCreated recorded); a name or a mechanic that has a user already is refused."""
        if self.conn.execute(_NAME_TAKEN, {"name": name}).first() is not None:
            raise Conflict("users.name_taken", name=name)
        if mechanic_id is not None and self.conn.execute(_MECHANIC_TAKEN, {"mechanic_id": mechanic_id}).first():
            raise Conflict("users.mechanic_taken")
        params = {
            "name": name,
            "role": role.value,
            "pin_hash": pin_hash,
            "mechanic_id": mechanic_id,
            "disabled": False,
            "failed_attempts": 0,
            "locked_until": None,
            "created_at": now,
        }
        user_id = int(self.conn.execute(_ADD, params).scalar_one())
        return self._seen(User.create(user_id, name, role, pin_hash, mechanic_id))

    def get(self, user_id: int) -> User:
        """The user, locked until commit, for a decision."""
        row = self.conn.execute(_BY_ID_LOCKED, {"user_id": user_id}).first()
        if row is None:
            raise NotFound("users.not_found", user_id=user_id)
        return self._seen(_user(row))

    def by_name(self, name: str) -> User | None:
        """The user called `name`, locked until commit, or None."""
        row = self.conn.execute(_BY_NAME_LOCKED, {"name": name}).first()
        return None if row is None else self._seen(_user(row))

    def other_active_managers(self, user_id: int) -> int:
        return int(self.conn.execute(_ACTIVE_MANAGERS, {"except_id": user_id}).scalar_one())

    def save(self, user: User) -> None:
        self.conn.execute(
            _SAVE,
            {
                "user_id": user.id,
                "pin_hash": user.pin_hash,
                "disabled": user.disabled,
                "failed_attempts": user.failed_attempts,
                "locked_until": None if user.locked_until is None else user.locked_until.isoformat(),
            },
        )

    def _seen(self, user: User) -> User:
        self.seen.append(user)
        return user


def _user(row: Any) -> User:
    m = row._mapping
    locked = m["locked_until"]
    return User(
        id=int(m["id"]),
        name=str(m["name"]),
        role=Role(m["role"]),
        pin_hash=str(m["pin_hash"]),
        mechanic_id=None if m["mechanic_id"] is None else int(m["mechanic_id"]),
        disabled=bool(m["disabled"]),
        failed_attempts=int(m["failed_attempts"]),
        locked_until=None if locked is None else datetime.fromisoformat(str(locked)),
    )
