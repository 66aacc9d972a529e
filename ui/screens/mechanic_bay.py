"""Mechanic bay (정비사): pick yourself, your jobs, big Start / Request part / Finish, parts by scan or name."""

from __future__ import annotations

from collections import deque
from typing import Any

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import queries
from app.queries import JobRow, MechanicRow, PartRequestRow, PartRow
from domain.commands import AddCannedJobToJob, FinishJob, RequestPart, ReturnPart, StartJob
from domain.jobs.commands import MAX_PART_REQUEST_QUANTITY
from domain.jobs.model import JobStatus, PartRequestStatus
from ui import fmt
from ui.billing.lines import BillLinesPanel
from ui.domain_text import reason_text
from ui.errors import describe
from ui.feed import ShopFeed
from ui.models.tables import JobsModel, PartRequestsModel
from ui.runner import CommandRunner
from ui.widgets import (
    Banner,
    EmptyState,
    Refresher,
    button,
    card,
    label,
    screen_key,
    selected_row,
    set_kind,
    table,
)

JOB_EVENTS = {"JobCreated", "JobStarted", "JobFinished", "JobCancelled", "RequestCancelled", "BillIssued"}
JOB_EVENTS |= {"PromisesMoved", "JobReassigned", "WorkingWeekdaysChanged", "DayOffAdded", "DayOffRemoved"}
JOB_EVENTS |= {"ShopClosureAdded", "ShopClosureRemoved"}  # the queue's dates move with these
REQUEST_EVENTS = {"PartRequested", "PartReceived", "PartRequestCancelled", "PartReturned"}
PART_EVENTS = {"PartRegistered", "StockIncreased", "StockDecreased", "PartPriceChanged"}
MECHANIC_EVENTS = {"MechanicRegistered", "ManDayChanged"}
BILL_EVENTS = {"LabourAdded", "DiscountAdded", "LineRemoved", "PartReceived", "PartReturned"}
SEPARATOR = " — "
#: The queue's columns, most wanted first: the car and its promise always show, whole; the others while the
#: list has room for them, in this order (at 1024 px the list is about 220 px wide: the car and the date).
QUEUE_PRIORITY = (
    JobsModel.CAR,
    JobsModel.PROMISED,
    JobsModel.STATUS,
    JobsModel.JOB,
    JobsModel.STARTS,
    JobsModel.CUSTOMER,
)
ALWAYS_SHOWN = 2
CUSTOMER_MIN_WIDTH = 90  # the stretched customer column is elided, never the car or the date
COLUMN_PADDING = 12  # as ui.widgets.table's columns have, given up when the car and the date would not fit


class QueueColumns(QObject):
    """Shows the queue's columns that fit the list's width, in QUEUE_PRIORITY order, after every resize and change."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        view.viewport().installEventFilter(self)
        model = view.model()
        for changed in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged):
            changed.connect(self._timer.start)
        # ui.widgets.table fits every column to its contents after a change too: fit again after it, whichever
        # runs last (a fit that changes nothing resizes nothing, so this ends).
        view.horizontalHeader().sectionResized.connect(lambda *_: self._timer.start())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def needed(self, column: int) -> int:
        """The width that shows `column`'s header and every shown row whole."""
        return max(self.view.sizeHintForColumn(column), self.view.horizontalHeader().sectionSizeHint(column))

    def fit(self) -> None:
        room, used, fits = self.view.viewport().width(), 0, True
        always = QUEUE_PRIORITY[:ALWAYS_SHOWN]
        tight = sum(self.needed(c) + COLUMN_PADDING for c in always) > room
        widths: dict[int, int] = {}
        for n, column in enumerate(QUEUE_PRIORITY):
            if column == JobsModel.CUSTOMER:
                width = CUSTOMER_MIN_WIDTH
            elif column == JobsModel.CAR and tight:
                # Never the date: the car's header gives way first ("Car num…"), its numbers stay whole.
                rest = room - self.needed(JobsModel.PROMISED)
                width = max(self.view.sizeHintForColumn(column), min(self.needed(column), rest))
            else:
                width = self.needed(column) + (0 if tight else COLUMN_PADDING)
            fits = fits and (n < ALWAYS_SHOWN or used + width <= room)
            self.view.setColumnHidden(column, not fits)
            if fits:
                used += width
                widths[column] = width
        header = self.view.horizontalHeader()
        if JobsModel.CUSTOMER not in widths:  # the stretched column is hidden: the last one shown takes the room
            last = max(widths, key=header.visualIndex)
            widths[last] += max(0, room - used)
        for column, width in widths.items():
            if column != JobsModel.CUSTOMER and self.view.columnWidth(column) != width:
                self.view.setColumnWidth(column, width)


