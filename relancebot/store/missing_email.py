"""Customers without an email address: imported, never reminded by guess, put before a person.

An e-invoice without a buyer contact email (BT-58), or a FEC line, may bring a customer the
store has no address for. Its invoices are imported all the same; the planner holds their
reminders (core.planner: no address, nothing sent), and one MISSING_EMAIL task per customer
asks a person for the address. When one arrives (an invoices CSV, `confirm-contact`, a
reminder able to leave), the task closes and the reminders go at the next pass.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from relancebot.store.connection import Database
from relancebot.store.records import SERVICE, record_event
from relancebot.store.tasks import TaskKind, close_tasks, open_task

LABEL = "adresse email manquante"


def has_address(db: Database, customer_id: str) -> bool:
    """An address we may write to, or one that is failing (a call is asked for then, under
    CALL_FAILING_ADDRESS): either way, not a missing one."""
    return (
        db.execute(
            "SELECT 1 FROM contacts WHERE customer_id = ? AND role = 'to' AND active LIMIT 1",
            [customer_id],
        ).fetchone()
        is not None
    )


def missing_email(
    db: Database, customer_ids: Iterable[str], at: dt.datetime, *, actor: str = SERVICE
) -> list[str]:
    """Open (or refresh) the task of each customer here without an address, with its open
    invoices; returns those customers. Call inside the caller's transaction."""
    missing = []
    for customer_id in sorted(set(customer_ids)):
        if has_address(db, customer_id):
            continue
        name = db.execute("SELECT name FROM customers WHERE id = ?", [customer_id]).fetchone()[0]
        numbers = [
            str(n)
            for (n,) in db.execute(
                "SELECT number FROM invoices WHERE customer_id = ? AND paid_at IS NULL"
                " ORDER BY due_date, number",
                [customer_id],
            )
        ]
        if not numbers:
            continue
        listed = ", ".join(numbers[:10]) + (" ..." if len(numbers) > 10 else "")
        open_task(
            db,
            TaskKind.MISSING_EMAIL,
            f"Adresse email manquante pour « {name} » ({customer_id}) : {len(numbers)} "
            f"facture(s) sans relance possible ({listed}) ; ajoutez son adresse par un import "
            f"CSV ou `relancebot confirm-contact {customer_id} ADRESSE`",
            at,
            customer=customer_id,
        )
        known = db.execute(
            "SELECT 1 FROM events WHERE customer_id = ? AND kind = 'missing_email' AND at >= ("
            " SELECT COALESCE(MAX(at), '') FROM events WHERE customer_id = ?"
            " AND kind = 'contact_found')",
            [customer_id, customer_id],
        ).fetchone()
        if known is None:
            record_event(
                db,
                at,
                "missing_email",
                f"Aucune adresse email pour « {name} » : ses relances attendent une adresse",
                customer=customer_id,
                actor=actor,
            )
        missing.append(customer_id)
    return missing


def found_email(db: Database, customer_ids: Iterable[str], at: dt.datetime) -> None:
    """Close the MISSING_EMAIL task of each customer here that now has an address."""
    for customer_id in sorted(set(customer_ids)):
        if not has_address(db, customer_id):
            continue
        if close_tasks(
            db, at, "adresse reçue", customer=customer_id, kinds=(TaskKind.MISSING_EMAIL,)
        ):
            record_event(
                db,
                at,
                "contact_found",
                "Adresse email reçue : les relances peuvent partir",
                customer=customer_id,
            )
