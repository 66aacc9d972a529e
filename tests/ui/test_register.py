"""The register of customers and cars (ui.customers.register): every action, in English and in Korean.

Each test runs twice, the client started with --lang en and with --lang ko; the
sentences it expects are the domain's own, rendered in that language, so a
test fails when a refusal is not shown or not translated.
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

from PySide6.QtCore import Qt

from app.bootstrap import Shop
from app.customers.records import customer_record, vehicle_record
from domain.commands import RegisterCustomer, RegisterVehicle, RequestRepair
from domain.customers.fields import Field
from domain.errors import InvalidInput
from tests.builders import SmallShop
from tests.ui.helpers import TIMEOUT, click, type_into, wait_until_idle
from ui.customers.pickers import RecordPicker
from ui.customers.privacy import PrivacyRequests
from ui.customers.register import RegisterScreen
from ui.domain_text import text_of
from ui.main_window import MainWindow

SHOTS = Path(os.environ.get("PITLANE_SHOTS", "/tmp/pitlane-shots"))


def hangul(text: str) -> bool:
    return any("가" <= ch <= "힣" for ch in text)


def a_customer_with_a_car(shop: Shop, seeded: SmallShop) -> tuple[int, int]:
    """김영희 (010-5555-6666) and her 34나7777 아반떼, seen once at 48,200 km."""
    cid = shop.handle(RegisterCustomer("김영희", "010-5555-6666", "오후에만 통화"))
    vid = shop.handle(RegisterVehicle("34나7777", cid, model="아반때"))
    shop.handle(RequestRepair("김영희", "34나7777", seeded.kim, 1, 20_000, term="엔진오일 교환", mileage=48_200))
    return cid, vid


def open_register(qtbot, win: MainWindow, search: str = "") -> RegisterScreen:
    reception = win.show_screen("reception")
    click(qtbot, reception.register_button)  # type: ignore[attr-defined]
    screen = win.screens["register"]
    assert isinstance(screen, RegisterScreen) and win.stack.currentWidget() is screen
    if search:
        type_into(qtbot, screen.search, search)
        qtbot.waitUntil(lambda: screen.vehicle is not None, timeout=TIMEOUT)
    return screen


def wait_outcome(qtbot, win: MainWindow, screen: RegisterScreen, tone: str) -> None:
    qtbot.waitUntil(lambda: screen.message.tone == tone, timeout=TIMEOUT)
    wait_until_idle(qtbot, win)


def test_the_desk_opens_the_register_by_button_and_ctrl_r_and_esc_goes_back(
    qtbot, desk: MainWindow, shop: Shop, seeded: SmallShop, lang: str
) -> None:
    a_customer_with_a_car(shop, seeded)
    screen = open_register(qtbot, desk, "7777")
    assert screen.vehicle_form.model.text() == "아반때" and screen.customer_form.name.text() == "김영희"
    assert screen.customer_form.phone.text() == "010-5555-6666"
    assert screen.customer_form.note.toPlainText() == "오후에만 통화"
    assert "34나7777" in screen.car_title.text() and "48,200" in screen.car_facts.text()
    assert hangul(screen.back_button.text()) == (lang == "ko")
    qtbot.keyClick(screen.search, Qt.Key.Key_Escape)
    assert desk.stack.currentWidget() is desk.screens["reception"]
    reception = desk.screens["reception"]
    reception.search.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(reception, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert desk.stack.currentWidget() is screen and screen.search.hasFocus()


def test_correct_a_car_and_its_owner(qtbot, desk: MainWindow, shop: Shop, seeded: SmallShop) -> None:
    cid, vid = a_customer_with_a_car(shop, seeded)
    screen = open_register(qtbot, desk, "7777")
    form = screen.vehicle_form
    assert not form.save_button.isEnabled()  # nothing changed yet
    form.model.setText("아반떼")
    form.car_id.setText("kmhd3412bu123456")  # 16 characters: marked at once, nothing to save
    assert form.errors[Field.VIN.code].text() == text_of(
        InvalidInput("customers.vin_length", field=Field.VIN, length=16)
    )
    assert not form.save_button.isEnabled()
    form.car_id.setText("KMHD341CBU123456X".replace("X", "7"))
    form.year.setText("20x9")
    assert form.errors[Field.YEAR.code].isVisibleTo(screen) and not form.save_button.isEnabled()
    form.year.setText("2019")
    form.first_registered.setText("2019-03-15")
    click(qtbot, form.save_button)
    wait_outcome(qtbot, desk, screen, "success")
    car = shop.query(vehicle_record, vid)
    assert (car.model, car.car_id, car.year, car.first_registered) == (
        "아반떼",
        "KMHD341CBU1234567",
        2019,
        "2019-03-15",
    )

    people = screen.customer_form
    people.phone.setText("010-5555")  # not a phone: marked, nothing sent
    assert people.errors[Field.PHONE.code].isVisibleTo(screen) and not people.save_button.isEnabled()
    people.name.setText("김영희B")
    people.phone.setText("010-5555-7777")
    people.note.setPlainText("")
    click(qtbot, people.save_button)
    wait_outcome(qtbot, desk, screen, "success")
    record = shop.query(customer_record, cid)
    assert (record.name, record.phone, record.note) == ("김영희B", "010-5555-7777", "")
    assert screen.customer_form.name.text() == "김영희B"  # read again after saving


def test_record_and_withdraw_consent_with_its_date(qtbot, desk: MainWindow, shop: Shop, seeded: SmallShop) -> None:
    cid, _ = a_customer_with_a_car(shop, seeded)
    screen = open_register(qtbot, desk, "7777")
    not_asked = screen.consent_label.text()
    click(qtbot, screen.consent_button)
    wait_outcome(qtbot, desk, screen, "success")
    record = shop.query(customer_record, cid)
    assert record.consent and record.consent_date is not None
    qtbot.waitUntil(lambda: record.consent_date in screen.consent_label.text(), timeout=TIMEOUT)
    agreed = screen.consent_label.text()
    assert agreed != not_asked
    click(qtbot, screen.consent_button)  # now "Withdraw consent"
    wait_outcome(qtbot, desk, screen, "success")
    record = shop.query(customer_record, cid)
    assert not record.consent and record.consent_date is not None
    qtbot.waitUntil(lambda: screen.consent_label.text() not in (agreed, not_asked), timeout=TIMEOUT)


def test_change_the_number_and_a_bad_number_writes_nothing(
    qtbot, desk: MainWindow, shop: Shop, seeded: SmallShop, monkeypatch
) -> None:
    _, vid = a_customer_with_a_car(shop, seeded)
    screen = open_register(qtbot, desk, "7777")
    answers = iter(["---", "56다 7890"])
    monkeypatch.setattr(RegisterScreen, "ask_new_number", lambda self, current: next(answers))
    click(qtbot, screen.plate_button)
    blank = InvalidInput("customers.car_number_blank", field=Field.NEW_CAR_NUMBER)
    assert screen.message.tone == "error" and screen.message.body.text() == text_of(blank)
    assert shop.query(vehicle_record, vid).car_number == "34나7777"
    click(qtbot, screen.plate_button)
    wait_outcome(qtbot, desk, screen, "success")
    assert shop.query(vehicle_record, vid).car_number == "56다7890"
    qtbot.waitUntil(lambda: screen.vehicle is not None and screen.vehicle.car_number == "56다7890", timeout=TIMEOUT)
    assert "34나7777" in screen.car_facts.text()  # the former number, with the history
    assert [v.term for v in shop.vehicle_history("34나7777")] == ["엔진오일 교환"]


def test_change_the_owner_then_no_owner_known(
    qtbot, desk: MainWindow, shop: Shop, seeded: SmallShop, monkeypatch
) -> None:
    _, vid = a_customer_with_a_car(shop, seeded)
    buyer = shop.handle(RegisterCustomer("박철수", "010-2222-3333"))
    screen = open_register(qtbot, desk, "7777")
    previews: list[str] = []

    def pick_buyer(self, picker: RecordPicker):  # type: ignore[no-untyped-def]
        type_into(qtbot, picker.search, "박철수")
        qtbot.waitUntil(lambda: picker.confirm_button.isEnabled(), timeout=TIMEOUT)
        previews.append(picker.preview.text())
        click(qtbot, picker.confirm_button)
        return picker.chosen_command

    monkeypatch.setattr(RegisterScreen, "run_picker", pick_buyer)
    click(qtbot, screen.owner_button)
    assert "박철수" in previews[0] and "34나7777" in previews[0]
    wait_outcome(qtbot, desk, screen, "success")
    assert shop.query(vehicle_record, vid).owner_id == buyer
    qtbot.waitUntil(lambda: screen.customer_form.name.text() == "박철수", timeout=TIMEOUT)

    def nobody(self, picker: RecordPicker):  # type: ignore[no-untyped-def]
        [no_owner] = picker.extra_buttons  # "no owner known": the picker's second way out
        click(qtbot, no_owner)
        return picker.chosen_command

    monkeypatch.setattr(RegisterScreen, "run_picker", nobody)
    screen.message.clear()
    click(qtbot, screen.owner_button)
    wait_outcome(qtbot, desk, screen, "success")
    assert shop.query(vehicle_record, vid).owner_id is None
    assert not screen.customer_form.isEnabled() and not screen.erase_button.isEnabled()


def test_merge_two_records_of_a_car_after_seeing_what_moves_and_never_into_itself(
    qtbot, desk: MainWindow, shop: Shop, seeded: SmallShop, monkeypatch
) -> None:
    _, keep = a_customer_with_a_car(shop, seeded)
    shop.handle(RequestRepair("김영희", "34너7777", seeded.kim, 1, 20_000, term="타이어 교체"))  # a typing slip
    screen = open_register(qtbot, desk)
    type_into(qtbot, screen.search, "34나7777")
    qtbot.waitUntil(lambda: screen.vehicle is not None and screen.vehicle.vehicle_id == keep, timeout=TIMEOUT)
    seen: dict[str, str] = {}

    def pick(self, picker: RecordPicker):  # type: ignore[no-untyped-def]
        qtbot.waitUntil(lambda: picker.model.rowCount() == 2, timeout=TIMEOUT)  # searched by the last four digits
        rows = [picker.model.row_at(n) for n in range(2)]
        picker.view.selectRow(next(n for n, r in enumerate(rows) if r.vehicle_id == keep))
        qtbot.waitUntil(lambda: picker.problem.text() != "", timeout=TIMEOUT)
        seen["itself"] = picker.problem.text()
        assert not picker.confirm_button.isEnabled()
        picker.view.selectRow(next(n for n, r in enumerate(rows) if r.vehicle_id != keep))
        qtbot.waitUntil(lambda: picker.confirm_button.isEnabled(), timeout=TIMEOUT)
        seen["preview"] = picker.preview.text()
        click(qtbot, picker.confirm_button)
        return picker.chosen_command

    monkeypatch.setattr(RegisterScreen, "run_picker", pick)
    click(qtbot, screen.merge_vehicle_button)
    assert seen["itself"] == text_of(InvalidInput("customers.merge_into_itself", field=Field.MERGE_ID))
    assert "34너7777" in seen["preview"] and "34나7777" in seen["preview"]
    wait_outcome(qtbot, desk, screen, "success")
    assert [v.term for v in shop.vehicle_history("34나7777")] == ["타이어 교체", "엔진오일 교환"]
    assert len(shop.find_vehicles("7777")) == 1


def test_merge_two_records_of_a_customer(qtbot, desk: MainWindow, shop: Shop, seeded: SmallShop, monkeypatch) -> None:
    keep, _ = a_customer_with_a_car(shop, seeded)
    twin = shop.handle(RegisterCustomer("김영희", "010-9999-0000"))
    shop.handle(RegisterVehicle("12가3456", twin))
    screen = open_register(qtbot, desk, "34나7777")
    seen: list[str] = []

    def pick(self, picker: RecordPicker):  # type: ignore[no-untyped-def]
        qtbot.waitUntil(lambda: picker.model.rowCount() == 2, timeout=TIMEOUT)  # both 김영희
        picker.view.selectRow(next(n for n in range(2) if picker.model.row_at(n).customer_id == twin))
        qtbot.waitUntil(lambda: picker.confirm_button.isEnabled(), timeout=TIMEOUT)
        seen.append(picker.preview.text())
        click(qtbot, picker.confirm_button)
        return picker.chosen_command

    monkeypatch.setattr(RegisterScreen, "run_picker", pick)
    click(qtbot, screen.merge_customer_button)
    assert f"{twin}" in seen[0] and f"{keep}" in seen[0]
    wait_outcome(qtbot, desk, screen, "success")
    assert shop.query(customer_record, twin).merged_into == keep
    assert {c.car_number for c in shop.query(customer_record, keep).cars} == {"34나7777", "12가3456"}


def test_export_everything_about_a_customer_as_json_and_csv(
    qtbot, desk: MainWindow, shop: Shop, seeded: SmallShop, monkeypatch, tmp_path: Path
) -> None:
    cid, _ = a_customer_with_a_car(shop, seeded)
    screen = open_register(qtbot, desk, "7777")
    target = {"path": tmp_path / "kim.json", "fmt": "json"}
    monkeypatch.setattr(
        PrivacyRequests, "ask_export_path", lambda self, suggested: (str(target["path"]), target["fmt"])
    )
    click(qtbot, screen.export_button)
    wait_outcome(qtbot, desk, screen, "success")
    data = json.loads((tmp_path / "kim.json").read_text(encoding="utf-8"))
    assert data["customer"]["id"] == cid and data["customer"]["name"] == "김영희"
    assert [r["car_number"] for r in data["receipts"]] == ["34나7777"]
    assert (tmp_path / "kim.json").stat().st_mode & 0o077 == 0  # the owner's only
    target.update(path=tmp_path / "kim.csv", fmt="csv")
    screen.message.clear()
    click(qtbot, screen.export_button)
    wait_outcome(qtbot, desk, screen, "success")
    rows = list(csv.reader((tmp_path / "kim.csv").open(encoding="utf-8")))
    assert rows[0] == ["section", "record", "field", "value"] and ["customer", str(cid), "name", "김영희"] in rows
    target.update(path=tmp_path / "missing" / "kim.csv")  # a folder that does not exist: said, not a traceback
    screen.message.clear()
    click(qtbot, screen.export_button)
    wait_outcome(qtbot, desk, screen, "error")
    assert "kim.csv" not in screen.message.title.text()


def test_erase_on_request_says_what_is_kept_and_why(
    qtbot, desk: MainWindow, shop: Shop, seeded: SmallShop, monkeypatch, lang: str
) -> None:
    cid, vid = a_customer_with_a_car(shop, seeded)
    screen = open_register(qtbot, desk, "7777")
    asked: list[str] = []
    answers = iter([False, True])

    def confirm(self, text: str) -> bool:  # type: ignore[no-untyped-def]
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(PrivacyRequests, "confirm_erase", confirm)
    click(qtbot, screen.erase_button)  # the desk changed its mind: nothing erased
    assert shop.query(customer_record, cid).name == "김영희"
    question = asked[0]
    assert "김영희" in question and "§85" in question and "§134" in question and hangul(question.replace("김영희", ""))
    if lang == "ko":
        assert "5년" in question and "1년" in question
    else:
        assert "5 years" in question and "1 year" in question
    click(qtbot, screen.erase_button)
    wait_outcome(qtbot, desk, screen, "success")
    record = shop.query(customer_record, cid)
    assert record.anonymised and (record.name, record.phone, record.note) == ("", "", "")
    assert shop.query(vehicle_record, vid).owner_id == cid  # the car stays, and points at the record
    qtbot.waitUntil(lambda: screen.customer is not None and screen.customer.anonymised, timeout=TIMEOUT)
    assert not screen.erase_button.isEnabled() and not screen.customer_form.isEnabled()
    assert text_of_erased_in(screen.owner_title.text())


def text_of_erased_in(text: str) -> bool:
    from ui.customers.register import text_of_erased

    return text_of_erased() in text


def test_a_refusal_from_the_shop_is_a_sentence_and_writes_nothing(
    qtbot, desk: MainWindow, shop: Shop, seeded: SmallShop, monkeypatch
) -> None:
    _, vid = a_customer_with_a_car(shop, seeded)
    shop.handle(RegisterVehicle("56다7890"))
    screen = open_register(qtbot, desk, "7777")
    monkeypatch.setattr(RegisterScreen, "ask_new_number", lambda self, current: "56다 7890")  # another car's number
    click(qtbot, screen.plate_button)
    wait_outcome(qtbot, desk, screen, "error")
    held = shop.find_vehicles("56다7890")[0].vehicle_id
    assert "Traceback" not in screen.message.text()
    assert str(held) in screen.message.body.text()
    assert shop.query(vehicle_record, vid).car_number == "34나7777"


def test_the_register_fits_1024_by_768_and_1920_by_1080(
    qtbot, desk: MainWindow, shop: Shop, seeded: SmallShop, lang: str
) -> None:
    from tests.ui.test_screen_sizes import _describe, _outside, _visible_controls

    a_customer_with_a_car(shop, seeded)
    screen = open_register(qtbot, desk, "7777")
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width, height in ((1024, 768), (1920, 1080)):
        desk.resize(width, height)
        qtbot.waitUntil(lambda w=width: desk.width() == w, timeout=TIMEOUT)
        wait_until_idle(qtbot, desk)
        problems = [f"{_describe(w)}: {why}" for w in _visible_controls(screen) if (why := _outside(desk, w))]
        assert not problems, f"{width}×{height}: {problems}"
        desk.grab().save(str(SHOTS / f"register-{lang}-{width}x{height}.png"))


def test_the_desk_flags_a_car_number_of_only_punctuation_or_spaces_as_it_is_typed(
    qtbot, desk: MainWindow, shop: Shop, seeded: SmallShop
) -> None:
    from ui.screens.reception import ReceptionScreen

    screen = desk.show_screen("reception")
    assert isinstance(screen, ReceptionScreen)
    form = screen.form
    assert not form.errors["car_number"].isVisibleTo(form)  # an untouched field waits for the submit
    type_into(qtbot, form.car_number, "-·-")
    punctuation = InvalidInput("customers.car_number_blank", field=Field.CAR_NUMBER)
    assert form.errors["car_number"].isVisibleTo(form) and form.errors["car_number"].text() == text_of(punctuation)
    form.car_number.setText("   ")
    assert form.errors["car_number"].isVisibleTo(form)  # typed blank: said at once too
    form.car_number.setText("12가3456!")
    wrong = InvalidInput("customers.car_number_characters", field=Field.CAR_NUMBER)
    assert form.errors["car_number"].text() == text_of(wrong)
    form.car_number.setText("12가 3456")
    assert not form.errors["car_number"].isVisibleTo(form)
    form.car_number.setText("-")
    click(qtbot, form.submit_button)
    assert form.runner.pending_writes == 0 and shop.status_board() == []  # nothing was sent


def test_render_the_merge_picker_and_the_erase_question(
    qtbot, desk: MainWindow, shop: Shop, seeded: SmallShop, monkeypatch, lang: str
) -> None:
    from PySide6.QtWidgets import QMessageBox

    a_customer_with_a_car(shop, seeded)
    shop.handle(RegisterVehicle("34너7777", model="아반떼"))
    screen = open_register(qtbot, desk, "34나7777")
    SHOTS.mkdir(parents=True, exist_ok=True)

    def look(self, picker: RecordPicker):  # type: ignore[no-untyped-def]
        qtbot.addWidget(picker)
        picker.show()
        qtbot.waitUntil(lambda: picker.model.rowCount() == 2, timeout=TIMEOUT)
        picker.view.selectRow(next(n for n in range(2) if picker.model.row_at(n).car_number == "34너7777"))
        qtbot.waitUntil(lambda: picker.confirm_button.isEnabled(), timeout=TIMEOUT)
        picker.grab().save(str(SHOTS / f"register-merge-{lang}.png"))
        picker.reject()
        return picker.chosen_command

    monkeypatch.setattr(RegisterScreen, "run_picker", look)
    click(qtbot, screen.merge_vehicle_button)
    assert screen.message.tone == ""  # cancelled: nothing sent, nothing said

    shown: list[str] = []

    def look_at_question(self, text: str) -> bool:  # type: ignore[no-untyped-def]
        box = QMessageBox(QMessageBox.Icon.Warning, "", text, parent=desk)
        qtbot.addWidget(box)
        box.show()
        box.grab().save(str(SHOTS / f"register-erase-{lang}.png"))
        shown.append(box.text())
        box.close()
        return False

    monkeypatch.setattr(PrivacyRequests, "confirm_erase", look_at_question)
    click(qtbot, screen.erase_button)
    assert shown and shop.find_vehicles("34나7777")[0].customer_name == "김영희"