class MechanicBayScreen(QWidget):
    """The bay terminal: everything a mechanic does with a job, usable with gloves and a scanner."""

    def __init__(self, runner: CommandRunner, feed: ShopFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        self.runner = runner
        self.shop = runner.shop
        self.mechanic_id: int | None = None
        self._parts: list[PartRow] = []
        self._job: JobRow | None = None
        self._last_request_id: int | None = None
        self._finish_armed = False
        #: Scans that came while the terminal was busy (a part being requested, the job being started):
        #: (job id, text, quantity), requested in order once it is free — a scan is never dropped.
        self._scans: deque[tuple[int, str, int]] = deque()
        self._requesting = False
        self._starting: int | None = None
        self._build()
        self._mechanic_list = Refresher(runner, lambda: self.shop.query(queries.mechanics), self._show_mechanics, self)
        self._jobs = Refresher(runner, self._load_jobs, self._show_jobs, self)
        self._requests = Refresher(runner, self._load_requests, self._show_requests, self)
        self._catalogue = Refresher(runner, lambda: self.shop.query(queries.parts), self._show_parts, self)
        self._disarm = QTimer(self)
        self._disarm.setSingleShot(True)
        self._disarm.setInterval(4000)
        self._connect_signals(feed)
        self._job_changed()

    # -- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(20, 8, 20, 8)
        root.setSpacing(8)
        who = QHBoxLayout()
        who.addWidget(label(self.tr("Who are you?"), "ScreenTitle"))
        who.addSpacing(12)
        self.mechanic_bar = QWidget()
        self.mechanic_row = QHBoxLayout(self.mechanic_bar)
        self.mechanic_row.setContentsMargins(0, 0, 0, 0)
        self.mechanic_row.setSpacing(10)
        self.mechanic_row.addStretch(1)
        scroller = QScrollArea()
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        scroller.setWidget(self.mechanic_bar)
        scroller.setWidgetResizable(True)
        scroller.setFixedHeight(84)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        who.addWidget(scroller, 1)
        root.addLayout(who)
        self.mechanic_group = QButtonGroup(self)
        self.mechanic_group.setExclusive(True)

        body = QHBoxLayout()
        # Room for the queue's car and promised date at 1024 px, in English too: a tighter spacing here, in the
        # list's card and in the scan row, and ± buttons of 52 px (still a gloved finger's).
        body.setSpacing(12)
        jobs_card, jobs = card(self, margins=12)
        self.jobs_title = label(self.tr("My jobs"), "SectionTitle")
        jobs.addWidget(self.jobs_title)
        self.jobs_model = JobsModel(self)
        self.jobs_view = table(self.jobs_model, row_height=56, stretch=2)
        self.jobs_view.setProperty("tier", "big")
        big = QFont()
        big.setPixelSize(17)  # as the style sheet's QTableView[tier="big"]
        self.jobs_model.pill_font = big
        # What a mechanic looks for first: the car, when it is promised (flagged when at risk or overdue), its state.
        header = self.jobs_view.horizontalHeader()
        for visual, logical in enumerate((JobsModel.CAR, JobsModel.PROMISED, JobsModel.STATUS)):
            header.moveSection(header.visualIndex(logical), visual + 1)
        self.queue_columns = QueueColumns(self.jobs_view)
        jobs.addWidget(self.jobs_view, 1)
        self.no_jobs = EmptyState(self.tr("Pick your name above to see your jobs."))
        jobs.addWidget(self.no_jobs)
        self.no_jobs.show()  # once in the card: shown before, it would be a window of its own
        body.addWidget(jobs_card, 1)  # the job's side gets the room: the scan row fits from 1024 px

        job_card, job = card(self, margins=12, spacing=6)
        self.job_title = label("", "ScreenTitle")
        self.job_detail = label("", "Muted", wrap=True)
        job.addWidget(self.job_title)
        job.addWidget(self.job_detail)
        actions = QHBoxLayout()
        actions.setSpacing(12)
        self.start_button = button(self.tr("Start job  (F6)"), "success", "big", "play")
        self.finish_button = button(self.tr("Finish job  (F8)"), "primary", "big", "check")
        actions.addWidget(self.start_button, 1)
        actions.addWidget(self.finish_button, 1)
        job.addLayout(actions)

        job.addWidget(label(self.tr("Request a part — scan the barcode, or type its code or name"), "SectionTitle"))
        entry = QHBoxLayout()
        entry.setSpacing(6)
        self.part_entry = QLineEdit(placeholderText=self.tr("Part code  (F7)"))
        self.part_entry.setProperty("tier", "big")
        self.part_entry.setClearButtonEnabled(True)
        self.completer_model = QStringListModel(self)
        self.completer = QCompleter(self.completer_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(8)
        popup = self.completer.popup()
        if popup is not None:
            popup.setProperty("tier", "big")
        self.part_entry.setCompleter(self.completer)
        self.less = button("−", size="big")
        self.more = button("+", size="big")
        for b in (self.less, self.more):
            b.setFixedWidth(52)
        self.quantity = QSpinBox(minimum=1, maximum=MAX_PART_REQUEST_QUANTITY, value=1)
        self.quantity.setProperty("tier", "big")  # +/- are the big buttons beside it
        self.quantity.setFixedWidth(84)
        self.quantity.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.request_button = button(self.tr("Request part"), "warning", "big", "part")
        self.part_entry.setMinimumWidth(200)  # never squeezed to "…" (issue 16)
        entry.addWidget(self.part_entry, 1)
        entry.addWidget(self.less)
        entry.addWidget(self.quantity)
        entry.addWidget(self.more)
        entry.addWidget(self.request_button)
        job.addLayout(entry)
        self.outcome = Banner()
        job.addWidget(self.outcome)
        # The job's parts and its bill share the space below, one tab each, so the bay fits 768 px (ui.fit).
        self.job_tabs = QTabWidget()
        self.requests_model = PartRequestsModel(with_job=False, parent=self)
        self.requests_view = table(self.requests_model, row_height=44, stretch=5)
        parts_page = QWidget()
        parts_layout = QVBoxLayout(parts_page)
        parts_layout.setContentsMargins(0, 6, 0, 0)
        parts_layout.setSpacing(6)
        parts_layout.addWidget(self.requests_view, 1)
        self.return_button = button(self.tr("Return part  (F9)"), "danger")
        self.return_button.setToolTip(self.tr("Give back the chosen part: it goes back on the shelf and off the bill"))
        self.return_button.setEnabled(False)
        self.propose_button = button(self.tr("Additional work…  (F10)"))
        self.propose_button.setToolTip(
            self.tr("More work found on this car (추가정비): the desk asks the customer before it is billed")
        )
        self.propose_button.setEnabled(False)
        self.canned_button = button(self.tr("Menu job…"))
        self.canned_button.setToolTip(self.tr("A job from the shop's menu: its labour and parts in one step"))
        self.canned_button.setEnabled(False)
        back = QHBoxLayout()
        back.addWidget(self.propose_button)
        back.addWidget(self.canned_button)
        back.addStretch(1)
        back.addWidget(self.return_button)
        parts_layout.addLayout(back)
        self.job_tabs.addTab(parts_page, self.tr("Parts for this job"))
        # More labour on a started job (AddLabour); the desk adds discounts.
        self.bill = BillLinesPanel(self.runner, discounts=False, vat_rate=self.runner.shop.settings.vat_rate)
        self.bill.view.setMinimumHeight(72)  # a line or two; the tab has the rest of the card
        self.job_tabs.addTab(self.bill, self.tr("Labour and bill"))
        job.addWidget(self.job_tabs, 1)
        body.addWidget(job_card, 2)
        root.addLayout(body, 1)

    def _connect_signals(self, feed: ShopFeed) -> None:
        self.mechanic_group.idClicked.connect(self.choose_mechanic)
        self.jobs_view.selectionModel().selectionChanged.connect(lambda *_: self._job_changed())
        self.start_button.clicked.connect(self.start_job)
        self.finish_button.clicked.connect(self.finish_job)
        self.request_button.clicked.connect(self.request_part)
        self.part_entry.returnPressed.connect(self.request_part)
        self.less.clicked.connect(lambda: self.quantity.setValue(self.quantity.value() - 1))
        self.more.clicked.connect(lambda: self.quantity.setValue(self.quantity.value() + 1))
        self._disarm.timeout.connect(self._disarm_finish)
        QShortcut(QKeySequence("F6"), self, self.start_job)
        QShortcut(QKeySequence("F7"), self, self.focus_scan)
        QShortcut(QKeySequence("F8"), self, self.finish_job)
        QShortcut(QKeySequence("F9"), self, self.return_part)
        QShortcut(QKeySequence("F10"), self, self.propose_additional_work)
        self.propose_button.clicked.connect(self.propose_additional_work)
        self.canned_button.clicked.connect(self.add_canned_job)
        self.return_button.clicked.connect(self.return_part)
        self.requests_view.selectionModel().selectionChanged.connect(lambda *_: self._enable_return())
        feed.changed.connect(self._shop_changed)

    def _shop_changed(self, types: frozenset[str]) -> None:
        if types & MECHANIC_EVENTS:
            self._mechanic_list.request()
        if types & JOB_EVENTS:
            self._jobs.request()
        if types & REQUEST_EVENTS:
            self._requests.request()
        if types & (PART_EVENTS | REQUEST_EVENTS):
            self._catalogue.request()
        if types & BILL_EVENTS:
            self.bill.reload()

    # -- who ------------------------------------------------------------------------------
    def _show_mechanics(self, mechanics: list[MechanicRow]) -> None:
        for b in self.mechanic_group.buttons():
            self.mechanic_group.removeButton(b)
            b.deleteLater()
        for i, m in enumerate(mechanics):
            b = QPushButton(m.name)
            b.setObjectName("MechanicButton")
            b.setCheckable(True)
            b.setChecked(m.id == self.mechanic_id)
            b.setToolTip(self.tr("{days} man-day(s) left").format(days=m.man_day))
            self.mechanic_group.addButton(b, m.id)
            self.mechanic_row.insertWidget(i, b)
        self._mechanic_count = len(mechanics)
        if self.mechanic_id is None:
            self.no_jobs.show_if(True, self._pick_text())
            if self.isVisible() and mechanics and self.window().focusWidget() in (None, self.jobs_view):
                # The names arrived after the screen was shown: typing starts on them, once they are shown.
                QTimer.singleShot(0, self, self.focus_first)

    def _pick_text(self) -> str:
        if getattr(self, "_mechanic_count", 0):
            return self.tr("Pick your name above to see your jobs (Tab to it, then Space).")
        key = screen_key(self, "mechanics")
        if key:
            return self.tr(
                "No mechanic is registered yet. Register the shop's mechanics first: Mechanics screen ({key})."
            ).format(key=key)
        return self.tr("No mechanic is registered yet. A manager registers the shop's mechanics first.")

    def focus_first(self) -> None:
        """Where the next typing goes: the scan field on a job that takes parts, else the mechanic's name."""
        if self.part_entry.isEnabled():
            self.focus_scan()
            return
        buttons = self.mechanic_group.buttons()
        chosen = self.mechanic_group.checkedButton() or (buttons[0] if buttons else None)
        (chosen or self.jobs_view).setFocus()

    def choose_mechanic(self, mechanic_id: int) -> None:
        self.mechanic_id = mechanic_id
        chosen = self.mechanic_group.button(mechanic_id)
        if chosen is not None:
            chosen.setChecked(True)
        self.outcome.clear()
        self._jobs.now()

    # -- jobs -----------------------------------------------------------------------------
    def _load_jobs(self) -> list[JobRow]:
        if self.mechanic_id is None:
            return []
        return self.shop.query(queries.jobs_in_queue, self.mechanic_id)  # in the order of the queue

    def _show_jobs(self, jobs: list[JobRow]) -> None:
        current = self._job.job_id if self._job else None
        self.jobs_model.set_rows(jobs)
        self.jobs_title.setText(self.tr("My jobs ({n})").format(n=len(jobs)))
        if self.mechanic_id is None:
            self.no_jobs.show_if(True, self._pick_text())
        else:
            self.no_jobs.show_if(
                not jobs, self.tr("No open jobs. New ones appear here as soon as the desk accepts them.")
            )
        at = self.jobs_model.find(current) if current is not None else -1
        if at < 0 and jobs:
            at = 0
        if at >= 0:
            self.jobs_view.selectRow(at)
        self._job_changed()

    def select_job(self, job_id: int) -> None:
        at = self.jobs_model.find(job_id)
        if at >= 0:
            self.jobs_view.selectRow(at)

    def _job_changed(self) -> None:
        job: JobRow | None = selected_row(self.jobs_view)
        changed = (job.job_id if job else None) != (self._job.job_id if self._job else None)
        self._job = job
        if changed:
            self.outcome.clear()
            self._disarm_finish()
        if job is None:
            self.job_title.setText(self.tr("No job selected"))
            self.job_detail.setText(self.tr("Choose a job on the left."))
            self.requests_model.set_rows([])
        else:
            self.job_title.setText(
                self.tr("Job #{job} · {car}").format(job=job.job_id, car=job.car_number)
                + f"   ·   {fmt.status_label(job.status)}"
            )
            detail = self.tr("{customer} · estimated {days} man-day(s) · receipt #{receipt}").format(
                customer=job.customer_name, days=job.man_day, receipt=job.receipt_id
            )
            if job.promised_date:
                detail += "\n" + self._promise_line(job)
            if job.term:
                detail += "\n" + self.tr("Work: {term}").format(term=job.term)
            if job.request_note:
                detail += "\n" + self.tr("Note: {note}").format(note=job.request_note)
            self.job_detail.setText(detail)
            if changed:
                self._requests.now()
        self.bill.set_job(job.job_id if job is not None else None, job.status if job is not None else "")
        status = JobStatus(job.status) if job is not None else None
        self.start_button.setEnabled(status is not None and status.can_start)
        self.finish_button.setEnabled(status is not None and status.can_finish)
        takes_parts = status is not None and status.accepts_parts
        self.propose_button.setEnabled(takes_parts)  # additional work is proposed on a job in work
        self.canned_button.setEnabled(takes_parts)
        starting = job is not None and self._starting == job.job_id
        for w in (self.request_button, self.part_entry, self.quantity, self.less, self.more):
            w.setEnabled(takes_parts or starting)  # a scan while the job starts waits in the queue
        if takes_parts:
            if starting:
                self._starting = None  # the started job is back from the database
            self._next_scan()

    def _promise_line(self, job: JobRow) -> str:
        """What the customer was promised, and whether it is in trouble (the selected row shows no colour)."""
        if job.overdue:
            return self.tr("Promised for {date}: overdue").format(date=job.promised_date)
        if job.at_risk:
            return self.tr("Promised for {date}: at risk, the queue now plans {finish}").format(
                date=job.promised_date, finish=job.planned_finish or "—"
            )
        return self.tr("Promised for {date}").format(date=job.promised_date)

    def start_job(self) -> None:
        job = self._job
        if job is None or not JobStatus(job.status).can_start:
            return
        self.start_button.setEnabled(False)
        self._starting = job.job_id
        self._job_changed()
        self.part_entry.setFocus()
        self.runner.submit(StartJob(job.job_id), on_done=lambda _r: self._started(job), on_error=self._start_refused)

    def _start_refused(self, exc: BaseException) -> None:
        self._starting = None
        self._scans.clear()
        self._refused(exc)

    def _started(self, job: JobRow) -> None:
        self.outcome.show_message(
            "success", self.tr("Job #{job} started").format(job=job.job_id), self.tr("Scan or type the parts you need.")
        )
        self._jobs.now()
        self.part_entry.setFocus()

    def propose_additional_work(self) -> QWidget | None:
        """Ask for the work found and its amount; the desk records the customer's answer (ui.estimates.desk)."""
        job = self._job
        if job is None or not JobStatus(job.status).accepts_parts or self.propose_button.isHidden():
            return None
        from ui.estimates.dialog import ProposeAdditionalWorkDialog

        dialog = ProposeAdditionalWorkDialog(self.runner, job.job_id, job.car_number, self)
        dialog.accepted.connect(lambda: self._proposed(dialog.description.text()))
        self.propose_dialog = dialog
        dialog.show()
        return dialog

    def add_canned_job(self) -> None:
        """Pick a job from the menu (parts short on the shelf flagged): its labour and parts go on this job."""
        job = self._job
        if job is None or not JobStatus(job.status).accepts_parts or self.canned_button.isHidden():
            return
        self.runner.read_call(self.runner.shop.canned_jobs, on_done=lambda rows: self._canned_chosen(job, rows))

    def _canned_chosen(self, job: JobRow, rows: list[Any]) -> None:
        from ui.estimates.menu import ask_canned_job

        if not rows:
            self.outcome.show_message("info", self.tr("No standard jobs"), self.tr("The manager keeps the menu."))
            return
        chosen = ask_canned_job(rows, self)
        if chosen is None:
            return
        self.runner.submit(
            AddCannedJobToJob(job.job_id, chosen.canned_job_id),
            on_done=lambda _r: self._canned_added(chosen.name),
            on_error=self._refused,
        )

    def _canned_added(self, name: str) -> None:
        self.outcome.show_message(
            "success",
            self.tr("{name} added").format(name=name),
            self.tr("Its labour is on the bill; its parts are requested from the counter."),
        )
        self._requests.now()
        self.bill.reload()

    def _proposed(self, description: str) -> None:
        self.outcome.show_message(
            "success",
            self.tr("Proposed: {work}").format(work=description),
            self.tr("The desk asks the customer; it is billed only once they agree."),
        )

    def finish_job(self) -> None:
        job = self._job
        if job is None or not JobStatus(job.status).can_finish:
            return
        if not self._finish_armed:
            # Finishing issues the invoice: a second tap confirms, no dialog to dismiss with gloves on.
            self._finish_armed = True
            self.finish_button.setText(self.tr("Tap again to finish #{job}").format(job=job.job_id))
            set_kind(self.finish_button, "confirm")
            self._disarm.start()
            return
        self._disarm_finish()
        self.finish_button.setEnabled(False)
        self.runner.submit(FinishJob(job.job_id), on_done=lambda _r: self._finished(job), on_error=self._refused)

    def _disarm_finish(self) -> None:
        self._finish_armed = False
        self._disarm.stop()
        self.finish_button.setText(self.tr("Finish job  (F8)"))
        set_kind(self.finish_button, "primary")

    def _finished(self, job: JobRow) -> None:
        self.outcome.show_message(
            "success",
            self.tr("Job #{job} finished").format(job=job.job_id),
            self.tr("The invoice is issued; the desk takes payment."),
        )
        self._jobs.now()

    def _refused(self, exc: BaseException) -> None:
        self.outcome.show_message("error", self.tr("Not done"), describe(exc))
        self._job_changed()

    # -- parts ------------------------------------------------------------------------------
    def _show_parts(self, parts: list[PartRow]) -> None:
        self._parts = parts
        self.completer_model.setStringList(
            [
                f"{p.part_code}{SEPARATOR}{p.name}  [{p.origin}] ("
                + self.tr("{stock} in stock").format(stock=p.stock)
                + ")"
                for p in parts
            ]
        )

    def find_part(self, text: str) -> PartRow | None:
        """The part meant by a scanned code, a typed code or name, or a completion."""
        text = text.strip()
        if not text:
            return None
        code = text.split(SEPARATOR, 1)[0].strip().upper()
        for p in self._parts:
            if p.part_code.upper() == code:
                return p
        needle = text.casefold()
        for p in self._parts:
            if p.name.casefold() == needle:
                return p
        matches = [p for p in self._parts if needle in p.part_code.casefold() or needle in p.name.casefold()]
        return matches[0] if len(matches) == 1 else None

    def request_part(self) -> None:
        """A scan or Enter: the field is emptied for the next scan at once; busy, the scan waits its turn."""
        job = self._job
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()
        text = self.part_entry.text().strip()
        quantity = self.quantity.value()
        self.part_entry.clear()
        self.quantity.setValue(1)
        self.part_entry.setFocus()
        if job is None or not text:
            return
        if not (JobStatus(job.status).accepts_parts or self._starting == job.job_id):
            return
        self._scans.append((job.job_id, text, quantity))
        self._next_scan()

    def _next_scan(self) -> None:
        """Request the oldest waiting scan, unless a request is on its way or the job is still starting."""
        job = self._job
        if self._requesting or not self._scans or job is None or not JobStatus(job.status).accepts_parts:
            return
        job_id, text, quantity = self._scans.popleft()
        if job_id != job.job_id:  # the mechanic moved on to another job: that job's scans stay unsent
            self._next_scan()
            return
        part = self.find_part(text)
        if part is None:
            self.outcome.show_message(
                "error",
                self.tr("No part matches “{text}”").format(text=text),
                self.tr("Type more of the code or name, or pick one from the list."),
            )
            self._next_scan()
            return
        self._requesting = True
        self.runner.submit(
            RequestPart(job.job_id, part.id, quantity),
            on_done=lambda request_id: self._part_requested(job, int(request_id)),
            on_error=self._part_refused,
        )

    def _part_requested(self, job: JobRow, request_id: int) -> None:
        self._last_request_id = request_id
        self._requesting = False
        if self._job is not None and self._job.job_id == job.job_id:
            self._requests.now()
        self._next_scan()

    def _part_refused(self, exc: BaseException) -> None:
        self._requesting = False
        self.outcome.show_message("error", self.tr("Part not requested"), describe(exc))
        self._next_scan()

    def _returnable(self) -> PartRequestRow | None:
        row: PartRequestRow | None = selected_row(self.requests_view)
        job = self._job
        if row is None or job is None or JobStatus(job.status) is not JobStatus.STARTED:
            return None
        return row if row.status == PartRequestStatus.PROVIDED else None

    def _enable_return(self) -> None:
        self.return_button.setEnabled(self._returnable() is not None)

    def return_part(self) -> None:
        """F9: the chosen provided part goes back (ReturnPart) — on the shelf again, off the bill."""
        row = self._returnable()
        if row is None:
            return
        self.return_button.setEnabled(False)
        self.runner.submit(
            ReturnPart(row.id),
            on_done=lambda _r: self._part_returned(row),
            on_error=lambda exc: self._return_refused(exc),
        )

    def _part_returned(self, row: PartRequestRow) -> None:
        self.outcome.show_message(
            "success",
            self.tr("Returned: {name} × {qty}").format(name=row.name, qty=row.quantity),
            self.tr("Back on the shelf and off the bill of job #{job}.").format(job=row.job_id),
        )
        self._requests.now()
        self.bill.reload()
        self.part_entry.setFocus()

    def _return_refused(self, exc: BaseException) -> None:
        self.outcome.show_message("error", self.tr("Part not returned"), describe(exc))
        self._enable_return()

    def focus_scan(self) -> None:
        """F7: the scan field, its text selected so the next scan or typing replaces it."""
        self.part_entry.setFocus()
        self.part_entry.selectAll()

    def _load_requests(self) -> list[PartRequestRow]:
        if self._job is None:
            return []
        return self.shop.query(queries.part_requests, self._job.job_id)

    def _show_requests(self, rows: list[PartRequestRow]) -> None:
        if self._job is None or any(r.job_id != self._job.job_id for r in rows):
            return  # the mechanic moved to another job meanwhile
        self.requests_model.set_rows(list(reversed(rows)))
        self._enable_return()
        done = next((r for r in rows if r.id == self._last_request_id), None)
        if done is None or done.status == PartRequestStatus.REQUESTED:
            return
        self._last_request_id = None
        if done.status == PartRequestStatus.PROVIDED:
            self.outcome.show_message(
                "success",
                self.tr("Provided: {name} × {qty}").format(name=done.name, qty=done.quantity),
                self.tr("{code} at {price} each, on job #{job}.").format(
                    code=done.part_code, price=fmt.money(done.unit_price), job=done.job_id
                ),
            )
        else:
            self.outcome.show_message(
                "error",
                self.tr("Not provided: {name} × {qty}").format(name=done.name, qty=done.quantity),
                reason_text(done),
            )

    # -- for tests and screenshots ------------------------------------------------------------
    def refresh(self) -> None:
        for r in (self._mechanic_list, self._jobs, self._requests, self._catalogue):
            r.now()

    @property
    def busy(self) -> bool:
        return any(r.busy for r in (self._mechanic_list, self._jobs, self._requests, self._catalogue))
