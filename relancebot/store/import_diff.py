"""The store as an import sees it, before and after: what changed, in the person's words.

Read by relancebot.store.import_preview on both sides of an import it then rolls back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from relancebot.core.money import format_money
from relancebot.importing.payments import PaymentRow
from relancebot.store.connection import Database

# (column, what the person calls it), in the order they are shown.
INVOICE_FIELDS = (
    ("customer_id", "client"),
    ("amount", "montant TTC"),
    ("amount_excl_tax", "montant HT"),
    ("currency", "devise"),
    ("issue_date", "date"),
    ("due_date", "échéance"),
    ("pdf_path", "PDF"),
)
CUSTOMER_FIELDS = (
    ("name", "nom"),
    ("contact", "contact"),
    ("phone", "téléphone"),
    ("language", "langue"),
    ("siren", "SIREN"),
    ("siret", "SIRET"),
)
_MONEY = ("amount", "amount_excl_tax")
_DATES = ("issue_date", "due_date")


@dataclass(frozen=True)
class FieldChange:
    label: str  # "échéance"
    before: str  # as the person reads it: "01/11/2026", "1 250,00 €", "—" for nothing
    after: str


@dataclass(frozen=True)
class InvoiceChange:
    number: str
    customer_id: str
    added: bool
    changes: tuple[FieldChange, ...]  # of an invoice already on file
    moved_from: str | None  # the customer it would leave (--move)
    paid: str | None  # "paid": paid in full by this import; "reopened": open again


@dataclass(frozen=True)
class CustomerChange:
    customer_id: str
    name: str
    created: bool
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class AddressChange:
    customer_id: str
    address: str
    role: str  # "to" (recipient) or "cc" (copy)
    change: str  # "added", or "replaced" (no longer used: the file gives another)


@dataclass(frozen=True)
class PaymentLine:
    line: int
    number: str
    amount: Decimal
    day: dt.date
    applied: bool  # False: already recorded (the same file, or an export repeating it)


def _shown(column: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if column in _MONEY:
        return format_money(Decimal(str(value)))
    if column in _DATES:
        return f"{dt.date.fromisoformat(str(value)):%d/%m/%Y}"
    return str(value)


def _changes(
    before: dict[str, Any], after: dict[str, Any], fields: Sequence[tuple[str, str]]
) -> tuple[FieldChange, ...]:
    return tuple(
        FieldChange(label, _shown(column, before[column]), _shown(column, after[column]))
        for column, label in fields
        if before[column] != after[column]
    )


def _chunks(values: Sequence[str]) -> Iterable[list[str]]:
    for start in range(0, len(values), 500):  # SQLite's limit on bound parameters
        yield list(values[start : start + 500])


def _rows(db: Database, sql: str, values: Sequence[str]) -> list[dict[str, Any]]:
    """`sql` with one `{marks}` for the values' placeholders, over every chunk of them."""
    found: list[dict[str, Any]] = []
    for chunk in _chunks(values):
        found += db.query(sql.format(marks=",".join("?" * len(chunk))), chunk)
    return found


PaymentKey = tuple[str, str, str, str, int]


@dataclass(frozen=True)
class Snapshot:
    invoices: dict[str, dict[str, Any]]
    customers: dict[str, dict[str, Any]]
    contacts: dict[tuple[str, str, str], bool]  # (customer, address, role) -> active
    payments: frozenset[PaymentKey]

    def invoice_changes(self, after: Snapshot, numbers: Sequence[str]) -> tuple[InvoiceChange, ...]:
        out = []
        for number in dict.fromkeys(numbers):
            old, new = self.invoices.get(number), after.invoices[number]
            was_paid = bool(old and old["paid_at"])
            paid = (
                "paid"
                if new["paid_at"] and not was_paid
                else "reopened"
                if was_paid and not new["paid_at"]
                else None
            )
            moved = old["customer_id"] if old and old["customer_id"] != new["customer_id"] else None
            changes = _changes(old, new, INVOICE_FIELDS) if old else ()
            out.append(InvoiceChange(number, new["customer_id"], old is None, changes, moved, paid))
        return tuple(out)

    def customer_changes(self, after: Snapshot, ids: Sequence[str]) -> tuple[CustomerChange, ...]:
        out = []
        for customer_id in ids:
            old, new = self.customers.get(customer_id), after.customers[customer_id]
            changes = _changes(old, new, CUSTOMER_FIELDS) if old else ()
            if old is None or changes:
                out.append(CustomerChange(customer_id, new["name"], old is None, changes))
        return tuple(out)

    def address_changes(self, after: Snapshot) -> tuple[AddressChange, ...]:
        out = []
        for (customer, address, role), active in sorted(after.contacts.items()):
            was = self.contacts.get((customer, address, role))
            if was is None:
                out.append(AddressChange(customer, address, role, "added"))
            elif was and not active:
                out.append(AddressChange(customer, address, role, "replaced"))
        return tuple(out)

    def payment_lines(self, after: Snapshot, rows: Sequence[PaymentRow]) -> tuple[PaymentLine, ...]:
        new = after.payments - self.payments
        return tuple(
            PaymentLine(
                r.line,
                r.number,
                r.amount,
                r.date,
                (r.number, r.date.isoformat(), str(r.amount), r.reference, r.occurrence) in new,
            )
            for r in rows
        )


def snapshot(db: Database, numbers: Sequence[str], customer_ids: Sequence[str]) -> Snapshot:
    """What an import of these invoices (and these customers) may change."""
    numbers = list(dict.fromkeys(numbers))
    columns = ", ".join(c for c, _label in INVOICE_FIELDS)
    invoices = _rows(
        db, f"SELECT number, paid_at, {columns} FROM invoices WHERE number IN ({{marks}})", numbers
    )
    customer_columns = ", ".join(c for c, _label in CUSTOMER_FIELDS)
    customers = _rows(
        db, f"SELECT id, {customer_columns} FROM customers WHERE id IN ({{marks}})", customer_ids
    )
    contacts = _rows(
        db,
        "SELECT customer_id, email, role, active FROM contacts WHERE customer_id IN ({marks})",
        customer_ids,
    )
    payments = _rows(
        db,
        "SELECT invoice_number, date, amount, reference, occurrence FROM payments"
        " WHERE invoice_number IN ({marks})",
        numbers,
    )
    return Snapshot(
        invoices={r["number"]: r for r in invoices},
        customers={r["id"]: r for r in customers},
        contacts={(r["customer_id"], r["email"], r["role"]): bool(r["active"]) for r in contacts},
        payments=frozenset(
            (r["invoice_number"], r["date"], r["amount"], r["reference"], int(r["occurrence"]))
            for r in payments
        ),
    )
