"""`--screenshot DIR`: render every screen of the window to DIR/<screen>.png, for the README and review.

Nothing is written to the shop: the screens are only filled in and selected the
way a person would have them in front of them.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication, QWidget

from app import queries
from ui.main_window import ROLE_SCREENS, MainWindow

DESK_SIZE = (1440, 900)
WALL_SIZE = (1920, 1080)


def settle(window: MainWindow, timeout: float = 10.0) -> None:
    """Let queued reads and repaints finish."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        busy = any(getattr(w, "busy", False) for w in window.screens.values())
        if window.runner.is_idle() and not busy:
            break
        time.sleep(0.01)
    for _ in range(5):
        QCoreApplication.processEvents()
        time.sleep(0.02)


def _stage(key: str, screen: Any, window: MainWindow) -> None:
    """Put the screen in a telling state without writing anything."""
    shop = window.shop
    if key == "reception":
        rows = shop.query(queries.receipts, "", "", 50)
        known = next((r for r in rows if r.status in ("finished", "in_work")), rows[0] if rows else None)
        screen.refresh()
        settle(window)
        if known is not None:
            screen.form.customer.setText(known.customer_name)
            screen.form.phone.setText(known.customer_phone)
            screen.form.car_number.setText(known.car_number)
            screen.form.car_number.textEdited.emit(known.car_number)
        if screen.form.mechanic.count() > 1:
            screen.form.mechanic.setCurrentIndex(1)
        screen.form.fare.set_value(60_000)
        screen.form.term.setText("브레이크 점검 및 패드 교체")
        time.sleep(0.3)
    elif key == "mechanic":
        jobs = shop.query(queries.jobs)
        started = next((j for j in jobs if j.status == "started"), jobs[0] if jobs else None)
        screen.refresh()
        settle(window)
        if started is not None:
            screen.choose_mechanic(started.mechanic_id)
            settle(window)
            screen.select_job(started.job_id)
    elif key == "parts":
        screen.refresh()
        settle(window)
        low = next((p for p in shop.query(queries.parts) if p.is_low), None)
        if low is not None:
            screen.select_part(low.part_code)
    elif key == "invoice":
        invoiced = [r for r in shop.query(queries.board_page, None, 100) if r.invoice_no and not r.voided]
        target = next((r for r in invoiced if not r.paid), invoiced[0] if invoiced else None)
        if target is not None and hasattr(screen, "show_invoice"):
            screen.show_invoice(target.invoice_no)
    elif key == "mechanics":
        screen.refresh()
        settle(window)
        screen.view.selectRow(0)


def render_all(window: MainWindow, out: Path, size: tuple[int, int] | None = None) -> list[Path]:
    """Render each screen of the window's role (and the wall display) to PNG files in `out`.

    `size` (from `--size WxH`) renders the desk and the wall at that screen size instead of
    1440×900 and 1920×1080.
    """
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    window.resize(*(size or DESK_SIZE))
    window.show()
    for key in ROLE_SCREENS[window.role]:
        screen = window.show_screen(key)
        settle(window)
        _stage(key, screen, window)
        settle(window)
        window.resize(*(size or DESK_SIZE))  # staging may have grown it for a moment
        settle(window)
        written.append(_save(window, out / f"{key}.png"))
    if window.role != "board":
        wall = MainWindow(window.shop, "board")
        wall.resize(*(size or WALL_SIZE))
        wall.show()
        settle(wall)
        written.append(_save(wall, out / "wall.png"))
        wall.shutdown()
        wall.close()
        written += render_setup(window, out, size)
    return written


SETUP_SIZE = (1024, 768)


def render_setup(window: MainWindow, out: Path, size: tuple[int, int] | None = None) -> list[Path]:
    """The first-run wizard's pages and the Shop details dialog, filled in as a person would; nothing written."""
    from ui import i18n
    from ui.setup.shop_details_dialog import ShopDetailsDialog
    from ui.setup.wizard import FirstRunWizard

    written: list[Path] = []
    wizard = FirstRunWizard(window.shop, i18n.language())
    wizard.resize(*(size or SETUP_SIZE))
    wizard.show()
    wizard.manager_page.name.setText("김사장")
    wizard.manager_page.pin.setText("4826")
    wizard.manager_page.pin_again.setText("4826")
    for n, page in enumerate(wizard.pageIds(), start=1):
        if n > 1:
            wizard.next()
        if page == wizard.pageIds()[-1]:
            for name in ("김민수", "박지훈"):
                wizard.mechanics_page.name.setText(name)
                wizard.mechanics_page.add()
        QCoreApplication.processEvents()
        written.append(_save(wizard, out / f"setup-{n}.png"))
    wizard.reject()
    dialog = ShopDetailsDialog(window.runner, window.shop.shop_details(), window)
    dialog.show()
    QCoreApplication.processEvents()
    written.append(_save(dialog, out / "shop-details.png"))
    dialog.reject()
    return written


def _save(widget: QWidget, path: Path) -> Path:
    QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path
