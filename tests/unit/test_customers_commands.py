"""The customers context's commands, sentences, search and history rows."""

from __future__ import annotations

import dataclasses
import string
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import domain.commands as published_commands
import domain.events as published_events
from domain import texts
from domain.customers import commands as cmd
from domain.customers.events import EVENTS
from domain.customers.fields import Field
from domain.customers.history import Visit, VisitPart, newest_first
from domain.customers.search import VehicleMatch, VehicleSearch
from domain.customers.texts import TEXTS
from domain.errors import Conflict, DomainError, InvalidInput, NotFound
from domain.texts import Message

VALID: dict[type, Any] = {
    cmd.RegisterCustomer: cmd.RegisterCustomer("홍길동", "01012345678", "단골"),
    cmd.RegisterVehicle: cmd.RegisterVehicle("12가3456", 7, "KMHD341CBFU123456", "아반떼", 2021, "2021-05-03"),
    cmd.UpdateCustomer: cmd.UpdateCustomer(7, name="홍길동", phone="021234567"),
    cmd.UpdateVehicle: cmd.UpdateVehicle(3, model="아반떼 CN7", year=2022),
    cmd.MergeCustomers: cmd.MergeCustomers(7, 8),
    cmd.MergeVehicles: cmd.MergeVehicles(3, 4),
    cmd.EraseCustomer: cmd.EraseCustomer(7),
    cmd.RecordConsent: cmd.RecordConsent(7, True),
    cmd.ChangeVehicleOwner: cmd.ChangeVehicleOwner(3, 9),
    cmd.ChangeCarNumber: cmd.ChangeCarNumber(3, "123가4567"),
    cmd.RecordMileage: cmd.RecordMileage(3, 48_200),
}


def test_every_command_of_the_context_is_covered_and_published() -> None:
    assert set(VALID) == set(cmd.COMMANDS)
    for command in cmd.COMMANDS:
        assert getattr(published_commands, command.__name__) is command
        assert command.__name__ in published_commands.__all__


def test_every_event_of_the_context_is_published_and_registered() -> None:
    for event in EVENTS:
        assert published_events.EVENT_TYPES[event.__name__] is event
        assert getattr(published_events, event.__name__) is event
        assert event.context == "customers"


@pytest.mark.parametrize("command", VALID.values(), ids=lambda c: type(c).__name__)
def test_valid_commands_pass_unchanged_and_are_frozen(command: Any) -> None:
    assert command.validated() == command
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(command, dataclasses.fields(command)[0].name, None)


def test_the_published_signatures_hold() -> None:
    assert cmd.RegisterCustomer("홍길동") == cmd.RegisterCustomer(name="홍길동", phone="", note="")
    assert cmd.RegisterVehicle("12가3456") == cmd.RegisterVehicle(
        car_number="12가3456", customer_id=None, car_id="", model="", year=None
    )


def test_commands_normalise_what_was_typed() -> None:
    customer = cmd.RegisterCustomer(" 홍  길동 ", "010-1234-5678")
    assert customer.validated() == cmd.RegisterCustomer("홍 길동", "01012345678")
    car = cmd.RegisterVehicle("서울 12가-3456", car_id="kmhd341cbfu123456", first_registered="20210503")
    assert car.validated() == cmd.RegisterVehicle(
        "서울12가3456", car_id="KMHD341CBFU123456", first_registered="2021-05-03"
    )
    assert cmd.ChangeCarNumber(3, "123 가 4567").validated() == cmd.ChangeCarNumber(3, "123가4567")
    assert cmd.UpdateCustomer(7, phone="").validated() == cmd.UpdateCustomer(7, phone="")


def test_update_vehicle_keeps_none_and_clears_with_zero_or_empty() -> None:
    assert cmd.UpdateVehicle(3).validated() == cmd.UpdateVehicle(3)
    cleared = cmd.UpdateVehicle(3, car_id="", model="", year=0, first_registered="").validated()
    assert (cleared.car_id, cleared.model, cleared.year, cleared.first_registered) == ("", "", 0, "")


