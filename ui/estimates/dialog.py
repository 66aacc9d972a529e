"""The desk's estimate dialog: draft an estimate, then record the customer's answer (approve how, or decline).

One command per button through the runner; the shop's refusal is shown in the dialog's banner.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.estimates.queries import EstimateView
from app.queries import MechanicRow
from domain.commands import (
    ApproveEstimate,
    DeclineEstimate,
    DraftEstimate,
    ProposeAdditionalWork,
    RecordAdditionalWorkConsent,
)
from ui import fmt
from ui.errors import describe
from ui.runner import CommandRunner
from ui.widgets import Banner, MoneyEdit, action_key, button, buttons_right, dialog_keys, label, press, spin, with_key

#: How the customer agreed, in the order the desk meets them.
CONSENT_CHOICES = ("in_person", "phone", "message")


def consent_label(how: str) -> str:
    """How the customer agreed, in the screen's language (the stored code when unknown)."""
    from PySide6.QtCore import QCoreApplication

    labels = {
        "in_person": QCoreApplication.translate("Estimates", "In person"),
        "phone": QCoreApplication.translate("Estimates", "By phone"),
        "message": QCoreApplication.translate("Estimates", "By message"),
    }
    return labels.get(how, how)


def consent_combo() -> QComboBox:
    combo = QComboBox()
    for how in CONSENT_CHOICES:
        combo.addItem(consent_label(how), how)
    return combo


class PartsPicker(QWidget):
    """A part from the catalogue (today's price and stock shown) and a quantity, added to a list of lines."""

    def __init__(self, runner: CommandRunner, empty: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app import queries

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.part = QComboBox()
        self.part.setMinimumWidth(180)
        self.quantity = spin(1, 99, 1)
        self.add_button = button(self.tr("Add part"))
        row.addWidget(self.part, 1)
        row.addWidget(self.quantity)
        row.addWidget(self.add_button)
        box.addLayout(row)
        self.empty = empty
        self.chosen = label(empty, "Muted", wrap=True)
        box.addWidget(self.chosen)
        self.parts: dict[int, int] = {}  # part id -> quantity, in the order added
        self.names: dict[int, str] = {}
        self.add_button.clicked.connect(self.add)
        action_key(self.add_button, "Alt+A", self)
        for field in (self.part, self.quantity):
            field.installEventFilter(self)  # Enter there adds the part (the picker's own form), not the dialog's
        runner.read(queries.parts, on_done=self._show)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # type: ignore[attr-defined]
            and watched in (self.part, self.quantity)
        ):
            self.add()
            return True
        return super().eventFilter(watched, event)

    def _show(self, parts: list[Any]) -> None:
        self.part.clear()
        for p in parts:
            self.names[p.id] = p.name
            stock = self.tr("{n} in stock").format(n=p.stock)
            self.part.addItem(f"{p.part_code} · {p.name} ({fmt.money(p.price)}, {stock})", p.id)

    def add(self) -> None:
        part_id = self.part.currentData()
        if part_id is None:
            return
        self.parts[part_id] = self.parts.get(part_id, 0) + self.quantity.value()
        self.chosen.setText(", ".join(f"{self.names[k]} × {q}" for k, q in self.parts.items()))

    def lines(self) -> tuple[tuple[int, int], ...]:
        return tuple(self.parts.items())

    def clear(self) -> None:
        self.parts.clear()
        self.chosen.setText(self.empty)


