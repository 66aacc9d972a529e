"""The customer's wanted-by date: can this mechanic's queue make it, and if not, who can."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from domain.common.fields import Field
from domain.errors import InvalidInput
from domain.mechanic.schedule.plan import promise_for_new
from domain.mechanic.schedule.working_days import WorkingCalendar
from domain.texts import Message

#: The field's name in refusals (its text is in domain/common/texts.py).
WANTED_BY = Field.WANTED_BY

_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_day(value: object, field: Message) -> date:
    """A date typed as YYYY-MM-DD, or InvalidInput naming `field`."""
    text = value.strip() if isinstance(value, str) else ""
    if _DAY.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass  # 2026-02-30: the right shape, but no such day
    raise InvalidInput("mechanic.date_format", field=field)


def parse_wanted_by(value: object) -> date | None:
    """The wanted-by date of a request, or None when it was left empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse_day(value, WANTED_BY)


def require_not_past(day: date, today: date, field: Message = WANTED_BY) -> date:
    """`day` itself, or InvalidInput when it lies before today."""
    if day < today:
        raise InvalidInput("mechanic.date_in_past", field=field, today=today.isoformat())
    return day


def earliest_finish(calendar: WorkingCalendar, today: date, queue_end: date | None, days: int) -> date:
    """The earliest day this mechanic could finish a new job of `days` man-days."""
    return promise_for_new(calendar, today, queue_end, days).promised_date


def check_wanted_by(wanted_by: date | None, earliest: date) -> bool:
    """Whether a job that can be finished on `earliest` can be promised for `wanted_by`."""
    return wanted_by is None or earliest <= wanted_by


def cannot_finish_by(
    mechanic: str, days: int, wanted_by: date, earliest: date, others: Iterable[tuple[str, date]] = ()
) -> Message:
    """Why the request is refused: this mechanic's earliest date, and the other mechanic who could make it.

    `others` are (name, earliest finish) of the other mechanics for the same
    request; the one finishing soonest by `wanted_by` is named (ties by name).
    """
    params: dict[str, object] = {
        "mechanic": mechanic,
        "days": days,
        "wanted_by": wanted_by.isoformat(),
        "earliest": earliest.isoformat(),
    }
    able = sorted((finish, name) for name, finish in others if finish <= wanted_by)
    if not able:
        return Message("mechanic.cannot_finish_by", params)
    finish, name = able[0]
    params |= {"other": name, "other_earliest": finish.isoformat()}
    return Message("mechanic.cannot_finish_by_other_can", params)
