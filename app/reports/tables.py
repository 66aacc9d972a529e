"""What the reports add to other contexts' tables: indexes for credit notes and finished jobs by day."""

from __future__ import annotations

from sqlalchemy import Index

from app.jobs.tables import job
from app.reception.tables import invoice

# Credit notes count on the day they were issued (`voided_at`): without it every report of a
# range scans every invoice ever issued to find the few cancelled in it.
ix_invoice_voided_at = Index("ix_invoice_voided_at", invoice.c.voided_at)
# The mechanics report counts the jobs finished in a range.
ix_job_finished_at = Index("ix_job_finished_at", job.c.finished_at)
