"""Commands of the vehicle-parts context."""

from __future__ import annotations

import re
from dataclasses import dataclass

from domain.errors import InvalidInput
from domain.messages import (
    Command,
    optional_text,
    require_id,
    require_money,
    require_non_negative,
    require_positive,
    require_text,
)

_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]*$")


def require_part_code(value: object) -> str:
    code = require_text(value, "Part code", 40)
    # Matched before upper-casing: _CODE is ASCII, so the code keeps its length ('ﬀ'.upper() is 'FF').
    if not _CODE.match(code):
        raise InvalidInput(f"Part code {code!r} may only hold letters, digits and . _ / - (no spaces).")
    return code.upper()


@dataclass(frozen=True)
class RegisterPart(Command):
    """Add a part to the catalogue. Returns the part id."""

    part_code: str
    name: str
    price: int
    stock: int = 0
    low_stock: int = 0

    def validated(self) -> RegisterPart:
        return RegisterPart(
            part_code=require_part_code(self.part_code),
            name=require_text(self.name, "Part name", 120),
            price=require_money(self.price, "Price"),
            stock=require_non_negative(self.stock, "Stock"),
            low_stock=require_non_negative(self.low_stock, "Low-stock threshold"),
        )


@dataclass(frozen=True)
class IncreaseStock(Command):
    """Put `quantity` more of a part on the shelf (a delivery)."""

    part_id: int
    quantity: int

    def validated(self) -> IncreaseStock:
        return IncreaseStock(require_id(self.part_id, "Part number"), require_positive(self.quantity, "Quantity"))


@dataclass(frozen=True)
class DecreaseStock(Command):
    """Take `quantity` of a part off the shelf by hand (damaged, lost, counted)."""

    part_id: int
    quantity: int
    reason: str = ""

    def validated(self) -> DecreaseStock:
        return DecreaseStock(
            require_id(self.part_id, "Part number"),
            require_positive(self.quantity, "Quantity"),
            optional_text(self.reason, "Reason", 200),
        )


@dataclass(frozen=True)
class ChangePartPrice(Command):
    """Set a part's price from now on; parts already on a job keep their price."""

    part_id: int
    price: int

    def validated(self) -> ChangePartPrice:
        return ChangePartPrice(require_id(self.part_id, "Part number"), require_money(self.price, "Price"))
