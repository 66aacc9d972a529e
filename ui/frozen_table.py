"""A wide table that fits its screen: columns fitted to their contents and the room left shared out;
when they do not all fit, the first column stays put while the others scroll under it, and the
columns that matter most come right after it (Qt's frozen column example, with a fitted header).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView, QWidget

#: Room beside a column's contents (its padding), as ui.widgets.table gives.
PADDING = 12


def _look(view: QTableView, row_height: int) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(row_height)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setStretchLastSection(False)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)


class FrozenColumnTable(QTableView):
    """A read-only, row-selecting table whose first column stays in view when the others scroll."""

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None, row_height: int = 30) -> None:
        super().__init__(parent)
        self.setModel(model)
        _look(self, row_height)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._natural: list[int] = []  # each column's width from its contents
        self._first_when_narrow: tuple[int, ...] = ()
        self.frozen = QTableView(self)  # the first column, over the others' left edge
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        _look(self.frozen, row_height)
        self.frozen.setObjectName("FrozenColumn")
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.setFrameShape(QFrame.Shape.NoFrame)  # inside the table's own frame
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.hide()
        self.viewport().stackUnder(self.frozen)
        self._fit_later = QTimer(self)
        self._fit_later.setSingleShot(True)
        self._fit_later.setInterval(0)
        self._connect_signals(model)
        self.fit_columns()

    def _connect_signals(self, model: QAbstractItemModel) -> None:
        self._fit_later.timeout.connect(self.fit_columns)
        for changed in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            changed.connect(self._fit_later.start)
        model.dataChanged.connect(self._fit_later.start)
        self.horizontalHeader().sectionResized.connect(self._place_frozen)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)

    # -- what the screen says ----------------------------------------------------------
    def set_first_when_narrow(self, columns: Sequence[int]) -> None:
        """The columns (logical indexes) that follow the first when not every column fits, in order."""
        self._first_when_narrow = tuple(columns)
        self._lay_out()

    @property
    def scrolls(self) -> bool:
        """Not every column fits: the first one is frozen and the others scroll."""
        return sum(self._natural) > self.viewport().width()

    # -- fitting -----------------------------------------------------------------------
    def fit_columns(self) -> None:
        """Measure every column's contents (and its header's), then share the width out."""
        model = self.model()
        count = model.columnCount() if model is not None else 0
        natural = []
        for col in range(count):
            self.resizeColumnToContents(col)
            natural.append(self.columnWidth(col) + PADDING)
        self._natural = natural
        for col in range(self.frozen.model().columnCount() if self.frozen.model() else 0):
            self.frozen.setColumnHidden(col, col != 0)
        self._lay_out()

    def _lay_out(self) -> None:
        natural, room = self._natural, self.viewport().width()
        if not natural:
            self.frozen.hide()
            return
        spare = max(0, room - sum(natural))
        share, rest = divmod(spare, len(natural))
        for col, width in enumerate(natural):  # what is left over goes to every column alike
            self.setColumnWidth(col, width + share + (1 if col < rest else 0))
        self._order(narrow=self.scrolls)
        self.frozen.setVisible(self.scrolls)
        self._place_frozen()

    def _order(self, *, narrow: bool) -> None:
        """The model's order when everything fits; else the first, the columns that matter, then the rest."""
        header = self.horizontalHeader()
        count = len(self._natural)
        wanted = [0, *(c for c in self._first_when_narrow if 0 < c < count)] if narrow else [0]
        wanted += [c for c in range(count) if c not in wanted]
        for visual, logical in enumerate(wanted):
            if header.visualIndex(logical) != visual:
                header.moveSection(header.visualIndex(logical), visual)

    def _place_frozen(self, *_args: Any) -> None:
        width = self.columnWidth(0)
        self.frozen.setColumnWidth(0, width)
        self.frozen.horizontalHeader().setFixedHeight(self.horizontalHeader().height())
        self.frozen.setGeometry(
            self.verticalHeader().width() + self.frameWidth(),
            self.frameWidth(),
            width,
            self.viewport().height() + self.horizontalHeader().height(),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out()

    # -- keeping a cell out from under the frozen column -------------------------------
    def scrollTo(
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        super().scrollTo(index, hint)
        if not index.isValid() or index.column() == 0 or not self.frozen.isVisible():
            return
        left = self.horizontalHeader().sectionViewportPosition(index.column())
        covered = self.columnWidth(0) - left
        if covered > 0:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - covered)
