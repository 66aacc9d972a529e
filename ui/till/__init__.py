"""The till (계산): invoice PDFs in the app, payments with change, voids and refunds, and the day close."""

from ui.till.screen import TillScreen

__all__ = ["TillScreen"]
