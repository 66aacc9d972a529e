"""`python -m app copy-to URL`: move a shop onto an empty database (SQLite onto PostgreSQL).

The target is migrated to head by the same migrations, then every table is
copied in foreign-key order inside one target transaction, ids and all, while
the source holds its writers off (so the copy is one consistent moment of the
shop). Before committing, the row counts of every table are compared; after,
PostgreSQL's id sequences are moved past the copied ids and `check` runs on the
target. Invoice PDFs are files and stay where they are: a terminal renders an
invoice's PDF again, byte for byte the same, when it is missing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from sqlalchemy import Connection, Table, func, insert, inspect, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from app import schema
from app.bootstrap import bootstrap
from app.checks import Report, run_checks
from app.customers.search_index import is_search_table
from app.db import Database, migrate, open_database
from app.profiles import mask_url
from app.shop import Shop

BATCH_ROWS = 2000
Progress = Callable[[str], None]


class CopyRefused(Exception):
    """The copy was not started or was undone: the message says why. Nothing was written."""


@dataclass
class CopyReport:
    target_url: str
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)  # table -> (source rows, target rows)
    check: Report | None = None

    @property
    def counts_match(self) -> bool:
        return all(a == b for a, b in self.counts.values())

    @property
    def ok(self) -> bool:
        return self.counts_match and self.check is not None and self.check.ok

    def render(self) -> str:
        lines = [f"Copied the shop to {mask_url(self.target_url)}:"]
        width = max((len(t) for t in self.counts), default=0)
        for table, (src, dst) in self.counts.items():
            mark = "" if src == dst else f"   ≠ {src:,} in the source"
            lines.append(f"  {table.ljust(width)} {dst:>9,} rows{mark}")
        if self.check is not None:
            lines.append("Checks on the new database:")
            lines.append(self.check.render())
        return "\n".join(lines)


def copy_shop(source: Shop, target_url: str, progress: Progress | None = None) -> CopyReport:
    """Copy every row of `source` onto the empty database at `target_url`, verify, and check it."""
    say = progress or (lambda _msg: None)
    if _same_database(source.db.url, target_url):
        raise CopyRefused("The target is the shop's own database; name another, empty one.")
    target = open_database(target_url)
    report = CopyReport(target_url)
    try:
        _refuse_unless_empty(target, target_url)
        say(f"Creating the schema on {mask_url(target_url)} ...")
        migrate(target)
        with source.db.write.connect() as src, src.begin(), target.write.connect() as dst, dst.begin():
            for table in schema.metadata.sorted_tables:
                _copy_table(src, dst, table)
                report.counts[table.name] = (_count(src, table), _count(dst, table))
            if not report.counts_match:
                raise CopyRefused(
                    "The row counts differ after copying, so nothing was kept: "
                    + "; ".join(f"{t} {a} ≠ {b}" for t, (a, b) in report.counts.items() if a != b)
                )
            if target.write.dialect.name == "postgresql":
                _move_sequences(dst)
    finally:
        target.dispose()
    say("Checking the new database ...")
    moved = bootstrap(settings=replace(source.settings, database_url=target_url), actor=source.actor)
    try:
        report.check = run_checks(moved)
    finally:
        moved.close()
    return report


def _same_database(a: str, b: str) -> bool:
    ua, ub = make_url(a), make_url(b)
    return all(x == y for x, y in zip(_where(ua), _where(ub), strict=True))


def _where(url: URL) -> tuple[object, ...]:
    return (url.get_backend_name(), url.host, url.port, url.database)


def _refuse_unless_empty(target: Database, url: str) -> None:
    """Accept a database with no tables, or Pitlane's tables all empty (migrated, never used)."""
    tables = set(inspect(target.read).get_table_names())
    ours = {t.name for t in schema.metadata.sorted_tables}
    foreign = sorted(t for t in tables - ours - {"alembic_version"} if not is_search_table(t))  # the index is ours
    if foreign:
        raise CopyRefused(
            f"The database at {mask_url(url)} is not empty (it has the tables {', '.join(foreign[:5])}); "
            "copy-to only fills an empty database."
        )
    with target.read.connect() as conn:
        for table in schema.metadata.sorted_tables:
            if table.name in tables and conn.execute(select(func.count()).select_from(table)).scalar_one():
                raise CopyRefused(
                    f"The database at {mask_url(url)} already holds a shop (table {table.name} has rows); "
                    "copy-to only fills an empty database."
                )


def _copy_table(src: Connection, dst: Connection, table: Table) -> None:
    query = select(table).order_by(*table.primary_key.columns)
    result = src.execution_options(yield_per=BATCH_ROWS).execute(query)
    try:
        for rows in result.partitions():
            dst.execute(insert(table), [dict(r._mapping) for r in rows])
    except DBAPIError as exc:
        raise CopyRefused(
            f"Copying table {table.name} failed, so nothing was kept: {str(exc.orig).strip().splitlines()[0]}"
        ) from None


def _count(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _move_sequences(conn: Connection) -> None:
    """Set each id sequence past the copied ids, so the next row gets a fresh id."""
    for table in schema.metadata.sorted_tables:
        column = table.autoincrement_column
        if column is None:
            continue
        sequence = conn.execute(
            text("SELECT pg_get_serial_sequence(:table, :column)"), {"table": table.name, "column": column.name}
        ).scalar()
        if sequence is None:
            continue
        conn.execute(
            text("SELECT setval(CAST(:seq AS regclass), :next, false)"),
            {"seq": sequence, "next": int(conn.execute(select(func.coalesce(func.max(column), 0))).scalar_one()) + 1},
        )
