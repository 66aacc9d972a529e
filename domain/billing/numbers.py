"""Document numbers: gapless within a year, one series per kind of document."""

from __future__ import annotations

#: Defaults; a shop's profile may set its own invoice and credit note patterns.
INVOICE_NUMBER_FORMAT = "{year}-{seq:06d}"
CREDIT_NOTE_NUMBER_FORMAT = "CN{year}-{seq:06d}"
Z_REPORT_NUMBER_FORMAT = "Z{year}-{seq:04d}"


def series(kind: str, year: int) -> str:
    """The counter a number is drawn from: 'invoice:2026', 'credit-note:2026', 'z-report:2026'."""
    return f"{kind}:{year}"


def format_number(pattern: str, year: int, seq: int) -> str:
    """Render a document number: '{year}-{seq:06d}' gives '2026-000042'."""
    return pattern.format(year=year, seq=seq)
