"""Refusals and stored reasons on screen: by code, in the terminal's language; forms mark what the command refused."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app import queries
from app.bootstrap import Shop
from app.queries import PartRequestRow
from domain import texts
from domain.commands import RequestRepair, StartJob
from domain.common.fields import Field, field_of
from domain.errors import InvalidInput
from domain.texts import Message, Text
from tests.builders import SmallShop
from tests.ui.helpers import TIMEOUT, click, type_into
from tests.ui.test_models import board_row
from ui import i18n
from ui.domain_text import text_of
from ui.main_window import MainWindow
from ui.models.board import BoardModel
from ui.models.tables import PartRequestsModel
from ui.screens.reception import ReceptionScreen
from ui.widgets import FieldError

ROOT = Path(__file__).resolve().parents[2]
HANGUL = re.compile(r"[\uac00-\ud7a3]")
LATIN_WORD = re.compile(r"[A-Za-z][a-z]{2,}")  # an English word (VIN, YYYY-MM-DD are not)


def open_reception(qtbot, window: MainWindow) -> ReceptionScreen:
    screen = window.show_screen("reception")
    assert isinstance(screen, ReceptionScreen)
    qtbot.waitUntil(lambda: screen.form.mechanic.count() == 3, timeout=TIMEOUT)
    return screen


def in_language(text: str, lang: str) -> bool:
    """Korean with no English word in it on a Korean screen; no Korean on an English one."""
    if lang == "ko":
        return bool(HANGUL.search(text)) and not LATIN_WORD.search(text)
    return not HANGUL.search(text)


# -- refusals in the terminal's language ----------------------------------------------------
EXPECTED = {
    "en": {
        "customer": "Customer name is required.",
        "car_number": "Car number is required.",
        "mechanic": "Mechanic number is required.",
        "fare": "Labour fare is required.",
    },
    "ko": {
        "customer": "고객 이름 항목을 입력하세요.",
        "car_number": "차량번호 항목을 입력하세요.",
        "mechanic": "정비사 번호 항목을 선택하세요.",
        "fare": "공임 항목을 입력하세요.",
    },
}


def test_a_blank_form_is_refused_in_the_screens_language(qtbot, desk: MainWindow, lang: str, shop: Shop) -> None:
    screen = open_reception(qtbot, desk)
    click(qtbot, screen.form.submit_button)
    shown = {key: error.text() for key, error in screen.form.errors.items() if error.isVisible()}
    assert shown == EXPECTED[lang]
    assert all(in_language(text, lang) for text in shown.values())
    assert in_language(screen.form.outcome.text(), lang)  # the banner is Qt's translation, the same language
    assert shop.status_board() == []


def test_a_refusal_from_the_shop_is_shown_in_the_screens_language(
    qtbot, desk: MainWindow, lang: str, shop: Shop, seeded: SmallShop, monkeypatch
) -> None:
    screen = open_reception(qtbot, desk)
    receipt_id = shop.handle(RequestRepair("이철수", "34나5678", seeded.kim, 2, 30_000))
    qtbot.waitUntil(lambda: screen.receipts_model.rowCount() == 1, timeout=TIMEOUT)
    screen.receipts_view.selectRow(0)
    assert screen.cancel_button.isEnabled()
    row = shop.query(queries.board_row, receipt_id)
    assert row is not None and row.job_id is not None
    shop.handle(StartJob(row.job_id))  # the mechanic starts meanwhile, on the bay terminal
    monkeypatch.setattr(screen, "ask_cancel_reason", lambda row: "")
    click(qtbot, screen.cancel_button)
    qtbot.waitUntil(lambda: screen.list_message.tone == "error", timeout=TIMEOUT)
    body = screen.list_message.body.text()
    assert (
        body
        == {
            "en": f"Cannot cancel receipt {receipt_id}: the mechanic has already started the job.",
            "ko": f"접수 {receipt_id}번은 취소할 수 없습니다. 정비사가 이미 작업을 시작했습니다.",
        }[lang]
    )
    assert in_language(screen.list_message.text(), lang)


# -- forms mark the field the command refused ---------------------------------------------------
def marked(screen: ReceptionScreen) -> dict[str, str]:
    inputs = screen.form.inputs()
    return {key: screen.form.errors[key].text() for key in inputs if inputs[key].property("invalid")}


def test_the_form_marks_the_field_the_command_refuses(qtbot, desk: MainWindow, lang: str) -> None:
    screen = open_reception(qtbot, desk)
    form = screen.form
    type_into(qtbot, form.phone, "010-CALL")  # a wrong value shows at once
    type_into(qtbot, form.term, "x" * 81)
    refused = {field_of(p): p for p in form.command().problems()}
    assert marked(screen) == {
        "phone": text_of(refused[Field.PHONE.code]),
        "term": text_of(refused[Field.TERM.code]),
    }
    assert (
        marked(screen)["phone"]
        == {
            "en": "Phone '010-CALL' may only hold digits, spaces, +, - and brackets.",
            "ko": "전화번호 '010-CALL'에는 숫자, 공백, +, -, 괄호만 쓸 수 있습니다.",
        }[lang]
    )
    assert "80" in marked(screen)["term"]  # the command's limit, not one of the form's own
    form.phone.clear()
    assert "phone" not in marked(screen)
    click(qtbot, form.submit_button)  # now the blank required fields turn red as well
    assert set(marked(screen)) == {"customer", "car_number", "mechanic", "fare", "term"}
    # Every field the command refuses is marked with the command's own sentence, and nothing else.
    assert marked(screen) == {
        key: text_of(problem) for key, problem in form.problems().items()
    } and form.field_errors() == marked(screen)


def test_a_field_refused_by_the_shop_is_marked_too(qtbot, desk: MainWindow, lang: str) -> None:
    form = open_reception(qtbot, desk).form
    form._refused(InvalidInput("common.too_long", field=Field.CAR_ID, max_len=40))
    assert form.car_id.property("invalid")
    assert form.errors["car_id"].text() == form.outcome.body.text() != ""
    assert in_language(form.errors["car_id"].text(), lang)


def test_the_form_has_no_limit_of_its_own() -> None:
    """The man-days spin box stops where the command does; the form's fields get no max length of their own."""
    from domain.reception.commands import MAX_MAN_DAY_PER_REPAIR

    source = (ROOT / "ui" / "screens" / "request_form.py").read_text(encoding="utf-8")
    assert "MAX_MAN_DAY_PER_REPAIR" in source and not re.search(r"len\(|re\.compile|setMaxLength|\b365\b", source)
    assert MAX_MAN_DAY_PER_REPAIR == 365


