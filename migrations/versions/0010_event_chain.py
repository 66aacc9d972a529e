"""event chain: the event log becomes a hash chain, and its head is kept in event_chain

Adds `chain_hash` to event_log and the one-row table `event_chain` (head hash,
last event id, number of events), then chains every existing event in id order,
so a shop upgraded from any earlier revision verifies like a new one.

The hash is app.eventlog.chain.link, copied here so this migration never changes
with the application (tests/integration/test_migrations_data.py proves they agree).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 04:30:00
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 5000


def _link(
    prev: str,
    event_type: str,
    payload: str,
    actor: str,
    user_id: int | None,
    role: str,
    terminal: str,
    occurred_at: str,
) -> str:
    canonical = json.dumps(
        [prev, event_type, payload, actor, user_id, role or "", terminal, occurred_at],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def upgrade() -> None:
    with op.batch_alter_table("event_log") as batch:
        batch.add_column(sa.Column("chain_hash", sa.String(length=64), nullable=False, server_default=""))
    op.create_table(
        "event_chain",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("head", sa.String(length=64), nullable=False),
        sa.Column("last_event_id", sa.Integer(), nullable=False),
        sa.Column("events", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_chain")),
    )
    conn = op.get_bind()
    head, last_id, count = "", 0, 0
    while True:
        rows = conn.execute(
            sa.text(
                "SELECT id, event_type, payload, actor, user_id, role, terminal, occurred_at FROM event_log "
                "WHERE id > :last ORDER BY id LIMIT :most"
            ),
            {"last": last_id, "most": BATCH},
        ).all()
        if not rows:
            break
        updates = []
        for r in rows:
            head = _link(head, r.event_type, r.payload, r.actor, r.user_id, r.role, r.terminal, r.occurred_at)
            updates.append({"h": head, "i": r.id})
        conn.execute(sa.text("UPDATE event_log SET chain_hash = :h WHERE id = :i"), updates)
        last_id, count = rows[-1].id, count + len(rows)
    if count:  # a new shop gets its head row with its first event (app.eventlog.chain.lock_head)
        conn.execute(
            sa.text("INSERT INTO event_chain (id, head, last_event_id, events) VALUES (1, :h, :l, :n)"),
            {"h": head, "l": last_id, "n": count},
        )


def downgrade() -> None:
    op.drop_table("event_chain")
    with op.batch_alter_table("event_log") as batch:
        batch.drop_column("chain_hash")
