"""Tables of the jobs context (정비소): jobs and the parts they asked for."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Integer, String, Table, Text

from app.metadata import Money, metadata

job = Table(
    "job",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("receipt_id", Integer, nullable=False, unique=True),
    Column("mechanic_id", Integer, nullable=False, index=True),
    Column("man_day", Integer, nullable=False),
    Column("status", String(12), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("started_at", String(32), nullable=True),
    Column("finished_at", String(32), nullable=True),
)


part_request = Table(
    "part_request",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("job_id", Integer, ForeignKey("job.id"), nullable=False, index=True),
    Column("part_id", Integer, nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("status", String(12), nullable=False),
    Column("part_code", String(40), nullable=False, default=""),
    Column("name", String(120), nullable=False, default=""),
    Column("unit_price", Money, nullable=False, default=0),
    # what each piece cost the shop when provided (its average purchase cost then; 0: never said)
    Column("unit_cost", Money, nullable=False, default=0, server_default="0"),
    Column("reason", String(400), nullable=False, default=""),
    Column("reason_code", String(60), nullable=False, default="", server_default=""),
    Column("reason_params", Text, nullable=False, default="{}", server_default="{}"),  # Message params, JSON
    Column("requested_at", String(32), nullable=False),
)
