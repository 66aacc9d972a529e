"""Test databases on both backends: a SQLite file, or a fresh PostgreSQL database per test.

PostgreSQL comes from PITLANE_TEST_POSTGRES_URL (`.ci/postgres` starts a
throwaway server and sets it; a developer runs `eval "$(.ci/postgres)"`). The
URL's role must be allowed to create databases: each test gets one of its own,
named `pitlane_t<pid>_<n>`, dropped (with its connections) after the test.
Without the variable the PostgreSQL variants fail on CI (CI=true) and are
skipped elsewhere, with the reason.
"""

from __future__ import annotations

import itertools
import os
import time
import warnings
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy.engine import make_url

POSTGRES_ENV = "PITLANE_TEST_POSTGRES_URL"
BACKENDS = ("sqlite", "postgresql")
_PREFIX = "pitlane_t"
_counter = itertools.count(1)


def on_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def postgres_admin_url() -> str:
    """The server to create test databases on; fails on CI and skips elsewhere when unset."""
    url = os.environ.get(POSTGRES_ENV, "").strip()
    if url:
        return url
    message = f"{POSTGRES_ENV} is not set, so the PostgreSQL variant cannot run"
    if on_ci():
        pytest.fail(f"{message}: CI must run it (.ci/run sources .ci/postgres, which sets it).", pytrace=False)
    pytest.skip(f'{message} (start a server with: eval "$(.ci/postgres)").')


def _conninfo(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def database_url(admin_url: str, name: str) -> str:
    """`admin_url` pointing at database `name` instead (SQLAlchemy form, psycopg driver)."""
    return make_url(admin_url).set(drivername="postgresql+psycopg", database=name).render_as_string(hide_password=False)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def drop_stale_databases(admin_url: str) -> None:
    """Drop test databases left by test runs that died (their process is gone)."""
    import psycopg

    try:
        conn = psycopg.connect(_conninfo(admin_url), autocommit=True, connect_timeout=10)
    except psycopg.Error:
        return  # the server is away: the PostgreSQL tests themselves will say so
    with conn:
        names = [r[0] for r in conn.execute("SELECT datname FROM pg_database WHERE datname LIKE 'pitlane\\_t%'")]
        for name in names:
            pid_text = name[len(_PREFIX) :].split("_", 1)[0]
            if pid_text.isdigit() and not _pid_alive(int(pid_text)):
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class PostgresDatabases:
    """Creates empty databases on the test server and drops them all on `drop_all()`."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self.created: list[str] = []

    def create(self) -> str:
        import psycopg

        name = f"{_PREFIX}{os.getpid()}_{next(_counter)}"
        with psycopg.connect(_conninfo(self.admin_url), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        self.created.append(name)
        return database_url(self.admin_url, name)

    def drop_all(self) -> None:
        import psycopg

        if not self.created:
            return
        with psycopg.connect(_conninfo(self.admin_url), autocommit=True) as conn:
            for name in self.created:
                for attempt in range(5):
                    try:
                        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                        break
                    except psycopg.errors.InsufficientPrivilege:
                        # A server-side worker (autovacuum) the role may not end: it is gone in a moment.
                        if attempt == 4:
                            warnings.warn(f"could not drop the test database {name}", stacklevel=1)
                        time.sleep(0.2 * (attempt + 1))
        self.created.clear()


def postgres_databases() -> Iterator[Callable[[], str]]:
    """Body of the `new_postgres_database` fixture: a factory of fresh, empty databases."""
    dbs = PostgresDatabases(postgres_admin_url())
    try:
        yield dbs.create
    finally:
        dbs.drop_all()


def backends_for(path: str, sqlite_only: bool) -> tuple[str, ...]:
    """Integration tests run on both databases; everything else (UI, unit) on SQLite only."""
    parts = path.replace(os.sep, "/").split("/")
    if sqlite_only or "integration" not in parts:
        return ("sqlite",)
    return BACKENDS
