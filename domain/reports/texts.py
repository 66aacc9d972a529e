"""The reports' sentences, in English and Korean."""

from __future__ import annotations

from domain.texts import Text

TEXTS: dict[str, Text] = {
    "reports.field.unit_cost": Text(en="Purchase cost", ko="매입 단가"),
    "reports.range_backwards": Text(
        en="The report cannot end ({last}) before it starts ({first}).",
        ko="보고서의 끝 날짜({last})가 시작 날짜({first})보다 앞설 수 없습니다.",
    ),
    "reports.range_too_long": Text(
        en="A report covers at most {days:,} days; {first} to {last} is longer.",
        ko="보고서는 최대 {days:,}일까지입니다. {first}부터 {last}까지는 더 깁니다.",
    ),
}
