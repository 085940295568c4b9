"""The paths given to `import-invoices`: CSV files, e-invoices, folders of them, by content.

Each path is a file or a folder (its files, not its sub-folders nor hidden files). A file is
recognised by what it holds, never by its name: a PDF carrying its Factur-X / ZUGFeRD XML, a
CII or UBL XML invoice (relancebot.importing.einvoice.read), else a CSV; a plain PDF (unless a
CSV of the same import names it as an invoice's document), another XML or a binary file is
refused with the reason. Every file is read and checked before
anything is written, and every refusal is listed with its file: one refused, none imported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from relancebot.errors import RelancebotError
from relancebot.importing.csvfile import ImportRejected
from relancebot.importing.einvoice import EInvoice
from relancebot.importing.einvoice_rows import (
    CreditNote,
    EInvoiceBatch,
    batch_problems,
    einvoice_row,
)
from relancebot.importing.invoices import InvoiceRow, check_pdf, read_invoice_file

MAX_FILES = 5000
PLAIN_PDF = (
    "PDF sans facture électronique intégrée (ni Factur-X ni ZUGFeRD) : ses montants ne peuvent "
    "pas être lus ; donnez-le dans la colonne pdf d'un CSV"
)  # a folder is a month or a year of invoices, not a disk
_HEAD = 4096


class FilesRejected(ImportRejected):
    """Several files were given (or a folder): nothing was imported; each problem names its
    file ("factures/F-12.pdf : ...")."""

    def __init__(self, paths: Sequence[Path], problems: list[str]) -> None:
        self.path = paths[0]
        self.problems = problems
        listing = "\n".join(f"  - {p}" for p in problems)
        RelancebotError.__init__(self, f"import refusé, rien n'a été importé.\n{listing}")


@dataclass(frozen=True)
class ReadOptions:
    """What checking an invoice's document needs ([invoices]) and the firm's default terms."""

    pdf_root: Path | None = None  # None: each file's own folder
    allow_outside: bool = False
    max_pdf_bytes: int | None = None
    default_days: int = 30
    # The watched folder ([imports] watch_dir): an e-invoice dropped there is its own document
    # wherever pdf_root is (the firm named that folder; pdf_root guards what a CSV may name).
    trusted: Path | None = None


@dataclass(frozen=True)
class InvoiceFiles:
    """Everything the paths hold, checked: CSV rows by file, and the e-invoices together."""

    csv: tuple[tuple[Path, list[InvoiceRow]], ...] = ()
    einvoices: EInvoiceBatch = field(default_factory=EInvoiceBatch)

    @property
    def numbers(self) -> list[str]:
        """The invoices it adds or updates, and those its credit notes reduce."""
        out = [r.number for _path, rows in self.csv for r in rows]
        out += [r.number for r in self.einvoices.invoices]
        return out + [c.corrects for c in self.einvoices.credit_notes if c.corrects]


def _files(paths: Sequence[Path]) -> tuple[list[Path], list[str]]:
    files: list[Path] = []
    problems = []
    for path in paths:
        if path.is_dir():
            inside = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
            if not inside:
                problems.append(f"{path} : dossier sans fichier à importer")
            files += inside
        elif path.is_file():
            files.append(path)
        else:
            problems.append(f"{path} : introuvable")
    if len(files) > MAX_FILES:
        problems.append(f"{len(files)} fichiers : au plus {MAX_FILES} par import")
    return list(dict.fromkeys(files)), problems


def _not_csv(head: bytes) -> str | None:
    """Why a file that is no e-invoice is no CSV either, or None."""
    if b"%PDF-" in head[:1024]:
        return PLAIN_PDF
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return "XML qui n'est pas une facture CII ni UBL (ni une autre facture électronique)"
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "format non reconnu (ni CSV, ni Factur-X, ni CII, ni UBL)"
    return None


def _einvoice(path: Path, options: ReadOptions, index: int) -> InvoiceRow | CreditNote:
    from relancebot.importing.einvoice.read import read_einvoice  # lxml, pypdf: when needed

    einvoice: EInvoice = read_einvoice(path)
    document = None
    if einvoice.document is not None:
        root = options.pdf_root or path.parent
        if options.trusted is not None and path.resolve().is_relative_to(options.trusted.resolve()):
            root = path.parent
        document = check_pdf(
            str(einvoice.document), path.parent, root, options.allow_outside,
            options.max_pdf_bytes,
        )  # fmt: skip
    return einvoice_row(einvoice, options.default_days, document, index)


def _kind(path: Path) -> tuple[str | None, str | None]:
    """(the e-invoice kind or None, why the file cannot be imported or None)."""
    from relancebot.importing.einvoice.read import looks_like_einvoice

    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD)
    except OSError as exc:
        return None, f"lecture impossible : {exc.strerror}"
    kind = looks_like_einvoice(path, head)
    return kind, None if kind else _not_csv(head)


def read_invoice_paths(paths: Sequence[Path], options: ReadOptions) -> InvoiceFiles:
    """Every file the paths name, read and checked; ImportRejected (one file given) or
    FilesRejected lists every problem of every file."""
    files, problems = _files(paths)
    csv: list[tuple[Path, list[InvoiceRow]]] = []
    einvoices: list[InvoiceRow | CreditNote] = []
    plain_pdfs: dict[Path, str] = {}  # a PDF without its XML: refused, unless a CSV names it
    for index, path in enumerate(files, start=1):
        kind, why = _kind(path)
        try:
            if why == PLAIN_PDF:
                plain_pdfs[path] = why
                continue
            if why:
                raise ImportRejected(path, [why])
            if kind is None:
                rows = read_invoice_file(
                    path, options.pdf_root, options.allow_outside, options.max_pdf_bytes
                )
                csv.append((path, rows))
            else:
                einvoices.append(_einvoice(path, options, index))
        except ImportRejected as exc:
            if len(paths) == 1 and files == [paths[0]]:
                raise
            problems += [f"{exc.path} : {p}" for p in exc.problems]
        except ValueError as exc:  # InvalidValue: an e-invoice's value refused
            problems.append(f"{path} : {exc}")
    documents = {row.pdf for _path, rows in csv for row in rows if row.pdf is not None}
    problems += [f"{p} : {why}" for p, why in plain_pdfs.items() if p.resolve() not in documents]
    invoices = [r for r in einvoices if isinstance(r, InvoiceRow)]
    credits = [c for c in einvoices if isinstance(c, CreditNote)]
    invoices, more = batch_problems(invoices)
    problems += more + _twice(csv, invoices, credits)
    if problems:
        if len(paths) == 1 and files == [paths[0]]:
            prefix = f"{paths[0]} : "
            raise ImportRejected(paths[0], [p.removeprefix(prefix) for p in problems])
        raise FilesRejected(list(paths), problems)
    return InvoiceFiles(tuple(csv), EInvoiceBatch(tuple(invoices), tuple(credits)))


def _twice(
    csv: Sequence[tuple[Path, list[InvoiceRow]]],
    invoices: Sequence[InvoiceRow],
    credits: Sequence[CreditNote],
) -> list[str]:
    """A number given by two sources of one import: which one is right is not ours to say."""
    seen: dict[str, str] = {}
    problems = []
    for path, rows in csv:
        for row in rows:
            where = f"{path} ligne {row.line}"
            first = seen.setdefault(row.number, where)
            if first != where:
                problems.append(f"{where} : facture {row.number} déjà donnée par {first}")
    for row in [*invoices, *(c.row for c in credits)]:
        first = seen.setdefault(row.number, row.where)
        if first != row.where:
            problems.append(f"{row.where} : numéro {row.number} déjà donné par {first}")
    return problems
