"""Reading accounting CSV exports: French or canonical headers, ';' or ',', UTF-8 or cp1252."""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from relancebot.clock import SENSIBLE_YEARS


class ImportRejected(Exception):
    """The file was refused; nothing of it was imported. `problems` name each line and reason."""

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


def _decode(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # Excel's French exports


def read_rows(
    path: Path, aliases: Mapping[str, tuple[str, ...]], required: tuple[str, ...]
) -> Iterator[Row]:
    """Rows with canonical column names; raises ImportRejected when headers are unusable."""
    try:
        text = _decode(path)
    except OSError as exc:
        raise ImportRejected(path, [f"lecture impossible : {exc.strerror}"]) from None
    lines = text.splitlines()
    if not lines:
        raise ImportRejected(path, ["fichier vide"])
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(lines[0], delimiters=";,\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(text.splitlines(keepends=True), dialect)
    header = next(reader)
    lookup = {normalise_header(a): column for column, names in aliases.items() for a in names}
    columns: list[str | None] = []
    problems = []
    for name in header:
        column = lookup.get(normalise_header(name))
        if column is not None and column in columns:
            problems.append(f"ligne 1 : colonne {name!r} en double ({column})")
        columns.append(column)
    missing = [c for c in required if c not in columns]
    if missing:
        problems.append(
            f"ligne 1 : colonne(s) obligatoire(s) absente(s) : {', '.join(missing)} "
            f"(en-têtes lus : {', '.join(header)})"
        )
    if problems:
        raise ImportRejected(path, problems)
    for cells in reader:
        line = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(columns):
            extra = cells[len(columns) :]
            if any(c.strip() for c in extra):
                yield Row(
                    line, {"__error__": f"{len(cells)} cellules pour {len(columns)} colonnes"}
                )
                continue
        values = {c: cells[i].strip() for i, c in enumerate(columns) if c and i < len(cells)}
        yield Row(line, values)


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
            raise ValueError(
                f"date {text!r} hors limites (année de {_YEARS[0]} à {_YEARS[-1]} attendue)"
            )
        return day
    raise ValueError(f"date illisible {text!r} (attendu AAAA-MM-JJ ou JJ/MM/AAAA)")


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def clean_text(value: str, what: str, max_length: int = 200) -> str:
    """Text that will reach an email header: control characters (CR/LF above all) refused."""
    if _CONTROL.search(value):
        raise ValueError(f"{what} contient un caractère de contrôle (retour à la ligne ?)")
    if len(value) > max_length:
        raise ValueError(f"{what} trop long ({len(value)} caractères, {max_length} au plus)")
    return value