# (command, field name, bad value, refusal code, the field it names)
REFUSALS: list[tuple[type, str, Any, str, Message]] = [
    (cmd.RegisterCustomer, "name", "  ", "customers.required", Field.NAME),
    (cmd.RegisterCustomer, "name", None, "customers.required", Field.NAME),
    (cmd.RegisterCustomer, "name", 12, "customers.not_text", Field.NAME),
    (cmd.RegisterCustomer, "name", "가" * 81, "customers.too_long", Field.NAME),
    (cmd.RegisterCustomer, "name", "홍길동\x07", "customers.control_character", Field.NAME),
    (cmd.RegisterCustomer, "phone", "010-9876", "customers.phone_pattern", Field.PHONE),
    (cmd.RegisterCustomer, "phone", "tel. 010", "customers.phone_characters", Field.PHONE),
    (cmd.RegisterCustomer, "note", "x" * 2001, "customers.too_long", Field.NOTE),
    (cmd.RegisterVehicle, "car_number", "", "customers.car_number_blank", Field.CAR_NUMBER),
    (cmd.RegisterVehicle, "car_number", "...", "customers.car_number_blank", Field.CAR_NUMBER),
    (cmd.RegisterVehicle, "car_number", "12가/3456", "customers.car_number_characters", Field.CAR_NUMBER),
    (cmd.RegisterVehicle, "customer_id", 0, "customers.record_id", Field.CUSTOMER_ID),
    (cmd.RegisterVehicle, "car_id", "KMHD341CBFU12345", "customers.vin_length", Field.VIN),
    (cmd.RegisterVehicle, "car_id", "KMHD341CBFU12345O", "customers.vin_characters", Field.VIN),
    (cmd.RegisterVehicle, "model", "가" * 81, "customers.too_long", Field.MODEL),
    (cmd.RegisterVehicle, "year", 1899, "customers.year_range", Field.YEAR),
    (cmd.RegisterVehicle, "year", "2021", "customers.whole_number", Field.YEAR),
    (cmd.RegisterVehicle, "first_registered", "2021/05/03", "customers.date_format", Field.FIRST_REGISTERED),
    (cmd.RegisterVehicle, "first_registered", "1850-01-01", "customers.date_format", Field.FIRST_REGISTERED),
    (cmd.UpdateCustomer, "customer_id", -1, "customers.record_id", Field.CUSTOMER_ID),
    (cmd.UpdateCustomer, "name", "", "customers.required", Field.NAME),
    (cmd.UpdateVehicle, "vehicle_id", True, "customers.record_id", Field.VEHICLE_ID),
    (cmd.UpdateVehicle, "year", 3000, "customers.year_range", Field.YEAR),
    (cmd.UpdateVehicle, "year", False, "customers.whole_number", Field.YEAR),
    (cmd.MergeCustomers, "merge_id", 7, "customers.merge_into_itself", Field.MERGE_ID),
    (cmd.MergeCustomers, "keep_id", "7", "customers.record_id", Field.KEEP_ID),
    (cmd.MergeVehicles, "merge_id", 3, "customers.merge_into_itself", Field.MERGE_ID),
    (cmd.MergeVehicles, "merge_id", 2**31, "customers.record_id", Field.MERGE_ID),
    (cmd.EraseCustomer, "customer_id", None, "customers.record_id", Field.CUSTOMER_ID),
    (cmd.RecordConsent, "consent", "yes", "customers.not_bool", Field.CONSENT),
    (cmd.RecordConsent, "consent", 1, "customers.not_bool", Field.CONSENT),
    (cmd.ChangeVehicleOwner, "customer_id", 1.0, "customers.record_id", Field.CUSTOMER_ID),
    (cmd.ChangeCarNumber, "car_number", " - ", "customers.car_number_blank", Field.NEW_CAR_NUMBER),
    (cmd.RecordMileage, "mileage", -1, "customers.mileage_range", Field.MILEAGE),
    (cmd.RecordMileage, "mileage", 2_000_001, "customers.mileage_range", Field.MILEAGE),
    (cmd.RecordMileage, "mileage", None, "customers.whole_number", Field.MILEAGE),
    (cmd.RecordMileage, "odometer_replaced", "no", "customers.not_bool", Field.ODOMETER_REPLACED),
]


