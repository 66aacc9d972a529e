"""A part's origin code (부품 구분), as the repair statement (별지 제89호의2) prints it.

A new genuine, B remanufactured, C used or reconditioned, D certified alternative, F imported.
"""

from __future__ import annotations

from domain.common.fields import Field
from domain.errors import InvalidInput
from domain.texts import Message

#: The codes in the order the form lists them.
ORIGINS = ("A", "B", "C", "D", "F")
DEFAULT_ORIGIN = "A"


def require_origin(value: object) -> str:
    """The origin code, upper-cased; anything but A, B, C, D or F is refused with a sentence."""
    code = value.strip().upper() if isinstance(value, str) else ""
    if code not in ORIGINS:
        shown = value if isinstance(value, str) else repr(value)
        raise InvalidInput("vehicleparts.origin_unknown", field=Field.PART_ORIGIN, origin=shown)
    return code


def origin_name(code: str) -> Message:
    """What the code means, as a message (rendered in the reader's language)."""
    return Message(f"vehicleparts.origin.{code.lower()}")
