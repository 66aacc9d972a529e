"""What every repository shares: the aggregates it hands out, the atomic guard behind them, savepoints.

A repository appends each aggregate it hands out to the unit of work's `seen`
list, so the unit of work collects the events the aggregates record (handlers
never pass events on by hand).

An aggregate decides (`mechanic.reserve(...)`, `part.take(...)`); the
repository then writes the decision with the database's conditional UPDATE
(`… WHERE man_day >= :n`), the atomic guard that holds however many
terminals write at once. The aggregate was loaded under a row lock, so the
guard agrees with it; if it ever does not, `GuardTripped` fails the command or
policy loudly rather than write past the guard.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Mapping
from typing import Any, Protocol

from sqlalchemy import Connection

from app.prepared import driver_sql
from domain.events import Event
from domain.texts import Message


class Aggregate(Protocol):
    """Anything that records its own events (Mechanic, Part, Receipt, Job)."""

    events: list[Event]


#: The aggregates a unit of work's repositories handed out, in the order they did.
Seen = list[Aggregate]


class GuardTripped(RuntimeError):
    """The database's atomic guard refused what an aggregate decided; the transaction must not commit.

    Raised inside a command it undoes the command; inside a policy, the policy's savepoint.
    """


def check_guard(what: str, row_id: int, written: int | None, decided: int) -> None:
    """Fail loudly unless the guarded UPDATE wrote exactly what the aggregate decided."""
    if written is None or int(written) != decided:
        raise GuardTripped(
            f"the database refused {what} {row_id}: the aggregate decided {decided}, the guarded update "
            f"gave {written} (changed by another writer at the same moment?); the transaction is undone"
        )


_names = itertools.count(1)


def savepoint(conn: Connection) -> Savepoint:
    """A nested transaction on `conn` (`with savepoint(conn): ...`), undone alone if the block raises."""
    return Savepoint(conn)


class Savepoint:
    """Plain SAVEPOINT statements (SQLite and PostgreSQL alike), in a plain class rather than a
    generator: every policy runs in one, so it is on the hot path. They go straight to the
    driver's cursor: SQLAlchemy's execution of a statement costs several times what the
    database does for a SAVEPOINT, and nothing there needs it (no parameters, no result).
    A driver error comes out as SQLAlchemy's, as every other statement's does."""

    __slots__ = ("_conn", "_name")

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._name = f"sp_{next(_names)}"

    def __enter__(self) -> None:
        driver_sql(self._conn, f"SAVEPOINT {self._name}")

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if exc_type is not None:
            driver_sql(self._conn, f"ROLLBACK TO SAVEPOINT {self._name}")
        driver_sql(self._conn, f"RELEASE SAVEPOINT {self._name}")


def reason_columns(code: str, params: Mapping[str, Any]) -> dict[str, str]:
    """A reason by code as its two columns (`reason_code`, `reason_params` as JSON); '' for a typed reason."""
    return {"reason_code": code, "reason_params": json.dumps(dict(params), ensure_ascii=False, separators=(",", ":"))}


def stored_reason(message: Message | None) -> dict[str, str]:
    """The two columns of a reason `Message` (none: a reason a person typed, kept as typed)."""
    if message is None:
        return reason_columns("", {})
    return reason_columns(message.code, message.to_dict()["params"])


def reason_message(code: str, params: str) -> Message | None:
    """The reason a row stored by code, or None when it was typed by a person."""
    return Message.from_dict({"code": code, "params": json.loads(params or "{}")}) if code else None
