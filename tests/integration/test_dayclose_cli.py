"""The till's admin verbs: `day-close` (with --preview) and `reprint`."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, update

from app import schema as s
from app.bootstrap import bootstrap
from app.cli import main
from domain.commands import RecordPayment
from tests.builders import make_invoice


def run(capsys: pytest.CaptureFixture[str], db_url: str, folder: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--database", db_url, "--invoice-dir", str(folder), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_day_close_preview_then_close_then_refuse_a_second_close(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "invoices"
    shop = bootstrap(db_url, folder, actor="desk")
    no = make_invoice(shop, fare=264_006)
    shop.handle(RecordPayment(no, 200_000, "card"))
    shop.close()
    code, out, _ = run(capsys, db_url, folder, "day-close", "--preview")
    assert code == 0 and "Not closed yet" in out and "200,000" in out and "still owed: 90,407" in out
    code, out, _ = run(capsys, db_url, folder, "day-close")
    assert code == 0 and "Z" in out.splitlines()[0]
    z_pdf = Path(out.strip().splitlines()[-1].split(": ", 1)[1])
    assert z_pdf.is_file()
    code, _, err = run(capsys, db_url, folder, "day-close")
    assert code == 2 and "already closed" in err
    code, _, err = run(capsys, db_url, folder, "day-close", "--day", "24/11/2026")
    assert code == 2 and "YYYY-MM-DD" in err


def test_reprint_returns_the_identical_file_or_says_it_differs(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "invoices"
    shop = bootstrap(db_url, folder, actor="desk")
    no = make_invoice(shop)
    issued = shop.invoice_pdf(no).read_bytes()
    shop.close()
    (folder / f"{no}.pdf").unlink()
    code, out, _ = run(capsys, db_url, folder, "reprint", no)
    assert code == 0 and "identical" in out
    assert (folder / f"{no}.pdf").read_bytes() == issued
    (folder / f"{no}.pdf").unlink()
    monkeypatch.setenv("PITLANE_SHOP_NAME", "새 간판 Motors")  # the letterhead changed since the issue
    code, out, _ = run(capsys, db_url, folder, "reprint", no)
    assert code == 0 and "identical" in out  # the invoice keeps the letterhead it was issued with
    assert (folder / f"{no}.pdf").read_bytes() == issued
    (folder / f"{no}.pdf").unlink()
    engine = create_engine(db_url)  # a document from before Pitlane kept its letterhead: today's would differ
    try:
        with engine.begin() as conn:
            conn.execute(update(s.invoice).where(s.invoice.c.invoice_no == no).values(letterhead=None))
    finally:
        engine.dispose()
    code, _, err = run(capsys, db_url, folder, "reprint", no)
    assert code == 1 and "would print differently" in err
    assert not (folder / f"{no}.pdf").exists()
    monkeypatch.delenv("PITLANE_SHOP_NAME")
    code, _, err = run(capsys, db_url, folder, "reprint", "2099-000001")
    assert code == 2 and "2099-000001" in err
