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
    # -- the schedule: working days, the queue and promised dates (domain.mechanic.schedule)
    "mechanic.no_working_weekday": Text(
        en="A mechanic must work on at least one day of the week.",
        ko="정비사는 일주일에 하루 이상 근무해야 합니다.",
    ),
    "mechanic.working_weekdays_format": Text(
        en="Working days are seven marks from Monday to Sunday, 1 for a working day and 0 for a day off "
        "(for example 1111110).",
        ko="근무 요일은 월요일부터 일요일까지 일곱 자리로, 근무일은 1, 쉬는 날은 0으로 입력하세요 (예: 1111110).",
    ),
    "mechanic.closure_ends_before_it_starts": Text(
        en="A closure cannot end ({last}) before it starts ({first}).",
        ko="휴업 기간의 마지막 날({last})이 첫날({first})보다 앞설 수 없습니다.",
    ),
    "mechanic.date_format": Text(
        en="{field}: give a date as YYYY-MM-DD, for example 2026-03-02.",
        ko="{field}: 날짜를 YYYY-MM-DD 형식으로 입력하세요 (예: 2026-03-02).",
    ),
    "mechanic.date_in_past": Text(
        en="{field} cannot be before today ({today}).",
        ko="{field}: 오늘({today})보다 이전 날짜는 입력할 수 없습니다.",
    ),
    "mechanic.cannot_finish_by": Text(
        en="{mechanic} cannot finish this {days}-man-day repair by {wanted_by}: the earliest they could is "
        "{earliest}, and no other mechanic can make that date. Agree a later date with the customer.",
        ko="{mechanic} 정비사는 이 정비({days}공수)를 {wanted_by}까지 마칠 수 없습니다. 가장 빠른 완료일은 "
        "{earliest}이며, 그날까지 마칠 수 있는 다른 정비사도 없습니다. 고객과 더 늦은 날짜를 정하세요.",
    ),
    "mechanic.cannot_finish_by_other_can": Text(
        en="{mechanic} cannot finish this {days}-man-day repair by {wanted_by}: the earliest they could is "
        "{earliest}. {other} could finish it by {other_earliest}.",
        ko="{mechanic} 정비사는 이 정비({days}공수)를 {wanted_by}까지 마칠 수 없습니다. 가장 빠른 완료일은 "
        "{earliest}입니다. {other} 정비사는 {other_earliest}까지 마칠 수 있습니다.",
    ),
    "mechanic.closure_not_found": Text(
        en="There is no shop closure number {closure_id}.",
        ko="{closure_id}번 휴업 기간이 없습니다.",
    ),
    "mechanic.reassign_not_waiting": Text(
        en="Job {job_id} cannot move to another mechanic: only a job that has not started yet can.",
        ko="{job_id}번 작업은 다른 정비사에게 넘길 수 없습니다. 아직 시작하지 않은 작업만 넘길 수 있습니다.",
    ),
}
