"""The read model's table: one denormalised row per receipt (the status board)."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Index, Integer, String, Table, Text, UniqueConstraint

from app.metadata import Money, metadata

status_board = Table(
    "status_board",
    metadata,
    Column("receipt_id", Integer, primary_key=True, autoincrement=False),
    Column("customer_name", String(80), nullable=False),
    Column("car_id", String(40), nullable=False),
    Column("car_number", String(20), nullable=False),
    Column("request_date", String(32), nullable=False),
    Column("mechanic_id", Integer, nullable=False),
    Column("mechanic_name", String(80), nullable=False),
    Column("job_id", Integer, nullable=True),
    Column("job_status", String(12), nullable=False),
    Column("reason", String(400), nullable=False, default=""),
    Column("reason_code", String(60), nullable=False, default="", server_default=""),
    Column("reason_params", Text, nullable=False, default="{}", server_default="{}"),  # Message params, JSON
    Column("total_price", Money, nullable=True),
    Column("invoice_no", String(40), nullable=True),
    Column("balance", Money, nullable=True),
    Column("paid", Boolean, nullable=False, default=False),
    Column("voided", Boolean, nullable=False, default=False),
    Column("last_event_id", Integer, nullable=False),
    Column("promised_date", String(10), nullable=False, default="", server_default=""),
    UniqueConstraint("job_id", name="uq_status_board_job_id"),
)
Index("ix_status_board_status", status_board.c.job_status)
Index("ix_status_board_mechanic", status_board.c.mechanic_id)
Index("ix_status_board_last_event", status_board.c.last_event_id)
