"""Credit notes: what they take off the invoice they correct, and what is left to a person.

A credit note (an e-invoice of type 381, ...) naming an invoice the store knows (BT-25) is
recorded against it as a payment-like row, reference "avoir <its number>": the invoice's
balance drops, and it settles when nothing is left. The payment's reference makes it once
only: imported again, it adds nothing. A credit note naming no known invoice, another
customer's, or more than is still owed, leaves the rest to a person (ALLOCATE_CREDIT): an
allocation is never guessed.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from relancebot.core.money import format_money
from relancebot.importing.einvoice_rows import CreditNote
from relancebot.store.chase.payments import settle
from relancebot.store.connection import Database
from relancebot.store.records import iso, record_event
from relancebot.store.tasks import TaskKind, open_task


def _reference(credit: CreditNote) -> str:
    return f"avoir {credit.row.number}"


def _target(db: Database, credit: CreditNote) -> tuple[str | None, str]:
    """(the invoice it reduces, or None with why not)."""
    if not credit.corrects:
        return None, "il ne nomme aucune facture (BT-25)"
    row = db.execute(
        "SELECT i.customer_id, c.siren FROM invoices i JOIN customers c ON c.id = i.customer_id"
        " WHERE i.number = ?",
        [credit.corrects],
    ).fetchone()
    if row is None:
        return None, f"la facture {credit.corrects} qu'il corrige est inconnue"
    owner, siren = str(row[0]), str(row[1])
    if owner != credit.row.customer_id and not (siren and siren == credit.row.siren):
        return None, (
            f"la facture {credit.corrects} qu'il corrige est celle d'un autre client ({owner})"
        )
    return credit.corrects, ""


def _already(db: Database, credit: CreditNote) -> bool:
    """Imported before: applied (its payment row), or left to a person (its journal line)."""
    if db.execute(
        "SELECT 1 FROM payments WHERE reference = ? LIMIT 1", [_reference(credit)]
    ).fetchone():
        return True
    return (
        db.execute(
            "SELECT 1 FROM events WHERE kind = 'credit_note_unallocated' AND customer_id = ?"
            " AND json_extract(detail, '$.credit_note') = ? LIMIT 1",
            [credit.row.customer_id, credit.row.number],
        ).fetchone()
        is not None
    )


def apply_credit_note(
    db: Database, credit: CreditNote, at: dt.datetime, *, actor: str
) -> tuple[str, bool] | None:
    """Record the credit note; returns (what it did, in French; whether it settled its
    invoice), or None when it was imported before. The caller's transaction."""
    if _already(db, credit):
        return None
    row = credit.row
    amount = format_money(row.amount, row.currency)
    target, why = _target(db, credit)
    applied = Decimal("0.00")
    settled = False
    done = ""
    if target is not None:
        total, paid = db.execute(
            "SELECT amount, paid FROM invoices WHERE number = ?", [target]
        ).fetchone()
        applied = max(min(row.amount, Decimal(total) - Decimal(paid)), Decimal("0.00"))
        if applied > 0:
            db.execute(
                "INSERT INTO payments (invoice_number, amount, date, reference, source,"
                " imported_at) VALUES (?, ?, ?, ?, ?, ?)",
                [target, str(applied), row.issue_date.isoformat(), _reference(credit),
                 row.place, iso(at)],
            )  # fmt: skip
            done = f"Avoir {row.number} imputé sur {target} : {format_money(applied, row.currency)}"
            record_event(
                db, at, "credit_note_applied", done,
                invoice=target, customer=row.customer_id,
                detail={"credit_note": row.number, "source": row.place}, actor=actor,
            )  # fmt: skip
            settled = settle(db, target, at, actor=actor)
        else:
            why = f"la facture {target} ne doit plus rien"
    rest = row.amount - applied
    if rest <= 0:
        return done, settled
    left = format_money(rest, row.currency)
    what = (
        f"Avoir {row.number} de {amount} du {row.issue_date:%d/%m/%Y} pour « {row.client} » : "
        + (f"{left} restent à imputer (plus que le reste dû sur {target})" if applied else
           f"à imputer par une personne ({why})")
    )  # fmt: skip
    record_event(
        db, at, "credit_note_unallocated", what, customer=row.customer_id,
        detail={"credit_note": row.number, "amount": str(rest), "source": row.place},
        actor=actor,
    )  # fmt: skip
    _ask_a_person(db, row.customer_id, what, at)
    return "; ".join(filter(None, [done, what])), settled


def _ask_a_person(db: Database, customer_id: str, what: str, at: dt.datetime) -> None:
    """One ALLOCATE_CREDIT task per customer (tasks are one per kind and customer), listing
    each credit note still to allocate."""
    summary = db.execute(
        "SELECT summary FROM tasks WHERE state = 'open' AND kind = ? AND customer_id = ?"
        " AND invoice_number IS NULL",
        [TaskKind.ALLOCATE_CREDIT.name.lower(), customer_id],
    ).fetchone()
    text = f"{summary[0]} | {what}" if summary and what not in summary[0] else what
    open_task(db, TaskKind.ALLOCATE_CREDIT, text[:2000], at, customer=customer_id)
