"""The GUI thread never does the database's work: a burst of 200 requests runs on the writer thread.

How long the GUI thread may pause is a speed goal, so it lives in a benchmark
(bench/ui_burst.py, a 10 ms heartbeat during the same burst); this test proves
the structure that makes it small: every command is handled off the GUI thread,
the GUI thread keeps running its event loop meanwhile, and nothing is lost.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer

from app.shop import Shop
from domain.commands import RegisterMechanic, RequestRepair
from tests.ui.helpers import TIMEOUT
from ui.main_window import MainWindow
from ui.screens.board import BoardScreen

BURST = 200


def test_a_200_request_burst_is_handled_off_the_gui_thread(qtbot, window: MainWindow, shop: Shop, monkeypatch) -> None:
    big = shop.handle(RegisterMechanic("대용량", 10_000))
    board = window.show_screen("board")  # the busiest screen: every request changes it
    assert isinstance(board, BoardScreen)
    qtbot.waitUntil(lambda: window.runner.is_idle(), timeout=TIMEOUT)

    gui = threading.get_ident()
    handled_on: list[int] = []
    handle = shop.handle

    def spying_handle(command, *args, **kwargs):
        handled_on.append(threading.get_ident())
        return handle(command, *args, **kwargs)

    monkeypatch.setattr(shop, "handle", spying_handle)
    ticks_while_busy: list[int] = []
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: ticks_while_busy.append(len(handled_on)) if len(handled_on) < BURST else None)
    heartbeat.start()
    done: list[int] = []
    try:
        for n in range(BURST):
            window.runner.submit(
                RequestRepair(f"손님{n}", f"{10 + n % 90}가{1000 + n}", big, 1, 10_000),
                on_done=lambda rid: done.append(rid),
            )
        qtbot.waitUntil(lambda: len(done) == BURST, timeout=120_000)
        qtbot.waitUntil(lambda: board.model.rowCount() == BURST, timeout=TIMEOUT)
    finally:
        heartbeat.stop()
    assert len(handled_on) == BURST
    assert gui not in handled_on, "a command was handled on the GUI thread"
    # The GUI thread's event loop ran while the writer worked through the burst: its timer fired
    # at moments when some but not all commands had been handled.
    assert any(0 < handled < BURST for handled in ticks_while_busy)
    assert sorted(done) == sorted(set(done))
    assert all(board.model.row_at(i).job_status == "created" for i in range(BURST))
