"""Reports (보고서), the manager's: sales, mechanics, parts and receivables over a range, tables and charts.

The range is today, this week, this month, last month or two chosen days;
every report reads on the reader thread in one go (app.reports.bundle), the
charts' bars worked out there too (`chart_data`): the GUI thread only shows
them, with a busy bar while the read runs, and takes the latest read only.
The shown table exports to CSV or XLSX; the month of the range's last day
exports as a one-page PDF summary. Keys: F5 reads again, Ctrl+Tab (or
Ctrl+PgDown / Ctrl+PgUp) moves between the reports, Ctrl+E exports CSV.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QProgressBar,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.reports import export
from app.reports.bundle import ReportSet
from app.reports.table import ReportTable
from domain.errors import DomainError
from domain.reports.periods import DayRange, last_month, this_month, this_week
from ui.errors import describe
from ui.frozen_table import FrozenColumnTable
from ui.runner import CommandRunner
from ui.tr import QT_TRANSLATE_NOOP
from ui.widgets import Banner, EmptyState, button, card, header_row, label

ModelIndex = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

#: Column titles (translated in the "ReportColumns" context), by the report's column name.
TITLES = {
    "day": QT_TRANSLATE_NOOP("ReportColumns", "Day"),
    "week": QT_TRANSLATE_NOOP("ReportColumns", "Week"),
    "month": QT_TRANSLATE_NOOP("ReportColumns", "Month"),
    "invoices": QT_TRANSLATE_NOOP("ReportColumns", "Invoices"),
    "cars": QT_TRANSLATE_NOOP("ReportColumns", "Cars"),
    "labour": QT_TRANSLATE_NOOP("ReportColumns", "Labour"),
    "parts": QT_TRANSLATE_NOOP("ReportColumns", "Parts"),
    "discounts": QT_TRANSLATE_NOOP("ReportColumns", "Discounts"),
    "vat": QT_TRANSLATE_NOOP("ReportColumns", "VAT"),
    "total": QT_TRANSLATE_NOOP("ReportColumns", "Net sales"),
    "cash": QT_TRANSLATE_NOOP("ReportColumns", "Cash"),
    "card": QT_TRANSLATE_NOOP("ReportColumns", "Card"),
    "transfer": QT_TRANSLATE_NOOP("ReportColumns", "Transfer"),
    "refunds": QT_TRANSLATE_NOOP("ReportColumns", "Refunds"),
    "credit_notes": QT_TRANSLATE_NOOP("ReportColumns", "Credit notes"),
    "aro": QT_TRANSLATE_NOOP("ReportColumns", "Average order"),
    "mechanic": QT_TRANSLATE_NOOP("ReportColumns", "Mechanic"),
    "jobs": QT_TRANSLATE_NOOP("ReportColumns", "Jobs"),
    "man_days_sold": QT_TRANSLATE_NOOP("ReportColumns", "Man-days sold"),
    "man_days_available": QT_TRANSLATE_NOOP("ReportColumns", "Man-days available"),
    "utilisation": QT_TRANSLATE_NOOP("ReportColumns", "Utilisation %"),
    "overdue": QT_TRANSLATE_NOOP("ReportColumns", "Overdue"),
    "part_code": QT_TRANSLATE_NOOP("ReportColumns", "Code"),
    "name": QT_TRANSLATE_NOOP("ReportColumns", "Part"),
    "used": QT_TRANSLATE_NOOP("ReportColumns", "Used"),
    "revenue": QT_TRANSLATE_NOOP("ReportColumns", "Revenue"),
    "cost": QT_TRANSLATE_NOOP("ReportColumns", "Cost"),
    "margin": QT_TRANSLATE_NOOP("ReportColumns", "Margin"),
    "margin_percent": QT_TRANSLATE_NOOP("ReportColumns", "Margin %"),
    "stock": QT_TRANSLATE_NOOP("ReportColumns", "Stock"),
    "unit_cost": QT_TRANSLATE_NOOP("ReportColumns", "Unit cost"),
    "stock_value": QT_TRANSLATE_NOOP("ReportColumns", "Stock at cost"),
    "low_stock": QT_TRANSLATE_NOOP("ReportColumns", "Low-stock mark"),
    "below_low": QT_TRANSLATE_NOOP("ReportColumns", "Below mark"),
    "slow": QT_TRANSLATE_NOOP("ReportColumns", "Slow mover"),
    "age": QT_TRANSLATE_NOOP("ReportColumns", "Age (days)"),
    "balance": QT_TRANSLATE_NOOP("ReportColumns", "Still owed"),
}

RANGES = (
    ("today", QT_TRANSLATE_NOOP("ReportsScreen", "Today")),
    ("week", QT_TRANSLATE_NOOP("ReportsScreen", "This week")),
    ("month", QT_TRANSLATE_NOOP("ReportsScreen", "This month")),
    ("last_month", QT_TRANSLATE_NOOP("ReportsScreen", "Last month")),
    ("custom", QT_TRANSLATE_NOOP("ReportsScreen", "Custom")),
)
GROUPINGS = (
    ("day", QT_TRANSLATE_NOOP("ReportsScreen", "By day")),
    ("week", QT_TRANSLATE_NOOP("ReportsScreen", "By week")),
    ("month", QT_TRANSLATE_NOOP("ReportsScreen", "By month")),
)


def range_of(key: str, today: date, first: date, last: date) -> DayRange:
    """The days a range choice means on `today` (`first`/`last` for a custom one)."""
    if key == "today":
        return DayRange(today, today)
    if key == "week":
        return this_week(today)
    if key == "month":
        return this_month(today)
    if key == "last_month":
        return last_month(today)
    return DayRange.of(first.isoformat(), last.isoformat())


def cell_text(value: object) -> str:
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


class ReportTableModel(QAbstractTableModel):
    """One report as a table: its columns as they come, numbers right-aligned, the total row bold."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.report = ReportTable("", (), ())

    def set_report(self, report: ReportTable) -> None:
        self.beginResetModel()
        self.report = report
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.report.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.report.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.report.columns):
            return None
        name = self.report.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ReportColumns", TITLES.get(name, name))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(LEFT if section == 0 or name == "name" else RIGHT)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.report.rows) or index.column() >= len(self.report.columns):
            return None
        row = self.report.rows[index.row()]
        value = row[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if row[0] == "total" and index.column() == 0:
                return QCoreApplication.translate("ReportsScreen", "Total")
            return cell_text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if isinstance(value, bool):
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(RIGHT if isinstance(value, int | float) else LEFT)
        if role == Qt.ItemDataRole.FontRole and row[0] == "total":
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None


@dataclass(frozen=True)
class ChartSpec:
    """What a report's chart shows: bars of `values` per `category` row, stacked or side by side."""

    title: str
    category: str
    values: tuple[str, ...]
    stacked: bool = False
    limit: int = 31
    pick: Callable[[ReportTable], list[tuple[object, ...]]] | None = None


def _top_parts(report: ReportTable) -> list[tuple[object, ...]]:
    k = report.columns.index("margin")
    rows = [r for r in report.rows if r[0] != "total" and isinstance(r[k], int) and r[k] != 0]
    return sorted(rows, key=lambda r: -_number(r[k]))[:10]


CHARTS = {
    "sales": ChartSpec(QT_TRANSLATE_NOOP("ReportsScreen", "Labour and parts"), "", ("labour", "parts"), stacked=True),
    "mechanics": ChartSpec(QT_TRANSLATE_NOOP("ReportsScreen", "Utilisation %"), "mechanic", ("utilisation",)),
    "parts": ChartSpec(
        QT_TRANSLATE_NOOP("ReportsScreen", "Margin of the ten best parts"), "part_code", ("margin",), pick=_top_parts
    ),
    "receivables": ChartSpec(QT_TRANSLATE_NOOP("ReportsScreen", "Still owed by age"), "age", ("balance",)),
}
COLOURS = ("#1f4e79", "#5b9bd5", "#a4262c", "#70ad47")


@dataclass(frozen=True)
class ChartData:
    """A chart's bars, worked out off the GUI thread: its names untranslated, money already scaled."""

    title: str
    categories: tuple[str, ...] = ()
    series: tuple[tuple[str, tuple[float, ...]], ...] = ()  # (column, one value per category)
    stacked: bool = False
    top: float = 0.0
    scale: float = 1.0


def chart_data(report: ReportTable, spec: ChartSpec) -> ChartData:
    """The bars of the report's rows (the total row left out); plain data, safe on any thread."""
    if not report.columns:
        return ChartData(spec.title, stacked=spec.stacked)
    rows = spec.pick(report) if spec.pick else [r for r in report.rows if r[0] != "total"][-spec.limit :]
    category = report.columns.index(spec.category) if spec.category else 0
    columns = [report.columns.index(v) for v in spec.values]
    values = [[_number(r[k]) for k in columns] for r in rows]
    top = max((sum(v) if spec.stacked else max(v, default=0.0) for v in values), default=0.0)
    scale = 1_000.0 if top >= 100_000 else 1.0  # money in thousands of won keeps the axis readable
    series = tuple((name, tuple(v[n] / scale for v in values)) for n, name in enumerate(spec.values))
    categories = tuple(_short(str(r[category]), report.columns[category]) for r in rows)
    return ChartData(spec.title, categories, series, spec.stacked, top / scale, scale)


def build_chart(data: ChartData) -> QChart:
    """The Qt chart of `data` (GUI thread: its titles translated here)."""
    chart = QChart()
    chart.setTitle(QCoreApplication.translate("ReportsScreen", data.title))
    chart.legend().setVisible(len(data.series) > 1)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    if not data.series:
        return chart
    series = QStackedBarSeries() if data.stacked else QBarSeries()
    for n, (name, values) in enumerate(data.series):
        bars = QBarSet(QCoreApplication.translate("ReportColumns", TITLES.get(name, name)))
        bars.setColor(QColor(COLOURS[n % len(COLOURS)]))
        bars.append(list(values))
        series.append(bars)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append(list(data.categories))
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    axis_y = QValueAxis()
    axis_y.setRange(0, data.top * 1.1 if data.top > 0 else 1)
    axis_y.setTickCount(5)
    axis_y.setLabelFormat("%.0f")
    if data.scale > 1:
        axis_y.setTitleText(QCoreApplication.translate("ReportsScreen", "thousand won"))
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    return chart


@dataclass(frozen=True)
class ReadReports:
    """What one read gives the screen: the reports and each one's chart data."""

    reports: ReportSet
    charts: dict[str, ChartData]


def read_reports(reports: ReportSet) -> ReadReports:
    """The reports of a range with each one's chart bars (the reader thread's whole share of the work)."""
    return ReadReports(reports, {name: chart_data(reports.by_name(name), spec) for name, spec in CHARTS.items()})


def _number(value: object) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


def _short(label: str, column: str) -> str:
    """A category label that fits under a bar: the day of the month, the week, the month."""
    if column == "day":
        return label[-2:]
    if column in ("week", "month"):
        return label[5:]
    return label


def _all_zero(report: ReportTable) -> bool:
    """Nothing happened in the days: every figure is zero (a report always has its total row)."""
    return all(v == 0 for row in report.rows for v in row if isinstance(v, (int, float)))


#: When a report's columns do not all fit (a 1024-wide screen), those that matter most follow its first.
FIRST_WHEN_NARROW = {
    "sales": ("total", "invoices", "cars", "cash", "card", "transfer", "refunds"),
}


class ReportPane(QWidget):
    """One report: its table above its chart."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.model = ReportTableModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.view = FrozenColumnTable(self.model, split, row_height=30)
        self.chart_view = QChartView(split)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(240)
        split.addWidget(self.view)
        split.addWidget(self.chart_view)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        self.empty = EmptyState(parent=self)
        layout.addWidget(self.empty)
        layout.addWidget(split)

    def _empty_text(self) -> str:
        if self.name == "receivables":
            return self.tr("Nobody owes the shop anything. Press F5 to read again.")
        if self.name == "mechanics":
            return self.tr("No mechanic worked in these days. Choose another range above, or press F5 to read again.")
        if self.name == "parts":
            return self.tr("No part was sold in these days. Choose another range above, or press F5 to read again.")
        return self.tr("No sales in these days. Choose another range above, or press F5 to read again.")

    def show_report(self, report: ReportTable, chart: ChartData | None = None) -> None:
        self.model.set_report(report)
        self.empty.show_if(_all_zero(report), self._empty_text())
        first = FIRST_WHEN_NARROW.get(self.name, ())
        self.view.set_first_when_narrow([report.columns.index(c) for c in first if c in report.columns])
        self.chart_view.setChart(build_chart(chart or chart_data(report, CHARTS[self.name])))


class ReportsScreen(QWidget):
    """How did we do, who is overloaded, which parts make money, who still owes us."""

    loaded = Signal()
    exported = Signal(str)

    def __init__(self, runner: CommandRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        self.runner = runner
        self.reports: ReportSet | None = None
        self._reading = 0  # the number of the latest read asked for: an older one's result is dropped
        self._build()
        self._connect_signals()
        self.reload()

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(20, 16, 20, 16)
        root.setSpacing(10)
        root.addWidget(
            header_row(
                self.tr("Reports"),
                self.tr("Sales as the Z reports count them, mechanics' use, parts' margins, and what is still owed."),
            )
        )
        bar_card, bar = card(self, margins=12)
        row = QHBoxLayout()
        bar.addLayout(row)
        self.range_box = QComboBox(self)
        for key, title in RANGES:
            self.range_box.addItem(QCoreApplication.translate("ReportsScreen", title), key)
        self.range_box.setCurrentIndex(2)  # this month
        today = QDate.currentDate()
        self.first_edit = QDateEdit(today.addDays(1 - today.day()), self)
        self.last_edit = QDateEdit(today, self)
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.group_box = QComboBox(self)
        for key, title in GROUPINGS:
            self.group_box.addItem(QCoreApplication.translate("ReportsScreen", title), key)
        self.csv_button = button(self.tr("Export CSV"))
        self.xlsx_button = button(self.tr("Export XLSX"))
        self.pdf_button = button(self.tr("Month summary PDF"), kind="primary")
        row.addWidget(label(self.tr("Range"), "Muted"))
        row.addWidget(self.range_box)
        row.addWidget(self.first_edit)
        row.addWidget(label("–"))
        row.addWidget(self.last_edit)
        row.addWidget(self.group_box)
        row.addStretch(1)
        second = QHBoxLayout()  # the exports on a row of their own: the bar fits a 1024-wide screen
        bar.addLayout(second)
        self.range_label = label("", "Muted")
        second.addWidget(self.range_label)
        second.addStretch(1)
        second.addWidget(self.csv_button)
        second.addWidget(self.xlsx_button)
        second.addWidget(self.pdf_button)
        root.addWidget(bar_card)
        self.banner = Banner(self)
        root.addWidget(self.banner)
        self.busy_bar = QProgressBar(self)  # moving while the reports are read; the screen stays usable
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedHeight(6)
        self.busy_bar.setAccessibleName(self.tr("Reading the reports…"))
        self.busy_bar.setToolTip(self.tr("Reading the reports…"))
        self.busy_bar.hide()
        root.addWidget(self.busy_bar)
        self.tabs = QTabWidget(self)
        self.panes: dict[str, ReportPane] = {}
        for name, title in (
            ("sales", self.tr("Sales")),
            ("mechanics", self.tr("Mechanics")),
            ("parts", self.tr("Parts")),
            ("receivables", self.tr("Receivables")),
        ):
            pane = ReportPane(name, self.tabs)
            self.panes[name] = pane
            self.tabs.addTab(pane, title)
        root.addWidget(self.tabs, 1)
        self._custom_enabled()

    def _connect_signals(self) -> None:
        self.range_box.currentIndexChanged.connect(self._range_changed)
        self.first_edit.dateChanged.connect(self._dates_changed)
        self.last_edit.dateChanged.connect(self._dates_changed)
        self.group_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.csv_button.clicked.connect(lambda: self._ask_and_export("csv"))
        self.xlsx_button.clicked.connect(lambda: self._ask_and_export("xlsx"))
        self.pdf_button.clicked.connect(self._ask_and_export_pdf)
        QShortcut(QKeySequence("F5"), self, self.reload, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(
            QKeySequence("Ctrl+E"),
            self,
            lambda: self._ask_and_export("csv"),
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    def showEvent(self, event: QShowEvent) -> None:
        """Shown (Ctrl+1 on the manager's terminal): the range is the first thing the keyboard meets."""
        super().showEvent(event)
        focused = self.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            self.focus_first()

    def focus_first(self) -> None:
        self.range_box.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the range ------------------------------------------------------------------
    def today(self) -> date:
        return self.runner.shop.clock().date()

    def days(self) -> DayRange:
        return range_of(
            str(self.range_box.currentData()),
            self.today(),
            self.first_edit.date().toPython(),  # type: ignore[arg-type]
            self.last_edit.date().toPython(),  # type: ignore[arg-type]
        )

    def choose_range(self, key: str) -> None:
        self.range_box.setCurrentIndex(next(n for n, (k, _t) in enumerate(RANGES) if k == key))

    def choose_grouping(self, key: str) -> None:
        self.group_box.setCurrentIndex(next(n for n, (k, _t) in enumerate(GROUPINGS) if k == key))

    def set_custom(self, first: date, last: date) -> None:
        """Choose a custom range of two days: one read, not one per change."""
        for widget in (self.range_box, self.first_edit, self.last_edit):
            widget.blockSignals(True)
        self.choose_range("custom")
        self.first_edit.setDate(QDate(first.year, first.month, first.day))
        self.last_edit.setDate(QDate(last.year, last.month, last.day))
        for widget in (self.range_box, self.first_edit, self.last_edit):
            widget.blockSignals(False)
        self._custom_enabled()
        self.reload()

    def _custom_enabled(self) -> None:
        custom = self.range_box.currentData() == "custom"
        self.first_edit.setEnabled(custom)
        self.last_edit.setEnabled(custom)

    def _range_changed(self, _index: int) -> None:
        self._custom_enabled()
        self.reload()

    def _dates_changed(self, _d: QDate) -> None:
        if self.range_box.currentData() == "custom":
            self.reload()

    # -- reading ----------------------------------------------------------------------
    def reload(self) -> None:
        try:
            days = self.days()
        except DomainError as exc:  # a custom range backwards: say so, keep what is shown
            self.banner.show_message("error", describe(exc))
            return
        self.banner.clear()
        grouping = str(self.group_box.currentData())
        self._reading += 1
        self.busy_bar.show()
        number = self._reading
        self.runner.read_call(
            self._read,
            days,
            grouping,
            self.today(),
            on_done=lambda got: self._show(got, number),
            on_error=lambda exc: self._failed(exc, number),
        )

    @property
    def reading(self) -> bool:
        """A read of the reports is running (the busy bar shows)."""
        return not self.busy_bar.isHidden()

    @property
    def busy(self) -> bool:
        """Work is under way (what the screenshots and tests wait for, as on the other screens)."""
        return self.reading

    def _read(self, days: DayRange, grouping: str, today: date) -> ReadReports:
        """On the reader thread: the queries and the charts' bars; nothing of Qt's."""
        return read_reports(self.runner.shop.reports(days, grouping, today))

    def _show(self, got: ReadReports, number: int) -> None:
        if number != self._reading:  # a newer read was asked for meanwhile: its result is the one to show
            return
        self.busy_bar.hide()
        reports = self.reports = got.reports
        if self.range_box.currentData() != "custom":  # the edits show the days chosen, ready to adjust
            for edit, day in ((self.first_edit, reports.days.first), (self.last_edit, reports.days.last)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        for name, pane in self.panes.items():
            pane.show_report(reports.by_name(name), got.charts.get(name))
        self.range_label.setText(
            self.tr("{first} to {last}: {days} days").format(
                first=reports.days.first_day, last=reports.days.last_day, days=reports.days.days
            )
        )
        self.loaded.emit()

    def _failed(self, exc: BaseException, number: int = 0) -> None:
        if number and number != self._reading:
            return
        if number:
            self.busy_bar.hide()
        self.banner.show_message("error", describe(exc))

    # -- export -----------------------------------------------------------------------
    def current_report(self) -> str:
        return self.panes_order()[self.tabs.currentIndex()]

    def panes_order(self) -> list[str]:
        return list(self.panes)

    def export_to(self, path: Path, fmt: str) -> None:
        """Write the report on the current tab to `path` (csv or xlsx), off the GUI thread."""
        if self.reports is None:
            return
        report = self.reports.by_name(self.current_report())
        self.runner.call(export.write, report, path, fmt, on_done=self._exported, on_error=self._failed)

    def export_month_pdf(self, path: Path) -> None:
        """The month of the range's last day, on one PDF page, written to `path`."""
        from app.documents.fonts import find_korean_font
        from app.reports.summary_pdf import month_figures, render_month_summary_pdf

        shop = self.runner.shop
        month, today = self.days().last, self.today()

        def write() -> Path:
            with shop.db.read.connect() as conn:
                figures = month_figures(conn, month, today)
            path.write_bytes(
                render_month_summary_pdf(figures, shop.shop_details(), find_korean_font(shop.settings.font_path))
            )
            return path

        self.runner.call(write, on_done=self._exported, on_error=self._failed)

    def _exported(self, path: object) -> None:
        self.banner.show_message("ok", self.tr("Saved"), str(path))
        self.exported.emit(str(path))

    def _ask_and_export(self, fmt: str) -> None:
        if self.reports is None:
            return
        days = self.reports.days
        suggested = f"report-{self.current_report()}-{days.first_day}-{days.last_day}.{fmt}"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the report"), suggested, f"*.{fmt}")
        if path:
            self.export_to(Path(path), fmt)

    def _ask_and_export_pdf(self) -> None:
        suggested = f"month-summary-{self.days().last.isoformat()[:7]}.pdf"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the month summary"), suggested, "*.pdf")
        if path:
            self.export_month_pdf(Path(path))
