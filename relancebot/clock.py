"""The clock: the real one, or the `--now` a user or a test travels to."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from relancebot.errors import InvalidValue

Clock = Callable[[], dt.datetime]

# The years a date typed or imported may fall in: a typo like 9999 or 0026 would be planned
# around for ever, and date arithmetic overflows near year 9999.
SENSIBLE_YEARS = range(1990, 2101)


def parse_now(text: str, timezone: ZoneInfo) -> dt.datetime:
    """ISO 8601; a time without offset (or a bare date) is in the configured timezone."""
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidValue(
            f"--now : date ISO 8601 attendue (ex. 2026-11-17T09:30:00+01:00), reçu {text!r}"
        ) from None
    if moment.year not in SENSIBLE_YEARS:
        raise InvalidValue(
            f"--now : {text!r} hors limites (année de {SENSIBLE_YEARS[0]} à "
            f"{SENSIBLE_YEARS[-1]} attendue)"
        )
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone)


def fixed_clock(moment: dt.datetime) -> Clock:
    return lambda: moment


def system_clock(timezone: ZoneInfo) -> Clock:
    return lambda: dt.datetime.now(timezone)
