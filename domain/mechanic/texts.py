"""Sentences of the mechanic context, by code (see domain.texts)."""

from __future__ import annotations

from domain.texts import Text

TEXTS: dict[str, Text] = {
    "mechanic.man_days_short": Text(
        en=(
            "{name} has only {left} man-day(s) left and this repair needs {need}. "
            "Choose another mechanic, lower the estimate, or raise their man-days."
        ),
        ko=(
            "{name} 정비사의 남은 공수는 {left}일인데 이 수리에는 {need}일이 필요합니다. "
            "다른 정비사를 고르거나, 공수를 줄이거나, 정비사의 공수를 늘려 주세요."
        ),
    ),
    "mechanic.mechanic_not_found": Text(
        en="There is no mechanic number {mechanic_id}.",
        ko="{mechanic_id}번 정비사가 없습니다.",
    ),
}
