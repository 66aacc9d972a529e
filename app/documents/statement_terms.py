"""The repair statement's printed notes on free re-repair (하자 보증), in one place.

The current form (자동차관리법 시행규칙 별지 제89호의2) prints these periods for
faults caused by the work: a shop changes them here, nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReRepairTerm:
    """Cars younger than `under_years` and with fewer than `under_km` get `days` of free re-repair."""

    under_years: int | None
    under_km: int | None
    days: int

    def line(self) -> str:
        if self.under_years is None or self.under_km is None:
            return f"그 밖의 차량: 정비일부터 {self.days}일 이내"
        return f"차령 {self.under_years}년 미만 또는 주행거리 {self.under_km:,}km 미만: 정비일부터 {self.days}일 이내"


REREPAIR_TERMS: tuple[ReRepairTerm, ...] = (
    ReRepairTerm(1, 20_000, 90),
    ReRepairTerm(3, 60_000, 60),
    ReRepairTerm(None, None, 30),
)

REREPAIR_NOTE = (
    "정비 잘못으로 같은 고장이 다시 생기면 아래 기간 안에 무상으로 다시 정비합니다. "
    "Faults caused by this work are repaired again free of charge within:"
)
