"""reasons by code: receipts, part requests and board rows keep why they were refused as a code

Adds `reason_code` and `reason_params` (the `Message.to_dict()["params"]` as JSON)
beside the English `reason` of receipt, part_request and status_board, and gives
the rows and logged events written before this version the code of their
reason, recognised from the English sentences Pitlane wrote then. A reason a
person typed has no code and is left as typed.

The logged events (ManDayOver, PartRequestCancelled, RequestCancelled) get the
two fields in their payload too, exactly as Pitlane writes them now, so the
board rebuilt from the log still equals the live one. This must run before
anything that seals the event log's payloads (a hash chain).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 21:00:00
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The tables with a stored reason, and their key.
TABLES = {"receipt": "id", "part_request": "id", "status_board": "receipt_id"}
EVENTS = ("ManDayOver", "PartRequestCancelled", "RequestCancelled")

#: The sentences of the versions before codes, and the code each one is now.
_OLD_SENTENCES: list[tuple[str, re.Pattern[str], dict[str, type]]] = [
    (
        "mechanic.man_days_short",
        re.compile(
            r"^(?P<name>.+) has only (?P<left>\d+) man-day\(s\) left and this repair needs (?P<need>\d+)\. "
            r"Choose another mechanic, lower the estimate, or raise their man-days\.$"
        ),
        {"name": str, "left": int, "need": int},
    ),
    (
        "vehicleparts.out_of_stock",
        re.compile(r"^(?P<part>.+) \((?P<code>[^()]+)\) is out of stock\.$"),
        {"part": str, "code": str},
    ),
    (
        "vehicleparts.short_stock",
        re.compile(r"^Only (?P<stock>\d+) of (?P<part>.+) \((?P<code>[^()]+)\) in stock; (?P<qty>\d+) asked\.$"),
        {"stock": int, "part": str, "code": str, "qty": int},
    ),
    ("reception.cancelled_by_customer", re.compile(r"^Cancelled by the customer\.$"), {}),
]


def by_code(reason: str) -> tuple[str, dict[str, Any]] | None:
    """The code and parameters of an old English reason, or None (a reason a person typed)."""
    for code, pattern, types in _OLD_SENTENCES:
        found = pattern.match(reason)
        if found:
            return code, {name: kind(found[name]) for name, kind in types.items()}
    return None


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("reason_code", sa.String(length=60), server_default="", nullable=False))
            batch_op.add_column(sa.Column("reason_params", sa.Text(), server_default="{}", nullable=False))
    conn = op.get_bind()
    for table, key in TABLES.items():
        rows = conn.execute(sa.text(f"SELECT {key}, reason FROM {table} WHERE reason <> ''")).all()
        for row_id, reason in rows:
            found = by_code(reason)
            if found is not None:
                conn.execute(
                    sa.text(f"UPDATE {table} SET reason_code = :code, reason_params = :params WHERE {key} = :id"),
                    {"code": found[0], "params": _json(found[1]), "id": row_id},
                )
    logged = conn.execute(
        sa.text("SELECT id, payload FROM event_log WHERE event_type IN :types").bindparams(
            sa.bindparam("types", expanding=True)
        ),
        {"types": list(EVENTS)},
    ).all()
    for event_id, payload in logged:
        data = json.loads(payload)
        found = None if "reason_code" in data else by_code(str(data.get("reason", "")))
        if found is not None:
            data["reason_code"], data["reason_params"] = found
            conn.execute(
                sa.text("UPDATE event_log SET payload = :payload WHERE id = :id"), {"payload": _json(data), "id": event_id}
            )


def downgrade() -> None:
    conn = op.get_bind()
    logged = conn.execute(
        sa.text("SELECT id, payload FROM event_log WHERE event_type IN :types").bindparams(
            sa.bindparam("types", expanding=True)
        ),
        {"types": list(EVENTS)},
    ).all()
    for event_id, payload in logged:  # the version before reads no codes: it would refuse the fields
        data = json.loads(payload)
        if "reason_code" in data or "reason_params" in data:
            data.pop("reason_code", None)
            data.pop("reason_params", None)
            conn.execute(
                sa.text("UPDATE event_log SET payload = :payload WHERE id = :id"), {"payload": _json(data), "id": event_id}
            )
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("reason_params")
            batch_op.drop_column("reason_code")
