"""The service's vital signs, kept in SQLite so that `status` (another process) can read them.

Each is one row of `service_state`, written by whoever lives it: a pass records how it ended,
the mailbox watcher records each successful read and each time it stops. `status` judges them
(relancebot.service.health); nothing here decides anything.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from typing import Any

from relancebot.store.connection import Database
from relancebot.store.records import from_iso, get_state, iso, set_state

log = logging.getLogger(__name__)

LAST_PASS = "last_pass"  # {"at", "ok", "error"}: how the latest pass ended
LAST_GOOD_PASS = "last_tick"  # when a pass last completed (the name predates this module)
MAILBOX_READ = "mailbox_read_at"  # the last complete read of the mailbox, even if empty
MAILBOX_ERROR = "mailbox_error"  # why the mailbox cannot be read now; "" when it can
WATCHER = "watcher"  # {"state", "since", "stops", "error"}


@dataclass(frozen=True)
class PassOutcome:
    at: dt.datetime
    ok: bool
    error: str


@dataclass(frozen=True)
class WatcherVitals:
    state: str  # "running", "restarting" (after a stop), "stopped" (the service ended)
    since: dt.datetime
    stops: int
    error: str  # why it last stopped


def _json_state(db: Database, key: str) -> dict[str, Any] | None:
    text = get_state(db, key)
    if not text:
        return None
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, dict) else None


def record_pass(db: Database, now: dt.datetime, error: str = "") -> None:
    with db.atomic():
        set_state(db, LAST_PASS, json.dumps({"at": iso(now), "ok": not error, "error": error}))
        if not error:
            set_state(db, LAST_GOOD_PASS, iso(now))


def last_pass(db: Database) -> PassOutcome | None:
    value = _json_state(db, LAST_PASS)
    at = from_iso(value.get("at")) if value else None
    if value is None or at is None:
        return None
    return PassOutcome(at, bool(value.get("ok")), str(value.get("error", "")))


def last_good_pass(db: Database) -> dt.datetime | None:
    return from_iso(get_state(db, LAST_GOOD_PASS))


def record_mailbox_read(db: Database, now: dt.datetime) -> None:
    """Called inside the caller's transaction, after a complete catch-up."""
    set_state(db, MAILBOX_READ, iso(now))
    set_state(db, MAILBOX_ERROR, "")


def mailbox_read_at(db: Database) -> dt.datetime | None:
    return from_iso(get_state(db, MAILBOX_READ))


def record_watcher(
    db: Database, now: dt.datetime, state: str, *, stopped: bool = False, error: str = ""
) -> int:
    """Record the watcher's state; `stopped` counts one more stop. Returns the stops so far.
    The last stop's error is kept once it runs again: `status` shows why it stopped."""
    previous = watcher_vitals(db)
    stops = (previous.stops if previous else 0) + int(stopped)
    error = error or (previous.error if previous else "")
    with db.atomic():
        set_state(
            db,
            WATCHER,
            json.dumps({"state": state, "since": iso(now), "stops": stops, "error": error}),
        )
    return stops


def watcher_vitals(db: Database) -> WatcherVitals | None:
    value = _json_state(db, WATCHER)
    since = from_iso(value.get("since")) if value else None
    if value is None or since is None:
        return None
    return WatcherVitals(
        str(value.get("state", "")), since, int(value.get("stops", 0)), str(value.get("error", ""))
    )
