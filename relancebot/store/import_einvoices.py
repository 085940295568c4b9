"""Writing e-invoices (Factur-X, CII, UBL) read by relancebot.importing: all or nothing.

1. Each buyer is found among the customers on file (store.einvoice_customers), then the
   invoices are checked against the store as a CSV's lines are (store.import_checks: an
   invoice of another customer needs --move, two companies of one name never merge).
2. Customers (with their VAT number), then invoices, added or updated by number; a prepaid
   amount (BT-113) is recorded as a payment "acompte", so only what is due (BT-115) is
   chased. A contact email (BT-58) is added to the customer's addresses, never replacing
   those on file: one invoice names one contact, not the customer's whole list.
3. Credit notes reduce what is owed on the invoices they correct (store.credit_notes).
4. A customer left without any address gets a MISSING_EMAIL task (store.missing_email).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from relancebot.core.money import format_money
from relancebot.importing.csvfile import ImportRejected
from relancebot.importing.einvoice_rows import EInvoiceBatch
from relancebot.importing.invoices import InvoiceRow
from relancebot.store.chase.payments import settle
from relancebot.store.connection import Database
from relancebot.store.credit_notes import apply_credit_note
from relancebot.store.einvoice_customers import resolve_customers
from relancebot.store.import_checks import invoice_owners, store_conflicts
from relancebot.store.imports import ImportSummary, upsert_customer, write_invoice
from relancebot.store.missing_email import found_email, missing_email
from relancebot.store.records import SERVICE, iso, record_event

PREPAID = "acompte"  # the payments' reference of a prepaid amount (BT-113)


def _conflicts(
    db: Database, invoices: Sequence[InvoiceRow], credits: Sequence[InvoiceRow], move: bool
) -> list[str]:
    owners = invoice_owners(db, [r.number for r in invoices])
    problems = store_conflicts(db, [*invoices, *credits], owners, move)
    taken = invoice_owners(db, [r.number for r in credits])
    problems += [
        f"{r.where} : l'avoir {r.number} porte le numéro d'une facture déjà connue"
        for r in credits
        if r.number in taken
    ]
    numbers = {r.number for r in invoices}
    problems += [
        f"{r.where} : l'avoir {r.number} porte le numéro d'une facture de cet import"
        for r in credits
        if r.number in numbers
    ]
    return problems


def _prepaid(db: Database, row: InvoiceRow, at: dt.datetime, actor: str) -> str:
    """The prepaid part of an invoice as a payment, once; what the person is told."""
    if (
        row.prepaid <= 0
        or db.execute(
            "SELECT 1 FROM payments WHERE invoice_number = ? AND reference = ?",
            [row.number, PREPAID],
        ).fetchone()
    ):
        return ""
    db.execute(
        "INSERT INTO payments (invoice_number, amount, date, reference, source, imported_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [row.number, str(row.prepaid), row.issue_date.isoformat(), PREPAID, row.place, iso(at)],
    )
    due = row.amount - row.prepaid
    summary = (
        f"Acompte de {format_money(row.prepaid, row.currency)} déjà versé sur {row.number} "
        f"(facture électronique) : reste dû {format_money(due, row.currency)}"
    )
    record_event(
        db, at, "payment", summary, invoice=row.number, customer=row.customer_id,
        detail={"source": row.place, "reference": PREPAID}, actor=actor,
    )  # fmt: skip
    settle(db, row.number, at, actor=actor)
    return summary


def _add_addresses(db: Database, row: InvoiceRow, at: dt.datetime, actor: str) -> list[str]:
    notes = []
    for address in row.emails:
        known = db.execute(
            "SELECT active, failing_since FROM contacts WHERE customer_id = ? AND email = ?"
            " AND role = 'to'",
            [row.customer_id, address],
        ).fetchone()
        if known is None:
            db.execute(
                "INSERT INTO contacts (customer_id, email, role, source) VALUES (?, ?, 'to',"
                " 'import')",
                [row.customer_id, address],
            )
            record_event(
                db, at, "contact_added",
                f"Adresse {address} ajoutée (contact de la facture {row.number}, BT-58)",
                customer=row.customer_id, detail={"source": row.place}, actor=actor,
            )  # fmt: skip
        elif not known[0] or known[1]:
            state = "inactive" if not known[0] else "en échec"
            notes.append(
                f"{row.customer_id} : l'adresse {address} est {state} et le reste ; "
                f"`relancebot confirm-contact {row.customer_id} {address}` pour la reprendre"
            )
    return notes


def save_einvoices(
    db: Database,
    batch: EInvoiceBatch,
    at: dt.datetime,
    source: Path,
    move: bool = False,
    *,
    actor: str = SERVICE,
) -> ImportSummary:
    """Write checked e-invoices in one transaction (see the module's steps), or nothing:
    ImportRejected (naming `source`) lists every invoice the store refuses and why."""
    now = iso(at)
    added = updated = 0
    moved: list[str] = []
    notes: list[str] = []
    settled: list[str] = []
    with db.atomic():
        every = resolve_customers(db, [*batch.invoices, *(c.row for c in batch.credit_notes)])
        invoices, credit_rows = every[: len(batch.invoices)], every[len(batch.invoices) :]
        credits = [
            dataclasses.replace(c, row=r)
            for c, r in zip(batch.credit_notes, credit_rows, strict=True)
        ]
        problems = _conflicts(db, invoices, credit_rows, move)
        if problems:
            raise ImportRejected(source, problems)
        owners = invoice_owners(db, [r.number for r in invoices])
        for row in invoices:
            upsert_customer(db, row, now)
            owner = owners.get(row.number)
            if write_invoice(db, row, owner, at, Path(row.place), actor):
                added += 1
            else:
                updated += 1
                if owner is not None and owner.customer_id != row.customer_id:
                    moved.append(row.number)
            notes += [f"{row.number} : {row.due_note}"] if row.due_note else []
            notes += filter(None, [_prepaid(db, row, at, actor)])
            notes += _add_addresses(db, row, at, actor)
        for credit in credits:
            upsert_customer(db, credit.row, now)
            notes += _add_addresses(db, credit.row, at, actor)
            done = apply_credit_note(db, credit, at, actor=actor)
            if done is None:
                notes.append(f"Avoir {credit.row.number} déjà importé : rien de plus")
                continue
            notes += [done[0]] if done[0] else []
            settled += [credit.corrects] if done[1] else []
        customers = {r.customer_id for r in every}
        found_email(db, customers, at)
        missing = missing_email(db, customers, at, actor=actor)
        notes += [
            f"{c} : adresse email manquante, une tâche est ouverte ; ses relances attendent "
            "une adresse"
            for c in missing
        ]
    return ImportSummary(
        added,
        updated,
        settled=tuple(settled),
        moved=tuple(moved),
        notes=tuple(notes),
        credit_notes=len(credits),
        missing_email=tuple(missing),
    )