class EstimateDialog(QDialog):
    """Draft → the estimate's number and total → the customer's answer: approved (how) or declined (why)."""

    def __init__(
        self,
        runner: CommandRunner,
        mechanics: list[MechanicRow],
        read_estimate: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.read_estimate = read_estimate  # estimate_no -> EstimateView (shop.estimate)
        self.estimate: EstimateView | None = None
        self.receipt_id: int | None = None
        self.setWindowTitle(self.tr("Estimate"))
        self.setMinimumWidth(700)  # the four answer buttons whole, in either language
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.customer = QLineEdit()
        self.car_number = QLineEdit(placeholderText=self.tr("e.g. 12가3456"))
        self.phone = QLineEdit()
        self.mechanic = QComboBox()
        for m in mechanics:
            self.mechanic.addItem(m.name, m.id)
        self.man_day = spin(1, 99, 1)
        self.fare = MoneyEdit()
        self.term = QLineEdit(placeholderText=self.tr("e.g. 브레이크 패드 교환"))
        self.valid_days = spin(1, 365, 30)
        form.addRow(self.tr("Customer *"), self.customer)
        form.addRow(self.tr("Car number *"), self.car_number)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Mechanic *"), self.mechanic)
        form.addRow(self.tr("Man-days *"), self.man_day)
        form.addRow(self.tr("Labour *"), self.fare)
        form.addRow(self.tr("Work"), self.term)
        form.addRow(self.tr("Valid for (days)"), self.valid_days)
        # The shop's menu (정비 메뉴): each ticked job adds its labour, parts and man-days in one step.
        self.canned = QListWidget()
        self.canned.setMaximumHeight(96)
        form.addRow(self.tr("Standard jobs"), self.canned)
        self.picker = PartsPicker(runner, self.tr("No parts quoted."), self)
        form.addRow(self.tr("Parts"), self.picker)
        layout.addLayout(form)
        self.summary = label("", wrap=True)
        self.summary.setStyleSheet("font-weight: 600")
        layout.addWidget(self.summary)
        self.message = Banner()
        layout.addWidget(self.message)
        layout.addStretch(1)  # the form and its outcome stay together at the top; the answer sits by the buttons
        answer = QHBoxLayout()
        self.how = consent_combo()
        self.reason = QLineEdit(placeholderText=self.tr("Why not (optional)"))
        answer.addWidget(self.how)
        answer.addWidget(self.reason, 1)
        layout.addLayout(answer)
        self.close_button = button(self.tr("Close"), size="large")
        self.decline_button = button(self.tr("Declined"), "danger", "large")
        self.approve_button = button(self.tr("Approved: request the repair"), "success", "large")
        self.draft_button = button(self.tr("Draft estimate"), "primary", "large")
        layout.addLayout(buttons_right(self.close_button, self.decline_button, self.approve_button, self.draft_button))
        self._connect_signals()
        # Enter drafts from any field, Esc closes; the customer's answer has keys of its own (as the desk's tab).
        dialog_keys(self, self.draft_button, self.close_button, self.customer)
        action_key(self.approve_button, "F2", self)
        action_key(self.decline_button, "F4", self)
        self.reason.returnPressed.connect(lambda: press(self.decline_button))
        self._answer_enabled(False)
        self.runner.read_call(self.runner.shop.canned_jobs, on_done=self._show_canned)

    def _show_canned(self, rows: list[Any]) -> None:
        from ui.estimates.menu import canned_choice

        self.canned.clear()
        for row in rows:
            item = QListWidgetItem(canned_choice(row))
            item.setData(Qt.ItemDataRole.UserRole, row.canned_job_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.canned.addItem(item)
        if not rows:
            self.canned.addItem(self.tr("No standard jobs on the menu yet."))

    def canned_ids(self) -> tuple[int, ...]:
        items = (self.canned.item(i) for i in range(self.canned.count()))
        return tuple(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked and item.data(Qt.ItemDataRole.UserRole) is not None
        )

    def _connect_signals(self) -> None:
        self.close_button.clicked.connect(self.reject)
        self.draft_button.clicked.connect(self.draft)
        self.approve_button.clicked.connect(self.approve)
        self.decline_button.clicked.connect(self.decline)

    def _answer_enabled(self, on: bool) -> None:
        for w in (self.how, self.reason, self.approve_button, self.decline_button):
            w.setEnabled(on)

    def command(self) -> DraftEstimate:
        return DraftEstimate(
            self.customer.text(),
            self.car_number.text(),
            self.mechanic.currentData(),
            self.man_day.value(),
            self.fare.value(),  # type: ignore[arg-type]  # None: the command says it is required
            customer_phone=self.phone.text(),
            term=self.term.text(),
            valid_days=self.valid_days.value(),
            parts=self.picker.lines(),
            canned_jobs=self.canned_ids(),
        )

    def draft(self) -> None:
        self.draft_button.setEnabled(False)
        self.runner.submit(self.command(), on_done=self._drafted, on_error=self._refused)

    def _drafted(self, estimate_no: object) -> None:
        self.estimate = self.read_estimate(str(estimate_no))
        e = self.estimate
        assert e is not None
        self.summary.setText(
            self.tr("Estimate {no}: {total} (VAT included), valid until {until}").format(
                no=e.estimate_no, total=fmt.money(e.total), until=e.valid_until
            )
        )
        self.message.show_message(
            "success", self.tr("Estimate drafted"), self.tr("Ask the customer, then record the answer.")
        )
        self._answer_enabled(True)

    def approve(self) -> None:
        if self.estimate is None:
            return
        self._answer_enabled(False)
        command = ApproveEstimate(self.estimate.estimate_no, self.how.currentData())
        self.runner.submit(command, on_done=self._approved, on_error=self._refused_answer)

    def _approved(self, receipt_id: object) -> None:
        assert self.estimate is not None
        self.estimate = self.read_estimate(self.estimate.estimate_no)
        if self.estimate is not None and self.estimate.status == "open":  # the man-day check refused it
            self.message.show_message("error", self.tr("Not accepted"), self._reason(self.estimate))
            self._answer_enabled(True)
            return
        self.receipt_id = int(receipt_id)  # type: ignore[call-overload]
        self.message.show_message(
            "success", self.tr("Repair requested"), self.tr("Receipt {id}").format(id=self.receipt_id)
        )

    @staticmethod
    def _reason(view: EstimateView) -> str:
        from ui.domain_text import text_of

        return text_of(view.reason_message) if view.reason_message is not None else view.reason

    def decline(self) -> None:
        if self.estimate is None:
            return
        self._answer_enabled(False)
        command = DeclineEstimate(self.estimate.estimate_no, self.reason.text())
        self.runner.submit(command, on_done=self._declined, on_error=self._refused_answer)

    def _declined(self, _result: object) -> None:
        self.message.show_message("info", self.tr("Declined"), self.tr("The work is kept for the car's next visit."))

    def _refused(self, exc: BaseException) -> None:
        self.draft_button.setEnabled(True)
        self.message.show_message("error", self.tr("Not drafted"), describe(exc))

    def _refused_answer(self, exc: BaseException) -> None:
        self._answer_enabled(True)
        self.message.show_message("error", self.tr("Not recorded"), describe(exc))


class AdditionalWorkConsentDialog(QDialog):
    """The customer's answer to one proposal from the bay: approved or declined, and how it was given."""

    def __init__(
        self, runner: CommandRunner, work_id: int, description: str, amount: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.work_id = work_id
        self.setWindowTitle(self.tr("Additional work"))
        layout = QVBoxLayout(self)
        layout.addWidget(label(f"{description} — {fmt.money(amount)}"))
        self.how = consent_combo()
        layout.addWidget(self.how)
        self.message = Banner()
        layout.addWidget(self.message)
        self.decline_button = button(self.tr("Declined"), "danger", "large")
        self.approve_button = button(self.tr("Approved: bill it"), "success", "large")
        self.cancel_button = button(self.tr("Cancel"), size="large")
        layout.addLayout(buttons_right(self.cancel_button, self.decline_button, self.approve_button))
        # No Enter here: a stray Enter must not bill the customer. F2 approves, F4 declines, Esc cancels.
        for b in (self.cancel_button, self.decline_button, self.approve_button):
            b.setAutoDefault(False)
        self.cancel_button.setText(with_key(self.cancel_button.text(), "Esc"))
        action_key(self.approve_button, "F2", self)
        action_key(self.decline_button, "F4", self)
        self.cancel_button.clicked.connect(self.reject)
        self.how.setFocus()
        self.approve_button.clicked.connect(lambda: self.answer(True))
        self.decline_button.clicked.connect(lambda: self.answer(False))

    def answer(self, approved: bool) -> None:
        self.approve_button.setEnabled(False)
        self.decline_button.setEnabled(False)
        command = RecordAdditionalWorkConsent(self.work_id, approved, self.how.currentData())
        self.runner.submit(command, on_done=lambda _r: self.accept(), on_error=self._refused)

    def _refused(self, exc: BaseException) -> None:
        self.approve_button.setEnabled(True)
        self.decline_button.setEnabled(True)
        self.message.show_message("error", self.tr("Not recorded"), describe(exc))


class ProposeAdditionalWorkDialog(QDialog):
    """The bay found more to do (추가정비): the work and its amount, sent to the desk for the customer's consent."""

    def __init__(self, runner: CommandRunner, job_id: int, car_number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.job_id = job_id
        self.work_id: int | None = None
        self.setWindowTitle(self.tr("Propose additional work"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr("Job #{job} · {car}: billed only once the customer agrees at the desk.").format(
                    job=job_id, car=car_number
                ),
                wrap=True,
            )
        )
        form = QFormLayout()
        self.description = QLineEdit(placeholderText=self.tr("e.g. 뒤 브레이크 디스크 연마"))
        self.amount = MoneyEdit()
        form.addRow(self.tr("Work *"), self.description)
        form.addRow(self.tr("Labour *"), self.amount)
        self.picker = PartsPicker(runner, self.tr("No parts: labour only."), self)
        self.part, self.quantity, self.add_part_button = self.picker.part, self.picker.quantity, self.picker.add_button
        self.parts_label = self.picker.chosen
        form.addRow(self.tr("Parts"), self.picker)
        layout.addLayout(form)
        self.message = Banner()
        layout.addWidget(self.message)
        self.cancel_button = button(self.tr("Cancel"), size="large")
        self.propose_button = button(self.tr("Propose to the customer"), "primary", "large")
        self.propose_button.setDefault(True)
        layout.addLayout(buttons_right(self.cancel_button, self.propose_button))
        self.cancel_button.clicked.connect(self.reject)
        self.propose_button.clicked.connect(self.propose)
        dialog_keys(self, self.propose_button, self.cancel_button, self.description)

    def propose(self) -> None:
        self.propose_button.setEnabled(False)
        amount = self.amount.value()
        parts = self.picker.lines()
        if amount is None and parts:
            amount = 0  # parts only
        command = ProposeAdditionalWork(self.job_id, self.description.text(), amount, parts)  # type: ignore[arg-type]
        self.runner.submit(command, on_done=self._proposed, on_error=self._refused)

    def _proposed(self, work_id: object) -> None:
        self.work_id = int(work_id)  # type: ignore[call-overload]
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.propose_button.setEnabled(True)
        self.message.show_message("error", self.tr("Not proposed"), describe(exc))
