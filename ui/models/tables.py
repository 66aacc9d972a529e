"""The smaller tables: receipts, jobs, parts, part requests, mechanics, open balances."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.queries import JobRow, MechanicRow, PartRequestRow, PartRow, ReceiptRow
from domain.jobs.model import PartRequestStatus
from domain.vehicleparts.origin import origin_name
from ui import fmt
from ui.domain_text import reason_text, text_of
from ui.models.base import CENTER, RIGHT, Column, RowTableModel
from ui.models.board import AT_RISK_FILL, AT_RISK_TEXT, OVERDUE_FILL, OVERDUE_TEXT
from ui.tr import QT_TRANSLATE_NOOP

LOW_STOCK_BG = QColor("#FEF3C7")
OUT_OF_STOCK_BG = QColor("#FEE2E2")
DANGER_FG = QColor("#B91C1C")
WARNING_FG = QColor("#92400E")


def _receipt_status(row: ReceiptRow) -> str:
    return fmt.RECEIPT_TO_BOARD.get(row.status, row.status)


class ReceiptsModel(RowTableModel):
    """The desk's receipts, newest first (`app.queries.receipts`)."""

    RECEIPT, TIME, CAR, CUSTOMER, MECHANIC, STATUS, FARE, PROMISED = range(8)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Receipt"), lambda r: f"#{r.receipt_id}", lambda r: r.receipt_id, RIGHT
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Time"),
                    lambda r: fmt.short_time(r.requested_at),
                    lambda r: r.requested_at,
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Car number"), lambda r: r.car_number, bold=True),
                Column(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda r: r.customer_name),
                Column(QT_TRANSLATE_NOOP("Columns", "Mechanic"), lambda r: r.mechanic_name),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Status"),
                    lambda r: fmt.status_label(_receipt_status(r)),
                    status=_receipt_status,
                    tooltip=reason_text,
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Fare"), lambda r: fmt.money(r.fare), lambda r: r.fare, RIGHT),
                Column(QT_TRANSLATE_NOOP("Columns", "Promised"), lambda r: r.promised_date or "—", align=CENTER),
            ],
            key=lambda r: r.receipt_id,
            parent=parent,
        )


class HistoryModel(RowTableModel):
    """A car's earlier visits."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Date"),
                    lambda r: fmt.short_time(r.requested_at),
                    lambda r: r.requested_at,
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Note"), lambda r: r.request_note or "—"),
                Column(QT_TRANSLATE_NOOP("Columns", "Mechanic"), lambda r: r.mechanic_name),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Status"),
                    lambda r: fmt.status_label(_receipt_status(r)),
                    status=_receipt_status,
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Fare"), lambda r: fmt.money(r.fare), lambda r: r.fare, RIGHT),
            ],
            key=lambda r: r.receipt_id,
            parent=parent,
        )


def _flag(row: JobRow) -> str:
    """The word for a promise in trouble: overdue, or at risk (the queue now plans past it); '' when fine."""
    if not row.promised_date:
        return ""
    if row.overdue:
        return QCoreApplication.translate("Jobs", "Overdue")
    return QCoreApplication.translate("Jobs", "At risk") if row.at_risk else ""


def _promise_text(row: JobRow) -> str:
    """The promised day, with the word above it when in trouble (the colour is not the only sign)."""
    flag = _flag(row)
    return f"{flag}\n{row.promised_date}" if flag else row.promised_date or "—"


def _car_text(row: JobRow) -> str:
    """The car number, and the word below it: the list is only this wide at 1024 px, so the flag is seen there."""
    flag = _flag(row)
    return f"{row.car_number}\n{flag}" if flag else row.car_number


def _promise_fg(row: JobRow) -> QColor | None:
    if row.overdue:
        return QColor(OVERDUE_TEXT)
    return QColor(AT_RISK_TEXT) if row.at_risk and row.promised_date else None


def _promise_bg(row: JobRow) -> QColor | None:
    if row.overdue:
        return QColor(OVERDUE_FILL)
    return QColor(AT_RISK_FILL) if row.at_risk and row.promised_date else None


def _promise_tip(row: JobRow) -> str:
    if row.overdue:
        return QCoreApplication.translate("Jobs", "Promised for {date} and not finished yet.").format(
            date=row.promised_date
        )
    if row.at_risk and row.promised_date:
        return QCoreApplication.translate(
            "Jobs", "The queue now plans it to finish on {finish}, after the promised {date}."
        ).format(finish=row.planned_finish or "—", date=row.promised_date)
    return ""


class JobsModel(RowTableModel):
    """A mechanic's open jobs (`app.queries.jobs`); an overdue or at-risk promise is coloured and says so."""

    JOB, CAR, CUSTOMER, STATUS, PROMISED, STARTS = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Job"), lambda r: f"#{r.job_id}", lambda r: r.job_id, RIGHT),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Car number"),
                    _car_text,
                    lambda r: r.car_number,
                    foreground=_promise_fg,
                    background=_promise_bg,
                    tooltip=_promise_tip,
                    bold=True,
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda r: r.customer_name),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Status"),
                    lambda r: fmt.status_label(r.status),
                    status=lambda r: r.status,
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Promised"),
                    _promise_text,
                    lambda r: r.promised_date,
                    align=CENTER,
                    foreground=_promise_fg,
                    background=_promise_bg,
                    tooltip=_promise_tip,
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Starts"), lambda r: r.planned_start or "—", align=CENTER),
            ],
            key=lambda r: r.job_id,
            parent=parent,
        )


