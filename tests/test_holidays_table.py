"""The French holidays written down in relancebot/core/holidays_fr.py are the library's.

When this fails after upgrading `holidays`, run scripts/holidays_fr.py and read the diff.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import holidays

from relancebot.core.calendar import BusinessCalendar
from relancebot.core.holidays_fr import HOLIDAYS_FR


def test_the_table_is_what_the_library_says() -> None:
    calendar = BusinessCalendar(ZoneInfo("Europe/Paris"))
    for year in HOLIDAYS_FR:
        expected = set(holidays.country_holidays("FR", years=year))
        days = (dt.date(year, 1, 1) + dt.timedelta(days=n) for n in range(366))
        table = {day for day in days if day.year == year and calendar.is_holiday(day)}
        assert table == expected, year


def test_years_outside_the_table_and_regions_ask_the_library() -> None:
    paris = ZoneInfo("Europe/Paris")
    assert BusinessCalendar(paris).is_holiday(dt.date(1985, 7, 14))
    assert BusinessCalendar(paris, subdivision="57").is_holiday(dt.date(2026, 12, 26))
    assert not BusinessCalendar(paris).is_holiday(dt.date(2026, 12, 26))
