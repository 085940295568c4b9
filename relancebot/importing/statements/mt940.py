"""SWIFT MT940 statements, read with the `mt-940` library (BSD), with what its :86: holds:

- German-style structured subfields ("166?00SEPA-GUTSCHRIFT?20EREF+...?21SVWZ+...?31IBAN
  ?32?33 name"), which the library reads (EREF: end-to-end id, SVWZ: remittance);
- SWIFT slash codes ("/EREF/.../ORDP//NAME/DUPONT SARL/IBAN/FR76.../REMI/USTD//F-2026-0412/"),
  and the CFONB qualifiers some French banks carry over ("/NPY/DUPONT SARL/LCC/F-2026-0412");
- a French bank's free label ("VIR SEPA RECU /DE DUPONT SARL /MOTIF F-2026-0412"), whose
  lines are cut at 65 characters: a full line goes on without a space, so that an invoice
  number cut in two is whole again.

The library stops at the first field it cannot read and would silently merge two movements
when the first lacks its type code, so every :61: line is checked here first (its shape, its
date, its amount written with a comma), and every bad one is listed with its line number.
Each statement must end with its closing balance (:62F: or :62M:): without it, it was cut.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from relancebot.errors import InvalidValue
from relancebot.importing.csvfile import ImportRejected
from relancebot.importing.statements import Statement, StatementLine, fields
from relancebot.importing.statements.labels import payer_in_label
from relancebot.importing.statements.mt940_details import read_details

KIND = "mt940"
_TAG = re.compile(r"^:(?P<tag>\d\d[A-Z]?|NS):", re.MULTILINE)
_ENVELOPE = re.compile(r"^(?:\{\d:.*|-\}?\s*|\}\s*)$")  # SWIFT's {1:...}{4: ... -} frame
_AMOUNT = re.compile(r"\d{1,12},\d{0,4}")


def looks_like(head: bytes) -> bool:
    text = fields.head_text(head)
    return bool(re.search(r"^:20:", text, re.MULTILINE)) and bool(
        re.search(r"^:(?:25|60F|60M|28C?):", text, re.MULTILINE)
    )


def read(path: Path) -> Statement:
    return parse(fields.read_capped(path), path)


def parse(data: bytes, path: Path) -> Statement:
    text = _unframed(fields.decode(data))
    tags = _tags(text)
    movements = [(number, value) for number, tag, value in tags if tag == "61"]
    problems = _structure([(number, tag) for number, tag, _ in tags])
    for number, value in movements:
        problems += _check_movement(number, value)
    if problems:
        raise ImportRejected(path, problems)
    library, processors = _library()
    try:
        statements = library.parse_statements(
            text, processors=processors, options=library.Options.all()
        )
    except (RuntimeError, ValueError, ArithmeticError, KeyError) as exc:
        raise ImportRejected(path, [_library_error(exc, text)]) from None
    transactions = [t for s in statements for t in s]
    if len(transactions) != len(movements):  # the checks above leave no way to this
        raise ImportRejected(path, ["mouvements (:61:) illisibles : structure MT940 incohérente"])
    lines = []
    for (number, _), transaction in zip(movements, transactions, strict=True):
        try:
            lines.append(_line(transaction.data, number))
        except InvalidValue as exc:
            problems.append(str(exc))
    if problems:
        raise ImportRejected(path, problems)
    # :25: read here: the library cuts it at SWIFT's 35 characters.
    accounts = dict.fromkeys(_account(value) for _, tag, value in tags if tag == "25")
    return Statement(KIND, ", ".join(a for a in accounts if a), fields.unique_bank_ids(lines))


def _tags(text: str) -> list[tuple[int, str, str]]:
    """Each field of the file: the line it starts on, its tag ("61"), its value."""
    marks = list(_TAG.finditer(text))
    tags = []
    line, counted = 1, 0
    for mark, following in zip(marks, [*marks[1:], None], strict=True):
        line += text.count("\n", counted, mark.start())
        counted = mark.start()
        value = text[mark.end() : following.start() if following else len(text)]
        tags.append((line, mark["tag"], value.strip()))
    return tags


def _unframed(text: str) -> str:
    """The text without SWIFT's envelope lines, each replaced by an empty line (so that line
    numbers stay those of the file)."""
    return "\n".join(
        "" if _ENVELOPE.match(line.strip()) else line.rstrip("\r") for line in text.split("\n")
    )


def _structure(tags: list[tuple[int, str]]) -> list[str]:
    """Every statement opens with :20: and closes with its balance (:62F:/:62M:)."""
    problems = []
    if not any(tag == "20" for _, tag in tags):
        return ["aucun relevé (champ :20:) dans ce fichier MT940"]
    opened: int | None = None
    for number, tag in tags:
        if tag == "20":
            if opened is not None:
                problems.append(f"ligne {opened} : relevé sans solde final (:62F:), tronqué ?")
            opened = number
        elif tag in ("62F", "62M"):
            opened = None
        elif tag == "61" and opened is None:
            problems.append(f"ligne {number} : mouvement (:61:) hors d'un relevé (:20: absent)")
    if opened is not None:
        problems.append(f"ligne {opened} : relevé sans solde final (:62F:) : fichier tronqué ?")
    return problems


def _check_movement(number: int, value: str) -> list[str]:
    where = f"ligne {number} (:61:)"
    match = _library()[0].tags.Statement().re.match(value)
    if match is None:
        return [f"{where} : mouvement illisible {value[:40]!r}"]
    found = match.groupdict()
    problems = []
    try:
        day = dt.date(2000 + int(found["year"]), int(found["month"]), int(found["day"]))
        fields.sensible(day)
    except ValueError as exc:
        why = exc if isinstance(exc, InvalidValue) else "date illisible (AAMMJJ attendu)"
        problems.append(f"{where} : {why}")
    if not _AMOUNT.fullmatch(found["amount"] or ""):
        amount = found["amount"]
        problems.append(f"{where} : montant illisible {amount!r} (virgule décimale attendue)")
    if not found["id"]:
        problems.append(f"{where} : code opération (NTRF, NMSC...) absent après le montant")
    return problems


def _library_error(exc: BaseException, text: str) -> str:
    if isinstance(exc, RuntimeError) and len(exc.args) >= 3:
        tag, value = exc.args[1], str(exc.args[2])
        where = text.find(value)
        line = text.count("\n", 0, where) + 1 if where >= 0 else 0
        prefix = f"ligne {line} " if line else ""
        return f"{prefix}(:{getattr(tag, 'id', '?')}:) : champ illisible {value[:40]!r}"
    return f"relevé MT940 illisible ({type(exc).__name__})"


def _account(written: str) -> str:
    """:25: holds "FR76...", "BNPAFRPP/FR76..." or "30004/00031/12345678901"."""
    for part in (written, *written.split("/")):
        if fields.iban(part):
            return fields.iban(part)
    return fields.clean(written, 60)


def _line(data: dict[str, Any], number: int) -> StatementLine:
    bank_reference = _reference(data.get("bank_reference"))
    where = f"ligne {number} (:61:)" + (f", réf. {bank_reference}" if bank_reference else "")
    amount_object = data["amount"]
    try:
        amount = fields.money(Decimal(amount_object.amount))
    except (InvalidValue, InvalidOperation) as exc:
        raise InvalidValue(f"{where} : {exc}") from None
    booked = data.get("entry_date") or data["date"]
    details = read_details(data)
    customer_reference = _reference(data.get("customer_reference"))
    return fields.movement(
        place=where,
        booked=dt.date(booked.year, booked.month, booked.day),
        amount=amount,
        currency_code=fields.currency(amount_object.currency),
        payer_name=details.name or payer_in_label(details.text),
        payer_iban=details.iban,
        remittance=fields.joined(details.remittance, customer_reference, data.get("extra_details")),
        end_to_end_id=details.end_to_end,
        bank_id=bank_reference,
    )


def _reference(value: object) -> str:
    text = fields.clean(str(value or ""), fields.BANK_ID_LIMIT)
    return "" if text.upper() in ("NONREF", "NONE", "") else text


def _ensure_type(
    transactions: Any, tag: Any, tag_dict: dict[str, Any], result: dict[str, Any]
) -> dict[str, Any]:
    """Never two :61: merged into one transaction: the library starts a new one only when the
    previous has a type code (checked above, kept here as a guard)."""
    result["id"] = result.get("id") or "????"
    return result


@functools.cache
def _library() -> tuple[Any, Any]:
    """The mt940 library (0.1 s to import: when a file is read, not when one is recognised)
    and its processors with `_ensure_type` after those of a :61: line."""
    import mt940

    # It logs, at ERROR level and in English, each field it cannot read before raising: the
    # refusal names that field in French already, so its log stays out of ours and stderr.
    library_log = logging.getLogger("mt940")
    library_log.addHandler(logging.NullHandler())
    library_log.propagate = False
    defaults = mt940.models.Transactions.DEFAULT_PROCESSORS["post_statement"]
    return mt940, {"post_statement": [*defaults, _ensure_type]}
