"""app.prepared: a statement run the short way gives what Connection.execute gives, on both databases.

Each case runs the same statement through `Prepared.run` and through
SQLAlchemy's own `Connection.execute` and compares rows, types, row counts and
errors; the short way is also checked to be taken (no SQLAlchemy execution
context for it) where it should be.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Integer,
    MetaData,
    String,
    Table,
    bindparam,
    create_engine,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError, InvalidRequestError, NoResultFound

from app.prepared import _SLOW, Prepared, driver_sql

meta = MetaData()
thing = Table(
    "prepared_thing",
    meta,
    Column("id", Integer, primary_key=True),
    Column("name", String(20), nullable=False, unique=True),
    Column("note", String(20), nullable=False, default="none"),
    Column("done", Boolean, nullable=False, default=False),
    Column("n", Integer, nullable=False, default=lambda: 7),  # a callable default: SQLAlchemy's to fill
)
t = thing.c

ADD = Prepared(insert(thing).returning(t.id))
BY_NAME = Prepared(select(t.id, t.name, t.note, t.done).where(t.name == bindparam("name")))
ALL = Prepared(select(t.name, t.done).order_by(t.id))
FIRST_TWO = Prepared(select(t.name).order_by(t.id).limit(2))
SET_DONE = Prepared(update(thing).where(t.name == bindparam("key")).values(done=bindparam("flag")))
COUNT = Prepared(select(func.count()).select_from(thing))


@pytest.fixture
def conn(db_url: str) -> Iterator[Connection]:
    engine = create_engine(db_url)
    meta.create_all(engine)
    with engine.connect() as connection:
        yield connection
    meta.drop_all(engine)
    engine.dispose()


def _took_short_way(conn: Connection, prepared: Prepared, params: dict[str, object]) -> bool:
    contexts: list[object] = []

    def spy(_conn: object, _cursor: object, _sql: str, _params: object, context: object, _many: bool) -> None:
        contexts.append(context)

    event.listen(conn, "before_cursor_execute", spy)
    try:
        prepared.run(conn, params)
    finally:
        event.remove(conn, "before_cursor_execute", spy)
    return contexts == [None]


def test_insert_fills_plain_defaults_and_returns_the_id(conn: Connection) -> None:
    new_id = ADD.run(conn, {"name": "a", "n": 1}).scalar_one()
    row = BY_NAME.run(conn, {"name": "a"}).first()
    assert (row.id, row.name, row.note, row.done) == (new_id, "a", "none", False)
    assert row.done is False  # SQLite's 0 comes back as a bool, as SQLAlchemy gives it
    assert tuple(row) == tuple(conn.execute(BY_NAME.statement, {"name": "a"}).one())


def test_a_callable_default_is_left_to_sqlalchemy(conn: Connection) -> None:
    ADD.run(conn, {"name": "b"})  # "n" left out: its default is a function
    assert conn.execute(select(t.n).where(t.name == "b")).scalar_one() == 7
    assert ADD._plans[(conn.dialect.name, ("name",))] is _SLOW


def test_rows_read_like_sqlalchemys(conn: Connection) -> None:
    for name in ("x", "y", "z"):
        ADD.run(conn, {"name": name, "n": 0})
    SET_DONE.run(conn, {"key": "y", "flag": True})
    assert [tuple(r) for r in ALL.run(conn)] == [tuple(r) for r in conn.execute(ALL.statement)]
    assert [r.done for r in ALL.run(conn)] == [False, True, False]
    assert ALL.run(conn).scalars().all() == ["x", "y", "z"]
    assert FIRST_TWO.run(conn).scalars().all() == ["x", "y"]  # LIMIT's own bound value is filled in
    assert COUNT.run(conn).scalar() == 3
    assert BY_NAME.run(conn, {"name": "nobody"}).first() is None
    with pytest.raises(NoResultFound):
        BY_NAME.run(conn, {"name": "nobody"}).one()


def test_update_counts_rows(conn: Connection) -> None:
    ADD.run(conn, {"name": "c", "n": 0})
    assert SET_DONE.run(conn, {"key": "c", "flag": True}).rowcount == 1
    assert SET_DONE.run(conn, {"key": "nobody", "flag": True}).rowcount == 0


def test_the_short_way_is_taken_and_listeners_still_hear_it(conn: Connection) -> None:
    ADD.run(conn, {"name": "d", "n": 0})
    assert _took_short_way(conn, BY_NAME, {"name": "d"})
    assert _took_short_way(conn, SET_DONE, {"key": "d", "flag": False})


def test_errors_come_out_as_sqlalchemys(conn: Connection) -> None:
    ADD.run(conn, {"name": "dup", "n": 0})
    conn.commit()
    with pytest.raises(IntegrityError):
        ADD.run(conn, {"name": "dup", "n": 0})
    conn.rollback()
    with pytest.raises(InvalidRequestError):
        BY_NAME.run(conn, {})  # a required value missing: refused before the database sees it
    conn.rollback()
    assert COUNT.run(conn).scalar() == 1  # nothing half-written


def test_savepoint_statements_roll_back_alone(conn: Connection) -> None:
    ADD.run(conn, {"name": "kept", "n": 0})
    driver_sql(conn, "SAVEPOINT sp_test")
    ADD.run(conn, {"name": "undone", "n": 0})
    driver_sql(conn, "ROLLBACK TO SAVEPOINT sp_test")
    driver_sql(conn, "RELEASE SAVEPOINT sp_test")
    conn.commit()
    assert ALL.run(conn).scalars().all() == ["kept"]


def test_a_list_of_parameters_is_sqlalchemys_executemany(conn: Connection) -> None:
    plain = Prepared(insert(thing))
    plain.run(conn, [{"name": "m1", "n": 0}, {"name": "m2", "n": 0}])
    assert ALL.run(conn).scalars().all() == ["m1", "m2"]
