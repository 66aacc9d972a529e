"""A small, known shop for the screen tests (the demo data is random; these tests need exact figures)."""

from __future__ import annotations

from dataclasses import dataclass

from app.bootstrap import Shop
from domain.commands import RegisterMechanic, RegisterPart


@dataclass(frozen=True)
class SmallShop:
    kim: int  # 10 man-days
    choi: int  # 1 man-day
    brake_pads: int  # BRK-PAD-F01, ₩65,000, 5 in stock, reorder at 2
    oil: int  # OIL-5W30-4L, ₩48,000, none in stock


def small_shop(shop: Shop) -> SmallShop:
    kim = shop.handle(RegisterMechanic("김민수", 10))
    choi = shop.handle(RegisterMechanic("최영호", 1))
    pads = shop.handle(RegisterPart("BRK-PAD-F01", "브레이크 패드 (앞)", 65_000, 5, 2))
    oil = shop.handle(RegisterPart("OIL-5W30-4L", "엔진오일 5W-30 4L", 48_000, 0, 3))
    return SmallShop(kim, choi, pads, oil)
