"""[imports] watch_dir: the folder the service imports from, invoices and statements alike.

Each pass, before the reminders are planned (a payment on today's statement must stop today's
reminder), every file dropped in the folder is recognised by its content and imported by the
same library functions as the commands (`import-invoices`, `import-fec`, `import-payments`):

1. A file still being written is left for the next pass: a name the copying program gives its
   temporary files (".", "~", ".part", ".tmp", ".crdownload"), or modified in the last
   `SETTLING` seconds, by the real clock: the file system knows no other.
2. One file, one import, in one transaction: it lands whole or not at all. Then the file moves
   to ``imported/``, or to ``refused/`` with ``NAME.motif.txt`` beside it saying why. A crash
   between the commit and the move imports it again at the next pass, which adds nothing: an
   invoice is updated by its number, a statement line and a payment row are known by their keys.
3. The invoices go first (a statement of the same drop then finds what it pays), then the
   plain PDFs, then the payments. A Factur-X moved to ``imported/`` is still the document the
   reminders attach (`store.imports.document_moved`); a plain PDF is an invoice's document
   only if an invoice names it (a CSV of the same drop, or earlier), and moves with it; any
   other is refused.
4. Each file is recorded (store.dropped_files) and journalled; the digest says what came in.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from relancebot.app import App
from relancebot.errors import RelancebotError
from relancebot.importing.csvfile import ImportRejected, normalise_header
from relancebot.store.connection import Database
from relancebot.store.dropped_files import Dropped, record_dropped
from relancebot.store.records import SERVICE

if TYPE_CHECKING:
    from relancebot.store.statements import StatementImport

log = logging.getLogger(__name__)

IMPORTED = "imported"
REFUSED = "refused"
SETTLING = 5.0  # seconds without a change before a file is taken
_TEMPORARY = (".part", ".tmp", ".crdownload", ".partial", "~", ".motif.txt")
_HEAD = 4096
# Words of an invoices CSV's header that a payments CSV never has.
_INVOICE_HEADER = {"client", "email", "courriel", "e mail", "echeance", "date d echeance", "pdf"}


def waiting_files(folder: Path, now_seconds: float | None = None) -> list[Path]:
    """The files ready to import, in name order."""
    moment = time.time() if now_seconds is None else now_seconds
    ready = []
    for path in folder.iterdir():
        name = path.name
        if name.startswith(".") or name.endswith(_TEMPORARY) or not path.is_file():
            continue
        try:
            if moment - path.stat().st_mtime < SETTLING:
                continue
        except OSError:
            continue  # gone meanwhile
        ready.append(path)
    return sorted(ready, key=lambda p: p.name)


def _head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(_HEAD)


def _is_fec(head: bytes) -> bool:
    first = head.split(b"\n", 1)[0].decode("latin-1").lower()
    return "journalcode" in first and "comptenum" in first


def _is_invoices_csv(head: bytes) -> bool:
    first = head.split(b"\n", 1)[0].decode("utf-8", "replace").lstrip("\ufeff")
    for separator in (";", ",", "\t"):
        names = {normalise_header(cell.strip('"')) for cell in first.split(separator)}
        if names & _INVOICE_HEADER:
            return True
    return False


# What a file is, in the order files are taken: the invoices first (a statement of the same
# drop then finds what it pays), the PDFs they name next, the payments last.
INVOICES, FEC, DOCUMENT, PAYMENTS, UNKNOWN = range(5)


def recognise(path: Path, head: bytes) -> int:
    from relancebot.importing.einvoice.read import looks_like_einvoice
    from relancebot.store.payment_import import statement_kind

    if looks_like_einvoice(path, head) or _is_invoices_csv(head):
        return INVOICES
    if head.startswith(b"%PDF-"):
        return DOCUMENT
    if _is_fec(head):
        return FEC
    if statement_kind(path) is None and b"\x00" in head:
        return UNKNOWN
    return PAYMENTS


def _import_one(app: App, path: Path, what: int, now: dt.datetime) -> tuple[str, str]:
    """(kind, what came in) once written; raises RelancebotError when refused."""
    from relancebot.store.import_files import import_fec_file, import_invoice_paths
    from relancebot.store.payment_import import import_payment_paths, statement_kind

    db, settings = app.db, app.settings
    if what == INVOICES:
        summary = import_invoice_paths(
            db, settings, [path], now, actor=SERVICE, trusted=path.parent
        )
        return "factures", (
            f"{summary.added} facture(s) ajoutée(s), {summary.updated} mise(s) à jour"
            + (f", {summary.credit_notes} avoir(s)" if summary.credit_notes else "")
        )
    if what == DOCUMENT:
        if _documents_of(db, path):
            return "PDF de facture", "document des factures importées"
        raise ImportRejected(
            path,
            [
                "PDF sans facture électronique (Factur-X) et qu'aucune facture importée ne "
                "désigne : déposez-le avec le CSV qui le nomme dans sa colonne pdf"
            ],
        )
    if what == FEC:
        fec, _ = import_fec_file(db, settings, path, now, actor=SERVICE)
        return "FEC", f"{fec.added} facture(s) ouverte(s) ajoutée(s), {fec.known} déjà connue(s)"
    if what == UNKNOWN:
        raise ImportRejected(
            path, ["format non reconnu : ni facture (CSV, Factur-X, CII, UBL), ni FEC, ni relevé"]
        )
    kind = statement_kind(path)
    (done,) = import_payment_paths(db, [path], now, actor=SERVICE)
    if done.statement is not None:
        return f"relevé {kind}", _statement_summary(done.statement)
    assert done.summary is not None
    return "paiements", f"{done.summary.added} paiement(s) enregistré(s)"


def _statement_summary(found: StatementImport) -> str:
    outcomes = [credit.outcome for credit in found.credits]
    said = [
        f"{outcomes.count(outcome)} {label}"
        for outcome, label in (
            ("applied", "appliqué(s)"),
            ("proposed", "à rapprocher par une personne"),
            ("unmatched", "sans correspondance"),
            ("known", "déjà importé(s)"),
        )
        if outcome in outcomes
    ]
    return f"{len(found.credits)} virement(s) reçu(s)" + (f" : {', '.join(said)}" if said else "")


def _place(path: Path, folder: str) -> Path:
    """Where the file goes: the same name, or "NAME (2).ext" when taken."""
    target_dir = path.parent / folder
    target_dir.mkdir(exist_ok=True)
    target = target_dir / path.name
    n = 2
    while target.exists():
        target = target_dir / f"{path.stem} ({n}){path.suffix}"
        n += 1
    return target


def _documents_of(db: Database, path: Path) -> int:
    row = db.execute(
        "SELECT COUNT(*) FROM invoices WHERE pdf_path = ?", [str(path.resolve())]
    ).fetchone()
    return int(row[0])


def import_dropped(
    app: App, now: dt.datetime, *, now_seconds: Callable[[], float] = time.time
) -> list[Dropped]:
    """One pass over the watched folder; never raises for a file (each is refused alone)."""
    folder = app.settings.watch_dir
    if folder is None:
        return []
    from relancebot.store.imports import document_moved

    db = app.db
    done: list[Dropped] = []
    taken: list[tuple[int, Path]] = []
    try:
        waiting = waiting_files(folder, now_seconds())
    except OSError as exc:  # gone or unmounted since start-up: the rest of the pass goes on
        log.error("dossier surveillé %s illisible : %s", folder, exc)
        return []
    for path in waiting:
        try:
            taken.append((recognise(path, _head(path)), path))
        except OSError as exc:  # unreadable: said, and tried again later
            log.warning("dossier surveillé : %s : %s", path.name, exc)
    for what, path in sorted(taken, key=lambda item: item[0]):
        kind = ""
        try:
            kind, summary = _import_one(app, path, what, now)
            target = _place(path, IMPORTED)
            os.replace(path, target)
            with db.atomic():
                document_moved(db, path, target)
            dropped = Dropped(path.name, kind, True, summary)
        except RelancebotError as exc:
            dropped = _refuse(path, kind, str(exc))
        except OSError as exc:  # cannot be read or moved: said, and tried again later
            log.warning("dossier surveillé : %s : %s", path.name, exc)
            continue
        record_dropped(db, now, dropped)
        done.append(dropped)
    return done


def _refuse(path: Path, kind: str, reason: str) -> Dropped:
    target = _place(path, REFUSED)
    os.replace(path, target)
    target.with_name(target.name + ".motif.txt").write_text(
        f"{path.name} refusé par relancebot :\n{reason}\n", encoding="utf-8"
    )
    lines = [line.strip(" -") for line in reason.splitlines()[1:]] or [reason]
    return Dropped(path.name, kind, False, "; ".join(lines)[:500])
