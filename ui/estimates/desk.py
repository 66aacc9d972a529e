"""The desk's estimates window (견적): the list of estimates, the bay's additional work waiting for the customer,
and a car's recommendations (work declined before, to offer again).

Opened from reception (Estimates…, Ctrl+E). Every button gives one command through the runner; the shop's
refusal is shown in the tab's banner. The bus checks the user's permission again on every command.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.estimates.queries import AdditionalWorkRow, EstimateRow, EstimateView, Recommendation
from app.queries import MechanicRow
from domain.commands import ApproveEstimate, DeclineEstimate, RecordAdditionalWorkConsent
from ui import fmt
from ui.errors import describe
from ui.estimates.dialog import EstimateDialog, consent_combo, consent_label
from ui.models.base import CENTER, RIGHT, Column, RowTableModel
from ui.runner import CommandRunner
from ui.till.pdf import Outcome, ask_printer, try_print
from ui.tr import QT_TRANSLATE_NOOP
from ui.widgets import Banner, EmptyState, action_key, button, label, press, selected_row, table, with_key

#: Events that change the list of estimates (another terminal drafted, approved, declined; a refused request).
ESTIMATE_EVENTS = frozenset({"EstimateDrafted", "EstimateApproved", "EstimateDeclined", "EstimateReopened"})
#: What changes the additional-work tab: a proposal from the bay, an answer given at another desk.
ADDITIONAL_WORK_EVENTS = frozenset({"AdditionalWorkProposed", "AdditionalWorkConsentRecorded"})
#: How often the additional-work tab reads the bay's proposals again while it is shown.
ADDITIONAL_WORK_POLL_MS = 5_000

#: The list's filter: (status, label), "" every estimate.
STATUS_FILTERS = (
    ("open", QT_TRANSLATE_NOOP("Estimates", "Open")),
    ("approved", QT_TRANSLATE_NOOP("Estimates", "Approved")),
    ("declined", QT_TRANSLATE_NOOP("Estimates", "Declined")),
    ("", QT_TRANSLATE_NOOP("Estimates", "All")),
)


class EstimatesModel(RowTableModel):
    """The desk's estimates, newest first (`app.estimates.queries.estimate_rows`)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Estimate"), lambda r: r.estimate_no),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: fmt.short_time(r.drafted_at), lambda r: r.drafted_at
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Car number"), lambda r: r.car_number, bold=True),
                Column(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda r: r.customer_name),
                Column(QT_TRANSLATE_NOOP("Columns", "Work"), lambda r: r.term or "—"),
                Column(QT_TRANSLATE_NOOP("Columns", "Total"), lambda r: fmt.money(r.total), lambda r: r.total, RIGHT),
                Column(QT_TRANSLATE_NOOP("Columns", "Valid until"), lambda r: r.valid_until, align=CENTER),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Status"),
                    lambda r: fmt.status_label(r.status),
                    status=lambda r: r.status,
                ),
            ],
            key=lambda r: r.estimate_no,
            parent=parent,
        )


def _work_text(row: AdditionalWorkRow) -> str:
    """The proposal and its parts: '뒤 디스크 교환 (+ 브레이크 디스크 × 2)'."""
    if not row.parts:
        return row.description
    return f"{row.description} (+ " + ", ".join(f"{name} × {q}" for name, q, _p in row.parts) + ")"


