"""Helpers for the core's integration tests: table snapshots, event-log and board reads, the command line.

Their test data is built by tests.builders.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app import schema as s
from app.bootstrap import Shop
from app.db import ROOT
from app.eventlog.serialization import from_json
from app.queries import BoardRow

Snapshot = dict[str, list[tuple[Any, ...]]]


def wait_for_documents(shop: Shop) -> None:
    """Wait for the PDFs this terminal writes after commit (they store their hash when done)."""
    with shop.db.read.connect() as conn:
        numbers = list(conn.execute(select(s.invoice.c.invoice_no)).scalars())
        numbers += [n for n in conn.execute(select(s.invoice.c.credit_note_no)).scalars() if n]
    for number in numbers:
        shop.documents.wait(number)


def snapshot(shop: Shop) -> Snapshot:
    """Every row of every table of the schema, in a stable order (after background PDFs are written)."""
    wait_for_documents(shop)
    out: Snapshot = {}
    with shop.db.read.connect() as conn:
        for table in s.metadata.sorted_tables:
            order = list(table.primary_key.columns) or list(table.columns)
            out[table.name] = [tuple(row) for row in conn.execute(select(table).order_by(*order))]
    return out


def diff(before: Snapshot, after: Snapshot) -> list[str]:
    """The tables whose rows differ, in words (empty when nothing changed)."""
    changed = []
    for name in sorted(set(before) | set(after)):
        a, b = before.get(name, []), after.get(name, [])
        if a != b:
            gone = [r for r in a if r not in b]
            new = [r for r in b if r not in a]
            changed.append(f"{name}: {len(gone)} row(s) gone {gone[:2]}, {len(new)} row(s) new {new[:2]}")
    return changed


def count(shop: Shop, table: Any, *where: Any) -> int:
    with shop.db.read.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one())


def events(shop: Shop, *types: str) -> list[Any]:
    """The events in the log (of the given types), oldest first, as domain objects."""
    log = s.event_log.c
    query = select(log.event_type, log.payload).order_by(log.id)
    if types:
        query = query.where(log.event_type.in_(types))
    with shop.db.read.connect() as conn:
        return [from_json(row.event_type, row.payload) for row in conn.execute(query)]


def log_rows(shop: Shop) -> list[Any]:
    with shop.db.read.connect() as conn:
        return list(conn.execute(select(s.event_log).order_by(s.event_log.c.id)))


def man_day(shop: Shop, mechanic_id: int) -> int:
    with shop.db.read.connect() as conn:
        return int(conn.execute(select(s.mechanic.c.man_day).where(s.mechanic.c.id == mechanic_id)).scalar_one())


def stock(shop: Shop, part_id: int) -> int:
    with shop.db.read.connect() as conn:
        return int(conn.execute(select(s.part.c.stock).where(s.part.c.id == part_id)).scalar_one())


def row(shop: Shop, receipt_id: int) -> BoardRow:
    (found,) = [r for r in shop.status_board() if r.receipt_id == receipt_id]
    return found


def job_of(shop: Shop, receipt_id: int) -> int:
    job_id = row(shop, receipt_id).job_id
    assert job_id is not None, f"receipt {receipt_id} has no job"
    return job_id


def cli(db_url: str, tmp_path: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m app --database URL --invoice-dir TMP/invoices ARGS`, in a home of its own under `tmp_path`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PITLANE_")}
    env["HOME"] = str(tmp_path / "home")  # never the developer's own profile or data folder
    env["XDG_DATA_HOME"] = str(tmp_path / "home" / "data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "home" / "config")
    return subprocess.run(
        [sys.executable, "-m", "app", "--database", db_url, "--invoice-dir", str(tmp_path / "invoices"), *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    """The command's output, after asserting it succeeded without a traceback."""
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout
