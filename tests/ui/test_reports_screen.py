"""The manager's reports screen over a generated month: ranges, tables that equal the reports, charts,
CSV/XLSX export, the month's one-page PDF; rendered at 1024x768 and 1920x1080."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from app.bootstrap import Shop, bootstrap
from app.reports.sales import sales_report
from app.users.guard import SignedInUser
from domain.reports.periods import DayRange
from tests.builders import FakeClock
from tests.reports_support import Month, a_month_at_the_desk
from tests.till_support import pdf_pages, pdf_text
from tests.ui.helpers import TIMEOUT
from ui.main_window import MainWindow
from ui.screens.reports import ReportsScreen
from ui.users.session import screens_for

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "reports"


@pytest.fixture
def month_shop(tmp_path: Path) -> Iterator[tuple[Shop, Month]]:
    clock = FakeClock()
    shop = bootstrap(f"sqlite:///{tmp_path / 'shop.db'}", tmp_path / "inv", actor="desk", clock=clock)
    month = a_month_at_the_desk(shop, clock)
    clock.set("2026-11-28T18:30:00")
    yield shop, month
    shop.close()


@pytest.fixture
def screen(qtbot, qapp, month_shop: tuple[Shop, Month]) -> Iterator[tuple[MainWindow, ReportsScreen]]:
    from ui import theme

    theme.apply(qapp)
    win = MainWindow(month_shop[0], "all")
    qtbot.addWidget(win)
    win.resize(1440, 900)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.page("reports").loaded, timeout=TIMEOUT):  # type: ignore[attr-defined]
        pass
    page = win.show_screen("reports")
    assert isinstance(page, ReportsScreen)
    yield win, page
    win.shutdown()


def test_this_month_shows_the_sales_report_and_every_tab_has_a_chart(qtbot, screen, month_shop) -> None:
    _win, page = screen
    shop, month = month_shop
    assert page.reports is not None and page.reports.days == DayRange.of("2026-11-01", "2026-11-30")
    with shop.db.read.connect() as conn:
        expected = sales_report(conn, page.reports.days).as_table()
    model = page.panes["sales"].model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() == len(month.days) + 1
    total_col = expected.columns.index("total")
    assert model.index(model.rowCount() - 1, total_col).data() == f"{expected.rows[-1][total_col]:,}"
    assert model.index(model.rowCount() - 1, 0).data() == "Total"
    for name, pane in page.panes.items():
        chart = pane.chart_view.chart()
        assert chart.series(), name  # a bar series on every tab
        assert pane.model.rowCount() >= 2, name
    assert page.panes["mechanics"].model.index(0, 0).data() == "김민수"
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.choose_grouping("week")
    assert model.rowCount() == 4 + 1
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.choose_range("last_month")
    assert page.reports.days.first_day == "2026-10-01" and model.rowCount() == 1  # October: only a total of 0
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.choose_range("today")
    assert page.reports.days.days == 1


def test_a_backwards_custom_range_is_refused_in_a_sentence(qtbot, screen) -> None:
    _win, page = screen
    shown = page.reports
    page.set_custom(date(2026, 11, 20), date(2026, 11, 3))
    assert "before it starts" in page.banner.text()
    assert page.reports is shown
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.set_custom(date(2026, 11, 3), date(2026, 11, 7))
    assert page.reports is not None and page.reports.days.days == 5 and page.banner.isHidden()


def test_export_csv_xlsx_and_the_month_pdf(qtbot, screen, tmp_path: Path) -> None:
    _win, page = screen
    assert page.reports is not None
    with qtbot.waitSignal(page.exported, timeout=TIMEOUT):
        page.export_to(tmp_path / "sales.csv", "csv")
    rows = list(csv.reader((tmp_path / "sales.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][0] == "day" and rows[-1][0] == "total"
    page.tabs.setCurrentIndex(2)  # parts
    with qtbot.waitSignal(page.exported, timeout=TIMEOUT):
        page.export_to(tmp_path / "parts.xlsx", "xlsx")
    sheet = load_workbook(tmp_path / "parts.xlsx").active
    assert sheet is not None and sheet.title == "parts" and sheet["A1"].value == "part_code"
    with qtbot.waitSignal(page.exported, timeout=TIMEOUT):
        page.export_month_pdf(tmp_path / "month.pdf")
    assert pdf_pages(tmp_path / "month.pdf") == 1
    assert "MONTH SUMMARY" in pdf_text(tmp_path / "month.pdf")
    assert str(tmp_path / "month.pdf") in page.banner.text()


def test_only_a_manager_is_offered_the_reports() -> None:
    screens = ("reception", "invoice", "reports")
    assert "reports" in screens_for(SignedInUser(1, "관리자", "manager"), screens)
    assert "reports" not in screens_for(SignedInUser(2, "접수", "desk"), screens)


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_rendered_at_both_sizes(qtbot, screen, size: tuple[int, int], tmp_path: Path) -> None:
    """The screen alone at each size (the main window's other screens set its own minimum width).

    PITLANE_WRITE_SCREENSHOTS=1 writes them to docs/screenshots/reports (the committed ones).
    """
    folder = SHOTS if os.environ.get("PITLANE_WRITE_SCREENSHOTS") else tmp_path
    win, page = screen
    assert page.minimumSizeHint().width() <= 1024 - win.nav.width()  # fits beside the rail on a 1024 screen
    alone = ReportsScreen(win.runner)
    qtbot.addWidget(alone)
    alone.resize(*size)
    with qtbot.waitSignal(alone.loaded, timeout=TIMEOUT):
        alone.show()
    for tab in (0, 1, 2):
        alone.tabs.setCurrentIndex(tab)
        qtbot.wait(30)
        image = alone.grab().toImage()
        assert (image.width(), image.height()) == size
        folder.mkdir(parents=True, exist_ok=True)
        assert image.save(str(folder / f"reports-{alone.current_report()}-{size[0]}x{size[1]}.png"))
    assert alone.pdf_button.geometry().right() <= alone.width()  # the toolbar fits


def test_the_reports_are_read_off_the_gui_thread_which_stays_responsive(qtbot, screen, monkeypatch) -> None:
    """A slow read: the busy bar shows, the GUI thread keeps serving events, the latest read is the one shown."""
    import threading

    from PySide6.QtCore import QTimer

    import ui.screens.reports as reports_module

    _win, page = screen
    real = reports_module.read_reports
    release = threading.Event()
    threads: list[threading.Thread] = []

    def slow(*args: object):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        assert release.wait(TIMEOUT / 1_000)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(reports_module, "read_reports", slow)
    loads: list[object] = []
    page.loaded.connect(lambda: loads.append(page.reports))
    page.choose_range("last_month")  # read 1: held on the reader thread
    page.choose_range("today")  # read 2: asked for while 1 runs; 1's result must not be shown
    assert page.reading and page.busy_bar.isVisible()
    ticks: list[int] = []
    timer = QTimer(page)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=TIMEOUT)  # events run while the read is held
    page.tabs.setCurrentIndex(1)  # the user can still move about
    assert page.tabs.currentIndex() == 1 and page.reading and not loads
    timer.stop()
    release.set()
    qtbot.waitUntil(lambda: bool(loads) and not page.reading, timeout=TIMEOUT)
    qtbot.wait(50)
    assert len(loads) == 1 and page.reports is not None and page.reports.days.days == 1  # today's, once
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert page.busy_bar.isHidden()
    assert page.panes["sales"].chart_view.chart().title() == "Labour and parts"


def test_the_manager_terminal_opens_on_the_reports_and_the_keyboard_reaches_them(qtbot, month_shop) -> None:
    from PySide6.QtCore import Qt

    shop, _month = month_shop
    win = MainWindow(shop, "manager")
    qtbot.addWidget(win)
    win.resize(1440, 900)
    win.show()
    qtbot.waitExposed(win)
    try:
        assert list(win.nav_buttons) == ["reports", "invoice", "mechanics", "board"]
        page = win.stack.currentWidget()
        assert isinstance(page, ReportsScreen) and win.nav_buttons["reports"].isChecked()
        assert "Ctrl+1" in win.nav_buttons["reports"].toolTip()
        qtbot.waitUntil(lambda: page.reports is not None and not page.reading, timeout=TIMEOUT)
        qtbot.keyClick(win, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
        assert win.stack.currentWidget() is win.screens["board"]
        qtbot.keyClick(win, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        assert win.stack.currentWidget() is page
        qtbot.waitUntil(lambda: page.range_box.hasFocus(), timeout=TIMEOUT)  # the range first
        with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
            qtbot.keyClick(page.range_box, Qt.Key.Key_F5)  # F5 reads again
        qtbot.keyClick(page.tabs.currentWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        assert page.current_report() == "mechanics"  # Ctrl+Tab: the next report
    finally:
        win.shutdown()


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_every_sales_column_is_in_view_or_scrolled_to_with_the_day_frozen(qtbot, month_shop, size) -> None:
    """In the manager's window at each size: each column's header lies inside the table, at once or scrolled
    to, never under the frozen day column and never narrower than its title; all of them at once at 1920."""
    shop, _month = month_shop
    win = MainWindow(shop, "manager")
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    try:
        page = win.stack.currentWidget()
        assert isinstance(page, ReportsScreen)
        qtbot.waitUntil(lambda: page.reports is not None and not page.reading, timeout=TIMEOUT)
        qtbot.wait(30)  # the columns are fitted once the reset has been painted
        assert win.width() == size[0]
        view = page.panes["sales"].view
        model, header = view.model(), view.horizontalHeader()
        names = page.reports.sales.columns if page.reports is not None else ()
        assert model.columnCount() == len(names) == 14
        width = view.viewport().width()
        assert 0 < width <= size[0]
        frozen_column = getattr(view, "frozen", None)  # a plain table has none: nothing covers its columns
        frozen = frozen_column.columnWidth(0) if frozen_column is not None and frozen_column.isVisible() else 0
        for col in range(model.columnCount()):
            view.scrollTo(model.index(0, col))
            qtbot.wait(1)
            left = header.sectionViewportPosition(col)
            title = model.headerData(col, Qt.Orientation.Horizontal)
            assert left >= (0 if col == 0 else frozen), (size, title, left)
            assert left + header.sectionSize(col) <= width, (size, title, left, header.sectionSize(col), width)
            assert header.sectionSize(col) >= header.sectionSizeHint(col), (size, title)  # the title is not cut
        if size == (1920, 1080):
            assert view.horizontalScrollBar().maximum() == 0  # every column at once, none past the edge
            assert not view.scrolls
            assert [header.logicalIndex(v) for v in range(len(names))] == list(range(len(names)))  # as published
            assert view.frozen.isHidden()
        else:
            view.horizontalScrollBar().setValue(0)
            qtbot.wait(1)
            first = [names[header.logicalIndex(v)] for v in range(4)]
            assert first == ["day", "total", "invoices", "cars"]  # the columns that matter first
            for name in first:  # in view without scrolling
                col = names.index(name)
                assert header.sectionViewportPosition(col) + header.sectionSize(col) <= width, name
            assert view.scrolls and view.frozen.isVisible()
            view.scrollTo(model.index(0, len(names) - 1))  # scrolled to the end, the day is still there
            qtbot.wait(1)
            assert view.horizontalScrollBar().value() > 0
            assert view.frozen.geometry().width() == view.columnWidth(0) and view.frozen.isColumnHidden(1)
            assert view.frozen.model().headerData(0, Qt.Orientation.Horizontal) == model.headerData(
                0, Qt.Orientation.Horizontal
            )
    finally:
        win.shutdown()
