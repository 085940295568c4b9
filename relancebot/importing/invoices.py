"""`import-invoices`: add invoices, or update them by number, all-or-nothing."""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from relancebot.errors import InvalidValue
from relancebot.importing.columns import INVOICE_COLUMNS, INVOICE_REQUIRED, LANGUAGES
from relancebot.importing.csvfile import (
    ImportRejected,
    Row,
    clean_text,
    decimal_marks,
    line_of,
    parse_date,
    read_amount,
    read_rows,
)
from relancebot.importing.identity import (
    Seen,
    address_marks,
    parse_registration,
    same_name_conflicts,
)


@dataclass(frozen=True)
class InvoiceRow:
    line: int
    number: str
    customer_id: str
    client: str
    emails: tuple[str, ...]
    cc: tuple[str, ...]
    amount: Decimal
    amount_excl_tax: Decimal | None
    currency: str
    issue_date: dt.date
    due_date: dt.date
    pdf: Path | None  # None: no document (a bare XML invoice, a FEC line)
    phone: str
    contact: str
    language: str | None
    explicit_id: bool = False  # the file gave a client_id
    siren: str = ""
    siret: str = ""
    origin: str = "csv"  # 'csv', 'facturx', 'cii', 'ubl', 'fec' (invoices.origin)
    place: str = ""  # where it was read when not a CSV line: the e-invoice's file name
    vat_number: str = ""
    prepaid: Decimal = Decimal("0.00")  # an e-invoice's prepaid amount (BT-113): already paid
    due_note: str = ""  # how the due date was found when the file gave none, for the person

    @property
    def where(self) -> str:
        """What a refusal names: "ligne 12" of a CSV or FEC, the e-invoice's file name."""
        return self.place or f"ligne {self.line}"

    @property
    def states_addresses(self) -> bool:
        """A CSV line gives the customer's full list of addresses (a corrected one replaces
        the old); an e-invoice names one contact of one invoice, never erasing the others."""
        return self.origin == "csv"