@pytest.mark.parametrize(("cls", "name", "value", "code", "field"), REFUSALS, ids=lambda v: str(v)[:30])
def test_each_refusal_has_a_code_names_its_field_and_reads_in_both_languages(
    cls: type, name: str, value: Any, code: str, field: Message
) -> None:
    with pytest.raises(InvalidInput) as exc:
        replace(VALID[cls], **{name: value}).validated()
    err = exc.value
    assert err.code == code
    assert err.params["field"] == field
    english, korean = err.render("en"), err.render("ko")
    assert english == str(err) and not english.startswith("[")
    if "{field}" in TEXTS[code].en:
        assert field.render("en") in english
        assert field.render("ko") in korean
    latin = korean.replace(field.render("ko"), "")
    for token in ("A–Z", "I, O, Q", "YYYY-MM-DD", "km"):  # the only Latin a Korean sentence needs
        latin = latin.replace(token, "")
    assert not any(ch.isascii() and ch.isalpha() for ch in latin), korean


def test_the_refusals_the_handlers_raise() -> None:
    taken = cmd.car_number_taken(12)
    assert isinstance(taken, Conflict) and taken.code == "customers.car_number_taken"
    assert str(taken) == (
        "This car number is already registered to vehicle record 12: open that record, or merge the two."
    )
    assert "12번" in taken.render("ko")
    assert taken.params["field"] == Field.CAR_NUMBER
    assert cmd.car_number_taken(12, Field.NEW_CAR_NUMBER).params["field"] == Field.NEW_CAR_NUMBER
    unknown = cmd.unknown_customer(99)
    assert isinstance(unknown, NotFound) and unknown.code == "customers.unknown_customer"
    assert str(unknown) == "There is no customer record 99."
    assert unknown.render("ko") == "고객 관리번호 99번 고객이 없습니다."
    assert cmd.unknown_vehicle(5).render("ko") == "차량 관리번호 5번 차량이 없습니다."


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_every_sentence_is_written_in_both_languages_with_the_same_placeholders(code: str) -> None:
    text = TEXTS[code]
    assert code.startswith("customers.")
    assert text.en.strip() and text.ko.strip()
    assert _placeholders(text.en) == _placeholders(text.ko)
    assert any("가" <= ch <= "힣" for ch in text.ko), "the Korean is Korean"


def test_the_context_is_in_the_catalogue_and_every_code_it_raises_has_a_sentence() -> None:
    catalogue = texts.catalogue()
    assert set(TEXTS) <= set(catalogue)
    raised = {code for _, _, _, code, _ in REFUSALS} | {
        "customers.car_number_length",
        "customers.car_number_taken",
        "customers.unknown_customer",
        "customers.unknown_vehicle",
        "customers.customer_erased",
        "customers.customer_merged",
        "customers.vehicle_merged",
        "customers.mileage_below_last",
        "customers.mileage_above_later",
    }
    assert raised <= set(catalogue)
    assert {f.code for f in vars(Field).values() if isinstance(f, Message)} <= set(catalogue)


def test_refusals_never_carry_what_was_typed() -> None:
    for cls, name, value, _code, _field in REFUSALS:
        if not isinstance(value, str) or len(value) < 4:
            continue
        with pytest.raises(DomainError) as exc:
            replace(VALID[cls], **{name: value}).validated()
        assert value not in exc.value.params.values()
        assert value.strip() not in exc.value.render("en")


