"""Finding a car at the desk: `shop.find_vehicles(text)` and the rows it returns.

`text` matches any part of the car number (current or former), the owner's
phone digits, the owner's name, or the VIN. `VehicleSearch.of(text)` turns
what was typed into one needle per column, normalised as that column is
stored; the query ORs them (`matches()` states the same rule in Python, for
fakes and tests). The usual search is the last four digits: for four digits
exactly, `key` equals `car_number_key()` of every Korean plate that ends in
them, so the query can use an index on that key.

The name needle may hold `%` and `_`: the SQL must escape them in LIKE.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from domain.customers.identifiers import CAR_NUMBER_TEXT, PHONE_TEXT, phone_digits, phone_text, squeeze

_VIN_TEXT = re.compile(r"[0-9A-Za-z]+")
SEARCH_MAX = 80  # longer text is cut: nobody types more at a search box


@dataclass(frozen=True)
class VehicleSearch:
    """What was typed into the search box, as one needle per column ('' where it cannot match)."""

    text: str
    car_number: str = ""
    digits: str = ""
    name: str = ""
    vin: str = ""
    #: four digits exactly: the key of plates ending in them (see `car_number_key`)
    key: str = ""

    @classmethod
    def of(cls, text: object) -> VehicleSearch:
        typed = unicodedata.normalize("NFKC", text if isinstance(text, str) else "").strip()[:SEARCH_MAX]
        if not typed:
            return cls("")
        squeezed = squeeze(typed)
        plate = squeezed.upper() if CAR_NUMBER_TEXT.fullmatch(squeezed) else ""
        digits = phone_digits(typed) if PHONE_TEXT.fullmatch(phone_text(typed)) else ""
        vin = "".join(typed.split()).upper()
        return cls(
            text=typed,
            car_number=plate,
            digits=digits,
            name=" ".join(typed.split()).casefold(),
            vin=vin if _VIN_TEXT.fullmatch(vin) else "",
            key=digits if len(digits) == 4 and digits == squeezed else "",
        )

    @property
    def blank(self) -> bool:
        return not self.text

    def matches(
        self, car_number: str, phone: str = "", name: str = "", vin: str = "", former_numbers: Iterable[str] = ()
    ) -> bool:
        """Whether a vehicle with these register values is found (everything is, for blank text)."""
        if self.blank:
            return True
        if self.car_number and any(self.car_number in n for n in (car_number, *former_numbers)):
            return True
        if self.digits and self.digits in phone_digits(phone):
            return True
        if self.name and self.name in " ".join(name.split()).casefold():
            return True
        return bool(self.vin) and self.vin in vin


@dataclass(frozen=True)
class VehicleMatch:
    """A row of `shop.find_vehicles()`: the car, its owner as on the register, and its last visit."""

    vehicle_id: int
    car_number: str
    model: str
    customer_name: str
    customer_phone: str  # for display: '010-1234-5678'
    last_visit: str | None  # 'YYYY-MM-DD' of the newest receipt; None when never seen
    customer_id: int | None = None
    car_id: str = ""
