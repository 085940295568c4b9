"""From the terms an invoice writes to the `EInvoice` relancebot keeps, or the list of reasons
it cannot be kept. Pure: no file is read here.

What is refused is only what relancebot cannot use (no number, no issue date, no buyer's name,
no amount to chase) and what contradicts itself (totals that do not add up, a due date before
the invoice, a negative invoice): chasing a customer on such a file would be chasing a wrong
amount or a wrong date. What is missing but not needed (a MINIMUM invoice's buyer details, a
due date) is left empty, for the import to complete or to put in front of a person.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from relancebot.core.money import CENT
from relancebot.errors import RelancebotError
from relancebot.importing.einvoice import EInvoice
from relancebot.importing.einvoice.profiles import profile_of
from relancebot.importing.einvoice.registration import registration
from relancebot.importing.einvoice.values import amount, clean, date, identifier, shown
from relancebot.importing.einvoice.written import Contact, Found, Written

INVOICE = "380"  # UNTDID 1001: the commercial invoice, never negative
_NAME_LIMIT = 200
_TERMS_LIMIT = 500
_ID_LIMIT = 100
_EMAIL_LIMIT = 254  # RFC 5321's longest path


class EInvoiceProblems(RelancebotError):
    """The invoice's XML cannot be kept; `problems` are French, one reason each."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


@dataclass(frozen=True)
class _Totals:
    excl: Decimal | None  # BT-109
    tax: Decimal | None  # BT-110, in the invoice's currency
    incl: Decimal | None  # BT-112
    prepaid: Decimal | None  # BT-113
    rounding: Decimal | None  # BT-114
    due: Decimal | None  # BT-115


def interpret(written: Written, source: Path, syntax: str, document: Path | None) -> EInvoice:
    """The EInvoice `written` says; EInvoiceProblems lists every reason it cannot be kept."""
    problems: list[str] = []
    number = identifier(written.number, "numéro de facture (BT-1)", _ID_LIMIT, problems)
    if written.number is None or not clean(written.number.text, _ID_LIMIT):
        problems.append(f"numéro de facture (BT-1) absent ({written.place('BT-1')})")
    issue = date(written.issue_date, "date de facture (BT-2)", problems)
    if written.issue_date is None:
        problems.append(f"date de facture (BT-2) absente ({written.place('BT-2')})")
    currency = _currency(written, problems)
    type_code = _type_code(written.type_code, problems)
    buyer_name = clean(written.buyer_name.text, _NAME_LIMIT) if written.buyer_name else ""
    if not buyer_name:
        problems.append(f"nom de l'acheteur (BT-44) absent ({written.place('BT-44')})")
    totals = _totals(written, currency, problems)
    due_date = _due_date(written.due_dates, problems)
    problems += _contradictions(totals, type_code, issue, due_date)
    excl, incl, due = _chased(totals, written, problems)
    contact = _contact(written.contacts)
    siren, siret = registration(written.buyer_legal_id, written.buyer_ids, written.buyer_country)
    buyer = {
        "buyer_id": _seller_code(written.buyer_ids, problems),
        "buyer_vat": identifier(written.buyer_vat, "n° de TVA de l'acheteur (BT-48)", 40, problems),
        "buyer_email": _email(contact.email if contact else None, problems),
        "buyer_contact": clean(contact.name.text, _NAME_LIMIT) if contact and contact.name else "",
        "buyer_phone": clean(contact.phone.text, 40) if contact and contact.phone else "",
        "buyer_routing_id": identifier(
            written.buyer_routing_id,
            "adresse de facturation électronique (BT-49)",
            _ID_LIMIT,
            problems,
        ),
    }
    preceding = identifier(
        written.preceding_invoice, "facture précédente (BT-25)", _ID_LIMIT, problems
    )
    if problems or issue is None or excl is None or incl is None or due is None:
        raise EInvoiceProblems(problems)
    return EInvoice(
        source=source,
        syntax=syntax,
        profile=profile_of(written.guideline),
        type_code=type_code,
        number=number,
        issue_date=issue,
        due_date=due_date,
        payment_terms=clean(" ; ".join(f.text for f in written.payment_terms), _TERMS_LIMIT),
        currency=currency,
        buyer_name=buyer_name,
        buyer_siren=siren,
        buyer_siret=siret,
        total_excl_tax=excl,
        total_incl_tax=incl,
        amount_due=due,
        preceding_invoice=preceding,
        document=document,
        **buyer,
    )


def _currency(written: Written, problems: list[str]) -> str:
    found = written.currency
    if found is None:
        problems.append(f"devise (BT-5) absente ({written.place('BT-5')})")
        return ""
    if not re.fullmatch(r"[A-Za-z]{3}", found.text):
        problems.append(
            f"devise (BT-5) {shown(found.text)} : un code ISO 4217 de trois lettres (EUR) est "
            f"attendu ({found.where})"
        )
        return ""
    return found.text.upper()


def _type_code(found: Found | None, problems: list[str]) -> str:
    if found is None:
        return INVOICE  # mandatory in every profile; an invoice is what it then is
    if not re.fullmatch(r"\d{1,3}", found.text):
        problems.append(
            f"type de document (BT-3) {shown(found.text)} : un code UNTDID 1001 (380 facture, "
            f"381 avoir...) est attendu ({found.where})"
        )
    return found.text


