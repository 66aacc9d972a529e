"""Alembic environment: the app's MetaData; batch mode for SQLite; types compared."""

from __future__ import annotations

import logging.config
import os

from alembic import context
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, create_engine
from sqlalchemy.pool import StaticPool

from app.customers.search_index import is_search_table, is_trigram_index
from app.schema import metadata

config = context.config
if config.config_file_name is not None and config.attributes.get("connection") is None:
    # Only when run from the alembic CLI; never silence the application's loggers.
    logging.config.fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = metadata


#: alembic.ini's default: an empty in-memory database that is first brought to head by the
#: migrations, so `alembic check` and `alembic revision --autogenerate` compare the models with
#: the migrations out of the box. PITLANE_DATABASE_URL points the CLI at a real database instead.
SCRATCH_URL = "sqlite://"


def _url() -> str:
    return os.environ.get("PITLANE_DATABASE_URL") or config.get_main_option("sqlalchemy.url") or ""


def run_migrations_offline() -> None:
    context.configure(
        url=_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _include_name(name: str | None, type_: str, _parent: object) -> bool:
    """Leave out what only migrations manage: the register's search indexes (app/customers/search_index.py)."""
    if name is None:
        return True
    if type_ == "index" and is_trigram_index(name):
        return False
    return not (type_ == "table" and is_search_table(name))


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=_include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


def _bring_to_head(connection: Connection) -> None:
    """Build the scratch database by the migrations themselves (not create_all), so a check compares them."""
    script = ScriptDirectory.from_config(config)
    migration = MigrationContext.configure(
        connection,
        opts={"fn": lambda rev, _ctx: script._upgrade_revs("head", rev), "render_as_batch": True},
    )
    with Operations.context(migration), migration.begin_transaction():
        migration.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = _url()
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    scratch = url == SCRATCH_URL
    # One connection for the whole in-memory scratch database, or it would vanish between steps.
    engine = create_engine(url, poolclass=StaticPool) if scratch else create_engine(url)
    with engine.connect() as conn:
        if scratch:
            _bring_to_head(conn)
            conn.commit()
        _run(conn)
        conn.commit()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
