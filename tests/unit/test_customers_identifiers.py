"""Car numbers, VINs, phones and mileage: one rule each, normalising twice changes nothing."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.customers.fields import Field
from domain.customers.identifiers import (
    AREA_CODES,
    MILEAGE_MAX,
    REGIONS,
    PlateKind,
    PlateUse,
    car_number_key,
    car_number_shape,
    format_phone,
    normalise_car_number,
    normalise_phone,
    normalise_vin,
    optional_mileage,
    phone_digits,
    require_mileage,
)
from domain.errors import InvalidInput
from domain.texts import Message

# --- car numbers --------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored", "kind", "use"),
    [
        ("12가3456", "12가3456", PlateKind.NATIONAL, PlateUse.PRIVATE),
        ("12 가 3456", "12가3456", PlateKind.NATIONAL, PlateUse.PRIVATE),
        ("12가-3456", "12가3456", PlateKind.NATIONAL, PlateUse.PRIVATE),
        ("  123가 4567 ", "123가4567", PlateKind.NATIONAL, PlateUse.PRIVATE),
        ("１２가３４５６", "12가3456", PlateKind.NATIONAL, PlateUse.PRIVATE),  # full-width digits
        ("12\u3000가\u00a03456", "12가3456", PlateKind.NATIONAL, PlateUse.PRIVATE),  # ideographic, no-break space
        ("12가–3456", "12가3456", PlateKind.NATIONAL, PlateUse.PRIVATE),  # en dash from a word processor
        ("서울12가3456", "서울12가3456", PlateKind.REGIONAL, PlateUse.PRIVATE),
        ("서울 12 가 3456", "서울12가3456", PlateKind.REGIONAL, PlateUse.PRIVATE),
        ("서울3가1234", "서울3가1234", PlateKind.REGIONAL, PlateUse.PRIVATE),
        ("경기 98 자 1234", "경기98자1234", PlateKind.REGIONAL, PlateUse.COMMERCIAL),  # truck
        ("서울31사1234", "서울31사1234", PlateKind.REGIONAL, PlateUse.COMMERCIAL),  # taxi
        ("부산70바1234", "부산70바1234", PlateKind.REGIONAL, PlateUse.COMMERCIAL),  # bus
        ("80배1234", "80배1234", PlateKind.NATIONAL, PlateUse.DELIVERY),
        ("12허3456", "12허3456", PlateKind.NATIONAL, PlateUse.RENTAL),
        ("123하4567", "123하4567", PlateKind.NATIONAL, PlateUse.RENTAL),
        ("55호5555", "55호5555", PlateKind.NATIONAL, PlateUse.RENTAL),
        ("서울 강남 가 1234", "서울강남가1234", PlateKind.OTHER, PlateUse.UNKNOWN),  # motorcycle
        ("외교 123-456", "외교123456", PlateKind.OTHER, PlateUse.UNKNOWN),  # diplomatic
        ("임시 123-4567", "임시1234567", PlateKind.OTHER, PlateUse.UNKNOWN),  # temporary
        ("b-mw 1234", "BMW1234", PlateKind.OTHER, PlateUse.UNKNOWN),  # a foreign plate
        ("AB", "AB", PlateKind.OTHER, PlateUse.UNKNOWN),
    ],
)
def test_car_numbers_are_stored_without_spaces_or_hyphens(typed: str, stored: str, kind: str, use: str) -> None:
    assert normalise_car_number(typed) == stored
    shape = car_number_shape(stored)
    assert shape.kind == kind
    assert shape.use == use


def test_a_regional_plate_knows_its_region() -> None:
    assert car_number_shape("대전12가3456").region == "대전"
    assert car_number_shape("12가3456").region == ""


def test_hangul_typed_in_decomposed_jamo_is_composed() -> None:
    # macOS and some keyboards hand over 가 as ᄀ + ᅡ
    assert normalise_car_number("12\u1100\u11613456") == "12가3456"


@pytest.mark.parametrize("typed", ["", "   ", "\t", "---", "- -", "?", "...", "()", None])
def test_a_blank_or_punctuation_only_car_number_is_refused(typed: object) -> None:
    with pytest.raises(InvalidInput) as exc:
        normalise_car_number(typed)
    assert exc.value.code == "customers.car_number_blank"
    assert exc.value.params["field"] == Field.CAR_NUMBER


@pytest.mark.parametrize("typed", ["12가#3456", "12가3456 (흰색)", "12가3456!", "12_가3456", "12가3456\x00", "ㄱ123"])
def test_a_car_number_with_other_characters_is_refused_not_guessed(typed: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        normalise_car_number(typed)
    assert exc.value.code == "customers.car_number_characters"


@pytest.mark.parametrize("typed", ["1", "가", "12345678901가3", "1 2 3 4 5 6 7 8 9 0 1 2 3", "1" + " " * 60 + "2"])
def test_a_car_number_outside_two_to_twelve_characters_is_refused(typed: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        normalise_car_number(typed)
    assert exc.value.code == "customers.car_number_length"
    assert exc.value.params == {"field": Field.CAR_NUMBER, "minimum": 2, "maximum": 12}


def test_the_refusal_names_the_field_it_was_asked_for() -> None:
    new_number = Message("customers.field.new_car_number")
    with pytest.raises(InvalidInput) as exc:
        normalise_car_number("", field=new_number)
    assert exc.value.params["field"] == new_number
    assert exc.value.render("ko").startswith("새 차량번호 항목을")


def test_a_car_number_that_is_not_text_is_refused() -> None:
    with pytest.raises(InvalidInput) as exc:
        normalise_car_number(123)
    assert exc.value.code == "customers.not_text"


def test_refusals_never_quote_the_car_number() -> None:
    with pytest.raises(InvalidInput) as exc:
        normalise_car_number("12가#3456")
    for lang in ("en", "ko"):
        assert "3456" not in exc.value.render(lang)


@pytest.mark.parametrize(
    ("number", "key"),
    [("12가3456", "3456"), ("123가4567", "4567"), ("서울12가0001", "0001"), ("외교123456", "3456"), ("AB12", "12")],
)
def test_the_search_key_is_the_last_four_digits(number: str, key: str) -> None:
    assert car_number_key(number) == key


digit = st.sampled_from("0123456789")
letters = st.sampled_from("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주바사아자배하허호")


@st.composite
def plates(draw: st.DrawFn) -> str:
    """A real-shaped Korean car number, national or regional."""
    serial = "".join(draw(st.lists(digit, min_size=4, max_size=4)))
    letter = draw(letters)
    if draw(st.booleans()):
        return "".join(draw(st.lists(digit, min_size=2, max_size=3))) + letter + serial
    return draw(st.sampled_from(REGIONS)) + "".join(draw(st.lists(digit, min_size=1, max_size=2))) + letter + serial


@st.composite
def typed_plates(draw: st.DrawFn) -> tuple[str, str]:
    """(a plate, the plate as typed with random spaces and hyphens between its characters)."""
    plate = draw(plates())
    gap = st.sampled_from(["", "", " ", "-", " - ", "\u3000"])
    gaps = draw(st.lists(gap, min_size=len(plate), max_size=len(plate)))
    return plate, "".join(g + ch for g, ch in zip(gaps, plate, strict=True)) + draw(gap)


@given(typed_plates())
def test_any_spacing_of_a_plate_normalises_to_the_plate(case: tuple[str, str]) -> None:
    plate, typed = case
    assert normalise_car_number(typed) == plate
    assert car_number_shape(plate).kind in (PlateKind.NATIONAL, PlateKind.REGIONAL)
    assert car_number_key(plate) == plate[-4:]


@given(st.text(max_size=30))
def test_car_number_normalisation_is_idempotent(text: str) -> None:
    try:
        once = normalise_car_number(text)
    except InvalidInput as exc:
        assert exc.code.startswith("customers.car_number_")
        return
    assert normalise_car_number(once) == once
    assert 2 <= len(once) <= 12
    assert once == once.upper()


# --- VIN ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("KMHD341CBFU123456", "KMHD341CBFU123456"),  # Hyundai
        ("kmhd341cbfu123456", "KMHD341CBFU123456"),
        (" KNA FX4 12BA 1234567 ", "KNAFX412BA1234567"),  # Kia, as copied off a registration
        ("WBA 3A5C5 1CF 256 551", "WBA3A5C51CF256551"),  # BMW, with its check digit
        ("ＫＭＨＤ３４１ＣＢＦＵ１２３４５６", "KMHD341CBFU123456"),  # full-width
        ("", ""),
        ("   ", ""),
        (None, ""),
    ],
)
def test_vins_are_upper_cased_without_spaces(typed: object, stored: str) -> None:
    assert normalise_vin(typed) == stored


@pytest.mark.parametrize("typed", ["KMHD341CBFU12345", "KMHD341CBFU1234567", "1", "KMHD341CBFU123456" * 2])
def test_a_vin_that_is_not_17_characters_is_refused(typed: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        normalise_vin(typed)
    assert exc.value.code == "customers.vin_length"
    assert exc.value.params == {"field": Field.VIN, "length": len(typed)}


@pytest.mark.parametrize(
    "typed", ["KMHD341CBFU12345O", "KMHD341CBFUI23456", "QMHD341CBFU123456", "KMH-D341CBFU12345", "KMHD341CBFU1234é6"]
)
def test_a_vin_outside_the_alphabet_is_refused(typed: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        normalise_vin(typed)
    assert exc.value.code == "customers.vin_characters"
    assert "I, O" in exc.value.render("en")
    assert "I, O, Q" in exc.value.render("ko")


vin_alphabet = st.sampled_from("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


@given(st.lists(vin_alphabet, min_size=17, max_size=17), st.lists(st.sampled_from(["", " "]), min_size=17, max_size=17))
def test_every_vin_of_the_alphabet_is_accepted_however_spaced(chars: list[str], spaces: list[str]) -> None:
    vin = "".join(chars)
    typed = "".join(s + c for s, c in zip(spaces, vin.lower(), strict=True))
    assert normalise_vin(typed) == vin


@given(st.text(max_size=40))
def test_vin_normalisation_is_idempotent(text: str) -> None:
    try:
        once = normalise_vin(text)
    except InvalidInput:
        return
    assert normalise_vin(once) == once
    assert len(once) in (0, 17)


# --- phones -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored", "shown"),
    [
        ("010-1234-5678", "01012345678", "010-1234-5678"),
        ("01012345678", "01012345678", "010-1234-5678"),
        ("010 1234 5678", "01012345678", "010-1234-5678"),
        ("010.1234.5678", "01012345678", "010-1234-5678"),
        ("011-123-4567", "0111234567", "011-123-4567"),
        ("02-123-4567", "021234567", "02-123-4567"),
        ("02-1234-5678", "0212345678", "02-1234-5678"),
        ("(02) 1234-5678", "0212345678", "02-1234-5678"),
        ("051-123-4567", "0511234567", "051-123-4567"),
        ("031-1234-5678", "03112345678", "031-1234-5678"),
        ("064-123-4567", "0641234567", "064-123-4567"),
        ("070-1234-5678", "07012345678", "070-1234-5678"),
        ("080-123-4567", "0801234567", "080-123-4567"),
        ("0505-123-4567", "05051234567", "0505-123-4567"),
        ("0504-1234-5678", "050412345678", "0504-1234-5678"),
        ("1588-1234", "15881234", "1588-1234"),
        ("1644 1234", "16441234", "1644-1234"),
        ("1899-0000", "18990000", "1899-0000"),
        ("+82 10 1234 5678", "01012345678", "010-1234-5678"),
        ("+82-10-1234-5678", "01012345678", "010-1234-5678"),
        ("+82 (0)10 1234 5678", "01012345678", "010-1234-5678"),
        ("+82 2 123 4567", "021234567", "02-123-4567"),
        ("0082 10 1234 5678", "01012345678", "010-1234-5678"),
        ("０１０－１２３４－５６７８", "01012345678", "010-1234-5678"),  # full-width
        ("010‐1234‐5678", "01012345678", "010-1234-5678"),  # Unicode hyphens
        ("+1 202 555 0123", "+12025550123", "+12025550123"),
        ("+44 (0)20 7946 0958", "+442079460958", "+442079460958"),
        ("", "", ""),
        ("  ", "", ""),
        (None, "", ""),
    ],
)
def test_phones_are_stored_as_digits_and_shown_with_hyphens(typed: object, stored: str, shown: str) -> None:
    assert normalise_phone(typed) == stored
    assert format_phone(stored) == shown
    assert format_phone(shown) == shown


@pytest.mark.parametrize(
    "typed", ["010-1234-567x", "010-CALL-ME", "내선 12", "02-123-4567 ext 3", "010#1234", "010+1234"]
)
def test_a_phone_with_letters_or_symbols_is_refused(typed: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        normalise_phone(typed)
    assert exc.value.code in ("customers.phone_characters", "customers.phone_pattern")
    assert exc.value.params["field"] == Field.PHONE


@pytest.mark.parametrize(
    "typed",
    [
        "123",  # too few digits
        "123-4567",  # no area code
        "010-1234-56789",  # too many
        "010-123-45",
        "02-12-3456",
        "02-12345-67890",
        "051-12-3456",
        "059-123-4567",  # not an area code
        "1588-123",
        "1234-5678",  # 12XX is not a nationwide number
        "0000000000",
        "+82 10 1234",
        "+1 23",
        "+1234567890123456",  # more than E.164's 15 digits
        "12345678901234567",
    ],
)
def test_a_phone_that_is_not_a_phone_is_refused(typed: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        normalise_phone(typed)
    assert exc.value.code == "customers.phone_pattern"
    assert "010-1234-5678" in exc.value.render("ko")


def test_phone_refusals_never_quote_the_number() -> None:
    with pytest.raises(InvalidInput) as exc:
        normalise_phone("010-9876-543")
    assert "9876" not in exc.value.render("en")
    assert "9876" not in exc.value.render("ko")


four = st.text("0123456789", min_size=4, max_size=4)
three_or_four = st.text("0123456789", min_size=3, max_size=4)


@st.composite
def korean_phones(draw: st.DrawFn) -> str:
    """A Korean phone number's digits, of any accepted kind."""
    kind = draw(st.sampled_from(["mobile", "seoul", "area", "internet", "nationwide"]))
    if kind == "mobile":
        return "010" + draw(four) + draw(four)
    if kind == "seoul":
        return "02" + draw(three_or_four) + draw(four)
    if kind == "area":
        return draw(st.sampled_from(AREA_CODES)) + draw(three_or_four) + draw(four)
    if kind == "internet":
        return "070" + draw(four) + draw(four)
    return draw(st.sampled_from(["15", "16", "18"])) + draw(st.text("0123456789", min_size=2, max_size=2)) + draw(four)


