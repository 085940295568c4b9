"""When the periodic report is due: a pure rule over the firm's calendar, `now` and what the
store says was last reported.

1. `[review] report_every` is "week" or "month" ("" never).
2. The report of a period goes on its first business day after `[review] digest_time`, once:
   the period's key (``month:2026-12-01``) is recorded when it goes.
3. A first business day the service missed (stopped, the machine off) is made up on the next
   pass of the same period, but only once a report of that kind went before: a report asked
   for in the middle of a month waits for the first of the next one instead of arriving that
   very day.
"""

from __future__ import annotations

import datetime as dt

from relancebot.core.calendar import BusinessCalendar


def period_start(day: dt.date, every: str) -> dt.date:
    """Monday of the week, or the first of the month."""
    if every == "week":
        return day - dt.timedelta(days=day.weekday())
    return day.replace(day=1)


def previous_period_start(day: dt.date, every: str) -> dt.date:
    return period_start(period_start(day, every) - dt.timedelta(days=1), every)


def period_key(day: dt.date, every: str) -> str:
    return f"{every}:{period_start(day, every).isoformat()}"


def report_due(
    calendar: BusinessCalendar,
    now: dt.datetime,
    every: str,
    at: dt.time,
    last_key: str | None,
) -> bool:
    if not every:
        return False
    local = calendar.local(now)
    today = local.date()
    if not calendar.is_business_day(today) or local.time() < at:
        return False
    key = period_key(today, every)
    if last_key == key:
        return False
    caught_up = last_key is not None and last_key.startswith(every + ":")
    first = calendar.next_business_day(period_start(today, every))
    return caught_up or today == first


def first_since(calendar: BusinessCalendar, now: dt.datetime, every: str) -> dt.datetime:
    """What the first report covers: the whole period before this one, from its midnight."""
    start = previous_period_start(calendar.local(now).date(), every or "month")
    return dt.datetime.combine(start, dt.time(0, 0), tzinfo=calendar.timezone)
