"""The status board read model: a denormalised row per receipt, projected from events.

`project` runs inside the transaction that appends the event, so the board is
never behind this terminal's own writes; `rebuild` replays the whole event log
through the same function. What an event changes is a pure function of it
(`_requested_row`, `_CHANGES`): `project` writes it with SQL, `fold` applies it
to rows in memory, which is how `check` proves the board is derived without one
statement per event.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
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


def _requested_row(event_id: int, e: RepairRequested) -> dict[str, Any]:
    """The board row a repair request starts."""
    return {
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
    }


# What each later event changes: (receipt id, columns and their new values) — pure functions of the
# event, applied by SQL in `project` and in memory in `fold`, so the two cannot tell different stories.
Changes = list[tuple[int, dict[str, Any]]]


def _cancelled(e: RequestCancelled) -> Changes:
    status = "rejected" if e.rejected else "cancelled"
    return [
        (e.receipt_id, {"job_status": status, "reason": e.reason, **reason_columns(e.reason_code, e.reason_params)})
    ]


def _job_created(e: JobCreated) -> Changes:
    return [(e.receipt_id, {"job_id": e.job_id, "job_status": "created", "promised_date": e.promised_date})]


def _promises_moved(e: PromisesMoved) -> Changes:
    return [(int(receipt_id), {"promised_date": day}) for receipt_id, day in e.promises.items()]


def _job_reassigned(e: JobReassigned) -> Changes:
    values = {"mechanic_id": e.to_mechanic_id, "mechanic_name": e.to_mechanic_name, "promised_date": e.promised_date}
    return [(e.receipt_id, values)]


def _job_started(e: JobStarted) -> Changes:
    return [(e.receipt_id, {"job_status": "started"})]


def _job_finished(e: JobFinished) -> Changes:
    return [(e.receipt_id, {"job_status": "finished"})]


def _job_cancelled(e: JobCancelled) -> Changes:
    return [(e.receipt_id, {"job_status": "cancelled"})]


def _bill_issued(e: BillIssued) -> Changes:
    values = {
        "total_price": e.total,
        "invoice_no": e.invoice_no,
        "balance": e.total,
        "paid": e.total == 0,
        "voided": False,  # a correction's new invoice follows the old one's credit note
    }
    return [(e.receipt_id, values)]


def _payment(e: PaymentRecorded) -> Changes:
    return [(e.receipt_id, {"balance": e.balance, "paid": e.balance == 0})]


def _voided(e: InvoiceVoided) -> Changes:
    return [(e.receipt_id, {"voided": True})]


def _corrected(e: InvoiceCorrected) -> Changes:
    """The new invoice's balance: what was paid on the old one counts on it."""
    balance = e.new_total - e.carried
    return [(e.receipt_id, {"invoice_no": e.new_invoice_no, "balance": balance, "paid": balance == 0, "voided": False})]


_CHANGES: dict[type[Event], Callable[[Any], Changes]] = {
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
_PROJECTIONS: tuple[type[Event], ...] = (RepairRequested, *_CHANGES)

BOARD_EVENTS = frozenset(cls.__name__ for cls in _PROJECTIONS)


def project(conn: Connection, event_id: int, event: Event) -> None:
    """Apply one event to the board (events that do not show on it are ignored)."""
    if type(event) is RepairRequested:
        _INSERT_ROW.run(conn, _requested_row(event_id, event))
        return
    changes = _CHANGES.get(type(event))
    if changes is not None:
        for receipt_id, values in changes(event):
            _set(conn, receipt_id, event_id, **values)


def rebuild(conn: Connection, batch: int = 5000) -> int:
    """Empty the board and replay the whole event log onto it; returns events applied."""
    conn.execute(delete(status_board))
    applied = 0
    for event_id, event in EventLogRepository(conn).replay(BOARD_EVENTS, batch):
        project(conn, event_id, event)
        applied += 1
    return applied


@dataclass
class Folded:
    """The board as the events tell it, built in memory: rows by receipt id, in the order requested."""

    rows: dict[int, dict[str, Any]] = field(default_factory=dict)
    #: Receipts requested by more than one event (the board's key refuses the second row).
    requested_twice: list[int] = field(default_factory=list)
    applied: int = 0


class BoardFold:
    """`rebuild` without the database, one event at a time: the same changes folded into rows in memory.

    An update to a receipt that has no row does nothing, as the UPDATE of `project` does.
    """

    def __init__(self) -> None:
        self.out = Folded()

    def apply(self, event_id: int, event: Event) -> None:
        self.apply_as(event_id, type(event), event)

    def apply_as(self, event_id: int, kind: type[Event], event: Any) -> None:
        """Apply `event`, of event class `kind`: the event itself, or its fields as attributes
        (app.eventlog.serialization.event_view: what `check` folds without making every event)."""
        out = self.out
        out.applied += 1
        rows = out.rows
        if kind is RepairRequested:
            if event.receipt_id in rows:
                out.requested_twice.append(event.receipt_id)
            else:
                rows[event.receipt_id] = _requested_row(event_id, event)
            return
        changes = _CHANGES.get(kind)
        if changes is None:
            return
        for receipt_id, values in changes(event):
            row = rows.get(receipt_id)
            if row is not None:
                row.update(values)
                row["last_event_id"] = event_id


def fold(events: Iterable[tuple[int, Event]]) -> Folded:
    """The board folded in memory from `events` (BoardFold over all of them)."""
    folding = BoardFold()
    apply = folding.apply
    for event_id, event in events:
        apply(event_id, event)
    return folding.out


def folded_from_log(conn: Connection, batch: int = 5000) -> Folded:
    """The board folded in memory from every board event of the log."""
    return fold(EventLogRepository(conn).replay(BOARD_EVENTS, batch))
