"""Importing the firm's files into the store: invoices (CSV, e-invoices) and FEC open items.

The functions the commands, the web page and the watched folder call: each reads and checks
every file first (relancebot.importing), then writes in one transaction, all or nothing.
Their dry runs are relancebot.store.import_preview.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from relancebot.config import Settings
from relancebot.importing.csvfile import ImportRejected
from relancebot.importing.fec import FecReading, fec_rows, read_fec
from relancebot.importing.invoice_files import (
    FilesRejected,
    InvoiceFiles,
    ReadOptions,
    read_invoice_paths,
)
from relancebot.importing.invoices import InvoiceRow
from relancebot.store.connection import Database
from relancebot.store.import_einvoices import save_einvoices
from relancebot.store.import_fec import save_fec
from relancebot.store.imports import ImportSummary, save_invoices
from relancebot.store.records import COMMAND, SERVICE


def read_options(settings: Settings, trusted: Path | None = None) -> ReadOptions:
    """How the firm's settings say invoice files are checked ([invoices], [imports]);
    `trusted`: the watched folder, whose e-invoices are their own documents."""
    invoices = settings.invoices
    return ReadOptions(
        pdf_root=settings.path(invoices.pdf_root) if invoices.pdf_root else None,
        allow_outside=invoices.allow_pdf_outside_root,
        max_pdf_bytes=invoices.max_pdf_bytes,
        default_days=settings.imports.payment_terms_days,
        trusted=trusted,
    )


def _merged(summaries: Sequence[ImportSummary]) -> ImportSummary:
    return ImportSummary(
        added=sum(s.added for s in summaries),
        updated=sum(s.updated for s in summaries),
        skipped=sum(s.skipped for s in summaries),
        settled=tuple(n for s in summaries for n in s.settled),
        moved=tuple(n for s in summaries for n in s.moved),
        notes=tuple(n for s in summaries for n in s.notes),
        known=sum(s.known for s in summaries),
        credit_notes=sum(s.credit_notes for s in summaries),
        missing_email=tuple(c for s in summaries for c in s.missing_email),
    )


def save_invoice_files(
    db: Database,
    files: InvoiceFiles,
    paths: Sequence[Path],
    now: dt.datetime,
    *,
    move: bool = False,
    actor: str = SERVICE,
) -> ImportSummary:
    """Write what `paths` hold (read by read_invoice_paths) in one transaction: each CSV as
    `import-invoices` always did, then the e-invoices; the store's refusals of every file
    are listed together, and then nothing is written."""
    summaries: list[ImportSummary] = []
    problems: list[str] = []
    single = len(paths) == 1 and paths[0].is_file()
    with db.atomic():
        for path, rows in files.csv:
            try:
                summaries.append(save_invoices(db, rows, now, path, move, actor=actor))
            except ImportRejected as exc:
                if single:
                    raise
                problems += [f"{path} : {p}" for p in exc.problems]
        batch = files.einvoices
        if batch.invoices or batch.credit_notes:
            try:
                summaries.append(save_einvoices(db, batch, now, paths[0], move, actor=actor))
            except ImportRejected as exc:
                problems += exc.problems
        if problems:
            if single:
                prefix = f"{paths[0]} : "
                raise ImportRejected(paths[0], [p.removeprefix(prefix) for p in problems])
            raise FilesRejected(paths, problems)
    return _merged(summaries)


def import_invoice_paths(
    db: Database,
    settings: Settings,
    paths: Sequence[Path],
    now: dt.datetime,
    *,
    move: bool = False,
    actor: str = COMMAND,
    trusted: Path | None = None,
) -> ImportSummary:
    """`import-invoices PATH...`: every file read and checked, then written, all or nothing
    (ImportRejected, or FilesRejected naming each file)."""
    files = read_invoice_paths(paths, read_options(settings, trusted))
    return save_invoice_files(db, files, paths, now, move=move, actor=actor)


def read_fec_rows(settings: Settings, path: Path) -> tuple[list[InvoiceRow], FecReading]:
    """The FEC's open items as invoices, with the firm's default terms; ImportRejected."""
    reading = read_fec(path)
    return fec_rows(reading, settings.imports.payment_terms_days), reading


def import_fec_file(
    db: Database, settings: Settings, path: Path, now: dt.datetime, *, actor: str = COMMAND
) -> tuple[ImportSummary, FecReading]:
    """`import-fec FILE`: the FEC's open items the store does not know; ImportRejected."""
    rows, reading = read_fec_rows(settings, path)
    days = settings.imports.payment_terms_days
    summary = save_fec(db, rows, reading.pieces, now, path, default_days=days, actor=actor)
    return summary, reading
