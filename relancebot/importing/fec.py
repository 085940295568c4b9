"""`import-fec`: the open customer items of a FEC (Fichier des Écritures Comptables).

The FEC (article A47 A-1 du livre des procédures fiscales) is the export every French
accounting software gives: one line per accounting entry line, 18 named columns (JournalCode
... Idevise) separated by a tab or '|', a header line, dates AAAAMMJJ, amounts with a comma.
Some software adds columns (DateEcheance, ...): they are read when known, else ignored.

What is still owed by customers: the lines of customer accounts (411...) not lettered
(EcritureLet empty), grouped by piece (PieceRef) and customer; a piece whose debit exceeds its
credit is an open invoice of that balance; one at zero or below is paid, or a credit note, and
is not chased. Any malformed line refuses the file, naming the line and the reason.
"""

from __future__ import annotations

import codecs
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from relancebot.clock import SENSIBLE_YEARS
from relancebot.core.money import AmountError, parse_amount
from relancebot.errors import InvalidValue
from relancebot.importing.csvfile import ImportRejected, clean_text, line_of, normalise_header
from relancebot.importing.invoices import InvoiceRow

MAX_FEC_BYTES = 200_000_000  # a large firm's year is some tens of megabytes
CUSTOMER_ACCOUNTS = "411"
DEFAULT_DUE = "échéance absente du FEC : date de la pièce + [imports] payment_terms_days"

# Canonical column -> its names once folded by normalise_header ("EcritureDate" -> "ecrituredate").
_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "journal": ("journalcode",),
    "entry_date": ("ecrituredate",),
    "account": ("comptenum",),
    "account_name": ("comptelib",),
    "aux": ("compauxnum",),
    "aux_name": ("compauxlib",),
    "piece": ("pieceref",),
    "piece_date": ("piecedate",),
    "debit": ("debit",),
    "credit": ("credit",),
    "amount": ("montant",),  # the variant with Montant and Sens (D/C) instead
    "sense": ("sens",),
    "letter": ("ecriturelet",),
    "due": ("dateecheance", "echeancedate", "echeance", "dateech", "datedecheance"),
}
_REQUIRED = {
    "journal": "JournalCode",
    "entry_date": "EcritureDate",
    "account": "CompteNum",
    "account_name": "CompteLib",
    "piece": "PieceRef",
    "letter": "EcritureLet",
}


@dataclass(frozen=True)
class OpenItem:
    """A piece of a customer account still owed: an invoice to chase."""

    line: int  # its first line in the file
    number: str  # PieceRef
    customer_id: str  # the auxiliary account (CompAuxNum), else the account (CompteNum)
    customer_name: str
    amount: Decimal  # debit - credit, > 0
    issue_date: dt.date
    due_date: dt.date | None  # from an echeance column, when the file has one


@dataclass(frozen=True)
class FecReading:
    items: tuple[OpenItem, ...]
    settled: int  # customer pieces not lettered whose balance is zero or less: not chased
    lines: int  # entry lines read
    # Every piece of each customer account, lettered or not: its invoices already on file
    # say which customer the account is (store.import_fec).
    pieces: Mapping[str, frozenset[str]] = field(default_factory=dict)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # Latin-1 / Windows exports


