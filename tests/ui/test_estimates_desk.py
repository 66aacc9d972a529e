"""The desk's estimates window (from reception, Ctrl+E) and the bay's "propose additional work", on a real shop.

The list of estimates: approve (how) requests the repair, decline keeps the work as recommendations, print
writes the 견적서; the bay's proposals wait in the additional-work tab for the customer's answer. In English
and in Korean; hidden from a user who may not give the command.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app import queries
from app.bootstrap import Shop
from domain.commands import ApproveEstimate, DraftEstimate, ProposeAdditionalWork, StartJob
from tests.builders import SmallShop
from tests.ui.helpers import TIMEOUT, click, type_into, wait_until_idle
from tests.ui.test_users import open_window, sign_in
from tests.ui.test_users import staffed as staffed  # the fixture
from ui.estimates import desk as desk_module
from ui.estimates.desk import EstimatesWindow
from ui.main_window import MainWindow


def _draft(shop: Shop, seeded: SmallShop, car: str = "12가3456", man_day: int = 1) -> str:
    return str(
        shop.handle(
            DraftEstimate(
                "홍길동",
                car,
                seeded.kim if man_day < 10 else seeded.choi,
                man_day,
                60_000,
                term="브레이크 패드 교환",
                parts=((seeded.brake_pads, 1), (seeded.oil, 1)),
            )
        )
    )


def _open(qtbot: Any, window: MainWindow) -> EstimatesWindow:
    reception = window.show_screen("reception")
    wait_until_idle(qtbot, window)
    click(qtbot, reception.estimates_button)  # type: ignore[attr-defined]
    est = reception.estimates_window  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: est.estimates.model.rowCount() > 0 or est.isVisible(), timeout=TIMEOUT)
    return est  # type: ignore[no-any-return]


def _wait_rows(qtbot: Any, model: Any, n: int) -> None:
    qtbot.waitUntil(lambda: model.rowCount() == n, timeout=TIMEOUT)


def test_an_open_estimate_is_listed_with_its_lines_and_approved_by_phone(
    qtbot: Any, window: MainWindow, shop: Shop, seeded: SmallShop
) -> None:
    no = _draft(shop, seeded)
    est = _open(qtbot, window)
    tab = est.estimates
    _wait_rows(qtbot, tab.model, 1)
    qtbot.waitUntil(lambda: tab.view is not None, timeout=TIMEOUT)
    assert tab.model.text(0, 0) == no and tab.model.text(0, 7) == "Open"
    # 60,000 + 65,000 + 48,000 = 173,000, VAT 17,300: 190,300; the oil is not on the shelf
    assert tab.model.text(0, 5) == "₩190,300"
    assert "엔진오일 5W-30 4L" in tab.detail.text() and "(not enough in stock)" in tab.detail.text()
    assert tab.detail.text().count("(not enough in stock)") == 1  # the pads are there
    tab.how.setCurrentIndex(1)  # by phone
    click(qtbot, tab.approve_button)
    qtbot.waitUntil(lambda: tab.message.tone == "success", timeout=TIMEOUT)
    assert "receipt #" in tab.message.text()
    view = shop.estimate(no)
    assert view.status == "approved" and view.consent_how == "phone" and view.receipt_id is not None
    _wait_rows(qtbot, tab.model, 0)  # the filter shows open estimates
    tab.status.setCurrentIndex(1)  # approved
    _wait_rows(qtbot, tab.model, 1)
    qtbot.waitUntil(lambda: tab.view is not None and tab.view.status == "approved", timeout=TIMEOUT)
    assert not tab.approve_button.isEnabled() and "Approved (By phone)" in tab.detail.text()


def test_a_refused_approval_says_why_and_stays_open(
    qtbot: Any, window: MainWindow, shop: Shop, seeded: SmallShop
) -> None:
    no = _draft(shop, seeded, man_day=10)  # 최영호 has one man-day
    tab = _open(qtbot, window).estimates
    qtbot.waitUntil(lambda: tab.view is not None, timeout=TIMEOUT)
    click(qtbot, tab.approve_button)
    qtbot.waitUntil(lambda: tab.message.tone == "error", timeout=TIMEOUT)
    assert "최영호" in tab.message.text()
    assert shop.estimate(no).status == "open"
    qtbot.waitUntil(lambda: tab.approve_button.isEnabled(), timeout=TIMEOUT)


def test_a_declined_estimate_shows_in_the_cars_recommendations(
    qtbot: Any, window: MainWindow, shop: Shop, seeded: SmallShop
) -> None:
    no = _draft(shop, seeded)
    est = _open(qtbot, window)
    tab = est.estimates
    qtbot.waitUntil(lambda: tab.view is not None, timeout=TIMEOUT)
    type_into(qtbot, tab.reason, "다음 달에")
    click(qtbot, tab.decline_button)
    qtbot.waitUntil(lambda: tab.message.tone == "info", timeout=TIMEOUT)
    assert shop.estimate(no).status == "declined"
    est.tabs.setCurrentWidget(est.recommendations)
    type_into(qtbot, est.recommendations.car_number, "3456")
    est.recommendations.car_number.setText("12가3456")
    click(qtbot, est.recommendations.find_button)
    _wait_rows(qtbot, est.recommendations.model, 3)  # the labour, the pads, the oil
    rows = est.recommendations.model.rows()
    assert [r.description for r in rows] == ["브레이크 패드 교환", "브레이크 패드 (앞)", "엔진오일 5W-30 4L"]
    assert {r.reason for r in rows} == {"다음 달에"} and "3 recommendation(s)" in est.recommendations.note.text()


def test_print_writes_the_estimate_pdf(
    qtbot: Any, window: MainWindow, shop: Shop, seeded: SmallShop, monkeypatch: pytest.MonkeyPatch
) -> None:
    no = _draft(shop, seeded)
    asked: list[Path] = []
    monkeypatch.setattr(desk_module, "ask_printer", lambda path, _parent: asked.append(path))  # cancelled
    tab = _open(qtbot, window).estimates
    qtbot.waitUntil(lambda: tab.view is not None, timeout=TIMEOUT)
    click(qtbot, tab.print_button)
    qtbot.waitUntil(lambda: tab.message.tone == "info", timeout=TIMEOUT)
    assert [p.name for p in asked] == [f"estimate-{no}.pdf"] and asked[0].read_bytes().startswith(b"%PDF")


def test_the_bay_proposes_additional_work_and_the_desk_records_consent(
    qtbot: Any, window: MainWindow, shop: Shop, seeded: SmallShop
) -> None:
    rid = shop.handle(ApproveEstimate(_draft(shop, seeded), "in_person"))
    (row,) = [r for r in shop.status_board() if r.receipt_id == rid]
    shop.handle(StartJob(row.job_id))
    bay = window.show_screen("mechanic")
    bay.choose_mechanic(seeded.kim)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bay.jobs_model.rowCount() == 1, timeout=TIMEOUT)  # type: ignore[attr-defined]
    bay.select_job(row.job_id)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bay.propose_button.isEnabled(), timeout=TIMEOUT)  # type: ignore[attr-defined]
    click(qtbot, bay.propose_button)  # type: ignore[attr-defined]
    dialog = bay.propose_dialog  # type: ignore[attr-defined]
    type_into(qtbot, dialog.description, "타이밍벨트 교환")
    type_into(qtbot, dialog.amount, "150000")
    qtbot.waitUntil(lambda: dialog.part.count() == 2, timeout=TIMEOUT)
    dialog.part.setCurrentIndex(dialog.part.findData(seeded.brake_pads))
    click(qtbot, dialog.add_part_button)  # with a part, requested only once the customer agrees
    assert "브레이크 패드 (앞) × 1" in dialog.parts_label.text()
    click(qtbot, dialog.propose_button)
    qtbot.waitUntil(lambda: dialog.work_id is not None, timeout=TIMEOUT)
    assert "타이밍벨트 교환" in bay.outcome.text()  # type: ignore[attr-defined]
    assert [(w.description, w.amount, w.parts_total) for w in shop.additional_work()] == [
        ("타이밍벨트 교환", 150_000, 65_000)
    ]
    shop.handle(ProposeAdditionalWork(row.job_id, "와이퍼 교체", 20_000))
    est = _open(qtbot, window)
    est.tabs.setCurrentWidget(est.additional)
    tab = est.additional
    _wait_rows(qtbot, tab.model, 2)
    assert tab.model.text(0, 1) == "12가3456" and tab.model.text(0, 3) == "₩215,000"
    assert tab.model.text(0, 2) == "타이밍벨트 교환 (+ 브레이크 패드 (앞) × 1)"
    tab.how.setCurrentIndex(1)
    click(qtbot, tab.approve_button)  # the first, selected
    _wait_rows(qtbot, tab.model, 1)
    tab.table.selectRow(0)
    click(qtbot, tab.decline_button)
    _wait_rows(qtbot, tab.model, 0)
    assert [(w.description, w.status, w.consent_how) for w in shop.additional_work(row.job_id)] == [
        ("타이밍벨트 교환", "approved", "phone"),
        ("와이퍼 교체", "declined", "phone"),
    ]
    assert [r.description for r in shop.recommendations("12가3456")] == ["와이퍼 교체"]
    # the estimate's pad as the job started, the approved proposal's pad now: 5 - 2
    assert {p.id: p.stock for p in shop.query(queries.parts)}[seeded.brake_pads] == 3


def test_the_window_speaks_korean(qtbot: Any, korean: None, window: MainWindow, shop: Shop, seeded: SmallShop) -> None:
    _draft(shop, seeded)
    reception = window.show_screen("reception")
    assert reception.estimates_button.text() == "견적…"  # type: ignore[attr-defined]
    est = _open(qtbot, window)
    assert est.windowTitle() == "견적·동의"
    assert [est.tabs.tabText(i) for i in range(3)] == ["견적", "추가정비", "추천 정비"]
    tab = est.estimates
    _wait_rows(qtbot, tab.model, 1)
    qtbot.waitUntil(lambda: tab.view is not None, timeout=TIMEOUT)
    assert tab.model.text(0, 7) == "답변 대기" and "재고 부족" in tab.detail.text()
    assert tab.approve_button.text() == "승인: 정비 접수  (F2)" and tab.print_button.text() == "견적서 인쇄…  (Ctrl+P)"
    assert [tab.status.itemText(i) for i in range(4)] == ["답변 대기", "승인", "거절", "전체"]
    assert est.additional.approve_button.text() == "승인: 청구에 추가  (F2)"


def test_the_buttons_follow_permissions(qtbot: Any, qapp: Any, staffed: Shop) -> None:
    from ui.users.session import ACTIONS

    # Each button is named in the session's table of actions, with the command it gives.
    assert ("reception", "estimates_button", "DraftEstimate") in ACTIONS
    assert ("mechanic", "propose_button", "ProposeAdditionalWork") in ACTIONS
    win = open_window(qtbot, qapp, staffed)
    try:
        sign_in(qtbot, win, "접수")
        reception = win.show_screen("reception")
        assert not reception.estimates_button.isHidden()  # type: ignore[attr-defined]
        assert "mechanic" not in [k for k, b in win.nav_buttons.items() if not b.isHidden()]
        win.session.lock()  # type: ignore[union-attr]
        sign_in(qtbot, win, "김민수")
        bay = win.show_screen("mechanic")
        assert not bay.propose_button.isHidden()  # type: ignore[attr-defined]
    finally:
        win.shutdown()


def test_the_desk_lookup_shows_declined_work_on_the_cars_next_visit(
    qtbot: Any, window: MainWindow, shop: Shop, seeded: SmallShop
) -> None:
    from domain.commands import DeclineEstimate, RegisterVehicle

    shop.handle(RegisterVehicle("12가3456", model="쏘나타"))  # a car the shop knows
    shop.handle(DeclineEstimate(_draft(shop, seeded), "다음 달에"))
    reception = window.show_screen("reception")
    wait_until_idle(qtbot, window)
    type_into(qtbot, reception.form.car_number, "12가3456")  # type: ignore[attr-defined]
    lookup = reception.lookup  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: lookup.recommended.isVisible(), timeout=TIMEOUT)
    text = lookup.recommended.text()
    assert text.startswith("Recommended from earlier visits:")
    assert "브레이크 패드 교환 (₩60,000)" in text and "엔진오일 5W-30 4L (₩48,000)" in text
    type_into(qtbot, reception.form.car_number, "9")  # another car: nothing recommended
    qtbot.waitUntil(lambda: not lookup.recommended.isVisible(), timeout=TIMEOUT)


def test_the_window_follows_other_terminals(
    qtbot: Any, window: MainWindow, shop: Shop, seeded: SmallShop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(desk_module, "ADDITIONAL_WORK_POLL_MS", 100)
    est = _open(qtbot, window)
    qtbot.waitUntil(lambda: window.runner.is_idle(), timeout=TIMEOUT)
    assert est.estimates.model.rowCount() == 0
    no = _draft(shop, seeded)  # drafted elsewhere: the feed brings EstimateDrafted
    qtbot.waitUntil(lambda: est.estimates.model.rowCount() == 1, timeout=TIMEOUT)
    assert est.estimates.model.text(0, 0) == no
    rid = shop.handle(ApproveEstimate(no, "in_person"))
    (row,) = [r for r in shop.status_board() if r.receipt_id == rid]
    shop.handle(StartJob(row.job_id))
    est.tabs.setCurrentWidget(est.additional)
    shop.handle(ProposeAdditionalWork(row.job_id, "와이퍼 교체", 20_000))  # from the bay: no event, read again
    qtbot.waitUntil(lambda: est.additional.model.rowCount() == 1, timeout=TIMEOUT)
