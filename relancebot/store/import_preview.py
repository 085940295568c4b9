"""What an import would change, without changing anything: the import itself, rolled back.

A dry run (`import-invoices --dry-run`, the page "Import" before its confirmation):

1. The file is read and checked by the import's own readers (relancebot.importing); a refused
   file gives every refused line with its reason, and nothing more.
2. The import's own writers (relancebot.store.imports) run inside a transaction (a savepoint
   within the caller's) that is always rolled back; the store is read before and after them.
3. The difference is the answer: invoices added, updated (which fields, from what to what),
   moved, paid or open again; customers created or updated; addresses added or replaced;
   payments applied or already known.

So what the dry run shows is what the import does, by construction: the same checks, the
same decisions, never a second copy of them that could drift. Like the import, it holds
SQLite's write lock while it runs; nothing of it is ever committed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from relancebot.config import Settings
from relancebot.core.money import format_money
from relancebot.importing.csvfile import ImportRejected
from relancebot.importing.invoice_files import read_invoice_paths
from relancebot.importing.invoices import InvoiceRow, read_invoice_file
from relancebot.importing.payments import PaymentRow, read_payment_file
from relancebot.store.connection import Database
from relancebot.store.import_diff import (
    AddressChange,
    CustomerChange,
    InvoiceChange,
    PaymentLine,
    Snapshot,
    snapshot,
)
from relancebot.store.import_fec import save_fec
from relancebot.store.import_files import (
    import_invoice_paths,
    read_fec_rows,
    read_options,
    save_invoice_files,
)
from relancebot.store.imports import ImportSummary, save_payments
from relancebot.store.records import COMMAND


@dataclass(frozen=True)
class ImportPreview:
    """What importing `path` would do. `refused` lists every refused line with its reason
    ("ligne 3 : ..."); when it is not empty, nothing of the file would be imported."""

    path: Path
    kind: str  # "invoices" | "payments" | "fec"
    refused: tuple[str, ...] = ()
    invoices: tuple[InvoiceChange, ...] = ()
    customers: tuple[CustomerChange, ...] = ()
    addresses: tuple[AddressChange, ...] = ()
    payments: tuple[PaymentLine, ...] = ()
    notes: tuple[str, ...] = field(default=())  # what the import itself would say

    @property
    def accepted(self) -> bool:
        return not self.refused

    @property
    def added(self) -> tuple[InvoiceChange, ...]:
        return tuple(i for i in self.invoices if i.added)

    @property
    def updated(self) -> tuple[InvoiceChange, ...]:
        return tuple(i for i in self.invoices if not i.added and i.changes)

    @property
    def unchanged(self) -> tuple[InvoiceChange, ...]:
        return tuple(i for i in self.invoices if not i.added and not i.changes)

    @property
    def becoming_paid(self) -> tuple[str, ...]:
        return tuple(i.number for i in self.invoices if i.paid == "paid")


def read_invoice_rows(settings: Settings, path: Path) -> list[InvoiceRow]:
    """The CSV's rows, checked as the firm's settings say ([invoices]); ImportRejected."""
    options = read_options(settings)
    return read_invoice_file(path, options.pdf_root, options.allow_outside, options.max_pdf_bytes)


def read_payment_rows(db: Database, path: Path) -> list[PaymentRow]:
    """The file's rows, checked against the invoices on file; ImportRejected."""
    known = {str(number) for (number,) in db.execute("SELECT number FROM invoices")}
    return read_payment_file(path, known)


class _Undo(Exception):
    """Raised to roll the dry run back, whatever it did."""


def _rolled_back(
    db: Database, write: Callable[[], ImportSummary], read: Callable[[], Snapshot]
) -> tuple[Snapshot, ImportSummary, Snapshot]:
    """(the store before, what `write` said, the store after): `write` run, then undone."""
    found: list[tuple[Snapshot, ImportSummary, Snapshot]] = []
    try:
        with db.atomic():
            before = read()
            summary = write()
            found.append((before, summary, read()))
            raise _Undo
    except _Undo:
        pass
    return found[0]


def _everyone(db: Database) -> list[str]:
    return [str(i) for (i,) in db.execute("SELECT id FROM customers")]


def _changed_customers(before: Snapshot, after: Snapshot) -> list[str]:
    """Customers an import created or changed (those of e-invoices and FEC accounts are only
    known once the store has found them)."""
    return sorted(c for c, row in after.customers.items() if before.customers.get(c) != row)


def preview_invoice_paths(
    db: Database,
    settings: Settings,
    paths: Sequence[Path],
    now: dt.datetime,
    *,
    move: bool = False,
) -> ImportPreview:
    """What `import-invoices PATH... [--move]` would do at `now`; nothing is written."""
    try:
        files = read_invoice_paths(paths, read_options(settings))
        numbers = files.numbers
        first, summary, then = _rolled_back(
            db,
            lambda: save_invoice_files(db, files, paths, now, move=move),
            lambda: snapshot(db, numbers, _everyone(db)),
        )
    except ImportRejected as exc:
        return ImportPreview(paths[0], "invoices", refused=tuple(exc.problems))
    return ImportPreview(
        paths[0],
        "invoices",
        invoices=first.invoice_changes(then, [n for n in numbers if n in then.invoices]),
        customers=first.customer_changes(then, _changed_customers(first, then)),
        addresses=first.address_changes(then),
        notes=summary.notes,
    )


