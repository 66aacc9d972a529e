"""The audit trail: every event in the log, with who gave it, their role and the terminal (`shop.audit`).

Read-only. The event log's own columns say who (actor, user_id, role) and
where (terminal); which receipt an event concerns comes from its payload, or
through its job or invoice when the payload names only those. No event holds
a PIN or its hash (domain.users.events), so neither can reach a row or a CSV.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import astuple, dataclass, fields
from datetime import date, datetime

from sqlalchemy import Connection, func, select

from app.eventlog.tables import event_log
from app.jobs.tables import job
from app.reception.tables import invoice, receipt

ev = event_log.c


@dataclass(frozen=True)
class AuditRow:
    at: str  # ISO 8601, the terminal's local time with its offset
    actor: str  # the user's name (or, in a shop without users, the owner's login)
    user_id: int | None
    role: str
    terminal: str
    event: str
    receipt_id: int | None
    invoice_no: str
    car_number: str


def has_audit_entries(conn: Connection) -> bool:
    """Whether the log holds any event at all (an empty audit means "nothing yet", not "nothing matches")."""
    return conn.execute(select(ev.id).limit(1)).first() is not None


def audit_rows(
    conn: Connection,
    *,
    user: str | int | None = None,
    receipt_id: int | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    invoice_no: str | None = None,
    car_number: str | None = None,
) -> list[AuditRow]:
    """The audit's rows, oldest first. `user` is a name or a user id; `since`/`until` days or moments, inclusive."""
    query = select(ev.occurred_at, ev.actor, ev.user_id, ev.role, ev.terminal, ev.event_type, ev.payload)
    if isinstance(user, int) and not isinstance(user, bool):
        query = query.where(ev.user_id == user)
    elif isinstance(user, str) and user.strip():
        query = query.where(ev.actor == user.strip())
    if since is not None:
        query = query.where(ev.occurred_at >= _moment(since))
    if until is not None:
        text = _moment(until)
        column = func.substr(ev.occurred_at, 1, 10) if len(text) == 10 else ev.occurred_at
        query = query.where(column <= text)
    receipt_of_job = {int(a): int(b) for a, b in conn.execute(select(job.c.id, job.c.receipt_id))}
    receipt_of_invoice = {str(a): int(b) for a, b in conn.execute(select(invoice.c.invoice_no, invoice.c.receipt_id))}
    invoice_of_receipt = {r: n for n, r in receipt_of_invoice.items()}
    car_of_receipt = {int(a): str(b) for a, b in conn.execute(select(receipt.c.id, receipt.c.car_number))}
    rows: list[AuditRow] = []
    for at, actor, user_id, role, terminal, event_type, payload in conn.execute(query.order_by(ev.id)):
        data = json.loads(payload)
        rid = data.get("receipt_id")
        if not isinstance(rid, int):
            rid = receipt_of_job.get(data.get("job_id")) or receipt_of_invoice.get(data.get("invoice_no"))
        row = AuditRow(
            at=at,
            actor=actor,
            user_id=user_id,
            role=role,
            terminal=terminal,
            event=event_type,
            receipt_id=rid,
            invoice_no=str(data.get("invoice_no") or invoice_of_receipt.get(rid, "") or ""),
            car_number=str(car_of_receipt.get(rid, "") if rid is not None else ""),
        )
        if receipt_id is not None and row.receipt_id != receipt_id:
            continue
        if invoice_no and row.invoice_no != invoice_no.strip():
            continue
        if car_number and car_number.strip().replace(" ", "") not in row.car_number.replace(" ", ""):
            continue
        rows.append(row)
    return rows


#: The CSV's header: the row's fields, in order.
CSV_COLUMNS = tuple(f.name for f in fields(AuditRow))


def audit_csv(rows: list[AuditRow]) -> str:
    """The rows as CSV text (header first), for a spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow(["" if value is None else value for value in astuple(row)])
    return out.getvalue()


def _moment(value: str | date) -> str:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()
