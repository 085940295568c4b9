"""`import-payments`: partial payments add up; an invoice paid in full stops being chased."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from relancebot.errors import InvalidValue
from relancebot.importing.columns import PAYMENT_COLUMNS
from relancebot.importing.csvfile import (
    ImportRejected,
    clean_text,
    decimal_marks,
    parse_date,
    read_amount,
    read_rows,
)


@dataclass(frozen=True)
class PaymentRow:
    line: int
    number: str
    amount: Decimal
    date: dt.date
    reference: str
    # The n-th row of the file identical to this one (same invoice, amount, date, reference):
    # two instalments of one amount on one day are two payments (see store.imports).
    occurrence: int = 1


def read_payment_file(path: Path, known_invoices: set[str]) -> list[PaymentRow]:
    table = read_rows(path, PAYMENT_COLUMNS, ("number", "amount", "date"))
    mark = decimal_marks(table, ("amount",))["amount"]
    rows: list[PaymentRow] = []
    problems = []
    occurrences: Counter[tuple[str, Decimal, dt.date, str]] = Counter()
    for row in table:
        try:
            if "__error__" in row.values:
                raise InvalidValue(row.values["__error__"])
            number = clean_text(row.get("number"), "numéro", 64)
            if number not in known_invoices:
                raise InvalidValue(f"facture {number!r} inconnue (importez-la d'abord)")
            amount = read_amount(row, "amount", mark)
            if amount <= 0:
                raise InvalidValue(f"montant {amount} : un paiement positif est attendu")
            day = parse_date(row.get("date"))
            reference = clean_text(row.get("reference"), "référence")
        except ValueError as exc:
            problems.append(f"ligne {row.line} : {exc}")
            continue
        occurrences[number, amount, day, reference] += 1
        occurrence = occurrences[number, amount, day, reference]
        rows.append(PaymentRow(row.line, number, amount, day, reference, occurrence))
    if problems:
        raise ImportRejected(path, problems)
    if not rows:
        raise ImportRejected(path, ["aucun paiement dans le fichier"])
    return rows
