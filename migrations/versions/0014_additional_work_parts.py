"""additional work with parts: the parts a bay proposal takes (추가정비 부품)

Adds `additional_work_part` (the proposal, the part, the quantity): a proposal
from the bay may carry parts besides its labour; they are requested on the job
only once the customer agrees.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 14:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | Sequence[str] | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "additional_work_part",
        sa.Column("work_id", sa.Integer(), nullable=False),
        sa.Column("part_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_additional_work_part_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["work_id"], ["additional_work.id"], name=op.f("fk_additional_work_part_work_id_additional_work")
        ),
        sa.ForeignKeyConstraint(["part_id"], ["part.id"], name=op.f("fk_additional_work_part_part_id_part")),
        sa.PrimaryKeyConstraint("work_id", "part_id", name=op.f("pk_additional_work_part")),
    )


def downgrade() -> None:
    op.drop_table("additional_work_part")
