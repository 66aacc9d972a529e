"""Every table of the shop on one MetaData, gathered from the contexts that own them.

Contexts share the database but not tables: each table is declared in the
`tables` module of the one context that writes it (`app/<context>/tables.py`);
the event log's bookkeeping and the document number series are shared
infrastructure (`app/eventlog/tables.py`), and the status board is the read
model's (`app/board/tables.py`). Migrations and `alembic check` read them all
from here.
"""

from __future__ import annotations

from app.billing.tables import bill_line
from app.board.tables import status_board
from app.customers.tables import customer, vehicle, vehicle_former_number, vehicle_reading
from app.estimates.tables import (
    additional_work,
    additional_work_part,
    canned_job,
    canned_job_part,
    estimate,
    estimate_line,
)
from app.eventlog.tables import event_chain, event_log, number_series, policy_done
from app.jobs.tables import job, part_request
from app.mechanic.tables import man_day_reservation, mechanic, mechanic_day_off, shop_closure
from app.metadata import NAMING_CONVENTION, Money, metadata
from app.reception.tables import invoice, invoice_line, payment, receipt, refund, till_day
from app.reports.tables import ix_invoice_credit_note_day, ix_invoice_unpaid, ix_job_finished_at
from app.shopdetails.tables import shop_details
from app.users.tables import shop_user
from app.vehicleparts.tables import part, part_delivery

__all__ = [
    "NAMING_CONVENTION",
    "Money",
    "additional_work",
    "additional_work_part",
    "bill_line",
    "canned_job",
    "canned_job_part",
    "customer",
    "estimate",
    "estimate_line",
    "event_chain",
    "event_log",
    "invoice",
    "invoice_line",
    "ix_invoice_credit_note_day",
    "ix_invoice_unpaid",
    "ix_job_finished_at",
    "job",
    "man_day_reservation",
    "mechanic",
    "mechanic_day_off",
    "metadata",
    "number_series",
    "part",
    "part_delivery",
    "part_request",
    "payment",
    "policy_done",
    "receipt",
    "refund",
    "shop_closure",
    "shop_details",
    "shop_user",
    "status_board",
    "till_day",
    "vehicle",
    "vehicle_former_number",
    "vehicle_reading",
]
