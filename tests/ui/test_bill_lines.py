"""Bill lines on screen: the bay adds labour to a started job; the desk adds discounts and removes a line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtTest import QAbstractItemModelTester

from app import queries
from app.billing.queries import BillLineRow, bill_of_job
from app.bootstrap import Shop
from domain.commands import RequestRepair, StartJob
from tests.builders import SmallShop
from tests.ui.helpers import TIMEOUT, click, type_into
from tests.ui.test_mechanic_bay import open_bay
from ui.billing.lines import BillLinesModel
from ui.main_window import MainWindow
from ui.screens.reception import ReceptionScreen


def new_receipt(shop: Shop, mechanic_id: int) -> tuple[int, int]:
    receipt_id = shop.handle(RequestRepair("홍길동", "12가3456", mechanic_id, 2, 60_000))
    row = shop.query(queries.board_row, receipt_id)
    assert row is not None and row.job_id is not None
    return receipt_id, row.job_id


def test_the_model_shows_each_line_and_passes_the_tester(qtbot) -> None:
    model = BillLinesModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows(
        [
            BillLineRow(1, "labour", "", 1, 60_000, "0", 0, "desk"),
            BillLineRow(-3, "part", "엔진오일", 2, 48_000, "0", 0, ""),
            BillLineRow(2, "discount", "단골", 1, -10_800, "10", 0, "desk"),
        ]
    )
    assert model.rowCount() == 3 and model.columnCount() == 4
    assert model.data(model.index(0, 1)) == "Labour (the receipt's fare)"
    assert model.data(model.index(1, 1)) == "엔진오일 × 2"
    assert model.data(model.index(2, 1)) == "단골 · 10%"
    assert model.data(model.index(2, 2)) == "-₩10,800"


def test_the_bay_adds_labour_to_a_started_job(
    qtbot, window: MainWindow, shop: Shop, seeded: SmallShop, tmp_path: Path
) -> None:
    _receipt, job_id = new_receipt(shop, seeded.kim)
    shop.handle(StartJob(job_id))
    screen = open_bay(qtbot, window, seeded.kim)
    screen.select_job(job_id)
    panel = screen.bill
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and panel.labour_button.isEnabled(), timeout=TIMEOUT)
    assert not panel.discount_button.isVisible()  # discounts are the desk's
    type_into(qtbot, panel.labour_text, "휠 얼라인먼트")
    type_into(qtbot, panel.labour_amount, "30000")
    click(qtbot, panel.labour_button)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=TIMEOUT)
    bill = shop.query(bill_of_job, job_id)
    assert [(ln.kind, ln.description, ln.amount) for ln in bill.lines] == [
        ("labour", "", 60_000),
        ("labour", "휠 얼라인먼트", 30_000),
    ]
    assert "₩99,000" in panel.sums.text()  # 90,000 + VAT 9,000
    window.resize(1024, 768)
    assert window.grab().save(str(tmp_path / "bay-bill.png"))


def test_a_refused_line_says_why_and_writes_nothing(qtbot, window: MainWindow, shop: Shop, seeded: SmallShop) -> None:
    _receipt, job_id = new_receipt(shop, seeded.kim)
    shop.handle(StartJob(job_id))
    screen = open_bay(qtbot, window, seeded.kim)
    screen.select_job(job_id)
    panel = screen.bill
    qtbot.waitUntil(lambda: panel.labour_button.isEnabled(), timeout=TIMEOUT)
    type_into(qtbot, panel.labour_amount, "30000")  # no description
    click(qtbot, panel.labour_button)
    qtbot.waitUntil(lambda: panel.outcome.tone == "error", timeout=TIMEOUT)
    assert "Description" in panel.outcome.text()
    assert len(shop.query(bill_of_job, job_id).lines) == 1


def test_the_desk_adds_a_discount_and_removes_it(qtbot, window: MainWindow, shop: Shop, seeded: SmallShop) -> None:
    receipt_id, job_id = new_receipt(shop, seeded.kim)
    screen = window.show_screen("reception")
    assert isinstance(screen, ReceptionScreen)
    screen.refresh()
    qtbot.waitUntil(lambda: screen.receipts_model.rowCount() > 0, timeout=TIMEOUT)
    at = next(
        n for n in range(screen.receipts_model.rowCount()) if screen.receipts_model.row_at(n).receipt_id == receipt_id
    )
    screen.receipts_view.selectRow(at)
    panel = screen.bill
    qtbot.waitUntil(lambda: panel.job_id == job_id and panel.model.rowCount() == 1, timeout=TIMEOUT)
    assert panel.discount_button.isEnabled() and not panel.labour_button.isEnabled()  # labour once started
    type_into(qtbot, panel.discount_text, "단골 할인")
    panel.discount_percent.setValue(10)
    click(qtbot, panel.discount_button)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=TIMEOUT)
    assert [ln.amount for ln in shop.query(bill_of_job, job_id).lines] == [60_000, -6_000]
    panel.view.selectRow(1)
    assert panel.remove_button.isEnabled()
    click(qtbot, panel.remove_button)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=TIMEOUT)
    assert [ln.kind for ln in shop.query(bill_of_job, job_id).lines] == ["labour"]
