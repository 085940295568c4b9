"""The few statements that write an invoice's chase state, and the checks before a change.

Only the modules of this package call them; everyone else asks for a named change
(``relancebot.store.chase``), which journals it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from relancebot.core.model import Chase
from relancebot.errors import NotAllowedNow, UnknownCustomer, UnknownInvoice
from relancebot.store.connection import Database
from relancebot.store.records import customer_row, invoice_row, iso
from relancebot.store.tasks import TaskKind

# The tasks a call answers: once a person has spoken to the customer, they are done.
CALL_KINDS = (
    TaskKind.CALL_DISPUTE,
    TaskKind.CALL_DIFFICULTY,
    TaskKind.CALL_FAILING_ADDRESS,
    TaskKind.CALL_BROKEN_PROMISE,
    TaskKind.CHECK_BANK,
    TaskKind.CALL_OVERDUE,
)


def open_invoice(db: Database, number: str) -> dict[str, Any]:
    """The invoice's row; refused when unknown or already paid in full."""
    row = invoice_row(db, number)
    if row is None:
        raise UnknownInvoice(f"facture inconnue : {number!r}")
    if row["paid_at"]:
        raise NotAllowedNow(f"la facture {number} est déjà soldée")
    return row


def known_customer(db: Database, customer_id: str) -> dict[str, Any]:
    row = customer_row(db, customer_id)
    if row is None:
        raise UnknownCustomer(f"client inconnu : {customer_id!r}")
    return row


def set_chase(
    db: Database,
    number: str,
    chase: Chase,
    until: dt.datetime | None,
    reason: str,
    now: dt.datetime,
) -> bool:
    """The invoice's chase state, while it is unpaid; False when there was nothing to change."""
    return bool(
        db.execute(
            "UPDATE invoices SET chase = ?, paused_until = ?, chase_reason = ?, updated_at = ?"
            " WHERE number = ? AND paid_at IS NULL",
            [chase.value, iso(until) if until else None, reason, iso(now), number],
        ).rowcount
    )


def set_promise(db: Database, number: str, day: dt.date | None, now: dt.datetime) -> None:
    db.execute(
        "UPDATE invoices SET promised_date = ?, updated_at = ? WHERE number = ?",
        [day.isoformat() if day else None, iso(now), number],
    )
