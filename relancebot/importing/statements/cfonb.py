"""CFONB 120: the French "relevé de compte" in records of 120 characters. Our own reader: the
libraries that exist are for other languages or licences, and the format is small.

Records (positions from 1, as the CFONB brochure numbers them):

- 01 ancien solde, 07 nouveau solde: bank 3-7, branch 12-16, currency 17-19, number of
  decimals 20, account 22-32, date 35-40 (JJMMAA), balance 91-104;
- 04 mouvement: the same heading, booking date 35-40, value date 43-48, label 49-79, entry
  number 82-88, amount 91-104, reference 105-120;
- 05 complément of the movement before it: qualifier 46-48, text 49-118. Read here: NPY (the
  payer's name), NPO (the ultimate payer), IPY (the payer's identifier, kept when an IBAN),
  LCC and LC2 (the remittance, 70 + 70 characters), LCS (a structured reference, RF...), LIB
  (more label), RCN (the end-to-end reference, 35 characters, then the purpose), REF (the
  bank's reference of the operation).

An amount's last character carries its sign and last digit ("overpunch"): "{" and A-I for
0-9 positive (a credit), "}" and J-R for 0-9 negative (a debit). Every line must be exactly
120 characters (a shorter or longer one is cut or shifted, and its amount would be misread),
and every statement opened by a 01 must be closed by its 07: a file without it was cut.
Some banks send the records without line breaks: a file of 120-character blocks is read too.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from relancebot.errors import InvalidValue
from relancebot.importing.csvfile import ImportRejected, line_of
from relancebot.importing.statements import Statement, StatementLine, fields
from relancebot.importing.statements.labels import is_transfer, payer_in_label

KIND = "cfonb120"
RECORD = 120
_FIRST = re.compile(r"01\d{5}.{4}\d{5}[A-Z ]{3}[0-9 ]")
_OVERPUNCH = {c: (i, 1) for i, c in enumerate("{ABCDEFGHI")} | {
    c: (i, -1) for i, c in enumerate("}JKLMNOPQR")
}
_AMOUNT = re.compile(r"\d{13}[{}A-R]")
_CODES = ("01", "04", "05", "07")


def looks_like(head: bytes) -> bool:
    text = fields.head_text(head).lstrip("\r\n")
    return _FIRST.match(text) is not None and (
        len(text.split("\n", 1)[0].rstrip("\r")) == RECORD or text[RECORD : RECORD + 2] in _CODES
    )


def read(path: Path) -> Statement:
    return parse(fields.read_capped(path), path)


@dataclass
class _Movement:
    line: int
    record: str
    complements: list[tuple[int, str, str]] = field(default_factory=list)  # line, code, text


@dataclass
class _Reading:
    problems: list[str] = field(default_factory=list)
    movements: list[_Movement] = field(default_factory=list)
    accounts: list[str] = field(default_factory=list)
    opened: int | None = None  # the line of the 01 whose 07 is awaited


def parse(data: bytes, path: Path) -> Statement:
    reading = _Reading()
    for number, record in _records(fields.decode(data)):
        if not record.strip() or record == "\x1a":  # blank lines, DOS's end of file
            continue
        if len(record) != RECORD:
            reading.problems.append(
                f"ligne {number} : {len(record)} caractères au lieu de {RECORD} "
                "(enregistrement CFONB tronqué ou décalé)"
            )
            continue
        _record(reading, number, record)
    if reading.opened is not None:
        reading.problems.append(
            f"ligne {reading.opened} : relevé sans nouveau solde (enregistrement 07) : "
            "fichier tronqué ?"
        )
    lines = []
    for movement in reading.movements:
        try:
            lines.append(_line(movement))
        except InvalidValue as exc:
            reading.problems.append(str(exc))
    if reading.problems:
        raise ImportRejected(path, sorted(reading.problems, key=line_of))
    if not reading.accounts:
        raise ImportRejected(path, ["aucun relevé (enregistrement 01) dans ce fichier CFONB"])
    return Statement(KIND, ", ".join(reading.accounts), fields.unique_bank_ids(lines))


def _records(text: str) -> list[tuple[int, str]]:
    """The records with their line numbers; records sent without line breaks are cut every
    120 characters (and numbered so)."""
    body = text.rstrip("\r\n\x1a")
    if "\n" not in body and "\r" not in body and len(body) % RECORD == 0:
        return [(i + 1, body[i * RECORD : (i + 1) * RECORD]) for i in range(len(body) // RECORD)]
    return list(enumerate(re.split(r"\r\n|\n|\r", text), start=1))


def _record(reading: _Reading, number: int, record: str) -> None:
    code = record[:2]
    if code == "01":
        if reading.opened is not None:
            reading.problems.append(
                f"ligne {number} : ancien solde (01) alors que le relevé ouvert ligne "
                f"{reading.opened} n'a pas de nouveau solde (07)"
            )
        reading.opened = number
        _balance(reading, number, record)
        own = " ".join((record[2:7], record[11:16], record[21:32].strip()))
        if own not in reading.accounts:
            reading.accounts.append(own)
    elif code == "07":
        if reading.opened is None:
            reading.problems.append(f"ligne {number} : nouveau solde (07) sans ancien solde (01)")
        reading.opened = None
        _balance(reading, number, record)
    elif code == "04":
        if reading.opened is None:
            reading.problems.append(f"ligne {number} : mouvement (04) hors d'un relevé (01 ... 07)")
        reading.movements.append(_Movement(number, record))
    elif code == "05":
        if not reading.movements or reading.opened is None:
            reading.problems.append(f"ligne {number} : complément (05) sans mouvement (04) avant")
            return
        reading.movements[-1].complements.append((number, record[45:48], record[48:118]))
    else:
        reading.problems.append(
            f"ligne {number} : code d'enregistrement {code!r} inconnu (01, 04, 05 ou 07 attendu)"
        )


def _balance(reading: _Reading, number: int, record: str) -> None:
    try:
        _amount(record)
        _date(record[34:40], "date du solde")
    except InvalidValue as exc:
        reading.problems.append(f"ligne {number} : {exc}")


def _amount(record: str) -> Decimal:
    written, decimals = record[90:104], record[19]
    if not _AMOUNT.fullmatch(written):
        raise InvalidValue(f"montant illisible {written!r} (13 chiffres et un signe attendus)")
    if not decimals.isdigit():
        raise InvalidValue(f"nombre de décimales illisible {decimals!r} (position 20)")
    last, sign = _OVERPUNCH[written[-1]]
    units = int(written[:-1] + str(last))
    return fields.money(sign * Decimal(units).scaleb(-int(decimals)))


def _date(written: str, what: str) -> dt.date:
    try:
        day, month, year = int(written[:2]), int(written[2:4]), int(written[4:6])
        full = (2000 if year < 90 else 1900) + year
        return fields.sensible(dt.date(full, month, day))
    except ValueError as exc:
        if isinstance(exc, InvalidValue):
            raise
        raise InvalidValue(f"{what} illisible {written!r} (JJMMAA attendu)") from None


def _line(movement: _Movement) -> StatementLine:
    record, where = movement.record, f"ligne {movement.line}"
    try:
        amount = _amount(record)
        booked = _date(record[34:40], "date de comptabilisation")
        currency = fields.currency(record[16:19])
    except InvalidValue as exc:
        raise InvalidValue(f"{where} : {exc}") from None
    texts: dict[str, list[str]] = {}
    for _, code, text in movement.complements:
        texts.setdefault(code, []).append(text)
    label = record[48:79].strip()
    more = fields.joined(*texts.get("LIB", []))
    name = _first(texts, "NPY") or _first(texts, "NPO") or payer_in_label(f"{label} {more}")
    if not name and is_transfer(label):
        name = payer_in_label(label, rest_is_name=True)
    return fields.movement(
        place=where,
        booked=booked,
        amount=amount,
        currency_code=currency,
        payer_name=name,
        payer_iban=_first(texts, "IPY", 35),
        remittance=fields.joined(
            _remittance(texts.get("LCC", []) + texts.get("LC2", [])),
            *(text[:36] for text in texts.get("LCS", [])),
            label,
            more,
        ),
        end_to_end_id=_first(texts, "RCN", 35),
        bank_id=_first(texts, "REF", 35),
    )


def _first(texts: dict[str, list[str]], code: str, width: int = 70) -> str:
    """The first complement of that qualifier, its first `width` characters."""
    return texts[code][0][:width].strip() if code in texts else ""


def _remittance(parts: list[str]) -> str:
    """LCC then LC2: one text cut at 70 characters, so a full part goes straight on."""
    joined = ""
    for part in parts:
        joined += part.rstrip() if len(part.rstrip()) == len(part) else part.rstrip() + " "
    return joined.strip()
