"""Reading accounting CSV exports: French or canonical headers, ';' or ',', UTF-8 or cp1252."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from relancebot.clock import SENSIBLE_YEARS
from relancebot.core.money import AmbiguousAmount, AmountError, column_decimal_mark, parse_amount
from relancebot.errors import InvalidValue, RelancebotError


def line_of(problem: str) -> int:
    """The line a problem names ("ligne 12 : ..."), to list problems in the file's order."""
    match = re.match(r"lignes? (\d+)", problem)
    return int(match[1]) if match else 0


class ImportRejected(RelancebotError):
    """The file was refused; nothing of it was imported. `problems` name each line and reason."""

    exit_code = 1

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        listing = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"{path} : fichier refusé, rien n'a été importé.\n{listing}")


def normalise_header(text: str) -> str:
    """'N° Facture' -> 'no facture', 'Échéance' -> 'echeance', 'E-mail' -> 'e mail'."""
    text = text.replace("°", "o").replace("º", "o")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


@dataclass(frozen=True)
class Row:
    line: int  # the line number in the file, as a spreadsheet shows it
    values: Mapping[str, str]  # canonical column -> stripped text ('' when absent)

    def get(self, column: str) -> str:
        return self.values.get(column, "")


def _decode(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's "Unicode text"
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # Excel's French exports


_DELIMITERS = (";", ",", "\t")
_SEP_HINT = re.compile(r'"?sep=(.)"?[;,\t]*\r?\n?')  # "sep=;": Excel's first-line hint


def _records(text: str, delimiter: str) -> Iterator[list[str]]:
    """Records as Excel and LibreOffice write them: '"' quotes a cell, '""' inside it is one
    quote, and a quoted cell may hold the delimiter or a line break (newline='' keeps them)."""
    return csv.reader(io.StringIO(text, newline=""), csv.excel, delimiter=delimiter, strict=True)


def _choose_delimiter(text: str, lookup: Mapping[str, str]) -> str:
    """The delimiter under which the header names the most known columns (';' first, as French
    exports use it): the header says what the file is, whatever its cells hold."""

    def known_columns(delimiter: str) -> int:
        try:
            header = next(_records(text, delimiter), [])
        except csv.Error:
            return -1
        return sum(normalise_header(name) in lookup for name in header)

    return max(_DELIMITERS, key=known_columns)  # the first of the best: ';' wins a tie


def read_rows(
    path: Path, aliases: Mapping[str, tuple[str, ...]], required: tuple[str, ...]
) -> list[Row]:
    """Rows with canonical column names; raises ImportRejected when the file is unusable."""
    try:
        text = _decode(path.read_bytes())
    except OSError as exc:
        raise ImportRejected(path, [f"lecture impossible : {exc.strerror}"]) from None
    lookup = {normalise_header(a): column for column, names in aliases.items() for a in names}
    first_line = 1
    hint = _SEP_HINT.match(text)
    if hint:
        text, first_line = text[hint.end() :], 2
    records = _records(text, hint[1] if hint else _choose_delimiter(text, lookup))
    try:
        header = next(records, [])
    except csv.Error as exc:
        raise ImportRejected(path, [f"ligne {first_line} : {_unreadable(exc)}"]) from None
    if not any(c.strip() for c in header):
        raise ImportRejected(path, ["fichier vide"])
    columns = _columns(header, lookup, required, first_line, path)
    rows = []
    line = first_line
    try:
        for line, cells in enumerate(records, start=first_line + 1):
            row = _row(line, cells, columns)
            if row is not None:
                rows.append(row)
    except csv.Error as exc:  # a NUL byte, a quote left open, a cell of 100,000 characters
        raise ImportRejected(path, [f"ligne {line + 1} : {_unreadable(exc)}"]) from None
    return rows


def _unreadable(exc: csv.Error) -> str:
    why = str(exc)
    if '"' in why or "end of data" in why:
        why += " : un guillemet ouvert n'est pas refermé, ou du texte suit un guillemet fermant"
    return f"CSV illisible ({why})"


def _columns(
    header: list[str],
    lookup: Mapping[str, str],
    required: tuple[str, ...],
    line: int,
    path: Path,
) -> list[str | None]:
    columns: list[str | None] = []
    problems = []
    for name in header:
        column = lookup.get(normalise_header(name))
        if column is not None and column in columns:
            problems.append(f"ligne {line} : colonne {name!r} en double ({column})")
        columns.append(column)
    missing = [c for c in required if c not in columns]
    if missing:
        problems.append(
            f"ligne {line} : colonne(s) obligatoire(s) absente(s) : {', '.join(missing)} "
            f"(en-têtes lus : {', '.join(header)})"
        )
    if problems:
        raise ImportRejected(path, problems)
    return columns


def _row(line: int, cells: list[str], columns: list[str | None]) -> Row | None:
    if not any(c.strip() for c in cells):
        return None
    if len(cells) > len(columns) and any(c.strip() for c in cells[len(columns) :]):
        return Row(line, {"__error__": f"{len(cells)} cellules pour {len(columns)} colonnes"})
    return Row(line, {c: cells[i].strip() for i, c in enumerate(columns) if c and i < len(cells)})


def decimal_marks(rows: Sequence[Row], columns: Sequence[str]) -> dict[str, str | None]:
    """Each money column's decimal mark, as the column shows it, else as the file's other
    money columns show it (the HT and TTC columns of one export are written alike)."""
    texts = {c: [row.get(c) for row in rows if row.get(c)] for c in columns}
    everywhere = column_decimal_mark(t for c in columns for t in texts[c])
    return {c: column_decimal_mark(texts[c]) or everywhere for c in columns}


def read_amount(row: Row, column: str, decimal_mark: str | None) -> Decimal:
    """The row's amount in that column; a ValueError says why it cannot be read."""
    try:
        return parse_amount(row.get(column), decimal_mark)
    except AmbiguousAmount as exc:
        raise InvalidValue(
            f"{exc.readings} ? Aucun autre montant de la colonne ne tranche ; {exc.advice}"
        ) from None
    except AmountError as exc:
        raise InvalidValue(str(exc)) from None


_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y")


_MIDNIGHT = re.compile(r"[ T]00:00(:00)?$")  # spreadsheets add it to a bare date


_YEARS = SENSIBLE_YEARS


def parse_date(text: str) -> dt.date:
    """'2026-11-02' or '02/11/2026' (day first, as in France)."""
    cleaned = _MIDNIGHT.sub("", text.strip())
    for fmt in _DATE_FORMATS:
        try:
            day = dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
        if day.year not in _YEARS:
            raise InvalidValue(
                f"date {text!r} hors limites (année de {_YEARS[0]} à {_YEARS[-1]} attendue)"
            )
        return day
    raise InvalidValue(f"date illisible {text!r} (attendu AAAA-MM-JJ ou JJ/MM/AAAA)")


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def clean_text(value: str, what: str, max_length: int = 200) -> str:
    """Text that will reach an email header: control characters (CR/LF above all) refused."""
    if _CONTROL.search(value):
        raise InvalidValue(f"{what} contient un caractère de contrôle (retour à la ligne ?)")
    if len(value) > max_length:
        raise InvalidValue(f"{what} trop long ({len(value)} caractères, {max_length} au plus)")
    return value
