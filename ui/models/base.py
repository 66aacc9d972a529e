"""A table model over a list of plain rows, keyed, updated by small changes.

`set_rows(new)` compares the new list with the current one by key and emits
`dataChanged`, `beginInsertRows`, `beginRemoveRows` or `beginMoveRows` for what
differs, so selection and scroll position survive a refresh; a model reset is
only used when the model is emptied and refilled (`reset_rows`).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ui.pills import pill

ModelIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # raw status of a status cell (drawn as a pill)

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class Column:
    """One column: its title (translated in the "Columns" context) and how a row shows in it."""

    title: str
    display: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    align: Qt.AlignmentFlag = LEFT
    foreground: Callable[[Any], QColor | None] | None = None
    background: Callable[[Any], QColor | None] | None = None
    tooltip: Callable[[Any], str] | None = None
    status: Callable[[Any], str] | None = None  # a status column: the raw status for the pill delegate
    bold: bool = False


#: The roles a table model answers (the others are None without a lookup).
SERVED_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ToolTipRole,
        STATUS_ROLE,
        SORT_ROLE,
        ROW_ROLE,
    )
)


def fill_roles(span: QModelRoleDataSpan, value_of: Callable[[int], Any]) -> None:
    """Answer every role a multiData() span asks for (None clears the slot)."""
    for i in range(span.size()):
        slot = span[i]  # type: ignore[index]  # PySide6 indexes the span; the stubs do not say so
        value = value_of(slot.role())
        if value is None:
            slot.clearData()
        else:
            slot.setData(value)


class RowTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], key: Callable[[Any], Hashable], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._key = key
        self._rows: list[Any] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self.pill_font = QFont()

    # -- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Columns", self.columns[section].title)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.columns[section].align)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in SERVED_ROLES or not index.isValid() or index.row() >= len(self._rows):
            return None
        if index.column() >= len(self.columns):
            return None
        return self._value(self._rows[index.row()], self.columns[index.column()], role)

    def multiData(self, index: ModelIndex, span: QModelRoleDataSpan) -> None:  # type: ignore[override]
        """All the roles of a cell in one call: a repaint calls Python once per cell, not once per role."""
        valid = index.isValid() and index.row() < len(self._rows) and index.column() < len(self.columns)
        if not valid:
            fill_roles(span, lambda _role: None)
            return
        row, column = self._rows[index.row()], self.columns[index.column()]
        fill_roles(span, lambda role: self._value(row, column, role) if role in SERVED_ROLES else None)

    def _value(self, row: Any, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if column.status else column.display(row)
        if role == Qt.ItemDataRole.DecorationRole:
            return pill(column.status(row), column.display(row), self.pill_font) if column.status else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return column.display(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if column.bold else None
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground:
            colour = column.foreground(row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.BackgroundRole and column.background:
            colour = column.background(row)
            return QBrush(colour) if colour is not None else None
        if role == STATUS_ROLE:
            return column.status(row) if column.status else None
        if role == SORT_ROLE:
            return column.sort_key(row) if column.sort_key else column.display(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = column.tooltip(row) if column.tooltip else ""
            return tip or (column.display(row) if column.status else None)
        return None

    def text(self, row: int, col: int) -> str:
        """What a cell says (a status cell shows it as a pill)."""
        return self.columns[col].display(self._rows[row])

    # -- rows ---------------------------------------------------------------------------
    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def find(self, key: Hashable) -> int:
        """Row number of the row with `key`, or -1."""
        for i, row in enumerate(self._rows):
            if self._key(row) == key:
                return i
        return -1

    def reset_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Become `rows` by the smallest changes: update, insert, remove or move by key."""
        new = list(rows)
        new_keys = [self._key(r) for r in new]
        wanted = set(new_keys)
        for i in range(len(self._rows) - 1, -1, -1):
            if self._key(self._rows[i]) not in wanted:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self.endRemoveRows()
        last_col = len(self.columns) - 1
        for i, (key, row) in enumerate(zip(new_keys, new, strict=True)):
            if i < len(self._rows) and self._key(self._rows[i]) == key:
                if self._rows[i] != row:
                    self._rows[i] = row
                    self.dataChanged.emit(self.index(i, 0), self.index(i, last_col))
                continue
            at = next((j for j in range(i + 1, len(self._rows)) if self._key(self._rows[j]) == key), -1)
            if at >= 0:
                self.beginMoveRows(QModelIndex(), at, at, QModelIndex(), i)
                self._rows.insert(i, self._rows.pop(at))
                self.endMoveRows()
                if self._rows[i] != row:
                    self._rows[i] = row
                    self.dataChanged.emit(self.index(i, 0), self.index(i, last_col))
            else:
                self.beginInsertRows(QModelIndex(), i, i)
                self._rows.insert(i, row)
                self.endInsertRows()
