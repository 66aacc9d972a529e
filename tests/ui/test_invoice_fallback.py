"""Without ui.till the Till entry still shows what is owed: open balances and the invoice."""

from __future__ import annotations

import importlib

from app import queries
from app.bootstrap import Shop
from domain.commands import FinishJob, RequestPart, RequestRepair, StartJob
from tests.ui.helpers import TIMEOUT
from tests.ui.seed import SmallShop
from ui.main_window import MainWindow
from ui.screens.invoice_fallback import InvoiceListScreen


def test_fallback_lists_open_balances_and_shows_the_invoice(qtbot, shop: Shop, seeded: SmallShop, monkeypatch) -> None:
    real_import = importlib.import_module

    def no_till(name: str, *args, **kwargs):
        if name == "ui.till":
            raise ImportError("ui.till is not installed")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr("ui.main_window.importlib.import_module", no_till)
    receipt_id = shop.handle(RequestRepair("홍길동", "12가3456", seeded.kim, 1, 100_000))
    job_id = shop.query(queries.board_row, receipt_id).job_id
    shop.handle(StartJob(job_id))
    shop.handle(RequestPart(job_id, seeded.brake_pads, 1))
    shop.handle(FinishJob(job_id))
    window = MainWindow(shop, "reception")
    qtbot.addWidget(window)
    window.show()
    try:
        screen = window.show_screen("invoice")
        assert isinstance(screen, InvoiceListScreen)
        qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=TIMEOUT)
        qtbot.waitUntil(lambda: screen.invoice is not None, timeout=TIMEOUT)
        text = screen.document.toPlainText()
        assert "₩181,500" in text and "브레이크 패드 (앞)" in text and "12가3456" in text
        assert screen.pdf_button.isEnabled()
    finally:
        window.shutdown()
