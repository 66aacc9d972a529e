"""estimates: parts carry their origin code (부품 구분)

Adds `part.origin` (A new genuine, B remanufactured, C used or reconditioned,
D certified alternative, F imported); parts already in the catalogue are A.

Revision ID: 0011
Revises: 0009
Create Date: 2026-12-02 05:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("part") as batch:
        batch.add_column(sa.Column("origin", sa.String(length=1), server_default="A", nullable=False))
        batch.create_check_constraint("known_origin", "origin IN ('A', 'B', 'C', 'D', 'F')")


def downgrade() -> None:
    with op.batch_alter_table("part") as batch:
        batch.drop_constraint(op.f("ck_part_known_origin"), type_="check")
        batch.drop_column("origin")