# --- search -------------------------------------------------------------------


def test_four_digits_search_plates_by_their_key_and_phones_by_their_digits() -> None:
    s = VehicleSearch.of(" 3456 ")
    assert (s.car_number, s.digits, s.key, s.vin) == ("3456", "3456", "3456", "3456")
    assert s.matches("12가3456")
    assert s.matches("34나0000", phone="01012343456")
    assert not s.matches("34나0000", phone="01012340000")


@pytest.mark.parametrize(
    ("text", "car_number", "digits", "name", "vin"),
    [
        ("12가 3456", "12가3456", "", "12가 3456", ""),
        ("12가-34", "12가34", "", "12가-34", ""),
        ("010-1234", "0101234", "0101234", "010-1234", ""),
        ("(02) 123", "", "02123", "(02) 123", ""),
        ("홍 길동", "홍길동", "", "홍 길동", ""),
        ("kmhd341", "KMHD341", "", "kmhd341", "KMHD341"),
        ("O'Brien", "", "", "o'brien", ""),
    ],
)
def test_search_text_becomes_one_needle_per_column(
    text: str, car_number: str, digits: str, name: str, vin: str
) -> None:
    s = VehicleSearch.of(text)
    assert (s.car_number, s.digits, s.name, s.vin) == (car_number, digits, name, vin)
    assert s.key == ""


def test_search_matches_name_vin_and_former_numbers() -> None:
    assert VehicleSearch.of("길동").matches("12가3456", name="홍 길동")
    assert VehicleSearch.of("홍길동").matches("12가3456", name="홍길동")
    assert VehicleSearch.of("fu1234").matches("12가3456", vin="KMHD341CBFU123456")
    assert VehicleSearch.of("서울12가").matches("123가4567", former_numbers=["서울12가3456"])
    assert not VehicleSearch.of("김").matches("12가3456", name="홍길동", phone="01012345678")


def test_blank_search_is_blank_and_matches_everything() -> None:
    for text in ("", "   ", None, 12):
        s = VehicleSearch.of(text)
        assert s.blank and s.matches("12가3456")


@given(st.text("0123456789가나다서울 -", min_size=2, max_size=12))
def test_any_part_of_a_plate_finds_it(plate_text: str) -> None:
    try:
        plate = cmd.RegisterVehicle(plate_text).validated().car_number
    except InvalidInput:
        return
    for start in range(len(plate)):
        for end in range(start + 1, len(plate) + 1):
            assert VehicleSearch.of(plate[start:end]).matches(plate)


def test_a_match_row_has_the_published_fields() -> None:
    names = [f.name for f in dataclasses.fields(VehicleMatch)]
    assert names[:6] == ["vehicle_id", "car_number", "model", "customer_name", "customer_phone", "last_visit"]


# --- history ------------------------------------------------------------------


def test_a_visit_has_the_published_fields_and_its_parts_their_amount() -> None:
    names = [f.name for f in dataclasses.fields(Visit)]
    assert names[:8] == [
        "receipt_id",
        "request_date",
        "mileage",
        "term",
        "mechanic_name",
        "job_status",
        "invoice_no",
        "total_price",
    ]
    assert {"parts", "work"} <= set(names)
    assert VisitPart("OIL-1", "엔진오일", 2, 48_000).amount == 96_000


def test_history_is_newest_first_and_a_later_receipt_first_on_a_day() -> None:
    def visit(receipt_id: int, day: str) -> Visit:
        return Visit(receipt_id, day, None, "", "김민수", "finished", None, None)

    visits = [visit(1, "2025-03-02"), visit(5, "2026-01-20"), visit(3, "2026-01-20"), visit(2, "2025-09-14")]
    assert [v.receipt_id for v in newest_first(visits)] == [5, 3, 2, 1]
