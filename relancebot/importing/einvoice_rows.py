"""E-invoices (EN 16931) as the rows an import writes: an invoice to chase, or a credit note.

Pure: each :class:`EInvoice` read by relancebot.importing.einvoice is checked as a CSV line
is (number, amounts, dates, addresses, SIREN/SIRET) and becomes an `InvoiceRow`, or a
:class:`CreditNote` that reduces what is owed on the invoice it corrects (store side:
relancebot.store.import_einvoices). A refusal names the file and the reason.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from relancebot.clock import SENSIBLE_YEARS
from relancebot.errors import InvalidValue
from relancebot.importing.csvfile import clean_text
from relancebot.importing.einvoice import EInvoice
from relancebot.importing.identity import Identity, address_marks, parse_registration
from relancebot.importing.invoices import InvoiceRow, customer_key, parse_addresses
from relancebot.importing.payment_terms import due_from_terms

# UNTDID 1001 codes of credit notes that EN 16931 allows (381 the common one).
CREDIT_NOTE_TYPES = frozenset(
    {"81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532"}
)
# A positive rounding amount (BT-114) may make what is due a little more than the total.
_ROUNDING = Decimal("1.00")
_VAT = re.compile(r"[A-Z]{2}[0-9A-Z+*.]{2,13}")


@dataclass(frozen=True)
class CreditNote:
    """A credit note: `row` says who it is for and how much (amount: the credit, > 0);
    `corrects` is the invoice it names (BT-25), '' when it names none."""

    row: InvoiceRow
    corrects: str


@dataclass(frozen=True)
class EInvoiceBatch:
    invoices: tuple[InvoiceRow, ...] = ()
    credit_notes: tuple[CreditNote, ...] = ()


def is_credit_note(einvoice: EInvoice) -> bool:
    """A credit note by its type, or an "invoice" of a negative total (some software writes
    credit notes so)."""
    return einvoice.type_code in CREDIT_NOTE_TYPES or einvoice.total_incl_tax < 0


def _due_date(einvoice: EInvoice, default_days: int) -> tuple[dt.date, str]:
    issue = einvoice.issue_date
    if einvoice.due_date is not None:
        if einvoice.due_date < issue:
            raise InvalidValue(
                f"échéance {einvoice.due_date} (BT-9) antérieure à la date de facture {issue}"
            )
        return einvoice.due_date, ""
    terms = einvoice.payment_terms.strip()
    day = due_from_terms(terms, issue) if terms else None
    if day is not None:
        return day, f"échéance {day:%d/%m/%Y} tirée des conditions de paiement « {terms[:80]} »"
    said = f" (conditions « {terms[:80]} » sans délai lisible)" if terms else ""
    day = issue + dt.timedelta(days=default_days)
    return day, (
        f"pas d'échéance dans la facture{said} : {day:%d/%m/%Y}, soit la date de facture "
        f"+ {default_days} jours ([imports] payment_terms_days)"
    )


def _vat(text: str) -> str:
    vat = re.sub(r"[\s.\-]", "", clean_text(text, "n° de TVA (BT-48)", 40)).upper()
    if vat and not _VAT.fullmatch(vat):
        raise InvalidValue(f"n° de TVA (BT-48) {text!r} illisible (attendu FR12345678901)")
    return vat


@dataclass(frozen=True)
class _Buyer:
    customer_id: str
    explicit_id: bool
    name: str
    siren: str
    siret: str
    vat_number: str
    emails: tuple[str, ...]
    contact: str
    phone: str


def _buyer(einvoice: EInvoice) -> _Buyer:
    """The buyer (BG-7), checked. Its id: the seller's code for it (BT-46), else its SIRET or
    SIREN, else its name folded (the store may then find it on file: store.import_einvoices)."""
    name = clean_text(einvoice.buyer_name.strip(), "nom de l'acheteur (BT-44)")
    if not name:
        raise InvalidValue("acheteur sans nom (BT-44)")
    buyer_id = clean_text(einvoice.buyer_id.strip(), "identifiant de l'acheteur (BT-46)", 64)
    siren, siret = parse_registration(einvoice.buyer_siren, einvoice.buyer_siret)
    # BT-58 only: the e-invoicing address (BT-49) routes invoices between platforms, it is
    # never a mailbox of the customer's.
    emails = parse_addresses(einvoice.buyer_email.strip(), "email de l'acheteur (BT-58)")
    return _Buyer(
        customer_id=buyer_id or siret or siren or customer_key(name),
        explicit_id=bool(buyer_id),
        name=name,
        siren=siren,
        siret=siret,
        vat_number=_vat(einvoice.buyer_vat),
        emails=emails,
        contact=clean_text(einvoice.buyer_contact.strip(), "contact (BT-56)"),
        phone=clean_text(einvoice.buyer_phone.strip(), "téléphone (BT-57)", 40),
    )


def einvoice_row(
    einvoice: EInvoice, default_days: int, document: Path | None, index: int = 0
) -> InvoiceRow | CreditNote:
    """The invoice (or credit note) an e-invoice is; InvalidValue says why it cannot be.

    `document` is the PDF to attach to its reminders (checked by the caller), None for a bare
    XML. What is owed is BT-115: a prepaid amount (BT-113) is `prepaid`, recorded as paid.
    """
    number = clean_text(einvoice.number.strip(), "numéro de facture (BT-1)", 64)
    if not number:
        raise InvalidValue("numéro de facture (BT-1) vide")
    if einvoice.issue_date.year not in SENSIBLE_YEARS:
        raise InvalidValue(f"date de facture (BT-2) {einvoice.issue_date} hors limites")
    currency = einvoice.currency.strip().upper() or "EUR"
    if not re.fullmatch(r"[A-Z]{3}", currency):
        raise InvalidValue(f"devise (BT-5) {einvoice.currency!r} : code à trois lettres attendu")
    total, excl = einvoice.total_incl_tax, einvoice.total_excl_tax
    buyer = _buyer(einvoice)
    common = InvoiceRow(
        line=index,
        number=number,
        customer_id=buyer.customer_id,
        client=buyer.name,
        emails=buyer.emails,
        phone=buyer.phone,
        contact=buyer.contact,
        explicit_id=buyer.explicit_id,
        siren=buyer.siren,
        siret=buyer.siret,
        vat_number=buyer.vat_number,
        amount=abs(total),
        amount_excl_tax=abs(excl) if excl else None,
        currency=currency,
        issue_date=einvoice.issue_date,
        due_date=einvoice.issue_date,
        pdf=document,
        language=None,
        cc=(),
        origin=einvoice.syntax,
        place=str(einvoice.source),
    )
    if is_credit_note(einvoice):
        if total == 0:
            raise InvalidValue(f"avoir {number} d'un montant nul")
        corrects = clean_text(einvoice.preceding_invoice.strip(), "facture corrigée (BT-25)", 64)
        return CreditNote(dataclasses.replace(common, pdf=None), corrects)
    if total <= 0:
        raise InvalidValue(f"total TTC (BT-112) {total} : un montant positif est attendu")
    if common.amount_excl_tax is not None and not 0 < excl <= total:
        raise InvalidValue(f"total HT (BT-109) {excl} incohérent avec le TTC (BT-112) {total}")
    due = einvoice.amount_due
    if due < 0 or due > total + _ROUNDING:
        raise InvalidValue(
            f"montant à payer (BT-115) {due} incohérent avec le total TTC (BT-112) {total}"
        )
    due_date, note = _due_date(einvoice, default_days)
    return dataclasses.replace(
        common, due_date=due_date, due_note=note, prepaid=max(total - due, Decimal("0.00"))
    )


def _same(a: InvoiceRow, b: InvoiceRow) -> bool:
    """Two files saying the same invoice (its PDF and its XML): one invoice, not a conflict."""

    def facts(row: InvoiceRow) -> InvoiceRow:
        return dataclasses.replace(row, line=0, place="", pdf=None, origin="")

    return facts(a) == facts(b)


def batch_problems(rows: Sequence[InvoiceRow]) -> tuple[list[InvoiceRow], list[str]]:
    """The e-invoices of one import, each number once (the same invoice given twice, as its
    PDF and its XML, counts once, with its document); the problems name both files.

    Buyers known only by their name are held to one company per name, as for a CSV
    (importing.identity): two that disagree (their addresses' domains) are refused."""
    kept: dict[str, InvoiceRow] = {}
    problems = []
    for row in rows:
        first = kept.get(row.number)
        if first is None:
            kept[row.number] = row
        elif not _same(first, row):
            problems.append(
                f"{row.where} : facture {row.number} déjà lue, différente, dans {first.where}"
            )
        elif row.pdf is not None and first.pdf is None:
            kept[row.number] = row
    identities: dict[str, Identity] = {}
    for row in kept.values():
        if row.explicit_id:
            continue
        identity = identities.setdefault(row.customer_id, Identity())
        marks = address_marks(row.emails)
        why = identity.disagreement(row.siren, row.siret, marks)
        if why:
            problems.append(
                f"{row.where} : acheteur « {row.client} » : {why} ; deux sociétés du même nom, "
                "sans identifiant (BT-46) ni SIREN pour les distinguer : importez-les par un CSV "
                "avec un client_id"
            )
        identity.learn(row.siren, row.siret, marks, row.where)
    return list(kept.values()), problems