def _fec_date(text: str, what: str) -> dt.date:
    cleaned = text.strip()
    for pattern in ("%Y%m%d", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            day = dt.datetime.strptime(cleaned, pattern).date()
        except ValueError:
            continue
        if day.year not in SENSIBLE_YEARS:
            raise InvalidValue(f"{what} {text!r} hors limites")
        return day
    raise InvalidValue(f"{what} illisible {text!r} (attendu AAAAMMJJ)")


def _money(text: str, what: str) -> Decimal:
    if not text.strip():
        return Decimal("0.00")
    try:
        return parse_amount(text, ",")
    except AmountError as exc:
        raise InvalidValue(f"{what} : {exc}") from None


def _header(first: str, path: Path) -> tuple[str, dict[str, int]]:
    tabs, pipes = first.count("\t"), first.count("|")
    if max(tabs, pipes) < 10:
        raise ImportRejected(
            path, ["ligne 1 : pas un FEC (en-tête JournalCode, JournalLib, ... séparé par des "
                   "tabulations ou des |)"],
        )  # fmt: skip
    separator = "\t" if tabs >= pipes else "|"
    lookup = {name: column for column, names in _COLUMNS.items() for name in names}
    columns: dict[str, int] = {}
    for index, name in enumerate(first.split(separator)):
        column = lookup.get(normalise_header(name.strip().strip('"')).replace(" ", ""))
        if column is not None and column not in columns:
            columns[column] = index
    missing = [name for column, name in _REQUIRED.items() if column not in columns]
    if not {"debit", "credit"} <= columns.keys() and not {"amount", "sense"} <= columns.keys():
        missing.append("Debit/Credit (ou Montant/Sens)")
    if missing:
        raise ImportRejected(
            path, [f"ligne 1 : colonne(s) du FEC absente(s) : {', '.join(missing)}"]
        )
    return separator, columns


@dataclass
class _Piece:
    line: int
    number: str
    customer_id: str
    customer_name: str
    balance: Decimal
    issue_date: dt.date | None = None
    due_date: dt.date | None = None


def _balance(cells: Sequence[str], columns: Mapping[str, int]) -> Decimal:
    if "debit" in columns:
        debit = _money(cells[columns["debit"]], "Debit")
        credit = _money(cells[columns["credit"]], "Credit")
        return debit - credit
    amount = _money(cells[columns["amount"]], "Montant")
    sense = cells[columns["sense"]].strip().upper()
    if sense not in ("D", "C", "+1", "-1", "1"):
        raise InvalidValue(f"Sens {sense!r} : D ou C attendu")
    return amount if sense in ("D", "+1", "1") else -amount


@dataclass
class _Ledger:
    """What the lines read so far say of the customer accounts."""

    pieces: dict[tuple[str, str], _Piece] = field(default_factory=dict)  # not lettered
    seen: dict[str, set[str]] = field(default_factory=dict)  # account -> every PieceRef


def _read_line(
    cells: list[str], columns: Mapping[str, int], width: int, ledger: _Ledger, line: int
) -> None:
    """Check one line; a customer line not lettered joins its piece."""
    while len(cells) > width and not cells[-1].strip():  # a separator closing the line
        cells.pop()
    if len(cells) != width:
        raise InvalidValue(f"{len(cells)} colonnes pour {width} dans l'en-tête")
    get = {column: cells[index].strip().strip('"') for column, index in columns.items()}
    entry_date = _fec_date(get["entry_date"], "EcritureDate")
    piece_date = _fec_date(get["piece_date"], "PieceDate") if get.get("piece_date") else None
    due = _fec_date(get["due"], "date d'échéance") if get.get("due") else None
    balance = _balance(cells, columns)
    account = get["account"]
    if not account:
        raise InvalidValue("CompteNum vide")
    if not account.startswith(CUSTOMER_ACCOUNTS):
        return
    customer = clean_text(get.get("aux", ""), "CompAuxNum", 64) or clean_text(
        account, "CompteNum", 64
    )
    ledger.seen.setdefault(customer, set()).add(get["piece"])
    if get["letter"]:
        return
    number = clean_text(get["piece"], "PieceRef", 64)
    if not number:
        raise InvalidValue("PieceRef vide sur une ligne client non lettrée")
    name = clean_text(
        get.get("aux_name", "") if get.get("aux") else get["account_name"], "CompteLib"
    )
    issued = piece_date or entry_date
    if due is not None and balance > 0 and due < issued:
        raise InvalidValue(f"échéance {due:%d/%m/%Y} antérieure à la pièce du {issued:%d/%m/%Y}")
    piece = ledger.pieces.setdefault(
        (customer, number), _Piece(line, number, customer, name or customer, Decimal("0.00"))
    )
    piece.balance += balance
    if balance > 0 and piece.issue_date is None:  # the invoice's own line dates the piece
        piece.issue_date, piece.due_date = issued, due


def parse_fec(data: bytes, path: Path) -> FecReading:
    """The open customer items of a FEC's bytes; ImportRejected lists every bad line."""
    text = _decode(data)
    lines = text.splitlines()
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise ImportRejected(path, ["fichier vide"])
    separator, columns = _header(lines[0], path)
    width = len(lines[0].rstrip(separator).split(separator))
    width = max(width, max(columns.values()) + 1)
    ledger = _Ledger()
    problems: list[str] = []
    count = 0
    for line, raw in enumerate(lines[1:], start=2):
        if not raw.strip():
            continue
        count += 1
        try:
            _read_line(raw.split(separator), columns, width, ledger, line)
        except InvalidValue as exc:
            problems.append(f"ligne {line} : {exc}")
    items, settled = [], 0
    by_number: dict[str, _Piece] = {}
    for piece in ledger.pieces.values():
        if piece.balance <= 0 or piece.issue_date is None:
            settled += 1
            continue
        other = by_number.setdefault(piece.number, piece)
        if other is not piece:
            problems.append(
                f"ligne {piece.line} : pièce {piece.number} ouverte sur deux comptes clients, "
                f"{other.customer_id} (ligne {other.line}) et {piece.customer_id}"
            )
            continue
        items.append(
            OpenItem(piece.line, piece.number, piece.customer_id, piece.customer_name,
                     piece.balance, piece.issue_date, piece.due_date)
        )  # fmt: skip
    if problems:
        raise ImportRejected(path, sorted(problems, key=line_of))
    pieces = {account: frozenset(refs) for account, refs in ledger.seen.items()}
    return FecReading(tuple(sorted(items, key=lambda i: i.line)), settled, count, pieces)


def read_fec(path: Path) -> FecReading:
    """The file's open customer items; ImportRejected when it cannot be read whole."""
    try:
        size = path.stat().st_size
        if size > MAX_FEC_BYTES:
            raise ImportRejected(
                path, [f"fichier trop lourd ({size} octets, au plus {MAX_FEC_BYTES})"]
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRejected(path, [f"lecture impossible : {exc.strerror}"]) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in data[:4096]:
        raise ImportRejected(path, ["FEC en UTF-16 ou binaire : UTF-8 ou Latin-1 attendu"])
    return parse_fec(data, path)


def fec_rows(reading: FecReading, default_days: int) -> list[InvoiceRow]:
    """The open items as invoices: no email, no document; the due date, when the FEC gives
    none, is the issue date plus the firm's default terms ([imports] payment_terms_days)."""
    rows = []
    for item in reading.items:
        due = item.due_date or item.issue_date + dt.timedelta(days=default_days)
        rows.append(
            InvoiceRow(
                line=item.line,
                number=item.number,
                customer_id=item.customer_id,
                client=item.customer_name,
                emails=(),
                cc=(),
                amount=item.amount,
                amount_excl_tax=None,
                currency="EUR",
                issue_date=item.issue_date,
                due_date=due,
                pdf=None,
                phone="",
                contact="",
                language=None,
                explicit_id=True,  # an account of the ledger is one customer
                origin="fec",
                due_note="" if item.due_date else DEFAULT_DUE,
            )
        )
    return rows
