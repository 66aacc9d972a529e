"""vehicle search on PostgreSQL: pg_trgm GIN indexes behind the register's LIKE '%…%'

SQLite has its FTS5 trigram table (0008). On PostgreSQL the search reads the
plate, former plates, VIN, phone and name columns with LIKE; these indexes
(app/customers/search_index.py `TRIGRAM_INDEXES`) make each an index scan.
The extension is created if the server allows it; where it does not (a role
without CREATE on the database, no contrib package), the upgrade goes on
without the indexes and logs why: the search gives the same rows, slower.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02 14:10:00
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from alembic import op
from sqlalchemy.exc import DBAPIError

revision: str = "0015"
down_revision: str | Sequence[str] | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from app.customers.search_index import TRIGRAM_INDEXES

    try:
        with bind.begin_nested():  # a refusal must not abort the upgrade's transaction
            op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DBAPIError as exc:
        log.warning("pg_trgm is not available (%s): the vehicle search reads its tables", type(exc.orig).__name__)
        return
    for name, what in TRIGRAM_INDEXES.items():
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {what}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    from app.customers.search_index import TRIGRAM_INDEXES

    for name in TRIGRAM_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
