"""Day close (마감): the day's money by method and its documents, then the Z report that fixes them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import QDateEdit, QGridLayout, QHBoxLayout, QMessageBox, QWidget

from app.reception import till
from app.reception.till import TillDayRow
from domain.billing.day import ZReport
from domain.commands import CloseDay
from ui import fmt
from ui.errors import describe
from ui.models.base import Column, RowTableModel
from ui.runner import CommandRunner
from ui.till.models import MethodTotalsModel
from ui.till.pdf import Outcome, PdfPane, ask_printer, fetch_document, fetch_then, open_folder, try_print
from ui.widgets import Banner, EmptyState, Refresher, button, card, header_row, label, selected_row, table

if TYPE_CHECKING:
    from app.shop import Shop

DAY_EVENTS = frozenset({"BillIssued", "PaymentRecorded", "InvoiceVoided", "RefundRecorded", "DayClosed"})


@dataclass(frozen=True)
class DayView:
    """A business day as the close screen shows it: live figures while open, the Z report once closed."""

    day: str
    report: ZReport
    closed: TillDayRow | None
    closed_days: tuple[TillDayRow, ...]


def load_day(shop: Shop, day: str) -> DayView:
    with shop.db.read.connect() as conn:
        row = till.till_day(conn, day)
        report = till.z_report(conn, day) if row is not None and row.status == till.CLOSED else None
        if report is None:
            row, report = None, till.day_summary(conn, day)
        return DayView(day, report, row, tuple(till.closed_days(conn)))


class ClosedDaysModel(RowTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(str(QT_TRANSLATE_NOOP("Columns", "Day")), lambda r: r.day, bold=True),
                Column(str(QT_TRANSLATE_NOOP("Columns", "Z report")), lambda r: r.z_no or ""),
                Column(str(QT_TRANSLATE_NOOP("Columns", "Closed at")), lambda r: fmt.short_time(r.closed_at or "")),
                Column(str(QT_TRANSLATE_NOOP("Columns", "By")), lambda r: r.closed_by or ""),
            ],
            key=lambda r: r.day,
            parent=parent,
        )


class DayCloseTab(QWidget):
    """Pick a day, check its figures, close it; a closed day shows its Z report."""

    def __init__(self, shop: Shop, runner: CommandRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.runner = runner
        self.shown: DayView | None = None
        self._build()
        self._day = Refresher(runner, lambda: load_day(shop, self.day()), self._show_day, self)
        self._connect_signals()

    def _build(self) -> None:
        root = QHBoxLayout(self)
        root.setContentsMargins(0, 4, 0, 0)
        root.setSpacing(16)
        left_card, left = card(self, margins=12, spacing=6)
        left.addWidget(
            header_row(
                self.tr("Day close"),
                self.tr("Money taken by method, documents issued, what is still owed. A closed day takes no money."),
            )
        )
        today = QDate.fromString(self.today(), "yyyy-MM-dd")
        self.date = QDateEdit(today)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMaximumDate(today)
        self.date.setMinimumHeight(34)
        self.today_button = button(self.tr("Today"))
        self.state = label("", "Chip")
        row = QHBoxLayout()
        row.addWidget(self.date)
        row.addWidget(self.today_button)
        row.addStretch(1)
        row.addWidget(self.state)
        left.addLayout(row)
        self.closed_info = label("", "Muted", wrap=True)
        left.addWidget(self.closed_info)
        self.methods = MethodTotalsModel(self)
        self.methods_view = table(self.methods, stretch=0, row_height=32)
        self.methods_view.setFixedHeight(4 * 32 + 40)
        left.addWidget(self.methods_view)
        grid = QGridLayout()
        self.figures: dict[str, tuple[Any, Any]] = {}
        for n, (key, text) in enumerate(
            (
                ("invoices", self.tr("Invoices issued")),
                ("credit_notes", self.tr("Credit notes")),
                ("net_sales", self.tr("Net sales")),
                ("owed", self.tr("Still owed")),
            )
        ):
            value, caption = label("", "KpiValue"), label(text, "KpiLabel")
            grid.addWidget(value, 0, n)
            grid.addWidget(caption, 1, n)
            self.figures[key] = (value, caption)
        left.addLayout(grid)
        self.close_button = button(self.tr("Close the day…"), "warning", "large")
        left.addWidget(self.close_button)
        left.addWidget(label(self.tr("Closed days"), "SectionTitle"))
        self.days = ClosedDaysModel(self)
        self.days_view = table(self.days, stretch=3, row_height=30)
        left.addWidget(self.days_view, 1)
        self.days_empty = EmptyState()
        left.addWidget(self.days_empty)
        root.addWidget(left_card, 5)

        right_card, right = card(self)
        actions = QHBoxLayout()
        actions.addWidget(label(self.tr("Z report"), "SectionTitle"))
        actions.addStretch(1)
        self.print_button = button(self.tr("Print…"), size="large")
        self.folder_button = button(self.tr("Open folder"), size="large")
        actions.addWidget(self.print_button)
        actions.addWidget(self.folder_button)
        right.addLayout(actions)
        self.message = Banner()
        right.addWidget(self.message)
        self.pdf = PdfPane(self)
        right.addWidget(self.pdf, 1)
        root.addWidget(right_card, 6)

    def _connect_signals(self) -> None:
        self.date.dateChanged.connect(lambda _d: self._day.now())
        self.today_button.clicked.connect(lambda: self.date.setDate(QDate.fromString(self.today(), "yyyy-MM-dd")))
        self.close_button.clicked.connect(self.close_day)
        self.print_button.clicked.connect(self.print_report)
        self.folder_button.clicked.connect(self.open_folder)
        self.days_view.selectionModel().selectionChanged.connect(lambda *_: self._pick_closed_day())
        feed = getattr(self.runner, "feed", None)
        if feed is not None:
            feed.changed.connect(lambda types: self._day.request() if types & DAY_EVENTS else None)

    # -- reading ---------------------------------------------------------------------------
    def today(self) -> str:
        return str(self.shop.clock().date().isoformat())

    def day(self) -> str:
        return str(self.date.date().toString("yyyy-MM-dd"))

    def refresh(self) -> None:
        self.date.setMaximumDate(QDate.fromString(self.today(), "yyyy-MM-dd"))
        self._day.now()

    @property
    def busy(self) -> bool:
        return self._day.busy

    def _show_day(self, view: DayView) -> None:
        if view.day != self.day():
            return  # another day was picked meanwhile; its read is on the way
        previous = self.shown
        self.shown = view
        r = view.report
        self.methods.set_methods(r.methods)
        self._figure("invoices", f"{len(r.invoices):,}", fmt.money(r.invoices_total))
        self._figure("credit_notes", f"{len(r.credit_notes):,}", fmt.money(-r.credit_notes_total))
        self._figure("net_sales", fmt.money(r.net_sales), "")
        self._figure("owed", fmt.money(r.open_balances_total), f"{len(r.open_balances):,}")
        self.days.set_rows(view.closed_days)
        self.days_empty.show_if(
            not view.closed_days,
            self.tr("No day is closed yet. At the end of the day: Close the day… (Ctrl+Shift+D, then Enter)."),
        )
        if view.closed is not None:
            self.state.setText(self.tr("Closed · {z}").format(z=view.closed.z_no))
            self.state.setStyleSheet("background: #64748B;")
            self.closed_info.setText(
                self.tr("Closed {when} by {who}. Nothing can be paid, refunded or voided into this day.").format(
                    when=fmt.short_time(view.closed.closed_at or ""), who=view.closed.closed_by or ""
                )
            )
            self.close_button.setEnabled(False)
            if previous is None or previous.closed is None or previous.day != view.day:
                self._show_report(view.closed.z_no or "")
        else:
            self.state.setText(self.tr("Open"))
            self.state.setStyleSheet("background: #1F6FEB;")
            self.closed_info.setText(self.tr("Figures so far; they are fixed when the day is closed."))
            self.close_button.setEnabled(True)
            self.pdf.clear(self.tr("The Z report is made when the day is closed."))
        self.print_button.setEnabled(view.closed is not None)
        self.folder_button.setEnabled(view.closed is not None)

    def _figure(self, key: str, value: str, extra: str) -> None:
        widget, caption = self.figures[key]
        widget.setText(value)
        base = caption.property("base") or caption.text()
        caption.setProperty("base", base)
        caption.setText(f"{base} · {extra}" if extra else base)

    def _pick_closed_day(self) -> None:
        row = selected_row(self.days_view)
        if row is not None and row.day != self.day():
            self.date.setDate(QDate.fromString(row.day, "yyyy-MM-dd"))

    def _show_report(self, z_no: str) -> None:
        self.pdf.clear(self.tr("Preparing the Z report {z}…").format(z=z_no))
        fetch_then(self.runner, self.shop.documents.pdf, z_no, lambda outcome: self._report_ready(z_no, outcome))

    def _report_ready(self, z_no: str, outcome: Outcome) -> None:
        if self.shown is None or self.shown.closed is None or self.shown.closed.z_no != z_no:
            return
        if outcome.error:
            self.pdf.clear(self.tr("No PDF to show."))
            self.message.show_message("error", self.tr("The Z report PDF is not there"), outcome.error)
        else:
            self.pdf.show_pdf(outcome.value)

    # -- closing ------------------------------------------------------------------------------
    def confirm_close(self, view: DayView) -> bool:
        """Ask before closing: it cannot be undone."""
        r = view.report
        answer = QMessageBox.question(
            self,
            self.tr("Close {day}?").format(day=view.day),
            self.tr(
                "Payments {pay}, refunds {back}, net {net}; {n} invoice(s), {c} credit note(s).\n\n"
                "After the close no payment, refund or credit note can be recorded into {day}. Close it?"
            ).format(
                pay=fmt.money(r.payments_total),
                back=fmt.money(r.refunds_total),
                net=fmt.money(r.net_total),
                n=len(r.invoices),
                c=len(r.credit_notes),
                day=view.day,
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def close_day(self) -> None:
        view = self.shown
        if view is None or view.closed is not None or not self.confirm_close(view):
            return
        self.close_button.setEnabled(False)
        self.message.clear()
        self.runner.submit(
            CloseDay(view.day),
            on_done=lambda z_no: self._closed(view.day, str(z_no)),
            on_error=self._refused,
        )

    def _closed(self, day: str, z_no: str) -> None:
        self.message.show_message(
            "success",
            self.tr("{day} is closed: Z report {z}").format(day=day, z=z_no),
            self.tr("Print it for the day's records."),
        )
        self._day.now()

    def _refused(self, exc: BaseException) -> None:
        self.message.show_message("error", self.tr("The day was not closed"), describe(exc))
        self._day.now()

    # -- the report ----------------------------------------------------------------------------
    def _z_no(self) -> str | None:
        return self.shown.closed.z_no if self.shown is not None and self.shown.closed is not None else None

    def print_report(self) -> None:
        z_no = self._z_no()
        if z_no is None:
            return
        self.runner.call(
            fetch_document,
            self.shop.documents.reprint,
            z_no,
            on_done=lambda outcome: self._print(z_no, outcome),
            on_error=lambda exc: self.message.show_message("error", self.tr("Not printed"), describe(exc)),
        )

    def _print(self, z_no: str, outcome: Outcome) -> None:
        if outcome.error:
            self.message.show_message("error", self.tr("{z} was not printed").format(z=z_no), outcome.error)
            return
        printer = ask_printer(outcome.value, self)
        if printer is None:
            return
        self.runner.call(
            try_print,
            outcome.value,
            printer,
            on_done=lambda printed: self.message.show_message(
                "error" if printed.error else "success",
                self.tr("{z} was not printed").format(z=z_no)
                if printed.error
                else self.tr("{z} sent to the printer").format(z=z_no),
                printed.error,
            ),
        )

    def open_folder(self) -> None:
        z_no = self._z_no()
        if z_no is not None:
            open_folder(self.pdf.path or self.shop.documents.path(z_no))
