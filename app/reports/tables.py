"""What the reports add to other contexts' tables: indexes for credit notes, finished jobs, unpaid invoices."""

from __future__ import annotations

from sqlalchemy import Index

from app.jobs.tables import job
from app.reception.tables import invoice

#: The columns of the unpaid invoices' index (migration 0016 names the same).
UNPAID_COLUMNS = (
    "business_day",
    "status",
    "credit_note_day",
    "total",
    "paid",
    "carried_in",
    "invoice_no",
    "receipt_id",
)

# Credit notes count on their business day (`credit_note_day`, migration 0017): without it every
# report of a range scans every invoice ever issued to find the few cancelled in it.
ix_invoice_credit_note_day = Index("ix_invoice_credit_note_day", invoice.c.credit_note_day)
# The mechanics report counts the jobs finished in a range.
ix_job_finished_at = Index("ix_job_finished_at", job.c.finished_at)
# What is still owed (the receivables, the screen's opening): an invoice short of its total is
# found among the few that are, not by a scan of every invoice (the query says
# `paid < total` as this index does, then `paid + carried_in < total`, so SQLite and PostgreSQL
# both take it; what a correction carried in counts as paid). It holds every column the receivables read, so the few
# rows come from the index alone.
ix_invoice_unpaid = Index(
    "ix_invoice_unpaid",
    *(invoice.c[name] for name in UNPAID_COLUMNS),
    # `paid < total`, not `paid + carried_in < total`: SQLite's planner took the index for the sum's
    # condition nowhere (receivables by age, end of a past day: 171 ms instead of 8).
    sqlite_where=invoice.c.paid < invoice.c.total,
    postgresql_where=invoice.c.paid < invoice.c.total,
)
