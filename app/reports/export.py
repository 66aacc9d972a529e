"""A report table to CSV (text, UTF-8 with a BOM so spreadsheet programs read Korean) or XLSX (openpyxl)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from app.reports.table import ReportTable

FORMATS = ("csv", "xlsx")


def to_csv(report: ReportTable) -> str:
    """The table as CSV text: a header of column names, then one line a row; money in plain won."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(report.columns)
    writer.writerows(report.rows)
    return out.getvalue()


def write_csv(report: ReportTable, path: Path) -> Path:
    path.write_text(to_csv(report), encoding="utf-8-sig")
    return path


def write_xlsx(report: ReportTable, path: Path) -> Path:
    """The table as one worksheet named after the report, its header bold and frozen, money as numbers."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = report.title[:31]
    sheet.append(list(report.columns))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in report.rows:
        sheet.append(list(row))
    for k, name in enumerate(report.columns, start=1):
        letter = sheet.cell(row=1, column=k).column_letter
        sheet.column_dimensions[letter].width = max(10, len(name) + 2)
        if k > 1:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=k, max_col=k):
                if isinstance(cell.value, int):
                    cell.number_format = "#,##0"
    sheet.freeze_panes = "A2"
    book.save(path)
    return path


def write(report: ReportTable, path: Path, fmt: str) -> Path:
    return write_xlsx(report, path) if fmt == "xlsx" else write_csv(report, path)
