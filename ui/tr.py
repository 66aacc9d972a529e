"""Marking text for translation where `self.tr()` cannot be used (tables of labels)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for lupdate in `context`; show it with `QCoreApplication.translate(context, source)`."""
    return source
