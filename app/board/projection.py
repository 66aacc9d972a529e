"""The status board read model: a denormalised row per receipt, projected from events.

`project` runs inside the transaction that appends the event, so the board is
never behind this terminal's own writes; `rebuild` replays the whole event log
through the same function, which is how `check` proves the board is derived.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, update

from app.board.tables import status_board
from app.eventlog.repository import EventLogRepository
from app.persistence import reason_columns
from app.prepared import Prepared
from domain.billing.events import InvoiceCorrected
from domain.events import (
    BillIssued,
    Event,
    InvoiceVoided,
    JobCancelled,
    JobCreated,
    JobFinished,
    JobReassigned,
    JobStarted,
    PaymentRecorded,
    PromisesMoved,
    RepairRequested,
    RequestCancelled,
)

b = status_board.c


_UPDATES: dict[frozenset[str], Any] = {}
_INSERT_ROW = Prepared(insert(status_board))
_NO_REASON = reason_columns("", {})


def _set(conn: Connection, receipt_id: int, event_id: int, **values: Any) -> None:
    # One prepared UPDATE per set of columns, built on first use and reused after.
    key = frozenset(values)
    stmt = _UPDATES.get(key)
    if stmt is None:
        stmt = Prepared(
            update(status_board)
            .where(b.receipt_id == bindparam("key_receipt_id"))
            .values(last_event_id=bindparam("new_last_event_id"), **{k: bindparam(f"new_{k}") for k in values})
        )
        _UPDATES[key] = stmt
    params = {f"new_{k}": v for k, v in values.items()}
    params["key_receipt_id"] = receipt_id
    params["new_last_event_id"] = event_id
    stmt.run(conn, params)


def _requested(conn: Connection, event_id: int, e: RepairRequested) -> None:
    _INSERT_ROW.run(
        conn,
        {
            "receipt_id": e.receipt_id,
            "customer_name": e.customer_name,
            "car_id": e.car_id,
            "car_number": e.car_number,
            "request_date": e.requested_at,
            "mechanic_id": e.mechanic_id,
            "mechanic_name": e.mechanic_name,
            "job_id": None,
            "job_status": "requested",
            "reason": "",
            **_NO_REASON,
            "total_price": None,
            "invoice_no": None,
            "balance": None,
            "paid": False,
            "voided": False,
            "last_event_id": event_id,
            "promised_date": "",
        },
    )


def _cancelled(conn: Connection, event_id: int, e: RequestCancelled) -> None:
    status = "rejected" if e.rejected else "cancelled"
    by_code = reason_columns(e.reason_code, e.reason_params)
    _set(conn, e.receipt_id, event_id, job_status=status, reason=e.reason, **by_code)


def _job_created(conn: Connection, event_id: int, e: JobCreated) -> None:
    _set(conn, e.receipt_id, event_id, job_id=e.job_id, job_status="created", promised_date=e.promised_date)


def _promises_moved(conn: Connection, event_id: int, e: PromisesMoved) -> None:
    for receipt_id, day in e.promises.items():
        _set(conn, int(receipt_id), event_id, promised_date=day)


def _job_reassigned(conn: Connection, event_id: int, e: JobReassigned) -> None:
    _set(
        conn,
        e.receipt_id,
        event_id,
        mechanic_id=e.to_mechanic_id,
        mechanic_name=e.to_mechanic_name,
        promised_date=e.promised_date,
    )


def _job_started(conn: Connection, event_id: int, e: JobStarted) -> None:
    _set(conn, e.receipt_id, event_id, job_status="started")


def _job_finished(conn: Connection, event_id: int, e: JobFinished) -> None:
    _set(conn, e.receipt_id, event_id, job_status="finished")


def _job_cancelled(conn: Connection, event_id: int, e: JobCancelled) -> None:
    _set(conn, e.receipt_id, event_id, job_status="cancelled")


def _bill_issued(conn: Connection, event_id: int, e: BillIssued) -> None:
    _set(
        conn,
        e.receipt_id,
        event_id,
        total_price=e.total,
        invoice_no=e.invoice_no,
        balance=e.total,
        paid=e.total == 0,
        voided=False,  # a correction's new invoice follows the old one's credit note
    )


def _payment(conn: Connection, event_id: int, e: PaymentRecorded) -> None:
    _set(conn, e.receipt_id, event_id, balance=e.balance, paid=e.balance == 0)


def _voided(conn: Connection, event_id: int, e: InvoiceVoided) -> None:
    _set(conn, e.receipt_id, event_id, voided=True)


def _corrected(conn: Connection, event_id: int, e: InvoiceCorrected) -> None:
    """The new invoice's balance: what was paid on the old one counts on it."""
    balance = e.new_total - e.carried
    _set(conn, e.receipt_id, event_id, invoice_no=e.new_invoice_no, balance=balance, paid=balance == 0, voided=False)


_PROJECTIONS: dict[type[Event], Callable[[Connection, int, Any], None]] = {
    RepairRequested: _requested,
    RequestCancelled: _cancelled,
    JobCreated: _job_created,
    JobStarted: _job_started,
    JobFinished: _job_finished,
    JobCancelled: _job_cancelled,
    BillIssued: _bill_issued,
    PaymentRecorded: _payment,
    InvoiceVoided: _voided,
    PromisesMoved: _promises_moved,
    JobReassigned: _job_reassigned,
    InvoiceCorrected: _corrected,
}

BOARD_EVENTS = frozenset(cls.__name__ for cls in _PROJECTIONS)


def project(conn: Connection, event_id: int, event: Event) -> None:
    """Apply one event to the board (events that do not show on it are ignored)."""
    handler = _PROJECTIONS.get(type(event))
    if handler is not None:
        handler(conn, event_id, event)


def rebuild(conn: Connection, batch: int = 5000) -> int:
    """Empty the board and replay the whole event log onto it; returns events applied."""
    conn.execute(delete(status_board))
    applied = 0
    for event_id, event in EventLogRepository(conn).replay(BOARD_EVENTS, batch):
        project(conn, event_id, event)
        applied += 1
    return applied