@given(korean_phones())
def test_a_phone_round_trips_through_its_display_form(digits: str) -> None:
    assert normalise_phone(digits) == digits
    shown = format_phone(digits)
    assert normalise_phone(shown) == digits
    assert phone_digits(shown) == digits
    assert shown.count("-") == (1 if len(digits) == 8 else 2)


@given(korean_phones())
def test_a_phone_written_from_abroad_is_the_same_number(digits: str) -> None:
    if digits.startswith("0"):
        assert normalise_phone("+82 " + digits[1:]) == digits
        assert normalise_phone("+82 (0)" + digits[1:]) == digits


@given(st.text(max_size=30))
def test_phone_normalisation_is_idempotent(text: str) -> None:
    try:
        once = normalise_phone(text)
    except InvalidInput as exc:
        assert exc.code.startswith("customers.")
        return
    assert normalise_phone(once) == once
    assert normalise_phone(format_phone(once)) == once


# --- mileage ------------------------------------------------------------------


@pytest.mark.parametrize("km", [0, 1, 87_654, MILEAGE_MAX])
def test_mileage_from_zero_to_two_million_km_is_accepted(km: int) -> None:
    assert require_mileage(km) == km
    assert optional_mileage(km) == km


def test_no_mileage_is_none() -> None:
    assert optional_mileage(None) is None


@pytest.mark.parametrize("km", [-1, -87_654, MILEAGE_MAX + 1, 10**12])
def test_mileage_out_of_range_is_refused(km: int) -> None:
    with pytest.raises(InvalidInput) as exc:
        require_mileage(km)
    assert exc.value.code == "customers.mileage_range"
    assert exc.value.params == {"field": Field.MILEAGE, "km": km, "maximum": MILEAGE_MAX}
    assert "2,000,000 km" in exc.value.render("en")
    assert "2,000,000km" in exc.value.render("ko")


@pytest.mark.parametrize("km", [True, 12.0, "87654", None, b"1"])
def test_mileage_must_be_a_whole_number(km: object) -> None:
    with pytest.raises(InvalidInput) as exc:
        require_mileage(km)
    assert exc.value.code == "customers.whole_number"
    assert exc.value.params["field"] == Field.MILEAGE
