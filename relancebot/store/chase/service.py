"""What the service itself changes on an invoice's chase, as it sends and reads: a reminder
queued or gone, a reminder set aside, an escalation, a duplicate resent, a broken promise, and
what a reply decided (``core.actions``). The journal names the service as the actor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from relancebot.core.action_model import ClaimPaid, SetChase, SetPromise
from relancebot.core.model import Chase, Step, StepKind
from relancebot.store.chase.state import set_chase, set_promise
from relancebot.store.connection import Database
from relancebot.store.records import iso, record_event
from relancebot.store.tasks import TaskKind, open_task


def apply_reply_change(
    db: Database, effect: SetChase | ClaimPaid | SetPromise, now: dt.datetime
) -> None:
    """A change ``core.actions.decide`` made of a reply. The core pairs every change with a
    ``Journal`` effect, applied beside it: that is its line in the journal."""
    match effect:
        case SetChase(invoice, chase, until, reason):
            set_chase(db, invoice, chase, until, reason, now)
        case ClaimPaid(invoice):
            db.execute(
                "UPDATE invoices SET paid_claimed_at = ?, updated_at = ? WHERE number = ?",
                [iso(now), iso(now), invoice],
            )
        case SetPromise(invoice, day):
            set_promise(db, invoice, day, now)


def reminder_queued(
    db: Database,
    step: Step,
    summary: str,
    now: dt.datetime,
    detail: Mapping[str, Any] | None = None,
) -> None:
    """The step's email is in the outbox. Its level counts from now until it leaves
    (:func:`reminders_left`); meanwhile the planner holds the invoice."""
    if step.kind is StepKind.PRE_REMINDER:
        db.execute("UPDATE invoices SET pre_reminder_sent = 1 WHERE number = ?", [step.invoice])
    else:
        db.execute(
            "UPDATE invoices SET reminders_sent = ?, last_reminder_at = ?, updated_at = ?"
            " WHERE number = ?",
            [step.level, iso(now), iso(now), step.invoice],
        )
    record_event(
        db,
        now,
        "reminder_queued",
        summary,
        invoice=step.invoice,
        customer=step.customer_id,
        detail=detail,
    )


def reminders_left(db: Database, outbox_id: int, left_at: dt.datetime, now: dt.datetime) -> None:
    """The reminder of outbox message `outbox_id` left at `left_at`: each invoice it reminded
    counts its next level from then, not from when it was queued (after a server down for days,
    the next reminder would otherwise follow within days). The outbox row, sent, is its record."""
    db.execute(
        "UPDATE invoices SET last_reminder_at = ?, updated_at = ? WHERE number IN"
        " (SELECT invoice_number FROM reminders WHERE outbox_id = ? AND kind = 'reminder')"
        " AND (last_reminder_at IS NULL OR last_reminder_at < ?)",
        [iso(left_at), iso(now), outbox_id, iso(left_at)],
    )


def set_aside(
    db: Database,
    number: str,
    customer: str,
    reason: str,
    now: dt.datetime,
    *,
    kind: str,
    summary: str,
    task: str,
) -> None:
    """A reminder that cannot be written (its PDF gone, a template failing on this customer's
    data) stops the invoice's chase until a person takes it up (a FIX_REMINDER task), instead
    of failing the pass for everyone at every pass."""
    set_chase(db, number, Chase.STOPPED, None, reason[:500], now)
    record_event(db, now, kind, summary, invoice=number, customer=customer)
    open_task(db, TaskKind.FIX_REMINDER, task, now, customer=customer, invoice=number)


def escalate(db: Database, step: Step, overdue_days: int, reason: str, now: dt.datetime) -> bool:
    """No more automatic reminder: a person is asked to call. False when the chase was already
    stopped or escalated (nothing written)."""
    changed = db.execute(
        "UPDATE invoices SET chase = 'escalated', escalated_at = ?, chase_reason = ?,"
        " updated_at = ? WHERE number = ? AND chase IN ('active', 'paused')",
        [iso(now), reason, iso(now), step.invoice],
    ).rowcount
    if not changed:
        return False
    record_event(
        db,
        now,
        "escalated",
        f"Plus de relance automatique : le client est à appeler (niveau atteint : {step.level})",
        invoice=step.invoice,
        customer=step.customer_id,
    )
    open_task(
        db,
        TaskKind.CALL_OVERDUE,
        f"Facture {step.invoice} : {overdue_days} jours de retard, plus de relance automatique :"
        " appeler le client",
        now,
        customer=step.customer_id,
        invoice=step.invoice,
    )
    return True


def duplicate_queued(
    db: Database,
    number: str,
    customer: str,
    summary: str,
    now: dt.datetime,
    detail: Mapping[str, Any] | None = None,
) -> None:
    """A duplicate of the invoice is on its way: the cadence restarts from it, and the limiter
    of automatic resends counts from it too."""
    db.execute(
        "UPDATE invoices SET last_duplicate_at = ?, cadence_anchor_at = ?, updated_at = ?"
        " WHERE number = ?",
        [iso(now), iso(now), iso(now), number],
    )
    record_event(
        db, now, "duplicate_queued", summary, invoice=number, customer=customer, detail=detail
    )


def promise_broken(
    db: Database, number: str, customer: str, summary: str, now: dt.datetime
) -> None:
    """The promise's hold is over and nothing was paid: the chase resumes, its cadence counting
    from now (the firmer email queued beside it)."""
    db.execute(
        "UPDATE invoices SET chase = 'active', paused_until = NULL, chase_reason = '',"
        " cadence_anchor_at = ?, updated_at = ? WHERE number = ? AND chase = 'paused'",
        [iso(now), iso(now), number],
    )
    record_event(db, now, "promise_broken", summary, invoice=number, customer=customer)
