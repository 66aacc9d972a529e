"""Status board (현황판): every receipt live, colour per status; a wall display in board mode."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QHeaderView, QVBoxLayout, QWidget

from app import queries
from app.queries import BoardRow, MechanicRow
from ui import theme
from ui.customers.history import VehicleHistoryDialog, open_vehicle_history
from ui.feed import ShopFeed
from ui.models.board import ACTIVE, BoardFilter, BoardModel
from ui.runner import CommandRunner
from ui.tr import QT_TRANSLATE_NOOP
from ui.widgets import EmptyState, Refresher, label, screen_key, table

BOARD_EVENTS = {
    "RepairRequested",
    "RequestCancelled",
    "JobCreated",
    "JobStarted",
    "JobFinished",
    "JobCancelled",
    "BillIssued",
    "PaymentRecorded",
    "InvoiceVoided",
}
MECHANIC_EVENTS = {"MechanicRegistered"}
COALESCE_MS = 250
PAGE_SECONDS = 10  # the wall turns its page on its own
#: Columns the wall leaves out: it shows car, mechanic, status and promise, big.
WALL_HIDDEN = (BoardModel.RECEIPT, BoardModel.CUSTOMER, BoardModel.AGE, BoardModel.TOTAL, BoardModel.PAID)

#: (label, statuses, unpaid only)
FILTERS: list[tuple[str, tuple[str, ...], bool]] = [
    (QT_TRANSLATE_NOOP("BoardScreen", "All receipts"), (), False),
    (QT_TRANSLATE_NOOP("BoardScreen", "In the shop now"), ACTIVE, False),
    (QT_TRANSLATE_NOOP("BoardScreen", "Requested"), ("requested",), False),
    (QT_TRANSLATE_NOOP("BoardScreen", "Waiting to start"), ("created",), False),
    (QT_TRANSLATE_NOOP("BoardScreen", "In work"), ("started",), False),
    (QT_TRANSLATE_NOOP("BoardScreen", "Finished"), ("finished",), False),
    (QT_TRANSLATE_NOOP("BoardScreen", "Awaiting payment"), (), True),
    (QT_TRANSLATE_NOOP("BoardScreen", "Rejected or cancelled"), ("rejected", "cancelled"), False),
]

KPIS = [
    ("requested", QT_TRANSLATE_NOOP("BoardScreen", "Requested")),
    ("created", QT_TRANSLATE_NOOP("BoardScreen", "Waiting")),
    ("started", QT_TRANSLATE_NOOP("BoardScreen", "In work")),
    ("unpaid", QT_TRANSLATE_NOOP("BoardScreen", "Awaiting payment")),
]


class Kpi(QFrame):
    """A count with a label and a bar in the status colour."""

    def __init__(self, status: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        colour = theme.STATUS_COLOURS.get(status, theme.DANGER)
        self.colour = colour
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 14, 0)
        bar = QFrame(self)
        bar.setFixedWidth(6)
        bar.setStyleSheet(f"background: {colour}; border-radius: 3px;")
        layout.addWidget(bar)
        box = QVBoxLayout()
        box.setContentsMargins(8, 6, 0, 6)
        box.setSpacing(0)
        self.value = label("0", "KpiValue")
        self.value.setStyleSheet(f"color: {colour};")
        box.addWidget(self.value)
        self.caption = label(text, "KpiLabel")
        box.addWidget(self.caption)
        layout.addLayout(box)


class BoardScreen(QWidget):
    """Every receipt, newest first, updated row by row as events arrive."""

    def __init__(
        self, runner: CommandRunner, feed: ShopFeed, wall: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("BoardScreen" if wall else "Screen")
        self.runner = runner
        self.shop = runner.shop
        self.wall = wall
        self.model = BoardModel(self._load_page, parent=self)
        self.model.dark = wall
        self.model.short_dates = wall  # a promise this year as month-day: 48 px text needs the room
        self.page = 0
        if wall:
            # The wall: cars in the shop now; a finished one stays until it is paid for (collected).
            self.model.filter = BoardFilter(ACTIVE, with_unpaid_finished=True)
            self.model.overdue_sign = "▲ "  # overdue in words and a sign, not by colour alone
        self._build()
        if wall:
            self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
            self.setStyleSheet(theme.wall_style())
        self._counts = Refresher(runner, lambda: self.shop.query(queries.board_counts), self._show_counts, self)
        self._mechanic_list = Refresher(runner, lambda: self.shop.query(queries.mechanics), self._show_mechanics, self)
        self._pending: dict[int, BoardRow] = {}
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(COALESCE_MS)
        self._coalesce.timeout.connect(self._apply_pending)
        self._ticker = QTimer(self)
        self._ticker.setInterval(30_000)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._pager = QTimer(self)
        self._pager.setInterval(PAGE_SECONDS * 1000)
        self._connect_signals(feed)
        self.model.reload()
        self._tick_clock()

    def _load_page(self, before: int | None, limit: int, f: BoardFilter) -> list[BoardRow]:
        since = self._finished_since() if f.with_unpaid_finished else ""
        return self.shop.query(
            queries.board_page, before, limit, f.statuses, f.mechanic_id, f.unpaid_only, f.with_unpaid_finished, since
        )

    def _finished_since(self) -> str:
        """The oldest last change a finished, unpaid car may have to stay on ('' : until paid)."""
        minutes = int(getattr(self.shop.settings, "board_finished_minutes", 0) or 0)
        if not minutes:
            return ""
        return (self.shop.clock() - timedelta(minutes=minutes)).isoformat(timespec="seconds")

    def drop_finished(self) -> None:
        """The wall's tick: read again when a finished car may have stayed its minutes (board_finished_minutes)."""
        if not self._finished_since():
            return
        if any(self.model.row_at(r).job_status == "finished" for r in range(self.model.rowCount())):
            self.model.reload()

    def _build(self) -> None:
        root = QVBoxLayout(self)
        margin = 28 if self.wall else 20
        root.setContentsMargins(margin, 16, margin, 16)
        root.setSpacing(14)
        top = QHBoxLayout()
        top.setSpacing(12)
        title = QVBoxLayout()
        title.setSpacing(0)
        self.title = label(self.tr("Status board"), "ScreenTitle")
        self.clock = label("", "Clock")
        title.addWidget(self.title)
        title.addWidget(self.clock)
        top.addLayout(title)
        top.addStretch(1)
        self.kpis: dict[str, Kpi] = {}
        for status, text in KPIS:
            kpi = Kpi(status, QCoreApplication.translate("BoardScreen", text), self)
            kpi.setMinimumWidth(110)
            self.kpis[status] = kpi
            top.addWidget(kpi)
        top.addSpacing(12)
        filters = QVBoxLayout()
        filters.setSpacing(6)
        self.status_filter = QComboBox()
        for text, _statuses, _unpaid in FILTERS:
            self.status_filter.addItem(QCoreApplication.translate("BoardScreen", text))
        self.mechanic_filter = QComboBox()
        self.mechanic_filter.addItem(self.tr("All mechanics"), None)
        for combo in (self.status_filter, self.mechanic_filter):
            combo.setMinimumWidth(160)
            filters.addWidget(combo)
        top.addLayout(filters)
        root.addLayout(top)
        for combo in (self.status_filter, self.mechanic_filter):
            combo.setVisible(not self.wall)  # nobody at the wall picks a filter

        self.view = table(self.model, row_height=64 if self.wall else 40, stretch=1, fit=False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        wide, narrow = (130, 0, 230, 170, 200, 170, 210, 270, 300), (90, 0, 130, 110, 120, 110, 120, 150, 150)
        self._widths = wide if self.wall else narrow
        self._fit_columns()
        header.setSectionResizeMode(BoardModel.CUSTOMER, QHeaderView.ResizeMode.Stretch)
        header.moveSection(BoardModel.PROMISED, BoardModel.STATUS + 1)  # the promise beside the status, in view
        if self.wall:
            self._wall_columns()
        root.addWidget(self.view, 1)
        self.empty = EmptyState()
        root.addWidget(self.empty)
        self.page_label = label("", "KpiLabel")
        self.page_label.setVisible(self.wall)
        root.addWidget(self.page_label, 0, Qt.AlignmentFlag.AlignRight)
        if self.wall:
            self._scale_wall()

    # -- the wall: read from 3 m ------------------------------------------------------------
    def _wall_columns(self) -> None:
        """Car, mechanic, status and promise only; the rest (customer, money, receipt no.) stays at the desk."""
        for col in WALL_HIDDEN:
            self.view.setColumnHidden(col, True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(BoardModel.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setWordWrap(False)
        self.view.viewport().installEventFilter(self)

    def wall_text_px(self) -> int:
        """Row text height: 48 px at 1080 lines, in proportion to the screen (never under 28)."""
        height = self.height() if self.height() > 200 else 1080
        return max(28, round(height * 48 / 1080))

    def _scale_wall(self) -> None:
        px = self.wall_text_px()
        font = QFont(self.view.font())
        font.setPixelSize(px)
        self.view.setFont(font)
        self.model.pill_font = font
        self.model.pill_scale = 1.0
        self.view.verticalHeader().setDefaultSectionSize(round(px * 1.7))
        # The wall's style sheet sets the table's font: this widget's own sheet wins over it.
        self.view.setStyleSheet(
            f"QTableView {{ font-size: {px}px; }} QHeaderView::section {{ font-size: {max(18, round(px * 0.6))}px; }}"
        )
        self.view.setIconSize(QSize(px * 12, round(px * 1.6)))
        for kpi in self.kpis.values():
            kpi.value.setStyleSheet(f"color: {kpi.colour}; font-size: {round(px * 1.75)}px; font-weight: 800;")
            kpi.caption.setStyleSheet(f"color: #CBD5E1; font-size: {round(px * 0.55)}px; font-weight: 700;")
        self.title.setStyleSheet(f"font-size: {round(px * 0.9)}px;")
        self.clock.setStyleSheet(f"font-size: {round(px * 0.75)}px;")
        self.page_label.setStyleSheet(f"color: #CBD5E1; font-size: {round(px * 0.5)}px;")
        self._show_page()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.wall and watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._show_page()  # how many rows fit changed with the table's height
        return super().eventFilter(watched, event)

    def rows_per_page(self) -> int:
        """Whole rows that fit the wall's table."""
        row = self.view.verticalHeader().defaultSectionSize()
        return max(1, self.view.viewport().height() // max(row, 1))

    def page_count(self) -> int:
        return max(1, -(-self.model.rowCount() // self.rows_per_page()))

    def next_page(self) -> None:
        """Turn to the next page of rows (the wall's timer), back to the first after the last."""
        self.page = (self.page + 1) % self.page_count()
        self._show_page()

    def _show_page(self) -> None:
        if not self.wall:
            return
        pages = self.page_count()
        self.page = min(self.page, pages - 1)
        first = self.page * self.rows_per_page()
        for row in range(self.model.rowCount()):
            self.view.setRowHidden(row, not first <= row < first + self.rows_per_page())
        self.page_label.setText(self.tr("Page {page} of {pages}").format(page=self.page + 1, pages=pages))
        self.page_label.setVisible(pages > 1)

    def _fit_columns(self) -> None:
        """The desk board's columns (the wall's stretch to the screen)."""
        header = self.view.horizontalHeader()
        if self.wall:
            return
        scale = 1.0
        if self.wall and self.view.viewport().width() > 100:
            scale = min(1.0, self.view.viewport().width() / (sum(self._widths) + 200))
        for col, width in enumerate(self._widths):
            if width:
                header.resizeSection(col, max(40, int(width * scale)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_empty()  # its keys are the window's, known once the screen is in it

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.wall:
            self._scale_wall()

    def _connect_signals(self, feed: ShopFeed) -> None:
        feed.board_rows.connect(self.apply_rows)
        feed.changed.connect(self._shop_changed)
        self.status_filter.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.mechanic_filter.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self._ticker.timeout.connect(lambda: self.model.tick())
        if self.wall:
            self._ticker.timeout.connect(self.drop_finished)
        self._clock.timeout.connect(self._tick_clock)
        self._ticker.start()
        self._clock.start()
        if self.wall:
            self._pager.timeout.connect(self.next_page)
            self._pager.start()
            for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
                signal.connect(lambda *_: self._show_page())
        self.model.modelReset.connect(self._update_empty)
        self.model.rowsInserted.connect(self._update_empty)
        self.model.rowsRemoved.connect(self._update_empty)
        if not self.wall:  # the wall only shows; at a desk a double click opens the car's history
            self.view.doubleClicked.connect(lambda index: self.open_history(index.row()))

    def open_history(self, row: int) -> VehicleHistoryDialog | None:
        """The history of the car on board row `row`, in a window of its own."""
        if not 0 <= row < self.model.rowCount():
            return None
        return open_vehicle_history(self.runner, self.model.row_at(row).car_number, self)

    def apply_rows(self, rows: list[BoardRow]) -> None:
        """The latest state of some receipts (from the bus or the poll): single-row updates.

        A change is applied at once; then, for `COALESCE_MS`, rows that arrive are gathered
        and applied together when the pause ends. A burst of commands so repaints the table
        a few times a second instead of once per event, and the GUI thread stays free.
        """
        for row in rows:
            known = self._pending.get(row.receipt_id)
            if known is None or known.last_event_id <= row.last_event_id:
                self._pending[row.receipt_id] = row
        if not self._coalesce.isActive():
            self._apply_pending()

    def _apply_pending(self) -> None:
        rows, self._pending = list(self._pending.values()), {}
        if self.model.upsert_many(rows):
            self._coalesce.start()  # a pause only after a real change (a poll repeating our own is none)

    def _shop_changed(self, types: frozenset[str]) -> None:
        if types & BOARD_EVENTS:
            self._counts.request()
        if types & MECHANIC_EVENTS:
            self._mechanic_list.request()

    def current_filter(self) -> BoardFilter:
        _text, statuses, unpaid = FILTERS[max(self.status_filter.currentIndex(), 0)]
        return BoardFilter(statuses, self.mechanic_filter.currentData(), unpaid)

    def _filter_changed(self) -> None:
        self.model.reload(self.current_filter())

    def _show_counts(self, counts: dict[str, int]) -> None:
        for status, kpi in self.kpis.items():
            kpi.value.setText(f"{counts.get(status, 0):,}")

    def _show_mechanics(self, mechanics: list[MechanicRow]) -> None:
        chosen = self.mechanic_filter.currentData()
        self.mechanic_filter.blockSignals(True)
        self.mechanic_filter.clear()
        self.mechanic_filter.addItem(self.tr("All mechanics"), None)
        for m in mechanics:
            self.mechanic_filter.addItem(m.name, m.id)
        self.mechanic_filter.setCurrentIndex(max(self.mechanic_filter.findData(chosen), 0))
        self.mechanic_filter.blockSignals(False)

    def _tick_clock(self) -> None:
        self.clock.setText(datetime.now().strftime("%Y-%m-%d  %H:%M:%S" if self.wall else "%Y-%m-%d %H:%M"))

    def _update_empty(self) -> None:
        self.empty.show_if(self.model.rowCount() == 0, self._empty_text())

    def _empty_text(self) -> str:
        if self.wall:
            return self.tr("No car is in the shop now.")
        if self.status_filter.currentIndex() > 0 or self.mechanic_filter.currentData() is not None:
            return self.tr("No receipts match this filter. Choose All receipts above to see every one.")
        key = screen_key(self, "reception")
        if key:
            return self.tr("No receipts yet. The desk registers a repair request on Reception ({key}).").format(key=key)
        return self.tr("No receipts yet: they appear here as soon as the desk registers a repair request.")

    def focus_first(self) -> None:
        """At a desk, the keyboard starts on the status filter; the wall takes no input."""
        if not self.wall:
            self.status_filter.setFocus()

    def refresh(self) -> None:
        self.model.reload()
        self._counts.now()
        self._mechanic_list.now()

    @property
    def busy(self) -> bool:
        return self._counts.busy or self._mechanic_list.busy or bool(self._pending)
