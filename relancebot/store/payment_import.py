"""`import-payments PATH ...`: payments CSV files (number, amount, date) and bank statements
(OFX, camt.053, MT940, CFONB 120, banks' CSV exports), each recognised by its content.

1. Every file is read and checked before anything is written (a folder gives its files). A
   file refused, and nothing of any is written: every refusal is said, with its file.
2. Then one transaction: a payments CSV as it always was (store.imports.save_payments), a
   statement credit by credit (store.statements.record_statement).

A dry run is the same import, rolled back: what it shows is what the import does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from relancebot.errors import RelancebotError
from relancebot.importing.csvfile import ImportRejected
from relancebot.importing.payments import PaymentRow
from relancebot.importing.statements import Statement
from relancebot.store.connection import Database
from relancebot.store.import_preview import read_payment_rows
from relancebot.store.imports import ImportSummary, save_payments
from relancebot.store.records import COMMAND
from relancebot.store.statements import StatementImport, record_statement

HEAD_BYTES = 64 * 1024  # enough of a file to tell a statement from a payments CSV


class PaymentFilesRejected(RelancebotError):
    """Files of one command refused: nothing of any of its files was imported."""

    exit_code = 1

    def __init__(self, refusals: Sequence[ImportRejected], files: int) -> None:
        self.refusals = tuple(refusals)
        head = f"{len(refusals)} fichier(s) refusé(s) sur {files} : aucun n'a été importé."
        super().__init__("\n".join([head, *(str(r) for r in refusals)]))


@dataclass(frozen=True)
class PaymentSource:
    """A file read and checked: a payments CSV's rows, or a statement."""

    path: Path
    rows: tuple[PaymentRow, ...] = ()
    statement: Statement | None = None


@dataclass(frozen=True)
class PaymentFileImport:
    """What importing one file did: a CSV's summary, or each credit of a statement."""

    path: Path
    summary: ImportSummary | None = None
    statement: StatementImport | None = None


def statement_kind(path: Path) -> str | None:
    """What statement format the file is ("ofx", "camt.053", ...), None when it is none."""
    from relancebot.importing.statements.read import looks_like_statement

    try:
        with path.open("rb") as file:
            head = file.read(HEAD_BYTES)
    except OSError:
        return None  # the CSV reader says why it cannot be read
    return looks_like_statement(path, head)


def files_of(paths: Sequence[Path]) -> list[Path]:
    """The files named, a folder standing for the files in it (in name order)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
            if not inside:
                raise ImportRejected(path, ["dossier sans fichier à importer"])
            found += inside
        else:
            found.append(path)
    return found


def read_payment_sources(db: Database, paths: Sequence[Path]) -> list[PaymentSource]:
    """Every file read and checked; when any is refused, ImportRejected for a command of one
    file, else PaymentFilesRejected naming each refused file."""
    from relancebot.importing.statements.read import read_statement

    sources: list[PaymentSource] = []
    refusals: list[ImportRejected] = []
    files = files_of(paths)
    for path in files:
        try:
            if statement_kind(path) is not None:
                sources.append(PaymentSource(path, statement=read_statement(path)))
            else:
                sources.append(PaymentSource(path, rows=tuple(read_payment_rows(db, path))))
        except ImportRejected as exc:
            refusals.append(exc)
    if len(files) == 1 and refusals:
        raise refusals[0]
    if refusals:
        raise PaymentFilesRejected(refusals, len(files))
    return sources


def import_payment_paths(
    db: Database, paths: Sequence[Path], now: dt.datetime, *, actor: str = COMMAND
) -> list[PaymentFileImport]:
    """Import every file, all or nothing."""
    sources = read_payment_sources(db, paths)
    done: list[PaymentFileImport] = []
    with db.atomic():
        for source in sources:
            if source.statement is not None:
                found = record_statement(db, source.statement, source.path, now, actor=actor)
                done.append(PaymentFileImport(source.path, statement=found))
            else:
                summary = save_payments(db, source.rows, now, source.path, actor=actor)
                done.append(PaymentFileImport(source.path, summary=summary))
    return done


class _Undo(Exception):
    """Raised to roll a dry run back."""


def preview_payment_paths(
    db: Database, paths: Sequence[Path], now: dt.datetime
) -> list[PaymentFileImport]:
    """What `import_payment_paths` would do at `now`; nothing is written (its transaction, or
    a savepoint of the caller's, is always rolled back)."""
    found: list[list[PaymentFileImport]] = []
    try:
        with db.atomic():
            found.append(import_payment_paths(db, paths, now))
            raise _Undo
    except _Undo:
        pass
    return found[0]
