"""Shared infrastructure of every context: the append-only event log, its delivery
bookkeeping, and the gapless document number series."""
