"""Korea's public holidays, from the maintained `holidays` package (the domain takes them as data).

`holidays` knows the lunar ones (설날, 추석, 부처님오신날), the substitute
holidays (대체공휴일) and the election days it has been told of, so no date list
is typed by hand here. A year is computed once per process and kept; the first
computation loads the package's lunar tables (about a fifth of a second), so
`bootstrap()` calls `warm(today)` once: the first booking of a terminal no
longer pays for it (docs/benchmarks.md, "The first booking").

    WorkingCalendar(weekdays, days_off, closures, holidays=korean_public_holidays)
"""

from __future__ import annotations

from datetime import date
from functools import cache

import holidays

COUNTRY = "KR"
#: Our language codes to the package's.
_LANGUAGES = {"ko": "ko", "en": "en_US"}


@cache
def korean_public_holidays(year: int) -> tuple[date, ...]:
    """Korea's public holidays in `year`, substitute and lunar ones included, in date order."""
    return tuple(sorted(holidays.country_holidays(COUNTRY, years=year)))


def warm(today: date) -> None:
    """Compute this year's and next year's holidays now, so no booking waits for the lunar tables.

    Next year too because a queue planned in December reaches into January.
    Synchronous on purpose: a thread could hold the package's state while a
    terminal forks a child process.
    """
    for year in (today.year, today.year + 1):
        korean_public_holidays(year)


def korean_holiday_names(year: int, lang: str = "ko") -> dict[date, str]:
    """Each public holiday of `year` and its name in `lang` ("ko" or "en"), for screens."""
    named = holidays.country_holidays(COUNTRY, years=year, language=_LANGUAGES.get(lang, "en_US"))
    return dict(sorted(named.items()))
