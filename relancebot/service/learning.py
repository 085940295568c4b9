"""The service's auto-learn: `learn` by itself after `[classify] learn_after` corrections.

1. ``learn_after = 0``: never. Otherwise, when at least that many corrections of a reply's
   category were made since the last model was trained (used or kept aside), the pass runs
   `learn` (relancebot.learning.firm), at most once a day (``learn_date`` in
   service_state), so a failure is not retried at every tick.
2. Training takes a few seconds and imports scikit-learn: only then, never at start-up.
3. A failure is logged and journalled, and never stops the pass: the replies go on being read
   by the model in use.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from relancebot.app import App
from relancebot.store.records import SERVICE, get_state, record_event, set_state
from relancebot.store.reply_models import new_corrections

if TYPE_CHECKING:
    from relancebot.learning.firm import LearnOutcome

log = logging.getLogger(__name__)

DAY_KEY = "learn_date"


def learn_due(app: App, now: dt.datetime) -> bool:
    threshold = app.settings.classify.learn_after
    if threshold <= 0:
        return False
    today = now.astimezone(app.settings.tz).date().isoformat()
    if get_state(app.db, DAY_KEY) == today:
        return False
    return new_corrections(app.db) >= threshold


def learn_pass(app: App, now: dt.datetime) -> LearnOutcome | None:
    """The service's call; returns what `learn` decided, None when it did not run or failed."""
    if not learn_due(app, now):
        return None
    db = app.db
    with db.atomic():
        set_state(db, DAY_KEY, now.astimezone(app.settings.tz).date().isoformat())
    try:
        from relancebot.learning.firm import learn

        return learn(db, now, actor=SERVICE)
    except Exception as exc:  # a bug or a missing library: the replies are still read
        log.error("apprentissage automatique impossible : %s", exc)
        log.debug("détail de l'échec de l'apprentissage", exc_info=True)
        with db.atomic():
            record_event(db, now, "learn_failed", f"Apprentissage automatique impossible : {exc}")
        return None
