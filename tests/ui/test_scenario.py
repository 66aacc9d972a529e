"""The whole scenario by clicks, the way the desk and the bay do it: request → accepted → start → part → finish."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.bootstrap import Shop
from tests.builders import SmallShop
from tests.ui.helpers import TIMEOUT, click, type_into
from ui.main_window import MainWindow
from ui.screens.board import BoardScreen
from ui.screens.mechanic_bay import MechanicBayScreen
from ui.screens.reception import ReceptionScreen


def test_request_accept_start_part_finish(qtbot, window: MainWindow, shop: Shop, seeded: SmallShop) -> None:
    board = window.page("board")
    assert isinstance(board, BoardScreen)

    # Reception: the customer asks for a repair by 김민수.
    desk = window.show_screen("reception")
    assert isinstance(desk, ReceptionScreen)
    qtbot.waitUntil(lambda: desk.form.mechanic.count() == 3, timeout=TIMEOUT)
    type_into(qtbot, desk.form.customer, "홍길동")
    type_into(qtbot, desk.form.car_number, "12가3456")
    desk.form.mechanic.setCurrentIndex(desk.form.mechanic.findData(seeded.kim))
    desk.form.man_day.setValue(2)
    type_into(qtbot, desk.form.fare, "100000")
    click(qtbot, desk.form.submit_button)
    qtbot.waitUntil(lambda: desk.form.outcome.tone == "success", timeout=TIMEOUT)
    assert "Accepted" in desk.form.outcome.text()
    qtbot.waitUntil(lambda: board.model.rowCount() == 1, timeout=TIMEOUT)
    assert board.model.row_at(0).job_status == "created"

    # Mechanic bay: 김민수 picks themself, starts the job, scans a part.
    click(qtbot, window.nav_buttons["mechanic"])
    bay = window.screens["mechanic"]
    assert isinstance(bay, MechanicBayScreen)
    qtbot.waitUntil(lambda: bay.mechanic_group.button(seeded.kim) is not None, timeout=TIMEOUT)
    click(qtbot, bay.mechanic_group.button(seeded.kim))
    qtbot.waitUntil(lambda: bay.start_button.isEnabled(), timeout=TIMEOUT)
    click(qtbot, bay.start_button)
    qtbot.waitUntil(lambda: board.model.row_at(0).job_status == "started", timeout=TIMEOUT)
    qtbot.waitUntil(lambda: bay.part_entry.isEnabled(), timeout=TIMEOUT)
    type_into(qtbot, bay.part_entry, "BRK-PAD-F01")
    qtbot.keyClick(bay.part_entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Provided" in bay.outcome.text(), timeout=TIMEOUT)

    # Finish (two taps): the invoice follows and the board shows its total, unpaid.
    click(qtbot, bay.finish_button)
    click(qtbot, bay.finish_button)
    qtbot.waitUntil(lambda: board.model.row_at(0).job_status == "finished", timeout=TIMEOUT)
    qtbot.waitUntil(lambda: board.model.row_at(0).invoice_no is not None, timeout=TIMEOUT)
    row = board.model.row_at(0)
    assert row.total_price == 181_500  # (100,000 + 65,000) + 10% VAT
    assert not row.paid
    click(qtbot, window.nav_buttons["board"])
    assert board.model.index(0, board.model.TOTAL).data() == "₩181,500"
    assert "₩181,500" in board.model.index(0, board.model.PAID).data()
    invoice = shop.invoice(row.invoice_no)
    assert [line.name for line in invoice.lines][1] == "브레이크 패드 (앞)"
