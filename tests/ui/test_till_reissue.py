"""재발행 from the till: the Reissue… button, its dialog (lines and a reason), and the new invoice shown."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app import queries
from app.bootstrap import Shop
from domain.commands import (
    AddDiscount,
    AddLabour,
    FinishJob,
    RecordPayment,
    RegisterMechanic,
    RegisterPart,
    RequestPart,
    RequestRepair,
    StartJob,
)
from tests.builders import make_invoice
from tests.till_support import pdf_text
from tests.ui.test_till import TIMEOUT, accept_with, desk, screen, shows  # noqa: F401  # fixtures
from ui.billing.correction import AMOUNT, DESCRIPTION, KIND, NO, PERCENT, CorrectionDialog
from ui.till.screen import TillScreen


def cell(dialog: CorrectionDialog, row: int, column: int) -> str:
    item = dialog.lines.item(row, column)
    assert item is not None
    return item.text()


def edit(dialog: CorrectionDialog, row: int, column: int, text: str) -> None:
    item = dialog.lines.item(row, column)
    assert item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable, (row, column)
    item.setText(text)


def discounted_invoice(shop: Shop) -> str:
    """Fare 100,000 + 점검 20,000 + a 48,000 part; 10 % off 점검 (line 2) and 5,000 off the whole bill."""
    mechanic = shop.handle(RegisterMechanic("김민수", 30))
    receipt = shop.handle(RequestRepair("홍길동", "12가3456", mechanic, 1, 100_000, customer_phone="010-1234-5678"))
    job = next(r.job_id for r in shop.status_board() if r.receipt_id == receipt)
    assert job is not None
    shop.handle(StartJob(job))
    part = shop.handle(RegisterPart("OIL-5W30", "엔진오일", 48_000, stock=5))
    shop.handle(RequestPart(job, part, 1))
    check = shop.handle(AddLabour(job, "점검", 20_000))
    shop.handle(AddDiscount(job, "점검 할인", percent=10, line_id=check))
    shop.handle(AddDiscount(job, "단골 할인", amount=5_000))
    shop.handle(FinishJob(job))
    return str(shop.query(queries.invoice_no_for_job, job))


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
        assert dialog.lines.rowCount() == 1 and cell(dialog, 0, AMOUNT) == "100,000"
        edit(dialog, 0, DESCRIPTION, "엔진 점검")
        edit(dialog, 0, AMOUNT, "80,000")
        dialog.add_discount_button.click()
        edit(dialog, 1, DESCRIPTION, "단골 할인")
        edit(dialog, 1, AMOUNT, "5000")
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


def test_the_dialog_shows_the_lines_as_they_are_and_sends_them_faithfully(
    qtbot: Any,
    desk: Shop,  # noqa: F811
    screen: TillScreen,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = discounted_invoice(desk)
    before = desk.invoice(old)
    assert before.subtotal == 100_000 + 20_000 + 48_000 - 2_000 - 5_000
    screen.refresh()
    shows(qtbot, screen, old)
    tab = screen.invoices

    def reissue(dialog: CorrectionDialog) -> None:
        kinds = [dialog.kind(n) for n in range(dialog.lines.rowCount())]
        assert kinds == ["labour", "labour", "part", "discount", "discount"]
        assert [cell(dialog, n, KIND) for n in range(5)] == ["Labour", "Labour", "Part", "Discount", "Discount"]
        assert [cell(dialog, n, NO) for n in range(5)] == ["1", "2", "3", "4", "5"]
        # The line discount is a percent on its line; the whole-bill one stays in won.
        assert (cell(dialog, 3, DESCRIPTION), cell(dialog, 3, AMOUNT), cell(dialog, 3, PERCENT)) == (
            "점검 할인",
            "",
            "10",
        )
        assert dialog.on_line(3).currentText() == "2 · 점검"
        assert (cell(dialog, 4, AMOUNT), cell(dialog, 4, PERCENT)) == ("5,000", "")
        assert dialog.on_line(4).currentText() == "Whole bill"
        assert "OIL-5W30" in cell(dialog, 2, DESCRIPTION) and cell(dialog, 2, AMOUNT) == "48,000"
        part_cell = dialog.lines.item(2, AMOUNT)
        assert part_cell is not None and not part_cell.flags() & Qt.ItemFlag.ItemIsEditable
        # A labour line a discount is on, and a part, cannot be taken off here; each says why.
        dialog.lines.setCurrentCell(1, DESCRIPTION)
        dialog.remove_button.click()
        assert dialog.lines.rowCount() == 5 and "A discount is on line 2" in dialog.error.text()
        dialog.lines.setCurrentCell(2, DESCRIPTION)
        dialog.remove_button.click()
        assert dialog.lines.rowCount() == 5 and "Parts carry over" in dialog.error.text()
        # Unchanged, the dialog sends back what the invoice has.
        dialog.reason.setText("공임 정정")
        unchanged = dialog.command()
        assert unchanged.discounts == (("점검 할인", 0, "10", 2), ("단골 할인", 5_000, "0", 0))
        # One more labour line goes after the labour: the discount stays on 점검, the part moves to line 4.
        edit(dialog, 0, DESCRIPTION, "엔진 점검")
        dialog.add_labour_button.click()
        assert dialog.kind(2) == "labour" and cell(dialog, 3, NO) == "4"
        edit(dialog, 2, DESCRIPTION, "브레이크 점검")
        edit(dialog, 2, AMOUNT, "30,000")
        assert dialog.on_line(4).currentText() == "2 · 점검"
        assert [dialog.on_line(5).itemText(i) for i in range(dialog.on_line(5).count())] == [
            "Whole bill",
            "1 · 엔진 점검",
            "2 · 점검",
            "3 · 브레이크 점검",
            "4 · OIL-5W30 엔진오일 × 1",
        ]
        edit(dialog, 4, PERCENT, "20")  # 20 % off 점검 now
        dialog.on_line(5).setCurrentIndex(4)  # 5,000 off the part instead of the whole bill
        dialog.reissue_button.click()

    accept_with(monkeypatch, CorrectionDialog, reissue)
    tab.reissue_button.click()
    qtbot.waitUntil(lambda: tab.message.tone == "success", timeout=TIMEOUT)
    was = desk.invoice(old)
    new = next(r.invoice_no for r in desk.status_board() if r.job_id == was.job_id)
    assert new and new != old
    now = desk.invoice(new)
    assert [(ln.kind, ln.description, ln.amount, ln.percent, ln.on_line) for ln in now.lines] == [
        ("labour", "엔진 점검", 100_000, "0", 0),
        ("labour", "점검", 20_000, "0", 0),
        ("labour", "브레이크 점검", 30_000, "0", 0),
        ("part", "엔진오일", 48_000, "0", 0),
        ("discount", "점검 할인", -4_000, "20", 2),
        ("discount", "단골 할인", -5_000, "0", 4),
    ]
    assert now.subtotal == 150_000 + 48_000 - 9_000


def test_the_dialog_speaks_korean(qtbot: Any, korean: None, desk: Shop) -> None:  # noqa: F811
    from tests.ui.test_messages import in_language

    old = discounted_invoice(desk)
    dialog = CorrectionDialog(desk.invoice(old))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == f"청구서 {old} 재발행"
    headers = [dialog.lines.horizontalHeaderItem(c).text() for c in range(dialog.lines.columnCount())]  # type: ignore[union-attr]
    assert headers == ["번호", "구분", "내용", "금액 (원)", "할인율 (%)", "적용 항목"]
    assert [cell(dialog, n, KIND) for n in range(5)] == ["공임", "공임", "부품", "할인", "할인"]
    assert dialog.on_line(4).currentText() == "청구 전체" and dialog.on_line(3).currentText() == "2 · 점검"
    buttons = [dialog.add_labour_button, dialog.add_discount_button, dialog.remove_button]
    assert [b.text() for b in buttons] == ["공임 추가", "할인 추가", "항목 삭제"]
    assert (dialog.cancel_button.text(), dialog.reissue_button.text()) == ("취소  (Esc)", "재발행  (Enter)")
    words = [
        dialog.windowTitle().replace(old, ""),
        *headers,
        *(b.text() for b in buttons),
        dialog.reason.placeholderText(),
    ]
    keys = (dialog.cancel_button.text(), dialog.reissue_button.text())  # the key hint is the key's own name
    words += [dialog.on_line(4).itemText(0), *(text.split("  (")[0] for text in keys)]
    assert all(in_language(w, "ko") for w in words), words
    dialog.lines.setCurrentCell(2, DESCRIPTION)
    dialog.remove_button.click()
    assert in_language(dialog.error.text(), "ko") and "부품" in dialog.error.text(), dialog.error.text()
    dialog.lines.setCurrentCell(1, DESCRIPTION)
    dialog.remove_button.click()
    assert in_language(dialog.error.text(), "ko") and "2" in dialog.error.text(), dialog.error.text()
    edit(dialog, 0, DESCRIPTION, "엔진 점검")
    dialog.reissue_button.click()  # no reason: the command's own refusal, in Korean
    assert dialog.result() == 0 and "사유" in dialog.error.text(), dialog.error.text()
    assert in_language(dialog.error.text(), "ko"), dialog.error.text()
    edit(dialog, 4, PERCENT, "120")
    dialog.reason.setText("공임 정정")
    dialog.reissue_button.click()
    assert dialog.result() == 0 and in_language(dialog.error.text(), "ko") and "100" in dialog.error.text()
