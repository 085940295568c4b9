"""`import-payments`: partial payments add up; an invoice paid in full stops being chased."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from relancebot.core.money import AmountError, parse_amount
from relancebot.importing.csvfile import ImportRejected, clean_text, parse_date, read_rows

ALIASES: dict[str, tuple[str, ...]] = {
    "number": (
        "number",
        "numéro",
        "n° facture",
        "no facture",
        "num facture",
        "numéro de facture",
        "facture",
        "invoice",
        "invoice number",
        "n° de facture",
        "invoice no",
    ),
    "amount": (
        "amount",
        "montant",
        "montant payé",
        "montant réglé",
        "règlement",
        "montant ttc",
        "montant encaissé",
        "encaissement",
        "crédit",
        "paid",
        "amount paid",
    ),
    "date": (
        "date",
        "date de paiement",
        "date paiement",
        "date de règlement",
        "date règlement",
        "date d'encaissement",
        "date encaissement",
        "date de valeur",
        "payment date",
    ),
    "reference": ("reference", "référence", "réf", "libellé", "ref"),
}


@dataclass(frozen=True)
class PaymentRow:
    line: int
    number: str
    amount: Decimal
    date: dt.date
    reference: str


def read_payment_file(path: Path, known_invoices: set[str]) -> list[PaymentRow]:
    rows, problems = [], []
    for row in read_rows(path, ALIASES, ("number", "amount", "date")):
        try:
            if "__error__" in row.values:
                raise ValueError(row.values["__error__"])
            number = clean_text(row.get("number"), "numéro", 64)
            if number not in known_invoices:
                raise ValueError(f"facture {number!r} inconnue (importez-la d'abord)")
            try:
                amount = parse_amount(row.get("amount"))
            except AmountError as exc:
                raise ValueError(str(exc)) from None
            if amount <= 0:
                raise ValueError(f"montant {amount} : un paiement positif est attendu")
            rows.append(
                PaymentRow(
                    row.line,
                    number,
                    amount,
                    parse_date(row.get("date")),
                    clean_text(row.get("reference"), "référence"),
                )
            )
        except ValueError as exc:
            problems.append(f"ligne {row.line} : {exc}")
    if problems:
        raise ImportRejected(path, problems)
    if not rows:
        raise ImportRejected(path, ["aucun paiement dans le fichier"])
    return rows
