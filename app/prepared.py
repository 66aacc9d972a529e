"""Statements on the hot path, compiled once per database and run on the driver's cursor.

Every command runs the same few dozen statements (the event log's insert, the
chain's head, the board's updates, the repositories' reads by id). SQLAlchemy's
execution of a cached statement costs several times what SQLite takes to run
it; `Prepared` keeps what matters of it — the SQL compiled by SQLAlchemy for
the connection's database, its bind values, the `before_cursor_execute`
listeners (the PostgreSQL notification on new events listens there), errors
coming out as SQLAlchemy's (so app.faults words them like any other) — and
skips the rest.

Only statements that need nothing else SQLAlchemy does per execution take the
short way: type conversions are applied as SQLAlchemy's own processors say (a
bool to SQLite's 0 or 1 and back), but no expanding IN, no escaped names, no
Python-side column defaults, one row of parameters. Anything else, on any database, runs
through `Connection.execute` as before — the result is the same either way:
rows by attribute and position, `first()`, `scalar()`, `scalar_one()`,
`all()`, `rowcount`.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Connection
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import InvalidRequestError, NoResultFound
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.base import Executable
from sqlalchemy.sql.dml import Insert, ValuesBase

__all__ = ["Prepared", "Rows", "driver_sql"]


def driver_sql(conn: Connection, sql: str) -> None:
    """A statement without parameters or rows (BEGIN, SAVEPOINT) on the driver's cursor.

    The `before_cursor_execute` listeners hear it, and a driver error comes out as
    SQLAlchemy's, as from `Connection.exec_driver_sql`.
    """
    _on_cursor(conn, sql, None)


def _on_cursor(conn: Connection, sql: str, parameters: Any) -> tuple[list[Any], int]:
    """Run `sql` on the driver's cursor as SQLAlchemy would: listeners first, errors wrapped; (rows, rowcount)."""
    dbapi_conn = conn.connection.dbapi_connection
    assert dbapi_conn is not None
    cursor = dbapi_conn.cursor()
    try:
        listeners = conn.dispatch.before_cursor_execute
        if listeners:  # as for every other statement: a listener hears it
            for listener in listeners:
                listener(conn, cursor, sql, () if parameters is None else parameters, None, False)
        if parameters is None:
            cursor.execute(sql)
        else:
            cursor.execute(sql, parameters)
        rows = cast(list[Any], cursor.fetchall()) if cursor.description is not None else []
        rowcount = cursor.rowcount
    except Exception as error:
        cursor.close()  # before SQLAlchemy's handling, which may close the connection under it
        conn._handle_dbapi_exception(error, sql, parameters or (), cursor, None)
        raise  # _handle_dbapi_exception always raises; this keeps type checkers sure of it
    except BaseException:
        cursor.close()
        raise
    cursor.close()
    return rows, rowcount


class Rows:
    """What a prepared statement gave: its rows (read at once) and how many it changed."""

    __slots__ = ("_rows", "rowcount")

    def __init__(self, rows: list[Any], rowcount: int) -> None:
        self._rows = rows
        self.rowcount = rowcount

    def __iter__(self) -> Iterator[Any]:
        return iter(self._rows)

    def all(self) -> list[Any]:
        return list(self._rows)

    def first(self) -> Any:
        return self._rows[0] if self._rows else None

    def scalar(self) -> Any:
        return self._rows[0][0] if self._rows else None

    def scalar_one(self) -> Any:
        return self.one()[0]

    def one(self) -> Any:
        if len(self._rows) != 1:
            raise NoResultFound(f"expected one row, got {len(self._rows)}")
        return self._rows[0]

    def one_or_none(self) -> Any:
        if len(self._rows) > 1:
            raise NoResultFound(f"expected at most one row, got {len(self._rows)}")
        return self.first()

    def scalars(self) -> _Scalars:
        return _Scalars(r[0] for r in self._rows)


class _Scalars(list[Any]):
    """`Rows.scalars()`: the first column of every row."""

    def all(self) -> list[Any]:
        return list(self)

    def first(self) -> Any:
        return self[0] if self else None


