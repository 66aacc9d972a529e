"""Events of the users context.

None of them holds a PIN or its hash: the event log is read by the audit screen,
copied into backups and exported as CSV. The log's own columns say who gave the
command and at which terminal; these say what happened to which user.
"""

from __future__ import annotations

from dataclasses import dataclass

from domain.messages import Event


@dataclass(frozen=True)
class UserEvent(Event):
    context = "users"


@dataclass(frozen=True)
class UserCreated(UserEvent):
    user_id: int
    name: str
    role: str
    mechanic_id: int | None


@dataclass(frozen=True)
class PinChanged(UserEvent):
    """A user's PIN was replaced; `reset` when a manager set someone else's (no old PIN asked)."""

    user_id: int
    name: str
    reset: bool


@dataclass(frozen=True)
class UserDisabled(UserEvent):
    user_id: int
    name: str


@dataclass(frozen=True)
class SignedIn(UserEvent):
    """A user signed in at the terminal the log entry names."""

    user_id: int
    name: str
    role: str


@dataclass(frozen=True)
class SignedOut(UserEvent):
    """A user's session on a terminal ended; `reason` is one of SIGN_OUT_REASONS."""

    user_id: int
    name: str
    reason: str


@dataclass(frozen=True)
class UserLockedOut(UserEvent):
    """Five wrong PINs in a row: nobody can sign in as this user until `until` (ISO 8601, local time)."""

    user_id: int
    name: str
    until: str
