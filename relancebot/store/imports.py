"""Writing checked import rows: one transaction per file, so a file lands whole or not at all."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from relancebot.core.money import format_money
from relancebot.importing.csvfile import ImportRejected, line_of
from relancebot.importing.invoices import InvoiceRow
from relancebot.importing.payments import PaymentRow
from relancebot.store.chase.payments import settle
from relancebot.store.connection import Database
from relancebot.store.contacts import set_import_addresses
from relancebot.store.import_checks import Owner, invoice_owners, store_conflicts
from relancebot.store.missing_email import found_email
from relancebot.store.records import SERVICE, iso, record_event


@dataclass(frozen=True)
class ImportSummary:
    added: int = 0
    updated: int = 0
    skipped: int = 0  # payments already recorded (the same file imported twice)
    settled: tuple[str, ...] = ()
    moved: tuple[str, ...] = ()  # invoices moved to another customer (--move)
    notes: tuple[str, ...] = ()  # what changed in the customers' addresses, for the person
    known: int = 0  # FEC items already on file: kept as they are
    credit_notes: int = 0  # credit notes read (applied, or left to a person)
    missing_email: tuple[str, ...] = ()  # customers left without an address: a person's task


def upsert_customer(db: Database, row: InvoiceRow, now: str) -> None:
    # A blank cell never erases what the file knew before (a phone typed in by a person).
    db.execute(
        """INSERT INTO customers (id, name, contact, phone, language, siren, siret, vat_number,
                                  created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(id) DO UPDATE SET
             name = excluded.name,
             contact = CASE WHEN excluded.contact != '' THEN excluded.contact ELSE contact END,
             phone = CASE WHEN excluded.phone != '' THEN excluded.phone ELSE phone END,
             language = CASE WHEN ? THEN excluded.language ELSE language END,
             siren = CASE WHEN excluded.siren != '' THEN excluded.siren ELSE siren END,
             siret = CASE WHEN excluded.siret != '' THEN excluded.siret ELSE siret END,
             vat_number = CASE WHEN excluded.vat_number != '' THEN excluded.vat_number
                          ELSE vat_number END,
             updated_at = excluded.updated_at""",
        [
            row.customer_id,
            row.client,
            row.contact,
            row.phone,
            row.language or "fr",
            row.siren,
            row.siret,
            row.vat_number,
            now,
            now,
            row.language is not None,
        ],
    )


def save_invoices(
    db: Database,
    rows: Sequence[InvoiceRow],
    at: dt.datetime,
    source: Path,
    move: bool = False,
    *,
    actor: str = SERVICE,
) -> ImportSummary:
    """Write a checked file in one transaction, or nothing when the store refuses it; the
    journal names `actor` (who imported it).

    1. Against the store (store.import_checks): an invoice of another customer is refused
       unless `move`, a name already on file for another company is refused.
    2. Customers, then invoices (added, updated, or moved with their payments, journalled).
    3. Each customer's addresses become those the file gives it (store.contacts).
    """
    now = iso(at)
    added = updated = 0
    moved: list[str] = []
    notes: list[str] = []
    with db.atomic():
        owners = invoice_owners(db, [r.number for r in rows])
        problems = store_conflicts(db, rows, owners, move)
        if problems:
            raise ImportRejected(source, sorted(problems, key=line_of))
        for row in rows:
            upsert_customer(db, row, now)
            if write_invoice(db, row, owners.get(row.number), at, source, actor):
                added += 1
            else:
                updated += 1
                owner = owners.get(row.number)
                if owner is not None and owner.customer_id != row.customer_id:
                    moved.append(row.number)
        for customer_id, (to, cc) in _addresses_by_customer(rows).items():
            for role, addresses in (("to", to), ("cc", cc)):
                notes += set_import_addresses(
                    db, customer_id, role, addresses, at, source, actor=actor
                )
        found_email(db, {r.customer_id for r in rows}, at)
    return ImportSummary(added, updated, moved=tuple(moved), notes=tuple(notes))


def write_invoice(
    db: Database, row: InvoiceRow, owner: Owner | None, at: dt.datetime, source: Path, actor: str
) -> bool:
    """Add the invoice (True) or update it (False: moved along with --move when `owner` is
    another customer), journalled; then settle it, as a lowered amount may pay it."""
    now = iso(at)
    if owner is None:
        _insert_invoice(db, row, now)
        kind, summary = (
            "invoice_imported",
            (
                f"Facture {row.number} importée : {format_money(row.amount, row.currency)}"
                f", échéance {row.due_date:%d/%m/%Y}"
            ),
        )
    else:
        _update_invoice(db, row, now)
        kind, summary = "invoice_updated", f"Facture {row.number} mise à jour par import"
        if owner.customer_id != row.customer_id:
            _moved(db, row, owner, at, source, actor)
    place = {"line": row.line} if not row.place else {"file": row.place}
    record_event(
        db,
        at,
        kind,
        summary,
        invoice=row.number,
        customer=row.customer_id,
        detail={"source": str(source), **place},
        actor=actor,
    )
    settle(db, row.number, at, actor=actor)
    return owner is None


def _insert_invoice(db: Database, row: InvoiceRow, now: str) -> None:
    db.execute(
        """INSERT INTO invoices (customer_id, amount, amount_excl_tax, currency,
           issue_date, due_date, pdf_path, origin, number, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [*_invoice_values(row), row.number, now, now],
    )


def _update_invoice(db: Database, row: InvoiceRow, now: str) -> None:
    # A file without a document (a bare XML) never takes away the PDF an invoice had.
    db.execute(
        """UPDATE invoices SET customer_id = ?1, amount = ?2, amount_excl_tax = ?3,
           currency = ?4, issue_date = ?5, due_date = ?6,
           pdf_path = CASE WHEN ?7 = '' THEN pdf_path ELSE ?7 END, origin = ?8, updated_at = ?9
           WHERE number = ?10""",
        [*_invoice_values(row), now, row.number],
    )


def _invoice_values(row: InvoiceRow) -> list[str | None]:
    return [
        row.customer_id,
        str(row.amount),
        str(row.amount_excl_tax) if row.amount_excl_tax is not None else None,
        row.currency,
        row.issue_date.isoformat(),
        row.due_date.isoformat(),
        str(row.pdf) if row.pdf is not None else "",  # no document: reminders attach nothing
        row.origin,
    ]


def _moved(
    db: Database, row: InvoiceRow, owner: Owner, at: dt.datetime, source: Path, actor: str
) -> None:
    """Asked for with --move: the invoice, its payments (kept by number) and its open tasks
    now belong to the other customer; both customers' journals say so. Its reminders stay
    in its history, and its chase goes on where it was."""
    db.execute(
        "UPDATE tasks SET customer_id = ? WHERE invoice_number = ? AND state = 'open'",
        [row.customer_id, row.number],
    )
    summary = (
        f"Facture {row.number} déplacée de « {owner.name} » ({owner.customer_id}) vers "
        f"« {row.client} » ({row.customer_id}) par import --move, avec ses paiements"
    )
    detail = {"source": str(source), "line": row.line, "from": owner.customer_id}
    for customer in (owner.customer_id, row.customer_id):
        record_event(
            db, at, "invoice_moved", summary,
            invoice=row.number, customer=customer, detail=detail, actor=actor,
        )  # fmt: skip


def _addresses_by_customer(
    rows: Sequence[InvoiceRow],
) -> dict[str, tuple[list[str], list[str]]]:
    """Every address the file gives each customer, in the file's order."""
    found: dict[str, tuple[list[str], list[str]]] = {}
    for row in rows:
        if not row.states_addresses:
            continue
        to, cc = found.setdefault(row.customer_id, ([], []))
        to.extend(a for a in row.emails if a not in to)
        cc.extend(a for a in row.cc if a not in cc)
    return found


def save_payments(
    db: Database,
    rows: Sequence[PaymentRow],
    at: dt.datetime,
    source: Path,
    *,
    actor: str = SERVICE,
) -> ImportSummary:
    """Record each payment once: a payment is known by its invoice, date, amount, reference
    and occurrence (the n-th identical row of its file), so identical rows of one file all
    count, and the same file, or a later export repeating its rows, adds nothing again."""
    added = skipped = 0
    settled: list[str] = []
    with db.atomic():
        for row in rows:
            cursor = db.execute(
                """INSERT OR IGNORE INTO payments
                   (invoice_number, amount, date, reference, occurrence, source, imported_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?)""",
                [
                    row.number,
                    str(row.amount),
                    row.date.isoformat(),
                    row.reference,
                    row.occurrence,
                    f"{source}:{row.line}",
                    iso(at),
                ],
            )
            if cursor.rowcount == 0:
                skipped += 1
                continue
            added += 1
            customer = db.execute(
                "SELECT customer_id FROM invoices WHERE number = ?", [row.number]
            ).fetchone()[0]
            record_event(
                db,
                at,
                "payment",
                f"Paiement de {format_money(row.amount)} du {row.date:%d/%m/%Y} enregistré",
                invoice=row.number,
                customer=customer,
                detail={"source": str(source), "line": row.line},
                actor=actor,
            )
            if settle(db, row.number, at, actor=actor):
                settled.append(row.number)
    return ImportSummary(added=added, skipped=skipped, settled=tuple(settled))


def document_moved(db: Database, old: Path, new: Path) -> int:
    """The invoices whose document was `old` attach `new` from now on (a Factur-X dropped in
    [imports] watch_dir and then moved to imported/); returns how many. Both are resolved, as
    the import stored them: reminders refuse a path that has become a link."""
    return db.execute(
        "UPDATE invoices SET pdf_path = ? WHERE pdf_path = ?",
        [str(new.resolve()), str(old.resolve())],
    ).rowcount
