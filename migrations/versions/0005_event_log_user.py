"""event log user: who gave each command, as a user of the shop, and in which role

Adds `user_id` (nullable: a shop without users, a script, events written before
this version) and `role` ('' when unknown) to event_log, beside `actor` (the
person's name) and `terminal`. No payload changes.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 22:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("event_log") as batch:
        batch.add_column(sa.Column("user_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("role", sa.String(length=16), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("event_log") as batch:
        batch.drop_column("role")
        batch.drop_column("user_id")
