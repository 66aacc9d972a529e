"""Reads of the users context for the screens: the users without their hashes (the PIN pad, the users screen)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select

from app.users.tables import shop_user

u = shop_user.c


@dataclass(frozen=True)
class UserRow:
    """A user for a list on a screen: never the PIN's hash."""

    id: int
    name: str
    role: str
    mechanic_id: int | None
    disabled: bool
    locked_until: str  # '' when not locked (ISO 8601 otherwise; past values mean the lockout is over)


def user_rows(conn: Connection) -> list[UserRow]:
    """Every user, by name, without their hash (the PIN pad's names, the manager's users screen)."""
    query = select(u.id, u.name, u.role, u.mechanic_id, u.disabled, u.locked_until).order_by(u.name)
    return [
        UserRow(int(r.id), str(r.name), str(r.role), r.mechanic_id, bool(r.disabled), str(r.locked_until or ""))
        for r in conn.execute(query)
    ]
