"""`import-invoices`: add invoices, or update them by number, all-or-nothing."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from relancebot.core.money import AmountError, parse_amount
from relancebot.importing.csvfile import ImportRejected, Row, clean_text, parse_date, read_rows

# Headers as accounting exports and spreadsheets write them; compared after folding case,
# accents and punctuation ("N° de facture" = "no de facture").
ALIASES: dict[str, tuple[str, ...]] = {
    "number": (
        "number", "numéro", "n° facture", "no facture", "num facture", "numéro de facture",
        "numéro facture", "n° de facture", "numéro de la facture", "facture n°", "facture",
        "référence facture", "réf facture", "invoice", "invoice number", "invoice no",
        "invoice #", "invoice id",
    ),
    "client": (
        "client", "nom client", "nom du client", "client nom", "raison sociale",
        "raison sociale client", "société", "tiers", "customer", "customer name", "company",
        "nom",
    ),
    "email": (
        "email", "e-mail", "courriel", "mail", "adresse email", "adresse e-mail",
        "adresse mail", "adresse électronique", "email client", "e-mail client", "mail client",
        "courriel client", "email address",
    ),
    "amount": (
        "amount", "montant ttc", "total ttc", "ttc", "montant", "net à payer", "amount incl tax",
    ),
    "amount_excl_tax": ("amount_excl_tax", "montant ht", "total ht", "ht", "amount excl tax"),
    "issue_date": (
        "issue_date", "date", "date facture", "date de facture", "date de la facture",
        "date d'émission", "date émission", "invoice date",
    ),
    "due_date": (
        "due_date", "échéance", "date d'échéance", "date échéance", "date limite",
        "date limite de paiement", "date d'échéance de la facture", "due date",
    ),
    "pdf": ("pdf", "fichier", "fichier pdf", "chemin pdf", "chemin", "document", "file"),
    "phone": ("phone", "téléphone", "tél", "tel", "téléphone client", "portable"),
    "contact": ("contact", "interlocuteur", "nom du contact", "contact name"),
    "currency": ("currency", "devise"),
    "language": ("language", "langue"),
    "cc": ("cc", "copie", "copie à", "en copie"),
    "client_id": (
        "client_id", "code client", "n° client", "id client", "numéro client", "customer id",
    ),
}  # fmt: skip
REQUIRED = ("number", "client", "email", "amount", "issue_date", "due_date", "pdf")
_LANGUAGES = {
    "fr": "fr",
    "francais": "fr",
    "french": "fr",
    "en": "en",
    "anglais": "en",
    "english": "en",
    "gb": "en",
    "uk": "en",
}


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
    pdf: Path
    phone: str
    contact: str
    language: str | None


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
                raise ValueError(f"{what} invalide {part!r} : {exc}") from None
            out.append(info.normalized.lower())
    return tuple(dict.fromkeys(out))


def check_pdf(value: str, csv_dir: Path, pdf_root: Path, allow_outside: bool) -> Path:
    if not value:
        raise ValueError("pdf : chemin vide")
    clean_text(value, "pdf", 1000)
    path = Path(value)
    path = (path if path.is_absolute() else csv_dir / path).resolve()
    root = pdf_root.resolve()
    if not allow_outside and not path.is_relative_to(root):
        raise ValueError(
            f"pdf {value!r} hors du dossier des factures {root} "
            "(voir invoices.allow_pdf_outside_root)"
        )
    try:
        with path.open("rb") as handle:
            magic = handle.read(5)
    except FileNotFoundError:
        raise ValueError(f"pdf introuvable : {path}") from None
    except (IsADirectoryError, PermissionError, OSError) as exc:
        raise ValueError(f"pdf illisible : {path} ({exc.strerror})") from None
    if magic != b"%PDF-":
        raise ValueError(f"{path} n'est pas un PDF")
    return path


def _parse_row(row: Row, csv_dir: Path, pdf_root: Path, allow_outside: bool) -> InvoiceRow:
    if "__error__" in row.values:
        raise ValueError(row.values["__error__"])
    number = clean_text(row.get("number"), "numéro", 64)
    if not number:
        raise ValueError("numéro de facture vide")
    client = clean_text(row.get("client"), "client")
    if not client:
        raise ValueError("client vide")
    emails = parse_addresses(row.get("email"), "email")
    if not emails:
        raise ValueError("email vide")
    try:
        amount = parse_amount(row.get("amount"))
        excl = parse_amount(row.get("amount_excl_tax")) if row.get("amount_excl_tax") else None
    except AmountError as exc:
        raise ValueError(str(exc)) from None
    if amount <= 0:
        raise ValueError(f"montant {amount} : un montant positif est attendu")
    if excl is not None and not 0 < excl <= amount:
        raise ValueError(f"montant HT {excl} incohérent avec le TTC {amount}")
    issue_date = parse_date(row.get("issue_date"))
    due_date = parse_date(row.get("due_date"))
    if due_date < issue_date:
        raise ValueError(f"échéance {due_date} antérieure à la date de facture {issue_date}")
    language = None
    if row.get("language"):
        language = _LANGUAGES.get(customer_key(row.get("language")))
        if language is None:
            raise ValueError(f"langue {row.get('language')!r} : 'fr' ou 'en' attendu")
    currency = (row.get("currency") or "EUR").upper()
    if not re.fullmatch(r"[A-Z]{3}", currency):
        raise ValueError(f"devise {currency!r} : code à trois lettres attendu (EUR)")
    client_id = clean_text(row.get("client_id"), "code client", 64)
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
        pdf=check_pdf(row.get("pdf"), csv_dir, pdf_root, allow_outside),
        phone=clean_text(row.get("phone"), "téléphone", 40),
        contact=clean_text(row.get("contact"), "contact"),
        language=language,
    )


def read_invoice_file(
    path: Path, pdf_root: Path | None = None, allow_outside: bool = False
) -> list[InvoiceRow]:
    """Every row of the file, checked; ImportRejected lists every bad line at once."""
    csv_dir = path.resolve().parent
    rows: list[InvoiceRow] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for row in read_rows(path, ALIASES, REQUIRED):
        try:
            parsed = _parse_row(row, csv_dir, pdf_root or csv_dir, allow_outside)
        except ValueError as exc:
            problems.append(f"ligne {row.line} : {exc}")
            continue
        if parsed.number in seen:
            first = seen[parsed.number]
            problems.append(f"ligne {row.line} : facture {parsed.number} déjà vue ligne {first}")
        seen[parsed.number] = row.line
        rows.append(parsed)
    if problems:
        raise ImportRejected(path, problems)
    if not rows:
        raise ImportRejected(path, ["aucune facture dans le fichier"])
    return rows
