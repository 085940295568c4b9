"""The clock: the real one, or the `--now` a user or a test travels to."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

Clock = Callable[[], dt.datetime]


def parse_now(text: str, timezone: ZoneInfo) -> dt.datetime:
    """ISO 8601; a time without offset (or a bare date) is in the configured timezone."""
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            f"--now : date ISO 8601 attendue (ex. 2026-11-17T09:30:00+01:00), reçu {text!r}"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone)


def fixed_clock(moment: dt.datetime) -> Clock:
    return lambda: moment


def system_clock(timezone: ZoneInfo) -> Clock:
    return lambda: dt.datetime.now(timezone)
