"""Shared fixtures: a real SQLite file migrated by Alembic, in a fresh folder per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.bootstrap import Shop, bootstrap  # noqa: E402


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'shop.db'}"


@pytest.fixture
def shop(db_url: str, tmp_path: Path) -> Iterator[Shop]:
    s = bootstrap(database_url=db_url, invoice_dir=tmp_path / "invoices", actor="tester", terminal="test-1")
    try:
        yield s
    finally:
        s.close()
