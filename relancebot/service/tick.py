"""One pass of everything the service does at `now`. Running it twice at the same `now`
does nothing the second time: every write is keyed on what it stands for."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from relancebot.app import App
from relancebot.core.model import Plan, Step
from relancebot.core.planner import plan
from relancebot.outgoing.outbox import DeliveryReport, deliver_due, mark_interrupted
from relancebot.outgoing.reminders import queue_batch
from relancebot.store.records import (
    customer_states,
    iso,
    open_invoice_states,
    record_event,
    set_state,
)

log = logging.getLogger(__name__)


@dataclass
class TickReport:
    queued: list[int] = field(default_factory=list)
    escalated: list[str] = field(default_factory=list)
    interrupted: list[int] = field(default_factory=list)
    delivery: DeliveryReport = field(default_factory=DeliveryReport)


def current_plan(app: App, now: dt.datetime) -> Plan:
    db = app.db
    return plan(
        open_invoice_states(db),
        customer_states(db),
        app.settings.policy,
        app.settings.business_calendar(),
        now,
    )


def escalate(app: App, step: Step, now: dt.datetime) -> bool:
    db = app.db
    with db.atomic():
        changed = db.execute(
            "UPDATE invoices SET chase = 'escalated', escalated_at = ?, chase_reason = ?,"
            " updated_at = ? WHERE number = ? AND chase IN ('active', 'paused')",
            [iso(now), "30 jours de retard : appeler le client", iso(now), step.invoice],
        ).rowcount
        if changed:
            record_event(
                db,
                now,
                "escalated",
                "Plus de relance automatique : le client est à appeler "
                f"(niveau atteint : {step.level})",
                invoice=step.invoice,
                customer=step.customer_id,
            )
    return bool(changed)


def tick(app: App, now: dt.datetime) -> TickReport:
    report = TickReport()
    db = app.db
    report.interrupted = mark_interrupted(db, now)
    todo = current_plan(app, now)
    for batch in todo.batches:
        outbox_id = queue_batch(db, app.settings, app.renderer, app.secret, batch, now)
        if outbox_id is not None:
            report.queued.append(outbox_id)
    report.escalated = [s.invoice for s in todo.escalations if escalate(app, s, now)]
    report.delivery = deliver_due(
        db, app.transport, app.settings.firm.email, app.settings.business_calendar(), now
    )
    with db.atomic():
        set_state(db, "last_tick", iso(now))
    return report
