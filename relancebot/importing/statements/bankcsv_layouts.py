"""The CSV exports of French banks, each recognised by its header row (compared folded: case,
accents and punctuation aside, as `csvfile.normalise_header` folds them). Pure data.

Each export is ';'-separated with French decimals ("1 250,00"); some open with a preamble
(the account, the balance, the period) before the header. A movement's amount is either in
a debit and a credit column, or one signed column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from relancebot.importing.csvfile import normalise_header


@dataclass(frozen=True)
class Layout:
    bank: str  # the kind is "csv:<bank>"
    header: tuple[str, ...]  # every column this export has, in its order (folded)
    date: str
    labels: tuple[str, ...]  # joined, in this order, into the line's text
    amount: str = ""  # one signed column ...
    debit: str = ""  # ... or a debit and a credit column
    credit: str = ""
    currency: str = ""
    reference: str = ""  # the bank's number of the operation
    counterparty: str = ""  # a short label that is the payer's name on a transfer

    def __post_init__(self) -> None:
        folded = {normalise_header(name) for name in self.header}
        roles = (self.date, *self.labels, self.amount, self.debit, self.credit)
        others = (self.currency, self.reference, self.counterparty)
        assert all(not r or r in folded for r in (*roles, *others))
        assert bool(self.amount) != bool(self.debit and self.credit)


def _h(*names: str) -> tuple[str, ...]:
    return tuple(normalise_header(n) for n in names)


LAYOUTS = (
    # Crédit Agricole: a preamble (holder, account, balance, period), then this header; the
    # label spans lines ("VIREMENT EN VOTRE FAVEUR\nDUPONT SARL\nFACTURE ...").
    Layout(
        "credit-agricole",
        _h("Date", "Libellé", "Débit euros", "Crédit euros"),
        date="date",
        labels=("libelle",),
        debit="debit euros",
        credit="credit euros",
    ),
    # Société Générale: a first line with the account (="00012345678";Compte...;balance).
    Layout(
        "societe-generale",
        _h("Date de l'opération", "Libellé", "Détail de l'écriture", "Montant de l'opération",
           "Devise"),
        date="date de l operation",
        labels=("libelle", "detail de l ecriture"),
        amount="montant de l operation",
        currency="devise",
    ),
    # BNP Paribas: a first line with the account and the balance.
    Layout(
        "bnp-paribas",
        _h("Date operation", "Categorie operation", "Sous Categorie operation",
           "Libelle operation", "Montant operation"),
        date="date operation",
        labels=("libelle operation",),
        amount="montant operation",
    ),
    # Banque Populaire and Caisse d'Épargne (one platform): debits written "-842,17".
    Layout(
        "banque-populaire",
        _h("Date de comptabilisation", "Libelle simplifie", "Libelle operation", "Reference",
           "Informations complementaires", "Type operation", "Categorie", "Sous categorie",
           "Debit", "Credit", "Date operation", "Date de valeur", "Pointage operation"),
        date="date de comptabilisation",
        labels=("libelle operation", "informations complementaires"),
        debit="debit",
        credit="credit",
        reference="reference",
        counterparty="libelle simplifie",
    ),
    # Caisse d'Épargne's older export: a preamble (bank and branch codes, account, period).
    Layout(
        "caisse-epargne",
        _h("Date", "Numéro d'opération", "Libellé", "Débit", "Crédit", "Détail"),
        date="date",
        labels=("libelle", "detail"),
        debit="debit",
        credit="credit",
        reference="numero d operation",
    ),
    # Crédit Mutuel and CIC.
    Layout(
        "credit-mutuel",
        _h("Date", "Date de valeur", "Débit", "Crédit", "Libellé", "Solde"),
        date="date",
        labels=("libelle",),
        debit="debit",
        credit="credit",
    ),
    # La Banque Postale: a preamble (account number, type, balance, date).
    Layout(
        "banque-postale",
        _h("Date", "Libellé", "Montant(EUROS)"),
        date="date",
        labels=("libelle",),
        amount="montant euros",
    ),
    # BoursoBank (Boursorama): English column names, one signed amount.
    Layout(
        "boursorama",
        _h("dateOp", "dateVal", "label", "category", "categoryParent", "supplierFound", "amount"),
        date="dateop",
        labels=("label",),
        amount="amount",
    ),
)  # fmt: skip


def layout_of(header: list[str]) -> Layout | None:
    """The layout whose every column the header has (the most specific first), else one
    read from the header's own words (`generic`)."""
    folded = [normalise_header(name) for name in header]
    fitting = [layout for layout in LAYOUTS if set(layout.header) <= set(folded)]
    best = max(fitting, key=lambda layout: len(layout.header), default=None)
    return best or generic(folded)


# An export of another bank, or of a known one under another version, read from its words:
# a booking date, one or more labels, and a debit and a credit column or one signed amount.
GENERIC_BANK = "banque"
_DATES = (
    "date de comptabilisation",
    "date comptable",
    "date operation",
    "date de l operation",
    "date d operation",
    "date",
    "date op",
)
_LABEL = re.compile(
    r"^(?:libelle|label|description|details?|detail de l|intitule|nature|motif"
    r"|informations? complementaires?|operation$)"
)
_DEBIT = re.compile(r"^debit\b")
_CREDIT = re.compile(r"^credit\b")
_AMOUNT = re.compile(r"^(?:montant|amount)\b(?!.*francs)")
# A column naming an invoice: the firm's own payments file (`import-payments` CSV), not a bank's.
_INVOICE = re.compile(
    r"^(?:factures?|no de facture|no facture|num facture|numero(?: de)?(?: la)? facture|numero"
    r"|number|invoice|no|client|email|e mail|courriel)(?:\b|$)(?! d operation| de l operation)"
)


def generic(folded: list[str]) -> Layout | None:
    if any(_INVOICE.match(name) for name in folded):
        return None
    date = next((d for d in _DATES if d in folded), "")
    labels = tuple(name for name in folded if _LABEL.match(name))
    debit = next((n for n in folded if _DEBIT.match(n)), "")
    credit = next((n for n in folded if _CREDIT.match(n)), "")
    amount = next((n for n in folded if _AMOUNT.match(n)), "")
    if not date or not labels or not ((debit and credit) or amount):
        return None
    two_columns = bool(debit and credit)
    return Layout(
        GENERIC_BANK,
        tuple(folded),
        date=date,
        labels=labels,
        amount="" if two_columns else amount,
        debit=debit if two_columns else "",
        credit=credit if two_columns else "",
        currency="devise" if "devise" in folded else "",
    )
