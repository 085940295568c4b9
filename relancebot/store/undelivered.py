"""Reminders that never reached the customer: refused for good, they do not count.

A reminder row points at its latest attempt, a row of the outbox. When that attempt failed for
good (`failed`: an address refused, the message refused, set aside), the customer never read it,
and a careful accounts clerk would not write "further to our reminder of ..." about it:

1. the ladder counts only what left or is on its way: the invoice's level is the highest of its
   other reminders, and the next one counts from when that one left (nothing left: the first
   reminder is due again);
2. sent again as it was, to the same addresses, it would be refused again: the invoice waits for
   a person while the failure is not settled (`outbox resend` or `outbox dismiss`) and no new
   address has been confirmed for the customer since (an address refused by name is failing,
   so a confirmed replacement is new);
3. when it may go again, relancebot.outgoing.reminders queues that level anew and points the
   row at the new attempt.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass

from relancebot.store.connection import Database

_FAILED_REMINDERS = """SELECT r.invoice_number FROM reminders r JOIN outbox o ON o.id = r.outbox_id
    WHERE r.kind = 'reminder' AND o.state = 'failed'"""


@dataclass(frozen=True)
class Missed:
    """The latest reminder of an invoice that failed for good, and what did reach the customer."""

    number: str
    level: int  # the level that never left
    outbox_id: int
    queued_at: dt.datetime
    reason: str  # the refusal, as the outbox recorded it
    reached: int  # the highest level that left or is on its way (0: none)
    reached_at: dt.datetime | None  # when that one left (or was queued, while on its way)
    waits_for_person: bool  # sending it again now would only be refused again


def missed_reminders(db: Database) -> dict[str, Missed]:
    """Every invoice whose latest reminder failed for good, by number."""
    latest: dict[str, dict[str, object]] = {}
    for row in db.query(
        """SELECT r.invoice_number, r.level, o.id, o.created_at, o.last_error, o.settled_at,
                  o.recipients, i.customer_id
           FROM reminders r JOIN outbox o ON o.id = r.outbox_id
           JOIN invoices i ON i.number = r.invoice_number
           WHERE r.kind = 'reminder' AND o.state = 'failed' ORDER BY o.id"""
    ):
        latest[str(row["invoice_number"])] = row  # the last attempt wins
    if not latest:
        return {}
    reached = {
        number: (int(level), str(at))
        for number, level, at in db.execute(
            f"""SELECT r.invoice_number, MAX(r.level), MAX(COALESCE(o.sent_at, o.created_at))
            FROM reminders r JOIN outbox o ON o.id = r.outbox_id
            WHERE r.kind = 'reminder' AND o.state != 'failed'
            AND r.invoice_number IN ({_FAILED_REMINDERS}) GROUP BY r.invoice_number"""
        )
    }
    mailable: dict[str, set[str]] = defaultdict(set)
    for customer, address in db.execute(
        f"""SELECT customer_id, email FROM contacts WHERE role = 'to' AND active
        AND failing_since IS NULL AND customer_id IN
        (SELECT customer_id FROM invoices WHERE number IN ({_FAILED_REMINDERS}))"""
    ):
        mailable[customer].add(str(address).lower())
    missed = {}
    for number, row in latest.items():
        level = int(str(row["level"]))
        reached_level, reached_at = reached.get(number, (0, ""))
        if reached_level >= level:
            continue  # this level went again since, or a later one: the failure is history
        now_mailable = mailable[str(row["customer_id"])]
        tried = {str(a).lower() for a in json.loads(str(row["recipients"]))}
        missed[number] = Missed(
            number=number,
            level=level,
            outbox_id=int(str(row["id"])),
            queued_at=dt.datetime.fromisoformat(str(row["created_at"])),
            reason=str(row["last_error"] or ""),
            reached=reached_level,
            reached_at=dt.datetime.fromisoformat(reached_at) if reached_at else None,
            # No address left at all is said by the planner: "call the customer".
            waits_for_person=(
                row["settled_at"] is None and bool(now_mailable) and now_mailable <= tried
            ),
        )
    return missed
