"""Pitlane's application layer: composition root, storage, bus, read models, invoices, CLI.

Nothing here imports PySide6: all of it runs headless.
"""
