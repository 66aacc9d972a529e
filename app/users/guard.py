"""The permission check the message bus makes before a handler runs (the rules are app.permissions').

The bus calls `Guard.check(uow, command, session)` inside the command's unit
of work, after `validated()`: a refusal raises out of the block and nothing is
written. The signed-in user is read again in that transaction, so a user
disabled or demoted on another terminal stops at their next command.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, select

from app import permissions
from app.jobs.tables import job, part_request
from app.permissions import NO_DISCOUNT, DiscountLimit, Scope
from app.users.repository import read_user, shop_has_users
from domain.errors import NotSignedIn
from domain.users.model import Role

_JOB_OWNER = select(job.c.mechanic_id).where(job.c.id == bindparam("job_id"))
_PART_REQUEST_OWNER = (
    select(job.c.mechanic_id)
    .select_from(part_request.join(job, part_request.c.job_id == job.c.id))
    .where(part_request.c.id == bindparam("part_request_id"))
)


@dataclass(frozen=True)
class SignedInUser:
    """Who is signed in on this terminal (`shop.current_user`): never their PIN or its hash."""

    id: int
    name: str
    role: str
    mechanic_id: int | None = None


class Guard:
    """Who may give the command, asked of app.permissions with what the database says now."""

    def __init__(self, discount_limit: DiscountLimit = NO_DISCOUNT) -> None:
        self.discount_limit = discount_limit
        # Users are never deleted (only disabled): once a shop has one, it always has.
        self._has_users = False

    def has_users(self, conn: Connection) -> bool:
        if not self._has_users:
            self._has_users = shop_has_users(conn)
        return self._has_users

    def check(self, conn: Connection, command: object, session: SignedInUser | None) -> None:
        """Return when the command may run, else raise NotSignedIn or PermissionDenied."""
        has_users = self.has_users(conn)
        if session is None:
            permissions.check(None, command, shop_has_users=has_users)
            return
        user = read_user(conn, session.id)
        if user is None or user.disabled:
            raise NotSignedIn("users.not_signed_in")  # disabled (or gone) since signing in
        owner = None
        scope = permissions.grants(type(command).__name__).get(Role.MECHANIC)
        if user.role is Role.MECHANIC and scope is Scope.OWN_JOB:
            owner = job_owner(conn, command)
        permissions.check(user, command, shop_has_users=has_users, job_owner=owner, discount_limit=self.discount_limit)


def job_owner(conn: Connection, command: object) -> int | None:
    """The mechanic of the job the command names (through its part request for ReturnPart); None if unknown."""
    job_id = getattr(command, "job_id", None)
    if isinstance(job_id, int):
        found = conn.execute(_JOB_OWNER, {"job_id": job_id}).scalar()
    else:
        request_id = getattr(command, "part_request_id", None)
        if not isinstance(request_id, int):
            return None
        found = conn.execute(_PART_REQUEST_OWNER, {"part_request_id": request_id}).scalar()
    return None if found is None else int(found)
