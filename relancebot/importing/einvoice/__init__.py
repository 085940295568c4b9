"""E-invoices (EN 16931): Factur-X / ZUGFeRD PDFs, CII and UBL XML, read into one shape.

The reading modules of this package turn a file into an :class:`EInvoice` (or refuse it with
`relancebot.importing.csvfile.ImportRejected` naming the file and the reason): the entry points
are `read.looks_like_einvoice` (what a file is, by its content) and `read.read_einvoice`. What an
invoice then means for the store (a customer, an invoice, a credit note reducing what is owed)
is decided by `relancebot.importing.invoices` and `relancebot.store.imports`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

CREDIT_NOTE = "381"  # UNTDID 1001: what reduces what is owed


@dataclass(frozen=True)
class EInvoice:
    """What relancebot takes from an EN 16931 invoice; the BT-n are the standard's terms."""

    source: Path  # the file read
    syntax: str  # "facturx" (a PDF with its CII), "cii", "ubl"
    profile: str  # "MINIMUM", "BASIC WL", "BASIC", "EN 16931", "EXTENDED", "XRECHNUNG", ""
    type_code: str  # BT-3: "380" invoice, "381" credit note, "384" corrected, "389", ...
    number: str  # BT-1
    issue_date: dt.date  # BT-2
    due_date: dt.date | None  # BT-9, None when the invoice gives none
    payment_terms: str  # BT-20, the terms as text ("30 jours fin de mois"), "" if none
    currency: str  # BT-5
    buyer_name: str  # BT-44
    buyer_id: str  # BT-46: the seller's code for the buyer, "" if none
    buyer_siren: str  # from BT-47 (scheme 0002, or the first 9 digits of a SIRET)
    buyer_siret: str  # from BT-47 (scheme 0009) or BT-46, "" if none
    buyer_vat: str  # BT-48
    buyer_email: str  # BT-58: the buyer contact's email, "" if none
    buyer_contact: str  # BT-56
    buyer_phone: str  # BT-57
    buyer_routing_id: str  # BT-49: an e-invoicing address, never an email to write to
    total_excl_tax: Decimal  # BT-109
    total_incl_tax: Decimal  # BT-112
    amount_due: Decimal  # BT-115
    preceding_invoice: str  # BT-25: the invoice a credit note corrects, "" if none
    document: Path | None  # the PDF to attach to reminders (the Factur-X itself), or None

    @property
    def is_credit_note(self) -> bool:
        return self.type_code == CREDIT_NOTE