def preview_invoice_file(
    db: Database, settings: Settings, path: Path, now: dt.datetime, *, move: bool = False
) -> ImportPreview:
    """What `import-invoices path [--move]` would do at `now`; nothing is written."""
    return preview_invoice_paths(db, settings, [path], now, move=move)


def preview_payment_file(db: Database, path: Path, now: dt.datetime) -> ImportPreview:
    """What `import-payments path` would do at `now`; nothing is written."""
    try:
        rows = read_payment_rows(db, path)
        numbers = sorted({r.number for r in rows})
        first, _summary, then = _rolled_back(
            db,
            lambda: save_payments(db, rows, now, path),
            lambda: snapshot(db, numbers, ()),
        )
    except ImportRejected as exc:
        return ImportPreview(path, "payments", refused=tuple(exc.problems))
    changed = first.invoice_changes(then, numbers)
    return ImportPreview(
        path,
        "payments",
        invoices=tuple(i for i in changed if i.paid),
        payments=first.payment_lines(then, rows),
    )


def import_invoice_file(
    db: Database,
    settings: Settings,
    path: Path,
    now: dt.datetime,
    *,
    move: bool = False,
    actor: str = COMMAND,
) -> ImportSummary:
    """The import itself (the confirmation of a preview): all or nothing, ImportRejected.
    The file is a CSV or an e-invoice, recognised by its content."""
    return import_invoice_paths(db, settings, [path], now, move=move, actor=actor)


def import_payment_file(
    db: Database, path: Path, now: dt.datetime, *, actor: str = COMMAND
) -> ImportSummary:
    rows = read_payment_rows(db, path)
    return save_payments(db, rows, now, path, actor=actor)


def preview_fec_file(
    db: Database, settings: Settings, path: Path, now: dt.datetime
) -> ImportPreview:
    """What `import-fec path` would do at `now`; nothing is written."""
    days = settings.imports.payment_terms_days
    try:
        rows, reading = read_fec_rows(settings, path)
        numbers = [r.number for r in rows]
        first, summary, then = _rolled_back(
            db,
            lambda: save_fec(db, rows, reading.pieces, now, path, default_days=days),
            lambda: snapshot(db, numbers, _everyone(db)),
        )
    except ImportRejected as exc:
        return ImportPreview(path, "fec", refused=tuple(exc.problems))
    return ImportPreview(
        path,
        "fec",
        invoices=first.invoice_changes(then, numbers),
        customers=first.customer_changes(then, _changed_customers(first, then)),
        notes=summary.notes,
    )


def _listed(title: str, items: list[str], *, inline: bool = True) -> list[str]:
    if not items:
        return []
    if inline:
        return [f"{title} ({len(items)}) : {', '.join(items)}"]
    return [f"{title} ({len(items)}) :", *(f"  {item}" for item in items)]


def describe(preview: ImportPreview) -> list[str]:
    """The preview in French, one line per kind of change (the command prints them)."""
    if preview.refused:
        return [
            "fichier refusé, rien ne serait importé :",
            *(f"  - {problem}" for problem in preview.refused),
        ]
    out = _listed("Factures ajoutées", [f"{i.number} ({i.customer_id})" for i in preview.added])
    updated = []
    for change in preview.updated:
        moved = [f"déplacée de {change.moved_from}"] if change.moved_from else []
        what = [f"{c.label} {c.before} → {c.after}" for c in change.changes if c.label != "client"]
        updated.append(f"{change.number} : {' ; '.join(moved + what)}")
    out += _listed("Factures mises à jour", updated, inline=False)
    out += _listed("Factures inchangées", [i.number for i in preview.unchanged])
    out += _listed(
        "Clients créés", [f"{c.name} ({c.customer_id})" for c in preview.customers if c.created]
    )
    out += _listed(
        "Clients modifiés",
        [
            f"{c.customer_id} : "
            + " ; ".join(f"{f.label} {f.before} → {f.after}" for f in c.changes)
            for c in preview.customers
            if not c.created
        ],
        inline=False,
    )
    for kind, title in (("added", "Adresses ajoutées"), ("replaced", "Adresses remplacées")):
        out += _listed(
            title,
            [
                f"{a.customer_id} : {a.address}" + (" (copie)" if a.role == "cc" else "")
                for a in preview.addresses
                if a.change == kind
            ],
            inline=False,
        )
    for applied, title in ((True, "Paiements appliqués"), (False, "Paiements déjà enregistrés")):
        out += _listed(
            title,
            [
                f"ligne {p.line} : {p.number} {format_money(p.amount)} du {p.day:%d/%m/%Y}"
                for p in preview.payments
                if p.applied is applied
            ],
            inline=False,
        )
    out += _listed("Soldées par cet import", list(preview.becoming_paid))
    out += _listed("Rouvertes", [i.number for i in preview.invoices if i.paid == "reopened"])
    out += [f"  - {note}" for note in preview.notes]
    return out or ["rien ne changerait"]
