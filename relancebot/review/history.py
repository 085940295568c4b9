"""Everything that happened to an invoice or a customer, in time order: the journal, every
email sent, every reply with its classification, and every call, each with who acted."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from relancebot.inbox.handling import CATEGORY_FR
from relancebot.review.calls import OUTCOMES_FR
from relancebot.review.cases import Target
from relancebot.store.connection import Database
from relancebot.store.records import from_iso

HistoryLine = tuple[dt.datetime, str, str]  # (when, invoice or '-', what)
CUSTOMER = "client"  # the actor of a reply: whoever wrote it (the text names the sender)


@dataclass(frozen=True)
class TimelineLine:
    at: dt.datetime
    invoice: str  # '-' for the customer as a whole
    text: str
    actor: str  # 'service', 'commande', 'web:<user>', or CUSTOMER for a reply

    @property
    def who(self) -> str:
        """Who acted, in French, as the case page names them."""
        if self.actor.startswith("web:"):
            return f"{self.actor.removeprefix('web:')} (web)"
        return {"service": "relancebot", "commande": "commande", CUSTOMER: "client"}.get(
            self.actor, self.actor
        )


def _marks(values: tuple[str, ...]) -> str:
    return ",".join("?" * len(values)) or "''"


def history(db: Database, target: Target, whole_customer: bool) -> list[HistoryLine]:
    return [(t.at, t.invoice, t.text) for t in timeline(db, target, whole_customer)]


def timeline(db: Database, target: Target, whole_customer: bool) -> list[TimelineLine]:
    """Oldest first (the case page reverses it)."""
    numbers = target.numbers
    customer = target.customer_id
    lines: list[TimelineLine] = []

    def add(at: str | None, number: str | None, text: str, actor: str = "service") -> None:
        moment = from_iso(at)
        if moment is not None:
            lines.append(TimelineLine(moment, number or "-", text, actor))

    scope = f"invoice_number IN ({_marks(numbers)})"
    if whole_customer:
        scope = f"({scope} OR customer_id = ?)"
    params = [*numbers, customer] if whole_customer else list(numbers)
    for at, number, summary, actor in db.execute(
        # Calls have their own, fuller lines below.
        f"SELECT at, invoice_number, summary, actor FROM events WHERE {scope}"
        " AND kind != 'call' ORDER BY at, id",
        params,
    ):
        add(at, number, summary, actor)
    # Emails that left: reminders by their invoices, other messages by their customer.
    for at, subject, recipients, invoices in db.execute(
        f"""SELECT o.sent_at, o.subject, o.recipients,
               (SELECT group_concat(r.invoice_number, ', ') FROM reminders r
                WHERE r.outbox_id = o.id) AS invoices
            FROM outbox o WHERE o.state = 'sent' AND (o.id IN (SELECT outbox_id FROM reminders
            WHERE invoice_number IN ({_marks(numbers)}))
            OR (o.customer_id = ? AND o.kind NOT IN ('reminder', 'pre_reminder')))
            ORDER BY o.sent_at, o.id""",
        [*numbers, customer],
    ):
        to = ", ".join(json.loads(recipients))
        add(at, invoices, f"Email envoyé à {to} : « {subject} »")
    for at, sender, category, reasons, excerpt, invoices in db.execute(
        f"""SELECT r.received_at, r.sender, r.category, r.reasons, r.excerpt,
               (SELECT group_concat(invoice_number, ', ') FROM reply_invoices
                WHERE reply_id = r.id) AS invoices
            FROM replies r WHERE (r.customer_id = ? OR r.id IN (SELECT reply_id FROM
            reply_invoices WHERE invoice_number IN ({_marks(numbers)})))
            -- a reply the watcher already journalled has its line from the events above
            AND NOT EXISTS (SELECT 1 FROM events e WHERE e.kind = 'reply'
                            AND json_extract(e.detail, '$.reply_id') = r.id)
            ORDER BY r.received_at""",
        [customer, *numbers],
    ):
        label = CATEGORY_FR.get(category or "", "non classée")
        why = "; ".join(json.loads(reasons or "[]")[:3])
        text = " ".join(str(excerpt or "").split())[:160]
        add(
            at,
            invoices,
            f"Réponse de {sender or '?'} : « {label} »"
            + (f" ({why})" if why else "")
            + (f" — « {text} »" if text else ""),
            CUSTOMER,
        )
    for at, number, outcome, promised, note, actor in db.execute(
        """SELECT c.at, c.invoice_number, c.outcome, c.promised_date, c.note,
               COALESCE((SELECT e.actor FROM events e WHERE e.kind = 'call'
                         AND json_extract(e.detail, '$.call_id') = c.id LIMIT 1), 'commande')
           FROM calls c WHERE c.customer_id = ? ORDER BY c.at, c.id""",
        [customer],
    ):
        if not whole_customer and number is not None and number not in numbers:
            continue
        when = f" ({dt.date.fromisoformat(promised):%d/%m/%Y})" if promised else ""
        add(
            at,
            number,
            f"Appel noté : {OUTCOMES_FR[outcome]}{when}" + (f" — {note}" if note else ""),
            actor,
        )
    lines.sort(key=lambda line: line.at)
    return lines
