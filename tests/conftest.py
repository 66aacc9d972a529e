"""Shared fixtures: a real database migrated by Alembic, fresh for every test.

`db_url` (and `shop`, built on it) runs every test under tests/integration on
both databases: `[sqlite]`, a file in the test's folder, and `[postgresql]`, a
fresh database on the server named by PITLANE_TEST_POSTGRES_URL (see
tests/databases.py). Tests elsewhere (unit, ui) and tests marked `sqlite_only`
get SQLite alone. Select one backend with `-k sqlite` / `-m "not postgres"`.
`desk` is the front desk's terminal on a hand-moved `clock` (a module that wants
another start overrides `clock`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.bootstrap import Shop, bootstrap
from tests import databases
from tests.builders import FakeClock


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_url" not in metafunc.fixturenames:
        return
    sqlite_only = metafunc.definition.get_closest_marker("sqlite_only") is not None
    backends = databases.backends_for(str(metafunc.definition.path), sqlite_only)
    if len(backends) > 1:
        metafunc.parametrize(
            "db_url",
            [pytest.param(b, id=b, marks=[pytest.mark.postgres] if b == "postgresql" else []) for b in backends],
            indirect=True,
        )


@pytest.fixture(scope="session", autouse=True)
def _drop_stale_postgres_databases() -> None:
    url = os.environ.get(databases.POSTGRES_ENV)
    if url:
        databases.drop_stale_databases(url)


@pytest.fixture
def new_postgres_database() -> Iterator[Callable[[], str]]:
    """A factory of fresh, empty PostgreSQL databases (URLs), dropped after the test."""
    yield from databases.postgres_databases()


@pytest.fixture
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database: a SQLite file, or (the `postgresql` variant) a fresh PostgreSQL database."""
    if getattr(request, "param", "sqlite") == "postgresql":
        create: Callable[[], str] = request.getfixturevalue("new_postgres_database")
        return create()
    return f"sqlite:///{tmp_path / 'shop.db'}"


@pytest.fixture
def shop(db_url: str, tmp_path: Path) -> Iterator[Shop]:
    s = bootstrap(database_url=db_url, invoice_dir=tmp_path / "invoices", actor="tester", terminal="test-1")
    try:
        yield s
    finally:
        s.close()


@pytest.fixture
def clock() -> FakeClock:
    """The shop's time, moved by hand: 2026-11-24 09:00 KST unless the module overrides `clock`."""
    return FakeClock()


@pytest.fixture
def desk(db_url: str, tmp_path: Path, clock: FakeClock) -> Iterator[Shop]:
    """The front desk (actor `desk`, terminal `front-1`) on `clock`; its PDFs under tmp_path/invoices."""
    s = bootstrap(db_url, tmp_path / "invoices", actor="desk", terminal="front-1", clock=clock)
    try:
        yield s
    finally:
        s.close()  # waits for the PDFs still being written