def customer_key(name: str) -> str:
    """A stable id for a customer known only by name: accents, case and punctuation folded."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "client"


_NAMED = re.compile(r"<([^<>]+)>")  # "Jean Dupont <jean@dupont.fr>": the address inside


def parse_addresses(text: str, what: str) -> tuple[str, ...]:
    from email_validator import EmailNotValidError, validate_email  # and idna: not at start-up

    clean_text(text, what, 2000)
    out = []
    for item in re.split(r"[;,]", text):
        named = _NAMED.search(item)
        parts = [named.group(1)] if named else item.split()
        for part in (p.strip() for p in parts):
            if not part:
                continue
            try:
                info = validate_email(part, check_deliverability=False)
            except EmailNotValidError as exc:
                raise InvalidValue(f"{what} invalide {part!r} : {exc}") from None
            # Stored as servers route it: an internationalised domain in ASCII (core.addresses).
            out.append(f"{info.local_part}@{info.ascii_domain}".lower())
    return tuple(dict.fromkeys(out))


def check_pdf(
    value: str, csv_dir: Path, pdf_root: Path, allow_outside: bool, max_bytes: int | None = None
) -> Path:
    if not value:
        raise InvalidValue("pdf : chemin vide")
    clean_text(value, "pdf", 1000)
    path = Path(value)
    path = (path if path.is_absolute() else csv_dir / path).resolve()
    root = pdf_root.resolve()
    if not allow_outside and not path.is_relative_to(root):
        raise InvalidValue(
            f"pdf {value!r} hors du dossier des factures {root} "
            "(voir invoices.allow_pdf_outside_root)"
        )
    try:
        with path.open("rb") as handle:
            magic = handle.read(5)
            size = os.fstat(handle.fileno()).st_size
    except FileNotFoundError:
        raise InvalidValue(f"pdf introuvable : {path}") from None
    except (IsADirectoryError, PermissionError, OSError) as exc:
        raise InvalidValue(f"pdf illisible : {path} ({exc.strerror})") from None
    if magic != b"%PDF-":
        raise InvalidValue(f"{path} n'est pas un PDF")
    if max_bytes is not None and size > max_bytes:
        raise InvalidValue(
            f"pdf trop lourd pour un email : {path} ({megabytes(size)}, au plus "
            f"{megabytes(max_bytes)}, voir invoices.max_pdf_bytes)"
        )
    return path


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} Mo".replace(".", ",")


@dataclass(frozen=True)
class _Context:
    """What checking a row needs beyond the row: where it comes from, how its amounts read."""

    csv_dir: Path
    pdf_root: Path
    allow_outside: bool
    max_pdf_bytes: int | None
    marks: Mapping[str, str | None]  # money column -> its decimal mark, when the file shows it


def _parse_row(row: Row, context: _Context) -> InvoiceRow:
    if "__error__" in row.values:
        raise InvalidValue(row.values["__error__"])
    number = clean_text(row.get("number"), "numéro", 64)
    if not number:
        raise InvalidValue("numéro de facture vide")
    client = clean_text(row.get("client"), "client")
    if not client:
        raise InvalidValue("client vide")
    emails = parse_addresses(row.get("email"), "email")
    if not emails:
        raise InvalidValue("email vide")
    amount = read_amount(row, "amount", context.marks["amount"])
    excl = (
        read_amount(row, "amount_excl_tax", context.marks["amount_excl_tax"])
        if row.get("amount_excl_tax")
        else None
    )
    if amount <= 0:
        raise InvalidValue(f"montant {amount} : un montant positif est attendu")
    if excl is not None and not 0 < excl <= amount:
        raise InvalidValue(f"montant HT {excl} incohérent avec le TTC {amount}")
    issue_date = parse_date(row.get("issue_date"))
    due_date = parse_date(row.get("due_date"))
    if due_date < issue_date:
        raise InvalidValue(f"échéance {due_date} antérieure à la date de facture {issue_date}")
    language = None
    if row.get("language"):
        language = LANGUAGES.get(customer_key(row.get("language")))
        if language is None:
            raise InvalidValue(f"langue {row.get('language')!r} : 'fr' ou 'en' attendu")
    currency = (row.get("currency") or "EUR").upper()
    if not re.fullmatch(r"[A-Z]{3}", currency):
        raise InvalidValue(f"devise {currency!r} : code à trois lettres attendu (EUR)")
    client_id = clean_text(row.get("client_id"), "code client", 64)
    siren, siret = parse_registration(row.get("siren"), row.get("siret"))
    return InvoiceRow(
        line=row.line,
        number=number,
        customer_id=client_id or customer_key(client),
        client=client,
        emails=emails,
        cc=parse_addresses(row.get("cc"), "cc"),
        amount=amount,
        amount_excl_tax=excl,
        currency=currency,
        issue_date=issue_date,
        due_date=due_date,
        pdf=check_pdf(
            row.get("pdf"),
            context.csv_dir,
            context.pdf_root,
            context.allow_outside,
            context.max_pdf_bytes,
        ),
        phone=clean_text(row.get("phone"), "téléphone", 40),
        contact=clean_text(row.get("contact"), "contact"),
        language=language,
        explicit_id=bool(client_id),
        siren=siren,
        siret=siret,
    )


def seen(row: InvoiceRow) -> Seen:
    """The row as the identity checks see it."""
    return Seen(
        line=row.line,
        key=row.customer_id,
        name=row.client,
        name_key=customer_key(row.client),
        explicit=row.explicit_id,
        siren=row.siren,
        siret=row.siret,
        marks=address_marks(row.emails),
    )


def read_invoice_file(
    path: Path,
    pdf_root: Path | None = None,
    allow_outside: bool = False,
    max_pdf_bytes: int | None = None,
) -> list[InvoiceRow]:
    """Every row of the file, checked; ImportRejected lists every bad line at once.

    Amounts are read knowing their column ("1.250" is 1 250 € when another amount shows ","
    as the decimal mark; the HT and TTC columns of one export are written alike), and the
    lines of one name must describe one company (see importing.identity).
    """
    csv_dir = path.resolve().parent
    table = read_rows(path, INVOICE_COLUMNS, INVOICE_REQUIRED)
    marks = decimal_marks(table, ("amount", "amount_excl_tax"))
    context = _Context(csv_dir, pdf_root or csv_dir, allow_outside, max_pdf_bytes, marks)
    rows: list[InvoiceRow] = []
    problems: list[str] = []
    first_line: dict[str, int] = {}
    for row in table:
        try:
            parsed = _parse_row(row, context)
        except ValueError as exc:
            problems.append(f"ligne {row.line} : {exc}")
            continue
        if parsed.number in first_line:
            first = first_line[parsed.number]
            problems.append(f"ligne {row.line} : facture {parsed.number} déjà vue ligne {first}")
        first_line[parsed.number] = row.line
        rows.append(parsed)
    problems += same_name_conflicts([seen(r) for r in rows])
    if problems:
        raise ImportRejected(path, sorted(problems, key=line_of))
    if not rows:
        raise ImportRejected(path, ["aucune facture dans le fichier"])
    return rows