def _totals(written: Written, currency: str, problems: list[str]) -> _Totals:
    def read(found: Found | None, label: str) -> Decimal | None:
        return amount(found, label, currency, problems)

    # BT-111 is the same tax in the accounting currency: only BT-5's adds up with the totals.
    taxes = [f for f in written.tax_totals if not f.currency or f.currency.upper() == currency]
    return _Totals(
        excl=read(written.total_excl_tax, "total HT (BT-109)"),
        tax=amount(taxes[0], "total TVA (BT-110)", currency, problems) if taxes else None,
        incl=read(written.total_incl_tax, "total TTC (BT-112)"),
        prepaid=read(written.prepaid, "montant déjà payé (BT-113)"),
        rounding=read(written.rounding, "arrondi (BT-114)"),
        due=read(written.amount_due, "montant à payer (BT-115)"),
    )


def _due_date(found: tuple[Found, ...], problems: list[str]) -> dt.date | None:
    """BT-9; of several payment terms (instalments, EXTENDED), the first date falls due first."""
    days = [date(f, "date d'échéance (BT-9)", problems) for f in found]
    known = [d for d in days if d is not None]
    return min(known) if known else None


def _chased(
    totals: _Totals, written: Written, problems: list[str]
) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
    """(BT-109, BT-112, BT-115), each from the others when the file leaves it out."""
    prepaid, rounding = totals.prepaid or Decimal(0), totals.rounding or Decimal(0)
    incl, due = totals.incl, totals.due
    if incl is None and due is not None:
        incl = due + prepaid - rounding
    if due is None and incl is not None:
        due = incl - prepaid + rounding
    if incl is None and written.total_incl_tax is None and written.amount_due is None:
        problems.append(
            "ni total TTC (BT-112) ni montant à payer (BT-115) : rien à relancer "
            f"({written.place('BT-115')})"
        )
    excl = totals.excl
    if excl is None and incl is not None and totals.tax is not None:
        excl = incl - totals.tax
    if excl is None and written.total_excl_tax is None:
        problems.append(
            "total HT (BT-109) absent, et pas de total TVA (BT-110) pour le déduire "
            f"({written.place('BT-109')})"
        )
    return excl, incl, due


def _contradictions(
    totals: _Totals, type_code: str, issue: dt.date | None, due_date: dt.date | None
) -> list[str]:
    """What the file says against itself; each sentence names the terms and their values."""
    out = []
    excl, tax, incl, due = totals.excl, totals.tax, totals.incl, totals.due
    if excl is not None and tax is not None and incl is not None and abs(excl + tax - incl) > CENT:
        out.append(
            f"total TTC (BT-112) {incl} différent du total HT (BT-109) {excl} plus la TVA "
            f"(BT-110) {tax}, soit {excl + tax} : le XML se contredit"
        )
    if incl is not None and due is not None:
        prepaid, rounding = totals.prepaid or Decimal(0), totals.rounding or Decimal(0)
        left = incl - prepaid + rounding
        how = "de signe opposé" if due * left < 0 else "supérieur"
        if abs(due) > abs(left) + CENT or due * left < 0:
            out.append(
                f"montant à payer (BT-115) {due} {how} au total TTC (BT-112) {incl} moins le "
                f"déjà payé (BT-113) {prepaid} plus l'arrondi (BT-114) {rounding}, soit {left} : "
                "le XML se contredit"
            )
    if issue is not None and due_date is not None and due_date < issue:
        out.append(
            f"date d'échéance (BT-9) {due_date.isoformat()} antérieure à la date de facture "
            f"(BT-2) {issue.isoformat()}"
        )
    if type_code == INVOICE:
        for label, value in (
            ("total HT (BT-109)", excl),
            ("total TTC (BT-112)", incl),
            ("montant à payer (BT-115)", due),
        ):
            if value is not None and value < 0:
                out.append(
                    f"{label} {value} négatif sur une facture (BT-3 = 380) : un avoir (381) "
                    "est attendu pour un montant négatif"
                )
    return out


def _contact(contacts: tuple[Contact, ...]) -> Contact | None:
    """BG-9: the first contact who has an email, else the first one."""
    with_email = [c for c in contacts if c.email is not None]
    chosen = with_email or list(contacts)
    return chosen[0] if chosen else None


_MAILTO = re.compile(r"^mailto:", re.IGNORECASE)


def _email(found: Found | None, problems: list[str]) -> str:
    """BT-58 as written ("mailto:" taken off); never BT-49, which only looks like an email."""
    if found is None:
        return ""
    text = _MAILTO.sub("", found.text.strip())
    return identifier(Found(text, found.where), "email du contact (BT-58)", _EMAIL_LIMIT, problems)


def _seller_code(ids: tuple[Found, ...], problems: list[str]) -> str:
    """BT-46 as the seller's own code for its customer: the identifier with no scheme (one with
    a scheme is a global id, a GLN or a SIRET, read by `registration`)."""
    own = [f for f in ids if not f.scheme]
    return (
        identifier(own[0], "identifiant de l'acheteur (BT-46)", _ID_LIMIT, problems) if own else ""
    )
