"""The till screens, driven like the person at the desk: PDF preview, payment with change, void,
refund, print, open folder, day close, and the warning when a PDF cannot be written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from app import schema as s
from app.bootstrap import Shop, bootstrap
from app.reception import till
from app.settings import Settings, ShopDetails
from domain.billing.day import MethodTotals
from domain.commands import RecordPayment
from tests.builders import make_invoice
from tests.till_support import pdf_pages
from ui.runner import CommandRunner
from ui.till import TillScreen
from ui.till.dialogs import PaymentDialog, RefundDialog, VoidDialog
from ui.till.models import MethodTotalsModel, MoneyLine, MoneyLinesModel, TillInvoicesModel
from ui.till.pdf import ask_printer

TIMEOUT = 15_000
SHOP = ShopDetails("피트레인 자동차정비", "서울특별시 성동구 성수이로 123", "123-45-67890", "02-1234-5678")


def open_shop(db_url: str, folder: Path) -> Shop:
    return bootstrap(db_url, folder, settings=Settings(shop=SHOP), actor="desk", terminal="front-1")


@pytest.fixture
def desk(db_url: str, tmp_path: Path) -> Iterator[Shop]:
    shop = open_shop(db_url, tmp_path / "invoices")
    yield shop
    shop.close()


@pytest.fixture
def screen(qtbot: Any, desk: Shop) -> Iterator[TillScreen]:
    runner = CommandRunner(desk)
    widget = TillScreen(desk, runner)
    qtbot.addWidget(widget)
    widget.resize(1440, 860)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    runner.close()


def wait_for_till(qtbot: Any, screen: TillScreen) -> None:
    qtbot.waitUntil(lambda: screen.runner.is_idle() and not screen.busy, timeout=TIMEOUT)


def shows(qtbot: Any, screen: TillScreen, invoice_no: str) -> None:
    """Wait until the invoice tab shows `invoice_no` with its PDF in the preview."""
    tab = screen.invoices
    qtbot.waitUntil(
        lambda: tab.detail is not None and tab.detail.view.invoice_no == invoice_no and tab.pdf.page_count > 0,
        timeout=TIMEOUT,
    )


def accept_with(monkeypatch: pytest.MonkeyPatch, dialog: type[QDialog], fill: Any) -> None:
    """Make `dialog.exec()` fill its fields like a person would and press its main button."""

    def exec_(self: QDialog) -> int:
        fill(self)
        return int(self.result())

    monkeypatch.setattr(dialog, "exec", exec_)


# -- models ------------------------------------------------------------------------------------
def test_till_models_pass_the_model_tester(qtbot: Any, desk: Shop) -> None:
    no = make_invoice(desk, fare=100_000)
    with desk.db.read.connect() as conn:
        rows = till.find_invoices(conn)
    invoices = TillInvoicesModel()
    QAbstractItemModelTester(invoices, QAbstractItemModelTester.FailureReportingMode.Fatal)
    invoices.set_rows(rows)
    assert invoices.rowCount() == 1 and invoices.data(invoices.index(0, 0)) == no
    assert invoices.data(invoices.index(0, 4)) == "₩110,000"
    money = MoneyLinesModel()
    QAbstractItemModelTester(money, QAbstractItemModelTester.FailureReportingMode.Fatal)
    money.set_rows([MoneyLine("p1", "2026-11-24T10:00:00+09:00", "payment", "card", 5_000, "desk")])
    money.set_rows([MoneyLine("r1", "2026-11-24T11:00:00+09:00", "refund", "cash", 5_000, "desk")])
    assert money.data(money.index(0, 3)) == "-₩5,000"
    methods = MethodTotalsModel()
    QAbstractItemModelTester(methods, QAbstractItemModelTester.FailureReportingMode.Fatal)
    methods.set_methods((MethodTotals("cash", 2, 30_000, 1, 5_000), MethodTotals("card", 1, 70_000, 0, 0)))
    assert methods.rowCount() == 3
    assert methods.data(methods.index(2, 3)) == "₩95,000"


# -- the payment dialog ----------------------------------------------------------------------
def test_payment_dialog_shows_change_and_refuses_card_over_the_balance(qtbot: Any) -> None:
    dialog = PaymentDialog("2026-000001", "홍길동 · 12가3456", 290_407)
    qtbot.addWidget(dialog)
    assert not dialog.take_button.isEnabled()
    dialog.card.setText("200000")
    dialog.cash.setText("100000")
    assert dialog.change.text() == "Change ₩9,593"
    assert dialog.take_button.isEnabled()
    plan = dialog.plan()
    assert plan is not None
    assert [(p.method, p.amount) for p in plan.payments] == [("card", 200_000), ("cash", 90_407)]
    dialog.cash.clear()
    dialog.card.setText("300000")
    assert "more than the 290,407 won owed" in dialog.error.text()
    assert not dialog.take_button.isEnabled()
    dialog.exact_cash.click()
    assert dialog.cash.value() == 290_407 and dialog.card.value() is None
    assert dialog.change.text() == ""


# -- the invoices tab ------------------------------------------------------------------------
def test_till_lists_what_is_owed_and_previews_the_invoice_pdf(qtbot: Any, desk: Shop, screen: TillScreen) -> None:
    paid = make_invoice(desk, fare=10_000, customer="김영희")
    desk.handle(RecordPayment(paid, 11_000, "cash"))
    owed = make_invoice(desk, fare=264_006, customer="홍길동")
    screen.refresh()
    shows(qtbot, screen, owed)
    tab = screen.invoices
    assert [r.invoice_no for r in tab.model.rows()] == [owed]  # open balances only
    assert tab.state.text() == "Owed"
    assert "₩290,407" in tab.amounts.text()
    assert tab.pdf.path == desk.documents.path(owed)
    assert tab.pay_button.isEnabled() and tab.void_button.isEnabled() and not tab.refund_button.isEnabled()
    tab.filter.setCurrentIndex(2)  # all invoices
    qtbot.waitUntil(lambda: len(tab.model.rows()) == 2, timeout=TIMEOUT)
    tab.search.setText("김영희")
    qtbot.waitUntil(lambda: [r.invoice_no for r in tab.model.rows()] == [paid], timeout=TIMEOUT)


def test_taking_a_split_payment_with_cash_change(
    qtbot: Any, desk: Shop, screen: TillScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    no = make_invoice(desk, fare=264_006)
    screen.refresh()
    shows(qtbot, screen, no)

    def pay(dialog: PaymentDialog) -> None:
        dialog.card.setText("200000")
        dialog.cash.setText("100000")
        dialog.take_button.click()

    accept_with(monkeypatch, PaymentDialog, pay)
    screen.invoices.pay_button.click()
    tab = screen.invoices
    qtbot.waitUntil(lambda: tab.message.tone == "success", timeout=TIMEOUT)
    assert "Give back ₩9,593 change" in tab.message.text()
    assert "Paid in full" in tab.message.text()
    wait_for_till(qtbot, screen)
    view = desk.invoice(no)
    assert [(p.method, p.amount, p.actor) for p in view.payments] == [
        ("card", 200_000, "desk"),
        ("cash", 90_407, "desk"),
    ]
    qtbot.waitUntil(lambda: tab.model.rows() == [], timeout=TIMEOUT)  # nothing owed any more
    qtbot.waitUntil(lambda: tab.money.rowCount() == 2 and tab.state.text() == "Paid", timeout=TIMEOUT)
    assert not tab.pay_button.isEnabled()


def test_void_then_refund_by_method(
    qtbot: Any, desk: Shop, screen: TillScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    no = make_invoice(desk, fare=100_000)
    desk.handle(RecordPayment(no, 50_000, "card"))
    screen.refresh()
    shows(qtbot, screen, no)
    tab = screen.invoices

    def void(dialog: VoidDialog) -> None:
        dialog.void_button.click()  # no reason: refused inside the dialog, by the command's own check
        assert dialog.error.text() == "Reason for the void is required."
        dialog.reason.setText("고객 변심")
        dialog.void_button.click()

    accept_with(monkeypatch, VoidDialog, void)
    tab.void_button.click()
    qtbot.waitUntil(lambda: tab.message.tone == "success", timeout=TIMEOUT)
    cn = desk.invoice(no).credit_note_no
    assert cn and cn in tab.message.text()
    qtbot.waitUntil(lambda: tab.document_number == cn and tab.pdf.path == desk.documents.path(cn), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: tab.refund_button.isEnabled(), timeout=TIMEOUT)
    assert not tab.pay_button.isEnabled() and tab.state.text() == "Refund due"

    def refund(dialog: RefundDialog) -> None:
        assert dialog.amount.value() == 50_000
        assert dialog.method.currentData() == "card"
        dialog.amount.setText("60000")
        dialog.refund_button.click()
        assert dialog.error.text() == (
            f"60,000 won is more than the 50,000 won still to refund on invoice {no}; refund at most 50,000."
        )
        dialog.amount.setText("50000")
        dialog.refund_button.click()

    accept_with(monkeypatch, RefundDialog, refund)
    tab.refund_button.click()
    qtbot.waitUntil(lambda: "Refund recorded" in tab.message.text(), timeout=TIMEOUT)
    with desk.db.read.connect() as conn:
        assert [(r.amount, r.method) for r in till.refunds_of(conn, no)] == [(50_000, "card")]
    qtbot.waitUntil(lambda: tab.state.text() == "Voided" and not tab.refund_button.isEnabled(), timeout=TIMEOUT)


def test_print_sends_the_issued_pdf_to_the_chosen_printer(
    qtbot: Any, desk: Shop, screen: TillScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    no = make_invoice(desk, fare=50_000)
    screen.refresh()
    shows(qtbot, screen, no)
    out = tmp_path / "printed.pdf"
    asked: list[Path] = []

    def chosen_printer(path: Path, _parent: object) -> QPrinter:
        asked.append(path)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr("ui.till.invoices.ask_printer", chosen_printer)
    screen.invoices.print_button.click()
    qtbot.waitUntil(lambda: "sent to the printer" in screen.invoices.message.text(), timeout=TIMEOUT)
    assert asked == [desk.documents.path(no)]
    assert pdf_pages(out) == 1


def test_the_system_print_dialog_can_be_cancelled(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: int(QDialog.DialogCode.Rejected))
    assert ask_printer(tmp_path / "x.pdf", None) is None
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: int(QDialog.DialogCode.Accepted))
    assert isinstance(ask_printer(tmp_path / "x.pdf", None), QPrinter)


def test_open_folder_opens_the_invoice_folder(
    qtbot: Any, desk: Shop, screen: TillScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    no = make_invoice(desk)
    screen.refresh()
    shows(qtbot, screen, no)
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    screen.invoices.folder_button.click()
    assert [u.toLocalFile() for u in opened] == [str(desk.invoice_dir)]


# -- day close ---------------------------------------------------------------------------------
def test_day_close_shows_the_figures_closes_and_previews_the_z_report(
    qtbot: Any, desk: Shop, screen: TillScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    no = make_invoice(desk, fare=100_000)
    desk.handle(RecordPayment(no, 60_000, "card"))
    desk.handle(RecordPayment(no, 10_000, "cash"))
    screen.tabs.setCurrentWidget(screen.day_close)
    tab = screen.day_close
    tab.refresh()
    qtbot.waitUntil(lambda: tab.shown is not None and tab.methods.rowCount() == 4, timeout=TIMEOUT)
    assert tab.state.text() == "Open" and tab.close_button.isEnabled()
    assert tab.methods.data(tab.methods.index(3, 3)) == "₩70,000"
    assert tab.figures["owed"][0].text() == "₩40,000"
    asked: list[str] = []

    def confirm(view: Any) -> bool:
        asked.append(view.day)
        return True

    monkeypatch.setattr(tab, "confirm_close", confirm)
    tab.close_button.click()
    qtbot.waitUntil(lambda: tab.shown is not None and tab.shown.closed is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: tab.pdf.page_count > 0, timeout=TIMEOUT)
    z_no = tab.shown.closed.z_no  # type: ignore[union-attr]
    assert asked == [tab.day()]
    assert tab.state.text() == f"Closed · {z_no}" and not tab.close_button.isEnabled()
    assert tab.pdf.path == desk.documents.path(str(z_no))
    qtbot.waitUntil(lambda: [d.z_no for d in tab.days.rows()] == [z_no], timeout=TIMEOUT)
    desk.handle(RecordPayment(no, 1_000, "cash"))  # after the close: the next business day's, not refused
    with desk.db.read.connect() as conn:
        report = till.z_report(conn, str(z_no))
        assert report is not None and report.payments_total == 70_000  # as closed, not a won more


# -- PDFs that cannot be written ---------------------------------------------------------------
def test_a_pdf_that_cannot_be_written_is_shown_and_written_on_retry(qtbot: Any, db_url: str, tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    shop = open_shop(db_url, blocker / "invoices")
    runner = CommandRunner(shop)
    try:
        widget = TillScreen(shop, runner)
        qtbot.addWidget(widget)
        widget.show()
        no = make_invoice(shop)
        qtbot.waitUntil(lambda: widget.retry_button.isVisible(), timeout=TIMEOUT)
        assert no in widget.pdf_warning.text() and str(blocker) in widget.pdf_warning.text()
        qtbot.waitUntil(lambda: widget.invoices.message.tone == "error", timeout=TIMEOUT)  # the preview says so too
        blocker.unlink()
        widget.retry_button.click()
        qtbot.waitUntil(lambda: not widget.retry_button.isVisible(), timeout=TIMEOUT)
        assert shop.documents.path(no).is_file()
        with shop.db.read.connect() as conn:
            assert conn.execute(select(s.invoice.c.pdf_sha256)).scalar() is not None
    finally:
        runner.close()
        shop.close()


def test_the_main_window_opens_this_till(qtbot: Any, window: Any) -> None:
    window.show_screen("invoice")
    qtbot.waitUntil(lambda: "invoice" in window.screens, timeout=TIMEOUT)
    assert isinstance(window.screens["invoice"], TillScreen)


def test_print_on_a_paid_invoice_offers_the_receipt_and_prints_it(
    qtbot: Any, desk: Shop, screen: TillScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from domain.commands import TakePayment
    from tests.till_support import pdf_text

    no = make_invoice(desk, fare=50_000)  # 55,000
    desk.handle(TakePayment(no, (("card", 55_000),)))
    screen.invoices.filter.setCurrentIndex(2)  # all invoices: a paid one is no open balance
    screen.refresh()
    screen.invoices.show_invoice(no)
    shows(qtbot, screen, no)
    qtbot.waitUntil(lambda: screen.invoices.detail is not None and screen.invoices.detail.view.balance == 0)
    out = tmp_path / "printed.pdf"
    asked: list[Path] = []
    offered: list[str] = []

    def chosen_printer(path: Path, _parent: object) -> QPrinter:
        asked.append(path)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    def which(number: str, _parent: object) -> str:
        offered.append(number)
        return "receipt"

    monkeypatch.setattr("ui.till.invoices.ask_printer", chosen_printer)
    monkeypatch.setattr("ui.till.invoices.ask_which_document", which)
    screen.invoices.print_button.click()
    qtbot.waitUntil(lambda: "sent to the printer" in screen.invoices.message.text(), timeout=TIMEOUT)
    assert offered == [no]
    assert [p.name for p in asked] == [f"receipt-{no}.pdf"]
    assert "결제 완료 PAID" in pdf_text(asked[0]) and "55,000" in pdf_text(asked[0])
    # Asked for the invoice instead: the PDF as issued.
    monkeypatch.setattr("ui.till.invoices.ask_which_document", lambda number, parent: "invoice")
    screen.invoices.print_button.click()
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=TIMEOUT)
    assert asked[1] == desk.documents.path(no)
    # The repair statement: this shop has not given its owner and repair registration yet, so it is asked for.
    monkeypatch.setattr("ui.till.invoices.ask_which_document", lambda number, parent: "statement")
    screen.invoices.print_button.click()
    qtbot.waitUntil(lambda: screen.invoices.message.tone == "error", timeout=TIMEOUT)
    assert "shop.owner" in screen.invoices.message.text() and len(asked) == 2


def test_print_offers_the_repair_statement_of_a_paid_invoice(
    qtbot: Any, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    from domain.commands import TakePayment
    from tests.till_support import pdf_text

    full = dataclasses.replace(SHOP, owner="박정비", repair_registration_no="서울성동-제2026-001호")
    shop = bootstrap(db_url, tmp_path / "inv", settings=Settings(shop=full), actor="desk", terminal="front-1")
    runner = CommandRunner(shop)
    try:
        no = make_invoice(shop, fare=50_000)
        shop.handle(TakePayment(no, (("card", 55_000),)))
        widget = TillScreen(shop, runner)
        qtbot.addWidget(widget)
        widget.show()
        widget.invoices.filter.setCurrentIndex(2)
        widget.refresh()
        widget.invoices.show_invoice(no)
        shows(qtbot, widget, no)
        asked: list[Path] = []
        monkeypatch.setattr("ui.till.invoices.ask_which_document", lambda number, parent: "statement")
        monkeypatch.setattr("ui.till.invoices.ask_printer", lambda path, _parent: asked.append(path))  # cancelled
        widget.invoices.print_button.click()
        qtbot.waitUntil(lambda: len(asked) == 1, timeout=TIMEOUT)
        assert asked[0].name == f"statement-{no}.pdf"
        assert "자동차 점검·정비 명세서" in pdf_text(asked[0]) and "서울성동-제2026-001호" in pdf_text(asked[0])
    finally:
        runner.close()
        shop.close()


def test_the_desk_is_reminded_of_the_cash_receipt_and_records_its_number(
    qtbot: Any, desk: Shop, screen: TillScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    from domain.commands import TakePayment

    no = make_invoice(desk, fare=100_000)  # 110,000
    desk.handle(TakePayment(no, (("cash", 60_000),)))
    screen.refresh()
    screen.invoices.show_invoice(no)
    shows(qtbot, screen, no)
    tab = screen.invoices
    qtbot.waitUntil(lambda: "cash receipt is due" in tab.amounts.text(), timeout=TIMEOUT)
    assert tab.cash_receipt_button.isEnabled() and tab.tax_invoice_button.isEnabled()
    monkeypatch.setattr("ui.till.invoices.ask_text", lambda parent, title, prompt: "12ab")
    tab.cash_receipt_button.click()
    qtbot.waitUntil(lambda: tab.message.tone == "error", timeout=TIMEOUT)  # not an approval number: said, not kept
    monkeypatch.setattr("ui.till.invoices.ask_text", lambda parent, title, prompt: "1234-5678")
    tab.cash_receipt_button.click()
    qtbot.waitUntil(lambda: "Cash receipt recorded" in tab.message.text(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "cash receipt is due" not in tab.amounts.text(), timeout=TIMEOUT)
    assert [p.cash_receipt_no for p in desk.invoice(no).payments] == ["12345678"]