class AdditionalWorkModel(RowTableModel):
    """Work the bay proposed, waiting for the customer's answer (`shop.additional_work()`)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Job"), lambda r: f"#{r.job_id}", lambda r: r.job_id, RIGHT),
                Column(QT_TRANSLATE_NOOP("Columns", "Car number"), lambda r: r.car_number, bold=True),
                Column(QT_TRANSLATE_NOOP("Columns", "Work"), _work_text),
                Column(QT_TRANSLATE_NOOP("Columns", "Amount"), lambda r: fmt.money(r.total), lambda r: r.total, RIGHT),
                Column(QT_TRANSLATE_NOOP("Columns", "Proposed by"), lambda r: r.proposed_by),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Time"),
                    lambda r: fmt.short_time(r.proposed_at),
                    lambda r: r.proposed_at,
                ),
            ],
            key=lambda r: r.work_id,
            parent=parent,
        )


class RecommendationsModel(RowTableModel):
    """Work a car's customer declined (an estimate, or additional work), newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Date"),
                    lambda r: fmt.short_time(r.declined_at),
                    lambda r: r.declined_at,
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "From"), lambda r: r.estimate_no),
                Column(QT_TRANSLATE_NOOP("Columns", "Work"), lambda r: r.description),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Amount"), lambda r: fmt.money(r.amount), lambda r: r.amount, RIGHT
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Reason"), lambda r: r.reason or "—"),
            ],
            key=lambda r: (r.estimate_no, r.declined_at, r.description, r.amount),
            parent=parent,
        )


def estimate_summary(view: EstimateView) -> str:
    """The selected estimate in a few lines: the work, each line, the total, the consent or the refusal."""
    out = [
        QCoreApplication.translate("Estimates", "{no} · {car} · {customer} · {mechanic}, {days} man-day(s)").format(
            no=view.estimate_no,
            car=view.car_number,
            customer=view.customer_name,
            mechanic=view.mechanic_name,
            days=view.man_day,
        )
    ]
    if view.fare:
        out.append(f"  {view.term or QCoreApplication.translate('Estimates', 'Labour')}: {fmt.money(view.fare)}")
    for line in view.lines:
        short = "  " + QCoreApplication.translate("Estimates", "(not enough in stock)") if line.out_of_stock else ""
        origin = f" [{line.origin}]" if line.origin else ""
        out.append(f"  {line.description}{origin} × {line.quantity}: {fmt.money(line.amount)}{short}")
    out.append(
        QCoreApplication.translate("Estimates", "Total {total} (VAT {vat} included), valid until {until}").format(
            total=fmt.money(view.total), vat=fmt.money(view.vat), until=view.valid_until
        )
    )
    if view.status == "approved":
        out.append(
            QCoreApplication.translate("Estimates", "Approved ({how}) by {by}, {at}: receipt #{receipt}").format(
                how=consent_label(view.consent_how),
                by=view.consent_by,
                at=fmt.short_time(view.consent_at),
                receipt=view.receipt_id,
            )
        )
    elif view.reason_message is not None or view.reason:
        from ui.domain_text import text_of

        why = text_of(view.reason_message) if view.reason_message is not None else view.reason
        out.append(QCoreApplication.translate("Estimates", "Note: {why}").format(why=why))
    return "\n".join(out)


