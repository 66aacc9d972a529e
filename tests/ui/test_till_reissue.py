"""재발행 from the till: the Reissue… button, its dialog (lines and a reason), and the new invoice shown."""

from __future__ import annotations

from typing import Any

import pytest

from app.bootstrap import Shop
from domain.commands import RecordPayment
from tests.builders import make_invoice
from tests.till_support import pdf_text
from tests.ui.test_till import TIMEOUT, accept_with, desk, screen, shows  # noqa: F401  # fixtures
from ui.billing.correction import CorrectionDialog
from ui.till.screen import TillScreen


def test_reissue_changes_the_labour_asks_why_and_shows_the_new_invoice(
    qtbot: Any,
    desk: Shop,  # noqa: F811
    screen: TillScreen,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = make_invoice(desk, fare=100_000)
    desk.handle(RecordPayment(old, 30_000, "card"))
    screen.refresh()
    shows(qtbot, screen, old)
    tab = screen.invoices
    assert tab.reissue_button.isEnabled()

    def reissue(dialog: CorrectionDialog) -> None:
        assert dialog.lines.rowCount() == 1 and dialog.lines.item(0, 2).text() == "100,000"  # type: ignore[union-attr]
        dialog.lines.item(0, 1).setText("엔진 점검")  # type: ignore[union-attr]
        dialog.lines.item(0, 2).setText("80,000")  # type: ignore[union-attr]
        dialog.add_discount_button.click()
        dialog.lines.item(1, 1).setText("단골 할인")  # type: ignore[union-attr]
        dialog.lines.item(1, 2).setText("5000")  # type: ignore[union-attr]
        dialog.reissue_button.click()  # no reason: refused inside the dialog, by the command's own check
        assert dialog.error.text() and dialog.result() == 0
        dialog.reason.setText("공임 정정")
        dialog.reissue_button.click()

    accept_with(monkeypatch, CorrectionDialog, reissue)
    tab.reissue_button.click()
    qtbot.waitUntil(lambda: tab.message.tone == "success", timeout=TIMEOUT)
    was = desk.invoice(old)
    assert was.status == "corrected" and was.credit_note_no
    new = next(r.invoice_no for r in desk.status_board() if r.job_id == was.job_id)
    assert new and new != old and new in tab.message.text()
    now = desk.invoice(new)
    assert (now.subtotal, now.total, now.balance) == (75_000, 82_500, 52_500)  # 30,000 paid carries over
    qtbot.waitUntil(lambda: tab.document_number == new and tab.pdf.page_count > 0, timeout=TIMEOUT)
    assert old in pdf_text(desk.invoice_pdf(new))
    qtbot.waitUntil(lambda: tab.detail is not None and tab.detail.view.invoice_no == new, timeout=TIMEOUT)
    assert tab.pay_button.isEnabled() and tab.reissue_button.isEnabled()
