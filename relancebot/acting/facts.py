"""Reading the facts :func:`relancebot.core.actions.decide` needs from the store."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from relancebot.core.action_model import CustomerFacts, InvoiceFacts
from relancebot.core.model import Chase
from relancebot.inbox.linking import is_public_domain
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
    """Its mailable addresses, and the domains it owns.

    Only addresses a person or an import put on file count for the domains: a contact merely
    suggested by a reply (inactive, source 'reply:N') must not widen where mail may go.
    """
    to, cc = recipients(db, customer_id)
    rows = db.execute(
        "SELECT email FROM contacts WHERE customer_id = ? AND active AND source NOT LIKE 'reply:%'",
        [customer_id],
    ).fetchall()
    domains = {str(r[0]).rpartition("@")[2] for r in rows}
    return CustomerFacts(
        customer_id,
        tuple(a.lower() for a in to),
        tuple(a.lower() for a in cc),
        frozenset(d for d in domains if d and not is_public_domain(d)),
    )


def customers_facts(db: Database, ids: Iterable[str | None]) -> dict[str, CustomerFacts]:
    return {cid: customer_facts(db, cid) for cid in sorted({i for i in ids if i})}


def is_contact(db: Database, address: str | None) -> bool:
    if not address:
        return False
    row = db.execute("SELECT 1 FROM contacts WHERE email = ?", [address.lower()]).fetchone()
    return row is not None
