"""Shared infrastructure: the append-only event log, delivery bookkeeping, document number series."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, ForeignKey, Index, Integer, String, Table, Text

from app.metadata import metadata

event_log = Table(
    "event_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event_type", String(40), nullable=False),
    Column("payload", Text, nullable=False),
    Column("actor", String(80), nullable=False),  # the person: a signed-in user's name, else the owner's login
    # The signed-in user behind the event (None: a shop without users, a script, a migration) and their role.
    Column("user_id", Integer, nullable=True),
    Column("role", String(16), nullable=False, server_default=""),
    Column("terminal", String(80), nullable=False),
    Column("occurred_at", String(32), nullable=False),
    Column("dispatched", Boolean, nullable=False),
    # SHA-256 over the previous event's chain_hash and this event's content (app.eventlog.chain).
    Column("chain_hash", String(64), nullable=False, server_default=""),
)
Index("ix_event_log_pending", event_log.c.dispatched, event_log.c.id)


policy_done = Table(
    "policy_done",
    metadata,
    Column("event_id", Integer, ForeignKey("event_log.id"), primary_key=True),
    Column("policy", String(60), primary_key=True),
)


number_series = Table(
    "number_series",
    metadata,
    Column("series", String(40), primary_key=True),
    Column("last_seq", Integer, nullable=False),
)


# The head of the event log's hash chain: one row (id 1), locked by every transaction that logs events.
event_chain = Table(
    "event_chain",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("head", String(64), nullable=False),
    Column("last_event_id", Integer, nullable=False),
    Column("events", Integer, nullable=False),
)
