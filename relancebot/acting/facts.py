"""Reading the facts :func:`relancebot.core.actions.decide` needs from the store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from relancebot.core.action_model import CustomerFacts, InvoiceFacts
from relancebot.core.model import Chase
from relancebot.inbox.freemail import is_free_mail_domain
from relancebot.store.connection import Database
from relancebot.store.records import from_iso, recipients


def invoice_facts(db: Database, numbers: Sequence[str]) -> list[InvoiceFacts]:
    if not numbers:
        return []
    rows = db.execute(
        "SELECT number, customer_id, chase, paid_at, last_duplicate_at FROM invoices"
        f" WHERE number IN ({','.join('?' * len(numbers))}) ORDER BY number",
        list(numbers),
    ).fetchall()
    return [
        InvoiceFacts(number, customer, Chase(chase), paid_at is not None, from_iso(last))
        for number, customer, chase, paid_at, last in rows
    ]


def customer_facts(db: Database, customer_id: str) -> CustomerFacts:
    """Its mailable addresses, its known ones, and the domains it owns.

    Only active addresses count as the customer's (imported, or confirmed by a person): a
    contact merely suggested by a reply (inactive, source 'reply:N') is nobody's yet. Only
    addresses a person or an import put on file count for the domains, never one that
    strangers share (free webmails, Internet providers).
    """
    to, cc = recipients(db, customer_id)
    rows = db.execute(
        "SELECT email, source FROM contacts WHERE customer_id = ? AND active", [customer_id]
    ).fetchall()
    known = {str(r[0]).lower() for r in rows}
    domains = {
        str(email).lower().rpartition("@")[2]
        for email, source in rows
        if not str(source).startswith("reply:")
    }
    return CustomerFacts(
        customer_id,
        tuple(a.lower() for a in to),
        tuple(a.lower() for a in cc),
        frozenset(d for d in domains if d and not is_free_mail_domain(d)),
        frozenset(known),
    )


def customers_facts(db: Database, ids: Iterable[str | None]) -> dict[str, CustomerFacts]:
    return {cid: customer_facts(db, cid) for cid in sorted({i for i in ids if i})}


def last_sent_to(db: Database, address: str | None) -> dt.datetime | None:
    """When we last sent an email to that address (To or Cc), from the outbox."""
    if not address:
        return None
    row = db.execute(
        "SELECT MAX(o.sent_at) FROM outbox o, json_each(o.recipients) r"
        " WHERE o.state = 'sent' AND lower(r.value) = ?",
        [address.lower()],
    ).fetchone()
    return from_iso(row[0]) if row and row[0] else None


def sent_to_in(db: Database, message_ids: Sequence[str], address: str | None) -> bool:
    """One of these messages of ours went to that address."""
    if not address or not message_ids:
        return False
    row = db.execute(
        "SELECT 1 FROM outbox o, json_each(o.recipients) r"
        f" WHERE o.message_id IN ({','.join('?' * len(message_ids))}) AND lower(r.value) = ?",
        [*message_ids, address.lower()],
    ).fetchone()
    return row is not None


def is_contact(db: Database, address: str | None) -> bool:
    if not address:
        return False
    row = db.execute("SELECT 1 FROM contacts WHERE email = ?", [address.lower()]).fetchone()
    return row is not None
