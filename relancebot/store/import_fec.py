"""Writing the open items of a FEC (relancebot.importing.fec): new invoices only, all or nothing.

1. An invoice already on file keeps everything it has (amount, dates, customer, payments):
   the FEC only adds what the store does not know, and says how many it already knew.
2. A customer account of the FEC is a customer: the one on file under that id, else the one
   its invoices already on file belong to (any piece of the account, lettered or not, that
   the store knows), when they all belong to one; else a new customer, named as the account.
   A customer on file keeps its name and details.
3. New invoices: origin 'fec', no document (their reminders attach nothing), the due date
   from the FEC's echeance column, else the piece's date + [imports] payment_terms_days.
4. A customer without an address gets a MISSING_EMAIL task (store.missing_email).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

from relancebot.importing.invoices import InvoiceRow
from relancebot.store.connection import Database
from relancebot.store.import_checks import invoice_owners
from relancebot.store.imports import ImportSummary, write_invoice
from relancebot.store.missing_email import missing_email
from relancebot.store.records import SERVICE, iso


def _customers_of_accounts(
    db: Database, accounts: Sequence[str], pieces: Mapping[str, frozenset[str]]
) -> dict[str, tuple[str, str]]:
    """Account -> (customer id, name) on file, for the accounts the store can tell."""
    found: dict[str, tuple[str, str]] = {}
    for account in dict.fromkeys(accounts):
        row = db.execute("SELECT id, name FROM customers WHERE id = ?", [account]).fetchone()
        if row is not None:
            found[account] = (str(row[0]), str(row[1]))
            continue
        owners = {
            (o.customer_id, o.name)
            for o in invoice_owners(db, sorted(pieces.get(account, ()))).values()
        }
        if len(owners) == 1:
            found[account] = owners.pop()
    return found


def save_fec(
    db: Database,
    rows: Sequence[InvoiceRow],
    pieces: Mapping[str, frozenset[str]],
    at: dt.datetime,
    source: Path,
    *,
    default_days: int,
    actor: str = SERVICE,
) -> ImportSummary:
    """Add the FEC's open items the store does not know yet (see the module's steps), in
    one transaction."""
    now = iso(at)
    notes: list[str] = []
    with db.atomic():
        known = invoice_owners(db, [r.number for r in rows])
        new = [r for r in rows if r.number not in known]
        on_file = _customers_of_accounts(db, [r.customer_id for r in new], pieces)
        for account, (customer_id, name) in sorted(on_file.items()):
            if customer_id != account:
                notes.append(f"compte {account} : le client {name} ({customer_id}), déjà connu")
        defaulted = 0
        for row in new:
            if row.customer_id in on_file:
                customer_id, name = on_file[row.customer_id]
                row = dataclasses.replace(row, customer_id=customer_id, client=name)
            else:
                db.execute(
                    "INSERT OR IGNORE INTO customers (id, name, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?)",
                    [row.customer_id, row.client, now, now],
                )
            write_invoice(db, row, None, at, source, actor)
            defaulted += bool(row.due_note)
        if defaulted:
            notes.append(
                f"{defaulted} échéance(s) absente(s) du FEC : date de la pièce + "
                f"{default_days} jours ([imports] payment_terms_days)"
            )
        customers = {on_file.get(r.customer_id, (r.customer_id, ""))[0] for r in new}
        missing = missing_email(db, customers, at, actor=actor)
        if missing:
            notes.append(
                f"adresse email manquante pour {len(missing)} client(s) ({', '.join(missing)}) : "
                "une tâche chacun ; leurs relances attendent une adresse"
            )
    return ImportSummary(
        added=len(new), known=len(rows) - len(new), notes=tuple(notes),
        missing_email=tuple(missing),
    )  # fmt: skip
