"""Payments and what they end: an invoice paid in full stops being chased.

The payments themselves come from an import (store.imports) or from a person (mark paid, a call
saying "paid"); :func:`settle` is the one place where an invoice becomes paid.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from relancebot.core.money import format_money
from relancebot.errors import InvalidValue
from relancebot.store.chase.state import open_invoice
from relancebot.store.connection import Database
from relancebot.store.records import SERVICE, iso, record_event
from relancebot.store.tasks import close_tasks


def settle(db: Database, number: str, at: dt.datetime, *, actor: str = SERVICE) -> bool:
    """Recompute what was paid from the payments; True when the invoice has just been paid in
    full: then its chase ends, the tasks about it are closed and the journal says so.

    An invoice whose amount grew above what was paid (a corrected import) is open again."""
    amount_text, paid_at, customer = db.execute(
        "SELECT amount, paid_at, customer_id FROM invoices WHERE number = ?", [number]
    ).fetchone()
    paid = sum(
        (
            Decimal(a)
            for (a,) in db.execute("SELECT amount FROM payments WHERE invoice_number = ?", [number])
        ),
        Decimal("0.00"),
    )
    settled = paid >= Decimal(amount_text)
    db.execute(
        "UPDATE invoices SET paid = ?, paid_at = ? WHERE number = ?",
        [str(paid), (paid_at or iso(at)) if settled else None, number],
    )
    if not settled or paid_at is not None:
        return False
    # Nothing left to call about or check: the digest drops it at once.
    close_tasks(db, at, "facture soldée", invoice=number)
    record_event(
        db,
        at,
        "invoice_paid",
        f"Facture {number} soldée : relances terminées",
        invoice=number,
        customer=customer,
        actor=actor,
    )
    return True


def record_payment(
    db: Database,
    number: str,
    amount: Decimal | None,
    day: dt.date,
    now: dt.datetime,
    *,
    actor: str,
    source: str = "personne",
) -> Decimal:
    """A payment a person saw (on the phone, on the bank statement); the balance by default.

    Returns the amount recorded; the invoice is settled when its balance reaches zero.
    `source` is kept with the payment ('personne', 'appel').
    """
    with db.atomic():
        row = open_invoice(db, number)
        balance = Decimal(str(row["amount"])) - Decimal(str(row["paid"]))
        paid = balance if amount is None else amount
        if paid <= 0:
            raise InvalidValue(f"montant à enregistrer invalide : {paid}")
        db.execute(
            "INSERT OR IGNORE INTO payments (invoice_number, amount, date, reference, source,"
            " imported_at) VALUES (?, ?, ?, ?, ?, ?)",
            [number, str(paid), day.isoformat(), f"{source} {iso(now)}", source, iso(now)],
        )
        record_event(
            db,
            now,
            "payment",
            f"Paiement de {format_money(paid)} du {day:%d/%m/%Y} enregistré par une personne"
            f" ({source})",
            invoice=number,
            customer=str(row["customer_id"]),
            detail={"source": source},
            actor=actor,
        )
        settle(db, number, now, actor=actor)
    return paid
