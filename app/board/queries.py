"""Reads of the status board: its rows for scripts, the wall and the desk, never ORM objects."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, and_, bindparam, func, or_, select
from sqlalchemy.sql import ColumnElement

from app.board.tables import status_board
from app.eventlog.tables import event_log
from app.persistence import reason_message
from app.prepared import Prepared
from domain.texts import Message

b = status_board.c


@dataclass(frozen=True)
class BoardRow:
    """One receipt on the status board (현황판), as every terminal sees it.

    `job_status` (a published name) is the receipt's state as much as its job's:
    `requested`, `rejected` and `cancelled` come before or instead of a job,
    `created`, `started` and `finished` are the job's. `reason` is the English
    sentence of a rejection or cancellation; `reason_message` the same by code,
    for a screen to render in its language (None when a person typed it).
    """

    receipt_id: int
    customer_name: str
    car_id: str
    car_number: str
    request_date: str
    mechanic_id: int
    mechanic_name: str
    job_id: int | None
    job_status: str
    total_price: int | None
    invoice_no: str | None
    paid: bool
    balance: int | None
    voided: bool
    reason: str
    last_event_id: int
    reason_message: Message | None = None
    #: The planned finish promised (YYYY-MM-DD; '' until a job exists), and whether it has passed unfinished.
    promised_date: str = ""
    overdue: bool = False  # on the day it was read

    def overdue_on(self, day: date) -> bool:
        """Whether the job is past its promised date on `day` and not finished."""
        return bool(self.promised_date) and self.job_status in _OPEN and self.promised_date < day.isoformat()


BOARD_COLUMNS = (
    b.receipt_id,
    b.customer_name,
    b.car_id,
    b.car_number,
    b.request_date,
    b.mechanic_id,
    b.mechanic_name,
    b.job_id,
    b.job_status,
    b.total_price,
    b.invoice_no,
    b.paid,
    b.balance,
    b.voided,
    b.reason,
    b.last_event_id,
    b.reason_code,
    b.reason_params,
    b.promised_date,
)

_BOARD_KEYS = tuple(column.key for column in BOARD_COLUMNS)

#: The statuses of a job still to be done: past its promise, such a job is overdue.
_OPEN = frozenset({"created", "started"})


def _board_row(row: Any) -> BoardRow:
    values: dict[str, Any] = dict(zip(_BOARD_KEYS, row, strict=True))  # a Row, or a Prepared statement's
    values["paid"] = bool(values["paid"])
    values["voided"] = bool(values["voided"])
    values["reason_message"] = reason_message(values.pop("reason_code"), values.pop("reason_params"))
    promised = values["promised_date"] or ""
    values["promised_date"] = promised
    values["overdue"] = bool(promised) and values["job_status"] in _OPEN and promised < date.today().isoformat()
    return BoardRow(**values)


def board_rows(
    conn: Connection,
    status: str | None = None,
    mechanic_id: int | None = None,
    after_receipt_id: int = 0,
    limit: int | None = None,
) -> list[BoardRow]:
    """Board rows, oldest receipt first, optionally filtered, in pages by receipt id."""
    query = select(*BOARD_COLUMNS).where(b.receipt_id > after_receipt_id).order_by(b.receipt_id)
    if status:
        query = query.where(b.job_status == status)
    if mechanic_id:
        query = query.where(b.mechanic_id == mechanic_id)
    if limit:
        query = query.limit(limit)
    return [_board_row(r) for r in conn.execute(query)]


#: Read after every command by the desk (and bench/lifecycle.py): the short way (app.prepared).
_BOARD_ROW = Prepared(select(*BOARD_COLUMNS).where(b.receipt_id == bindparam("receipt_id")))


def board_row(conn: Connection, receipt_id: int) -> BoardRow | None:
    row = _BOARD_ROW.run(conn, {"receipt_id": receipt_id}).first()
    return None if row is None else _board_row(row)


def board_rows_changed_after(conn: Connection, event_id: int, limit: int | None = None) -> list[BoardRow]:
    """Rows touched by events after `event_id`, in event order (the cheap cross-terminal poll)."""
    # Ordered by the indexed column: ordering by receipt id would read the whole board.
    query = select(*BOARD_COLUMNS).where(b.last_event_id > event_id).order_by(b.last_event_id)
    if limit:
        query = query.limit(limit)
    return [_board_row(r) for r in conn.execute(query)]


def last_event_id(conn: Connection) -> int:
    return int(conn.execute(select(func.coalesce(func.max(event_log.c.id), 0))).scalar_one())


def board_page(
    conn: Connection,
    before_receipt_id: int | None = None,
    limit: int = 200,
    statuses: tuple[str, ...] = (),
    mechanic_id: int | None = None,
    unpaid_only: bool = False,
    with_unpaid_finished: bool = False,
    finished_since: str = "",
) -> list[BoardRow]:
    """Board rows newest receipt first, one page older than `before_receipt_id` (the wall scrolls back).

    `with_unpaid_finished` also takes, besides `statuses`, finished jobs whose invoice is still
    to pay: the wall keeps a car on until it is paid for (collected). `finished_since` (an
    ISO time in the shop's zone, as the event log writes it) keeps only those whose last event
    (the finish and its bill, or a part payment) is no older: the wall's `board_finished_minutes`.
    """
    query = select(*BOARD_COLUMNS).order_by(b.receipt_id.desc()).limit(limit)
    if before_receipt_id is not None:
        query = query.where(b.receipt_id < before_receipt_id)
    if statuses:
        wanted: ColumnElement[bool] = b.job_status.in_(statuses)
        if with_unpaid_finished:
            unpaid = and_(b.job_status == "finished", b.invoice_no.is_not(None), b.paid.is_(False), b.voided.is_(False))
            if finished_since:
                last_change = select(event_log.c.occurred_at).where(event_log.c.id == b.last_event_id)
                unpaid = and_(unpaid, last_change.scalar_subquery() >= finished_since)
            wanted = or_(wanted, unpaid)
        query = query.where(wanted)
    if mechanic_id:
        query = query.where(b.mechanic_id == mechanic_id)
    if unpaid_only:
        query = query.where(b.invoice_no.is_not(None), b.paid.is_(False), b.voided.is_(False))
    return [_board_row(r) for r in conn.execute(query)]


def board_counts(conn: Connection) -> dict[str, int]:
    """Receipts per job status, plus `unpaid`: invoiced, not voided, balance left."""
    counts = {str(k): int(n) for k, n in conn.execute(select(b.job_status, func.count()).group_by(b.job_status))}
    counts["unpaid"] = int(
        conn.execute(
            select(func.count()).where(b.invoice_no.is_not(None), b.paid.is_(False), b.voided.is_(False))
        ).scalar_one()
    )
    return counts


# --- what the screens poll: the rows and events since the last they saw -------------
POLL_LIMIT = 5000


@dataclass(frozen=True)
class BoardChanges:
    """What a poll found: the new watermark, the rows touched and the kinds of event."""

    upto: int
    rows: list[BoardRow]
    events: list[tuple[int, str]]  # (id, type)
    more: bool = False  # a page limit was hit: poll again at once
    error: str = ""


def changes_after(conn: Connection, seen: int, limit: int = POLL_LIMIT) -> BoardChanges:
    """Everything logged after event `seen`, read in one snapshot."""
    last = last_event_id(conn)
    if last <= seen:
        return BoardChanges(seen, [], [])
    rows = board_rows_changed_after(conn, seen, limit)
    events = events_after(conn, seen, limit)
    upto = last
    if len(events) == limit:
        upto = min(upto, events[-1][0])
    if len(rows) == limit:
        upto = min(upto, rows[-1].last_event_id)
    return BoardChanges(upto, rows, events, more=upto < last)


def board_rows_for(conn: Connection, receipt_ids: Iterable[int]) -> list[BoardRow]:
    """The current rows of these receipts (those on the board)."""
    rows = (board_row(conn, rid) for rid in receipt_ids)
    return [r for r in rows if r is not None]


def events_after(conn: Connection, event_id: int, limit: int = 2000) -> list[tuple[int, str]]:
    """(id, event_type) of events logged after `event_id`, oldest first: what other terminals did."""
    e = event_log.c
    query = select(e.id, e.event_type).where(e.id > event_id).order_by(e.id).limit(limit)
    return [(int(r.id), str(r.event_type)) for r in conn.execute(query)]
