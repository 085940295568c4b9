"""What is due now, from the store's states: the pure planner fed by the store.

Kept apart from the pass (relancebot.service.tick) so that `plan`, which only looks, does not
load what sending and reading need.
"""

from __future__ import annotations

import datetime as dt

from relancebot.app import App
from relancebot.core.model import Plan
from relancebot.core.planner import plan
from relancebot.store.records import customer_states, open_invoice_states


def current_plan(app: App, now: dt.datetime) -> Plan:
    db = app.db
    return plan(
        open_invoice_states(db),
        customer_states(db),
        app.settings.policy,
        app.settings.business_calendar(),
        now,
    )
