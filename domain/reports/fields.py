"""Field names the reports' inputs add (their words in every language are in domain/reports/texts.py)."""

from __future__ import annotations

from domain.texts import Message


class ReportField:
    UNIT_COST = Message("reports.field.unit_cost")
