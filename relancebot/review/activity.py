"""What was done for a firm between two moments: the periodic report's "since the last one".

Reads the store only. Reminders sent, replies and what they said, the bot's actions, payments
recorded and calls made, each in time order. Whatever a customer wrote passes through
:func:`relancebot.classify.text.printable`, as in the digest.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from relancebot.classify.text import printable
from relancebot.core.calls import OUTCOMES_FR
from relancebot.core.categories import CATEGORY_FR
from relancebot.store.connection import Database
from relancebot.store.records import from_iso, iso

# Kinds the other sections show (replies, calls, payments), or that are the service's own
# housekeeping rather than something done for the firm's cases.
NOT_ACTIONS = (
    "invoice_imported",
    "invoice_updated",
    "reminder_queued",
    "digest_sent",
    "digest_failed",
    "report_sent",
    "report_failed",
    "reply",
    "call",
    "payment",
    "invoice_paid",
    "mailbox_unavailable",
    "mailbox_error",
    "mailbox_reset",
    "smtp_config_error",
    "smtp_config_fixed",
    "sent_copy_failed",
    "backup",
)
ACTIONS_LIMIT = 80
# The firm's own messages to itself: not "what was sent" to its customers.
NOT_SENT = ("digest", "report")


@dataclass
class Activity:
    since: dt.datetime
    until: dt.datetime
    sent: list[dict[str, Any]]
    replies: list[dict[str, Any]]
    actions: list[dict[str, Any]]
    actions_more: int
    payments: list[dict[str, Any]]
    calls: list[dict[str, Any]]

    @property
    def collected(self) -> Decimal:
        return sum((p["amount"] for p in self.payments), Decimal("0.00"))


def _at(text: str, tz: dt.tzinfo) -> dt.datetime:
    moment = from_iso(text)
    assert moment is not None
    return moment.astimezone(tz)


def _sent(db: Database, since: str, until: str, tz: dt.tzinfo) -> list[dict[str, Any]]:
    # ">=": what left in the pass of the last report left after the report was written.
    marks = ",".join("?" * len(NOT_SENT))
    rows = db.query(
        f"""SELECT o.sent_at, o.subject, o.recipients, c.name,
               (SELECT group_concat(r.invoice_number, ', ') FROM reminders r
                WHERE r.outbox_id = o.id) AS invoices
            FROM outbox o LEFT JOIN customers c ON c.id = o.customer_id
            WHERE o.state = 'sent' AND o.sent_at >= ? AND o.sent_at <= ?
            AND o.kind NOT IN ({marks}) ORDER BY o.sent_at, o.id""",
        [since, until, *NOT_SENT],
    )
    return [
        {
            "at": _at(r["sent_at"], tz),
            "customer": printable(r["name"] or ""),
            "subject": printable(r["subject"]),
            "recipients": printable(", ".join(json.loads(r["recipients"]))),
            "invoices": r["invoices"] or "",
        }
        for r in rows
    ]


def _replies(db: Database, since: str, until: str, tz: dt.tzinfo) -> list[dict[str, Any]]:
    rows = db.query(
        """SELECT r.received_at, r.sender, r.category, r.excerpt, c.name,
               (SELECT group_concat(invoice_number, ', ') FROM reply_invoices
                WHERE reply_id = r.id) AS invoices
            FROM replies r LEFT JOIN customers c ON c.id = r.customer_id
            WHERE r.received_at > ? AND r.received_at <= ? ORDER BY r.received_at, r.id""",
        [since, until],
    )
    return [
        {
            "at": _at(r["received_at"], tz),
            "customer": printable(r["name"] or ""),
            "sender": printable(r["sender"] or "") or "expéditeur sans adresse",
            "category": CATEGORY_FR.get(r["category"] or "", "non classée"),
            "excerpt": " ".join(printable(str(r["excerpt"] or "")).split())[:300],
            "invoices": r["invoices"] or "",
        }
        for r in rows
    ]


def _actions(
    db: Database, since: str, until: str, tz: dt.tzinfo
) -> tuple[list[dict[str, Any]], int]:
    marks = ",".join("?" * len(NOT_ACTIONS))
    rows = list(
        db.query(
            f"""SELECT e.at, e.summary, e.invoice_number, c.name FROM events e
            LEFT JOIN customers c ON c.id = e.customer_id
            WHERE e.at > ? AND e.at <= ? AND e.kind NOT IN ({marks}) ORDER BY e.at, e.id""",
            [since, until, *NOT_ACTIONS],
        )
    )
    out = [
        {
            "at": _at(r["at"], tz),
            "customer": printable(r["name"] or ""),
            "invoice": r["invoice_number"] or "",
            "summary": printable(r["summary"]),
        }
        for r in rows[:ACTIONS_LIMIT]
    ]
    return out, max(len(rows) - ACTIONS_LIMIT, 0)


def _payments(db: Database, since: str, until: str) -> list[dict[str, Any]]:
    """Payments recorded in the period (imported, or noted by a person), whatever their date."""
    rows = db.query(
        """SELECT p.date, p.amount, p.source, p.invoice_number, i.currency, c.name
            FROM payments p JOIN invoices i ON i.number = p.invoice_number
            JOIN customers c ON c.id = i.customer_id
            WHERE p.imported_at > ? AND p.imported_at <= ? ORDER BY p.date, p.id""",
        [since, until],
    )
    return [
        {
            "date": dt.date.fromisoformat(r["date"]),
            "amount": Decimal(r["amount"]),
            "currency": r["currency"],
            "invoice": r["invoice_number"],
            "customer": printable(r["name"]),
            "source": printable(r["source"]),
        }
        for r in rows
    ]


def _calls(db: Database, since: str, until: str, tz: dt.tzinfo) -> list[dict[str, Any]]:
    rows = db.query(
        """SELECT k.at, k.invoice_number, k.outcome, k.promised_date, k.note, c.name
            FROM calls k JOIN customers c ON c.id = k.customer_id
            WHERE k.at > ? AND k.at <= ? ORDER BY k.at, k.id""",
        [since, until],
    )
    return [
        {
            "at": _at(r["at"], tz),
            "customer": printable(r["name"]),
            "invoice": r["invoice_number"] or "",
            "outcome": OUTCOMES_FR.get(r["outcome"], r["outcome"]),
            "date": dt.date.fromisoformat(r["promised_date"]) if r["promised_date"] else None,
            "note": printable(r["note"] or ""),
        }
        for r in rows
    ]


def activity(db: Database, since: dt.datetime, until: dt.datetime, tz: dt.tzinfo) -> Activity:
    start, end = iso(since), iso(until)
    actions, more = _actions(db, start, end, tz)
    return Activity(
        since=since.astimezone(tz),
        until=until.astimezone(tz),
        sent=_sent(db, start, end, tz),
        replies=_replies(db, start, end, tz),
        actions=actions,
        actions_more=more,
        payments=_payments(db, start, end),
        calls=_calls(db, start, end, tz),
    )
