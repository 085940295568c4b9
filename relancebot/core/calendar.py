"""Business days: Monday to Friday, minus French public holidays (region configurable)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

from relancebot.core.holidays_fr import HOLIDAYS_FR


@lru_cache(maxsize=64)
def _holidays(country: str, subdivision: str | None, year: int) -> frozenset[dt.date]:
    if country == "FR" and subdivision is None and year in HOLIDAYS_FR:
        return frozenset(
            dt.date(year, int(day[:2]), int(day[2:])) for day in HOLIDAYS_FR[year].split()
        )
    import holidays  # half a second (every country's module): only for another calendar

    return frozenset(holidays.country_holidays(country, subdiv=subdivision, years=year).keys())


# Planning 100,000 invoices asks about the same few dozen dates again and again: cached, keyed
# by plain values (hashing the calendar object itself would cost more than the answer).
@lru_cache(maxsize=8192)
def _is_business_day(country: str, subdivision: str | None, day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _holidays(country, subdivision, day.year)


@lru_cache(maxsize=8192)
def _next_business_day(country: str, subdivision: str | None, day: dt.date) -> dt.date:
    while not _is_business_day(country, subdivision, day):
        day += dt.timedelta(days=1)
    return day


@lru_cache(maxsize=8192)
def _add_business_days(country: str, subdivision: str | None, day: dt.date, count: int) -> dt.date:
    if count <= 0:
        return _next_business_day(country, subdivision, day)
    while count:
        day += dt.timedelta(days=1)
        if _is_business_day(country, subdivision, day):
            count -= 1
    return day


@dataclass(frozen=True)
class SendingWindow:
    start: dt.time = dt.time(9, 0)
    end: dt.time = dt.time(17, 0)

    def contains(self, moment: dt.time) -> bool:
        return self.start <= moment < self.end


@dataclass(frozen=True)
class BusinessCalendar:
    """Which days the firm works, in its own timezone.

    `subdivision` is the holidays-library code of a French region, e.g. "57" for Moselle
    (Alsace-Moselle adds Good Friday and 26 December).
    """

    timezone: dt.tzinfo
    country: str = "FR"
    subdivision: str | None = None
    window: SendingWindow = field(default_factory=SendingWindow)

    def is_holiday(self, day: dt.date) -> bool:
        return day in _holidays(self.country, self.subdivision, day.year)

    def is_business_day(self, day: dt.date) -> bool:
        return _is_business_day(self.country, self.subdivision, day)

    def next_business_day(self, day: dt.date) -> dt.date:
        """`day` itself if it is a business day, else the next one."""
        return _next_business_day(self.country, self.subdivision, day)

    def add_business_days(self, day: dt.date, count: int) -> dt.date:
        """The `count`-th business day after `day` (count >= 0; 0 gives `day` rolled forward)."""
        return _add_business_days(self.country, self.subdivision, day, count)

    def opening(self, day: dt.date) -> dt.datetime:
        """The start of the sending window on `day`, as an aware datetime."""
        return dt.datetime.combine(day, self.window.start, tzinfo=self.timezone)

    def local(self, moment: dt.datetime) -> dt.datetime:
        return moment.astimezone(self.timezone)

    def can_send_at(self, moment: dt.datetime) -> bool:
        """Customer mail leaves only on a business day, inside the sending window."""
        local = self.local(moment)
        return self.is_business_day(local.date()) and self.window.contains(local.time())
