"""Money and time at the edge, the domain's messages in the terminal's language, translations, errors, the runner."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.bootstrap import Shop, bootstrap
from domain.commands import RequestRepair
from domain.common.fields import Field
from domain.errors import IllegalTransition, InvalidInput
from domain.reception.model import CANCELLED_BY_CUSTOMER
from domain.texts import Message
from tests.builders import SmallShop
from tests.ui.helpers import TIMEOUT
from ui import errors, fmt, i18n
from ui.domain_text import reason_text, text_of
from ui.main_window import MainWindow
from ui.runner import CommandRunner


def test_money_and_ages() -> None:
    assert fmt.money(1_234_000) == "₩1,234,000"
    assert fmt.money(0) == "₩0"
    assert fmt.money(-5_000) == "-₩5,000"
    assert fmt.money(None) == ""
    assert fmt.parse_money("₩1,234,000") == 1_234_000
    assert fmt.parse_money(" 60 000 원") == 60_000
    assert fmt.parse_money("12a") is None
    now = datetime.fromisoformat("2026-11-23T12:00:00+09:00")
    assert fmt.age("2026-11-23T11:48:00+09:00", now) == "12 min"
    assert fmt.short_time("2026-11-23T09:05:00+09:00", now) == "09:05"
    assert fmt.short_time("2025-01-02T09:05:00+09:00", now) == "2025-01-02"


def test_korean_translation_of_screens_and_domain_messages(korean) -> None:
    assert QCoreApplication.translate("MainWindow", "Reception") == "접수"
    assert fmt.status_label("started") == "작업 중"
    assert i18n.language() == "ko"
    refusal = IllegalTransition("reception.cancel_in_work", receipt_id=12)
    assert errors.describe(refusal) == "접수 12번은 취소할 수 없습니다. 정비사가 이미 작업을 시작했습니다."
    assert text_of(InvalidInput("common.required", field=Field.CUSTOMER_NAME)) == "고객 이름 항목을 입력하세요."
    assert text_of(CANCELLED_BY_CUSTOMER) == "고객 요청으로 취소되었습니다."


def test_an_english_terminal_shows_the_domains_english() -> None:
    assert i18n.language() == "en"
    refusal = IllegalTransition("reception.cancel_in_work", receipt_id=12)
    assert errors.describe(refusal) == "Cannot cancel receipt 12: the mechanic has already started the job."
    assert text_of(CANCELLED_BY_CUSTOMER) == "Cancelled by the customer."


@dataclass(frozen=True)
class Row:
    reason: str
    reason_message: Message | None = None


def test_a_reason_by_code_is_rendered_and_a_typed_one_is_shown_as_typed(korean) -> None:
    assert reason_text(Row("Cancelled by the customer.", CANCELLED_BY_CUSTOMER)) == "고객 요청으로 취소되었습니다."
    assert reason_text(Row("changed my mind")) == "changed my mind"  # no code: as typed, in any language
    assert reason_text(Row("")) == ""


def test_i18n_build_is_a_no_op_when_nothing_changed() -> None:
    i18n.build()
    assert i18n.build() == []
    assert i18n.main(["build"]) == 0


def test_unexpected_error_is_logged_and_explained(qtbot, shop: Shop, tmp_path: Path, monkeypatch) -> None:
    log_file = tmp_path / "logs" / "pitlane.log"
    monkeypatch.setattr(errors, "_log_file", log_file)
    log_file.parent.mkdir()
    handler = logging.FileHandler(log_file, encoding="utf-8")
    logging.getLogger().addHandler(handler)
    runner = CommandRunner(shop)
    seen: list[str] = []
    try:

        def broken() -> None:
            raise RuntimeError("disk on fire")

        errors.dialogs_enabled = True
        runner.call(broken, on_error=lambda exc: seen.append(errors.describe(exc)))
        qtbot.waitUntil(lambda: bool(seen), timeout=TIMEOUT)
        dialog = errors._dialog
        assert dialog is not None and dialog.isVisible()
        assert str(log_file) in dialog.informativeText()
        assert "Traceback" not in dialog.text() + dialog.informativeText()
        dialog.close()
    finally:
        errors.dialogs_enabled = False
        logging.getLogger().removeHandler(handler)
        handler.close()
        runner.close()
    assert str(log_file) in seen[0]
    assert "RuntimeError: disk on fire" in log_file.read_text(encoding="utf-8")
    assert "Traceback" in log_file.read_text(encoding="utf-8")
    errors.last_report = ""  # reported on purpose


def test_refusals_come_back_as_sentences(qtbot, shop: Shop) -> None:
    runner = CommandRunner(shop)
    refused: list[BaseException] = []
    try:
        runner.submit(RequestRepair(" ", "12가3456", 1, 1, 0), on_error=refused.append)
        qtbot.waitUntil(lambda: bool(refused), timeout=TIMEOUT)
    finally:
        runner.close()
    assert isinstance(refused[0], InvalidInput)
    assert errors.describe(refused[0]) == "Customer name is required."
    assert errors.last_report == ""  # a refusal is not an unexpected error


def test_poll_without_watch_follows_another_terminal(
    qtbot, shop: Shop, seeded: SmallShop, db_url: str, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(shop, "watch", None)  # an older core: the feed polls on its own timer
    window = MainWindow(shop, "board")
    qtbot.addWidget(window)
    board = window.page("board")
    other = bootstrap(database_url=db_url, invoice_dir=tmp_path / "inv2", actor="desk-2", terminal="test-2")
    try:
        receipt_id = other.handle(RequestRepair("이철수", "34나5678", seeded.kim, 1, 20_000))
        qtbot.waitUntil(lambda: board.model.find(receipt_id) >= 0, timeout=1000)
    finally:
        other.close()
        window.shutdown()
