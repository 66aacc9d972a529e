"""capacity: working days, the mechanic's queue and promised dates

Adds to `mechanic` the weekly pattern (`working_weekdays`, Monday to Saturday
by default) and where its queue ends (`queue_end`, `planned_on`); to
`man_day_reservation` the queue's order and state (`accepted_at`,
`started_on`, `promised_date`) and an index on (mechanic_id, released); the
tables `mechanic_day_off` and `shop_closure`; and `promised_date` on the
status board.

From this version a finished job gives its man-days back. Reservations of jobs
finished before it were kept under the old rule (their man-days never came
back, and no event says otherwise): they are marked released so they leave the
queue, and the mechanics' remaining man-days are left as they are, so
`check` still balances them against the event log.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 04:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("mechanic") as batch:
        batch.add_column(sa.Column("working_weekdays", sa.String(length=7), nullable=False, server_default="1111110"))
        batch.add_column(sa.Column("queue_end", sa.String(length=10), nullable=True))
        batch.add_column(sa.Column("planned_on", sa.String(length=10), nullable=True))
    with op.batch_alter_table("man_day_reservation") as batch:
        batch.add_column(sa.Column("accepted_at", sa.String(length=32), nullable=False, server_default=""))
        batch.add_column(sa.Column("started_on", sa.String(length=10), nullable=True))
        batch.add_column(sa.Column("promised_date", sa.String(length=10), nullable=True))
        batch.create_index("ix_man_day_reservation_queue", ["mechanic_id", "released"], unique=False)
    op.create_table(
        "mechanic_day_off",
        sa.Column("mechanic_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(
            ["mechanic_id"], ["mechanic.id"], name=op.f("fk_mechanic_day_off_mechanic_id_mechanic")
        ),
        sa.PrimaryKeyConstraint("mechanic_id", "day", name=op.f("pk_mechanic_day_off")),
    )
    op.create_table(
        "shop_closure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_day", sa.String(length=10), nullable=False),
        sa.Column("last_day", sa.String(length=10), nullable=False),
        sa.Column("note", sa.String(length=80), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shop_closure")),
    )
    with op.batch_alter_table("status_board") as batch:
        batch.add_column(sa.Column("promised_date", sa.String(length=10), nullable=False, server_default=""))
    # Jobs finished under the old rule leave the queue; their man-days stay as the events say.
    op.execute(
        "UPDATE man_day_reservation SET released = true "
        "WHERE receipt_id IN (SELECT receipt_id FROM job WHERE status = 'finished')"
    )
    # The queue's order for reservations made before it was kept: when their job was created.
    op.execute(
        "UPDATE man_day_reservation SET accepted_at = "
        "(SELECT job.created_at FROM job WHERE job.receipt_id = man_day_reservation.receipt_id) "
        "WHERE EXISTS (SELECT 1 FROM job WHERE job.receipt_id = man_day_reservation.receipt_id)"
    )


def downgrade() -> None:
    with op.batch_alter_table("status_board") as batch:
        batch.drop_column("promised_date")
    op.drop_table("shop_closure")
    op.drop_table("mechanic_day_off")
    with op.batch_alter_table("man_day_reservation") as batch:
        batch.drop_index("ix_man_day_reservation_queue")
        batch.drop_column("promised_date")
        batch.drop_column("started_on")
        batch.drop_column("accepted_at")
    with op.batch_alter_table("mechanic") as batch:
        batch.drop_column("planned_on")
        batch.drop_column("queue_end")
        batch.drop_column("working_weekdays")
