"""Commands of the vehicle-parts context."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from domain.common.fields import Field
from domain.errors import InvalidInput
from domain.messages import (
    Check,
    Command,
    optional_text,
    require_id,
    require_money,
    require_non_negative,
    require_positive,
    require_text,
)
from domain.reports.fields import ReportField
from domain.vehicleparts.origin import DEFAULT_ORIGIN, require_origin

MAX_PART_CODE = 40
MAX_PART_NAME = 120
MAX_STOCK_REASON = 200

_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]*$")


def require_part_code(value: object) -> str:
    code = require_text(value, Field.PART_CODE, MAX_PART_CODE)
    # Matched before upper-casing: _CODE is ASCII, so the code keeps its length ('ﬀ'.upper() is 'FF').
    if not _CODE.match(code):
        raise InvalidInput("vehicleparts.code_pattern", field=Field.PART_CODE, code=code)
    return code.upper()


def _part_id(value: object) -> int:
    return require_id(value, Field.PART_NUMBER)


@dataclass(frozen=True)
class RegisterPart(Command):
    """Add a part to the catalogue. Returns the part id."""

    part_code: str
    name: str
    price: int
    stock: int = 0
    low_stock: int = 0
    origin: str = DEFAULT_ORIGIN

    checks: ClassVar[dict[str, Check]] = {
        "part_code": require_part_code,
        "name": lambda v: require_text(v, Field.PART_NAME, MAX_PART_NAME),
        "price": lambda v: require_money(v, Field.PRICE),
        "stock": lambda v: require_non_negative(v, Field.STOCK),
        "low_stock": lambda v: require_non_negative(v, Field.LOW_STOCK_THRESHOLD),
        "origin": require_origin,
    }


@dataclass(frozen=True)
class IncreaseStock(Command):
    """Put `quantity` more of a part on the shelf (a delivery, 입고), each bought at `unit_cost` won (0: not said)."""

    part_id: int
    quantity: int
    unit_cost: int = 0

    checks: ClassVar[dict[str, Check]] = {
        "part_id": _part_id,
        "quantity": lambda v: require_positive(v, Field.QUANTITY),
        "unit_cost": lambda v: require_money(v, ReportField.UNIT_COST),
    }


@dataclass(frozen=True)
class DecreaseStock(Command):
    """Take `quantity` of a part off the shelf by hand (damaged, lost, counted)."""

    part_id: int
    quantity: int
    reason: str = ""

    checks: ClassVar[dict[str, Check]] = {
        "part_id": _part_id,
        "quantity": lambda v: require_positive(v, Field.QUANTITY),
        "reason": lambda v: optional_text(v, Field.REASON, MAX_STOCK_REASON),
    }


@dataclass(frozen=True)
class ChangePartPrice(Command):
    """Set a part's price from now on; parts already on a job keep their price."""

    part_id: int
    price: int

    checks: ClassVar[dict[str, Check]] = {
        "part_id": _part_id,
        "price": lambda v: require_money(v, Field.PRICE),
    }
