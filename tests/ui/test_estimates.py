"""The desk's estimate dialog and the additional-work consent dialog, on a real shop (pytest-qt)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app import queries
from app.bootstrap import Shop, bootstrap
from domain.commands import ProposeAdditionalWork, RegisterMechanic, StartJob
from tests.ui.helpers import TIMEOUT, click, type_into
from ui.estimates.dialog import AdditionalWorkConsentDialog, EstimateDialog
from ui.runner import CommandRunner


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Shop]:
    shop = bootstrap(f"sqlite:///{tmp_path / 'shop.db'}", tmp_path / "invoices", actor="desk", terminal="front-1")
    yield shop
    shop.close()


@pytest.fixture
def runner(desk: Shop) -> Iterator[CommandRunner]:
    r = CommandRunner(desk)
    yield r
    r.close()


def _dialog(qtbot: Any, desk: Shop, runner: CommandRunner) -> EstimateDialog:
    dialog = EstimateDialog(runner, desk.query(queries.mechanics), desk.estimate)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _fill(qtbot: Any, dialog: EstimateDialog, man_days: int) -> None:
    type_into(qtbot, dialog.customer, "홍길동")
    type_into(qtbot, dialog.car_number, "12가3456")
    dialog.man_day.setValue(man_days)
    type_into(qtbot, dialog.fare, "100000")
    type_into(qtbot, dialog.term, "브레이크 패드 교환")


def test_draft_then_approve_requests_the_repair(qtbot: Any, desk: Shop, runner: CommandRunner) -> None:
    desk.handle(RegisterMechanic("김민수", 10))
    dialog = _dialog(qtbot, desk, runner)
    assert not dialog.approve_button.isEnabled()  # nothing to approve before the draft
    _fill(qtbot, dialog, 2)
    click(qtbot, dialog.draft_button)
    qtbot.waitUntil(lambda: dialog.estimate is not None, timeout=TIMEOUT)
    assert "E" in dialog.summary.text() and "110,000" in dialog.summary.text()
    dialog.how.setCurrentIndex(1)  # by phone
    click(qtbot, dialog.approve_button)
    qtbot.waitUntil(lambda: dialog.receipt_id is not None, timeout=TIMEOUT)
    assert dialog.estimate is not None and dialog.estimate.status == "approved"
    assert dialog.estimate.consent_how == "phone"
    (row,) = desk.status_board()
    assert row.receipt_id == dialog.receipt_id and row.job_status == "created"


def test_a_refused_approval_stays_open_with_the_reason(qtbot: Any, desk: Shop, runner: CommandRunner) -> None:
    desk.handle(RegisterMechanic("김민수", 1))
    dialog = _dialog(qtbot, desk, runner)
    _fill(qtbot, dialog, 3)
    click(qtbot, dialog.draft_button)
    qtbot.waitUntil(lambda: dialog.estimate is not None, timeout=TIMEOUT)
    click(qtbot, dialog.approve_button)
    qtbot.waitUntil(lambda: dialog.message.tone == "error", timeout=TIMEOUT)
    assert "김민수" in dialog.message.text()
    assert dialog.estimate is not None and dialog.estimate.status == "open"
    assert dialog.approve_button.isEnabled() and dialog.decline_button.isEnabled()
    type_into(qtbot, dialog.reason, "다음 달에")
    click(qtbot, dialog.decline_button)
    qtbot.waitUntil(lambda: dialog.message.tone == "info", timeout=TIMEOUT)
    assert [r.reason for r in desk.recommendations("12가3456")] == ["다음 달에"]


def test_a_blank_customer_is_refused_inside_the_dialog(qtbot: Any, desk: Shop, runner: CommandRunner) -> None:
    desk.handle(RegisterMechanic("김민수", 10))
    dialog = _dialog(qtbot, desk, runner)
    click(qtbot, dialog.draft_button)
    qtbot.waitUntil(lambda: dialog.message.tone == "error", timeout=TIMEOUT)
    assert "Customer name is required" in dialog.message.text()
    assert dialog.estimate is None and dialog.draft_button.isEnabled()


def test_additional_work_consent_bills_the_approved_line(qtbot: Any, desk: Shop, runner: CommandRunner) -> None:
    kim = desk.handle(RegisterMechanic("김민수", 10))
    dialog = _dialog(qtbot, desk, runner)
    _fill(qtbot, dialog, 1)
    click(qtbot, dialog.draft_button)
    qtbot.waitUntil(lambda: dialog.estimate is not None, timeout=TIMEOUT)
    click(qtbot, dialog.approve_button)
    qtbot.waitUntil(lambda: dialog.receipt_id is not None, timeout=TIMEOUT)
    (row,) = desk.status_board()
    desk.handle(StartJob(row.job_id))
    work = desk.handle(ProposeAdditionalWork(row.job_id, "타이밍벨트 교환", 150_000))
    consent = AdditionalWorkConsentDialog(runner, work, "타이밍벨트 교환", 150_000)
    qtbot.addWidget(consent)
    consent.show()
    click(qtbot, consent.approve_button)
    qtbot.waitUntil(lambda: not consent.isVisible(), timeout=TIMEOUT)
    (answered,) = desk.additional_work(row.job_id)
    assert answered.status == "approved" and answered.consent_how == "in_person"
    assert kim


def test_the_dialog_speaks_korean(qtbot: Any, korean: None, desk: Shop, runner: CommandRunner) -> None:
    desk.handle(RegisterMechanic("김민수", 1))
    dialog = _dialog(qtbot, desk, runner)
    assert dialog.draft_button.text() == "견적서 작성  (Enter)"
    assert dialog.approve_button.text() == "승인: 정비 접수  (F2)"
    assert [dialog.how.itemText(i) for i in range(dialog.how.count())] == ["방문", "전화", "메시지"]
    _fill(qtbot, dialog, 3)
    click(qtbot, dialog.draft_button)
    qtbot.waitUntil(lambda: dialog.estimate is not None, timeout=TIMEOUT)
    click(qtbot, dialog.approve_button)
    qtbot.waitUntil(lambda: dialog.message.tone == "error", timeout=TIMEOUT)
    assert "접수되지 않음" in dialog.message.text() and "공수" in dialog.message.text()
