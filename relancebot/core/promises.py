"""What a promise to pay does to the chase, whether it came by email or by phone: no I/O.

1. A promised date still to come holds the chase until that date plus
   ``[actions] promise_grace_business_days`` (at the opening of the sending window).
2. A promise without a date, or with a date already past, holds it
   ``[actions] promise_default_days``, to the next business day.
3. The chase reason starts with :data:`PROMISE_REASON`: the tick's follow-up resumes the chase
   firmly when the hold ends and nothing was paid (``acting.followup``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from relancebot.core.action_model import ActionSettings, day_text
from relancebot.core.calendar import BusinessCalendar

PROMISE_REASON = "promesse de paiement"  # chase_reason prefix the promise follow-up looks for


def promise_pause(
    promised: dt.date | None, settings: ActionSettings, calendar: BusinessCalendar, today: dt.date
) -> dt.datetime:
    """Until when a promise holds the chase: the date plus a little grace, or a default span."""
    if promised is not None and promised >= today:
        return calendar.opening(
            calendar.add_business_days(promised, settings.promise_grace_business_days)
        )
    return calendar.opening(
        calendar.next_business_day(today + dt.timedelta(days=settings.promise_default_days))
    )


@dataclass(frozen=True)
class PromiseHold:
    """What a promise does to the chase, whether written or phoned (core.calls)."""

    day: dt.date | None  # the promised date kept on the invoice; None: none, or already past
    until: dt.datetime  # the chase is paused until then
    reason: str  # chase_reason: the promise follow-up looks for PROMISE_REASON


def promise_hold(
    promised: dt.date | None, settings: ActionSettings, calendar: BusinessCalendar, today: dt.date
) -> PromiseHold:
    """A promised date still to come holds the chase until it plus a little grace; a promise
    without a date, or with one already past, holds it a default span."""
    day = promised if promised is not None and promised >= today else None
    until = promise_pause(day, settings, calendar, today)
    reason = f"{PROMISE_REASON} au {day_text(day)}" if day else f"{PROMISE_REASON} (sans date)"
    return PromiseHold(day, until, reason)
