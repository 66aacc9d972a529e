"""Car numbers, VINs, phone numbers and odometer readings: the one place each is checked and normalised.

Every function here takes what a person typed and returns the stored form, or
raises `InvalidInput` whose `field` names the input. Normalising twice changes
nothing (`normalise_x(normalise_x(t)) == normalise_x(t)`), so any layer may call
them on values that were already checked.

Car numbers (자동차 등록번호). Spaces and hyphens are ignored, full-width
characters are read as their plain forms, Latin letters are upper-cased:
'12 가 3456', '12가-3456' and '１２가３４５６' are all '12가3456'. Recognised shapes:

- national: two or three digits, a Hangul letter, four digits — '12가3456',
  '123가4567' (since 2019);
- regional (before 2006, and commercial plates): a region, one or two digits,
  a Hangul letter, four digits — '서울12가3456', '경기98자1234';

The letter tells the use: 바·사·아·자 commercial (운수사업용), 배 delivery
(택배), 하·허·호 rental (대여사업용), the others private. Anything else —
temporary plates, motorcycles ('서울강남가1234'), diplomatic ('외교123456'),
a foreign car's plate ('B-MW 1234' → 'BMW1234') — is accepted as typed when it
holds only Latin letters, digits and Hangul syllables and is 2 to 12
characters long once spaces and hyphens are gone. A number with no letter or
digit at all ('', '---', '?') is "blank"; one with other characters ('12가#3456',
'12가3456 (흰색)') is refused rather than guessed at.

The usual search at the desk is the last four digits: `car_number_key()`.

Phones. Korean numbers are stored as their digits ('01012345678') and shown
with hyphens ('010-1234-5678'). Accepted: mobile 010 (11 digits) and the
older 011/016–019 (10–11), Seoul 02 (9–10), the other area codes 031…064
(10–11), internet phones 070 (11), free calls 080 (10–11), personal numbers
050X (11–12), and nationwide numbers 15XX/16XX/18XX (8, e.g. 1588-1234). '+82 10 1234 5678', '+82 (0)2 123 4567'
and '0082 10…' are the same numbers written from abroad. A foreign number is
kept as '+' and its 8–15 digits. Digits, spaces, hyphens, dots and brackets
may be typed, and '+' at the start; a letter is refused (so is '내선 12').
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from domain.customers.fields import Field, optional_text
from domain.errors import InvalidInput
from domain.texts import Message

# --- car numbers --------------------------------------------------------------

CAR_NUMBER_MIN, CAR_NUMBER_MAX = 2, 12
#: Long enough for any plate typed with generous spacing; longer is not a car number.
_CAR_NUMBER_TYPED_MAX = 40
_HYPHENS = "-‐‑‒–—―−﹣"
_IGNORED = re.compile(rf"[\s{re.escape(_HYPHENS)}]+")
_PLATE_CHARACTER = re.compile(r"[0-9A-Za-z가-힣]")
#: what a car number may hold once squeezed (Latin letters not yet upper-cased)
CAR_NUMBER_TEXT = re.compile(r"[0-9A-Za-z가-힣]+")

REGIONS = tuple("서울 부산 대구 인천 광주 대전 울산 세종 경기 강원 충북 충남 전북 전남 경북 경남 제주".split())  # noqa: SIM905 (a table, not code)
_NATIONAL = re.compile(r"(\d{2,3})([가-힣])(\d{4})")
_REGIONAL = re.compile(rf"({'|'.join(REGIONS)})(\d{{1,2}})([가-힣])(\d{{4}})")


class PlateKind(StrEnum):
    NATIONAL = "national"  # 12가3456, 123가4567
    REGIONAL = "regional"  # 서울12가3456
    OTHER = "other"  # accepted as typed


class PlateUse(StrEnum):
    PRIVATE = "private"
    COMMERCIAL = "commercial"
    DELIVERY = "delivery"
    RENTAL = "rental"
    UNKNOWN = "unknown"


_USE_BY_LETTER = {
    **dict.fromkeys("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주", PlateUse.PRIVATE),
    **dict.fromkeys("바사아자", PlateUse.COMMERCIAL),
    "배": PlateUse.DELIVERY,
    **dict.fromkeys("하허호", PlateUse.RENTAL),
}


@dataclass(frozen=True)
class CarNumberShape:
    """What a normalised car number says about itself."""

    kind: PlateKind
    region: str = ""
    letter: str = ""

    @property
    def use(self) -> PlateUse:
        return _USE_BY_LETTER.get(self.letter, PlateUse.UNKNOWN)


def normalise_car_number(value: object, field: Message = Field.CAR_NUMBER) -> str:
    """The car number as stored: no spaces or hyphens, Latin letters upper-cased."""
    if value is not None and not isinstance(value, str):
        raise InvalidInput("customers.not_text", field=field)
    text = squeeze(value or "")
    if not _PLATE_CHARACTER.search(text):
        raise InvalidInput("customers.car_number_blank", field=field)
    if not CAR_NUMBER_TEXT.fullmatch(text):
        raise InvalidInput("customers.car_number_characters", field=field)
    if not CAR_NUMBER_MIN <= len(text) <= CAR_NUMBER_MAX or len(value or "") > _CAR_NUMBER_TYPED_MAX:
        raise InvalidInput("customers.car_number_length", field=field, minimum=CAR_NUMBER_MIN, maximum=CAR_NUMBER_MAX)
    return text.upper()


def squeeze(text: str) -> str:
    """`text` in plain characters (NFKC: full-width digits as digits) without spaces and hyphens."""
    return _IGNORED.sub("", unicodedata.normalize("NFKC", text))


def car_number_shape(car_number: str) -> CarNumberShape:
    """National, regional or other, with the region and the use letter when there are any."""
    if match := _NATIONAL.fullmatch(car_number):
        return CarNumberShape(PlateKind.NATIONAL, letter=match[2])
    if match := _REGIONAL.fullmatch(car_number):
        return CarNumberShape(PlateKind.REGIONAL, region=match[1], letter=match[3])
    return CarNumberShape(PlateKind.OTHER)


def car_number_key(car_number: str) -> str:
    """The search key of a car number: its last four digits ('12가3456' → '3456'), or all if fewer."""
    return "".join(ch for ch in car_number if ch.isascii() and ch.isdigit())[-4:]


# --- VIN (차대번호) --------------------------------------------------------------

VIN_LENGTH = 17
_VIN_TYPED_MAX = 60
_VIN_CHARACTERS = re.compile(r"[A-HJ-NPR-Z0-9]*")


def normalise_vin(value: object, field: Message = Field.VIN) -> str:
    """The VIN upper-cased without spaces, or '' when none was given.

    Seventeen characters of A–Z and 0–9 without I, O and Q (ISO 3779); the
    check digit is not verified: only North American VINs must carry one.
    """
    text = optional_text(value, field, _VIN_TYPED_MAX)
    text = "".join(unicodedata.normalize("NFKC", text).split())
    if not text:
        return ""
    upper = text.upper() if text.isascii() else text
    if not _VIN_CHARACTERS.fullmatch(upper):
        raise InvalidInput("customers.vin_characters", field=field)
    if len(upper) != VIN_LENGTH:
        raise InvalidInput("customers.vin_length", field=field, length=len(upper))
    return upper


# --- phones -------------------------------------------------------------------

_PHONE_TYPED_MAX = 40
#: what a phone may be typed with (after NFKC and hyphens made '-')
PHONE_TEXT = re.compile(r"\+?[\d\s().\-]*", re.ASCII)
_OLD_MOBILE = ("011", "016", "017", "018", "019")  # before 010; still on old receipts
AREA_CODES = tuple("031 032 033 041 042 043 044 051 052 053 054 055 061 062 063 064".split())  # noqa: SIM905
#: digits a Korean number may have, by its prefix (longest prefix first)
_LENGTHS: tuple[tuple[tuple[str, ...], tuple[int, ...]], ...] = (
    (("050",), (11, 12)),
    (("02",), (9, 10)),
    (("010",), (11,)),  # a ten-digit 010 is a digit dropped, not an old number
    (_OLD_MOBILE, (10, 11)),
    (AREA_CODES, (10, 11)),
    (("070",), (11,)),
    (("080",), (10, 11)),
    (("15", "16", "18"), (8,)),
)
FOREIGN_DIGITS = (8, 15)  # E.164 allows at most 15 digits


def normalise_phone(value: object, field: Message = Field.PHONE) -> str:
    """The phone as stored: its digits ('01012345678'), '+' and digits for a foreign one, '' for none."""
    text = optional_text(value, field, _PHONE_TYPED_MAX)
    text = phone_text(text)
    if not text:
        return ""
    if not PHONE_TEXT.fullmatch(text):
        raise InvalidInput("customers.phone_characters", field=field)
    if text.startswith("+"):
        digits = _digits(text.replace("(0)", ""))  # '+44 (0)20…': the trunk 0 is not dialled from abroad
        if not digits.startswith("82"):
            if not FOREIGN_DIGITS[0] <= len(digits) <= FOREIGN_DIGITS[1]:
                raise InvalidInput("customers.phone_pattern", field=field)
            return "+" + digits
        national = "0" + digits[2:].removeprefix("0")
    else:
        digits = _digits(text)
        national = "0" + digits[4:].removeprefix("0") if digits.startswith("0082") else digits
    if not _is_korean_number(national):
        raise InvalidInput("customers.phone_pattern", field=field)
    return national


_HYPHEN_TO_MINUS = str.maketrans(dict.fromkeys(_HYPHENS, "-"))


def phone_text(text: str) -> str:
    """`text` in plain characters, every kind of hyphen made '-', stripped."""
    return unicodedata.normalize("NFKC", text).translate(_HYPHEN_TO_MINUS).strip()


def _digits(text: str) -> str:
    return "".join(ch for ch in text if "0" <= ch <= "9")


def _is_korean_number(digits: str) -> bool:
    for prefixes, lengths in _LENGTHS:
        if digits.startswith(prefixes):
            return len(digits) in lengths
    return False


def format_phone(value: str) -> str:
    """A phone for display: '010-1234-5678', '02-123-4567', '1588-1234'; '' for none.

    Takes the stored digits or anything `normalise_phone` accepts.
    """
    digits = normalise_phone(value)
    if not digits or digits.startswith("+"):
        return digits
    if len(digits) == 8:
        return f"{digits[:4]}-{digits[4:]}"
    prefix = 2 if digits.startswith("02") else 4 if digits.startswith("050") else 3
    middle = digits[prefix:-4]
    return f"{digits[:prefix]}-{middle}-{digits[-4:]}"


def phone_digits(text: str) -> str:
    """Only the digits of `text`: what a phone search compares."""
    return _digits(unicodedata.normalize("NFKC", text))


# --- odometer -----------------------------------------------------------------

MILEAGE_MAX = 2_000_000  # km: far beyond any car's life, short of a typing slip


def require_mileage(value: object, field: Message = Field.MILEAGE) -> int:
    """An odometer reading in whole km, 0 to 2,000,000."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput("customers.whole_number", field=field)
    if not 0 <= value <= MILEAGE_MAX:
        raise InvalidInput("customers.mileage_range", field=field, km=value, maximum=MILEAGE_MAX)
    return value


def optional_mileage(value: object, field: Message = Field.MILEAGE) -> int | None:
    """None when no reading was taken, else `require_mileage`."""
    return None if value is None else require_mileage(value, field)
