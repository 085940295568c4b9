"""Writing checked import rows: one transaction per file, so a file lands whole or not at all."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from relancebot.core.money import format_money
from relancebot.importing.invoices import InvoiceRow
from relancebot.importing.payments import PaymentRow
from relancebot.store.connection import Database
from relancebot.store.records import iso, record_event
from relancebot.store.tasks import close_tasks


@dataclass(frozen=True)
class ImportSummary:
    added: int = 0
    updated: int = 0
    skipped: int = 0  # payments already recorded (the same file imported twice)
    settled: tuple[str, ...] = ()


def _upsert_customer(db: Database, row: InvoiceRow, now: str) -> None:
    # A blank cell never erases what the file knew before (a phone typed in by a person).
    db.execute(
        """INSERT INTO customers (id, name, contact, phone, language, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(id) DO UPDATE SET
             name = excluded.name,
             contact = CASE WHEN excluded.contact != '' THEN excluded.contact ELSE contact END,
             phone = CASE WHEN excluded.phone != '' THEN excluded.phone ELSE phone END,
             language = CASE WHEN ? THEN excluded.language ELSE language END,
             updated_at = excluded.updated_at""",
        [
            row.customer_id,
            row.client,
            row.contact,
            row.phone,
            row.language or "fr",
            now,
            now,
            row.language is not None,
        ],
    )
    for role, addresses in (("to", row.emails), ("cc", row.cc)):
        for address in addresses:
            db.execute(
                "INSERT OR IGNORE INTO contacts (customer_id, email, role) VALUES (?, ?, ?)",
                [row.customer_id, address, role],
            )


def save_invoices(
    db: Database, rows: Sequence[InvoiceRow], at: dt.datetime, source: Path
) -> ImportSummary:
    now = iso(at)
    added = updated = 0
    with db.atomic():
        for row in rows:
            _upsert_customer(db, row, now)
            values = [
                row.customer_id,
                str(row.amount),
                str(row.amount_excl_tax) if row.amount_excl_tax is not None else None,
                row.currency,
                row.issue_date.isoformat(),
                row.due_date.isoformat(),
                str(row.pdf),
            ]
            exists = db.execute("SELECT 1 FROM invoices WHERE number = ?", [row.number]).fetchone()
            if exists:
                db.execute(
                    """UPDATE invoices SET customer_id = ?, amount = ?, amount_excl_tax = ?,
                       currency = ?, issue_date = ?, due_date = ?, pdf_path = ?, updated_at = ?
                       WHERE number = ?""",
                    [*values, now, row.number],
                )
                updated += 1
                kind, summary = "invoice_updated", f"Facture {row.number} mise à jour par import"
            else:
                db.execute(
                    """INSERT INTO invoices (customer_id, amount, amount_excl_tax, currency,
                       issue_date, due_date, pdf_path, number, created_at, updated_at)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    [*values, row.number, now, now],
                )
                added += 1
                kind, summary = (
                    "invoice_imported",
                    (
                        f"Facture {row.number} importée : {format_money(row.amount, row.currency)}"
                        f", échéance {row.due_date:%d/%m/%Y}"
                    ),
                )
            settle(db, row.number, at)
            record_event(
                db,
                at,
                kind,
                summary,
                invoice=row.number,
                customer=row.customer_id,
                detail={"source": str(source), "line": row.line},
            )
    return ImportSummary(added, updated)


def settle(db: Database, number: str, at: dt.datetime) -> bool:
    """Recompute what was paid; mark the invoice paid when the balance reaches zero."""
    amount_text, paid_at = db.execute(
        "SELECT amount, paid_at FROM invoices WHERE number = ?", [number]
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
    return settled and paid_at is None


def save_payments(
    db: Database, rows: Sequence[PaymentRow], at: dt.datetime, source: Path
) -> ImportSummary:
    added = skipped = 0
    settled: list[str] = []
    with db.atomic():
        for row in rows:
            cursor = db.execute(
                """INSERT OR IGNORE INTO payments
                   (invoice_number, amount, date, reference, source, imported_at)
                   VALUES (?, ?, ?, ?, ?, ?)""",
                [
                    row.number,
                    str(row.amount),
                    row.date.isoformat(),
                    row.reference,
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
            )
            if settle(db, row.number, at):
                settled.append(row.number)
                record_event(
                    db,
                    at,
                    "invoice_paid",
                    f"Facture {row.number} soldée : relances terminées",
                    invoice=row.number,
                    customer=customer,
                )
                # Nothing left to call about or check: the digest drops it at once.
                close_tasks(db, at, "facture soldée", invoice=row.number)
    return ImportSummary(added=added, skipped=skipped, settled=tuple(settled))
