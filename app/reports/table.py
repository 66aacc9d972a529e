"""A report as a plain table: column names and rows of values, what every export and screen takes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ReportTable:
    """One report's figures: `columns` name each value of every row; money is int won."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]

    def column(self, name: str) -> list[object]:
        k = self.columns.index(name)
        return [row[k] for row in self.rows]

    def as_dicts(self) -> list[dict[str, object]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


def table(title: str, columns: Sequence[str], rows: Sequence[Sequence[object]]) -> ReportTable:
    return ReportTable(title, tuple(columns), tuple(tuple(r) for r in rows))