def _part_bg(row: PartRow) -> QColor | None:
    if row.stock <= 0:
        return OUT_OF_STOCK_BG
    return LOW_STOCK_BG if row.is_low else None


def _stock_fg(row: PartRow) -> QColor | None:
    if row.stock <= 0:
        return DANGER_FG
    return WARNING_FG if row.is_low else None


def _stock_tip(row: PartRow) -> str:
    if row.stock <= 0:
        return QCoreApplication.translate("Parts", "Out of stock: reorder now.")
    if row.is_low:
        return QCoreApplication.translate("Parts", "Low stock: {stock} left, reorder at {low}.").format(
            stock=row.stock, low=row.low_stock
        )
    return ""


class PartsModel(RowTableModel):
    """The catalogue with stock; low and empty stock highlighted (`app.queries.parts`)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Code"), lambda r: r.part_code, background=_part_bg, bold=True),
                Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name, background=_part_bg),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Price"),
                    lambda r: fmt.money(r.price),
                    lambda r: r.price,
                    RIGHT,
                    background=_part_bg,
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Stock"),
                    lambda r: f"{r.stock:,}",
                    lambda r: r.stock,
                    RIGHT,
                    foreground=_stock_fg,
                    background=_part_bg,
                    tooltip=_stock_tip,
                    bold=True,
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Reorder at"),
                    lambda r: f"{r.low_stock:,}",
                    lambda r: r.low_stock,
                    RIGHT,
                    background=_part_bg,
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Origin"),
                    lambda r: r.origin,
                    align=CENTER,
                    background=_part_bg,
                    tooltip=lambda r: text_of(origin_name(r.origin)),
                ),
            ],
            key=lambda r: r.id,
            parent=parent,
        )


def _request_note(row: PartRequestRow) -> str:
    if row.status == PartRequestStatus.CANCELLED:
        return reason_text(row)
    if row.status == PartRequestStatus.PROVIDED:
        return fmt.money(row.unit_price * row.quantity)
    return QCoreApplication.translate("Parts", "waiting for the counter")


class PartRequestsModel(RowTableModel):
    """Part requests, newest first (`app.queries.part_requests`); `with_job` adds the job column."""

    def __init__(self, with_job: bool = True, parent: Any = None) -> None:
        columns = [
            Column(
                QT_TRANSLATE_NOOP("Columns", "Time"), lambda r: fmt.short_time(r.requested_at), lambda r: r.requested_at
            ),
        ]
        if with_job:
            columns.append(
                Column(QT_TRANSLATE_NOOP("Columns", "Job"), lambda r: f"#{r.job_id}", lambda r: r.job_id, RIGHT)
            )
        columns += [
            Column(QT_TRANSLATE_NOOP("Columns", "Code"), lambda r: r.part_code, bold=True),
            Column(QT_TRANSLATE_NOOP("Columns", "Part"), lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("Columns", "Qty"), lambda r: f"{r.quantity:,}", lambda r: r.quantity, RIGHT),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Status"),
                lambda r: fmt.status_label(r.status),
                status=lambda r: r.status,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Price / reason"),
                _request_note,
                foreground=lambda r: DANGER_FG if r.status == PartRequestStatus.CANCELLED else None,
                tooltip=_request_note,
            ),
        ]
        super().__init__(columns, key=lambda r: r.id, parent=parent)


class MechanicsModel(RowTableModel):
    """Mechanics with their remaining man-days and open jobs (`app.queries.mechanics`)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "No."), lambda r: f"{r.id}", lambda r: r.id, RIGHT),
                Column(QT_TRANSLATE_NOOP("Columns", "Mechanic"), lambda r: r.name, bold=True),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Man-days left"),
                    lambda r: f"{r.man_day:,}",
                    lambda r: r.man_day,
                    RIGHT,
                    foreground=lambda r: DANGER_FG if r.man_day == 0 else None,
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Open jobs"),
                    lambda r: f"{r.open_jobs:,}",
                    lambda r: r.open_jobs,
                    RIGHT,
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Next free day"), lambda r: r.next_free_day or "—", align=CENTER),
            ],
            key=lambda r: r.id,
            parent=parent,
        )


class BalancesModel(RowTableModel):
    """Open balances: (invoice_no, customer, car number, total, balance) tuples."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Invoice"), lambda r: r[0], bold=True),
                Column(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda r: r[1]),
                Column(QT_TRANSLATE_NOOP("Columns", "Car number"), lambda r: r[2]),
                Column(QT_TRANSLATE_NOOP("Columns", "Total"), lambda r: fmt.money(r[3]), lambda r: r[3], RIGHT),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Balance"),
                    lambda r: fmt.money(r[4]),
                    lambda r: r[4],
                    RIGHT,
                    foreground=lambda r: DANGER_FG,
                ),
            ],
            key=lambda r: r[0],
            parent=parent,
        )


__all__ = [
    "BalancesModel",
    "HistoryModel",
    "JobRow",
    "JobsModel",
    "MechanicRow",
    "MechanicsModel",
    "PartRequestsModel",
    "PartsModel",
    "ReceiptsModel",
]
