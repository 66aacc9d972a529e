"""Tables of the users context: who may sign in, their role, their PIN's hash and their lockout."""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, Column, ForeignKey, Integer, String, Table

from app.metadata import metadata

# "user" is a reserved word in PostgreSQL: the table is the shop's users.
shop_user = Table(
    "shop_user",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(40), nullable=False, unique=True),
    Column("role", String(16), nullable=False),
    # Only ever app.pins.hash_pin's string (scheme, parameters, salt, key); never the PIN.
    Column("pin_hash", String(200), nullable=False),
    Column("mechanic_id", Integer, ForeignKey("mechanic.id"), nullable=True, unique=True),
    Column("disabled", Boolean, nullable=False, default=False),
    Column("failed_attempts", Integer, nullable=False, default=0),
    Column("locked_until", String(32), nullable=True),  # ISO 8601 with its offset
    Column("created_at", String(32), nullable=False),
    CheckConstraint("role IN ('manager', 'desk', 'mechanic', 'parts')", name="known_role"),
    CheckConstraint("failed_attempts >= 0", name="attempts_not_negative"),
)
