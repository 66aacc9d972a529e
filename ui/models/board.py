"""The status board: every receipt, newest first, paged by receipt id, updated row by row.

Fed by the read model only (`app.queries.BoardRow`). With a hundred thousand
receipts it never holds them all: it loads a page (`PAGE` rows) and the view asks
for older pages as it scrolls (`canFetchMore`/`fetchMore`). An event changes one
row: `upsert` finds it by binary search on the receipt id and emits `dataChanged`
for it, inserts a new receipt at its place, or removes a row that left the filter.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleDataSpan,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from app.queries import BoardRow
from domain.reception.model import is_unpaid
from ui import fmt
from ui.domain_text import reason_text
from ui.models.base import CENTER, LEFT, RIGHT, ROW_ROLE, SERVED_ROLES, SORT_ROLE, STATUS_ROLE, ModelIndex, fill_roles
from ui.pills import pill
from ui.tr import QT_TRANSLATE_NOOP

PAGE = 200

#: An overdue promise: white on a strong red, readable across the workshop (contrast 6.5:1), on light and dark.
OVERDUE_FILL = "#B91C1C"
OVERDUE_TEXT = "#FFFFFF"
#: A promise the queue now plans to miss (not yet overdue): near-black on amber (contrast 9:1), unlike the red.
AT_RISK_FILL = "#F59E0B"
AT_RISK_TEXT = "#111827"

#: Status filter choices: (label, job statuses, unpaid only). Empty statuses = all.
ACTIVE = ("requested", "created", "started")


@dataclass(frozen=True)
class BoardFilter:
    statuses: tuple[str, ...] = ()
    mechanic_id: int | None = None
    unpaid_only: bool = False
    #: Besides `statuses`, finished jobs whose invoice is still to pay (the car waits to be collected).
    with_unpaid_finished: bool = False

    def matches(self, row: BoardRow) -> bool:
        if self.statuses and row.job_status not in self.statuses and not self._waits_to_be_paid(row):
            return False
        if self.mechanic_id and row.mechanic_id != self.mechanic_id:
            return False
        return not self.unpaid_only or is_unpaid(row.invoice_no is not None, row.paid, row.voided)

    def _waits_to_be_paid(self, row: BoardRow) -> bool:
        return (
            self.with_unpaid_finished
            and row.job_status == "finished"
            and is_unpaid(row.invoice_no is not None, row.paid, row.voided)
        )


#: (before_receipt_id or None, limit, filter) -> rows newest first
Loader = Callable[[int | None, int, BoardFilter], list[BoardRow]]


class BoardModel(QAbstractTableModel):
    RECEIPT, CUSTOMER, CAR, MECHANIC, STATUS, AGE, TOTAL, PAID, PROMISED = range(9)
    TITLES = (
        QT_TRANSLATE_NOOP("Columns", "Receipt"),
        QT_TRANSLATE_NOOP("Columns", "Customer"),
        QT_TRANSLATE_NOOP("Columns", "Car number"),
        QT_TRANSLATE_NOOP("Columns", "Mechanic"),
        QT_TRANSLATE_NOOP("Columns", "Status"),
        QT_TRANSLATE_NOOP("Columns", "Age"),
        QT_TRANSLATE_NOOP("Columns", "Total"),
        QT_TRANSLATE_NOOP("Columns", "Paid"),
        QT_TRANSLATE_NOOP("Columns", "Promised"),
    )
    ALIGN = (CENTER, LEFT, LEFT, LEFT, LEFT, RIGHT, RIGHT, LEFT, CENTER)

    def __init__(self, loader: Loader, page: int = PAGE, parent: Any = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._page = page
        self._rows: list[BoardRow] = []  # receipt id descending
        self._neg_ids: list[int] = []  # -receipt_id, ascending: for bisect
        self.filter = BoardFilter()
        self._exhausted = False
        self._now = datetime.now().astimezone()
        self._bold = QFont()
        self._bold.setBold(True)
        self.dark = False  # the wall display: colours for a dark background
        self.short_dates = False  # the wall: a promise this year as month-day (12-05), big enough to read
        self.pill_font = QFont()
        self.pill_scale = 1.0
        self.overdue_sign = ""  # the wall's: a sign before an overdue promise

    # -- loading ------------------------------------------------------------------------
    def reload(self, filter_: BoardFilter | None = None) -> None:
        """Empty the model and load the newest page (a reload: the one place for a reset)."""
        if filter_ is not None:
            self.filter = filter_
        rows = self._loader(None, self._page, self.filter)
        self.beginResetModel()
        self._rows = list(rows)
        self._neg_ids = [-r.receipt_id for r in self._rows]
        self._exhausted = len(rows) < self._page
        self._now = datetime.now().astimezone()
        self.endResetModel()

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        before = self._rows[-1].receipt_id if self._rows else None
        rows = [r for r in self._loader(before, self._page, self.filter) if before is None or r.receipt_id < before]
        self._exhausted = len(rows) < self._page
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._neg_ids.extend(-r.receipt_id for r in rows)
        self.endInsertRows()

    # -- live updates -------------------------------------------------------------------
    def upsert(self, row: BoardRow) -> bool:
        """Apply the latest state of one receipt: update, insert or drop its row; True if the board changed."""
        key = -row.receipt_id
        i = bisect.bisect_left(self._neg_ids, key)
        here = i < len(self._rows) and self._neg_ids[i] == key
        if here:
            current = self._rows[i]
            if row.last_event_id < current.last_event_id:
                return False  # an older snapshot (a poll that raced this terminal's own commit)
            if not self.filter.matches(row):
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                del self._neg_ids[i]
                self.endRemoveRows()
                return True
            if row == current:
                return False
            self._rows[i] = row
            self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.TITLES) - 1))
            return True
        if not self.filter.matches(row):
            return False
        if i == len(self._rows) and not self._exhausted:
            return False  # older than what is loaded: it arrives with fetchMore
        self.beginInsertRows(QModelIndex(), i, i)
        self._rows.insert(i, row)
        self._neg_ids.insert(i, key)
        self.endInsertRows()
        return True

    def upsert_many(self, rows: Iterable[BoardRow]) -> int:
        """Apply several rows; returns how many changed the board."""
        return sum(self.upsert(row) for row in rows)

    def tick(self, now: datetime | None = None) -> None:
        """Time passed: the Age column changes, and promises may fall overdue (one signal for both)."""
        self._now = now or datetime.now().astimezone()
        if self._rows:
            # One signal from Age to Promised (the last column): a promise may be overdue by now.
            roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole]
            self.dataChanged.emit(self.index(0, self.AGE), self.index(len(self._rows) - 1, self.PROMISED), roles)

    # -- reading ------------------------------------------------------------------------
    def row_at(self, row: int) -> BoardRow:
        return self._rows[row]

    def find(self, receipt_id: int) -> int:
        i = bisect.bisect_left(self._neg_ids, -receipt_id)
        return i if i < len(self._rows) and self._neg_ids[i] == -receipt_id else -1

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.TITLES)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.TITLES):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Columns", self.TITLES[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.ALIGN[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in SERVED_ROLES or not index.isValid() or index.row() >= len(self._rows):
            return None  # the view asks for a dozen roles per cell: most are answered here, cheaply
        return self._value(self._rows[index.row()], index.column(), role)

    def multiData(self, index: ModelIndex, span: QModelRoleDataSpan) -> None:  # type: ignore[override]
        """All the roles of a cell in one call: a repaint calls Python once per cell, not once per role."""
        if not index.isValid() or index.row() >= len(self._rows):
            fill_roles(span, lambda _role: None)
            return
        row, col = self._rows[index.row()], index.column()
        fill_roles(span, lambda role: self._value(row, col, role) if role in SERVED_ROLES else None)

    def _value(self, row: BoardRow, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if col == self.STATUS else self._display(row, col)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._pill(row) if col == self.STATUS else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_INT[col]
        if role == Qt.ItemDataRole.FontRole:
            overdue = col == self.PROMISED and self.is_overdue(row)
            return self._bold if col in (self.CAR, self.RECEIPT) or overdue else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.PROMISED and self.is_overdue(row):
                return QBrush(QColor(OVERDUE_TEXT))
            return QBrush(_paid_colour(row, self.dark)) if col == self.PAID else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(OVERDUE_FILL)) if col == self.PROMISED and self.is_overdue(row) else None
        if role == STATUS_ROLE:
            return row.job_status if col == self.STATUS else None
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self._sort_key(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            reason = reason_text(row)
            if col == self.STATUS:
                return fmt.status_label(row.job_status) + (f" — {reason}" if reason else "")
            return reason or None
        return None

    def is_overdue(self, row: BoardRow) -> bool:
        """Past its promised date and not finished, as of the model's clock (moved by `tick`)."""
        return row.overdue_on(self._now.date())

    def _pill(self, row: BoardRow) -> QIcon:
        return pill(row.job_status, fmt.status_label(row.job_status), self.pill_font, self.pill_scale)

    def text(self, row: int, col: int) -> str:
        """What a cell says (the status cell shows it as a pill)."""
        return self._display(self._rows[row], col)

    def _display(self, row: BoardRow, col: int) -> str:
        if col == self.RECEIPT:
            return f"#{row.receipt_id}"
        if col == self.CUSTOMER:
            return row.customer_name
        if col == self.CAR:
            return row.car_number
        if col == self.MECHANIC:
            return row.mechanic_name
        if col == self.STATUS:
            return fmt.status_label(row.job_status)
        if col == self.AGE:
            return fmt.age(row.request_date, self._now)
        if col == self.TOTAL:
            return fmt.money(row.total_price)
        if col == self.PROMISED:
            if not row.promised_date:
                return "—"
            promised = row.promised_date
            if self.short_dates and promised[:4] == str(self._now.year):
                promised = promised[5:]
            if self.is_overdue(row):
                return self.overdue_sign + QCoreApplication.translate("Board", "Overdue {date}").format(date=promised)
            return promised
        return paid_label(row)

    def _sort_key(self, row: BoardRow, col: int) -> Any:
        keys: tuple[Any, ...] = (
            row.receipt_id,
            row.customer_name,
            row.car_number,
            row.mechanic_name,
            row.job_status,
            row.request_date,
            row.total_price or 0,
            (row.paid, row.balance or 0),
            row.promised_date or "9999",
        )
        return keys[col]


_ALIGN_INT = tuple(int(a) for a in BoardModel.ALIGN)


def paid_label(row: BoardRow) -> str:
    if row.invoice_no is None:
        return "—"
    if row.voided:
        return QCoreApplication.translate("Board", "Voided")
    if row.paid:
        return QCoreApplication.translate("Board", "Paid")
    return QCoreApplication.translate("Board", "Due {amount}").format(amount=fmt.money(row.balance))


def _paid_colour(row: BoardRow, dark: bool = False) -> QColor:
    if row.invoice_no is None or row.voided:
        return QColor("#94A3B8")
    if row.paid:
        return QColor("#4ADE80" if dark else "#15803D")
    return QColor("#F87171" if dark else "#DC2626")