class EstimatesTab(QWidget):
    """The list of estimates; the selected one approved (how), declined (why) or printed (견적서)."""

    def __init__(
        self, runner: CommandRunner, mechanics: Callable[[], list[MechanicRow]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.shop = runner.shop
        self.mechanics = mechanics
        self.view: EstimateView | None = None
        self.draft_dialog: EstimateDialog | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.status = QComboBox()
        for status, text in STATUS_FILTERS:
            self.status.addItem(QCoreApplication.translate("Estimates", text), status)
        self.search = QLineEdit(placeholderText=self.tr("Car number, customer or estimate number  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.new_button = button(self.tr("New estimate…  (Ctrl+N)"), "primary")
        top.addWidget(self.status)
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.model = EstimatesModel(self)
        self.table = table(self.model, stretch=4)
        layout.addWidget(self.table, 3)
        self.empty = EmptyState()
        layout.addWidget(self.empty)
        self.detail = label(self.tr("Select an estimate to see its lines."), "Muted", wrap=True)
        layout.addWidget(self.detail, 1)
        self.message = Banner()
        layout.addWidget(self.message)
        answer = QHBoxLayout()
        self.how = consent_combo()
        self.reason = QLineEdit(placeholderText=self.tr("Why not (optional)"))
        self.print_button = button(self.tr("Print estimate (견적서)…"))
        self.decline_button = button(self.tr("Declined"), "danger")
        self.approve_button = button(self.tr("Approved: request the repair"), "success")
        answer.addWidget(self.how)
        answer.addWidget(self.reason, 1)
        for b in (self.print_button, self.decline_button, self.approve_button):
            answer.addWidget(b)
        layout.addLayout(answer)
        self._connect_signals()
        self._selected(None)

    def _connect_signals(self) -> None:
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.new_button.clicked.connect(self.new_estimate)
        self.approve_button.clicked.connect(self.approve)
        self.decline_button.clicked.connect(self.decline)
        self.print_button.clicked.connect(self.print_estimate)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_estimate)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        # The customer's answer as at the till: F2 the yes, F4 the no (Enter in its reason too), Ctrl+P prints.
        action_key(self.approve_button, "F2", self)
        action_key(self.decline_button, "F4", self)
        action_key(self.print_button, "Ctrl+P", self)
        self.reason.returnPressed.connect(lambda: press(self.decline_button))

    # -- the list ---------------------------------------------------------------------------
    def refresh(self) -> None:
        status, text = self.status.currentData(), self.search.text()
        self.runner.read_call(self.shop.estimates, status, text, on_done=self._show_rows)

    def _show_rows(self, rows: list[EstimateRow]) -> None:
        self.model.set_rows(rows)
        searched = bool(self.search.text().strip()) or self.status.currentData() != "open"
        self.empty.show_if(
            not rows,
            self.tr("No estimate matches. Search for another car or customer (Ctrl+F).")
            if searched
            else self.tr("No open estimates. Draft one: New estimate… (Ctrl+N)."),
        )
        if rows and selected_row(self.table) is None:
            self.table.selectRow(0)
        self._selection_changed()

    def _selection_changed(self) -> None:
        row: EstimateRow | None = selected_row(self.table)
        if row is None:
            self._selected(None)
            return
        self.runner.read_call(self.shop.estimate, row.estimate_no, on_done=self._selected)

    def _selected(self, view: EstimateView | None) -> None:
        self.view = view
        is_open = view is not None and view.status == "open"
        for w in (self.how, self.reason, self.approve_button, self.decline_button):
            w.setEnabled(is_open)
        self.print_button.setEnabled(view is not None)
        self.detail.setText(estimate_summary(view) if view else self.tr("Select an estimate to see its lines."))

    # -- the answers ------------------------------------------------------------------------
    def new_estimate(self) -> None:
        dialog = EstimateDialog(self.runner, self.mechanics(), self.shop.estimate, self)
        dialog.finished.connect(lambda _r: self.refresh())
        self.draft_dialog = dialog
        dialog.show()

    def approve(self) -> None:
        if self.view is None:
            return
        no = self.view.estimate_no
        self._busy()
        self.runner.submit(
            ApproveEstimate(no, self.how.currentData()),
            on_done=lambda _rid: self.runner.read_call(self.shop.estimate, no, on_done=self._approved),
            on_error=self._refused,
        )

    def _approved(self, view: EstimateView) -> None:
        if view.status == "open":  # the man-day check refused the request it made
            self.message.show_message("error", self.tr("Not accepted"), estimate_summary(view).splitlines()[-1])
        else:
            self.message.show_message(
                "success",
                self.tr("Repair requested"),
                self.tr("Estimate {no}: receipt #{receipt}").format(no=view.estimate_no, receipt=view.receipt_id),
            )
        self.refresh()

    def decline(self) -> None:
        if self.view is None:
            return
        no = self.view.estimate_no
        self._busy()
        self.runner.submit(
            DeclineEstimate(no, self.reason.text()),
            on_done=lambda _r: self._declined(no),
            on_error=self._refused,
        )

    def _declined(self, no: str) -> None:
        self.reason.clear()
        self.message.show_message(
            "info",
            self.tr("Estimate {no} declined").format(no=no),
            self.tr("The work is kept for the car's next visit."),
        )
        self.refresh()

    def _busy(self) -> None:
        for w in (self.approve_button, self.decline_button):
            w.setEnabled(False)

    def _refused(self, exc: BaseException) -> None:
        self._selected(self.view)
        self.message.show_message("error", self.tr("Not recorded"), describe(exc))

    # -- the paper ----------------------------------------------------------------------------
    def print_estimate(self) -> None:
        if self.view is None:
            return
        no = self.view.estimate_no
        self.print_button.setEnabled(False)
        self.runner.call(self.shop.estimate_pdf, no, on_done=self._print, on_error=self._not_printed)

    def _print(self, path: Any) -> None:
        self.print_button.setEnabled(True)
        printer = ask_printer(path, self)
        if printer is None:
            self.message.show_message("info", self.tr("Estimate written"), str(path))
            return
        self.runner.call(try_print, path, printer, on_done=self._printed, on_error=self._not_printed)

    def _printed(self, outcome: Outcome) -> None:
        if outcome.error:
            self.message.show_message("error", self.tr("Not printed"), outcome.error)
        else:
            self.message.show_message("success", self.tr("Estimate sent to the printer"), "")

    def _not_printed(self, exc: BaseException) -> None:
        self.print_button.setEnabled(True)
        self.message.show_message("error", self.tr("Not printed"), describe(exc))


class AdditionalWorkTab(QWidget):
    """What the bay proposed during a job, waiting for the customer: approved (billed) or declined (kept)."""

    def __init__(self, runner: CommandRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.shop = runner.shop
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(self.tr("Billed only once the customer agrees; declined work is offered again next visit."), "Muted")
        )
        self.model = AdditionalWorkModel(self)
        self.table = table(self.model, stretch=2)
        layout.addWidget(self.table, 1)
        self.empty = EmptyState()
        layout.addWidget(self.empty)
        self.message = Banner()
        layout.addWidget(self.message)
        answer = QHBoxLayout()
        self.how = consent_combo()
        self.refresh_button = button(self.tr("Refresh"))
        self.decline_button = button(self.tr("Declined"), "danger")
        self.approve_button = button(self.tr("Approved: bill it"), "success")
        answer.addWidget(self.how)
        answer.addStretch(1)
        for b in (self.refresh_button, self.decline_button, self.approve_button):
            answer.addWidget(b)
        layout.addLayout(answer)
        self.refresh_button.clicked.connect(self.refresh)
        action_key(self.refresh_button, "F5", self)
        action_key(self.approve_button, "F2", self)
        action_key(self.decline_button, "F4", self)
        self.approve_button.clicked.connect(lambda: self.answer(True))
        self.decline_button.clicked.connect(lambda: self.answer(False))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self._enable()

    def refresh(self) -> None:
        self.runner.read_call(self.shop.additional_work, on_done=self._show)

    def _show(self, rows: list[AdditionalWorkRow]) -> None:
        self.model.set_rows(rows)
        self.empty.show_if(
            not rows,
            self.tr("Nothing waits for a customer's answer. The bay's proposals appear here; F5 reads again."),
        )
        if rows and selected_row(self.table) is None:
            self.table.selectRow(0)
        self._enable()

    def _enable(self) -> None:
        on = selected_row(self.table) is not None
        for w in (self.how, self.approve_button, self.decline_button):
            w.setEnabled(on)

    def answer(self, approved: bool) -> None:
        row: AdditionalWorkRow | None = selected_row(self.table)
        if row is None:
            return
        self.approve_button.setEnabled(False)
        self.decline_button.setEnabled(False)
        self.runner.submit(
            RecordAdditionalWorkConsent(row.work_id, approved, self.how.currentData()),
            on_done=lambda _r: self._answered(row, approved),
            on_error=lambda exc: self._refused(exc),
        )

    def _answered(self, row: AdditionalWorkRow, approved: bool) -> None:
        if approved:
            self.message.show_message(
                "success",
                self.tr("{work} approved").format(work=row.description),
                self.tr("It is on job #{job}'s bill.").format(job=row.job_id),
            )
        else:
            self.message.show_message(
                "info",
                self.tr("{work} declined").format(work=row.description),
                self.tr("It is kept for the car's next visit."),
            )
        self.refresh()

    def _refused(self, exc: BaseException) -> None:
        self._enable()
        self.message.show_message("error", self.tr("Not recorded"), describe(exc))


class RecommendationsTab(QWidget):
    """A car's recommendations: the work its customer declined, to offer again."""

    def __init__(self, runner: CommandRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.shop = runner.shop
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.car_number = QLineEdit(placeholderText=self.tr("Car number, e.g. 12가3456"))
        self.find_button = button(self.tr("Show"), "primary")
        top.addWidget(self.car_number, 1)
        top.addWidget(self.find_button)
        layout.addLayout(top)
        self.model = RecommendationsModel(self)
        self.table = table(self.model, stretch=2)
        layout.addWidget(self.table, 1)
        self.note = label("", "Muted")
        layout.addWidget(self.note)
        self.find_button.clicked.connect(self.show_car)
        self.find_button.setText(with_key(self.find_button.text(), "Enter"))
        self.car_number.returnPressed.connect(self.show_car)

    def show_car(self, car_number: str | None = None) -> None:
        if isinstance(car_number, str):
            self.car_number.setText(car_number)
        text = self.car_number.text().strip()
        if not text:
            return
        self.runner.read_call(self.shop.recommendations, text, on_done=self._show)

    def _show(self, rows: list[Recommendation]) -> None:
        self.model.set_rows(rows)
        self.note.setText(
            self.tr("{n} recommendation(s) for this car.").format(n=len(rows))
            if rows
            else self.tr("Nothing declined on this car.")
        )


class EstimatesWindow(QDialog):
    """Estimates · additional work waiting for consent · a car's recommendations."""

    def __init__(
        self, runner: CommandRunner, mechanics: Callable[[], list[MechanicRow]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Estimates and consent"))
        self.setMinimumSize(760, 560)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.estimates = EstimatesTab(runner, mechanics, self)
        self.additional = AdditionalWorkTab(runner, self)
        self.recommendations = RecommendationsTab(runner, self)
        self.tabs.addTab(self.estimates, self.tr("Estimates"))
        self.tabs.addTab(self.additional, self.tr("Additional work"))
        self.tabs.addTab(self.recommendations, self.tr("Recommendations"))
        layout.addWidget(self.tabs)
        self.close_button = button(self.tr("Close"))
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self.close_button.clicked.connect(self.reject)
        self.close_button.setText(with_key(self.close_button.text(), "Esc"))
        for b in self.findChildren(QPushButton):
            b.setAutoDefault(False)  # Enter belongs to the field's own form (a search, a reason), never a button
        self.estimates.search.setFocus()
        self.tabs.currentChanged.connect(self._tab_changed)
        for n in range(3):
            QShortcut(QKeySequence(f"Alt+{n + 1}"), self, lambda i=n: self.tabs.setCurrentIndex(i))
        self.estimates.refresh()
        self.additional.refresh()
        feed = getattr(runner, "feed", None)  # the main window's: changes from every terminal
        if feed is not None:
            feed.changed.connect(self._shop_changed)
        # The feed brings the bay's proposals (AdditionalWorkProposed); the waiting list is also read again
        # while shown, for a shop without the feed.
        self._poll = QTimer(self)
        self._poll.setInterval(ADDITIONAL_WORK_POLL_MS)
        self._poll.timeout.connect(self._poll_additional)
        self._poll.start()

    def _shop_changed(self, types: frozenset[str]) -> None:
        if types & ESTIMATE_EVENTS and self.isVisible():
            self.estimates.refresh()
        if types & ADDITIONAL_WORK_EVENTS and self.isVisible():
            self.additional.refresh()

    def _poll_additional(self) -> None:
        if self.isVisible() and self.tabs.currentWidget() is self.additional:
            self.additional.refresh()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.estimates:
            self.estimates.refresh()
        elif self.tabs.widget(index) is self.additional:
            self.additional.refresh()