class _Plan:
    """One statement compiled for one database (and, for INSERT/UPDATE, one set of keys)."""

    __slots__ = ("converts", "defaults", "names", "positional", "row", "slots", "sql")

    def __init__(self, compiled: Any, row: Any, converts: list[tuple[int, Any]], defaults: dict[str, Any]) -> None:
        self.sql = str(compiled)
        #: An INSERT's columns the caller left out that have a plain default value (filled as SQLAlchemy would).
        self.defaults = defaults
        # Each bind parameter once (the last of a name, as a dict of them would keep): where its value comes
        # from (the caller's key, else its name, else the statement's own value) and the type conversion
        # SQLAlchemy makes for this database (a bool to SQLite's 0 or 1), if any.
        processors = compiled._bind_processors
        by_name: dict[str, tuple[str, str, Any, bool, Any]] = {}
        for bind, name in compiled.bind_names.items():
            by_name[name] = (bind.key, name, bind.value, bind.required, processors.get(name))
        self.positional = bool(compiled.positional)
        #: The driver's parameters in its order: positions (a name may come twice), else names.
        self.names: Sequence[str] = compiled.positiontup if self.positional else list(by_name)
        self.slots = tuple(by_name[name] for name in self.names)
        self.converts = converts
        self.row = row

    def parameters(self, values: Mapping[str, Any]) -> Any:
        """What the driver gets: as SQLAlchemy's `construct_params` and bind processors would give."""
        if self.defaults:
            values = {**self.defaults, **values}
        out = []
        for key, name, default, required, convert in self.slots:
            if key in values:
                value = values[key]
            elif name in values:
                value = values[name]
            elif required:
                raise InvalidRequestError(f"A value is required for bind parameter {key!r}")
            else:
                value = default
            if convert is not None and value is not None:
                value = convert(value)
            out.append(value)
        return tuple(out) if self.positional else dict(zip(self.names, out, strict=True))


#: A statement this module leaves to SQLAlchemy on this database.
_SLOW = object()


def _converted(row: Sequence[Any], converts: list[tuple[int, Any]]) -> list[Any]:
    out = list(row)
    for index, convert in converts:
        out[index] = convert(out[index])
    return out


def _scalar_defaults(statement: Executable, keys: tuple[str, ...]) -> dict[str, Any]:
    """The plain default values of the columns an INSERT leaves out (a callable default: SQLAlchemy's to run)."""
    table = getattr(statement, "table", None)
    if not isinstance(statement, Insert) or table is None or statement._values:
        return {}
    return {
        column.key: column.default.arg
        for column in table.columns
        if column.key not in keys and column.default is not None and column.default.is_scalar
    }


class Prepared:
    """`Prepared(select(...))`, then `.run(conn, {"name": value})` like `conn.execute`."""

    __slots__ = ("_per_keys", "_plans", "statement")

    def __init__(self, statement: Executable) -> None:
        self.statement = statement
        self._plans: dict[Any, Any] = {}
        #: An INSERT or UPDATE is compiled for the keys it is given (a plan per set of keys).
        self._per_keys = isinstance(statement, ValuesBase)

    def _plan(self, dialect: Dialect, keys: tuple[str, ...]) -> Any:
        defaults = _scalar_defaults(self.statement, keys)
        compiled: Any = cast(ClauseElement, self.statement).compile(
            dialect=dialect,
            column_keys=[*keys, *defaults] if isinstance(self.statement, ValuesBase) else None,
        )
        if (
            compiled.literal_execute_params
            or compiled.post_compile_params
            or compiled.escaped_bind_names
            or getattr(compiled, "_numeric_binds", False)
            or not all(callable(convert) for convert in compiled._bind_processors.values())
            or any(bind.callable is not None for bind in compiled.bind_names)
        ):
            return _SLOW
        names, converts = [], []
        for index, entry in enumerate(compiled._result_columns):
            convert = entry.type._cached_result_processor(dialect, None)
            if convert is not None:
                converts.append((index, convert))
            names.append(entry.keyname)
        if getattr(compiled, "insert_prefetch", None) or getattr(compiled, "update_prefetch", None):
            return _SLOW  # a column default or onupdate made in Python is SQLAlchemy's to fill in
        row = namedtuple("Row", names, rename=True) if names else None
        return _Plan(compiled, row, converts, defaults)

    def run(self, conn: Connection, params: Mapping[str, Any] | Sequence[Mapping[str, Any]] | None = None) -> Rows:
        """Execute with `params` (a list of them: SQLAlchemy's executemany) and read every row."""
        if params.__class__ is list or params.__class__ is tuple:
            assert isinstance(params, Sequence)
            result = conn.execute(self.statement, list(params))
            return Rows([], result.rowcount)
        values: Mapping[str, Any] = params or {}  # type: ignore[assignment]
        dialect = conn.dialect
        key = (dialect.name, tuple(values)) if self._per_keys else dialect.name
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plans[key] = self._plan(dialect, tuple(values))
        if plan is _SLOW:
            result = conn.execute(self.statement, values)
            return Rows(list(result) if result.returns_rows else [], result.rowcount)
        parameters = plan.parameters(values)
        if not conn.in_transaction():
            conn.begin()  # what Connection.execute's autobegin would do (the BEGIN listeners run)
        rows, rowcount = _on_cursor(conn, plan.sql, parameters)
        if rows:
            if plan.converts:
                rows = [_converted(r, plan.converts) for r in rows]
            if plan.row is not None:
                make = plan.row._make
                rows = [make(r) for r in rows]
        return Rows(rows, rowcount)
