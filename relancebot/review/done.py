"""What people did since a moment (a call noted, a pause, a payment seen, a contact confirmed):
the journal's lines whose actor is a person, at the command line or in the pages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from relancebot.classify.text import printable
from relancebot.store.connection import Database
from relancebot.store.records import SERVICE, from_iso, iso

DONE_LIMIT = 200


@dataclass(frozen=True)
class DoneLine:
    at: dt.datetime
    customer_id: str
    customer: str
    invoice: str
    what: str
    actor: str  # 'commande' or 'web:<user>'

    @property
    def who(self) -> str:
        """The person, as the pages name them."""
        return self.actor.removeprefix("web:") if self.actor.startswith("web:") else "commande"


def done_since(db: Database, since: dt.datetime) -> list[DoneLine]:
    """Newest first; one decision about two invoices is one line per invoice, as journalled."""
    rows = db.execute(
        """SELECT e.at, COALESCE(e.customer_id, ''), COALESCE(c.name, ''),
                  COALESCE(e.invoice_number, ''), e.summary, e.actor
           FROM events e LEFT JOIN customers c ON c.id = e.customer_id
           WHERE e.at >= ? AND e.actor != ? AND e.kind NOT LIKE 'web\\_%' ESCAPE '\\'
           ORDER BY e.at DESC, e.id DESC LIMIT ?""",
        [iso(since), SERVICE, DONE_LIMIT],
    ).fetchall()
    lines = []
    for at, customer_id, customer, invoice, summary, actor in rows:
        moment = from_iso(at)
        assert moment is not None
        lines.append(DoneLine(moment, customer_id, customer, invoice, printable(summary), actor))
    return lines
