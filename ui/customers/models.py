"""Table models of the register: the cars a search found, and one car's visits."""

from __future__ import annotations

from typing import Any

from app.customers.records import CustomerMatch
from domain.customers.history import Visit
from domain.customers.search import VehicleMatch
from domain.texts import Message
from ui import fmt
from ui.domain_text import text_of
from ui.models.base import RIGHT, Column, RowTableModel
from ui.tr import QT_TRANSLATE_NOOP


def _km(km: int | None) -> str:
    return "" if km is None else f"{km:,} km"


def work_done(visit: Visit) -> str:
    """What was done on a visit: its work lines (else the work asked for), then the parts fitted; never the memo."""
    done = "; ".join(w.description for w in visit.work if w.description) or visit.term
    parts = parts_fitted(visit)
    return " · ".join(t for t in (done, parts) if t) or "—"


def parts_fitted(visit: Visit) -> str:
    return ", ".join(f"{p.name} ×{p.quantity}" for p in visit.parts)


def owner_name(match: VehicleMatch) -> str:
    """The owner as the register has them; an owner record without a name was erased at their request."""
    if match.customer_name:
        return match.customer_name
    return text_of(Message("customers.erased_customer")) if match.customer_id is not None else "—"


class VehicleMatchModel(RowTableModel):
    """The vehicles `shop.find_vehicles(text)` found, latest visit first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Car number"), lambda m: m.car_number, bold=True),
                Column(QT_TRANSLATE_NOOP("Columns", "Model"), lambda m: m.model or "—"),
                Column(QT_TRANSLATE_NOOP("Columns", "Customer"), owner_name),
                Column(QT_TRANSLATE_NOOP("Columns", "Phone"), lambda m: m.customer_phone),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Last visit"),
                    lambda m: m.last_visit or "—",
                    lambda m: m.last_visit or "",
                ),
            ],
            key=lambda m: m.vehicle_id,
            parent=parent,
        )


class VisitsModel(RowTableModel):
    WORK_DONE, INVOICE = 2, 6

    """A vehicle's visits, newest first: date, mileage, work done and parts, mechanic, status, total, invoice."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda v: v.request_date, lambda v: v.request_date),
                Column(QT_TRANSLATE_NOOP("Columns", "Mileage"), lambda v: _km(v.mileage), lambda v: v.mileage, RIGHT),
                Column(QT_TRANSLATE_NOOP("Columns", "Work done"), work_done, tooltip=work_done),
                Column(QT_TRANSLATE_NOOP("Columns", "Mechanic"), lambda v: v.mechanic_name),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Status"),
                    lambda v: fmt.status_label(v.job_status),
                    status=lambda v: v.job_status,
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Total"),
                    lambda v: fmt.money(v.total_price),
                    lambda v: v.total_price or 0,
                    RIGHT,
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Invoice"), lambda v: v.invoice_no or ""),
            ],
            key=lambda v: v.receipt_id,
            parent=parent,
        )


def customer_label(match: CustomerMatch) -> str:
    """A found customer's name; an erased record has none."""
    return match.name or (text_of(Message("customers.erased_customer")) if match.anonymised else "—")


class CustomerMatchModel(RowTableModel):
    """The customers `find_customers(text)` found, newest record first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Record"), lambda m: f"#{m.customer_id}", lambda m: m.customer_id),
                Column(QT_TRANSLATE_NOOP("Columns", "Customer"), customer_label, bold=True),
                Column(QT_TRANSLATE_NOOP("Columns", "Phone"), lambda m: m.phone),
                Column(QT_TRANSLATE_NOOP("Columns", "Cars"), lambda m: m.car_numbers or "—"),
            ],
            key=lambda m: m.customer_id,
            parent=parent,
        )