# -- stored reasons on the board and the bay -------------------------------------------------
@pytest.fixture
def man_days_short(monkeypatch) -> Message:
    """The mechanic's rejection (its code is the mechanic context's; a stand-in with the same shape here)."""
    stand_in = Text(
        en="{name} has only {left} man-day(s) left and this repair needs {need}.",
        ko="{name} 정비사의 남은 공수는 {left}일인데 이 수리에는 {need}일이 필요합니다.",
    )
    merged = {**texts.catalogue(), "mechanic.test_man_days_short": stand_in}
    monkeypatch.setattr(texts, "catalogue", lambda: merged)
    return Message("mechanic.test_man_days_short", {"name": "최영호", "left": 1, "need": 3})


def test_the_board_shows_a_rejected_receipts_reason_in_the_screens_language(
    qtbot, lang: str, man_days_short: Message
) -> None:
    english = man_days_short.render("en")
    row = replace(board_row(50, "rejected", event=9000, reason=english), reason_message=man_days_short)
    model = BoardModel(lambda _before, _limit, f: [row] if f.matches(row) else [])
    model.reload()
    tip = model.index(0, BoardModel.STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert (
        tip
        == {
            "en": "Rejected — 최영호 has only 1 man-day(s) left and this repair needs 3.",
            "ko": "거절 — 최영호 정비사의 남은 공수는 1일인데 이 수리에는 3일이 필요합니다.",
        }[lang]
    )
    assert model.index(0, BoardModel.CUSTOMER).data(Qt.ItemDataRole.ToolTipRole) == man_days_short.render(lang)


def test_a_reason_typed_at_the_desk_is_shown_as_typed(qtbot, lang: str) -> None:
    row = board_row(51, "cancelled", event=9001, reason="고객 변심")
    model = BoardModel(lambda _before, _limit, f: [row])
    model.reload()
    assert model.index(0, BoardModel.CUSTOMER).data(Qt.ItemDataRole.ToolTipRole) == "고객 변심"


def test_the_bay_shows_a_cancelled_part_requests_reason_in_the_screens_language(
    qtbot, lang: str, man_days_short: Message
) -> None:
    row = PartRequestRow(7, 3, 5, "OIL-1", "엔진오일", 2, "cancelled", 0, "in English", "2026-11-23T09:00:00+09:00")
    coded = replace(row, id=8, reason_message=man_days_short)
    model = PartRequestsModel(with_job=False)
    model.set_rows([row, coded])
    note = len(model.columns) - 1
    assert model.index(0, note).data() == "in English"  # no code: as stored
    assert model.index(1, note).data() == man_days_short.render(lang)


# -- nothing left of the sentence tables ---------------------------------------------------------
def test_no_sentence_of_the_domain_goes_through_qt_translations() -> None:
    contexts = {c.findtext("name") for c in ET.parse(ROOT / "resources" / "i18n" / "pitlane_ko.ts").getroot()}
    assert "DomainMessage" not in contexts and "DomainLabel" not in contexts
    for path in (ROOT / "ui").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "translate_domain_message" not in source, path
        assert not re.search(r"\b(exc|error|err|e)\.message\b", source), f"{path}: the English sentence of a refusal"


def test_the_korean_translation_is_finished() -> None:
    root = ET.parse(ROOT / "resources" / "i18n" / "pitlane_ko.ts").getroot()
    unfinished = [
        (c.findtext("name"), m.findtext("source"))
        for c in root
        for m in c.findall("message")
        if m.find("translation") is not None and m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []


def test_the_language_is_the_one_the_client_was_started_with(qapp, korean) -> None:
    assert i18n.language() == "ko"
    error = FieldError()
    error.set_error(text_of(InvalidInput("common.required", field=Field.PHONE)))
    assert error.text() == "전화번호 항목을 입력하세요."


def test_a_refusal_at_start_is_explained_in_the_screens_language(qapp, lang: str) -> None:
    from argparse import Namespace

    from domain.errors import DomainError
    from ui.app import start_failure_text

    refusal = DomainError("billing.day_in_future", day="2026-11-25", today="2026-11-24")  # any refusal by code
    text = start_failure_text(refusal, Namespace(database="sqlite:///shop.db"))
    assert refusal.render(lang) in text
