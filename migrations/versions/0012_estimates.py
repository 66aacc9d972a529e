"""estimates: parts carry their origin code (부품 구분); estimates and their lines

Adds `part.origin` (A new genuine, B remanufactured, C used or reconditioned,
D certified alternative, F imported); parts already in the catalogue are A.
Adds `estimate` (the customer's consent: how, who, when; the refusal or the
decline's reason) and `estimate_line` (labour, parts at the day's price).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 05:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("part") as batch:
        batch.add_column(sa.Column("origin", sa.String(length=1), server_default="A", nullable=False))
        batch.create_check_constraint("known_origin", "origin IN ('A', 'B', 'C', 'D', 'F')")
    op.create_table(
        "estimate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("estimate_no", sa.String(length=20), nullable=False),
        sa.Column("customer_name", sa.String(length=80), nullable=False),
        sa.Column("customer_phone", sa.String(length=30), nullable=False),
        sa.Column("car_number", sa.String(length=20), nullable=False),
        sa.Column("mileage", sa.Integer(), nullable=True),
        sa.Column("mechanic_id", sa.Integer(), nullable=False),
        sa.Column("mechanic_name", sa.String(length=80), nullable=False),
        sa.Column("man_day", sa.Integer(), nullable=False),
        sa.Column("fare", sa.BigInteger(), nullable=False),
        sa.Column("term", sa.String(length=80), nullable=False),
        sa.Column("drafted_at", sa.String(length=32), nullable=False),
        sa.Column("drafted_by", sa.String(length=80), nullable=False),
        sa.Column("valid_until", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("receipt_id", sa.Integer(), nullable=True),
        sa.Column("consent_how", sa.String(length=16), nullable=False),
        sa.Column("consent_by", sa.String(length=80), nullable=False),
        sa.Column("consent_at", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.String(length=400), nullable=False),
        sa.Column("reason_code", sa.String(length=60), nullable=False),
        sa.Column("reason_params", sa.Text(), nullable=False),
        sa.Column("declined_at", sa.String(length=32), nullable=False),
        sa.CheckConstraint("status IN ('open', 'approved', 'declined')", name=op.f("ck_estimate_known_status")),
        sa.CheckConstraint("man_day > 0", name=op.f("ck_estimate_man_day_positive")),
        sa.CheckConstraint("fare >= 0", name=op.f("ck_estimate_fare_not_negative")),
        sa.ForeignKeyConstraint(["mechanic_id"], ["mechanic.id"], name=op.f("fk_estimate_mechanic_id_mechanic")),
        sa.ForeignKeyConstraint(["receipt_id"], ["receipt.id"], name=op.f("fk_estimate_receipt_id_receipt")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_estimate")),
        sa.UniqueConstraint("estimate_no", name=op.f("uq_estimate_estimate_no")),
    )
    op.create_index("ix_estimate_car_number", "estimate", ["car_number"])
    op.create_index("ix_estimate_receipt_id", "estimate", ["receipt_id"])
    op.create_table(
        "estimate_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("estimate_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("description", sa.String(length=120), nullable=False),
        sa.Column("part_id", sa.Integer(), nullable=True),
        sa.Column("part_code", sa.String(length=40), nullable=False),
        sa.Column("origin", sa.String(length=1), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("kind IN ('labour', 'part')", name=op.f("ck_estimate_line_known_kind")),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_estimate_line_quantity_positive")),
        sa.CheckConstraint("unit_price >= 0", name=op.f("ck_estimate_line_unit_price_not_negative")),
        sa.ForeignKeyConstraint(["estimate_id"], ["estimate.id"], name=op.f("fk_estimate_line_estimate_id_estimate")),
        sa.ForeignKeyConstraint(["part_id"], ["part.id"], name=op.f("fk_estimate_line_part_id_part")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_estimate_line")),
    )
    op.create_index("ix_estimate_line_estimate_id", "estimate_line", ["estimate_id"])
    op.create_table(
        "canned_job",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("labour", sa.BigInteger(), nullable=False),
        sa.Column("man_day", sa.Integer(), nullable=False),
        sa.CheckConstraint("labour >= 0", name=op.f("ck_canned_job_labour_not_negative")),
        sa.CheckConstraint("man_day > 0", name=op.f("ck_canned_job_man_day_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_canned_job")),
        sa.UniqueConstraint("name", name=op.f("uq_canned_job_name")),
    )
    op.create_table(
        "canned_job_part",
        sa.Column("canned_job_id", sa.Integer(), nullable=False),
        sa.Column("part_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_canned_job_part_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["canned_job_id"], ["canned_job.id"], name=op.f("fk_canned_job_part_canned_job_id_canned_job")
        ),
        sa.ForeignKeyConstraint(["part_id"], ["part.id"], name=op.f("fk_canned_job_part_part_id_part")),
        sa.PrimaryKeyConstraint("canned_job_id", "part_id", name=op.f("pk_canned_job_part")),
    )

    op.create_table(
        "additional_work",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("car_number", sa.String(length=20), nullable=False),
        sa.Column("description", sa.String(length=120), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("proposed_by", sa.String(length=80), nullable=False),
        sa.Column("proposed_at", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("consent_how", sa.String(length=16), nullable=False),
        sa.Column("consent_by", sa.String(length=80), nullable=False),
        sa.Column("consent_at", sa.String(length=32), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "status IN ('proposed', 'approved', 'declined')", name=op.f("ck_additional_work_known_status")
        ),
        sa.CheckConstraint("amount >= 0", name=op.f("ck_additional_work_amount_not_negative")),
        sa.ForeignKeyConstraint(["job_id"], ["job.id"], name=op.f("fk_additional_work_job_id_job")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_additional_work")),
    )
    op.create_index("ix_additional_work_job_id", "additional_work", ["job_id"])
    op.create_index("ix_additional_work_car_number", "additional_work", ["car_number"])


def downgrade() -> None:
    op.drop_index("ix_additional_work_car_number", table_name="additional_work")
    op.drop_index("ix_additional_work_job_id", table_name="additional_work")
    op.drop_table("additional_work")
    op.drop_table("canned_job_part")
    op.drop_table("canned_job")
    op.drop_index("ix_estimate_line_estimate_id", table_name="estimate_line")
    op.drop_table("estimate_line")
    op.drop_index("ix_estimate_receipt_id", table_name="estimate")
    op.drop_index("ix_estimate_car_number", table_name="estimate")
    op.drop_table("estimate")
    with op.batch_alter_table("part") as batch:
        batch.drop_constraint(op.f("ck_part_known_origin"), type_="check")
        batch.drop_column("origin")
